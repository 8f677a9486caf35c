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
