"""Writing results safely: atomic files and output folders, provenance, no writes into inputs.

>>> provenance_line().startswith("# toolkit")
True

Every file is written to a temporary file in the target folder and then renamed over the
target, so an interrupted run never leaves a half-written file.  ``analyze`` writes its whole
output set into a temporary sibling folder and then swaps it in (:func:`stage_output_dir`,
:func:`commit_output_dir`), so a kill at any moment leaves either the previous complete output
or the new one.

CSV files are plain tables (a header row, then data: no comment line), readable by
``pandas.read_csv``, spreadsheets and R's ``read.csv``.  Text cells that a spreadsheet would run
as a formula (starting with ``=``, ``+``, ``-``, ``@``, tab or carriage return, OWASP's list) get a
leading ``'``; numbers such as ``-0.27`` are written as they are; Parquet files keep every value
raw.  The versions of every scoring resource are in ``manifest.json``, in the Parquet schema
metadata, in PNG metadata and in the HTML report's footer.
"""
from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas

__all__ = ["atomic_write_bytes", "atomic_write_text", "write_table", "read_csv", "provenance", "provenance_line",
           "check_output_dir", "read_manifest", "start_output_dir", "remove_stale_outputs", "OutputDirError",
           "csv_safe", "stage_output_dir", "commit_output_dir"]


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
    """:func:`atomic_write_bytes` of *text* encoded as UTF-8 (a lone surrogate, which UTF-8 cannot
    hold, is written as its ``\\udcxx`` escape rather than failing the whole file)."""
    return atomic_write_bytes(path, text.encode("utf-8", "backslashreplace"))


# Cells a spreadsheet reads as a formula start with one of these (OWASP, "CSV injection").
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def csv_safe(value: object) -> object:
    """A cell as it goes into a CSV file: a text a spreadsheet would run as a formula gets a leading
    ``'`` (numbers stay as they are), bidirectional controls are removed from text, and a carriage
    return inside a cell is written as a line feed.

    >>> csv_safe("=1+2"), csv_safe("-0.27"), csv_safe("@SUM(A1)"), csv_safe(-0.27)
    ("'=1+2", '-0.27', "'@SUM(A1)", -0.27)
    """
    if not isinstance(value, str):
        return value
    from ..text.clean import strip_bidi_controls

    value = strip_bidi_controls(value)
    if value.startswith(_FORMULA_START) and not _NUMBER.fullmatch(value):
        value = "'" + value
    if "\r" in value:  # a bare CR would end the row in some readers: written as a (quoted) line feed
        value = value.replace("\r\n", "\n").replace("\r", "\n")
    return value


def _csv_ready(table: "pandas.DataFrame") -> "pandas.DataFrame":
    """*table* with :func:`csv_safe` applied to its text columns (a copy when anything changes)."""
    from pandas.api.types import is_object_dtype, is_string_dtype

    text_cols = [c for c in table.columns if is_object_dtype(table[c].dtype) or is_string_dtype(table[c].dtype)]
    if not text_cols:
        return table
    table = table.copy()
    for col in text_cols:
        table[col] = table[col].map(csv_safe)
    table.columns = [csv_safe(c) if isinstance(c, str) else c for c in table.columns]
    return table


def write_table(table: "pandas.DataFrame", path: str | os.PathLike, *, formats: Iterable[str] = ("csv",)) -> list[Path]:
    """Write a DataFrame as a plain CSV (formula-like text cells neutralised: :func:`csv_safe`)
    and/or Parquet (values raw, provenance in its schema metadata); returns the paths.

    >>> import pandas as pd, tempfile
    >>> [p.suffix for p in write_table(pd.DataFrame({"a": [1]}), Path(tempfile.mkdtemp()) / "t")]
    ['.csv']
    """
    path = Path(path)
    written = []
    for fmt in formats:
        if fmt == "csv":
            body = _csv_ready(table).to_csv(index=False, lineterminator="\n")
            written.append(atomic_write_text(path.with_suffix(".csv"), body))
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
    """Read a CSV written by :func:`write_table` (``pandas.read_csv`` does too; this also skips
    the provenance comment line that CSV files of toolkit 0.x before it had)."""
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


# Suffix of the temporary sibling folder a run writes into before it is swapped in.
STAGING_SUFFIX = ".analyze-staging"


def _stagings(out: Path) -> list[Path]:
    """Temporary sibling folders a (killed) run left for *out*: ``.<name>.<random>.analyze-staging``."""
    try:
        return [p for p in out.parent.glob(f".{glob_escape(out.name)}.*{STAGING_SUFFIX}") if p.is_dir() and not p.is_symlink()]
    except OSError:
        return []


def glob_escape(name: str) -> str:
    import glob

    return glob.escape(name)


def stage_output_dir(out: Path) -> Path:
    """A new, empty temporary folder next to *out* (checked by :func:`check_output_dir`) for a run
    to write its whole output set into; :func:`commit_output_dir` then swaps it in.  Temporary
    folders of killed runs are removed first (they only ever hold a staged output)."""
    out.parent.mkdir(parents=True, exist_ok=True)
    for leftover in _stagings(out):
        if not out.exists() and (leftover / "old").is_dir():  # killed between the two renames of a swap
            os.rename(leftover / "old", out)
        shutil.rmtree(leftover, ignore_errors=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=STAGING_SUFFIX, dir=out.parent))
    try:
        mode = stat.S_IMODE(out.stat().st_mode) if out.is_dir() else 0o777 & ~_umask()
        os.chmod(staging, mode)
    except OSError:
        pass
    return staging


def _umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def _link_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _exchange(a: Path, b: Path) -> bool:
    """Swap two folders in one atomic step (Linux ``renameat2(RENAME_EXCHANGE)``); False when the
    system cannot."""
    import ctypes
    import sys

    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    at_fdcwd, rename_exchange = -100, 2
    if renameat2(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0:
        return True
    err = ctypes.get_errno()
    if err in (22, 38, 95):  # EINVAL, ENOSYS, EOPNOTSUPP: this file system cannot exchange
        return False
    raise OSError(err, os.strerror(err), str(b))


def commit_output_dir(out: Path, staging: Path, old_files: dict[str, str], written: Iterable[str]) -> list[str]:
    """Swap the complete output set in *staging* in as *out*; returns the names of the previous
    run's files left out of it.

    The user's own files in *out* (anything the previous run did not write, or wrote and the user
    changed since) are carried over into *staging* first (hard links, else copies); files the
    previous run wrote and this one did not are left out.  The swap is one atomic exchange of the
    two folders where the system has it (Linux), else two renames; the old folder is then removed.
    """
    written = set(written)
    removed = []
    if out.is_dir():
        for entry in sorted(os.scandir(out), key=lambda e: e.name):
            name = entry.name
            if name in written or name == MANIFEST or name.endswith(TEMP_SUFFIX):
                continue
            if (name in old_files and name.endswith(OUTPUT_SUFFIXES) and entry.is_file(follow_symlinks=False)
                    and hashlib.sha256(Path(entry.path).read_bytes()).hexdigest() == old_files[name]):
                removed.append(name)  # the previous run's, unchanged and not written again
                continue
            target = staging / name
            if entry.is_symlink():
                os.symlink(os.readlink(entry.path), target)
            elif entry.is_dir():
                shutil.copytree(entry.path, target, symlinks=True, copy_function=_link_or_copy)
            else:
                _link_or_copy(entry.path, str(target))
        if not _exchange(staging, out):
            old = Path(tempfile.mkdtemp(prefix=f".{out.name}.", suffix=STAGING_SUFFIX, dir=out.parent))
            os.rename(out, old / "old")
            os.rename(staging, out)
            staging = old
        shutil.rmtree(staging, ignore_errors=True)  # now the previous output
    else:
        os.rename(staging, out)
    try:  # make the rename durable
        fd = os.open(out.parent, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
    except OSError:
        pass
    return removed


def discard_staging(staging: Path) -> None:
    """Remove a staged output of a run that failed (the previous output stays as it was)."""
    shutil.rmtree(staging, ignore_errors=True)
