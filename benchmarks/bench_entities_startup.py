"""One-time start-up CPU of entity extraction and quotations in a new process (issue #9).

Each round starts a fresh interpreter that imports toolkit, loads ``seeds/iran_israel_tensions.txt``
and times with ``time.process_time``:

* ``tk.entities(doc)`` then ``tk.quotes(doc)`` -- the notebook path (includes importing pandas);
* ``document_entity_rows`` then ``document_quote_rows`` on a second load of the text in the same
  process (``rows again``) -- what the same work costs once every table and expression is ready.

A second kind of round does the batch path first (``document_entity_rows`` + ``document_quote_rows``,
no pandas: what an ``analyze`` worker pays on its first document).  The gazetteers are read from
the disk cache (``TOOLKIT_CACHE``), warmed by a first unmeasured run.  It prints the best of
``--rounds`` for each figure and the ratio first / again (the one-time overhead as a multiple of
the per-document work).

Run:  .venv/bin/python benchmarks/bench_entities_startup.py [--rounds 5]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"

NOTEBOOK = f"""
import json, time
T = time.process_time
import toolkit as tk
doc = tk.load({str(SEED)!r})
t = T(); tk.entities(doc); e = T() - t
t = T(); tk.quotes(doc); q = T() - t
from toolkit.corpus.entities import document_entity_rows
from toolkit.corpus.quotes import document_quote_rows
again = tk.load({str(SEED)!r})
t = T(); document_entity_rows(again); document_quote_rows(again); a = T() - t
print(json.dumps({{"entities": e, "quotes": q, "again": a}}))
"""

BATCH = f"""
import json, time
T = time.process_time
import toolkit as tk
doc = tk.load({str(SEED)!r})
t = T()
from toolkit.corpus.entities import document_entity_rows
from toolkit.corpus.quotes import document_quote_rows
document_entity_rows(doc); e = T() - t
t = T(); document_quote_rows(doc); q = T() - t
print(json.dumps({{"rows_entities": e, "rows_quotes": q}}))
"""


def run(code: str) -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args(argv)
    run(NOTEBOOK)  # warm the disk cache (and the bytecode)
    best: dict[str, float] = {}
    for _ in range(args.rounds):
        for code in (NOTEBOOK, BATCH):
            for k, v in run(code).items():
                best[k] = min(best.get(k, v), v)
    first = best["entities"] + best["quotes"]
    rows = best["rows_entities"] + best["rows_quotes"]
    print(f"best of {args.rounds} fresh processes, CPU seconds (time.process_time):")
    print(f"  notebook: tk.entities {best['entities']:.3f}  tk.quotes {best['quotes']:.3f}  first total {first:.3f}")
    print(f"  batch:    entity rows {best['rows_entities']:.3f}  quote rows {best['rows_quotes']:.3f}  first total {rows:.3f}")
    print(f"  the same document again, tables ready: {best['again']:.4f}")
    print(f"  ratio first / again: notebook {first / best['again']:.0f}x, batch {rows / best['again']:.0f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
