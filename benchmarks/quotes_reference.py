"""Dump (or check) the quotation, source and hedge output on many texts, to prove a change keeps it.

For every text -- the same list as ``entities_reference.py``: the news sample's articles
(``../shared/data/news_sample`` or ``$NEWS_SAMPLE``), the seeds and the test data texts -- it writes one
JSON line with ``tk.quotes``, ``tk.sources`` (every column, and ``attrs["hedges"]``) and ``tk.hedges``
(every column), and the same quotations and sources again with the entity mentions turned off
(``USE_ENTITIES = False``: the quotes package's own capitalised-name fallback, as ``eval_quotes.py
--fallback``), on a fresh Document. The dump is written OUTSIDE the repository (it derives from the BBC
text, which is never committed):

    .venv/bin/python benchmarks/quotes_reference.py --write /tmp/quotes_ref.jsonl   # before a change
    .venv/bin/python benchmarks/quotes_reference.py --check /tmp/quotes_ref.jsonl   # after it

It runs with ``PYTHONHASHSEED=0`` (re-executing itself if needed), as ``entities_reference.py`` does:
the entity output under the speakers can depend on set order.

``--reverse`` runs the texts in the opposite order (the process-wide caches then fill in another order:
the output must not change). ``--check`` prints the first differences and exits 1.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))
from entities_reference import run  # noqa: E402  (the shared --write/--check command line)

FIELDS = ("quotes", "sources", "source_hedges", "hedges", "fallback_quotes", "fallback_sources", "dtypes")


def record(path: Path) -> dict:
    import toolkit as tk

    doc = tk.load(path)
    q = tk.quotes(doc)
    s = tk.sources(doc)
    h = tk.hedges(doc)
    switch = importlib.import_module("toolkit.analysis.quotes.people")  # the stage that reads the entity mentions
    switch.USE_ENTITIES = False
    try:
        plain = tk.load(path)  # (a fresh Document: the quotation pieces are cached per Document)
        fq, fs = tk.quotes(plain), tk.sources(plain)
    finally:
        switch.USE_ENTITIES = True
    return {
        "name": str(path.relative_to(path.parents[1])),
        "quotes": q.values.tolist(),
        "sources": s.values.tolist(),
        "source_hedges": s.attrs.get("hedges"),
        "hedges": h.values.tolist(),
        "fallback_quotes": fq.values.tolist(),
        "fallback_sources": fs.values.tolist(),
        "dtypes": [[str(t) for t in q.dtypes], [str(t) for t in s.dtypes], [str(t) for t in h.dtypes],
                   list(q.columns), list(s.columns), list(h.columns), list(fq.columns), list(fs.columns)],
    }


def main(argv: list[str] | None = None) -> int:
    return run(record, FIELDS, script=__file__, argv=argv, count="quotes")


if __name__ == "__main__":
    raise SystemExit(main())
