"""The first answer in a new process against ``import nltk`` alone, each a whole fresh interpreter.

Times, in fresh interpreters, interleaved round by round (so a busy machine slows both alike):

* ``import nltk`` -- NLTK alone (its ``__init__`` loads SciPy and scikit-learn);
* the first answer -- ``import toolkit as tk; tk.sentence_sentiment(tk.load(seed))`` on
  ``seeds/iran_israel_tensions.txt``;
* ``pass`` -- the bare interpreter start, for reference.

It prints the median wall time and median user+sys CPU time of each, the ratio first answer /
``import nltk`` (below 1 means the whole answer is faster than importing NLTK), the median of the
per-round ratios, and how many modules each process loaded, with SciPy, scikit-learn and NLTK's
package ``__init__`` named when present.

Run:  .venv/bin/python benchmarks/bench_first_answer.py [--rounds 7]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"
REPORT = ("import json, sys; print(json.dumps({'modules': len(sys.modules), "
          "'scipy': 'scipy' in sys.modules, 'sklearn': 'sklearn' in sys.modules, "
          "'pandas': 'pandas' in sys.modules, "
          "'nltk_init_ran': type(sys.modules['nltk']).__name__ == 'module' if 'nltk' in sys.modules else False}))")
PROGRAMS = {
    "import nltk": "import nltk\n" + REPORT,
    "first answer": f"import toolkit as tk\ntk.sentence_sentiment(tk.load({str(SEED)!r}))\n" + REPORT,
    "bare interpreter": "pass\n" + REPORT,
}


def child_env() -> dict:
    return {**os.environ, "PYTHONPATH": os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}


def run(code: str) -> tuple[float, float, dict]:
    """``(wall s, user+sys CPU s, what it loaded)`` of one fresh interpreter running *code*."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=child_env())
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out.returncode:
        raise RuntimeError(out.stderr)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime), json.loads(out.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    print(f"machine: {os.cpu_count()} CPUs, Python {sys.version.split()[0]}, "
          f"load average {' '.join(f'{x:.1f}' for x in os.getloadavg())}")
    names = list(PROGRAMS)
    runs: dict[str, list] = {n: [] for n in names}
    for r in range(args.rounds):
        for name in names[r % 2:] + names[: r % 2]:  # alternate which goes first
            runs[name].append(run(PROGRAMS[name]))
    med = {n: (statistics.median(w for w, _, _ in runs[n]), statistics.median(c for _, c, _ in runs[n])) for n in names}
    print(f"\nfresh interpreters, median of {args.rounds} interleaved runs each")
    print(f"{'':18s}{'wall s':>8s}{'min-max':>15s}{'CPU s':>8s}{'modules':>9s}  loaded")
    for n in names:
        walls = [w for w, _, _ in runs[n]]
        info = runs[n][0][2]
        heavy = [k for k in ("scipy", "sklearn", "pandas") if info[k]] + (["nltk/__init__"] if info["nltk_init_ran"] else [])
        print(f"{n:18s}{med[n][0]:8.3f}{min(walls):7.3f}-{max(walls):<7.3f}{med[n][1]:8.3f}{info['modules']:9d}  "
              f"{', '.join(heavy) or '-'}")
    per_round = statistics.median(a / b for (a, _, _), (b, _, _) in zip(runs["first answer"], runs["import nltk"]))
    print(f"\nfirst answer / import nltk: {med['first answer'][0] / med['import nltk'][0]:.2f} wall "
          f"(median of per-round ratios {per_round:.2f}), {med['first answer'][1] / med['import nltk'][1]:.2f} CPU "
          f"(below 1: the whole first answer takes less than importing NLTK)")


if __name__ == "__main__":
    main()
