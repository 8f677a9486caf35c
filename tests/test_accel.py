"""The compiled twins of the fast paths (toolkit.accel): built, current, and equal to NLTK.

Run:  .venv/bin/python -m pytest tests/test_accel.py
"""
from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktSentenceTokenizer

from toolkit import accel
from toolkit.resources import punkt_parameters, vader_analyzer

from test_fastpath import SETTINGS, punkt_text, vocabulary_text

ROOT = Path(__file__).resolve().parents[1]
COMPILED = {name: accel._twin(name)[0] for name in accel.COMPILED}
needs_twins = pytest.mark.skipif(
    not all(COMPILED.values()), reason=f"compiled twins not in use here: {accel.status()}"
)
SIA = vader_analyzer()
NLTK_WORDS = NLTKWordTokenizer()
NLTK_PUNKT = PunktSentenceTokenizer(punkt_parameters())


@pytest.mark.skipif(os.environ.get("CI") != "true", reason="a machine without a C compiler may run pure Python")
def test_ci_builds_and_uses_every_twin() -> None:
    assert all(COMPILED.values()), accel.status()
    for name, module in COMPILED.items():
        assert module.__name__ == f"toolkit._c_{name}"
        assert module.__file__.endswith(".so")
        assert accel.fast_module(name) is module


def test_the_batch_path_runs_on_whatever_fast_module_says() -> None:
    from toolkit.resources import punkt_tokenizer
    from toolkit.sentiment import _scorer
    from toolkit.tokenize import _span_tokenizer, _string_tokenizer

    assert _string_tokenizer() is accel.fast_module("fasttokens").tokenize
    assert _span_tokenizer() is accel.fast_module("fasttokens").span_tokenize
    assert type(punkt_tokenizer()) is accel.fast_module("fastpunkt").FastPunkt
    assert _scorer().__self__ is accel.fast_module("fastvader").default_scorer()


def test_a_stale_twin_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A twin built from another version of the source is ignored, and the report says why."""
    fake = type(sys)("toolkit._c_fasttokens")
    fake._SOURCE_SHA1 = "0" * 40
    monkeypatch.setitem(sys.modules, "toolkit._c_fasttokens", fake)
    monkeypatch.delenv("TOOLKIT_PURE_PYTHON", raising=False)
    accel._twin.cache_clear()
    try:
        assert accel.fast_module("fasttokens") is importlib.import_module("toolkit.fasttokens")
        assert "older than toolkit/fasttokens.py" in accel.status()["fasttokens"]
    finally:
        accel._twin.cache_clear()


def test_pure_python_can_be_forced() -> None:
    code = "import toolkit.accel as a; print(a.fast_module('fastvader').__name__, a.status()['fastvader'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "TOOLKIT_PURE_PYTHON": "1"}).stdout
    assert out.startswith("toolkit.fastvader pure Python (TOOLKIT_PURE_PYTHON is set)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "TOOLKIT_PURE_PYTHON": "0"}).stdout
    assert "TOOLKIT_PURE_PYTHON is set" not in out


@needs_twins
@SETTINGS
@given(vocabulary_text())
def test_compiled_tokens_and_scores_equal_nltk(text: str) -> None:
    tokens = COMPILED["fasttokens"]
    assert tokens.tokenize(text) == NLTK_WORDS.tokenize(text)
    try:
        expected = list(NLTK_WORDS.span_tokenize(text))
    except (ValueError, RuntimeError) as exc:
        with pytest.raises(type(exc)):
            tokens.span_tokenize(text)
    else:
        assert tokens.span_tokenize(text) == expected
    fast = COMPILED["fastvader"].FastVader.from_nltk(SIA).polarity_scores(text)
    assert repr(fast) == repr(SIA.polarity_scores(text))


@needs_twins
@SETTINGS
@given(punkt_text())
def test_compiled_sentences_equal_nltk(text: str) -> None:
    punkt = COMPILED["fastpunkt"].FastPunkt(punkt_parameters())
    assert list(punkt.span_tokenize(text)) == list(NLTK_PUNKT.span_tokenize(text))
