"""The compiled twins of the fast paths (toolkit.fast): built, current, and used (their equality
with NLTK is checked in tests/test_fastpath.py, on the same examples as the pure-Python modules).

Run:  .venv/bin/python -m pytest tests/test_accel.py
"""
from __future__ import annotations

import importlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from toolkit import fast as accel

ROOT = Path(__file__).resolve().parents[1]
COMPILED = {name: accel._twin(name)[0] for name in accel.COMPILED}


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


def test_pure_python_can_be_forced(monkeypatch: pytest.MonkeyPatch) -> None:
    code = "import toolkit.fast as a; print(a.fast_module('vader').__name__, a.status()['vader'])"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT,
                         env={**os.environ, "TOOLKIT_PURE_PYTHON": "1"}).stdout
    assert out.startswith("toolkit.fast.vader pure Python (TOOLKIT_PURE_PYTHON is set)")
    # "0", "false" and "" do not force it: checked in this process (the variable is read when a twin is
    # first looked up, and a fresh process that finds the twins built imports all of NLTK to load them)
    for value in ("0", "false", ""):
        monkeypatch.setenv("TOOLKIT_PURE_PYTHON", value)
        accel._twin.cache_clear()
        try:
            status = accel.status()["vader"]
            assert "TOOLKIT_PURE_PYTHON is set" not in status, value
            module = accel.fast_module("vader")
            assert module.__name__ == ("toolkit.fast._c_vader" if status.startswith("compiled") else "toolkit.fast.vader")
            if COMPILED["vader"]:  # built and current: used
                assert module is COMPILED["vader"], value
        finally:
            accel._twin.cache_clear()


# The compiled twins' exactness against NLTK (tokens, spans, VADER scores, Punkt sentences) is checked in
# tests/test_fastpath.py: every property and sample test there runs the twins beside the pure-Python
# modules on the same examples (assert_same_vader, assert_same_spans, assert_same_sentences), so the
# NLTK reference results and the generated examples are computed once for both.
