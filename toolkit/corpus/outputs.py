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

import hashlib
import io
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas

__all__ = ["atomic_write_bytes", "atomic_write_text", "write_table", "read_csv", "provenance", "provenance_line",
           "check_output_dir", "read_manifest", "start_output_dir", "remove_stale_outputs", "OutputDirError"]


# Suffix of the temporary files written next to an output before the rename.
TEMP_SUFFIX = ".part"
MANIFEST = "manifest.json"
# Files the toolkit writes into an output folder (besides the manifest).
OUTPUT_SUFFIXES = (".csv", ".parquet", ".png", ".html")


class OutputDirError(ValueError):
    """The output folder would overwrite or sit inside the user's data."""


def provenance() -> dict[str, str]:
    """Versions of the scoring resources (see :func:`toolkit.text.resources.versions`)."""
    from ..text.resources import versions

    return versions()


def provenance_line() -> str:
    """One comment line naming the toolkit and every scoring resource's version (no time
    stamp, so identical inputs give byte-identical outputs; run times go in manifest.json)."""
    v = provenance()
    rest = " | ".join(f"{name}: {value}" for name, value in sorted(v.items()) if name != "toolkit")
    return f"# toolkit {v['toolkit']} | {rest}"


def _file_mode() -> int:
    """The mode a new file gets under the current umask (mkstemp alone would give 0600)."""
    umask = os.umask(0o022)
    os.umask(umask)
    return 0o666 & ~umask


def atomic_write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    """Write *data* to *path* through a temporary file in the same folder, then rename; on any
    error (or Ctrl-C) the temporary file is removed and *path* is left as it was."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMP_SUFFIX, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.chmod(tmp, _file_mode())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def atomic_write_text(path: str | os.PathLike, text: str) -> Path:
    """:func:`atomic_write_bytes` of *text* encoded as UTF-8."""
    return atomic_write_bytes(path, text.encode("utf-8"))


def write_table(table: "pandas.DataFrame", path: str | os.PathLike, *, formats: Iterable[str] = ("csv",)) -> list[Path]:
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


def read_manifest(folder: str | os.PathLike) -> dict | None:
    """The ``manifest.json`` of a previous toolkit output in *folder*, or None when there is
    none (or the file there is not a toolkit manifest)."""
    try:
        data = json.loads((Path(folder) / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeError, ValueError):
        return None
    if isinstance(data, dict) and isinstance(data.get("toolkit"), str) and isinstance(data.get("files"), dict):
        return data
    return None


def check_output_dir(out: str | os.PathLike, inputs: Iterable[str | os.PathLike], *, protected: Iterable[str | os.PathLike] = ()) -> Path:
    """Refuse an output folder inside an input folder, equal to an input, or inside a protected
    folder (the project's ``seeds/``); refuse a non-empty folder that is not a previous output
    (it has no toolkit ``manifest.json``).  Creates nothing; returns the resolved folder.
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
        if any(out_path.iterdir()) and read_manifest(out_path) is None:
            raise OutputDirError(f"{out_path} is not empty and is not a previous toolkit output (no toolkit {MANIFEST}); "
                                 "choose a new or empty --out folder")
    return out_path


def start_output_dir(out: Path, info: dict) -> dict[str, str]:
    """Create *out* (checked by :func:`check_output_dir`) and mark it as a toolkit output before
    anything else is written, so an interrupted run leaves a folder the next run may reuse.

    Returns the files of the previous run found there (name -> sha256); the provisional
    manifest keeps listing them (``"complete": false``) until the run finishes.
    """
    out.mkdir(parents=True, exist_ok=True)
    previous = read_manifest(out)
    old_files = dict(previous["files"]) if previous else {}
    for leftover in out.glob(f".*{TEMP_SUFFIX}"):  # temporary files of a killed run: .<name>.<random>.part
        target = leftover.name[1:].rsplit(".", 2)[0]
        if leftover.is_file() and (target == MANIFEST or target.endswith(OUTPUT_SUFFIXES)):
            leftover.unlink()
    atomic_write_text(out / MANIFEST, json.dumps({**info, "complete": False, "files": old_files}, indent=2, sort_keys=True) + "\n")
    return old_files


def remove_stale_outputs(out: Path, old_files: dict[str, str], keep: Iterable[str]) -> list[str]:
    """Delete the files a previous run wrote into *out* (*old_files*: name -> sha256 from its
    manifest) that this run did not write again.  Only plain table, figure and report names
    whose content is still what the toolkit wrote are deleted; returns their names."""
    keep = set(keep)
    removed = []
    for name, digest in sorted(old_files.items()):
        path = out / name
        if name in keep or Path(name).name != name or not name.endswith(OUTPUT_SUFFIXES) or not path.is_file():
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != digest:  # changed since: keep the user's version
            continue
        path.unlink()
        removed.append(name)
    return removed
