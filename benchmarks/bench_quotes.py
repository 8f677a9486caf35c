"""What quotations add to the batch path, measured against it in the same process.

Loads the news sample (``../shared/data/news_sample``, or ``$NEWS_SAMPLE``: 200 distinct articles, none
repeated) the way ``analyze`` does (``tk.load_corpus(folder, profile=True)``: load, clean, split, count and
score on the worker processes), then times, in this process, on the same documents -- every run on fresh
copies of them, with the process-wide per-text caches (entity chunk resolutions, gazetteer look-ups, the
reporting-verb scan) emptied first, so no run reuses work done on the same text before:

* **quotes only** -- ``corpus_quotes`` (what ``analyze`` writes as quotes.csv: the mark scan and attribution,
  one DataFrame for the corpus), with each document's entity spans and sentence spans computed beforehand
  (``analyze`` computes both anyway: the entities table and sentences.csv; they are cached on the
  Document); and the same through ``tk.quotes`` per document;
* **entities + quotes** -- fresh copies of the documents: ``tk.mentions`` then ``tk.quotes`` (what the two
  new tables cost together);
* **sources** -- ``tk.sources`` per document after the quotations (a DataFrame each).

Each is printed in seconds, in milliseconds per article (wall clock and this process's CPU time: the
machine may be shared, and CPU time is the steadier figure) and as a share of the batch path's time (the
issue allows +30% for entities and quotes together), plus how many documents hold a quotation mark at all
(the rest cost one string scan).

Run:  .venv/bin/python benchmarks/bench_quotes.py [--workers 2] [--repeat 3]
(``--workers 1`` keeps the batch path in this process and adds CPU-time shares, the steadier figure.)
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_entities import fresh  # noqa: E402  (copies of the documents without their caches)
from bench_fastpath import timed  # noqa: E402

SAMPLE = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))


def cold() -> None:
    """Empty the process-wide caches keyed by text (what a corpus of distinct articles cannot reuse)."""
    from toolkit.analysis.entities import extract, geography
    from toolkit.analysis.quotes import verbs

    for module, names in ((geography, ("_country_of", "_demonym_of")), (verbs, ("_verbs",))):
        for name in names:
            getattr(getattr(module, name, None), "cache_clear", lambda: None)()
    extract._RESOLVE_CACHE.clear()


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
    runs, batch_cpu = [], []
    for _ in range(args.repeat):
        c0 = time.process_time()
        runs.append(timed(lambda: tk.load_corpus(SAMPLE, workers=args.workers, profile=True)))
        batch_cpu.append(time.process_time() - c0)
    corpus, t_batch = runs[0][0], min(t for _, t in runs)
    # with --workers 1 the batch path runs in this process, so its CPU time is comparable (steadier on a
    # shared machine than wall clock); with worker processes only wall-clock shares are printed
    c_batch = min(batch_cpu) if args.workers == 1 else None
    docs = corpus.documents
    marked = sum(1 for d in docs if '"' in d.text or "“" in d.text or "'" in d.text or "‘" in d.text)

    from toolkit.analysis.quotes import sources
    from toolkit.text.segment import sentence_spans

    def prepared(sents=True):
        # what analyze computes anyway: the entity spans (entities.csv) and the sentence spans (sentences.csv),
        # cached on the Document under the key the entities module uses
        pre = fresh(docs)
        for d in pre:
            entity_spans(d)
            if sents:
                d.cached(("sentence_spans",), lambda d=d: sentence_spans(d.text))
        return pre

    def with_quotes():
        pre = prepared()
        for d in pre:
            quotes(d)
        return pre

    def best(run, make):  # best of --repeat runs, each on fresh copies (the machine may be shared)
        times, cpus = [], []
        for _ in range(args.repeat):
            cold()
            items = make()
            spent = []

            def measured():
                c0 = time.process_time()
                out = run(items)
                spent.append(time.process_time() - c0)
                return out

            result, t = timed(measured)
            cpus.append(spent[0])
            times.append(t)
        return result, min(times), min(cpus)

    n = len(docs)

    def line(label: str, wall: float, cpu_s: float) -> None:
        cpu_share = f", CPU {cpu_s / c_batch:6.1%}" if c_batch else ""
        print(f"{label:<66} {wall:7.2f} s = {wall / n * 1000:6.2f} ms/article (CPU {cpu_s / n * 1000:6.2f}) "
              f"= {wall / t_batch:6.1%} of the batch path{cpu_share}")

    table, t_quotes, c_quotes = best(lambda pre: corpus_quotes(Corpus(pre)), prepared)
    n_quotes = len(table)
    _, t_nosent, c_nosent = best(lambda pre: corpus_quotes(Corpus(pre)), lambda: prepared(False))
    _, t_frames, c_frames = best(lambda pre: [quotes(d) for d in pre], prepared)
    _, t_src, c_src = best(lambda pre: [sources(d) for d in pre], with_quotes)
    _, t_both, c_both = best(lambda both: (corpus_quotes(Corpus(both)), [mentions(d) for d in both]), lambda: fresh(docs))
    _, t_ent, c_ent = best(lambda ent: [mentions(d) for d in ent], lambda: fresh(docs))
    print(f"{n} distinct documents, {marked} with a quotation mark, {n_quotes} quotations; caches emptied before each run")
    print(f"batch path (load_corpus profile=True): {t_batch:7.2f} s = {t_batch / n * 1000:6.2f} ms/article"
          + (f" (CPU {c_batch / n * 1000:6.2f})" if c_batch else ""))
    line("quotes only (corpus_quotes; entity spans and sentence spans cached)", t_quotes, c_quotes)
    line("  the same, sentence spans computed by quotes", t_nosent, c_nosent)
    line("  the same through tk.quotes per document (a DataFrame each)", t_frames, c_frames)
    line("tk.sources per document (quotations already found)", t_src, c_src)
    line("entities only (tk.mentions, sentences included)", t_ent, c_ent)
    line("entities + quotes from fresh documents, one process", t_both, c_both)
    print(f"quotes' own share of entities + quotes: {(t_both - t_ent) / t_batch:6.1%} of the batch path "
          f"({(t_both - t_ent) / n * 1000:.2f} ms/article)"
          + (f"; CPU {(c_both - c_ent) / c_batch:6.1%} ({(c_both - c_ent) / n * 1000:.2f} ms/article)" if c_batch else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
