"""Writing results safely: atomic files, provenance in every output, no writes into inputs.

>>> provenance_line().startswith("# toolkit")
True

Every file is written to a temporary file in the target folder and then renamed over the
target, so an interrupted run never leaves a half-written file.  CSV files start with one
provenance comment line (read them with ``pandas.read_csv(path, skiprows=1)`` or
:func:`read_csv`); Parquet files carry the same text in their schema metadata, PNG files in
their metadata, HTML reports in their footer.
"""
from __future__ import annotations

import io
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

__all__ = ["atomic_write_bytes", "atomic_write_text", "write_table", "read_csv", "provenance_line", "check_output_dir",
           "OutputDirError"]


class OutputDirError(ValueError):
    """The output folder would overwrite or sit inside the user's data."""


def provenance() -> dict[str, str]:
    """Versions of the scoring resources (see :func:`toolkit.resources.versions`)."""
    from .resources import versions

    return versions()


def provenance_line() -> str:
    """One comment line naming the toolkit and the scoring resources' versions (no time stamp,
    so identical inputs give byte-identical outputs)."""
    v = provenance()
    return (f"# toolkit {v['toolkit']} | {v['vader_implementation']} (nltk {v['nltk']}) | {v['vader_lexicon']} | "
            f"wordfreq {v['wordfreq']} | pyphen {v['pyphen']}")


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write *data* to *path* through a temporary file in the same folder, then rename."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    return atomic_write_bytes(path, text.encode("utf-8"))


def write_table(table, path: str | os.PathLike, *, formats: Iterable[str] = ("csv",)) -> list[Path]:
    """Write a DataFrame as CSV (with a provenance first line) and/or Parquet; returns the paths.

    >>> import pandas as pd, tempfile
    >>> [p.suffix for p in write_table(pd.DataFrame({"a": [1]}), Path(tempfile.mkdtemp()) / "t")]
    ['.csv']
    """
    path = Path(path)
    written = []
    for fmt in formats:
        if fmt == "csv":
            body = table.to_csv(index=False, lineterminator="\n")
            written.append(atomic_write_text(path.with_suffix(".csv"), provenance_line() + "\n" + body))
        elif fmt == "parquet":
            import pyarrow as pa
            import pyarrow.parquet as pq

            arrow = pa.Table.from_pandas(table, preserve_index=False)
            arrow = arrow.replace_schema_metadata({**(arrow.schema.metadata or {}), b"toolkit_provenance": provenance_line().encode()})
            buffer = io.BytesIO()
            pq.write_table(arrow, buffer)
            written.append(atomic_write_bytes(path.with_suffix(".parquet"), buffer.getvalue()))
        else:
            raise ValueError(f"unknown table format {fmt!r}; use 'csv' or 'parquet'")
    return written


def read_csv(path: str | os.PathLike):
    """Read a CSV written by :func:`write_table` (skips the provenance line)."""
    import pandas as pd

    with open(path, encoding="utf-8") as fh:
        first = fh.readline()
    return pd.read_csv(path, skiprows=1 if first.startswith("# toolkit") else 0)


def check_output_dir(out: str | os.PathLike, inputs: Iterable[str | os.PathLike], *, protected: Iterable[str | os.PathLike] = ()) -> Path:
    """Refuse an output folder inside an input folder, equal to an input, or inside a protected
    folder (the project's ``seeds/``); refuse a non-empty folder that is not a previous output
    (it has no ``manifest.json``).  Returns the resolved folder.
    """
    out_path = Path(out).expanduser().resolve()
    fences = []  # folders the output may not be, or be inside
    for item in inputs:
        src = Path(item).expanduser().resolve()
        if src == out_path:
            raise OutputDirError(f"refusing to write over the input {src}; choose an --out folder elsewhere")
        if src.is_dir():
            fences.append(src)
        elif src.parent == out_path:
            raise OutputDirError(f"refusing to write into {out_path}: it holds the input {src.name}; choose an --out folder elsewhere")
    fences += [Path(p).expanduser().resolve() for p in protected]
    for folder in fences:
        if out_path == folder or folder in out_path.parents:
            raise OutputDirError(f"refusing to write into {out_path}: it is inside the input or protected folder {folder}; "
                                 "choose an --out folder elsewhere")
    if out_path.exists():
        if not out_path.is_dir():
            raise OutputDirError(f"{out_path} exists and is not a folder")
        if any(out_path.iterdir()) and not (out_path / "manifest.json").exists():
            raise OutputDirError(f"{out_path} is not empty and is not a previous toolkit output (no manifest.json); "
                                 "choose a new or empty --out folder")
    return out_path
