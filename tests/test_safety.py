"""Nothing read is ever unpickled, evaluated or executed: the package's source is checked by its syntax tree.

(NLTK's pickled Punkt model ran code on load, CVE-2024-39705; the toolkit reads Punkt parameters
from a plain-text file instead.)
"""
from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "toolkit"
UNSAFE_MODULES = {"pickle", "cPickle", "dill", "joblib", "shelve", "marshal", "cloudpickle"}
UNSAFE_CALLS = {"eval", "exec", "compile", "__import__"}
UNSAFE_ATTRIBUTES = {("yaml", "load"), ("yaml", "unsafe_load"), ("pd", "read_pickle"), ("pandas", "read_pickle"),
                     ("np", "load"), ("numpy", "load"), ("torch", "load")}


def findings(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    out = []
    for node in ast.walk(tree):
        where = f"{path.name}:{getattr(node, 'lineno', '?')}"
        if isinstance(node, ast.Import):
            out += [f"{where} imports {a.name}" for a in node.names if a.name.split(".")[0] in UNSAFE_MODULES]
        elif isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in UNSAFE_MODULES:
            out.append(f"{where} imports from {node.module}")
        elif isinstance(node, ast.Call):
            f = node.func
            if isinstance(f, ast.Name) and f.id in UNSAFE_CALLS:
                out.append(f"{where} calls {f.id}()")
            if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and (f.value.id, f.attr) in UNSAFE_ATTRIBUTES:
                out.append(f"{where} calls {f.value.id}.{f.attr}()")
            if isinstance(f, ast.Attribute) and f.attr in {"read_pickle", "to_pickle"}:
                out.append(f"{where} calls .{f.attr}()")
    return out


def test_no_unpickling_eval_or_exec_in_the_package():
    files = sorted(PACKAGE.rglob("*.py"))
    assert len(files) > 20
    problems = [f for path in files for f in findings(path)]
    assert problems == []


def test_the_checker_finds_what_it_looks_for(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("import pickle\nfrom joblib import load\nx = eval('1')\nimport yaml\nyaml.load('a')\n"
                   "import pandas as pd\npd.read_pickle('f')\n", encoding="utf-8")
    assert [f.split(" ", 1)[1] for f in findings(bad)] == [
        "imports pickle", "imports from joblib", "calls eval()", "calls yaml.load()", "calls pd.read_pickle()",
        "calls .read_pickle()"]


def test_punkt_parameters_are_plain_text():
    data = PACKAGE / "data"
    assert "abbreviations" in (data / "punkt_en.txt").read_text(encoding="utf-8")
    assert not any(p.suffix in {".pickle", ".pkl", ".joblib"} for p in data.iterdir())
    for path in data.iterdir():
        path.read_bytes().decode("utf-8")  # every packaged resource is UTF-8 text
