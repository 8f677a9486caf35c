"""Command line: ``analyze PATH... --out DIR`` (also ``python -m toolkit``).

Writes CSV tables (and Parquet when pyarrow is installed), PNG figures, a self-contained
``report.html`` and a ``manifest.json`` into DIR, with a progress bar.  Never writes into an
input folder or the project's ``seeds/``; every file is written atomically.

Exit codes: 0 done (bad files among good ones are listed in ``problems.csv``); 1 nothing could
be analysed (a missing path, a folder without texts, every input bad) or the run failed; 2 bad
arguments, or an output folder that would overwrite data (nothing is created then).  Run
times go in ``manifest.json`` only, so the same input gives byte-identical CSV files.

    analyze ../shared/data/news_sample --out out/news --group prefix --engine processes
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from . import __version__

if TYPE_CHECKING:
    from .corpus.load import Corpus

__all__ = ["main", "run_analysis", "NothingToAnalyseError", "UsageError"]

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
                   help="where the per-document work runs (default: processes, using all cores; local also "
                        "reads the files in this process)")
    p.add_argument("--workers", type=int, default=None, help="number of worker processes (default: all cores)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="a Dask scheduler to use, e.g. tls://10.0.0.5:8786 with --tls-ca/--tls-cert/--tls-key "
                        "(implies --engine dask); the cluster sees every text and can run code here: use only your own")
    p.add_argument("--tls-ca", metavar="FILE", help="CA certificate (PEM) the tls:// scheduler's certificate must be signed by")
    p.add_argument("--tls-cert", metavar="FILE", help="this client's certificate (PEM) for a tls:// scheduler")
    p.add_argument("--tls-key", metavar="FILE", help="this client's private key (PEM) for a tls:// scheduler")
    p.add_argument("--insecure", action="store_true",
                   help="allow a tcp:// scheduler on another machine: texts and results cross the network in "
                        "clear text, and anyone on the path can read them or run code here")
    p.add_argument("--group", choices=("folder", "prefix"), default="folder",
                   help="group documents by sub-folder (default) or by file-name prefix before '_'")
    p.add_argument("--text-col", default="text", help="text column of CSV/JSONL inputs (default: text)")
    p.add_argument("--format", choices=("auto", "csv", "parquet", "both"), default="auto",
                   help="table format (default: CSV, plus Parquet when pyarrow is installed)")
    p.add_argument("--top", type=int, default=200, help="rows of the corpus keyword table (default: 200)")
    p.add_argument("--keep-duplicates", action="store_true", help="analyse exact duplicate documents too")
    p.add_argument("--no-people", action="store_true",
                   help="skip who is named and quoted (entities.csv, quotes.csv): faster when you do not need them")
    p.add_argument("--no-progress", action="store_true", help="no progress bar")
    p.add_argument("--version", action="version", version=f"toolkit {__version__}")
    return p


def _has_pyarrow() -> bool:
    try:
        import pyarrow  # noqa: F401
    except ImportError:
        return False
    return True


def _formats(choice: str) -> tuple[str, ...]:
    """Table formats for ``--format``: auto = CSV, plus Parquet when pyarrow is installed."""
    if choice == "csv":
        return ("csv",)
    if choice == "auto":
        return ("csv", "parquet") if _has_pyarrow() else ("csv",)
    if choice == "parquet":
        return ("parquet",)
    return ("csv", "parquet")


class NothingToAnalyseError(ValueError):
    """Every input was bad: nothing could be analysed."""


class UsageError(ValueError):
    """An argument does not fit the input (e.g. ``--text-col`` names no column)."""


def _short_labels(table, column: str, limit: int = 60):
    """*table* with the text of *column* cut to *limit* characters (a 1 MB token would make a
    figure too large to draw); the tables keep the full text.

    >>> import pandas as pd; _short_labels(pd.DataFrame({"term": ["x" * 70]}), "term", 10)["term"][0]
    'xxxxxxxxx…'
    """
    if column not in table or not len(table):
        return table
    cut = table[column].map(lambda t: t if not isinstance(t, str) or len(t) <= limit else t[: limit - 1] + "…")
    return table.assign(**{column: cut})


def _figure(draw: Callable[[object], object], *, size: tuple[float, float] = (7, 4.2)) -> bytes:
    """PNG bytes of one figure drawn by *draw(ax)*; uses no pyplot state or global backend."""
    from matplotlib.figure import Figure

    from .corpus.report import figure_png

    fig = Figure(figsize=size)
    draw(fig.subplots())
    return figure_png(fig)


def _while_loading(people: bool) -> Callable[[], None]:
    """What this process does while the worker processes load the files, where it would wait for them: pandas
    imported (the load's end needs it for the problems table, then every table), and with *people* the entity and
    quotation rules warmed up (:func:`toolkit.corpus.people.warm_people`), so that the worker processes for
    entities and quotations fork from a warm process as soon as the files are loaded."""
    def meanwhile() -> None:
        import pandas  # noqa: F401

        if people:
            from .corpus.people import warm_people

            warm_people()

    return meanwhile


def run_analysis(
    paths: Sequence[str | os.PathLike] | str | os.PathLike,
    out: str | os.PathLike,
    *,
    engine: str = "processes",
    workers: int | None = None,
    client: object | None = None,
    scheduler: str | None = None,
    security: object | None = None,
    insecure: bool = False,
    group: str = "folder",
    text_col: str = "text",
    formats: Sequence[str] = ("csv",),
    top: int = 200,
    drop_duplicates: bool = True,
    people: bool = True,
    progress: bool = True,
    log: Callable[[str], None] = print,
) -> dict:
    """Load *paths*, analyse them and write every output into *out*; returns the manifest.

    *client* is a Dask distributed client to use; *scheduler* the address of a Dask scheduler
    to connect to once the files are loaded (loading may fork worker processes, which must not
    happen while a client's threads run) and to disconnect from at the end: a ``tls://`` address
    with *security* (a ``distributed.security.Security``), or a ``tcp://`` one on this machine; a
    ``tcp://`` scheduler elsewhere is refused unless *insecure* (see :func:`check_scheduler`).

    *people* False skips the entity and quotation tables (``entities``, ``quotes``): the rest is the same.

    Raises, before anything is written: :class:`toolkit.corpus.outputs.OutputDirError` when *out*
    would overwrite data, :class:`UsageError` when *engine* is unknown or *text_col* is not a
    column of a table input, ``FileNotFoundError`` when a folder holds no texts, and
    :class:`NothingToAnalyseError` when every input is bad.
    """
    from .corpus.batch import ENGINES
    from .corpus.load import load_corpus
    from .corpus.outputs import check_output_dir

    if engine not in ENGINES:
        raise UsageError(f"engine must be one of {ENGINES}, not {engine!r}")
    if scheduler:
        check_scheduler(scheduler, security=security, insecure=insecure)
    started = time.time()
    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    out_dir = check_output_dir(out, paths, protected=[SEEDS])
    try:
        corpus = load_corpus([str(p) for p in paths], group=group, text_col=text_col, drop_duplicates=drop_duplicates,
                             progress=progress, workers=1 if engine == "local" else workers,
                             profile=engine != "dask" and not scheduler,  # one pass: load, clean, profile
                             meanwhile=_while_loading(people))  # (while the files load elsewhere)
    except KeyError as exc:  # a CSV/JSONL input without the text column
        raise UsageError(exc.args[0] if exc.args else str(exc)) from exc
    log(f"loaded {len(corpus)} documents ({len(corpus.problems)} problems, {len(corpus.duplicates)} duplicates)")
    if not len(corpus):
        shown = "; ".join(f"{row.path}: {row.problem}" for row in corpus.problems.head(5).itertuples())
        more = f" (and {len(corpus.problems) - 5} more)" if len(corpus.problems) > 5 else ""
        raise NothingToAnalyseError(f"no document could be analysed: {len(corpus.problems)} inputs skipped, "
                                    f"{len(corpus.duplicates)} duplicates. {shown}{more}")
    if not scheduler:
        return _analyse(corpus, out_dir, paths, engine=engine, workers=workers, client=client, group=group,
                        formats=formats, top=top, people=people, progress=progress, log=log, started=started)
    from distributed import Client

    with Client(scheduler, security=security) as own_client:
        return _analyse(corpus, out_dir, paths, engine="dask", workers=workers, client=own_client, group=group,
                        formats=formats, top=top, people=people, progress=progress, log=log, started=started)


def _is_loopback(host: str) -> bool:
    """Whether *host* (a name or an address) is this machine only.

    >>> _is_loopback("127.0.0.1"), _is_loopback("::1"), _is_loopback("localhost"), _is_loopback("10.0.0.5")
    (True, True, True, False)
    """
    import ipaddress
    import socket

    host = host.strip("[]")
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    if host.lower() == "localhost":
        return True
    try:  # a name: loopback only when every address it has is (no DNS for an address)
        found = {info[4][0] for info in socket.getaddrinfo(host, None)}
    except (OSError, UnicodeError):
        return False
    return bool(found) and all(ipaddress.ip_address(a.split("%")[0]).is_loopback for a in found)


def check_scheduler(address: str, *, security: object | None = None, insecure: bool = False) -> None:
    """Refuse a Dask scheduler address that would expose the texts or this process.

    The trust model: the client sends every document to the cluster inside pickled objects and
    unpickles what the cluster sends back, so whoever runs the cluster (or can talk to it, or sits
    on the path to it) can read the texts and run code on this machine.  Hence ``tls://`` needs
    *security* (CA, certificate and key), ``tcp://`` is allowed only on this machine (loopback),
    and a ``tcp://`` scheduler elsewhere only with *insecure*.

    >>> check_scheduler("tcp://127.0.0.1:8786")
    >>> check_scheduler("tcp://10.0.0.5:8786")
    Traceback (most recent call last):
    ...
    toolkit.cli.UsageError: refusing the scheduler tcp://10.0.0.5:8786: tcp:// is clear text and the cluster can run code on this machine; use tls:// with --tls-ca, --tls-cert and --tls-key, or pass --insecure if this network is trusted
    """
    from urllib.parse import urlsplit

    scheme, sep, rest = address.partition("://")
    if not sep:
        scheme, rest = "tcp", address
    scheme = scheme.lower()
    if scheme == "tls":
        if security is None:
            raise UsageError(f"the scheduler {address} uses TLS: give --tls-ca, --tls-cert and --tls-key "
                             "(in Python, security=distributed.security.Security(...))")
        return
    if scheme == "inproc":
        return
    if scheme != "tcp":
        raise UsageError(f"the scheduler address {address!r} must start with tls:// or tcp://")
    try:
        host = urlsplit("//" + rest).hostname or ""
    except ValueError:
        raise UsageError(f"the scheduler address {address!r} is not host:port") from None
    if not _is_loopback(host) and not insecure:
        raise UsageError(f"refusing the scheduler {address}: tcp:// is clear text and the cluster can run code on "
                         "this machine; use tls:// with --tls-ca, --tls-cert and --tls-key, or pass --insecure if "
                         "this network is trusted")


def _analyse(corpus: Corpus, out: Path, paths: Sequence[str | os.PathLike], *, log: Callable[[str], None],
             **options) -> dict:
    """Write the whole output set into a temporary folder next to *out*, then swap it in as *out*
    (the user's own files in a previous output are carried over), so a kill at any moment leaves
    either the previous complete output or the new one."""
    from .corpus.outputs import commit_output_dir, discard_staging, read_manifest, stage_output_dir

    previous = read_manifest(out) if out.is_dir() else None
    staging = stage_output_dir(out)
    try:
        manifest = _write_outputs(corpus, staging, paths, log=log, **options)
        removed = commit_output_dir(out, staging, dict(previous["files"]) if previous else {}, manifest["files"])
    except BaseException:
        discard_staging(staging)
        raise
    if removed:
        log(f"removed {len(removed)} files of the previous run that this run does not write: {', '.join(removed)}")
    log(f"wrote {len(manifest['files']) + 1} files to {out} (open {out / 'report.html'})")
    return manifest


def _write_outputs(corpus: Corpus, out: Path, paths: Sequence[str | os.PathLike], *, engine: str, workers: int | None,
                   client: object | None, group: str, formats: Sequence[str], top: int, people: bool = True,
                   progress: bool, log: Callable[[str], None], started: float) -> dict:
    """Profile *corpus* and write the tables, figures, report and manifest into the (new) folder *out*."""
    import pandas as pd

    from .corpus import stats as cs
    from .corpus.outputs import MANIFEST, atomic_write_bytes, atomic_write_text, provenance, write_table
    from .plots import plot_group_sentiment, plot_keywords, plot_sentiment_histogram
    from .corpus.report import html_report

    info = {"toolkit": __version__, "resources": provenance(), "inputs": [str(p) for p in paths], "engine": engine,
            "group": group, "started": datetime.fromtimestamp(started, timezone.utc).isoformat(timespec="seconds")}
    bar = None
    if progress:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(corpus), desc="analysing", unit="doc")
    try:
        cs.profiles(corpus, engine=engine, workers=workers, client=client, progress=bar.update if bar else None)
    finally:
        if bar:
            bar.close()
    from .corpus.people import start_people_tables

    # who is named (one row per document x entity: mentions, type, link) and quoted (one row per
    # quotation: id, group, quote, start, end, speaker, verb, kind), on the worker processes, handed
    # out first: they work while this process makes the other tables
    people_tables = start_people_tables(corpus, workers=1 if engine == "local" else workers) if people else None
    try:
        tables = {
            "documents": cs.document_table(corpus),
            "keywords": cs.corpus_keywords(corpus, top=top),
            "distinctive_terms": cs.distinctive_terms(corpus, top=10),
            "sentiment_by_group": cs.sentiment_by_group(corpus),
            "sentences": cs.sentence_table(corpus, text=True),
            "problems": corpus.problems,
            "duplicates": corpus.duplicates,
        }
        if len(corpus.groups) > 1:
            parts = []
            for g in corpus.groups:
                table = cs.group_keyness(corpus, g, top=20)
                table.insert(0, "group", g)
                parts.append(table)
            tables["group_keyness"] = pd.concat(parts, ignore_index=True)
        written: list[Path] = []
        for name, table in tables.items():
            written += write_table(table, out / name, formats=formats)
        figures = []
        figure_problems: list[dict] = []
        top_words = _short_labels(tables["keywords"].head(25), "term")
        for caption, name, draw, size in (
            ("Most frequent words in the corpus", "keywords",
             lambda ax: plot_keywords(top_words, ax=ax, title="Top words"), (7, 1.2 + 0.21 * len(top_words))),
            ("Sentence sentiment (VADER compound) by group", "sentiment_by_group",
             lambda ax: plot_group_sentiment(_short_labels(tables["sentiment_by_group"], "group"), ax=ax), (7, 4.2)),
            ("Distribution of sentence compound scores", "sentiment_histogram",
             lambda ax: plot_sentiment_histogram(tables["sentences"], ax=ax), (7, 4.2)),
        ):
            try:
                png = _figure(draw, size=size)
            except (ValueError, OverflowError, RuntimeError, MemoryError) as exc:  # e.g. "Image size ... too large"
                figure_problems.append({"path": f"{name}.png", "problem": f"figure not drawn: {type(exc).__name__}: {exc}"})
                continue
            written.append(atomic_write_bytes(out / f"{name}.png", png))
            figures.append((caption, png))
        if figure_problems:  # one figure failing never aborts the run: it is a problem row
            tables["problems"] = pd.concat([tables["problems"], pd.DataFrame(figure_problems)], ignore_index=True)
            written += write_table(tables["problems"], out / "problems", formats=formats)
        # the workers' tables, last: this process made all of its own meanwhile
        if people_tables is not None:
            tables["entities"], tables["quotes"] = people_tables()
            failed = tables["entities"].attrs.pop("problems", [])
            if failed:  # a document the entity and quotation rules failed on is a problem row, never an abort
                tables["problems"] = pd.concat([tables["problems"], pd.DataFrame(failed)], ignore_index=True)
                written += write_table(tables["problems"], out / "problems", formats=formats)
                log(f"entities and quotations: {len(failed)} documents failed (listed in problems)")
    except BaseException:
        if people_tables is not None:
            people_tables.cancel()
        raise
    for name in ("entities", "quotes"):
        if name in tables:
            written += write_table(tables[name], out / name, formats=formats)
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
        **info,
        "complete": True,
        "seconds": round(time.time() - started, 3),
        "documents": len(corpus),
        "problems": len(tables["problems"]),
        "duplicates": len(corpus.duplicates),
        "files": {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(set(written))},
        "notes": {d.meta["id"]: list(d.notes) for d in corpus if d.notes},  # cleaning notes and fallbacks
    }
    atomic_write_text(out / MANIFEST, json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def _missing(path: str) -> str | None:
    """*path* (with the reason when it is not simply absent) when nothing can be read there, else None."""
    try:
        os.stat(path)
    except PermissionError:
        return f"{path} (permission denied on it or on a folder above it)"
    except (OSError, ValueError):
        return path
    return None


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``analyze`` console script; returns the exit code."""
    from .corpus.outputs import OutputDirError

    parser = _parser()
    args = parser.parse_args(argv)
    if args.workers is not None and args.workers < 1:
        parser.error("--workers must be at least 1")
    if args.workers is not None:
        from .corpus.parallel import max_workers

        if args.workers > max_workers():
            print(f"analyze: note: --workers {args.workers} is more than the {max_workers()} cores this process may "
                  f"use; using {max_workers()} (each worker costs memory, extra ones no speed)", file=sys.stderr)
            args.workers = max_workers()
    if any(not p.strip() for p in args.paths):
        parser.error("PATH must not be empty: give a folder, files, or a .csv/.tsv/.jsonl file ('.' for the current folder)")
    tls = (args.tls_ca, args.tls_cert, args.tls_key)
    security = None
    if any(tls):
        if not all(tls):
            parser.error("--tls-ca, --tls-cert and --tls-key go together: give all three")
        if not args.scheduler:
            parser.error("--tls-ca, --tls-cert and --tls-key need --scheduler tls://HOST:PORT")
        missing_tls = [f for f in tls if not Path(f).is_file()]
        if missing_tls:
            parser.error(f"no such certificate or key file: {', '.join(missing_tls)}")
        from distributed.security import Security

        security = Security(tls_ca_file=args.tls_ca, tls_client_cert=args.tls_cert, tls_client_key=args.tls_key,
                            require_encryption=True)
    if args.top < 1:
        parser.error("--top must be at least 1")
    if args.format in ("parquet", "both") and not _has_pyarrow():
        parser.error(f"--format {args.format} needs pyarrow: pip install pyarrow")
    missing = [m for m in map(_missing, args.paths) if m]
    if missing:
        print(f"analyze: error: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 1
    try:
        run_analysis(
            args.paths, args.out, engine=args.engine, workers=args.workers, scheduler=args.scheduler,
            security=security, insecure=args.insecure, group=args.group,
            text_col=args.text_col, formats=_formats(args.format), top=args.top,
            drop_duplicates=not args.keep_duplicates, people=not args.no_people, progress=not args.no_progress,
            log=lambda msg: print(msg, file=sys.stderr),
        )
    except (OutputDirError, UsageError) as exc:
        print(f"analyze: error: {exc}", file=sys.stderr)
        return 2
    except (NothingToAnalyseError, OSError) as exc:  # OSError: e.g. a folder without texts, a full disk
        print(f"analyze: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("analyze: interrupted; the output folder was left as it was", file=sys.stderr)
        return 130
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
