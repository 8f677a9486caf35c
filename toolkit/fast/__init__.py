"""Compiled twins of the exact fast paths, used only when built from the current source.

``setup.py`` compiles ``toolkit/fast/tokens.py``, ``vader.py``, ``punkt.py`` and ``count.py`` unchanged with
Cython into ``toolkit.fast._c_tokens`` etc. (same code, same results, less interpreter overhead).  Each twin
records the SHA-1 of the source it was built from; :func:`fast_module` returns the twin only
when that matches the module's current source, so an edited module is never shadowed by a stale
build, and falls back to the pure-Python module otherwise.  Set ``TOOLKIT_PURE_PYTHON=1`` to
use the pure-Python modules always (``0``, ``false`` or empty leave the choice as above).

>>> fast_module("tokens").tokenize("It's here.")
['It', "'s", 'here', '.']
"""
from __future__ import annotations

import hashlib
import importlib
import os
import sys
from functools import lru_cache
from pathlib import Path
from types import ModuleType

__all__ = ["fast_module", "status", "COMPILED"]

COMPILED = ("tokens", "vader", "punkt", "count")


def _source_sha1(name: str) -> str:
    return hashlib.sha1(Path(__file__).with_name(f"{name}.py").read_bytes()).hexdigest()


def _import(name: str) -> ModuleType:
    """``importlib.import_module(name)`` the way ``tk.*`` imports the fast paths: for an NLTK release
    they were checked against, with NLTK's few modules they use but not ``nltk/__init__.py`` (which
    loads SciPy and scikit-learn; see :mod:`toolkit.fast.nltk_light`); else an ordinary import."""
    from .nltk_light import checked, light_nltk

    if not checked():
        return importlib.import_module(name)
    with light_nltk():
        return importlib.import_module(name)


@lru_cache(maxsize=None)
def _twin(name: str) -> tuple[ModuleType | None, str]:
    """``(twin or None, why)`` for one of :data:`COMPILED`."""
    if os.environ.get("TOOLKIT_PURE_PYTHON", "").strip().lower() not in ("", "0", "false", "no"):
        return None, "pure Python (TOOLKIT_PURE_PYTHON is set)"
    try:
        module = _import(f"toolkit.fast._c_{name}")
    except ImportError:
        return None, "pure Python (no compiled twin: Cython or a C compiler was missing at install)"
    if getattr(module, "_SOURCE_SHA1", None) != _source_sha1(name):
        return None, f"pure Python (the compiled twin is older than toolkit/fast/{name}.py: reinstall to rebuild it)"
    return module, f"compiled with Cython from the current toolkit/fast/{name}.py"


def fast_module(name: str) -> ModuleType:
    """The compiled twin of ``toolkit.fast.<name>`` when current, else ``toolkit.fast.<name>`` itself,
    imported without running ``nltk/__init__.py`` (as ``tk.*`` does) for a checked NLTK release.

    >>> fast_module("vader").__name__ in {"toolkit.fast.vader", "toolkit.fast._c_vader"}
    True
    """
    if name not in COMPILED:
        raise ValueError(f"no compiled twin for {name!r}; one of {COMPILED}")
    module, _ = _twin(name)
    if module is not None:
        return module
    pure = sys.modules.get(f"toolkit.fast.{name}")  # called per document on the batch path: no import machinery
    return pure if pure is not None else _import(f"toolkit.fast.{name}")


def status() -> dict[str, str]:
    """How each fast path runs: compiled, or pure Python and why.

    >>> sorted(status())
    ['count', 'punkt', 'tokens', 'vader']
    """
    return {name: _twin(name)[1] for name in COMPILED}
