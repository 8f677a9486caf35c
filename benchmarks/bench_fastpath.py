"""Speed of the fast exact batch path against NLTK, measured in one process.

Scores and tokenises the sentences of the BBC news sample repeated to 2,000 articles (generated
sentences when ``../shared/data/news_sample`` is absent) and prints sentences/s and tokens/s for
NLTK and for the fast path, with the ratios.  It also checks that the results are identical.

Run:  .venv/bin/python benchmarks/bench_fastpath.py [--articles 2000] [--processes 2]
"""
from __future__ import annotations

import argparse
import gc
import os
import random
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from nltk.tokenize import NLTKWordTokenizer

from toolkit.fast.tokens import span_tokenize
from toolkit.fast.vader import FastVader, score_parallel
from toolkit.text.resources import punkt_tokenizer, vader_analyzer

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news_sample"
T = TypeVar("T")


def articles(count: int) -> tuple[list[str], str]:
    """*count* article texts (the news sample repeated, or generated) and where they came from.

    >>> len(articles(3)[0])
    3
    """
    files = sorted(NEWS.glob("*.txt")) if NEWS.is_dir() else []
    if files:
        texts = [p.read_text(encoding="utf-8") for p in files]
        return [texts[i % len(texts)] for i in range(count)], f"{NEWS} ({len(files)} files, repeated)"
    rng = random.Random(0)
    words = sorted(vader_analyzer().lexicon)[:3000] + ["the", "of", "and", "not", "very", "but", "is", "was"] * 200
    generated = [
        " ".join(" ".join(rng.choices(words, k=rng.randint(5, 30))).capitalize() + "." for _ in range(17))
        for _ in range(count)
    ]
    return generated, "generated text (news sample not found)"


def timed(function: Callable[[], T]) -> tuple[T, float]:
    """``(function(), seconds taken)``, with the cyclic garbage collector paused (as ``timeit`` does)
    so that results kept from earlier runs do not slow down later ones.

    >>> timed(lambda: 42)[0]
    42
    """
    gc.collect()
    gc.disable()
    try:
        start = time.perf_counter()
        result = function()
        return result, time.perf_counter() - start
    finally:
        gc.enable()


def main() -> None:
    """Print the benchmark table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()

    texts, source = articles(args.articles)
    splitter = punkt_tokenizer()
    sentences = [s for text in texts for s in splitter.tokenize(text)]
    print(f"input: {len(texts)} articles from {source}; {len(sentences)} sentences; {os.cpu_count()} CPUs")

    sia = vader_analyzer()
    fast = FastVader.from_nltk(sia)
    expected, t_nltk = timed(lambda: [sia.polarity_scores(s) for s in sentences])
    serial, t_serial = timed(lambda: fast.score_many(sentences))
    parallel, t_parallel = timed(
        lambda: score_parallel(sentences, processes=args.processes, min_parallel=0, scorer=fast)
    )
    n = len(sentences)
    print("\nVADER polarity_scores                sentences/s   speed-up")
    print(f"  NLTK SentimentIntensityAnalyzer   {n / t_nltk:12,.0f}      1.0x")
    print(f"  FastVader serial                  {n / t_serial:12,.0f}   {t_nltk / t_serial:6.1f}x")
    print(f"  FastVader {args.processes} processes             {n / t_parallel:12,.0f}   {t_nltk / t_parallel:6.1f}x")
    print(f"  identical to NLTK: {serial == expected and parallel == expected}")

    tokenizer = NLTKWordTokenizer()
    nltk_spans, t_tok = timed(lambda: [list(tokenizer.span_tokenize(s)) for s in sentences])
    fast_spans, t_fast_tok = timed(lambda: [span_tokenize(s) for s in sentences])
    tokens = sum(map(len, nltk_spans))
    print(f"\nWord spans ({tokens:,} tokens)                  tokens/s   speed-up")
    print(f"  NLTKWordTokenizer.span_tokenize   {tokens / t_tok:12,.0f}      1.0x")
    print(f"  fast.tokens.span_tokenize         {tokens / t_fast_tok:12,.0f}   {t_tok / t_fast_tok:6.1f}x")
    print(f"  identical to NLTK: {fast_spans == nltk_spans}")


if __name__ == "__main__":
    main()
