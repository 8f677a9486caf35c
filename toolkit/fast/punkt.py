"""NLTK's Punkt sentence splitter with a faster, exact decision at each candidate sentence end.

``PunktSentenceTokenizer.span_tokenize`` finds every ".", "?" or "!" that could end a sentence and
asks ``text_contains_sentbreak(context)`` about the few words around it.  NLTK answers by building
``PunktToken`` objects and running two chained generators of annotation passes; that is most of
its time.  :class:`FastPunkt` keeps all of NLTK's code except that one method, which it computes
with the same rules, regular expressions and parameters on plain strings:

* tokens: the same ``word_tokenize`` pattern, line by line, as ``_tokenize_words``;
* first pass (``_first_pass_annotation``): "." / "?" / "!" break; all-dot tokens are ellipses;
  other period-final tokens are abbreviations when known (whole or after the last "-"), else breaks;
* second pass (``_second_pass_annotation``) on each pair of neighbours: collocations, the
  orthographic heuristic, frequent sentence starters, initials and numbers;
* the answer is True when any token but the last ends up a break.

tests/test_fastpath.py checks sentence spans equal NLTK's on the news sample, generated and random
text.

>>> from toolkit.text.resources import punkt_parameters
>>> list(FastPunkt(punkt_parameters()).span_tokenize("Mr. Smith left. He ran."))
[(0, 15), (16, 23)]
"""
from __future__ import annotations

import re
import string

from nltk.tokenize import punkt as _punkt

__all__ = ["FastPunkt"]

_ORTHO_LC = _punkt._ORTHO_LC
_ORTHO_UC = _punkt._ORTHO_UC
_ORTHO_MID_UC = _punkt._ORTHO_MID_UC
_ORTHO_BEG_LC = _punkt._ORTHO_BEG_LC


def _raw(pattern):
    """The compiled pattern behind an ``nltk.redos.TimedPattern`` (NLTK >= 3.10), or *pattern*."""
    return getattr(pattern, "_rx", pattern)


_NUMERIC_SUB = _raw(_punkt.PunktToken._RE_NUMERIC).sub
_INITIAL = _raw(_punkt.PunktToken._RE_INITIAL).match
_ELLIPSIS = _raw(_punkt.PunktToken._RE_ELLIPSIS).match
# Whitespace other than " " that NLTK's boundary scan looks for (string.whitespace).
_OTHER_WHITESPACE = re.compile("[" + re.escape(string.whitespace.replace(" ", "")) + "]").search
# A context that NLTK's word pattern splits into exactly its two space-separated halves:
# letters/digits + "." , then letters/digits (tests/test_fastpath.py checks this).
_SIMPLE_CONTEXT = re.compile(r"[A-Za-z0-9]+\. [A-Za-z0-9]+\Z").match


class FastPunkt(_punkt.PunktSentenceTokenizer):
    """``PunktSentenceTokenizer`` whose ``text_contains_sentbreak`` is computed without token objects."""

    def __init__(self, params: _punkt.PunktParameters) -> None:
        super().__init__(params)
        self._words = _raw(self._lang_vars._word_tokenizer_re()).findall
        self._ends = frozenset(self._lang_vars.sent_end_chars)
        self._types: dict[str, str] = {}
        self._firsts: dict[str, tuple[bool, bool, bool]] = {}
        self._contexts = _raw(self._lang_vars.period_context_re()).finditer
        self._realign = _raw(self._lang_vars.re_boundary_realignment).match

    def span_tokenize(self, text: str, realign_boundaries: bool = True) -> list[tuple[int, int]]:
        """``(start, end)`` of each sentence: NLTK's ``span_tokenize`` as plain loops."""
        slices = self._slices(text)
        return self._realigned(text, slices) if realign_boundaries else slices

    def _slices(self, text: str) -> list[tuple[int, int]]:
        """NLTK's ``_match_potential_end_contexts`` and ``_slices_from_text``."""
        out = []
        last_break = 0
        prev_start = prev_stop = 0
        prev_match = None
        candidates = []
        # Only " " as whitespace (printable text has none of the others): the last one is the last " ".
        spaces_only = text.isprintable() or not _OTHER_WHITESPACE(text)
        for match in self._contexts(text):
            start = match.start()
            if spaces_only:
                space = text.rfind(" ", prev_stop, start)  # (relative to prev_stop: > 0 below)
                word_start = space + 1 if space > prev_stop else prev_start
            else:
                before = text[prev_stop:start]
                space = max(before.rfind(c) for c in string.whitespace)
                word_start = space + prev_stop + 1 if space > 0 else prev_start
            if prev_match is not None and prev_stop <= word_start:
                # the words before the mark, the match and its after_tok (a lookahead: it starts at the match end)
                candidates.append((prev_match, text[prev_start:prev_match.end("after_tok")]))
            prev_match, prev_start, prev_stop = match, word_start, start
        if prev_match is not None:
            candidates.append((prev_match, text[prev_start:prev_match.end("after_tok")]))
        for match, context in candidates:
            if self.text_contains_sentbreak(context):
                out.append((last_break, match.end()))
                last_break = match.start("next_tok") if match.group("next_tok") else match.end()
        out.append((last_break, len(text.rstrip())))
        return out

    def _realigned(self, text: str, slices: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """NLTK's ``_realign_boundaries``: closing quotes and brackets join the sentence they end."""
        out = []
        realign = 0
        for i, (start, stop) in enumerate(slices):
            start += realign
            if i + 1 == len(slices):
                if text[start:stop]:
                    out.append((start, stop))
                continue
            next_start, next_stop = slices[i + 1]
            m = self._realign(text[next_start:next_stop])
            if m:
                out.append((start, next_start + len(m.group(0).rstrip())))
                realign = m.end()
            else:
                realign = 0
                if text[start:stop]:
                    out.append((start, stop))
        return out

    def _type(self, tok: str) -> str:
        typ = self._types.get(tok)
        if typ is None:
            typ = _NUMERIC_SUB("##number##", tok.lower())
            if len(self._types) < 100_000:
                self._types[tok] = typ
        return typ

    def _first_pass(self, tok: str) -> tuple[bool, bool, bool]:
        """``(sentbreak, abbr, ellipsis)`` from the token alone (remembered: a pure function of it)."""
        known = self._firsts.get(tok)
        if known is None:
            known = self._first_pass_of(tok)
            if len(self._firsts) < 100_000:
                self._firsts[tok] = known
        return known

    def _first_pass_of(self, tok: str) -> tuple[bool, bool, bool]:
        if tok in self._ends:
            return True, False, False
        if _ELLIPSIS(tok):
            return False, False, True
        if tok.endswith(".") and not tok.endswith(".."):
            abbrev = self._params.abbrev_types
            core = tok[:-1].lower()
            if core in abbrev or core.split("-")[-1] in abbrev:
                return False, True, False
            return True, False, False
        return False, False, False

    def _ortho(self, tok: str, typ_ns: str):
        """NLTK's ``_ortho_heuristic``: True, False or "unknown"."""
        if tok in self.PUNCTUATION:
            return False
        ctx = self._params.ortho_context.get(typ_ns, 0)
        first = tok[0]
        if first.isupper() and (ctx & _ORTHO_LC) and not (ctx & _ORTHO_MID_UC):
            return True
        if first.islower() and ((ctx & _ORTHO_UC) or not (ctx & _ORTHO_BEG_LC)):
            return False
        return "unknown"

    def text_contains_sentbreak(self, text: str) -> bool:
        """Whether *text* holds a sentence break before its last token (as NLTK decides it)."""
        if _SIMPLE_CONTEXT(text):  # "word. Word": the pattern's tokens are the two halves
            toks = text.split(" ")
        elif "\n" in text:
            toks = [t for line in text.split("\n") if line.strip() for t in self._words(line)]
        else:  # NLTK skips a line that str.strip() empties (even "\x1f", which its pattern sees as a word)
            toks = self._words(text) if text.strip() else []
        if len(toks) < 2:
            return False
        params = self._params
        first_pass = self._first_pass
        for i in range(len(toks) - 1):
            tok, nxt = toks[i], toks[i + 1]
            sentbreak, abbr, ellipsis = first_pass(tok)
            if tok.endswith("."):
                typ = self._type(tok)
                if len(typ) > 1 and typ[-1] == ".":
                    typ = typ[:-1]
                next_typ = self._type(nxt)
                if first_pass(nxt)[0] and len(next_typ) > 1 and next_typ[-1] == ".":
                    next_typ = next_typ[:-1]
                initial = _INITIAL(tok)
                sentbreak = self._second_pass(tok, nxt, typ, next_typ, initial, sentbreak, abbr or ellipsis, params)
            if sentbreak:
                return True
        return False

    def _second_pass(self, tok, nxt, typ, next_typ, initial, sentbreak, abbr_or_ellipsis, params) -> bool:
        """The token's sentbreak after NLTK's ``_second_pass_annotation`` (period-final tokens only)."""
        if (typ, next_typ) in params.collocations:
            return False
        if abbr_or_ellipsis and not initial:
            starter = self._ortho(nxt, next_typ)
            if starter is True:
                return True
            if nxt[0].isupper() and next_typ in params.sent_starters:
                return True
        if initial or typ == "##number##":
            starter = self._ortho(nxt, next_typ)
            if starter is False:
                return False
            if (starter == "unknown" and initial and nxt[0].isupper()
                    and not (params.ortho_context.get(next_typ, 0) & _ORTHO_LC)):
                return False
        return sentbreak
