from __future__ import annotations

from pathlib import Path

import pytest

import toolkit as tk

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"
NEWS = SHARED / "data" / "news_sample"
VADER_SAMPLE = ROOT / "tests" / "data" / "vader_sample"


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
