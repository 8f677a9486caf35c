"""Finding the quoted pieces: the stretches between quotation marks, and the writer's words around them.

Curly marks pair directly; a straight ``"`` opens when it follows a space or the start of a line and
closes when a space, punctuation or the line end follows it. A second opening mark before a close (news
style: ``"One. "Two."``) ends the first piece there; a line that ends with a quote still open ends the
piece (it continues in the next paragraph). Single marks ``' '`` / ``‘ ’`` are candidates only outside
double quotes (the extraction keeps them only when the words are attributed).

Input: the document's text. Output: ``_Piece`` records (the offsets of the words inside the marks and of
the marks, the paragraph number; later stages fill in speaker, verb and kind), and for a piece its left
context (the writer's words of its own sentence before the opening mark) and right context (up to the
next sentence end or quotation).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from ...text.resources import _punkt_sections
from ..entities.chunking import _offsets, _trailing_run_start

# One scan for every candidate mark.
_MARKS = re.compile(r"[\"“”]")
_MARK_CHARS = '"“”'  # (the same marks, found by str.find: _offsets)
# (an apostrophe between letters inside is a contraction, "don't", "I'm", not the closing mark)
_SINGLE = re.compile(r"['‘](?=[A-Za-z])((?:[^'‘’\"“”\n]|(?<=[A-Za-z])['’](?=[a-z])){1,150}?)(?<=[\w.,!?])['’](?![\w'’])")
# a mark before a letter and not after a word character or a mark (\w is str.isalnum() plus "_"), so the
# apostrophes of "it's" never reach Python; the mark comes first so the engine skips ahead to marks fast
# (a leading look-behind would test every position: four times slower)
_SINGLE_OPEN = re.compile(r"['‘](?<![\w'‘’].)(?=[A-Za-z])")
_ASCII_LETTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")

_SENT_BREAK = re.compile(r"[.!?][\"”’')]*\s+")

_SPACE = " \t\n\r\xa0"
_OPEN_BEFORE = set(_SPACE + "([{—–-/:;,")
_CLOSE_AFTER = set(_SPACE + ".,;:!?)]}—–-/…")


@dataclass
class _Piece:
    start: int                 # first character inside the marks
    end: int                   # one past the last character inside (before the closing mark or the break)
    open_at: int               # offset of the opening mark
    close_at: int | None       # offset of the closing mark, None when the piece runs on without one
    para: int
    single: bool = False
    kind: str = "full"
    speaker: str = ""
    surface: str = ""
    verb: str = ""
    stype: str = ""
    run: int = 0               # pieces of one run-on quotation share a run number
    own: bool = False          # the attribution is in the piece's own sentence
    side: str = ""             # where it was found: "L" before the quote, "R" after it, "N" a name right before
    keep: bool = True
    anchor: int = -1           # a piece that inherits its speaker: where that speaker's own quotation starts


def _pieces(text: str) -> list[_Piece]:
    """Every candidate piece between quotation marks, per line (a paragraph never spans a newline)."""
    pieces: list[_Piece] = []
    para = 0
    pos = 0
    n = len(text)
    marks = _offsets(text, _MARK_CHARS)  # (what _MARKS finds, every line's at once)
    k, nm = 0, len(marks)
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        state: int | None = None
        while k < nm and marks[k] < a:
            k += 1
        while k < nm and marks[k] < b:
            i = marks[k]
            k += 1
            ch = text[i]
            before = text[i - 1] if i > a else " "
            after = text[i + 1] if i + 1 < b else " "
            if ch == "“":
                opening = True
            elif ch == "”":
                # a right mark written for a left one ('the founder said, ”There is ...”'): with no piece open, after
                # a space or a comma and right before a letter, it opens
                opening = state is None and before in _OPEN_BEFORE and after.isalnum()
            else:
                can_open, can_close = before in _OPEN_BEFORE, after in _CLOSE_AFTER
                if can_open and after in _SPACE and state is not None:
                    can_open = False
                opening = can_open and not can_close if can_open != can_close else state is None
            if opening:
                if state is not None:
                    pieces.append(_Piece(state + 1, _rstrip(text, state + 1, i), state, None, para))
                state = i
            elif state is not None:
                pieces.append(_Piece(state + 1, i, state, i, para))
                state = None
        if state is not None:
            pieces.append(_Piece(state + 1, _rstrip(text, state + 1, b), state, None, para))
        para += 1
    del n
    return [p for p in pieces if p.end > p.start and text[p.start:p.end].strip()]


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in _SPACE:
        hi -= 1
    return hi


def _single_opens(text: str):
    """Offsets of single marks that can open a quotation: before a letter, not after a letter or mark (what
    _SINGLE_OPEN finds: the marks found by str.find, then its tests made on the characters around each)."""
    size = len(text)
    for i in _offsets(text, "'‘"):
        if i + 1 < size and text[i + 1] in _ASCII_LETTERS \
                and (i == 0 or not ((c := text[i - 1]).isalnum() or c == "_" or c in "'‘’")):
            yield i


def _single_pieces(text: str, taken: list[_Piece]) -> list[_Piece]:
    out = []
    opens = list(_single_opens(text))
    if not opens:  # no single mark opens anything (apostrophes only)
        return out
    spans = [(p.open_at, (p.close_at if p.close_at is not None else p.end)) for p in taken]
    para_starts: list[int] | None = None
    for i in opens:
        m = _SINGLE.match(text, i)
        if m is None or (out and i < out[-1].close_at):
            continue
        s, e = m.start(1), m.end(1)
        if e - s < 2:
            continue  # "rock 'n' roll", "fish 'n' chips", "detainee 'A'": an elision or a label, no words of anyone's
        if any(a <= s <= b for a, b in spans):
            continue
        if para_starts is None:  # only for the few single marks that open a quotation
            para_starts, pos = [], 0
            for line in text.split("\n"):
                if line.strip():
                    para_starts.append(pos)
                pos += len(line) + 1
        para = max(0, bisect_right(para_starts, s) - 1)
        out.append(_Piece(s, e, m.start(), e, para, single=True))
    return out


def _line_bounds(text: str, i: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return a, (len(text) if b < 0 else b)


def _last_break_end(text: str, lo: int, hi: int) -> int:
    """End of the last ``_SENT_BREAK`` match in ``text[lo:hi]`` (as an offset of *text*), or -1.

    Every match starts at its own "." "!" or "?" (no match holds another), so the last match of the
    whole stretch is the last one of any tail of it that holds a match: the 160 characters before *hi*
    are searched first, the whole stretch only when they hold none."""
    last = -1
    mid = max(lo, hi - 160)
    for m in _SENT_BREAK.finditer(text, mid, hi):
        last = m.end()
    if last < 0 and mid > lo:
        for m in _SENT_BREAK.finditer(text, lo, hi):
            last = m.end()
    return last


# The most writer's words read on either side of a quotation (far more than any real sentence: 2,000 characters).
MAX_CONTEXT = 2000


def _left_context(text: str, piece: _Piece, across: Callable[[int], int] | None = None,
                  raw: str | None = None) -> tuple[int, str]:
    """The writer's words of the quote's own sentence before its opening mark (*text* has earlier
    quotations blanked, so their words are never taken for the writer's). *across*: the start of a name that
    runs across an offset, else -1 (a full stop inside a name ends no sentence: "spokesman P.J. Crowley said");
    *raw*: the text before blanking, whose quoted words tell whether a sentence goes on into them. At most
    :data:`MAX_CONTEXT` characters: a "sentence" longer than that is no sentence (a text without stops or line
    breaks), and an unbounded look-back made each quotation's cost grow with the text before it."""
    lo = max(0, piece.open_at - MAX_CONTEXT)
    a = text.rfind("\n", lo, piece.open_at) + 1 or lo
    end = _last_break_end(text, a, piece.open_at)
    while end >= 0:
        if _abbreviation_not_end(text, a, end, raw):
            # "Rep. Jane Doe (D-Calif.) said the bill was": no sentence ends at a title or before a lower-case word
            end = _last_break_end(text, a, text.rfind(".", a, end))
            continue
        name = across(end) if across is not None else -1
        if name < 0 or name >= end:
            break
        end = _last_break_end(text, a, name)  # the sentence holding the whole name
    if end >= 0:
        a = end
    return a, text[a:piece.open_at]


_TITLE_ABBREVIATIONS = frozenset("mr mrs ms dr prof st sen rep gov gen lt col maj capt cmdr adm sgt cpl rev hon pres "
                                 "supt insp det".split())


def _abbreviation_not_end(text: str, lo: int, end: int, raw: str | None = None) -> bool:
    """The sentence break ending at *end* is a full stop after a capitalised abbreviation (:data:`_ABBREVIATION_END`)
    that is a title before a name ("Sen. John Smith") or is followed by a lower-case word ("D-Calif.) said"), a
    quotation mark between ('the U.S. "secure ...'))."""
    dot = text.rfind(".", lo, end)
    if dot < 0 or text[dot:end].strip(".\"”’') \t") or end >= len(text):
        return False
    found = _ABBREVIATION_END.search(text, lo, dot)
    if found is None:
        return False
    nxt = text[end]
    if nxt in "\"“‘'" and end + 1 < len(text):
        nxt = (raw or text)[end + 1]  # 'would help the U.S. "secure tough sanctions."': the quoted words go on with it
    return nxt.islower() or nxt.isupper() and found.group(1).lower() in _TITLE_ABBREVIATIONS


def _right_context(text: str, piece: _Piece, next_open: int,
                   across: Callable[[int], int] | None = None) -> tuple[int, str]:
    """The writer's words right after the closing mark, up to the next sentence end or quote (*across*: as for
    ``_left_context``; "said E.F. Hutton analyst Tom Reed." ends after the name)."""
    start = piece.close_at + 1 if piece.close_at is not None else piece.end
    b = text.find("\n", start, start + MAX_CONTEXT)  # (bounded, as on the left)
    b = min(start + MAX_CONTEXT if b < 0 else b, len(text), next_open)
    right = text[start:b]
    for m in _SENT_BREAK.finditer(right):
        if _ABBREVIATION_END.search(right, 0, m.start()) is None and (
                across is None or across(start + m.end()) < 0):  # "said Mr R. Sridharan": no break
            right = right[: m.start() + 1]
            break
    return start, right


_LAST_WORD = re.compile(r"(?<![\w.])((?:[A-Za-z]\.)*[A-Za-z]+)$")
_WORD_OR_STOP = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.")


def _last_word_from(text: str, lo: int, hi: int) -> int:
    """Where :data:`_LAST_WORD` can first match in ``text[lo:hi]``: the start of the run of ASCII letters and full
    stops that ends the span (before a final line break, where ``$`` matches too); no match can start earlier, so
    searching from there finds what a search from *lo* finds, in time of the word instead of the span."""
    return _trailing_run_start(text, lo, hi, _WORD_OR_STOP)


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    """The abbreviations the sentence splitter keeps a full stop inside a sentence after (toolkit/data/punkt_en.txt:
    titles "Mr", "Sen", "Gov", "Lt", states "Calif", "Ill", "U.S", months, "Inc"), lower-cased."""
    return frozenset(_punkt_sections().get("abbreviations", ()))


class _AbbreviationEnd:
    """``.search(text, lo, hi)``: the word right before *hi* (a full stop) is an initial ("said Mr R. Sridharan")
    or a capitalised abbreviation of that list ("said Sen. John Smith, R-Texas", "of Springfield, Ill., said");
    a match object or None, as the pattern this replaces."""

    @staticmethod
    def search(text: str, lo: int = 0, hi: int | None = None):
        hi = len(text) if hi is None else min(hi, len(text))
        m = _LAST_WORD.search(text, _last_word_from(text, max(lo, 0), hi), hi)
        if m is None:
            return None
        w = m.group(1)
        return m if w[0].isupper() and (len(w) == 1 or w.lower() in _abbreviations()) else None


_ABBREVIATION_END = _AbbreviationEnd()
