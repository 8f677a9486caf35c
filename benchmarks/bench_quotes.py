"""What quotations add to the batch path, measured against it in the same process.

Loads the news sample (``../shared/data/news_sample``, or ``$NEWS_SAMPLE``) the way ``analyze`` does
(``tk.load_corpus(folder, profile=True)``: load, clean, split, count and score on the worker processes),
then times, in this process, on the same documents:

* **quotes only** -- ``corpus_quotes`` (what ``analyze`` writes as quotes.csv: the mark scan and attribution,
  one DataFrame for the corpus), with each document's entity spans and sentences computed beforehand (the
  entities table ``analyze`` writes computes them anyway; they are cached on the Document); and the same
  through ``tk.quotes`` per document;
* **entities + quotes** -- fresh copies of the documents: ``tk.mentions`` then ``tk.quotes`` (what the two
  new tables cost together).

Each is printed in seconds and as a share of the batch path's time (the issue allows +30% for entities and
quotes together), plus how many documents hold a quotation mark at all (the rest cost one string scan).

Run:  .venv/bin/python benchmarks/bench_quotes.py [--workers 2] [--repeat 3]
"""
from __future__ import annotations

import argparse
import copy
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_fastpath import timed  # noqa: E402

SAMPLE = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))
if not SAMPLE.is_dir():
    SAMPLE = Path("/work/shared/data/news_sample")


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
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="runs of each measurement; the best is printed")
    args = ap.parse_args(argv)
    if not SAMPLE.is_dir():
        print(f"news sample not found at {SAMPLE} (set NEWS_SAMPLE)")
        return 1
    import toolkit as tk
    from toolkit.analysis.entities import entity_spans, mentions
    from toolkit.analysis.quotes import quotes
    from toolkit.corpus.load import Corpus
    from toolkit.corpus.quotes import corpus_quotes

    tk.load_corpus(SAMPLE, workers=args.workers, profile=True)  # warm up: imports, word lists, workers
    mentions("Joe Biden met Iran's envoy in Paris.")
    quotes('"Warm," said Jane Smith.')
    runs = [timed(lambda: tk.load_corpus(SAMPLE, workers=args.workers, profile=True)) for _ in range(args.repeat)]
    corpus, t_batch = runs[0][0], min(t for _, t in runs)
    docs = corpus.documents
    marked = sum(1 for d in docs if '"' in d.text or "“" in d.text or "'" in d.text or "‘" in d.text)

    def prepared():
        pre = fresh(docs)
        for d in pre:
            entity_spans(d)
            tk.sentences(d)
        return pre

    def best(run, make):  # best of --repeat runs, each on fresh copies (the machine may be shared)
        times = []
        for _ in range(args.repeat):
            items = make()
            result, t = timed(lambda: run(items))
            times.append(t)
        return result, min(times)

    table, t_quotes = best(lambda pre: corpus_quotes(Corpus(pre)), prepared)
    n_quotes = len(table)
    _, t_frames = best(lambda pre: [quotes(d) for d in pre], prepared)
    _, t_both = best(lambda both: (corpus_quotes(Corpus(both)), [mentions(d) for d in both]), lambda: fresh(docs))
    _, t_ent = best(lambda ent: [mentions(d) for d in ent], lambda: fresh(docs))
    print(f"{len(docs)} documents, {marked} with a quotation mark, {n_quotes} quotations")
    print(f"batch path (load_corpus profile=True): {t_batch:7.2f} s")
    print(f"quotes only (corpus_quotes; entity spans and sentences cached): {t_quotes:7.2f} s  = "
          f"{t_quotes / t_batch:6.1%} of the batch path")
    print(f"  the same through tk.quotes per document (a DataFrame each):    {t_frames:7.2f} s  = {t_frames / t_batch:6.1%}")
    print(f"entities only (tk.mentions, sentences included):                {t_ent:7.2f} s  = {t_ent / t_batch:6.1%}")
    print(f"entities + quotes from fresh documents, one process:            {t_both:7.2f} s  = {t_both / t_batch:6.1%}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
