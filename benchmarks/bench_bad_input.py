"""Time every stage of the pipeline on bad input at growing sizes, to show (or refute) linearity.

    .venv/bin/python benchmarks/bench_bad_input.py            # 10k / 100k / 1M characters
    .venv/bin/python benchmarks/bench_bad_input.py --quick    # 10k / 100k only
    .venv/bin/python benchmarks/bench_bad_input.py --sizes 20000 200000 --kinds unique_words
    .venv/bin/python benchmarks/bench_bad_input.py --memory 100000   # peak memory per stage instead

For each input kind and size it prints the seconds each stage took (load = decode + clean;
sentences; tokens; vader = sentence_sentiment; textblob = the TextBlob half of compare_sentiment;
summary; keywords) and, per stage, the ratio of its time to the time at the previous size.  A
ratio near the size ratio (10) means linear; near 100 means quadratic.  Stages after one that
took more than --budget seconds are skipped at the next size (the projected time is printed
instead), so a quadratic stage cannot hang the run.  The end lists the worst stage per kind.

Growth check: a stage whose time grows more than 3x faster than the input (a ratio over 30 for a
tenfold size, once it takes over 0.2 s), or that was skipped as too slow, fails the run (exit
status 1, "FAIL" lines).  The kinds include the pathological strings that made the HTML check
quadratic (unclosed "<a" and "<br" tags: 68 s and 38.7 s on 3.3 MB and 1 MB before the fix).
"""
from __future__ import annotations

import argparse
import gc
import random
import string
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import toolkit as tk  # noqa: E402

STAGES = ["load", "sentences", "tokens", "vader", "textblob", "summary", "keywords"]
_VOCAB = "the war good bad said israel iran fear peace talks would not very strike calm deal".split()


def _unique_words(n: int) -> str:
    rnd = random.Random(0)
    words, size = [], 0
    while size < n:
        w = "".join(rnd.choice(string.ascii_lowercase) for _ in range(7))
        words.append(w)
        size += 8
    return " ".join(words)[:n]


def _sentences(n: int) -> str:
    rnd = random.Random(1)
    out, size = [], 0
    while size < n:
        s = " ".join(rnd.choice(_VOCAB) for _ in range(15)).capitalize() + "."
        out.append(s)
        size += len(s) + 1
    return " ".join(out)[:n]


def _html(n: int) -> bytes:
    body = "".join(f"<p>Paragraph {i} said the talks were <b>good</b> &amp; calm.</p>\n" for i in range(n // 60 + 1))
    page = f"<!DOCTYPE html><html><head><title>T</title><script>var x = 1;</script></head><body><nav>Home</nav>{body}</body></html>"
    return page.encode()


def _html_br(n: int) -> bytes:
    lines = "".join(f"Line {i} of the transcript<br>\n" for i in range(n // 30 + 1))
    return f"<html><body><p>{lines}</p></body></html>".encode()


def _cp1252(n: int) -> bytes:
    return ("Café owners said “great” — prices rose €5. " * (n // 44 + 1))[:n].encode("cp1252")


KINDS = {
    # No punctuation at all: one sentence of n characters, repeated vocabulary.
    "no_punctuation": lambda n: " ".join(_VOCAB[i % len(_VOCAB)] for i in range(n // 5))[:n],
    # One sentence of distinct random words (worst case for NLTK VADER's per-word list.index).
    "unique_words": _unique_words,
    "emoji_flood": lambda n: ("😀 " * n)[:n],
    "emoji_run": lambda n: "😀" * n,
    "long_words": lambda n: (("b" * 500 + " ") * (n // 501 + 1))[:n],
    "giant_word": lambda n: "a" * n,
    "cjk": lambda n: ("这是中文今天天气很好。" * (n // 11 + 1))[:n],
    "rtl": lambda n: ("שלום עולם. זה טקסט בעברית. " * (n // 27 + 1))[:n],
    "normal_sentences": _sentences,
    "html_page": _html,  # many sibling <p> elements
    "html_br": _html_br,  # one paragraph broken by many <br>
    "cp1252_bytes": _cp1252,
    "script_in_text": lambda n: ("The page said <script>alert(1)</script> and nothing else. " * (n // 58 + 1))[:n],
    # Tags never closed: each "<a" / "<br" made the HTML check scan to the end of the text (quadratic).
    "unclosed_a_tags": lambda n: ("Prices were <a lot higher. " * (n // 27 + 1))[:n],
    "unclosed_br_tags": lambda n: ("x <br y " * (n // 8 + 1))[:n],
    "zero_width_and_bidi": lambda n: ("Zero\u200bwidth words \u202eand\u202c bidi controls. " * (n // 40 + 1))[:n],
}
# A stage fails the growth check when its time grows this many times faster than the input.
GROWTH_LIMIT = 3.0
GROWTH_MIN_SECONDS = 0.2


def run_stages(data, skip: set[str]) -> dict[str, float | None]:
    times: dict[str, float | None] = {}
    t = time.perf_counter()
    doc = tk.load(data)
    times["load"] = time.perf_counter() - t
    for name in STAGES[1:]:
        if name in skip:
            times[name] = None
            continue
        gc.collect()
        t = time.perf_counter()
        _run_on(doc, name)
        times[name] = time.perf_counter() - t
    return times


def memory(kinds: list[str], size: int) -> int:
    """Peak traced memory of each stage (run alone after the stages it needs) / input characters."""
    import tracemalloc

    warnings.simplefilter("ignore")
    run_stages(_sentences(2000), set())
    print(f"tracemalloc peak per stage at {size:,d} characters, as a multiple of the input size")
    for kind in kinds:
        data = KINDS[kind](size)
        parts = []
        for stage in STAGES:
            doc = tk.load(data)
            before = {"sentences": [], "tokens": ["sentences"], "vader": ["sentences"], "textblob": ["sentences"],
                      "summary": ["sentences", "tokens"], "keywords": ["sentences", "tokens"]}.get(stage, [])
            for name in before:
                {"sentences": tk.sentences, "tokens": tk.tokens}[name](doc)
            gc.collect()
            tracemalloc.start()
            if stage == "load":
                tk.load(data)
            else:
                _run_on(doc, stage)
            peak = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()
            parts.append(f"{stage}={peak / len(data):.0f}x")
        print(f"{kind:17s} " + "  ".join(parts), flush=True)
    return 0


def _run_on(doc, stage: str) -> None:
    from toolkit.analysis.compare import textblob_scores

    {
        "sentences": lambda: tk.sentences(doc),
        "tokens": lambda: tk.tokens(doc),
        "vader": lambda: tk.sentence_sentiment(doc),
        "textblob": lambda: textblob_scores(tk.sentences(doc)["text"].tolist()),
        "summary": lambda: tk.summary(doc),
        "keywords": lambda: tk.keyword_frequencies(doc),
    }[stage]()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--quick", action="store_true", help="sizes 10k and 100k only")
    parser.add_argument("--kinds", nargs="+", choices=sorted(KINDS), default=list(KINDS))
    parser.add_argument("--budget", type=float, default=20.0, help="skip a stage at the next size after it took this long")
    parser.add_argument("--memory", type=int, metavar="CHARS", default=0,
                        help="instead of timing, print each stage's tracemalloc peak at this size, as a multiple of the input")
    args = parser.parse_args(argv)
    if args.memory:
        return memory(args.kinds, args.memory)
    sizes = [10_000, 100_000] if args.quick else sorted(args.sizes)
    warnings.simplefilter("ignore")
    run_stages(_sentences(2000), set())  # warm up: imports, lexicons, Punkt parameters

    print(f"toolkit {tk.__version__}; times in seconds; 'x' = ratio to the previous size (size ratio shown)")
    worst: list[tuple[float, str, str, int]] = []
    failures: list[str] = []
    for kind in args.kinds:
        previous: dict[str, tuple[float, int]] = {}
        skip: set[str] = set()
        prev_size = None
        for size in sizes:
            data = KINDS[kind](size)
            times = run_stages(data, skip)
            parts = []
            for stage in STAGES:
                t = times.get(stage)
                if t is None:
                    last, last_size = previous[stage]
                    parts.append(f"{stage}=skipped(projected>{last * size / last_size:.0f}s)")
                    failures.append(f"{kind} {stage} at {size:,d}: skipped, over the {args.budget:g} s budget before")
                    continue
                ratio = ""
                if stage in previous and previous[stage][0] > 0.002:
                    ratio = f" x{t / previous[stage][0]:.1f}"
                    growth = (t / previous[stage][0]) / (size / previous[stage][1])
                    if growth > GROWTH_LIMIT and t > GROWTH_MIN_SECONDS:
                        failures.append(f"{kind} {stage} at {size:,d}: x{t / previous[stage][0]:.1f} for "
                                        f"x{size / previous[stage][1]:.0f} the input (faster than linear)")
                parts.append(f"{stage}={t:.3f}{ratio}")
                worst.append((t, kind, stage, size))
            scale = f" (size x{size / prev_size:.0f})" if prev_size else ""
            print(f"{kind:17s} {size:>9,d}{scale}: " + "  ".join(parts), flush=True)
            for stage in STAGES:
                if times.get(stage) is not None and times[stage] > args.budget:
                    skip.add(stage)
            previous.update({k: (v, size) for k, v in times.items() if v is not None})
            prev_size = size
    print("\nworst cases (slowest stage runs):")
    for t, kind, stage, size in sorted(worst, reverse=True)[:8]:
        print(f"  {t:8.3f}s  {stage:10s} {kind} at {size:,d} characters")
    print("\ngrowth check:", "passed (every stage about linear)" if not failures else f"{len(failures)} FAILED")
    for line in failures:
        print(f"  FAIL {line}")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
