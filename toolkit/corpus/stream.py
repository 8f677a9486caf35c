"""Large plain-text files, streamed: read, clean and profile a file piece by piece, in bounded memory.

>>> profile_file("seeds/iran_israel_tensions.txt")["sentences"]  # doctest: +SKIP
20

``tk.load`` holds a whole file (raw and cleaned text) in memory, and the token table of a long
text is large (about 1 KB per token), so for a file of tens of megabytes use :func:`profile_file`:
it decodes the file incrementally, cuts it at blank lines into pieces of about *chunk_chars*
characters, cleans and profiles each piece and adds the results.  Memory stays near a few times
*chunk_chars* plus one score tuple per sentence, whatever the file's size.

The result is the same as ``profile_document(load(path))`` for a text whose paragraphs are
separated by blank lines (the usual layout): paragraphs, and therefore sentences, never cross a
blank line, page furniture is dropped only at the end of the file and the "not English" check
looks at the start.  A file with no blank line in a piece is split into paragraphs at its line
ends there, as ``tk.load`` does for a file with no blank line at all.  HTML is not streamed: load
a saved page with ``tk.load``.
"""
from __future__ import annotations

import codecs
import multiprocessing
import os
import re
import stat
import warnings
from array import array
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path

from ..text.clean import EncodingFallbackWarning, check_not_binary, clean_text, detect_encoding, sniff_utf16

__all__ = ["iter_text_chunks", "profile_file", "ScoreColumns", "CHUNK_CHARS"]

#: Characters per piece (about 2 MB of text).
CHUNK_CHARS = 2_000_000
_READ_BYTES = 1 << 20
_BLANK_LINE = re.compile(r"\n[ \t\u00a0\r]*\n")
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"), (codecs.BOM_UTF8, "utf-8"),
         (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be"))


def _encoding_of(path: Path) -> tuple[str, int]:
    """``(encoding, bytes to skip)`` for *path*: its BOM's encoding, UTF-8 when every byte decodes,
    else the encoding detected on its start (with an :class:`EncodingFallbackWarning`).
    Binary files raise :class:`BinaryInputError`; a pipe, socket or device (whose reading would
    block or never end) an ``OSError``."""
    if not stat.S_ISREG(os.stat(path).st_mode):
        raise OSError(f"{path} is not a regular file (a pipe, socket or device); give a text file")
    with open(path, "rb") as fh:
        head = fh.read(65536)
        for bom, encoding in _BOMS:
            if head.startswith(bom):
                return encoding, len(bom)
        utf16 = sniff_utf16(head)
        if utf16:
            warnings.warn(f"{path}: no byte-order mark but UTF-16 text; decoded as {utf16}", EncodingFallbackWarning,
                          stacklevel=3)
            return utf16, 0
        check_not_binary(head)
        fh.seek(0)
        decoder = codecs.getincrementaldecoder("utf-8")()
        offset = 0
        try:
            while block := fh.read(_READ_BYTES):
                decoder.decode(block)
                offset += len(block)
            decoder.decode(b"", final=True)
            return "utf-8", 0
        except UnicodeDecodeError as exc:
            first_bad = offset + exc.start
        fh.seek(0)
        encoding = detect_encoding(fh.read(1_000_000))
    warnings.warn(f"{path}: not valid UTF-8 (first bad byte at offset {first_bad}); decoded as {encoding}",
                  EncodingFallbackWarning, stacklevel=3)
    return encoding, 0


def iter_text_chunks(path: str | os.PathLike, *, chunk_chars: int = CHUNK_CHARS) -> Iterator[str]:
    """The decoded text of *path* in pieces of about *chunk_chars* characters, each ending at a
    blank line (or, failing that, a line end, then a space) so no paragraph is cut in two.

    >>> sum(len(c) for c in iter_text_chunks("seeds/iran_israel_tensions.txt")) > 0  # doctest: +SKIP
    True
    """
    path = Path(path)
    if chunk_chars < 1000:
        raise ValueError(f"chunk_chars must be at least 1000, got {chunk_chars}")
    encoding, skip = _encoding_of(path)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    buffer = ""
    with open(path, "rb") as fh:
        fh.seek(skip)
        while True:
            block = fh.read(_READ_BYTES)
            buffer += decoder.decode(block, final=not block)
            while len(buffer) >= chunk_chars:
                cut = _cut_point(buffer, chunk_chars)
                yield buffer[:cut]
                buffer = buffer[cut:]
            if not block:
                break
    if buffer:
        yield buffer


def _cut_point(buffer: str, chunk_chars: int) -> int:
    """Where to end a piece: after the last blank line in the first *chunk_chars* characters
    (looking further, up to 4x, if there is none), else after a line end, else after a space."""
    for limit in (chunk_chars, min(len(buffer), 4 * chunk_chars)):
        last = None
        for last in _BLANK_LINE.finditer(buffer, 0, limit):
            pass
        if last is not None:
            return last.end()
    for sep in ("\n", " "):
        at = buffer.rfind(sep, 0, chunk_chars)
        if at > 0:
            return at + 1
    return chunk_chars


class ScoreColumns(Sequence):
    """Per-sentence ``(compound, pos, neu, neg)`` tuples kept as four float arrays (32 bytes a
    sentence instead of ~170 for a list of tuples); reads like a list of tuples.

    >>> cols = ScoreColumns(); cols.extend([(0.5, 0.6, 0.4, 0.0)]); cols[0], len(cols)
    ((0.5, 0.6, 0.4, 0.0), 1)
    """

    def __init__(self) -> None:
        self._columns = tuple(array("d") for _ in range(4))

    def extend(self, rows) -> None:
        for row in rows:
            for column, value in zip(self._columns, row):
                column.append(value)

    def __len__(self) -> int:
        return len(self._columns[0])

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        return tuple(column[i] for column in self._columns)

    def __eq__(self, other) -> bool:
        return isinstance(other, Sequence) and len(self) == len(other) and all(a == tuple(b) for a, b in zip(self, other))

    def __repr__(self) -> str:
        return f"ScoreColumns({len(self)} sentences)"


def _profile_piece(item: tuple[str, bool, bool, str]) -> tuple[dict | None, str | None, str | None]:
    """Clean and profile one piece: ``(profile or None when empty, title, not-English reason)``;
    the title and language check only for the first piece, page furniture dropped only from the last."""
    from .batch import profile_document
    from ..text.document import Document, _guess_title, not_english_reason

    piece, first, last, source = item
    text = clean_text(piece, html=False, drop_trailer=last).text
    if not text:
        return None, None, None
    title = _guess_title(text) if first else None
    reason = not_english_reason(text) if first else None
    return profile_document(Document(raw="", text=text, source=source)), title, reason


def _pieces(path: Path, chunk_chars: int) -> Iterator[tuple[str, bool, bool, str]]:
    """``(piece, is first, is last, source)`` for each piece of *path*."""
    previous, n = None, 0
    for n, piece in enumerate(iter_text_chunks(path, chunk_chars=chunk_chars)):
        if previous is not None:
            yield previous, n == 1, False, str(path)
        previous = piece
    if previous is not None:
        yield previous, n == 0, True, str(path)


def _map_bounded(function, items: Iterator, workers: int) -> Iterator:
    """``map(function, items)`` in order on *workers* forked processes, with at most 2 x *workers*
    items in flight, so a long stream is never read ahead into memory."""
    if workers < 2 or "fork" not in multiprocessing.get_all_start_methods():
        yield from map(function, items)
        return
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    from .parallel import exit_with_parent, max_workers, warm_up

    warm_up()
    workers = min(workers, max_workers())
    with ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context("fork"),
                             initializer=exit_with_parent, initargs=(os.getpid(),)) as pool:
        pending: deque = deque()
        for item in items:
            pending.append(pool.submit(function, item))
            if len(pending) >= 2 * workers:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()


def profile_file(path: str | os.PathLike, *, chunk_chars: int = CHUNK_CHARS, workers: int | None = None,
                 meta: dict | None = None) -> dict:
    """The profile of a (large) plain-text file, computed piece by piece on *workers* processes
    (default: all cores): the keys of :func:`toolkit.corpus.batch.profile_document` plus ``pieces``,
    ``notes`` and ``encoding``; ``scores`` is a compact :class:`ScoreColumns`.  An empty file gives
    zero counts.

    >>> profile_file("seeds/iran_israel_tensions.txt")["words"]  # doctest: +SKIP
    472
    """
    from .parallel import default_workers

    path = Path(path)
    if path.suffix.lower() in (".html", ".htm", ".xhtml"):
        raise ValueError(f"{path}: HTML is not streamed; load a saved page with tk.load")
    encoding, _ = _encoding_of(path)  # also raises BinaryInputError before any work
    counts: Counter = Counter()
    numbers: Counter = Counter()
    scores = ScoreColumns()
    totals = {"words": 0, "sentences": 0, "paragraphs": 0, "tokens": 0}
    title = None
    notes: list[str] = []
    pieces = 0
    for profile, piece_title, reason in _map_bounded(_profile_piece, _pieces(path, chunk_chars),
                                                      workers or default_workers()):
        title = title or piece_title
        if reason:
            notes.append(reason)
        if profile is None:
            continue
        pieces += 1
        counts.update(profile["counts"])
        numbers.update(profile["numbers"])
        scores.extend(profile["scores"])
        for key in totals:
            totals[key] += profile[key]
    meta = meta or {}
    return {
        "id": meta.get("id", str(path)), "group": meta.get("group", "(all)"), "title": title, "source": str(path),
        **totals, "counts": dict(counts), "numbers": dict(numbers), "scores": scores, "pieces": pieces,
        "notes": tuple(notes), "encoding": encoding.replace("-le", "").replace("-be", ""),
    }


def file_sentences(path: str | os.PathLike, *, chunk_chars: int = CHUNK_CHARS) -> Iterator[str]:
    """The sentences of a large plain-text file, piece by piece as :func:`profile_file` cuts and
    cleans it (so they line up with its sentence scores), in bounded memory.

    >>> next(file_sentences("seeds/iran_israel_tensions.txt"))[:9]  # doctest: +SKIP
    'Officials'
    """
    from ..text.segment import sentence_spans

    for piece, _, last, _ in _pieces(Path(path), chunk_chars):
        text = clean_text(piece, html=False, drop_trailer=last).text
        for start, end, _ in sentence_spans(text) if text else ():
            yield text[start:end]
