"""What entities (and quotations) add to the batch path, measured against it in the same process.

Writes a corpus of N articles (default 2,225, the size of the full BBC corpus: the news sample
cycled with distinct headlines, as ``bench_pipeline.py`` does), then times, on ONE core:

* **batch path** -- ``tk.load_corpus(folder, profile=True, workers=1)``: read, clean, split,
  tokenise, count and score every article (what ``analyze`` does before writing tables);
* **+ entities** -- the entity counts ``analyze`` writes (``entities.csv``: ``entity_counts`` per
  document, rules backend), and apart the full ``tk.entities`` table (with sentence ids, so it
  splits sentences again: the batch path keeps counts, not sentence spans);
* **+ quotes** -- ``tk.quotes`` on each, when ``toolkit.analysis.quotes`` exists (its entity
  mentions come from the cache the entities step filled, as in ``analyze``).

It prints seconds, articles per second and the added time as a share of the batch path's (the
issue allows +30% for entities and quotes together), plus the one-time gazetteer build.

Run:  .venv/bin/python benchmarks/bench_entities.py [--articles 2225] [--repeat 1]
"""
from __future__ import annotations

import argparse
import copy
import importlib.util
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_fastpath import timed  # noqa: E402  (the call, timed with the garbage collector paused)
import bench_pipeline  # noqa: E402
from bench_pipeline import write_corpus  # noqa: E402



def fresh(docs):
    """Copies of the documents without their cached tables."""
    out = []
    for d in docs:
        c = copy.copy(d)
        object.__setattr__(c, "_cache", {})
        out.append(c)
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=2225)
    ap.add_argument("--repeat", type=int, default=1, help="best of N runs of each step")
    args = ap.parse_args(argv)
    import toolkit as tk
    from toolkit.analysis.entities import entities, entity_counts, warm_up

    t0 = time.perf_counter()
    warm_up()
    build = time.perf_counter() - t0
    have_quotes = importlib.util.find_spec("toolkit.analysis.quotes") is not None
    if have_quotes:
        from toolkit.analysis.quotes import quotes

        quotes('"Warm," said Jane Smith.')
    entities("Joe Biden met Iran's envoy in Paris.")
    with tempfile.TemporaryDirectory() as tmp:
        where = write_corpus(Path(tmp) / "corpus", args.articles)
        tk.load_corpus(Path(tmp) / "corpus", workers=1, profile=True)  # warm up
        best = {}
        corpus = None
        for _ in range(args.repeat):
            corpus, t = timed(lambda: tk.load_corpus(Path(tmp) / "corpus", workers=1, profile=True))
            best["batch"] = min(best.get("batch", t), t)
            docs = fresh(corpus.documents)
            _, t = timed(lambda: [entity_counts(d) for d in docs])
            best["entities"] = min(best.get("entities", t), t)
            _, t = timed(lambda: [entities(d) for d in fresh(corpus.documents)])
            best["table"] = min(best.get("table", t), t)
            if have_quotes:
                _, t = timed(lambda: [quotes(d) for d in docs])
                best["quotes"] = min(best.get("quotes", t), t)
    n = len(corpus)
    base = best["batch"]
    print(f"{n} articles ({where}), one core, best of {args.repeat}; gazetteers built once in {build:.2f}s")
    print(f"{'step':28} {'seconds':>8} {'articles/s':>11} {'vs batch':>9}")
    print(f"{'batch path':28} {base:8.2f} {n / base:11.0f} {'1.00':>9}")
    added = best["entities"]
    print(f"{'+ entities (counts)':28} {best['entities']:8.2f} {n / best['entities']:11.0f} {best['entities'] / base:9.2f}")
    print(f"{'  (tk.entities tables)':28} {best['table']:8.2f} {n / best['table']:11.0f} {best['table'] / base:9.2f}")
    if have_quotes:
        added += best["quotes"]
        print(f"{'+ quotes (mentions cached)':28} {best['quotes']:8.2f} {n / best['quotes']:11.0f} {best['quotes'] / base:9.2f}")
    print(f"batch path with entities{' and quotes' if have_quotes else ''}: {base + added:.2f}s, "
          f"+{added / base:.0%} over the batch path (issue target: at most +30%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
