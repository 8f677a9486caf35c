"""Optional compiled twins of the exact fast paths (everything else is in pyproject.toml).

``toolkit/fast/tokens.py``, ``vader.py``, ``punkt.py`` and ``count.py`` are compiled unchanged with
Cython into ``toolkit.fast._c_tokens`` etc. Each copy records the SHA-1 of the source it was built
from; ``toolkit.fast`` uses a twin only when that matches the current source, so an edited
module is never shadowed by a stale build.  Without Cython or a C compiler the build goes on
and the pure-Python modules are used (the results are the same, only slower).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sys
import warnings
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

HERE = Path(__file__).resolve().parent
COMPILED = ("tokens", "vader", "punkt", "count")
GENERATED = HERE / "build" / "cython_src" / "toolkit" / "fast"


class OptionalBuildExt(build_ext):
    """Build the twins when possible; a failure leaves the pure-Python modules in charge."""

    def finalize_options(self) -> None:
        super().finalize_options()
        if not self.parallel:  # the four twins compile side by side, one per core
            self.parallel = os.cpu_count() or 1

    def run(self) -> None:
        try:
            super().run()
        except Exception as exc:  # noqa: BLE001 - any compiler problem means: no twins
            warnings.warn(f"toolkit: compiled fast paths not built ({exc}); using pure Python")

    def build_extension(self, ext) -> None:
        try:
            super().build_extension(ext)
        except Exception as exc:  # noqa: BLE001
            warnings.warn(f"toolkit: {ext.name} not built ({exc}); using pure Python")


def twin_sources() -> list[tuple[str, str]]:
    """Copy each module to ``build/cython_src/toolkit/fast/_c_<name>.py`` with its source's SHA-1 appended."""
    GENERATED.mkdir(parents=True, exist_ok=True)
    out = []
    for name in COMPILED:
        source = (HERE / "toolkit" / "fast" / f"{name}.py").read_bytes()
        digest = hashlib.sha1(source).hexdigest()
        target = GENERATED / f"_c_{name}.py"
        content = source + f'\n\n_SOURCE_SHA1 = "{digest}"  # of toolkit/fast/{name}.py\n'.encode()
        if not target.is_file() or target.read_bytes() != content:  # an unchanged copy keeps its time stamp,
            target.write_bytes(content)  # so cythonize sees its C file is up to date
        out.append((f"toolkit.fast._c_{name}", str(target.relative_to(HERE))))
    return out


def metadata_only(argv: list[str] | None = None) -> bool:
    """True when setup.py only writes metadata (``egg_info``, ``dist_info``): a PEP 660 build runs this file
    once for that and once more to build, and translating the twins twice cost ~3 s of CPU."""
    commands = set((sys.argv if argv is None else argv)[1:])
    builds = {"build", "build_ext", "bdist_wheel", "editable_wheel", "develop", "install", "sdist"}
    return bool(commands & {"egg_info", "dist_info"}) and not commands & builds


def extensions() -> list:
    if os.environ.get("TOOLKIT_NO_COMPILE"):
        return []
    try:
        from Cython.Build import cythonize
        from setuptools import Extension
    except ImportError:
        warnings.warn("toolkit: Cython not available; using the pure-Python fast paths")
        return []
    try:
        # -g0: no debug symbols (about a third less compile time; the machine code is the same).
        # -O1 instead of Python's -O3: about half the compile CPU (measured 17 s against 32 s of CPU
        # for cythonize + compile of the four twins), with the same speed-ups against NLTK in
        # benchmarks/bench_fastpath.py (the time goes in CPython API calls, not in loops gcc unrolls).
        flags = ["-g0", "-O1"] if os.name == "posix" else []
        exts = [Extension(name, [path], extra_compile_args=flags) for name, path in twin_sources()]
        if metadata_only():
            return exts  # nothing is compiled in this run: no need to translate
        return cythonize(exts, compiler_directives={"language_level": 3, "binding": True}, quiet=True,
                         nthreads=min(len(exts), os.cpu_count() or 1))
    except Exception as exc:  # noqa: BLE001
        shutil.rmtree(GENERATED, ignore_errors=True)
        warnings.warn(f"toolkit: Cython could not translate the fast paths ({exc}); using pure Python")
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
