"""How far two careful annotators agree under the strict scoring the toolkit is held to.

A few articles of the unseen real splits were annotated a second time, independently (the second annotators read
GUIDELINES.md and the text only, never the first annotation, the code or any extractor output):
``benchmarks/agreement/<split>/<id>.json``, same format as ``benchmarks/devset/<split>/<id>.json``. This script scores
the second annotation against the first exactly as ``eval_entities.py`` and ``eval_quotes.py`` score the toolkit
(right canonical name and type; a right entity's count exact; quotations matched by overlap; speakers by name, or by
head noun for descriptions), and prints the toolkit's own figures on the same articles beside them. The human figure
is what strict scoring against one annotator's calls allows a careful reader; it prints totals only (no errors), so
the splits stay unseen.

Run:  python benchmarks/agreement.py        (needs the Lee and web texts: lee_corpus.py --fetch, news_corpus.py --fetch)
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
import eval_entities as ev  # noqa: E402
from eval_quotes import match, speaker_right  # noqa: E402
import lee_corpus  # noqa: E402
import news_corpus  # noqa: E402

AGREEMENT = HERE / "agreement"


def annotation_table(doc: dict, text: str) -> pd.DataFrame:
    """An annotation's entities as the table ``tk.entities`` returns (entity, type, mentions, aliases)."""
    rows = [{"entity": e["entity"], "type": e["type"], "mentions": len(e["mentions"]),
             "aliases": sorted({text[a:b] for a, b in e["mentions"]})} for e in doc["entities"]]
    return pd.DataFrame(rows, columns=["entity", "type", "mentions", "aliases"])


def quote_counts(gold: dict, pred: list[tuple[int, int, str]]) -> Counter:
    """gold, predicted and matched quotations, and matched ones whose speaker is right."""
    pairs = match([(s, e) for s, e, _ in pred], [(q["start"], q["end"]) for q in gold["quotes"]])
    names = {e["entity"] for e in gold["entities"]}
    right = sum(speaker_right(pred[pi][2], gold["quotes"][gi]["speaker"], names) for gi, pi in pairs)
    return Counter(gold=len(gold["quotes"]), pred=len(pred), matched=len(pairs), speaker=right)


def text_of(doc: dict) -> str:
    source = lee_corpus if doc["file"].startswith("lee_") else news_corpus
    return source.article(doc["file"], sha256=doc["sha256"])


def main() -> int:
    import toolkit as tk

    splits = sorted(d for d in AGREEMENT.iterdir() if d.is_dir()) if AGREEMENT.is_dir() else []
    if not splits:
        print("no second annotations under benchmarks/agreement/")
        return 1
    for folder in splits:
        human, system = [], []
        hq, sq = Counter(), Counter()
        for path in sorted(folder.glob("*.json")):
            second = json.loads(path.read_text(encoding="utf-8"))
            first = json.loads((HERE / "devset" / folder.name / path.name).read_text(encoding="utf-8"))
            text = text_of(first)
            human.append(ev.score_article(first, annotation_table(second, text), text))
            hq += quote_counts(first, [(q["start"], q["end"], q["speaker"]) for q in second["quotes"]])
            doc = tk.load(text)
            system.append(ev.score_article(first, tk.entities(doc), text))
            table = tk.quotes(doc)
            sq += quote_counts(first, list(zip(table["start"], table["end"], table["speaker"])))
        for who, results, q in (("second annotator", human, hq), ("toolkit", system, sq)):
            tp, fp, fn, exact = Counter(), Counter(), Counter(), Counter()
            for r in results:
                tp.update(r["tp"]), fp.update(r["fp"]), fn.update(r["fn"]), exact.update(r["exact"])
            t, f, n = (sum(c[x] for x in ev.MAIN) for c in (tp, fp, fn))
            _, _, f1 = ev.prf(t, f, n)
            share = sum(exact[x] for x in ev.MAIN) / t if t else 0.0
            _, _, qf1 = ev.prf(q["matched"], q["pred"] - q["matched"], q["gold"] - q["matched"])
            acc = q["speaker"] / q["matched"] if q["matched"] else 0.0
            print(f"{folder.name} ({len(results)} articles) {who:16} vs first annotation: PER/ORG/GPE typed F1 {f1:.3f}, "
                  f"exact counts {share:.1%}; quote F1 {qf1:.3f}, speakers {acc:.3f} ({q['speaker']}/{q['matched']})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
