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

Run:  make bench   (or .venv/bin/python benchmarks/bench_pipeline.py [--articles 3000] [--workers 2] [--repeat 3]
      [--text news|typographic|generated])
"""
from __future__ import annotations

import argparse
import os
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
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
    curly quotes and dashes) or "generated"."""
    files = sorted(p for p in NEWS.glob("*_*.txt")) if NEWS.is_dir() and text != "generated" else []
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
                                 cwd=Path(__file__).resolve().parents[1]).stdout) for _ in range(5)]
    return min(runs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=3000)
    parser.add_argument("--workers", type=int, default=None, help="default: all cores")
    parser.add_argument("--repeat", type=int, default=3, help="toolkit runs (the median is reported)")
    parser.add_argument("--text", choices=("news", "typographic", "generated"), default="news",
                        help="the news sample (default), the same with curly quotes and dashes, or generated articles")
    args = parser.parse_args()

    from toolkit.corpus.parallel import default_workers, warm_up

    workers = args.workers or default_workers()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        source = write_corpus(folder, args.articles, text=args.text)
        paths = sorted(folder.rglob("*.txt"))
        mb = sum(p.stat().st_size for p in paths) / 1e6
        print(f"input: {len(paths):,} articles, {mb:.1f} MB, from {source}")
        print(f"machine: {os.cpu_count()} CPUs, {workers} workers, Python {sys.version.split()[0]}")

        warm_up()
        nltk_reference(paths[:5])
        reference, t_ref = timed(lambda: nltk_reference(paths))
        runs = [timed(lambda: toolkit_pipeline(folder, workers)) for _ in range(args.repeat)]
        (corpus, profiles), _ = runs[0]
        t_tk = statistics.median(t for _, t in runs)

    n_sent = sum(r["sentences"] for r in reference)
    n_tok = sum(r["tokens"] for r in reference)
    n_words = sum(sum(r["counts"].values()) for r in reference)
    print(f"work: {n_words:,} words, {n_tok:,} tokens, {n_sent:,} sentences")
    print(f"\n{'':28s}{'wall s':>8s}{'articles/s':>12s}{'sentences/s':>13s}{'tokens/s':>12s}{'speed-up':>10s}")
    for name, t in (("NLTK reference (1 core)", t_ref), (f"toolkit ({workers} workers)", t_tk)):
        print(f"{name:28s}{t:8.2f}{len(paths) / t:12,.0f}{n_sent / t:13,.0f}{n_tok / t:12,.0f}{t_ref / t:9.1f}x")
    print(f"toolkit runs: {', '.join(f'{t:.2f}' for _, t in runs)} s")

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


if __name__ == "__main__":
    main()
