"""The compiled twins of the fast paths (toolkit.fast): built, current, and equal to NLTK.

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

from toolkit import fast as accel
from toolkit.text.resources import punkt_parameters, vader_analyzer

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
        assert module.__name__ == f"toolkit.fast._c_{name}"
        assert module.__file__.endswith(".so")
        assert accel.fast_module(name) is module


def test_the_batch_path_runs_on_whatever_fast_module_says() -> None:
    from toolkit.text.resources import punkt_tokenizer
    from toolkit.analysis.sentiment import _scorer
    from toolkit.text.tokenize import _span_tokenizer, _string_tokenizer

    assert _string_tokenizer() is accel.fast_module("tokens").tokenize
    assert _span_tokenizer() is accel.fast_module("tokens").span_tokenize
    assert type(punkt_tokenizer()) is accel.fast_module("punkt").FastPunkt
    assert type(_scorer().__self__) is accel.fast_module("vader").FastVader


def test_a_stale_twin_is_not_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """A twin built from another version of the source is ignored, and the report says why."""
    fake = type(sys)("toolkit.fast._c_tokens")
    fake._SOURCE_SHA1 = "0" * 40
    monkeypatch.setitem(sys.modules, "toolkit.fast._c_tokens", fake)
    monkeypatch.delenv("TOOLKIT_PURE_PYTHON", raising=False)
    accel._twin.cache_clear()
    try:
        assert accel.fast_module("tokens") is importlib.import_module("toolkit.fast.tokens")
        assert "older than toolkit/fast/tokens.py" in accel.status()["tokens"]
    finally:
        accel._twin.cache_clear()


def test_pure_python_can_be_forced() -> None:
    code = "import toolkit.fast as a; print(a.fast_module('vader').__name__, a.status()['vader'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "TOOLKIT_PURE_PYTHON": "1"}).stdout
    assert out.startswith("toolkit.fast.vader pure Python (TOOLKIT_PURE_PYTHON is set)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "TOOLKIT_PURE_PYTHON": "0"}).stdout
    assert "TOOLKIT_PURE_PYTHON is set" not in out


@needs_twins
@SETTINGS
@given(vocabulary_text())
def test_compiled_tokens_and_scores_equal_nltk(text: str) -> None:
    tokens = COMPILED["tokens"]
    assert tokens.tokenize(text) == NLTK_WORDS.tokenize(text)
    try:
        expected = list(NLTK_WORDS.span_tokenize(text))
    except (ValueError, RuntimeError) as exc:
        with pytest.raises(type(exc)):
            tokens.span_tokenize(text)
    else:
        assert tokens.span_tokenize(text) == expected
    fast = COMPILED["vader"].FastVader.from_nltk(SIA).polarity_scores(text)
    assert repr(fast) == repr(SIA.polarity_scores(text))


@needs_twins
@SETTINGS
@given(punkt_text())
def test_compiled_sentences_equal_nltk(text: str) -> None:
    punkt = COMPILED["punkt"].FastPunkt(punkt_parameters())
    assert list(punkt.span_tokenize(text)) == list(NLTK_PUNKT.span_tokenize(text))
