"""NLTK's Punkt, word tokenizer and VADER modules without running ``nltk/__init__.py`` first.

``import nltk`` executes ``nltk/__init__.py``, which star-imports almost every NLTK sub-package;
through ``nltk.collocations`` and ``nltk.classify`` that loads SciPy and scikit-learn (over a
second, most of it spent before the first sentence is split).  The toolkit needs three small
modules: ``nltk.tokenize.punkt``, ``nltk.tokenize.destructive`` and ``nltk.sentiment.vader``.

:func:`light_nltk` puts each NLTK *package* on the way (``nltk``, ``nltk.tokenize``,
``nltk.sentiment``) into ``sys.modules`` as a *deferred* module: the package's real module object,
created from its real spec, whose ``__init__.py`` has not run yet.  Importing a submodule through it
runs only that submodule (and what it imports).  The deferral is invisible to a user:

* the first time anyone (outside this module's own imports) reads an attribute a deferred package
  does not have yet -- ``nltk.word_tokenize``, ``nltk.__version__``, ``from nltk import pos_tag``,
  ``dir(nltk)`` -- the real ``nltk/__init__.py`` runs *in that same module object*, then every
  other deferred package's ``__init__.py``, in the order a plain ``import nltk`` would; after that
  they are ordinary modules (``type(nltk) is types.ModuleType``) with exactly the names a plain
  ``import nltk`` gives (tests/test_first_answer.py compares every name);
* until then, each deferred package shows only its module metadata (``__name__``, ``__path__``,
  ``__file__``, ``__spec__``...): any other name, even a submodule already loaded, completes the
  package first, so nobody ever sees a name bound differently from a plain import (``nltk.util``,
  for instance, is ``nltk.stem.util`` after NLTK's star imports, not the module ``nltk.util``).

* ``import nltk.stem`` (any NLTK module not yet loaded), from anyone else, completes them first, as a
  plain import runs ``nltk/__init__.py`` before any of its submodules (a ``sys.meta_path`` finder,
  removed once everything is complete).

When ``nltk`` is already imported (fully or deferred), nothing is deferred: the modules are imported
the ordinary way.  Known differences from a plain import: ``vars(nltk)`` and ``nltk.__doc__`` read
before any other use; and when the first use is ``import nltk.corpus``, ``nltk.corpus`` is that module
rather than NLTK's ``LazyModule`` proxy for it (which replaces itself with the module on first use).

>>> punkt = import_light("nltk.tokenize.punkt")
>>> punkt.__name__
'nltk.tokenize.punkt'
"""
from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
import threading
import types
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["import_light", "light_nltk", "is_deferred", "complete", "CHECKED_NLTK", "checked"]

#: NLTK releases whose word tokenizer and VADER the fast paths (toolkit.fast.tokens, toolkit.fast.vader)
#: were checked against, token for token and float for float (tests/test_fastpath.py); the light
#: import is used only for these.
CHECKED_NLTK = ("3.10.",)


@functools.lru_cache(maxsize=1)
def checked() -> bool:
    """Whether the installed NLTK is one of :data:`CHECKED_NLTK` (read once per process).

    >>> isinstance(checked(), bool)
    True
    """
    import importlib.metadata

    try:
        return importlib.metadata.version("nltk").startswith(CHECKED_NLTK)
    except importlib.metadata.PackageNotFoundError:
        return False

_LOCK = threading.RLock()
_owner: int | None = None  # thread inside light_nltk(), whose submodule look-ups are not completions
_depth = 0
_deferred: list[types.ModuleType] = []  # in creation order: "nltk" first
_running: set[str] = set()  # packages whose __init__.py is executing now


class _DeferredPackage(types.ModuleType):
    """A package module whose ``__init__.py`` runs on the first look-up of a name it lacks."""

    def __getattr__(self, name: str):
        if _owner == threading.get_ident():
            # One of NLTK's own "from nltk import redos" while light_nltk() imports: the submodule.
            full = f"{self.__name__}.{name}"
            if not name.startswith("__") and importlib.util.find_spec(full) is not None:
                return importlib.import_module(full)
        if self.__name__ in _running:  # its __init__.py is running: a partly initialised module
            raise AttributeError(f"partially initialized module {self.__name__!r} has no attribute {name!r}")
        _complete_from(self)
        return getattr(self, name)

    def __dir__(self):
        _complete_from(self)
        return dir(self)


class _CompleteFirst:
    """A ``sys.meta_path`` finder, first in line while a package is deferred: ``import nltk.x`` from
    anyone but :func:`light_nltk` runs ``nltk/__init__.py`` first, as a plain import does (NLTK's
    sub-packages import one another cleanly only in that order)."""

    def find_spec(self, fullname: str, path=None, target=None):
        if not fullname.startswith("nltk.") or _owner == threading.get_ident() or not _deferred:
            return None
        with _LOCK:  # (another thread's completion finishes first)
            if _running:  # an __init__.py of this completion imports it: the ordinary way
                return None
            complete()
        module = sys.modules.get(fullname)
        if module is None:  # not imported by the __init__.py files: the ordinary finders load it
            return None
        return importlib.util.spec_from_loader(fullname, _Imported(module))


class _Imported:
    """Loader of a module that completing the packages imported already: gives it back unchanged."""

    def __init__(self, module: types.ModuleType) -> None:
        self.module, self.spec = module, module.__spec__

    def create_module(self, spec):
        return self.module

    def exec_module(self, module: types.ModuleType) -> None:
        module.__spec__ = self.spec  # the import system set ours on it


_FINDER = _CompleteFirst()


def is_deferred(module: types.ModuleType) -> bool:
    """Whether *module* is a package whose ``__init__.py`` has not run yet.

    >>> import types; is_deferred(types)
    False
    """
    return isinstance(module, _DeferredPackage)


def complete() -> None:
    """Run the ``__init__.py`` of every deferred NLTK package now (``nltk`` first), once.

    >>> complete()
    """
    with _LOCK:
        for module in list(_deferred):
            _run_init(module)
        if not _running:
            _deferred.clear()
            if _FINDER in sys.meta_path:
                sys.meta_path.remove(_FINDER)


def _complete_from(module: types.ModuleType) -> None:
    """Complete *module* (its parents first); when no ``__init__.py`` is running, all the others too."""
    with _LOCK:
        _run_init(module)
        if not _running:  # the outermost completion: the rest, in order
            complete()


def _run_init(module: types.ModuleType) -> None:
    name = module.__name__
    if not isinstance(module, _DeferredPackage) or name in _running:
        return
    parent = sys.modules.get(name.rpartition(".")[0])
    if parent is not None:
        _run_init(parent)  # a package's parent first, as a plain import does
        if not isinstance(module, _DeferredPackage):
            return
    _running.add(name)
    try:
        # The submodules loaded so far become attributes again (a plain import sets each one as it
        # loads it, before the star imports of __init__.py can rebind the name).
        prefix = name + "."
        for full, sub in list(sys.modules.items()):
            if full.startswith(prefix) and "." not in full[len(prefix):]:
                module.__dict__.setdefault(full[len(prefix):], sub)
        module.__spec__.loader.exec_module(module)
        module.__class__ = types.ModuleType
    finally:
        _running.discard(name)


def _defer(name: str) -> None:
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError(f"no package named {name!r}")
    module = importlib.util.module_from_spec(spec)
    module.__class__ = _DeferredPackage
    sys.modules[name] = module
    _deferred.append(module)


@contextmanager
def light_nltk() -> Iterator[None]:
    """While inside, ``import nltk.x.y`` runs ``nltk.x.y`` and its own imports, not the packages'
    ``__init__.py`` (unless ``nltk`` was imported already).  Construct NLTK objects inside it too:
    NLTK code that reaches a sibling module through the package (``nltk.data.load``) completes it
    when run outside.

    >>> with light_nltk():
    ...     from nltk.tokenize.destructive import NLTKWordTokenizer
    >>> NLTKWordTokenizer().tokenize("It's here.")
    ['It', "'s", 'here', '.']
    """
    global _owner, _depth
    with _LOCK:
        fresh = "nltk" not in sys.modules
        if fresh:
            for package in ("nltk", "nltk.tokenize", "nltk.sentiment"):
                _defer(package)
            sys.meta_path.insert(0, _FINDER)
        previous = _owner
        _owner = threading.get_ident()
        _depth += 1
        try:
            yield
        finally:
            _depth -= 1
            _owner = previous
            if _depth == 0:
                # Only module metadata stays visible on a deferred package (see the module doc).
                for module in _deferred:
                    if isinstance(module, _DeferredPackage):
                        for key in [k for k in module.__dict__ if not (k.startswith("__") and k.endswith("__"))]:
                            del module.__dict__[key]


def import_light(name: str) -> types.ModuleType:
    """``importlib.import_module(name)`` inside :func:`light_nltk`."""
    with light_nltk():
        return importlib.import_module(name)
