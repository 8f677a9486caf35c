from __future__ import annotations

import gc
import os
import shutil
import tempfile
from pathlib import Path

import pytest

import toolkit as tk

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"
NEWS = SHARED / "data" / "news_sample"
VADER_SAMPLE = ROOT / "tests" / "data" / "vader_sample"


def pytest_configure(config):
    """One cache folder for built gazetteers (toolkit.text.diskcache) for the whole run: every
    worker, kernel and subprocess the tests start shares it; it is new for each run (so no test
    reads a cache left by another run) and removed at the end.  A TOOLKIT_CACHE already set wins."""
    if not hasattr(config, "workerinput") and "TOOLKIT_CACHE" not in os.environ:
        config._toolkit_cache = os.environ["TOOLKIT_CACHE"] = tempfile.mkdtemp(prefix="toolkit-cache-")


def pytest_unconfigure(config):
    folder = getattr(config, "_toolkit_cache", None)
    if folder:
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    return SHARED


@pytest.fixture(scope="session")
def seed_path() -> Path:
    return SEED


@pytest.fixture(scope="session")
def seed_doc():
    return tk.load(SEED)


@pytest.fixture(scope="session")
def news_dir() -> Path:
    if not NEWS.is_dir():
        pytest.skip(f"the BBC news sample is not present at {NEWS}")
    return NEWS


# The files that take longest (CPU seconds per run, measured with a per-test CPU plugin), started first
# so that pytest-xdist's workers finish together: `make test` (scripts/run_tests.sh) runs with --dist
# loadfile and --no-loadscope-reorder, which hands out whole files in the order collected here (xdist's
# default order, by number of tests, started the long files last).  `make test` runs test_browser.py in
# a process of its own beside the workers; it stays first here for a plain `pytest -n 2`.  A hint only.
LONGEST_FIRST = ("test_browser.py", "test_notebooks.py", "test_cli.py", "test_hardening2.py",
                 "test_corpus_widget.py", "test_fastpath.py", "test_first_answer.py", "test_legible.py",
                 "test_widgets.py", "test_hardening.py", "test_readme.py", "test_clean.py",
                 "test_batch_identity.py", "test_stream.py")


def pytest_collection_modifyitems(session, config, items):
    rank = {name: i for i, name in enumerate(LONGEST_FIRST)}
    items.sort(key=lambda item: rank.get(item.path.name, len(rank)))  # stable: the rest keep their order


def pytest_collection_finish(session):
    """Once the tests are collected (every toolkit module imported, with its tables), move what exists
    out of the garbage collector's sight (gc.freeze) and let it run less often (first threshold 10,000
    allocations instead of 700): in the widget, plot, CLI and fast-path files the collector then took
    1.4-2.4 s of CPU instead of 4.1-6.0 s, with the same peak memory (594 and 602 MB).  Only the
    automatic collections change; tests that call gc.collect() get a full one."""
    gc.freeze()
    gc.set_threshold(10_000, 50, 50)
