"""Entity accuracy on the hand-annotated dev set (benchmarks/devset/*.json), strict scoring.

    python benchmarks/eval_entities.py [--errors] [--backend rules|spacy] [--split dev|check|new|fresh|fresh2|fresh3|fresh4|fresh5|all]

An entity is right only with the right canonical name AND the right type; an entity reported
twice (under two names or two types) is an error; among the right entities, the share whose
mention count equals the hand count is reported. Precision, recall and F1 per type, for the dev
split (*_001-*_005, tuned on), the check split (*_006-*_010, generalisation), the new split (*_011-*_015,
annotated later), the fresh split (*_016-*_020: annotated before the second round of rule changes and
never looked at while tuning them; measure on it rarely, so it stays an estimate of unseen articles), the fresh2
split (*_028-*_032: annotated before the third round of rule changes, measured once before and once after it,
never tuned on), fresh3 (*_033-*_036) and fresh4 (*_037-*_040: annotated before the fourth round; fresh4 is
never looked at while tuning), fresh5 (*_021-*_027: annotated by hand before the fifth round of rule changes, without
running the extractor on them; never tuned on) and all.

The articles' text is read from ../shared/data/news_sample (never committed); the script
exits with a message when it is not there.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEVSET = ROOT / "benchmarks" / "devset"
TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC")
MAIN = ("PERSON", "ORG", "GPE")


def news_dir() -> Path | None:
    folder = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))
    return folder if folder.is_dir() else None


def split_of(stem: str) -> str:
    """dev (*_001-*_005, tuned on), check (*_006-*_010), new (*_011-*_015: annotated after the rules were
    written), fresh (*_016-*_020: annotated before the second round of rule changes, never tuned on), fresh2
    (*_028-*_032: annotated before the third round, never tuned on), fresh3 (*_033-*_036: annotated before
    the fourth round), fresh4 (*_037-*_040: annotated before the fourth round and kept unseen by it) and fresh5
    (*_021-*_027: annotated before the fifth round, never tuned on)."""
    n = int(stem.rsplit("_", 1)[1])
    if 21 <= n <= 27:
        return "fresh5"
    if n >= 37:
        return "fresh4"
    if n >= 33:
        return "fresh3"
    return "dev" if n <= 5 else "check" if n <= 10 else "new" if n <= 15 else "fresh" if n <= 20 else "fresh2"


def load_gold() -> list[dict]:
    return [json.loads(p.read_text(encoding="utf-8")) for p in sorted(DEVSET.glob("*.json"))]


def score_article(gold: dict, pred, text: str) -> dict:
    """Counts for one article: per-type tp/fp/fn, exact counts, and the error lines."""
    gold_ents = {(e["entity"], e["type"]): len(e["mentions"]) for e in gold["entities"]}
    gold_spans = {(e["entity"], e["type"]): e["mentions"] for e in gold["entities"]}
    out = {"tp": Counter(), "fp": Counter(), "fn": Counter(), "exact": Counter(), "errors": []}
    seen = set()
    for row in pred.itertuples(index=False):
        key = (row.entity, row.type)
        if key in gold_ents and key not in seen:
            seen.add(key)
            out["tp"][row.type] += 1
            if row.mentions == gold_ents[key]:
                out["exact"][row.type] += 1
            else:
                out["errors"].append(f"COUNT {row.type:6} {row.entity!r}: {row.mentions} found, {gold_ents[key]} by hand; "
                                     f"found as {row.aliases}, hand {[text[a:b] for a, b in gold_spans[key]]}")
        else:
            out["fp"][row.type] += 1
            other = [k for k in gold_ents if k[0] == row.entity]
            hint = f" (hand: {other[0][1]})" if other else ""
            out["errors"].append(f"FP    {row.type:6} {row.entity!r} x{row.mentions} as {row.aliases}{hint}")
    for key, n in gold_ents.items():
        if key not in seen:
            out["fn"][key[1]] += 1
            a, b = gold_spans[key][0]
            out["errors"].append(f"FN    {key[1]:6} {key[0]!r} x{n} e.g. {text[max(0, a - 30):a]!r}[{text[a:b]}]{text[b:b + 20]!r}")
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def report(name: str, results: list[dict]) -> dict:
    tp, fp, fn, exact = Counter(), Counter(), Counter(), Counter()
    for r in results:
        tp.update(r["tp"]), fp.update(r["fp"]), fn.update(r["fn"]), exact.update(r["exact"])
    print(f"\n== {name}: {len(results)} articles")
    print(f"{'type':10} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'fp':>5} {'fn':>5} {'exact counts':>13}")
    figures = {}
    for label, types in [(t, (t,)) for t in TYPES] + [("PER/ORG/GPE", MAIN), ("all five", TYPES)]:
        t = sum(tp[x] for x in types)
        f = sum(fp[x] for x in types)
        n = sum(fn[x] for x in types)
        e = sum(exact[x] for x in types)
        p, r, f1 = prf(t, f, n)
        share = e / t if t else 0.0
        figures[label] = (p, r, f1, share)
        print(f"{label:10} {p:6.3f} {r:6.3f} {f1:6.3f} {t:5d} {f:5d} {n:5d} {share:12.1%}")
    return figures


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--errors", action="store_true", help="list every error (FP, FN, wrong count)")
    ap.add_argument("--backend", default="rules", choices=("rules", "spacy"))
    ap.add_argument("--model", default="en_core_web_sm", help="spaCy pipeline for --backend spacy")
    ap.add_argument("--split", default="all", choices=("dev", "check", "new", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "all"), help="which errors to list")
    ap.add_argument("--no-fresh", action="store_true",
                    help="leave the fresh splits (fresh to fresh5) out entirely (while tuning rules, so they stay unseen)")
    args = ap.parse_args(argv)
    folder = news_dir()
    if folder is None:
        print("the news sample (../shared/data/news_sample) is not here: nothing to evaluate", file=sys.stderr)
        return 1
    import toolkit as tk
    from toolkit.analysis.entities import warm_up

    warm_up()
    results = defaultdict(list)
    errors = []
    mismatched = 0
    elapsed = 0.0
    for gold in load_gold():
        if args.no_fresh and split_of(gold["file"].rsplit(".", 1)[0]) in ("fresh", "fresh2", "fresh3", "fresh4", "fresh5"):
            continue
        raw = (folder / gold["file"]).read_bytes().decode("utf-8")
        t0 = time.perf_counter()
        doc = tk.load(raw)
        pred = tk.entities(doc, backend=args.backend, nlp=args.model if args.backend == "spacy" else None)
        elapsed += time.perf_counter() - t0
        if doc.text != raw[: len(doc.text)]:
            mismatched += 1
        res = score_article(gold, pred, raw)
        stem = gold["file"].rsplit(".", 1)[0]
        results[split_of(stem)].append(res)
        results["all"].append(res)
        if args.split in ("all", split_of(stem)):
            errors += [f"{stem}: {e}" for e in res["errors"]]
    if mismatched:
        print(f"note: {mismatched} articles' cleaned text is not a prefix of the raw file; offsets may shift")
    out = {name: report(name, results[name]) for name in ("dev", "check", "new", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "all") if results[name]}
    main_all = out["all"]["PER/ORG/GPE"]
    print(f"\nPERSON/ORG/GPE on all: typed F1 {main_all[2]:.3f} (target 0.92), exact counts {main_all[3]:.1%} (target 95%)"
          f"; {elapsed:.2f}s for {len(results['all'])} articles")
    if args.errors:
        print("\n".join(["", "errors:"] + errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
