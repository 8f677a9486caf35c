"""The README's Python examples run as written (a newcomer copies them literally).

Each ```python block runs in one shared namespace, in a folder holding the files the examples
name (``seeds/`` of this project, ``articles/`` with sub-folders, ``my_article.txt``...).  The
block that connects to a remote Dask scheduler is only compiled.  ``analyze`` runs as the README
shows it.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

ROOT = Path(__file__).resolve().parents[1]
BLOCK = re.compile(r"```(\w+)\n(.*?)```", re.S)


def blocks(language: str) -> list[str]:
    return [code for lang, code in BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")) if lang == language]


def make_workspace(tmp_path: Path) -> Path:
    (tmp_path / "seeds").symlink_to(ROOT / "seeds")
    seed = (ROOT / "seeds" / "iran_israel_tensions.txt").read_text(encoding="utf-8")
    (tmp_path / "my_article.txt").write_text(seed, encoding="utf-8")
    (tmp_path / "huge.txt").write_text("Markets rallied on Friday. Traders cheered.\n\n" * 2000, encoding="utf-8")
    texts = {
        "politics": ["Mr Blair said the election would be close. Voters were unsure.",
                     "Blair and Brown campaigned in London. The polls narrowed again."],
        "business": ["Shares rose sharply on Friday. Investors welcomed the strong results.",
                     "The bank cut interest rates. Markets rallied and the pound fell."],
    }
    for folder in ("articles", "my_folder"):
        for group, items in texts.items():
            (tmp_path / folder / group).mkdir(parents=True)
            for i, text in enumerate(items):
                (tmp_path / folder / group / f"{group}_{i}.txt").write_text(text, encoding="utf-8")
    return tmp_path


def test_every_python_example_runs(tmp_path, monkeypatch):
    import toolkit as tk

    work = make_workspace(tmp_path)
    monkeypatch.chdir(work)
    code_blocks = blocks("python")
    assert len(code_blocks) >= 5
    namespace: dict = {"other_doc": tk.load("Iran and Israel traded warnings again on Tuesday.")}
    import matplotlib.pyplot as plt

    namespace["my_ax"] = plt.subplots()[1]
    ran = 0
    for code in code_blocks:
        if 'Client("tcp://' in code or 'Client("tls://' in code:
            compile(code, "README.md", "exec")  # needs a real cluster: check it parses
            continue
        exec(compile(code, "README.md", "exec"), namespace)  # noqa: S102 - the README's own examples
        ran += 1
    plt.close("all")
    assert ran >= 4
    assert namespace["doc"].text.startswith("Officials") and len(namespace["corpus"]) == 4
    assert namespace["corpus"].groups == ["business", "politics"]


def test_the_command_line_example_runs(tmp_path):
    work = make_workspace(tmp_path)
    lines = [line for code in blocks("bash") for line in code.splitlines() if "analyze articles/" in line]
    assert lines, "the README shows analyze on a folder"
    command = lines[0].split("#")[0].split()
    assert command[0] == ".venv/bin/analyze"
    exe = Path(sys.executable).with_name("analyze")
    result = subprocess.run([str(exe), *command[1:], "--no-progress"], cwd=work, capture_output=True, text=True,
                            env={**os.environ, "PYTHONWARNINGS": "ignore"})
    assert result.returncode == 0, result.stderr
    documents = (work / "results" / "documents.csv").read_text(encoding="utf-8").splitlines()
    assert documents[0].startswith("id,") and len(documents) == 1 + 4  # header, 4 documents (plain CSV)
    assert (work / "results" / "report.html").stat().st_size > 10_000
