"""Command line: ``analyze PATH... --out DIR`` (also ``python -m toolkit``).

Writes CSV tables (and Parquet when pyarrow is installed), PNG figures, a self-contained
``report.html`` and a ``manifest.json`` into DIR, with a progress bar.  Never writes into an
input folder or the project's ``seeds/``; every file is written atomically.

Exit codes: 0 done; 1 nothing could be analysed (every input was bad); 2 bad arguments or an
output folder that would overwrite data.

    analyze ../shared/data/news_sample --out out/news --group prefix --engine processes
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from . import __version__

__all__ = ["main", "run_analysis"]

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="analyze",
        description="Analyse a folder, files, or a CSV/JSONL of texts: keywords, distinctive terms, keyness "
                    "by group, sentence sentiment; writes tables, figures and an HTML report.",
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="folders (recursive .txt/.html/.md), text files, or .csv/.tsv/.jsonl files")
    p.add_argument("--out", required=True, metavar="DIR", help="output folder (new, empty, or a previous output)")
    p.add_argument("--engine", choices=("local", "processes", "dask"), default="processes",
                   help="where the per-document work runs (default: processes, using all cores)")
    p.add_argument("--workers", type=int, default=None, help="number of worker processes (default: all cores)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="a Dask scheduler to use, e.g. tcp://10.0.0.5:8786 (implies --engine dask)")
    p.add_argument("--group", choices=("folder", "prefix"), default="folder",
                   help="group documents by sub-folder (default) or by file-name prefix before '_'")
    p.add_argument("--text-col", default="text", help="text column of CSV/JSONL inputs (default: text)")
    p.add_argument("--format", choices=("auto", "csv", "parquet", "both"), default="auto",
                   help="table format (default: CSV, plus Parquet when pyarrow is installed)")
    p.add_argument("--top", type=int, default=200, help="rows of the corpus keyword table (default: 200)")
    p.add_argument("--keep-duplicates", action="store_true", help="analyse exact duplicate documents too")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--version", action="version", version=f"toolkit {__version__}")
    return p


def _formats(choice: str) -> tuple[str, ...]:
    if choice == "csv":
        return ("csv",)
    if choice == "auto":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            return ("csv",)
        return ("csv", "parquet")
    if choice == "parquet":
        return ("parquet",)
    return ("csv", "parquet")


def run_analysis(paths, out, *, engine="processes", workers=None, client=None, group="folder", text_col="text",
                 formats=("csv",), top=200, drop_duplicates=True, progress=True, log=print) -> dict:
    """Load *paths*, analyse them and write every output into *out*; returns the manifest."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from . import corpus_stats as cs
    from .corpus import load_corpus
    from .outputs import atomic_write_bytes, atomic_write_text, check_output_dir, provenance, write_table
    from .plots import plot_group_sentiment, plot_keywords, plot_sentiment_histogram
    from .report import figure_png, html_report

    out = check_output_dir(out, paths, protected=[SEEDS])
    corpus = load_corpus([str(p) for p in paths], group=group, text_col=text_col,
                         drop_duplicates=drop_duplicates, progress=progress)
    log(f"loaded {len(corpus)} documents ({len(corpus.problems)} problems, {len(corpus.duplicates)} duplicates)")
    written: list[Path] = []
    if len(corpus):
        bar = None
        if progress:
            from tqdm.auto import tqdm

            bar = tqdm(total=len(corpus), desc="analysing", unit="doc")
        cs.profiles(corpus, engine=engine, workers=workers, client=client, progress=bar.update if bar else None)
        if bar:
            bar.close()
    tables = {
        "documents": cs.document_table(corpus),
        "keywords": cs.corpus_keywords(corpus, top=top),
        "distinctive_terms": cs.distinctive_terms(corpus, top=10),
        "sentiment_by_group": cs.sentiment_by_group(corpus),
        "sentences": cs.sentence_table(corpus),
        "problems": corpus.problems,
        "duplicates": corpus.duplicates,
    }
    groups = corpus.groups
    if len(groups) > 1:
        import pandas as pd

        parts = []
        for g in groups:
            table = cs.group_keyness(corpus, g, top=20)
            table.insert(0, "group", g)
            parts.append(table)
        tables["group_keyness"] = pd.concat(parts, ignore_index=True)
    for name, table in tables.items():
        written += write_table(table, out / name, formats=formats)
    figures = []
    if len(corpus):
        for caption, name, draw in (
            ("Most frequent words in the corpus", "keywords", lambda ax: plot_keywords(tables["keywords"].head(25), ax=ax, title="Top words")),
            ("Sentence sentiment (VADER compound) by group", "sentiment_by_group", lambda ax: plot_group_sentiment(tables["sentiment_by_group"], ax=ax)),
            ("Distribution of sentence compound scores", "sentiment_histogram", lambda ax: plot_sentiment_histogram(tables["sentences"], ax=ax)),
        ):
            fig, ax = plt.subplots(figsize=(7, 4.2))
            draw(ax)
            png = figure_png(fig)
            plt.close(fig)
            written.append(atomic_write_bytes(out / f"{name}.png", png))
            figures.append((caption, png))
    report_tables = [("Documents", tables["documents"]), ("Sentiment by group", tables["sentiment_by_group"]),
                     ("Corpus keywords", tables["keywords"])]
    if "group_keyness" in tables:
        report_tables.append(("Key words of each group against the rest (log-likelihood G²)", tables["group_keyness"]))
    report_tables += [("Distinctive terms per document (TF-IDF)", tables["distinctive_terms"]),
                      ("Problems (skipped inputs)", tables["problems"]), ("Exact duplicates", tables["duplicates"])]
    intro = (f"{len(corpus)} documents from {', '.join(map(str, paths))}; {len(corpus.problems)} inputs skipped, "
             f"{len(corpus.duplicates)} exact duplicates. Sentiment is NLTK's VADER per sentence (compound from -1 to 1; "
             "≥ 0.05 positive, ≤ -0.05 negative).")
    written.append(atomic_write_text(out / "report.html", html_report("Corpus report", report_tables, figures=figures, intro=intro)))
    manifest = {
        "toolkit": __version__,
        "resources": provenance(),
        "inputs": [str(p) for p in paths],
        "documents": len(corpus),
        "problems": len(corpus.problems),
        "duplicates": len(corpus.duplicates),
        "files": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(written)},
    }
    atomic_write_text(out / "manifest.json", json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    log(f"wrote {len(written) + 1} files to {out} (open {out / 'report.html'})")
    return manifest


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``analyze`` console script."""
    from .outputs import OutputDirError

    parser = _parser()
    args = parser.parse_args(argv)
    missing = [p for p in args.paths if not Path(p).exists()]
    if missing:
        parser.error(f"no such file or folder: {', '.join(missing)}")
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    engine, client = args.engine, None
    try:
        if args.scheduler:
            from distributed import Client

            engine, client = "dask", Client(args.scheduler)
        manifest = run_analysis(
            args.paths, args.out, engine=engine, workers=args.workers, client=client, group=args.group,
            text_col=args.text_col, formats=_formats(args.format), top=args.top,
            drop_duplicates=not args.keep_duplicates, progress=not args.no_progress,
            log=lambda msg: print(msg, file=sys.stderr),
        )
    except OutputDirError as exc:
        print(f"analyze: error: {exc}", file=sys.stderr)
        return 2
    except (FileNotFoundError, KeyError, ValueError, OSError) as exc:
        print(f"analyze: error: {exc}", file=sys.stderr)
        return 2
    finally:
        if client is not None:
            client.close()
    return 0 if manifest["documents"] else 1


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
