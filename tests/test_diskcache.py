"""Built resources kept on disk: read back equal, rebuilt when their source or packages change,
and never an error when the folder is missing, read-only or holds a damaged file."""
from __future__ import annotations

import json
import os

import pytest

from toolkit.text import diskcache
from toolkit.text.diskcache import cache_folder, stored


def counted(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_built_once_then_read_back_equal(tmp_path):
    build, calls = counted({"Paris": "France", "n": [1, 2]})
    first = stored("t", build, folder=tmp_path)
    again = stored("t", build, folder=tmp_path)
    assert first == again == {"Paris": "France", "n": [1, 2]}
    assert len(calls) == 1
    assert sorted(p.suffix for p in tmp_path.iterdir()) == [".json", ".lock"]  # and the empty lock file
    assert [p.stat().st_size for p in tmp_path.glob(".*.lock")] == [0]


def test_a_changed_source_or_package_version_builds_afresh(tmp_path, monkeypatch):
    source = tmp_path / "builder.py"
    source.write_text("A = 1\n", encoding="utf-8")
    build, calls = counted([1])
    stored("t", build, sources=[source], packages=["nltk"], folder=tmp_path / "c")
    stored("t", build, sources=[source], packages=["nltk"], folder=tmp_path / "c")
    assert len(calls) == 1
    source.write_text("A = 2\n", encoding="utf-8")
    stored("t", build, sources=[source], packages=["nltk"], folder=tmp_path / "c")
    assert len(calls) == 2
    monkeypatch.setattr("toolkit.text.resources.package_version", lambda name: "99.0")
    stored("t", build, sources=[source], packages=["nltk"], folder=tmp_path / "c")
    assert len(calls) == 3


def test_a_damaged_file_is_rebuilt_and_replaced(tmp_path):
    build, calls = counted(["x"])
    stored("t", build, folder=tmp_path)
    (path,) = tmp_path.glob("*.json")
    path.write_text('["x", ', encoding="utf-8")  # cut short
    assert stored("t", build, folder=tmp_path) == ["x"]
    assert len(calls) == 2
    assert json.loads(path.read_text(encoding="utf-8")) == ["x"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_folder_still_gives_the_value(tmp_path):
    tmp_path.chmod(0o500)
    try:
        build, calls = counted([3])
        assert stored("t", build, folder=tmp_path / "sub") == [3]
        assert stored("t", build, folder=tmp_path / "sub") == [3]
        assert len(calls) == 2
    finally:
        tmp_path.chmod(0o700)


def test_a_folder_that_is_a_file_still_gives_the_value(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    build, calls = counted([4])
    assert stored("t", build, folder=blocker) == [4]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_the_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path / "mine"))
    assert cache_folder() == tmp_path / "mine"
    monkeypatch.setenv("TOOLKIT_CACHE", "off")
    assert cache_folder() is None
    build, calls = counted([5])
    stored("t", build)
    stored("t", build)
    assert len(calls) == 2  # off: built every time, nothing written
    monkeypatch.delenv("TOOLKIT_CACHE")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_folder() == tmp_path / "xdg" / "analyst-toolkit"


def test_entity_gazetteers_read_from_the_cache_equal_the_built_ones(monkeypatch, tmp_path):
    from toolkit.analysis.entities import gazetteers, geography

    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path))
    geography._places.cache_clear()
    gazetteers._first_names.cache_clear()
    try:
        built = geography._build_places()
        names = gazetteers._build_first_names()
        assert geography._places() == built  # built and written
        assert len(list(tmp_path.glob("entity-places-*.json"))) == 1
        geography._places.cache_clear()
        assert geography._places() == built  # read back
        assert gazetteers._first_names() == names and "Joe" in names
        assert built[0]["Tehran"] == "Iran" and "Europe" in built[1]
    finally:
        geography._places.cache_clear()
        gazetteers._first_names.cache_clear()


def test_the_kept_zipf_table_reads_as_wordfreq_at_and_above_its_floor(monkeypatch, tmp_path):
    import math

    from wordfreq import get_frequency_dict

    from toolkit.analysis.entities import gazetteers

    monkeypatch.setenv("TOOLKIT_CACHE", str(tmp_path))
    gazetteers._wordfreq.cache_clear()
    try:
        zipf = gazetteers._wordfreq()
        freqs = get_frequency_dict("en")
        for word in ("the", "iran", "geneva", "hezbollah", "manchester", "reading", "blinken", "zzzqx"):
            f = freqs.get(word, 0.0)
            z = round(math.log10(f) + 9, 2) if f > 0 else 0.0
            assert zipf(word) == (z if z >= gazetteers._ZIPF_FLOOR else 0.0), word
        assert zipf("the") > 7 and zipf("zzzqx") == 0.0
        assert 20_000 < len(gazetteers._common_zipf()) < 60_000
    finally:
        gazetteers._wordfreq.cache_clear()


def test_processes_started_together_build_a_value_once(tmp_path):
    """Three processes ask for the same missing value at once: one builds it (slowly), the others wait
    for its file and read it."""
    import subprocess
    import sys
    import textwrap

    log = tmp_path / "builds.log"
    script = textwrap.dedent(f"""
        import time
        from toolkit.text.diskcache import stored
        def build():
            with open({str(log)!r}, "a") as fh:
                fh.write("built\\n")
            time.sleep(1.0)
            return {{"answer": 42}}
        print(stored("lock-test", build, folder={str(tmp_path / "cache")!r})["answer"])
    """)
    procs = [subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=60)[0].strip() for p in procs]
    assert outs == ["42", "42", "42"]
    assert log.read_text().splitlines() == ["built"]
    assert len(list((tmp_path / "cache").glob("lock-test-*.json"))) == 1
