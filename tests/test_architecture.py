"""The package's layers (docs/architecture.md): each imports only the layers above it, with no cycle.

Every ``import`` is counted, including those inside functions (the lazy ones) and under
``TYPE_CHECKING``, so a layer cannot reach down even where the import is deferred.
"""
from __future__ import annotations

import ast
import functools
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "toolkit"
LAYERS = {"fast": 1, "text": 2, "analysis": 3, "corpus": 4, "plots": 5, "widgets": 6, "cli": 7, "__main__": 7}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(path) for path in PACKAGE.rglob("*.py")}


def imports_of(path: Path) -> set[str]:
    """The toolkit modules *path* imports (absolute dotted names)."""
    name = module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("toolkit"):  # "from . import data" imports the submodule, not the package
                for alias in node.names:
                    sub = f"{target}.{alias.name}"
                    found.add(sub if sub in MODULES else target)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name.startswith("toolkit"))
    return found


def layer_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


SOURCES = {module_name(path): path for path in sorted(PACKAGE.rglob("*.py")) if not path.name.startswith("_c_")}


@functools.cache
def edges() -> dict[str, set[str]]:
    """Module -> the toolkit modules it imports: parsed when a test first asks (not at collection, where
    every pytest-xdist worker would parse the whole package)."""
    return {module: imports_of(path) for module, path in SOURCES.items()}


def test_every_module_belongs_to_a_layer() -> None:
    loose = sorted(m for m in SOURCES if m != "toolkit" and layer_of(m) is None)
    assert loose == [], f"modules outside the layers of docs/architecture.md: {loose}"


@pytest.mark.parametrize("module", sorted(m for m in SOURCES if layer_of(m)))
def test_no_module_imports_a_lower_layer(module: str) -> None:
    own = LAYERS[layer_of(module)]
    upward = sorted(t for t in edges()[module] if layer_of(t) and LAYERS[layer_of(t)] > own)
    assert upward == [], f"{module} (layer {own}) imports from a lower layer: {upward}"


def test_fast_depends_on_nothing_of_ours() -> None:
    for module, targets in edges().items():
        if layer_of(module) == "fast":
            assert {layer_of(t) for t in targets} <= {"fast", None}, (module, targets)


def test_no_import_cycle_between_modules() -> None:
    graph = {m: {t for t in targets if t in SOURCES and t != m} for m, targets in edges().items()}
    state: dict[str, int] = {}

    def visit(node: str, path: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                pytest.fail("import cycle: " + " -> ".join(path[path.index(nxt):] + [nxt]))
            if nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for start in graph:
        if start not in state:
            visit(start, [start])
