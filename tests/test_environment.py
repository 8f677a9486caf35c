"""Set-up stays honest: environment.yml matches pyproject.toml, CI runs the README's test command."""
from __future__ import annotations

import re
import tomllib



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
