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

Run:  .venv/bin/python benchmarks/bench_quotes.py [--workers 2]
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
    corpus, t_batch = timed(lambda: tk.load_corpus(SAMPLE, workers=args.workers, profile=True))
    docs = corpus.documents
    marked = sum(1 for d in docs if '"' in d.text or "“" in d.text or "'" in d.text or "‘" in d.text)

    pre = fresh(docs)
    for d in pre:
        entity_spans(d)
        tk.sentences(d)
    table, t_quotes = timed(lambda: corpus_quotes(Corpus(pre)))
    n_quotes = len(table)
    pre = fresh(docs)
    for d in pre:
        entity_spans(d)
        tk.sentences(d)
    _, t_frames = timed(lambda: [quotes(d) for d in pre])
    both = fresh(docs)
    _, t_both = timed(lambda: (corpus_quotes(Corpus(both)), [mentions(d) for d in both]))
    ent_only = fresh(docs)
    _, t_ent = timed(lambda: [mentions(d) for d in ent_only])
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
