"""The eval scripts' --split choices: every devset/synth_* folder on disk is a split (no extractor is run here)."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "benchmarks" / "devset"
SYNTH = sorted(d.name for d in DEVSET.glob("synth_*") if d.is_dir())


def _load(name: str):
    spec = importlib.util.spec_from_file_location(f"_bench_{name}", ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("script", ["eval_entities", "eval_quotes"])
def test_help_lists_every_synth_folder(script, capsys):
    assert {"synth_a", "synth_b", "synth_c"} <= set(SYNTH)
    with pytest.raises(SystemExit) as stop:
        _load(script).main(["--help"])
    assert stop.value.code == 0
    usage = capsys.readouterr().out
    choices = usage[usage.index("--split {") + len("--split {"):].split("}", 1)[0].split(",")
    assert [c for c in choices if c.startswith("synth_")] == SYNTH


@pytest.mark.parametrize("script", ["eval_entities", "eval_quotes"])
def test_unknown_synth_split_is_refused(script, capsys):
    with pytest.raises(SystemExit) as stop:
        _load(script).main(["--split", "synth_zz_not_a_folder"])
    assert stop.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


LEE = sorted(d.name for d in DEVSET.glob("lee_*") if d.is_dir())


@pytest.mark.parametrize("script", ["eval_entities", "eval_quotes"])
def test_help_lists_every_lee_folder(script, capsys):
    with pytest.raises(SystemExit):
        _load(script).main(["--help"])
    usage = capsys.readouterr().out
    choices = usage[usage.index("--split {") + len("--split {"):].split("}", 1)[0].split(",")
    assert [c for c in choices if c.startswith("lee_")] == LEE


def test_lee_article_is_its_line_checked_by_hash(tmp_path, monkeypatch):
    import hashlib

    corpus = tmp_path / "lee_background.cor"
    corpus.write_text("First story here.\nSecond story, \"quoted\" words.\nThird", encoding="utf-8")
    monkeypatch.setenv("LEE_CORPUS", str(corpus))
    lee = _load("lee_corpus")
    assert lee.corpus_path() == corpus
    second = 'Second story, "quoted" words.'
    assert lee.article("lee_001.txt") == second
    assert lee.article("lee_002.txt", sha256=hashlib.sha256(b"Third").hexdigest()) == "Third"
    with pytest.raises(ValueError, match="lee_000.txt.*sha256"):
        lee.article("lee_000.txt", sha256=hashlib.sha256(second.encode()).hexdigest())


def test_lee_corpus_missing_says_how_to_fetch(tmp_path, monkeypatch):
    monkeypatch.setenv("LEE_CORPUS", str(tmp_path / "absent.cor"))
    lee = _load("lee_corpus")
    assert lee.corpus_path() is None
    with pytest.raises(FileNotFoundError, match="lee_corpus.py --fetch"):
        lee.article("lee_000.txt")
