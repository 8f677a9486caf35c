"""`Document` and `load`: one cleaned text with its raw form, source, title and cleaning notes.

>>> doc = load("Markets rallied.\\n0 Comments")
>>> doc.text, doc.removed
('Markets rallied.', ('0 Comments',))

Every analysis function accepts a ``Document`` or a plain ``str`` (cleaned on the fly).
An empty or whitespace-only input gives an empty document (with an ``EmptyDocumentWarning``);
analyses of it return empty tables with the usual columns.
"""
from __future__ import annotations

import io
import os
import re
import stat
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Union

from .clean import clean_text, decode_bytes

__all__ = ["Document", "load", "from_text", "as_document", "EmptyDocumentWarning", "NotEnglishWarning", "TEXT_SUFFIXES"]

TEXT_SUFFIXES = (".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")


class EmptyDocumentWarning(UserWarning):
    """The input had no text after cleaning."""


class NotEnglishWarning(UserWarning):
    """The text does not look like English; stop words, sentence splitting and VADER assume English."""


@dataclass(frozen=True, eq=False)
class Document:
    """A cleaned text. ``text`` is what every offset refers to; ``raw`` is the input as decoded.

    >>> load("Hello there.").text
    'Hello there.'
    """

    raw: str
    text: str
    source: str | None = None
    title: str | None = None
    encoding: str = "utf-8"
    removed: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    meta: dict[str, Any] = field(default_factory=dict)
    _cache: dict = field(default_factory=dict, repr=False)

    def __getstate__(self) -> dict:
        """The pickled state, with ``raw`` left out when it is ``text`` or ``text`` plus a final
        newline (the usual case), so documents cross between processes at about two thirds of
        the size.

        >>> import pickle; d = load("Hello there.\\n"); pickle.loads(pickle.dumps(d)).raw == d.raw
        True
        """
        state = self.__dict__.copy()
        raw, text = self.raw, self.text
        if raw == text:
            state["raw"] = 0
        elif len(raw) == len(text) + 1 and raw[-1] == "\n" and raw.startswith(text):
            state["raw"] = 1
        return state

    def __setstate__(self, state: dict) -> None:
        raw = state["raw"]
        if not isinstance(raw, str):
            state = {**state, "raw": state["text"] + "\n" if raw == 1 else state["text"]}
        self.__dict__.update(state)

    def cached(self, key: tuple, compute: Callable[[], Any]) -> Any:
        """Memoise a derived table; safe because ``text`` never changes."""
        if key not in self._cache:
            self._cache[key] = compute()
        return self._cache[key]

    @property
    def name(self) -> str:
        """A short label: the title, else the file name, else the first words."""
        if self.title:
            return self.title
        if self.source and self.source != "<string>":
            return Path(self.source).name
        words = self.text.split()[:6]
        return " ".join(words) + ("…" if len(self.text.split()) > 6 else "") if words else "(empty)"

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return f"Document(name={self.name!r}, chars={len(self.text)}, source={self.source!r})"


DocLike = Union[Document, str]


def as_document(doc: DocLike) -> Document:
    """Return *doc* if it is a Document; load a str that names an existing file; else clean the
    string itself into a Document (the last few are cached, so repeated calls are cheap)."""
    if isinstance(doc, Document):
        return doc
    if isinstance(doc, str):
        kind = _path_kind(doc)
        if kind == "file":
            return _load_path(Path(doc).expanduser(), html=None, title=None)
        _refuse_odd_path(doc, kind)
        return _string_document(doc)
    if isinstance(doc, os.PathLike):
        return _load_path(Path(doc), html=None, title=None)
    raise TypeError(f"expected a toolkit.Document or a str, got {type(doc).__name__}; use tk.load(path) for files")


_STRING_CACHE: dict[str, Document] = {}


def _string_document(text: str) -> Document:
    # Keeps the last few plain-string documents so repeated calls share their derived tables.
    doc = _STRING_CACHE.get(text)
    if doc is None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", EmptyDocumentWarning)
            doc = _build(text, source="<string>")
        if len(_STRING_CACHE) >= 16:
            _STRING_CACHE.pop(next(iter(_STRING_CACHE)))
        _STRING_CACHE[text] = doc
    return doc


# Longest path the OS takes (Linux PATH_MAX); longer strings are never paths.
_PATH_MAX = 4096


def _looks_like_path(s: str) -> bool:
    return bool(s) and len(s) < _PATH_MAX and "\n" not in s and "\x00" not in s


def _path_kind(s: str) -> str | None:
    """"file", "dir", "other" (a pipe, socket or device) or "denied" (a folder on the way cannot
    be searched) when the str names something, else None (never raises on odd strings)."""
    if not _looks_like_path(s):
        return None
    try:
        mode = os.stat(Path(s).expanduser()).st_mode
    except PermissionError:
        return "denied"
    except (OSError, ValueError, RuntimeError):  # RuntimeError: "~x" with no home directory
        return None
    return "file" if stat.S_ISREG(mode) else "dir" if stat.S_ISDIR(mode) else "other"


def _refuse_odd_path(s: str, kind: str | None) -> None:
    """Raise a clear error for a str that names something other than a readable file: a folder,
    a pipe or device, a file behind a folder that cannot be read, or (with leading or trailing
    spaces) an existing file; return for a str that is text."""
    if kind == "dir":
        raise IsADirectoryError(f"{s} is a folder; use tk.load_corpus() for a folder of texts")
    if kind == "other":
        raise OSError(f"{s} is not a regular file (a pipe, socket or device); give a text file")
    if kind == "denied":
        raise PermissionError(f"cannot read {s}: permission denied on it or on a folder above it")
    if s != s.strip() and _path_kind(s.strip()) in ("file", "dir"):
        raise ValueError(f"{s!r} has leading or trailing spaces, and without them it names {s.strip()!r}; "
                         "remove the spaces to load it, or use tk.from_text() to analyse this string as text")


def load(source: "DocLike | os.PathLike | bytes | io.IOBase", *, html: bool | None = None, title: str | None = None) -> Document:
    """Load a path, a str of text, bytes or a file object into a cleaned :class:`Document`.

    A str is read as a path when it names an existing file (or ends in .txt/.html/.md, in which
    case a missing file raises ``FileNotFoundError``); otherwise it is the text itself.

    >>> load("seeds/iran_israel_tensions.txt").text[:9]  # doctest: +SKIP
    'Officials'
    """
    if isinstance(source, Document):
        return source
    if isinstance(source, os.PathLike):
        return _load_path(Path(source), html=html, title=title)
    if isinstance(source, str):
        kind = _path_kind(source)
        if kind == "file":
            return _load_path(Path(source).expanduser(), html=html, title=title)
        _refuse_odd_path(source, kind)
        if _looks_like_path(source) and Path(source).suffix.lower() in TEXT_SUFFIXES and " " not in source:
            raise FileNotFoundError(f"no such file: {source}")
        return _build(source, source="<string>", html=html, title=title)
    if isinstance(source, (bytes, bytearray)):
        return _build(bytes(source), source="<bytes>", html=html, title=title)
    if hasattr(source, "read"):
        data = source.read()
        name = getattr(source, "name", None)
        src = str(name) if isinstance(name, (str, os.PathLike)) else "<file object>"
        if html is None and isinstance(name, str) and name.lower().endswith(HTML_SUFFIXES):
            html = True
        return _build(data, source=src, html=html, title=title)
    raise TypeError(f"cannot load {type(source).__name__}: give a path, a str of text, bytes or a file object")


def from_text(text: str | bytes, *, source: str = "<string>", html: bool | None = None, title: str | None = None) -> Document:
    """Clean *text* (never read as a path) into a Document labelled *source*.

    >>> from_text("README.md").text
    'README.md'
    """
    return _build(text, source=source, html=html, title=title)


def _load_path(path: Path, *, html: bool | None, title: str | None) -> Document:
    try:
        mode = path.stat().st_mode
    except (FileNotFoundError, NotADirectoryError):
        mode = None  # read_bytes below raises the usual error
    if mode is not None and stat.S_ISDIR(mode):
        raise IsADirectoryError(f"{path} is a folder; use tk.load_corpus() for a folder of texts")
    if mode is not None and not stat.S_ISREG(mode):  # a pipe, socket or device would block or never end
        raise OSError(f"{path} is not a regular file (a pipe, socket or device); give a text file")
    data = path.read_bytes()
    if html is None and path.suffix.lower() in HTML_SUFFIXES:
        html = True
    return _build(data, source=str(path), html=html, title=title)


_HEADLINE_END = re.compile(r"[.,;:!?]['\"”’)]?$")


def _guess_title(text: str) -> str | None:
    first, sep, rest = text.partition("\n\n")
    if not sep or not rest.strip():
        return None
    words = first.split()
    if 1 <= len(words) <= 16 and not _HEADLINE_END.search(first):
        return first
    return None


def _build(data: str | bytes, *, source: str, html: bool | None = None, title: str | None = None) -> Document:
    if isinstance(data, (bytes, bytearray)):
        raw, encoding = decode_bytes(bytes(data))
    else:
        raw, encoding = data, "utf-8"
    result = clean_text(raw, html=html)
    text = result.text
    notes = list(result.notes)
    if encoding != "utf-8":
        notes.insert(0, f"decoded as {encoding}")
    doc_title = title or result.title or _guess_title(text)
    if not text:
        warnings.warn(f"{source}: no text after cleaning (empty or whitespace-only input)", EmptyDocumentWarning, stacklevel=3)
    else:
        reason = not_english_reason(text)
        if reason:
            notes.append(reason)
            warnings.warn(f"{source}: {reason}", NotEnglishWarning, stacklevel=3)
    return Document(raw=raw, text=text, source=source, title=doc_title, encoding=encoding,
                    removed=result.removed, notes=tuple(notes))


_WORD = re.compile(r"[^\W\d_]+")
_NON_ASCII_LETTER = re.compile(r"[^\W\d_A-Za-z]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
# ASCII bytes that are not letters: deleting them from the ASCII part of a text leaves its letters.
_NON_LETTER_BYTES = bytes(b for b in range(128) if not chr(b).isalpha())
_ASCII_NON_LETTERS_TO_SPACE = str.maketrans({chr(b): " " for b in range(128) if not chr(b).isalpha()})
# Typography common in English news, none of it a letter or digit (tests check): blanked, a text
# that is then ASCII takes the ASCII route.
_TYPOGRAPHY = "’‘“”–—…£€\xa0•·«»°©®™"


def not_english_reason(text: str, *, sample: int = 2000) -> str | None:
    """A short reason when *text* does not look like English, else None.

    Looks at the first *sample* characters: the share of Latin letters (catches CJK, Arabic,
    Hebrew, Cyrillic…) and, for Latin text of 30+ words in its first 1,000 characters, the share
    of English stop words there (catches French, German…).

    >>> not_english_reason("これは日本語の文章です。")
    'this looks like it is not English: only 0% of its letters are Latin'
    """
    from .resources import stopwords

    chunk = text[:sample]
    if not chunk.isascii():
        plain = chunk  # typography blanked: no letter or digit changes, so neither does the answer
        for mark in _TYPOGRAPHY:
            if mark in plain:
                plain = plain.replace(mark, " ")
        if plain.isascii():
            chunk = plain
    if chunk.isascii():  # every letter is Latin
        n_letters = latin = 1 if _ASCII_LETTER.search(chunk) else 0
    else:
        ascii_letters = len(chunk.encode("ascii", "ignore").translate(None, _NON_LETTER_BYTES))
        others = _NON_ASCII_LETTER.findall(chunk)
        n_letters = ascii_letters + len(others)
        latin = ascii_letters
        if n_letters and latin / n_letters < 0.6:  # count accented Latin letters too before deciding
            latin += sum(1 for c in others if "LATIN" in _char_name(c))
    if not n_letters:
        return None
    if latin / n_letters < 0.6:
        return f"this looks like it is not English: only {latin / n_letters:.0%} of its letters are Latin"
    head = chunk[:1000].lower()  # ~150 words are plenty for this share
    # ASCII: letters are [a-z], so blanking every other character and splitting finds the same runs.
    words = head.translate(_ASCII_NON_LETTERS_TO_SPACE).split() if head.isascii() else _WORD.findall(head)
    if len(words) >= 30:
        share = sum(map(stopwords().__contains__, words)) / len(words)
        if share < 0.12:
            return f"this looks like it is not English: only {share:.0%} of its words are English stop words"
    return None


def _char_name(c: str) -> str:
    import unicodedata

    return unicodedata.name(c, "")
