"""Would compiling the entity and quotation rules with Cython pay? A trial, not a build step.

It copies ``toolkit/`` into a temporary folder, compiles the modules of the ``toolkit/analysis/entities/``
package (all but its ``__init__.py``) and those of the ``toolkit/analysis/quotes/`` package likewise there
UNCHANGED with Cython (pure-Python mode, as ``setup.py`` compiles the fast twins: ``language_level=3``,
``binding=True``, plus ``annotation_typing=False``, without which Cython turns annotations such as
``dict[str, list[str]]`` into exact-type checks and a ``defaultdict`` fails), with the compiler flags of
``setup.py`` (``-g0 -O1``; ``--opt=-O0`` for the other choice), and puts each
extension module beside its source in the copy (an extension module wins over a ``.py`` of the same name).
Then, for the repository (pure Python) and the compiled copy:

* the build's CPU seconds (cythonize, then gcc per module);
* ``benchmarks/entities_reference.py --check`` of the compiled copy against a dump of the repository
  (every mention, count and entity table of 329 texts: output identical?) and the same for
  ``tk.quotes`` and the corpus rows (``document_entity_rows``, ``document_quote_rows``);
* ``bench_entities.py --instructions N`` (valgrind: instructions per article of the corpus path);
* ``bench_entities.py --step people``, ``--rounds`` times each, interleaved (CPU ms per article).

Needs Cython importable (``pip install --target /tmp/cy Cython`` and ``--cython-path /tmp/cy``; the
project's own venv only has it in the isolated build environment), gcc and, for the instruction
counts, valgrind.

Run:  .venv/bin/python benchmarks/cython_people_trial.py --cython-path /tmp/cy [--instructions 60] [--rounds 5]
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODULES = ("entities", "quotes")
SAMPLE = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))

ROWS_DUMP = r'''
import json, sys, warnings
warnings.simplefilter("ignore")
sys.path.insert(0, sys.argv[1] + "/benchmarks")
from entities_reference import texts
import toolkit as tk
from toolkit.corpus.entities import document_entity_rows
from toolkit.corpus.quotes import document_quote_rows
out = []
for p in texts():
    q = tk.quotes(tk.load(p))
    d = tk.load(p)
    out.append([str(p.name), q.values.tolist(), list(q.columns), document_entity_rows(d), document_quote_rows(d)])
print(json.dumps(out, ensure_ascii=False, default=str))
'''


def cpu_of(cmd: list[str], **kw) -> tuple[float, subprocess.CompletedProcess]:
    before = os.times()
    run = subprocess.run(cmd, capture_output=True, text=True, **kw)
    after = os.times()
    return (after.children_user - before.children_user) + (after.children_system - before.children_system), run


def sources(tree: Path) -> list[tuple[str, Path]]:
    """(dotted name under toolkit.analysis, source file) of each module to compile: a module of MODULES, or
    each module of a package of that name but its ``__init__.py`` (which only imports the public names)."""
    out = []
    for name in MODULES:
        folder = tree / "toolkit" / "analysis" / name
        if folder.is_dir():
            out += [(f"{name}.{src.stem}", src) for src in sorted(folder.glob("*.py")) if src.name != "__init__.py"]
        else:
            out.append((name, folder.with_suffix(".py")))
    return out


def build(copy: Path, cython_path: str, opt: str) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([cython_path, str(copy)])}
    include = sysconfig.get_paths()["include"]
    suffix = sysconfig.get_config_var("EXT_SUFFIX")
    seconds = {}
    for name, src in sources(copy):
        code = ("from Cython.Build import cythonize; from setuptools import Extension; "
                f"cythonize([Extension('toolkit.analysis.{name}', [{str(src)!r}])], quiet=True, force=True, "
                "compiler_directives={'language_level': 3, 'binding': True, 'annotation_typing': False})")
        t, run = cpu_of([sys.executable, "-c", code], env=env)
        if run.returncode:
            raise SystemExit(f"cythonize {name} failed:\n{run.stderr[-2000:]}")
        seconds[f"cythonize {name}"] = t
        t, run = cpu_of(["gcc", "-shared", "-fPIC", "-g0", opt, f"-I{include}", str(src.with_suffix(".c")),
                         "-o", str(src.with_name(src.stem + suffix))])
        if run.returncode:
            raise SystemExit(f"gcc {name} failed:\n{run.stderr[-2000:]}")
        seconds[f"gcc {opt} {name}"] = t
    return seconds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--cython-path", default="", help="a folder where Cython is importable from")
    ap.add_argument("--opt", default="-O1", help="gcc optimisation (setup.py uses -O1)")
    ap.add_argument("--instructions", type=int, default=60, metavar="N", help="0: skip the valgrind counts")
    ap.add_argument("--rounds", type=int, default=5, help="interleaved CPU runs of each tree")
    args = ap.parse_args(argv)
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "tree"
        for part in ("toolkit", "benchmarks", "seeds", "tests"):
            shutil.copytree(ROOT / part, copy / part, ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        seconds = build(copy, args.cython_path, args.opt)
        total = sum(seconds.values())
        print("build CPU seconds: " + ", ".join(f"{k} {v:.1f}" for k, v in seconds.items()) + f"; total {total:.1f}")
        trees = {"pure Python": ROOT, "Cython": copy}
        envs = {k: {**os.environ, "PYTHONPATH": str(v), "NEWS_SAMPLE": str(SAMPLE), "PYTHONHASHSEED": "0"}
                for k, v in trees.items()}
        check = Path(tmp) / "ref.jsonl"
        subprocess.run([py, str(ROOT / "benchmarks" / "entities_reference.py"), "--write", str(check)],
                       env=envs["pure Python"], check=True, capture_output=True)
        run = subprocess.run([py, str(copy / "benchmarks" / "entities_reference.py"), "--check", str(check)],
                             env=envs["Cython"], capture_output=True, text=True)
        print("entities_reference --check (Cython against pure Python): " + run.stdout.strip().splitlines()[0])
        rows = {k: subprocess.run([py, "-c", ROWS_DUMP, str(v)], env=envs[k], capture_output=True, text=True,
                                  check=True).stdout for k, v in trees.items()}
        print(f"tk.quotes and corpus rows of the same texts identical: {rows['pure Python'] == rows['Cython']}")
        if args.instructions:
            for k, v in trees.items():
                out = subprocess.run([py, str(v / "benchmarks" / "bench_entities.py"), "--instructions",
                                      str(args.instructions)], env=envs[k], capture_output=True, text=True).stdout
                print(f"{k:12} {out.strip()}")
        cpu: dict[str, list[tuple[float, float]]] = {k: [] for k in trees}
        for _ in range(args.rounds):
            for k, v in trees.items():
                out = subprocess.run([py, str(v / "benchmarks" / "bench_entities.py"), "--step", "people"],
                                     env=envs[k], capture_output=True, text=True, check=True).stdout
                r = json.loads(out.strip().splitlines()[-1])
                cpu[k].append((sum(r["cpu"]) / r["n"] * 1e3, sum(r["qcpu"]) / r["n"] * 1e3))
        for k, runs in cpu.items():
            ent = sorted(e for e, _ in runs)
            quo = sorted(q for _, q in runs)
            print(f"{k:12} CPU ms/article over {len(runs)} runs (median, best): entity rows {ent[len(ent) // 2]:.2f}, "
                  f"{ent[0]:.2f}; quote rows {quo[len(quo) // 2]:.2f}, {quo[0]:.2f}")
    return 0


if __name__ == "__main__":
    start = time.perf_counter()
    code = main()
    print(f"({time.perf_counter() - start:.0f} s)")
    raise SystemExit(code)
