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

import argparse
import hashlib
import importlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

FIELDS = ("quotes", "sources", "source_hedges", "hedges", "fallback_quotes", "fallback_sources", "dtypes")


def _switch():
    """The module whose ``USE_ENTITIES`` turns the entity mentions off (the stage that reads them)."""
    for name in ("toolkit.analysis.quotes.people", "toolkit.analysis.quotes"):
        try:
            module = importlib.import_module(name)
        except ImportError:
            continue
        if hasattr(module, "USE_ENTITIES"):
            return module
    raise SystemExit("no USE_ENTITIES switch found in toolkit.analysis.quotes")


def record(path: Path) -> dict:
    import toolkit as tk

    doc = tk.load(path)
    q = tk.quotes(doc)
    s = tk.sources(doc)
    h = tk.hedges(doc)
    switch = _switch()
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
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    ap.add_argument("--reverse", action="store_true")
    args = ap.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":
        import subprocess

        env = {**os.environ, "PYTHONHASHSEED": "0"}
        return subprocess.call([sys.executable, __file__, *(sys.argv[1:] if argv is None else argv)], env=env)
    import warnings

    from entities_reference import texts

    warnings.simplefilter("ignore")
    paths = texts()
    if args.reverse:
        paths = paths[::-1]
    lines = {}
    for p in paths:
        r = record(p)
        lines[r["name"]] = json.dumps(r, ensure_ascii=False, default=str)
    body = "".join(lines[k] + "\n" for k in sorted(lines))
    digest = hashlib.sha256(body.encode()).hexdigest()
    quoted = sum(len(json.loads(v)["quotes"]) for v in lines.values())
    if args.write:
        args.write.write_text(body, encoding="utf-8")
        print(f"{len(lines)} texts, {quoted} quotations, sha256 {digest} -> {args.write}")
        return 0
    ref = {json.loads(l)["name"]: l for l in args.check.read_text(encoding="utf-8").splitlines()}
    bad = [k for k in sorted(set(ref) | set(lines)) if ref.get(k) != lines.get(k)]
    print(f"{len(lines)} texts, {quoted} quotations, sha256 {digest}; {len(bad)} differ from {args.check}")
    for k in bad[:5]:
        a = json.loads(ref[k]) if k in ref else {}
        b = json.loads(lines[k]) if k in lines else {}
        for field in FIELDS:
            ra, rb = a.get(field, []), b.get(field, [])
            if ra == rb:
                continue
            if isinstance(ra, list) and isinstance(rb, list):
                only_a = [r for r in ra if r not in rb][:4]
                only_b = [r for r in rb if r not in ra][:4]
                print(f"  {k} {field}: reference only {only_a} / now only {only_b}")
            else:
                print(f"  {k} {field}: reference {ra} / now {rb}")
    return 1 if bad else 0


if __name__ == "__main__":
    raise SystemExit(main())
