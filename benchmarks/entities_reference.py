"""Dump (or check) the rules backend's entity output on many texts, to prove a speed change keeps it.

For every text -- the news sample's articles (``../shared/data/news_sample`` or ``$NEWS_SAMPLE``), the
seeds (``seeds/*.txt``, ``seeds/inaugural``, ``seeds/state_union``) and the test data texts -- it writes
one JSON line with ``tk.mentions`` (every column), ``entity_counts`` and ``tk.entities`` (every column).
The dump is written OUTSIDE the repository (it derives from the BBC text, which is never committed):

    .venv/bin/python benchmarks/entities_reference.py --write /tmp/entities_ref.jsonl   # before a change
    .venv/bin/python benchmarks/entities_reference.py --check /tmp/entities_ref.jsonl   # after it

It runs with ``PYTHONHASHSEED=0`` (re-executing itself if needed): which country a demonym links to
can depend on set order (``Nigerian`` -> Niger or Nigeria, ``Austrian`` -> Austria or Australia),
so outputs are only comparable under one hash seed.

``--reverse`` runs the texts in the opposite order (the process-wide word and chunk caches then fill
in another order: the output must not change). ``--check`` prints the first differences and exits 1.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = Path(os.environ.get("NEWS_SAMPLE", ROOT.parent / "shared" / "data" / "news_sample"))


def texts() -> list[Path]:
    paths = sorted(SAMPLE.glob("*.txt")) if SAMPLE.is_dir() else []
    paths += sorted((ROOT / "seeds").glob("*.txt"))
    for sub in ("inaugural", "state_union"):
        paths += sorted((ROOT / "seeds" / sub).glob("*.txt"))
    paths += sorted((ROOT / "tests" / "data").rglob("*.txt"))
    return paths


def record(path: Path) -> dict:
    import toolkit as tk
    from toolkit.analysis.entities import entity_counts

    doc = tk.load(path)
    m = tk.mentions(doc)
    e = tk.entities(doc)
    return {
        "name": str(path.relative_to(path.parents[1])),
        "mentions": m.values.tolist(),
        "counts": [list(r) for r in entity_counts(doc)],
        "entities": e.values.tolist(),
        "dtypes": [[str(t) for t in m.dtypes], [str(t) for t in e.dtypes], list(m.columns), list(e.columns)],
    }


def run(record, fields: tuple[str, ...], *, script: str, argv: list[str] | None = None, count: str = "") -> int:
    """The command line both reference scripts share: ``--write FILE`` / ``--check FILE`` [``--reverse``] over
    :func:`texts`, one JSON line per text from *record(path)*; ``--check`` prints the first differences of *fields*
    and returns 1. *count* names a list field whose items are counted in the summary line."""
    ap = argparse.ArgumentParser(description=sys.modules["__main__"].__doc__.splitlines()[0])
    group = ap.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", type=Path)
    group.add_argument("--check", type=Path)
    ap.add_argument("--reverse", action="store_true")
    args = ap.parse_args(argv)
    if os.environ.get("PYTHONHASHSEED") != "0":
        import subprocess

        env = {**os.environ, "PYTHONHASHSEED": "0"}
        return subprocess.call([sys.executable, script, *(sys.argv[1:] if argv is None else argv)], env=env)
    import warnings

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
    counted = f", {sum(len(json.loads(v)[count]) for v in lines.values())} {count}" if count else ""
    if args.write:
        args.write.write_text(body, encoding="utf-8")
        print(f"{len(lines)} texts{counted}, sha256 {digest} -> {args.write}")
        return 0
    ref = {json.loads(l)["name"]: l for l in args.check.read_text(encoding="utf-8").splitlines()}
    bad = [k for k in sorted(set(ref) | set(lines)) if ref.get(k) != lines.get(k)]
    print(f"{len(lines)} texts{counted}, sha256 {digest}; {len(bad)} differ from {args.check}")
    for k in bad[:5]:
        a = json.loads(ref[k]) if k in ref else {}
        b = json.loads(lines[k]) if k in lines else {}
        for field in fields:
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


def main(argv: list[str] | None = None) -> int:
    return run(record, ("mentions", "counts", "entities", "dtypes"), script=__file__, argv=argv)


if __name__ == "__main__":
    raise SystemExit(main())
