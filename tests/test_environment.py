"""Set-up stays honest: environment.yml matches pyproject.toml, CI runs the README's test command."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

ROOT_DIR = Path(__file__).resolve().parents[1]


def _names(specs):
    return {re.split(r"[<>=!~\[ ;]", s.strip(), maxsplit=1)[0].lower().replace("_", "-") for s in specs}


def test_environment_yml_matches_pyproject(root):
    project = tomllib.loads((root / "pyproject.toml").read_text())["project"]
    wanted = list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])
    yml = (root / "environment.yml").read_text()
    pip_specs = re.findall(r'^\s+- "([^"]+)"', yml, flags=re.M)
    pip_specs = [s for s in pip_specs if not s.startswith("-e")]
    assert sorted(pip_specs) == sorted(wanted), "environment.yml's pip list must equal pyproject's dependencies + dev extra"
    assert _names(pip_specs) == _names(wanted)
    assert re.search(r"^\s+- python=3\.1\d", yml, flags=re.M)


def test_ci_runs_exactly_the_readme_test_command(root):
    readme = (root / "README.md").read_text()
    ci = [line.strip() for line in (root / ".ci" / "run").read_text().splitlines()
          if line.strip() and not line.startswith("#") and not line.startswith(("set ", "cd "))]
    assert ci == ["make test"]
    assert "make test" in readme and "make lab" in readme


def test_makefile_targets_create_the_venv(root):
    makefile = (root / "Makefile").read_text()
    for target in ("lab:", "test:", "voila:"):
        # the venv is a prerequisite (after check-host for the servers, which refuses before installing)
        assert re.search(rf"^{target} (check-host )?\$\(STAMP\)", makefile, flags=re.M), target
    assert "00_start_here.ipynb" in makefile
    # the tests run with NLTK_DATA set to a new, empty folder (nothing may need nltk_data)
    assert re.search(r"^test: .*\n(\t.*\n)*\t@bash scripts/run_tests.sh ", makefile, flags=re.M)
    assert 'export NLTK_DATA="$(mktemp -d)"' in (root / "scripts" / "run_tests.sh").read_text()


def test_bytecode_list_is_sorted_and_names_installed_modules(root):
    """scripts/bytecode_modules.txt (the modules set-up byte-compiles): sorted relative paths of .py
    files, nearly all of them installed here (a stale list only means more compiling on first import)."""
    import sysconfig

    lines = (root / "scripts" / "bytecode_modules.txt").read_text(encoding="utf-8").splitlines()
    assert lines == sorted(set(lines)) and len(lines) > 1000
    assert all(line.endswith(".py") and not line.startswith("/") and ".." not in line for line in lines)
    site = Path(sysconfig.get_paths()["purelib"])
    assert sum((site / line).is_file() for line in lines) >= 0.9 * len(lines)


def test_bytecode_share_is_written_as_an_import_would(tmp_path, monkeypatch):
    import importlib.util
    import sys as _sys

    _sys.path.insert(0, str(ROOT_DIR / "scripts"))
    try:
        import warm_bytecode
    finally:
        _sys.path.remove(str(ROOT_DIR / "scripts"))
    site, project = tmp_path / "site", tmp_path / "project"
    for rel in ("a/__init__.py", "a/b.py", "c.py"):
        (site / rel).parent.mkdir(parents=True, exist_ok=True)
        (site / rel).write_text(f"X = {rel!r}\n", encoding="utf-8")
    (project / "toolkit").mkdir(parents=True)
    (project / "toolkit" / "m.py").write_text("Y = 1\n", encoding="utf-8")
    listing = tmp_path / "list.txt"
    listing.write_text("a/__init__.py\na/b.py\nc.py\nmissing.py\n", encoding="utf-8")
    monkeypatch.setattr(warm_bytecode, "site_packages", lambda: site)
    monkeypatch.setattr(warm_bytecode, "LIST", listing)
    monkeypatch.setattr(warm_bytecode, "ROOT", project)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1")  # would make py_compile write checked-hash files
    assert warm_bytecode.compile_share(0, 2) + warm_bytecode.compile_share(1, 2) == 4  # 3 listed + 1 own, 1 missing
    for source in (site / "a" / "__init__.py", site / "a" / "b.py", site / "c.py", project / "toolkit" / "m.py"):
        pyc = Path(importlib.util.cache_from_source(str(source)))
        data = pyc.read_bytes()
        assert data[:4] == importlib.util.MAGIC_NUMBER and int.from_bytes(data[4:8], "little") == 0  # timestamp-based
        assert int.from_bytes(data[8:12], "little") == int(source.stat().st_mtime)
