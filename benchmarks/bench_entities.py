"""What entities (and quotations) add to the batch path, measured against it on one core.

**Default (``--mode distinct``): the 200 distinct articles of the news sample**
(``../shared/data/news_sample`` or ``$NEWS_SAMPLE``). Real articles are all distinct, so each step runs
in a FRESH PROCESS (no cache of any kind -- per document, per text, per word or per chunk -- holds
anything from an earlier step or run; only the one-time gazetteer build and a one-sentence warm-up
happen before the clock starts). Steps, timed per article:

* **batch path** -- ``tk.load_corpus(folder, profile=True, workers=1)``: read, clean, split, tokenise,
  count and score every article (what ``analyze`` does before writing tables);
* **+ entities / + quotes (corpus path)** -- what ``analyze`` runs per document on its worker processes
  (``toolkit.corpus.people``): ``document_entity_rows`` then ``document_quote_rows`` (the quotes reuse the
  mentions the entities just found), each timed, on the documents the batch path loaded, copied as
  ``people_tables`` sends them to a worker (text, metadata and the cached sentence spans). These two
  lines make the headline figure;
* **(tk.entities tables)** -- the full ``tk.entities`` table instead (a DataFrame with sentence ids): an extra line;
* **(tk.quotes tables)** -- ``tk.quotes`` per document (a DataFrame), after ``entity_counts`` (untimed)
  filled each document's mention cache: an extra line.

Each step prints ms/article (wall and CPU time of the process: the machine may be shared, CPU time is
steadier), the same for the second half of the articles (word and chunk caches warmed by the first 100
other articles: closer to a long corpus), and its share of the batch path's time on the same articles.
The issue allows +30% for entities and quotes together. ``--repeat N`` runs every step N times (each in
a fresh process) and keeps the fastest.

**``--instructions N``**: instructions per article of the corpus path (``document_entity_rows`` and
``document_quote_rows``, as above) on the first N documents the batch path loads, first sight (after the
gazetteers and a one-sentence warm-up), counted by valgrind's callgrind as
``bench_instructions.py`` does: repeatable where CPU times on a shared machine are not (a few minutes;
needs valgrind).

**``--mode cycled``**: the old measurement -- the sample cycled to ``--articles`` (2,225) with distinct
headlines, as ``bench_pipeline.py`` does, everything in one process. Word- and chunk-keyed caches then
see every text 11 times, so entities look far cheaper than on real, distinct articles.

Run:  .venv/bin/python benchmarks/bench_entities.py [--repeat 1] [--mode cycled --articles 2225] [--instructions 60]
"""
from __future__ import annotations

import argparse
import copy
import gc
import importlib.util
import json
import os
import subprocess
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

SAMPLE = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))
STEPS = ("batch", "people", "table", "quotes")



def fresh(docs):
    """Copies of the documents without their cached tables."""
    out = []
    for d in docs:
        c = copy.copy(d)
        object.__setattr__(c, "_cache", {})
        out.append(c)
    return out


def cycled(args) -> int:
    """The sample cycled to ``args.articles`` documents, every step in this process (caches shared)."""
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



def _warm() -> None:
    """Imports, word lists and gazetteers (one-time costs), from one short text only."""
    import toolkit as tk
    from toolkit.analysis.entities import entities, warm_up

    warm_up()
    entities("Joe Biden met Iran's envoy in Paris.")
    if importlib.util.find_spec("toolkit.analysis.quotes") is not None:
        from toolkit.analysis.quotes import quotes

        quotes('"Warm," said Jane Smith.')
    with tempfile.TemporaryDirectory() as tmp:
        for k in (1, 2):
            (Path(tmp) / f"w{k}.txt").write_text(f"Warm up {k}.\n\nMarkets rallied on Monday. Good news!\n")
        tk.load_corpus(tmp, workers=1, profile=True)


def _per_doc(function, docs) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``function(doc)`` for each document, the garbage collector paused."""
    wall, cpu = [], []
    gc.collect()
    gc.disable()
    try:
        for d in docs:
            w0, c0 = time.perf_counter(), time.process_time()
            function(d)
            wall.append(time.perf_counter() - w0)
            cpu.append(time.process_time() - c0)
    finally:
        gc.enable()
    return wall, cpu


def run_step(name: str) -> dict:
    """One step in this (fresh) process: per-article wall and CPU seconds."""
    import toolkit as tk

    _warm()
    if name == "batch":
        gc.collect()
        gc.disable()
        try:
            w0, c0 = time.perf_counter(), time.process_time()
            corpus = tk.load_corpus(SAMPLE, workers=1, profile=True)
            wall, cpu = time.perf_counter() - w0, time.process_time() - c0
        finally:
            gc.enable()
        n = len(corpus)
        return {"n": n, "wall": [wall / n] * n, "cpu": [cpu / n] * n}
    corpus = tk.load_corpus(SAMPLE, workers=1, profile=True)  # untimed: the documents the batch path gives
    docs = corpus.documents
    from toolkit.analysis.entities import entities, entity_counts

    if name == "people":
        from toolkit.corpus.entities import document_entity_rows
        from toolkit.corpus.people import _light
        from toolkit.corpus.quotes import document_quote_rows

        docs = [_light(d) for d in docs]  # what people_tables sends to a worker
        wall, cpu, qwall, qcpu = [], [], [], []
        gc.collect()
        gc.disable()
        try:
            for d in docs:  # toolkit.corpus.people._rows_of, each half timed
                w0, c0 = time.perf_counter(), time.process_time()
                document_entity_rows(d)
                w1, c1 = time.perf_counter(), time.process_time()
                document_quote_rows(d)
                w2, c2 = time.perf_counter(), time.process_time()
                wall.append(w1 - w0)
                cpu.append(c1 - c0)
                qwall.append(w2 - w1)
                qcpu.append(c2 - c1)
        finally:
            gc.enable()
        return {"n": len(docs), "wall": wall, "cpu": cpu, "qwall": qwall, "qcpu": qcpu}
    if name == "table":
        wall, cpu = _per_doc(entities, docs)
    elif name == "quotes":
        from toolkit.analysis.quotes import quotes

        for d in docs:
            entity_counts(d)  # the mention cache analyze's entities step fills
        wall, cpu = _per_doc(quotes, docs)
    else:
        raise ValueError(name)
    return {"n": len(docs), "wall": wall, "cpu": cpu}


def distinct(args) -> int:
    """Every step on the sample's distinct articles, each in a fresh process."""
    if not SAMPLE.is_dir():
        print(f"news sample not found at {SAMPLE} (set NEWS_SAMPLE)")
        return 1
    steps = [s for s in STEPS if s != "quotes" or importlib.util.find_spec("toolkit.analysis.quotes") is not None]
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    best: dict[str, dict] = {}

    def figures(n, wall, cpu):
        half = n // 2
        return {"n": n, "wall": sum(wall) / n * 1e3, "cpu": sum(cpu) / n * 1e3,
                "wall2": sum(wall[half:]) / (n - half) * 1e3, "cpu2": sum(cpu[half:]) / (n - half) * 1e3}

    for _ in range(args.repeat):
        for step in steps:
            out = subprocess.run([sys.executable, __file__, "--step", step], env=env, check=True,
                                 capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
            n = r["n"]
            if step == "people":  # the two halves of one run, kept together (best by their sum)
                fig = {"entities": figures(n, r["wall"], r["cpu"]), "quote rows": figures(n, r["qwall"], r["qcpu"])}
                total = fig["entities"]["cpu"] + fig["quote rows"]["cpu"]
                if step not in best or total < best[step]["entities"]["cpu"] + best[step]["quote rows"]["cpu"]:
                    best[step] = fig
                continue
            fig = figures(n, r["wall"], r["cpu"])
            if step not in best or fig["cpu"] < best[step]["cpu"]:
                best[step] = fig
    if "people" in best:
        best.update(best.pop("people"))
    n = best["batch"]["n"]
    base = best["batch"]
    print(f"{n} distinct articles ({SAMPLE}), one core, each step in a fresh process, best of {args.repeat}")
    print(f"{'step':28} {'ms/article':>10} {'CPU ms':>8} {'2nd half':>9} {'vs batch':>9} {'2nd half':>9}")
    labels = {"batch": "batch path", "entities": "+ entities (entity rows)", "quote rows": "+ quotes (quote rows)",
              "table": "  (tk.entities tables)", "quotes": "  (tk.quotes tables)"}
    for step in ("batch", "entities", "quote rows", "table", "quotes"):
        if step not in best:
            continue
        f = best[step]
        print(f"{labels[step]:28} {f['wall']:10.2f} {f['cpu']:8.2f} {f['cpu2']:9.2f} {f['cpu'] / base['cpu']:9.2f} "
              f"{f['cpu2'] / base['cpu']:9.2f}")
    added = ["entities", "quote rows"]
    share = sum(best[s]["cpu"] for s in added) / base["cpu"]
    share2 = sum(best[s]["cpu2"] for s in added) / base["cpu"]
    print(f"(CPU time; '2nd half': the last {n - n // 2} articles, word and chunk caches warmed by the first {n // 2})")
    print(f"batch path with entity and quote rows (what analyze adds): +{share:.0%} over the batch path "
          f"(+{share2:.0%} on the second half; issue target: at most +30%)")
    return 0


def instructions_child(n: int) -> None:
    """Runs under valgrind: count only the corpus path (entity rows, quote rows) over the first *n* documents."""
    import toolkit as tk
    from toolkit.analysis.entities import entity_counts, warm_up
    from toolkit.corpus.entities import document_entity_rows
    from toolkit.corpus.people import _light
    from toolkit.corpus.quotes import document_quote_rows

    warm_up()
    entity_counts("Joe Biden met Iran's envoy in Paris.")
    if importlib.util.find_spec("toolkit.analysis.quotes") is not None:
        from toolkit.analysis.quotes import quotes

        quotes('"Warm," said Jane Smith.')
    docs = [_light(d) for d in tk.load_corpus(SAMPLE, workers=1, profile=True).documents[:n]]
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=True)
    for d in docs:
        document_entity_rows(d)
        document_quote_rows(d)
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=True)


def instructions(n: int) -> int:
    import re
    import shutil

    if not SAMPLE.is_dir():
        print(f"news sample not found at {SAMPLE} (set NEWS_SAMPLE)")
        return 1
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        print("needs valgrind and callgrind_control (Debian: apt-get install valgrind)")
        return 1
    n = min(n, len(list(SAMPLE.glob("*.txt"))))
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT)] + [p for p in env.get("PYTHONPATH", "").split(os.pathsep) if p])
    run = subprocess.run(["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
                          sys.executable, __file__, "--instructions-child", str(n)], capture_output=True, text=True, env=env)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        print(f"valgrind run failed ({run.returncode}):\n{run.stderr[-2000:]}")
        return 1
    print(f"entity and quote rows, first sight: {int(found.group(1)) / n / 1e6:.2f} M instructions per article "
          f"({n} distinct articles)")
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--mode", choices=("distinct", "cycled"), default="distinct")
    ap.add_argument("--articles", type=int, default=2225, help="cycled mode: corpus size")
    ap.add_argument("--repeat", type=int, default=None, help="best of N runs of each step (default 1)")
    ap.add_argument("--step", choices=STEPS, help=argparse.SUPPRESS)  # internal: one step, JSON out
    ap.add_argument("--instructions", type=int, metavar="N", help="count the corpus path's instructions on N articles")
    ap.add_argument("--instructions-child", type=int, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.instructions_child:
        instructions_child(args.instructions_child)
        return 0
    if args.instructions:
        return instructions(args.instructions)
    if args.step:
        print(json.dumps(run_step(args.step)))
        return 0
    if args.mode == "cycled":
        args.repeat = args.repeat or 1
        return cycled(args)
    args.repeat = args.repeat or 1
    return distinct(args)


if __name__ == "__main__":
    raise SystemExit(main())
