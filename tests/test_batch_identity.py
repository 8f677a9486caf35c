"""The batch path (``profile_document``, used by corpora, the CLI and Dask) gives exactly what the
straightforward NLTK pipeline gives: same sentences, tokens, word counts and VADER scores."""
from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest

import toolkit as tk
from toolkit.corpus.batch import profile_document, reference_profile
from toolkit.corpus.parallel import map_in_processes

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))


def generated_article(rng: random.Random) -> str:
    """The benchmark's generator of news-like text (imported when first used: the benchmark module
    imports all of NLTK, which would otherwise cost every pytest-xdist worker ~1.5 s at collection)."""
    from bench_pipeline import generated_article as generate

    return generate(rng)


KEYS = ("sentences", "tokens", "counts", "scores")


def assert_identical(doc) -> None:
    fast, reference = profile_document(doc), reference_profile(doc.text)
    assert {k: fast[k] for k in KEYS} == reference, doc.source
    # and the single-document tables agree with both
    assert len(tk.sentences(doc)) == reference["sentences"] and len(tk.tokens(doc)) == reference["tokens"]
    sentiment = tk.sentence_sentiment(doc)
    assert list(zip(sentiment["compound"], sentiment["pos"], sentiment["neu"], sentiment["neg"])) == reference["scores"]


@pytest.mark.parametrize("seed", range(40))
def test_generated_articles(seed):
    assert_identical(tk.load(generated_article(random.Random(seed))))


def test_seed_article(seed_doc):
    assert_identical(seed_doc)


def test_news_sample(news_dir):
    paths = sorted(news_dir.glob("*_*.txt"))
    assert len(paths) == 200
    for path in paths:
        assert_identical(tk.load(path))


def test_processes_give_the_same_profiles_in_order():
    docs = [tk.load(generated_article(random.Random(1000 + i))) for i in range(60)]
    assert map_in_processes(profile_document, docs, workers=2) == [profile_document(d) for d in docs]
