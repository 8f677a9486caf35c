"""Time from a filter change to updated data (and to a redrawn figure) in each explorer panel.

Builds the four panels on the seed article (or ``--path``), warms them up, then moves each
control through a cycle of values many times.  Setting ``control.value`` runs the update
synchronously, exactly as the kernel does when the browser sends a new value, so:

* **data**   = recomputing the panel's tables from the controls (the ≤ 50 ms budget);
* **redraw** = drawing the matplotlib figure, PNG encoding and the HTML tables;
* **total**  = wall time of the whole ``control.value = ...`` (data + redraw + linked panels).

Run:  .venv/bin/python benchmarks/bench_widgets.py [--path FILE] [--rounds 15] [--check]
``--check`` exits 1 when a panel's median data time is above the 50 ms budget.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
import warnings
from pathlib import Path

import toolkit as tk
from toolkit import widgets as ui

SEED = Path(__file__).resolve().parents[1] / "seeds" / "iran_israel_tensions.txt"
BUDGET_MS = 50.0


def scenarios(ex: ui.Explorer):
    """``(panel, panel name, control name, control, values to cycle through)``."""
    kw, se, co = ex.keywords, ex.sentiment, ex.concordance
    actors = [v for _, v in se.actor.options if v][:4]
    terms = kw.data["term"].head(4).tolist()
    return [
        (kw, "keywords", "top", kw.top, [5, 10, 20, 40]),
        (kw, "keywords", "ngram", kw.ngram, [2, 3, 1]),
        (kw, "keywords", "stopwords", kw.stopwords, [False, True]),
        (kw, "keywords", "min_len", kw.min_len, [4, 6, 2]),
        (kw, "keywords", "numbers", kw.numbers, [True, False]),
        (kw, "keywords", "exclude", kw.exclude, ["israel", "israel, iran", ""]),
        (kw, "keywords", "measure", kw.measure, ["per_10k", "keyness", "count"]),
        (kw, "keywords", "pick (linked)", kw.pick, terms),
        (se, "sentiment", "threshold", se.threshold, [0.1, 0.3, 0.05]),
        (se, "sentiment", "term", se.term, ["iran", "attack", "escalat*", ""]),
        (se, "sentiment", "actor", se.actor, actors + [""]),
        (co, "concordance", "term", co.term, ["iran", "israel", "attack", "US"]),
        (co, "concordance", "window", co.window, [4, 12, 8]),
        (co, "concordance", "sort", co.sort, ["left", "right", "position"]),
        (co, "concordance", "terms", co.terms, ["iran, israel", "biden", "attack, US, hamas"]),
    ]


def run(path: Path, rounds: int):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = tk.load(path)
    start = time.perf_counter()
    ex = ui.explore(doc)
    build = time.perf_counter() - start
    results = []
    plan = scenarios(ex)
    for panel, name, control_name, control, values in plan:  # warm-up: fill the caches once
        for value in values:
            control.value = value
    for panel, name, control_name, control, values in plan:
        data_ms, draw_ms, total_ms = [], [], []
        for _ in range(rounds):
            for value in values:
                if control.value == value:
                    continue
                before = len(panel.timings)
                t0 = time.perf_counter()
                control.value = value
                total_ms.append(1000 * (time.perf_counter() - t0))
                if len(panel.timings) > before:
                    d, r = panel.timings[-1]
                    data_ms.append(1000 * d)
                    draw_ms.append(1000 * r)
        for p in ex.panels:
            if p.error:
                raise SystemExit(f"{name}.{control_name}: the panel shows an error: {p.error}")
        results.append((name, control_name, data_ms, draw_ms, total_ms))
    return build, results


def med(values) -> float:
    return statistics.median(values) if values else float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", type=Path, default=SEED)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--check", action="store_true", help=f"exit 1 if a panel's median data time > {BUDGET_MS:g} ms")
    args = parser.parse_args()

    build, results = run(args.path, args.rounds)
    print(f"text: {args.path.name}; building the four linked panels (cold): {build:.2f} s; {args.rounds} rounds per control\n")
    print(f"{'panel':<12} {'control':<15} {'n':>4} {'data ms':>9} {'redraw ms':>10} {'total ms':>9}")
    for name, control, data, draw, total in results:
        print(f"{name:<12} {control:<15} {len(total):>4} {med(data):>9.1f} {med(draw):>10.1f} {med(total):>9.1f}")
    print("\nmedian per panel (all its controls):")
    failed = False
    for name in dict.fromkeys(r[0] for r in results):
        rows = [r for r in results if r[0] == name]
        data = [v for r in rows for v in r[2]]
        draw = [v for r in rows for v in r[3]]
        total = [v for r in rows for v in r[4]]
        ok = med(data) <= BUDGET_MS
        failed |= not ok
        print(f"  {name:<12} data {med(data):6.1f} ms   redraw {med(draw):6.1f} ms   total {med(total):6.1f} ms"
              f"   {'OK' if ok else 'OVER'} (budget {BUDGET_MS:g} ms to updated data)")
    return 1 if (args.check and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
