"""Whole-pipeline speed: the toolkit's batch path against a straightforward NLTK pipeline, one process.

Writes a corpus of N article files (default 3,000, ~1M words: the BBC news sample cycled, each copy
with its own headline so none is an exact duplicate; generated articles when
``../shared/data/news_sample`` is absent) to a temporary folder, then times, in this process:

* **NLTK reference** -- for each file: read, decode, split paragraphs, ``PunktSentenceTokenizer``
  (the project's English parameters; a final "!!"+"!" split re-joined, as ``tk.sentences`` does),
  ``NLTKWordTokenizer().tokenize`` on each sentence, count the
  words, ``SentimentIntensityAnalyzer.polarity_scores`` on each sentence; one core.
* **toolkit** -- ``tk.load_corpus(folder, profile=True)``: on all cores, each worker reads,
  decodes, cleans, splits, tokenises, counts and scores its files in one pass (duplicates are
  dropped after); ``profile_texts`` then returns those profiles (what ``analyze`` does).

Both are warmed up first (imports, word lists), so the times are of the work itself.  It prints
articles/s, sentences/s, tokens/s, the ratio, peak RSS of this process and of its workers, the
time of ``import toolkit`` in a fresh interpreter, and whether both paths gave identical sentences,
token counts, word counts and VADER scores for every article.

It then runs each pipeline as a **whole process**, as a user waits for it (interpreter start,
imports, pool start, the work): ``benchmarks/toolkit_batch.py`` against the plain NLTK script
``benchmarks/nltk_plain.py`` on one process and on ``multiprocessing.Pool(2)``, *--rounds* times each,
interleaved, and prints median wall and user+sys CPU times and the ratios.  ``--text distinct``
writes 2,225 different generated articles (nothing cycled, so per-token caches stay as cold as on
real new articles).

Run:  make bench   (or .venv/bin/python benchmarks/bench_pipeline.py [--articles 3000] [--workers 2] [--repeat 3]
      [--text news|typographic|generated|distinct] [--rounds 3] [--whole-process-only])
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_fastpath import timed  # noqa: E402  (the call, timed with the garbage collector paused)

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_sample"


def typographic(text: str) -> str:
    """*text* with typographic punctuation, as many scraped pages have it: ’ inside words, “…”
    for straight double quotes (alternating within a paragraph) and – for a spaced hyphen."""
    text = re.sub(r"(?<=\w)'(?=\w)", "’", text).replace(" - ", " – ")
    paragraphs = []
    for para in text.split("\n"):
        pieces = para.split('"')
        paragraphs.append("".join(p + ("“" if i % 2 == 0 else "”") for i, p in enumerate(pieces[:-1])) + pieces[-1])
    return "\n".join(paragraphs)


def write_corpus(folder: Path, n: int, *, seed: int = 0, text: str = "news") -> str:
    """Write *n* article files under *folder* (one sub-folder per category); say where they came from.

    *text*: "news" (the news sample when present, else generated), "typographic" (the same with
    curly quotes and dashes), "generated" or "distinct" (*n* different articles, nothing cycled:
    :func:`distinct_article`)."""
    if text == "distinct":
        for i in range(n):
            (folder / "distinct").mkdir(parents=True, exist_ok=True)
            (folder / "distinct" / f"distinct_{i:05d}.txt").write_text(distinct_article(random.Random(seed + i)),
                                                                       encoding="utf-8")
        return f"{n:,} distinct generated articles (words drawn by general-English frequency from 40,000; no cycling)"
    files = sorted(p for p in NEWS.glob("*_*.txt")) if NEWS.is_dir() and text not in ("generated",) else []
    if files:
        texts = [(p.stem.split("_")[0], p.read_text(encoding="utf-8")) for p in files]
        source = f"{NEWS} ({len(files)} articles cycled, each copy with its own headline, so none is a duplicate)"
        if text == "typographic":
            texts = [(group, typographic(body)) for group, body in texts]
            source += ", with typographic quotes and dashes"
    else:
        texts = [("generated", generated_article(random.Random(seed + i))) for i in range(min(n, 400))]
        source = "generated articles (news sample not found)"
    for i in range(n):
        group, text = texts[i % len(texts)]
        head, _, body = text.partition("\n")
        (folder / group).mkdir(parents=True, exist_ok=True)
        (folder / group / f"{group}_{i:05d}.txt").write_text(f"{head} (article {i})\n{body}", encoding="utf-8")
    return source


_WORDS = ("the of and to a in that is was he for it with as his on be at by had are but from or have an they "
          "which one you were her all she there would their we him been has when who will more no if out so said "
          "what up its about into than them can only other new some could time these two may then do first any my "
          "now such like our over man me even most made after also did many before must through back years where "
          "much your way well down should because each just those people how too little state good very make world "
          "still own see men work long get here between both life being under never day same another know while "
          "last might us great old year off come since against go came right used take three").split()
_VALENCED = ("good great bad terrible happy sad crisis threat peace war attack support hope fear strong weak "
             "win lose killed praised warned welcomed condemned safe dangerous love hate best worst").split()
_NAMES = ("Iran Israel Britain London Smith Jones Labour Microsoft Apple Europe Washington Paris Brown Blair "
          "Mr. Dr. U.S. Jan. Gen.").split()


_VOCAB: list | None = None


def _vocabulary() -> tuple[list[str], list[float]]:
    """The 40,000 most frequent English words (``wordfreq``) and their cumulative frequencies (weights)."""
    global _VOCAB
    if _VOCAB is None:
        import wordfreq

        import itertools

        words = [w for w in wordfreq.top_n_list("en", 40000) if w.isalpha() or "'" in w]
        _VOCAB = [words, list(itertools.accumulate(wordfreq.word_frequency(w, "en") for w in words))]
    return _VOCAB[0], _VOCAB[1]


def distinct_article(rng: random.Random) -> str:
    """A news-sized article (~2 kB) whose words are drawn by their frequency in general English from
    40,000 words, so articles share common words and differ in rare ones, as real articles do
    (no article or paragraph is repeated; per-token caches see new words all along)."""
    words, weights = _vocabulary()

    def sentence() -> str:
        n = rng.randint(8, 30)
        picked = rng.choices(words, cum_weights=weights, k=n)
        for _ in range(rng.randint(0, 3)):  # proper names and figures
            i = rng.randrange(n)
            picked[i] = picked[i][:1].upper() + picked[i][1:] if rng.random() < 0.7 else f"{rng.randint(1, 2000)}{rng.choice(['', '%', 'm', '.5'])}"
        if rng.random() < 0.1:
            picked.insert(rng.randrange(len(picked)), rng.choice(["Mr.", "Dr.", "U.S.", "Jan.", "Gen."]) + " " + rng.choice(words).title())
        text = " ".join(picked)
        text = text[0].upper() + text[1:]
        if rng.random() < 0.15:
            return f'"{text}," {rng.choice(["he", "she", "they"])} said.'
        return text + rng.choice([".", ".", ".", ".", "!", "?"])

    head = " ".join(w[:1].upper() + w[1:] for w in rng.choices(words, cum_weights=weights, k=rng.randint(3, 7)))
    paragraphs = [" ".join(sentence() for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(7, 12))]
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


def generated_article(rng: random.Random) -> str:
    """A headline and paragraphs of news-like sentences (names, abbreviations, numbers, quotes)."""
    def sentence() -> str:
        words = [rng.choice(_WORDS if rng.random() < 0.8 else _VALENCED if rng.random() < 0.5 else _NAMES)
                 for _ in range(rng.randint(6, 28))]
        if rng.random() < 0.3:
            words.insert(rng.randrange(len(words)), f"{rng.randint(1, 999)}.{rng.randint(0, 9)}%")
        if rng.random() < 0.2:
            words.insert(rng.randrange(len(words)), "isn't")
        text = " ".join(words)
        text = text[0].upper() + text[1:]
        if rng.random() < 0.15:
            return f'"{text}," he said.'
        return text + rng.choice([".", ".", ".", "!", "?"])
    head = " ".join(rng.choice(_WORDS + _NAMES) for _ in range(6)).title()
    paragraphs = [" ".join(sentence() for _ in range(rng.randint(1, 4))) for _ in range(rng.randint(6, 14))]
    return head + "\n\n" + "\n\n".join(paragraphs) + "\n"


def nltk_reference(paths: list[Path]) -> list[dict]:
    """The straightforward pipeline, file by file on one core: read, decode, then
    :func:`toolkit.corpus.batch.reference_profile` (NLTK's own Punkt, word tokenizer and VADER)."""
    from toolkit.corpus.batch import reference_profile

    return [reference_profile(path.read_bytes().decode("utf-8")) for path in paths]


def toolkit_pipeline(folder: Path, workers: int):
    """The toolkit's batch path: load and clean on all cores, then profile on all cores."""
    import toolkit as tk
    from toolkit.corpus.batch import profile_texts

    corpus = tk.load_corpus(folder, workers=workers, profile=True)  # the workers load, clean and profile
    return corpus, profile_texts(corpus.documents, engine="processes", workers=workers)  # (already profiled)


def import_time() -> float:
    """Seconds ``import toolkit`` takes in a fresh interpreter (best of 5)."""
    code = "import time; t = time.perf_counter(); import toolkit; print(time.perf_counter() - t)"
    runs = [float(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                 cwd=ROOT, env=child_env()).stdout) for _ in range(5)]
    return min(runs)


ROOT = Path(__file__).resolve().parents[1]
HERE = Path(__file__).resolve().parent


def child_env() -> dict:
    """This process's environment with this checkout first on ``PYTHONPATH``."""
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}


def run_process(cmd: list[str]) -> tuple[float, float, dict]:
    """``(wall s, user+sys CPU s of the process and its children, its JSON line)`` of one whole process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=child_env())
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode:
        raise RuntimeError(f"{' '.join(cmd)} failed:\n{out.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, json.loads(out.stdout.strip().splitlines()[-1])


def whole_process(folder: Path, *, rounds: int, workers: int) -> dict[str, list[tuple[float, float, dict]]]:
    """Each pipeline as a whole process (interpreter start, imports, pool, work), *rounds* times,
    interleaved (the order rotates every round) so a busy machine slows all of them alike."""
    commands = {
        f"toolkit ({workers} workers)": [sys.executable, str(HERE / "toolkit_batch.py"), str(folder), "--workers", str(workers)],
        "plain NLTK, 1 process": [sys.executable, str(HERE / "nltk_plain.py"), str(folder)],
        "plain NLTK, Pool(2)": [sys.executable, str(HERE / "nltk_plain.py"), str(folder), "--processes", "2"],
    }
    names = list(commands)
    runs: dict[str, list] = {name: [] for name in names}
    for r in range(rounds):
        for name in names[r % len(names):] + names[: r % len(names)]:
            runs[name].append(run_process(commands[name]))
            wall, cpu, _ = runs[name][-1]
            print(f"  round {r + 1}: {name:24s} {wall:7.2f} s wall {cpu:7.2f} s CPU", flush=True)
    return runs


def report_whole_process(runs: dict[str, list]) -> None:
    names = list(runs)
    toolkit, *nltk = names
    med = {n: (statistics.median(w for w, _, _ in runs[n]), statistics.median(c for _, c, _ in runs[n])) for n in names}
    print(f"\nwhole process (median of {len(runs[toolkit])} interleaved runs each; CPU = user+sys incl. workers)")
    print(f"{'':26s}{'wall s':>8s}{'min-max':>15s}{'CPU s':>8s}{'wall ratio':>12s}{'per-round':>11s}{'CPU ratio':>11s}")
    for n in names:
        walls = [w for w, _, _ in runs[n]]
        per_round = statistics.median(w / t for (w, _, _), (t, _, _) in zip(runs[n], runs[toolkit]))
        print(f"{n:26s}{med[n][0]:8.2f}{min(walls):7.2f}-{max(walls):<7.2f}{med[n][1]:8.2f}"
              f"{med[n][0] / med[toolkit][0]:11.1f}x{per_round:10.1f}x{med[n][1] / med[toolkit][1]:10.1f}x")
    totals = {n: runs[n][0][2] for n in names}
    same = all(t == totals[toolkit] for t in totals.values())
    print(f"same articles, sentences and tokens in all three: {same} ({totals[toolkit]})")
    for n in nltk:
        print(f"toolkit vs {n}: {med[n][0] / med[toolkit][0]:.1f}x wall (median of per-round ratios "
              f"{statistics.median(w / t for (w, _, _), (t, _, _) in zip(runs[n], runs[toolkit])):.1f}x), "
              f"{med[n][1] / med[toolkit][1]:.1f}x CPU")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=None, help="default 3,000 (2,225 with --text distinct)")
    parser.add_argument("--workers", type=int, default=None, help="default: all cores")
    parser.add_argument("--repeat", type=int, default=3, help="in-process toolkit runs (the median is reported)")
    parser.add_argument("--text", choices=("news", "typographic", "generated", "distinct"), default="news",
                        help="the news sample cycled (default), the same with curly quotes and dashes, generated "
                             "articles cycled, or distinct generated articles (no cycling)")
    parser.add_argument("--rounds", type=int, default=3,
                        help="whole-process runs of each pipeline, interleaved (0: skip); the median is reported")
    parser.add_argument("--whole-process-only", action="store_true", help="skip the in-process comparison")
    args = parser.parse_args()
    articles = args.articles or (2225 if args.text == "distinct" else 3000)

    from toolkit.corpus.parallel import default_workers, warm_up

    workers = args.workers or default_workers()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        source = write_corpus(folder, articles, text=args.text)
        paths = sorted(folder.rglob("*.txt"))
        mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"input: {len(paths):,} articles, {mb:.1f} MB, from {source}")
        print(f"machine: {os.cpu_count()} CPUs, {workers} workers, Python {sys.version.split()[0]}, "
              f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
        from toolkit.fast import status

        print(f"fast paths: {', '.join(f'{k}: ' + ('compiled' if v.startswith('compiled') else 'pure Python') for k, v in status().items())}")
        if args.rounds:
            print(f"\nwhole processes: {HERE / 'toolkit_batch.py'} and {HERE / 'nltk_plain.py'}", flush=True)
            runs = whole_process(folder, rounds=args.rounds, workers=workers)
        if args.whole_process_only:
            if args.rounds:
                report_whole_process(runs)
            return

        warm_up()
        nltk_reference(paths[:5])
        reference, t_ref = timed(lambda: nltk_reference(paths))
        in_runs = [timed(lambda: toolkit_pipeline(folder, workers)) for _ in range(args.repeat)]
        (corpus, profiles), _ = in_runs[0]
        t_tk = statistics.median(t for _, t in in_runs)

    n_sent = sum(r["sentences"] for r in reference)
    n_tok = sum(r["tokens"] for r in reference)
    n_words = sum(sum(r["counts"].values()) for r in reference)
    print(f"\nin process (after a warm-up; the work only)")
    print(f"work: {n_words:,} words, {n_tok:,} tokens, {n_sent:,} sentences")
    print(f"\n{'':28s}{'wall s':>8s}{'articles/s':>12s}{'sentences/s':>13s}{'tokens/s':>12s}{'speed-up':>10s}")
    for name, t in (("NLTK reference (1 core)", t_ref), (f"toolkit ({workers} workers)", t_tk)):
        print(f"{name:28s}{t:8.2f}{len(paths) / t:12,.0f}{n_sent / t:13,.0f}{n_tok / t:12,.0f}{t_ref / t:9.1f}x")
    print(f"toolkit runs: {', '.join(f'{t:.2f}' for _, t in in_runs)} s")

    by_name = {Path(d.source).name: p for d, p in zip(corpus.documents, profiles)}
    differ = [p.name for p, r in zip(paths, reference)
              if (b := by_name.get(p.name)) is None or (b["sentences"], b["tokens"], b["counts"], b["scores"])
              != (r["sentences"], r["tokens"], r["counts"], r["scores"])]
    print(f"identical sentences, tokens, word counts and VADER scores: {len(paths) - len(differ):,} of {len(paths):,} "
          f"articles" + (f" (differ: {', '.join(differ[:5])})" if differ else ""))
    kb_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kb_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(f"peak RSS: this process {kb_self / 1024:.0f} MB, largest worker {kb_children / 1024:.0f} MB")
    print(f"import toolkit: {import_time() * 1000:.0f} ms (fresh interpreter, best of 5)")
    if args.rounds:
        report_whole_process(runs)


if __name__ == "__main__":
    main()
