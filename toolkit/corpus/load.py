"""Many documents: load a folder, a CSV/JSONL file or a list of strings into a `Corpus`.

>>> corpus = load_corpus(["Iran warned Israel.", "Markets rose.", "Iran warned Israel."])
>>> len(corpus), corpus.duplicates["duplicate_of"].tolist()
(2, ['doc0000'])

One bad file never aborts a run: unreadable, binary or empty inputs are listed in
``corpus.problems`` (``path, problem``) and skipped.  Exact duplicates (same cleaned text)
are listed in ``corpus.duplicates`` and, by default, kept out of ``corpus.documents``.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import multiprocessing
import os
import warnings
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath

from ..text.clean import BinaryInputError, EncodingFallbackWarning
from ..text.document import HTML_SUFFIXES, Document, EmptyDocumentWarning, from_text, load
from .meta import date_from_name, parse_date

__all__ = ["Corpus", "load_corpus", "CORPUS_SUFFIXES", "TABLE_SUFFIXES"]

CORPUS_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm")
TABLE_SUFFIXES = (".csv", ".tsv", ".jsonl", ".ndjson")
# Files larger than this are refused with a clear problem row (split them, or raise the limit),
# unless they are streamed.
MAX_FILE_BYTES = 64 * 1024 * 1024
#: With ``profile=True`` (as ``analyze`` loads), plain-text files larger than this are streamed:
#: profiled piece by piece in bounded memory, whatever their size; their text is not kept.
STREAM_BYTES = 16 * 1024 * 1024


class _Table:
    """A :class:`Corpus` attribute that is a DataFrame with *columns* when read, but may be set to
    a list of row dicts (or None: no rows), made into the DataFrame only when first read, so that
    loading a corpus imports no pandas (e.g. a batch run that only needs the profiles)."""

    def __init__(self, columns: tuple[str, ...]) -> None:
        self.columns = columns

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:  # the dataclass field's default
            return None
        value = obj.__dict__[self.name]
        if value is None or isinstance(value, list):
            import pandas as pd

            value = obj.__dict__[self.name] = pd.DataFrame(value or [], columns=list(self.columns))
        return value

    def __set__(self, obj, value) -> None:
        obj.__dict__[self.name] = value


@dataclass
class Corpus:
    """Documents with ids and metadata, plus the problems and duplicates found while loading.

    ``doc.meta`` holds ``id``, ``group``, ``file_name`` and ``title`` for every document, a
    ``date`` (ISO ``YYYY``/``YYYY-MM``/``YYYY-MM-DD``) when one is known, and any metadata added
    with ``load_corpus(meta=...)``.  ``problems`` and ``duplicates`` are DataFrames (they may be
    given as lists of row dicts).
    """

    documents: list[Document]
    problems: "object" = _Table(("path", "problem"))  # DataFrame: path, problem
    duplicates: "object" = _Table(("id", "source", "duplicate_of"))  # DataFrame: id, source, duplicate_of
    source: str = ""
    _index: dict[str, int] = field(default_factory=dict, repr=False)
    _profiles: list | None = field(default=None, repr=False)  # set by toolkit.corpus.stats.profiles

    def __post_init__(self) -> None:
        self._index = {d.meta["id"]: i for i, d in enumerate(self.documents)}

    def __len__(self) -> int:
        return len(self.documents)

    def __iter__(self) -> Iterator[Document]:
        return iter(self.documents)

    def __getitem__(self, key: int | str) -> Document:
        if isinstance(key, str):
            if key not in self._index:
                raise KeyError(f"no document with id {key!r}; ids look like {self.ids[:3]}")
            return self.documents[self._index[key]]
        return self.documents[key]

    def __repr__(self) -> str:
        return (f"Corpus({len(self)} documents, {len(self.groups)} groups, {len(self.problems)} problems, "
                f"{len(self.duplicates)} duplicates, source={self.source!r})")

    @property
    def ids(self) -> list[str]:
        return [d.meta["id"] for d in self.documents]

    @property
    def groups(self) -> list[str]:
        """Distinct group names in first-seen order."""
        return list(dict.fromkeys(d.meta["group"] for d in self.documents))

    def metadata(self):
        """One row per document: ``id, group, title, file_name, source, chars, date`` and the
        columns added with ``meta=`` (``year, president, party`` for the speeches in ``seeds/``)."""
        import pandas as pd

        from .meta import INTERNAL_KEYS

        extra = list(dict.fromkeys(k for d in self.documents for k in d.meta if k not in INTERNAL_KEYS and k != "date"))
        return pd.DataFrame(
            [{"id": d.meta["id"], "group": d.meta["group"], "title": d.title, "file_name": d.meta["file_name"],
              "source": d.source, "chars": len(d.text), "date": d.meta.get("date"),
              **{k: d.meta.get(k) for k in extra}} for d in self.documents],
            columns=["id", "group", "title", "file_name", "source", "chars", "date", *extra],
        )

    def regroup(self, by: str) -> "Corpus":
        """The same documents grouped by a metadata column or a period ("year", "decade", "month"):
        a new Corpus sharing the documents' texts and cached counts.

        >>> load_corpus(["A.", "B."]).regroup("decade").groups
        ['(none)']
        """
        from .meta import apply_meta

        docs = [Document(d.raw, d.text, d.source, d.title, d.encoding, d.removed, d.notes, dict(d.meta)) for d in self.documents]
        for new, old in zip(docs, self.documents):
            object.__setattr__(new, "_cache", old._cache)  # the counts and scores depend on the text only
        return apply_meta(Corpus(docs, self.problems, self.duplicates, source=self.source), group=by)

    def subset(self, *, group: str | None = None, ids: Iterable[str] | None = None) -> "Corpus":
        """The documents of one group and/or with the given ids (problems and duplicates kept)."""
        keep = set(ids) if ids is not None else None
        docs = [d for d in self.documents
                if (group is None or d.meta["group"] == group) and (keep is None or d.meta["id"] in keep)]
        return Corpus(docs, self.problems, self.duplicates, source=self.source)


def _record(problems: list, path: str, problem: str) -> None:
    problems.append({"path": path, "problem": problem})


def _finish(docs: list[Document], problems: list, *, source: str, drop_duplicates: bool) -> Corpus:
    seen: dict[str, str] = {}
    kept, dups = [], []
    for doc in docs:
        digest = doc.meta.get("sha1") or hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
        doc.meta["sha1"] = digest
        if digest in seen:
            dups.append({"id": doc.meta["id"], "source": doc.source, "duplicate_of": seen[digest]})
            if drop_duplicates:
                continue
        else:
            seen[digest] = doc.meta["id"]
        kept.append(doc)
    # (lists of rows: the Corpus makes them DataFrames when they are first read)
    return Corpus(kept, list(problems), dups, source=source)


def _load_one(data: Path | str | bytes, *, source: str, meta: dict, problems: list) -> Document | None:
    """Load a file (a Path) or a text (str/bytes, never read as a path); record any problem."""
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            doc = load(data) if isinstance(data, Path) else from_text(data, source=source, title=meta.get("title"))
    except BinaryInputError as exc:
        _record(problems, source, f"binary file: {exc}")
        return None
    except (OSError, UnicodeError, ValueError) as exc:
        _record(problems, source, f"unreadable: {type(exc).__name__}: {exc}")
        return None
    if not doc.text:
        _record(problems, source, "empty: no text after cleaning")
        return None
    doc.meta.update(meta)
    doc.meta.setdefault("title", doc.title)
    doc.meta["warnings"] = tuple(str(w.message) for w in caught if not issubclass(w.category, EmptyDocumentWarning))
    return doc


# Files that describe a data folder rather than belong to it.
SKIP_NAMES = ("readme", "license", "licence", "changelog", "notice")


def _iter_folder(root: Path, suffixes: tuple[str, ...], problems: list | None = None) -> Iterator[Path]:
    """The files to load under *root*, sorted.  With a *problems* list, records there (and skips)
    a folder that cannot be read, a folder holding a toolkit output (its ``manifest.json``: its
    report is no input) and a file whose name is not valid UTF-8 (no output could name it)."""
    def unreadable(exc: OSError) -> None:
        if problems is not None:
            _record(problems, _shown(exc.filename or root), f"unreadable folder: {exc.strerror or exc}; its files were skipped")

    for dirpath, dirnames, filenames in os.walk(root, onerror=unreadable):
        if problems is not None and _is_toolkit_output(Path(dirpath), filenames):
            _record(problems, _shown(dirpath), "skipped folder: it holds a toolkit output (manifest.json), not input texts")
            dirnames[:] = []
            continue
        dirnames[:] = sorted(d for d in dirnames if not d.startswith((".", "_")))
        for name in sorted(filenames):
            lower = name.lower()
            if lower.startswith(".") or not lower.endswith(suffixes) or lower.split(".")[0] in SKIP_NAMES:
                continue
            if problems is not None and not _valid_name(os.path.join(dirpath, name)):
                _record(problems, _shown(os.path.join(dirpath, name)),
                        "file name is not valid UTF-8: rename the file (its name cannot be written to the outputs)")
                continue
            yield Path(dirpath) / name


def _valid_name(name: str) -> bool:
    """Whether *name* (as os.walk gives it) is valid UTF-8, i.e. holds no escaped byte or surrogate."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _shown(name: str | os.PathLike) -> str:
    """*name* printable in any output: undecodable bytes shown as ``\\xNN`` escapes."""
    name = os.fspath(name)
    return name if _valid_name(name) else name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_toolkit_output(folder: Path, filenames: list[str]) -> bool:
    """Whether *folder* holds a toolkit output (a ``manifest.json`` written by ``analyze``)."""
    if "manifest.json" not in filenames:
        return False
    from .outputs import read_manifest

    return read_manifest(folder) is not None


def _group_of(rel: str, group: str) -> str:
    """The group of a file at *rel* (a POSIX path relative to the corpus folder).

    >>> _group_of("world/iran.txt", "folder"), _group_of("iran.txt", "folder"), _group_of("tech_001.txt", "prefix")
    ('world', '(top)', 'tech')
    """
    if group == "prefix":
        stem = PurePosixPath(rel).stem
        return stem.split("_")[0] if "_" in stem else stem.split("-")[0]
    first, sep, _ = rel.partition("/")
    return first if sep else "(top)"


def _relative(path: Path, root: Path) -> str:
    """*path* relative to *root*, as a POSIX string (``path.relative_to(root).as_posix()``)."""
    base, full = str(root), str(path)
    prefix = base if base.endswith(os.sep) else base + os.sep
    if not full.startswith(prefix):
        return path.relative_to(root).as_posix()
    rel = full[len(prefix):]
    return rel if os.sep == "/" else rel.replace(os.sep, "/")


def _load_folder_file(item: tuple[Path, Path, str, bool]) -> tuple[Document | None, list]:
    """Load one file of a folder corpus (runs in a worker process for large folders); with
    *profile*, also compute its profile, which travels back in the document's cache."""
    path, root, group, profile = item
    rel = _relative(path, root)
    suffix = path.suffix
    meta = {"id": rel[: len(rel) - len(suffix)] if suffix else rel, "group": _group_of(rel, group), "file_name": rel,
            "date": date_from_name(path.name)}
    problems: list = []
    doc = _load_file(path, meta, profile=profile, problems=problems)
    if doc is not None and "sha1" not in doc.meta:  # for the duplicate check, computed here on all cores
        doc.meta["sha1"] = hashlib.sha1(doc.text.encode("utf-8")).hexdigest()
    return doc, problems


def _load_file(path: Path, meta: dict, *, profile: bool, problems: list) -> Document | None:
    """Load one file; with *profile*, compute its profile too, streaming a plain-text file over
    :data:`STREAM_BYTES` (its text is then not kept: see :func:`_streamed`)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        _record(problems, str(path), f"unreadable: {exc}")
        return None
    if profile and size > STREAM_BYTES and path.suffix.lower() not in HTML_SUFFIXES:
        return _streamed(path, size, meta, problems)
    if size > MAX_FILE_BYTES:
        _record(problems, str(path), f"too large: {size:,} bytes (limit {MAX_FILE_BYTES:,}); split it into smaller files")
        return None
    doc = _load_one(path, source=str(path), meta=meta, problems=problems)
    if doc is not None and profile:
        from .batch import profile_document

        profile_document(doc)
    return doc


def _streamed(path: Path, size: int, meta: dict, problems: list) -> Document | None:
    """A large plain-text file profiled piece by piece (:func:`toolkit.corpus.stream.profile_file`), in
    bounded memory.  The Document keeps the counts and scores every corpus analysis uses, but
    not the text: ``doc.text`` is empty, ``doc.meta["streamed"]`` is True and a note says so."""
    from .stream import profile_file

    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            # All cores when loading in this process; one inside a worker (no pools within pools).
            prof = profile_file(path, workers=None if multiprocessing.parent_process() is None else 1)
            digest = _file_sha1(path)
    except BinaryInputError as exc:
        _record(problems, str(path), f"binary file: {exc}")
        return None
    except (OSError, UnicodeError, ValueError) as exc:
        _record(problems, str(path), f"unreadable: {type(exc).__name__}: {exc}")
        return None
    if not prof["sentences"]:
        _record(problems, str(path), "empty: no text after cleaning")
        return None
    note = (f"streamed: {size:,} bytes in {prof['pieces']} pieces; its counts and scores are kept, "
            f"its text is not (files over {STREAM_BYTES:,} bytes); use tk.load(path) for the text")
    doc = Document(raw="", text="", source=str(path), title=prof["title"], encoding=prof["encoding"],
                   notes=(note, *prof["notes"]),
                   meta={**meta, "title": prof["title"], "streamed": True, "sha1": digest,
                         "warnings": tuple(str(w.message) for w in caught)})
    doc._cache[("profile",)] = {k: prof[k] for k in ("words", "sentences", "paragraphs", "tokens", "counts",
                                                       "numbers", "scores")}
    return doc


def _file_sha1(path: Path) -> str:
    digest = hashlib.sha1()
    with open(path, "rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
    return "file:" + digest.hexdigest()


# Below this many files, worker processes cost more than they save.
MIN_FILES_FOR_PROCESSES = 100


def _from_folder(root: Path, *, group: str, drop_duplicates: bool, suffixes: tuple[str, ...], progress: bool,
                 workers: int | None, profile: bool = False, meanwhile: Callable[[], object] | None = None) -> Corpus:
    from .parallel import map_in_processes

    folder_problems: list = []
    paths = list(_iter_folder(root, suffixes, folder_problems))
    if not paths and not folder_problems:
        raise FileNotFoundError(f"no {'/'.join(suffixes)} files under {root}")
    bar = _bar(len(paths), progress, "loading")
    results = map_in_processes(_load_folder_file, [(p, root, group, profile) for p in paths], workers=workers,
                               min_items=MIN_FILES_FOR_PROCESSES, progress=bar.update if bar else None,
                               meanwhile=meanwhile)
    if bar:
        bar.close()
    problems = folder_problems + [row for _, rows in results for row in rows]
    docs = [doc for doc, _ in results if doc is not None]
    return _finish(docs, problems, source=str(root), drop_duplicates=drop_duplicates)


def _rows_from_table(path: Path) -> Iterator[tuple[int, dict]]:
    """``(line number, row)`` for each record of a CSV/TSV/JSONL file, decoded as text files are
    (BOM, UTF-8, else the detected encoding with an :class:`EncodingFallbackWarning`; binary raises
    :class:`BinaryInputError`).  A record that cannot be read is ``{"__error__": reason}``: invalid
    JSON, a CSV quote never closed (which would merge the rest of the file into one field), a
    field over :data:`MAX_FILE_BYTES`, or any other malformed CSV line."""
    from .stream import _encoding_of

    suffix = path.suffix.lower()
    encoding, skip = _encoding_of(path)
    with open(path, "rb") as raw:
        raw.seek(skip)
        if suffix in (".jsonl", ".ndjson"):
            fh = io.TextIOWrapper(raw, encoding=encoding, errors="replace")
            for n, line in enumerate(fh, 1):
                if line.strip():
                    try:
                        row = json.loads(line)
                    except json.JSONDecodeError as exc:
                        yield n, {"__error__": f"line {n}: invalid JSON ({exc.msg})"}
                        continue
                    yield n, row if isinstance(row, dict) else {"__error__": f"line {n}: not a JSON object"}
            return
        csv.field_size_limit(MAX_FILE_BYTES)
        fh = io.TextIOWrapper(raw, encoding=encoding, errors="replace", newline="")
        reader = csv.reader(fh, delimiter="\t" if suffix == ".tsv" else ",", strict=True)
        header = None
        while True:
            first = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                message = str(exc)
                if "unexpected end of data" in message:
                    reason = (f"line {first}: a quoted field is never closed, so lines {first}-{reader.line_num} "
                              "would merge into one document; close the quote")
                elif "field limit" in message:
                    reason = f"line {first}: a field over {MAX_FILE_BYTES:,} bytes (the limit); split it"
                else:
                    reason = f"line {first}: malformed CSV ({message})"
                yield first, {"__error__": reason}
                continue
            if header is None:
                header = cells
            elif cells:  # a blank line is no record (as csv.DictReader)
                yield first, dict(zip(header, cells))


def _text_ok(value: object) -> bool:
    """Whether *value* is a str every output can store (no lone surrogate)."""
    return not isinstance(value, str) or _valid_name(value)


def _from_table(path: Path, *, text_col: str, id_col: str | None, group_col: str | None, title_col: str | None,
                drop_duplicates: bool, progress: bool, date_col: str | None = "date") -> Corpus:
    problems: list = []
    docs = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        rows = list(_rows_from_table(path))
    fallback = [str(w.message) for w in caught]
    for message in fallback:  # shown as for a text file; each document notes it too
        warnings.warn(message, EncodingFallbackWarning, stacklevel=3)
    decoded = [f"decoded as {m.rsplit('decoded as ', 1)[1]}" for m in fallback if "decoded as " in m]
    records = without_text = 0
    for n, (line, row) in enumerate(_progress(rows, progress, "loading"), 1):
        jsonl = path.suffix.lower() in (".jsonl", ".ndjson")
        where = f"{path}:{line if jsonl else n}"
        if "__error__" in row:
            _record(problems, where, row["__error__"])
            continue
        records += 1
        if text_col not in row:
            without_text += 1
            _record(problems, where, f"no {text_col!r} field; its fields are {sorted(map(str, row))}")
            continue
        text = row.get(text_col)
        if not isinstance(text, str):
            _record(problems, where, f"column {text_col!r} is not text")
            continue
        bad = [c for c in (text_col, id_col, group_col, title_col) if c and not _text_ok(row.get(c))]
        if bad:
            _record(problems, where, f"field {bad[0]!r} holds a lone surrogate (invalid Unicode), which no output can store")
            continue
        meta = {"id": str(row[id_col]) if id_col and row.get(id_col) not in (None, "") else f"row{n:05d}",
                "group": str(row[group_col]) if group_col and row.get(group_col) is not None else "(all)",
                "file_name": path.name}
        if title_col and row.get(title_col):
            meta["title"] = str(row[title_col])
        if date_col:
            meta["date"] = parse_date(row.get(date_col))
        doc = _load_one(text, source=where, meta=meta, problems=problems)
        if doc is not None:
            if decoded:
                doc = replace(doc, notes=(*decoded, *doc.notes), meta=doc.meta)
            docs.append(doc)
    if records and without_text == records:
        raise KeyError(f"{path} has no column {text_col!r}; its columns are "
                       f"{sorted(map(str, next(r for _, r in rows if '__error__' not in r)))} (use text_col=...)")
    return _finish(docs, problems, source=str(path), drop_duplicates=drop_duplicates)


def _kind(path: Path) -> str | None:
    """"file", "dir", "other" (a pipe, socket or device), "denied" (a folder on the way cannot be
    searched) or None (nothing there)."""
    import stat

    try:
        mode = path.stat().st_mode
    except PermissionError:
        return "denied"
    except (OSError, ValueError):
        return None
    return "file" if stat.S_ISREG(mode) else "dir" if stat.S_ISDIR(mode) else "other"


def _bar(total: int, enabled: bool, desc: str):
    if not enabled:
        return None
    from tqdm.auto import tqdm

    return tqdm(total=total, desc=desc, unit="doc")


def _progress(items: list, enabled: bool, desc: str):
    if not enabled:
        return items
    from tqdm.auto import tqdm

    return tqdm(items, desc=desc, unit="doc")


def _once(function: Callable[[], object]) -> Callable[[], None]:
    """*function*, called at its first call only (the ``meanwhile`` of several paths loaded one after another)."""
    done: list[bool] = []

    def once() -> None:
        if not done:
            done.append(True)
            function()

    return once


def load_corpus(
    source,
    *,
    group: str = "folder",
    text_col: str = "text",
    id_col: str | None = "id",
    group_col: str | None = "group",
    title_col: str | None = "title",
    drop_duplicates: bool = True,
    suffixes: tuple[str, ...] = CORPUS_SUFFIXES,
    progress: bool = False,
    workers: int | None = None,
    profile: bool = False,
    meta=None,
    date_col: str | None = "date",
    meanwhile: Callable[[], object] | None = None,
) -> Corpus:
    """Load a folder (recursive; .txt, .html, .md), a CSV/TSV/JSONL file with a text column,
    a list of strings/Documents, or several paths, into a :class:`Corpus`.

    Hidden files and folders, and README/LICENSE files, are skipped.
    Folder documents get ``id`` = relative path without suffix, ``group`` = the first
    sub-folder (``group="prefix"`` uses the file-name part before "_", e.g. "business_001"),
    ``title`` = the first line when it looks like a headline.  A folder of 100+ files is read and
    cleaned on *workers* processes (default: all cores; ``workers=1`` stays in this process).
    With ``profile=True`` those workers also compute each document's counts and scores (what
    every corpus analysis starts from) in the same pass, so nothing is sent to a pool twice, and
    plain-text files over :data:`STREAM_BYTES` are streamed (their text is not kept).

    Dates: a file whose name starts with ``YYYY`` or ``YYYY-MM-DD`` (``1980-Carter.txt``) gets that
    ``date``; a CSV/JSONL row takes it from the *date_col* column.  *meta* adds columns to every
    document: a function of the path returning a dict, a CSV file or DataFrame joined on ``id``, a
    dict ``id -> {...}``, or "speeches" (``year, president, party`` of files named like
    ``1980-Carter.txt``; see :func:`toolkit.corpus.meta.speech_meta`).  *group* may then also
    name a metadata column or a period: ``group="party"``, ``group="decade"``.

    *meanwhile* is called at most once in this process while a folder's files load on the worker processes (first,
    when they load here), e.g. to build what the caller needs next in the time this process would wait (``analyze``
    warms up the entity and quotation rules there); it is not called when no folder is read.

    >>> load_corpus(["One text.", "Another text."]).ids
    ['doc0000', 'doc0001']
    """
    if isinstance(source, str) and not source.strip():
        raise ValueError(f"load_corpus: the source {source!r} is an empty path; give a folder, a .csv/.tsv/.jsonl "
                         "file or a list of texts (\".\" for the current folder)")
    if meta is not None or group not in ("folder", "prefix"):
        from .meta import apply_meta

        corpus = load_corpus(source, group=group if group in ("folder", "prefix") else "folder", text_col=text_col, id_col=id_col, group_col=group_col,
                             title_col=title_col, drop_duplicates=drop_duplicates, suffixes=suffixes, progress=progress,
                             workers=workers, profile=profile, date_col=date_col, meanwhile=meanwhile)
        return apply_meta(corpus, meta, group=None if group in ("folder", "prefix") else group)
    if isinstance(source, (str, os.PathLike)) and not (isinstance(source, str) and "\n" in source):
        path = Path(source).expanduser()
        kind = _kind(path)
        if kind == "dir":
            return _from_folder(path, group=group, drop_duplicates=drop_duplicates, suffixes=suffixes, progress=progress,
                                workers=workers, profile=profile, meanwhile=meanwhile)
        if kind == "file" and path.suffix.lower() in TABLE_SUFFIXES:
            try:
                return _from_table(path, text_col=text_col, id_col=id_col, group_col=group_col, title_col=title_col,
                                   drop_duplicates=drop_duplicates, progress=progress, date_col=date_col)
            except BinaryInputError as exc:
                return _finish([], [{"path": str(path), "problem": f"binary file: {exc}"}], source=str(path),
                               drop_duplicates=drop_duplicates)
        if kind in ("file", "other"):  # a pipe or device becomes a problem row ("not a regular file")
            problems: list = []
            if not _valid_name(str(path)):
                _record(problems, _shown(path), "file name is not valid UTF-8: rename the file (its name cannot "
                                                "be written to the outputs)")
                return _finish([], problems, source=_shown(path), drop_duplicates=drop_duplicates)
            doc = _load_file(path, {"id": path.stem, "group": "(top)", "file_name": path.name,
                                    "date": date_from_name(path.name)}, profile=profile,
                             problems=problems)
            # (a streamed document has an empty text, so test for None, not for truth)
            return _finish([doc] if doc is not None else [], problems, source=str(path), drop_duplicates=drop_duplicates)
        if kind == "denied":
            raise PermissionError(f"cannot read {source}: permission denied on it or on a folder above it")
        raise FileNotFoundError(f"no such file or folder: {source}")
    if isinstance(source, (str, bytes, Document)) or not isinstance(source, Iterable):
        raise TypeError("give a folder, a .csv/.tsv/.jsonl file, or a list of strings or Documents")
    items = list(source)
    if items and all(isinstance(i, (str, os.PathLike)) and "\n" not in str(i) and Path(str(i)).exists() for i in items):
        once = _once(meanwhile) if meanwhile is not None else None
        parts = [load_corpus(i, group=group, text_col=text_col, id_col=id_col, group_col=group_col, title_col=title_col,
                             drop_duplicates=False, suffixes=suffixes, progress=progress, workers=workers, profile=profile,
                             date_col=date_col, meanwhile=once) for i in items]
        docs = [d for p in parts for d in p.documents]
        import pandas as pd

        problems = pd.concat([p.problems for p in parts], ignore_index=True).to_dict("records")
        return _finish(docs, problems, source=", ".join(map(str, items)), drop_duplicates=drop_duplicates)
    problems = []
    docs = []
    for n, item in enumerate(items):
        meta = {"id": f"doc{n:04d}", "group": "(all)", "file_name": ""}
        if isinstance(item, Document):
            doc = Document(item.raw, item.text, item.source, item.title, item.encoding, item.removed, item.notes,
                           {**item.meta, **{k: v for k, v in meta.items() if k not in item.meta}})
            docs.append(doc) if doc.text or doc.meta.get("streamed") else _record(problems, meta["id"], "empty: no text after cleaning")
            continue
        if not isinstance(item, (str, bytes)):
            _record(problems, meta["id"], f"not text: {type(item).__name__}")
            continue
        doc = _load_one(item, source=meta["id"], meta=meta, problems=problems)
        if doc is not None:
            docs.append(doc)
    return _finish(docs, problems, source="<list>", drop_duplicates=drop_duplicates)
