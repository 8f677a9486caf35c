"""Fast, exact version of ``nltk.tokenize.NLTKWordTokenizer().span_tokenize`` (NLTK 3.10.4).

The same regular-expression passes run in the same order with the same engines (``regex`` for the
patterns NLTK compiles through ``nltk.redos``, ``re`` for its contraction patterns), so the tokens
are identical by construction.  The speed comes from:

* calling the compiled patterns directly instead of through ``nltk.redos``' timeout wrapper;
* skipping each pass when the text lacks a substring every match of that pass contains (a pass
  that cannot match returns its input unchanged), e.g. the eight contraction patterns run only when
  the lower-cased text contains "cannot", "gonna", ...;
* running the two end-anchored final-period passes on the tail of the text that starts one
  character before the last ".", the only place they can match;
* collapsing whitespace with ``str.replace`` when " " is the only whitespace character;
* aligning tokens with a local loop equivalent to ``nltk.tokenize.util.align_tokens``.

NLTK's failure modes are mirrored, although no input reaching them was found: running out of
original quote marks raises ``RuntimeError`` (NLTK's generator turns its ``StopIteration`` into one)
and a token that cannot be aligned raises ``ValueError``.

>>> span_tokenize("Good muffins cost $3.88 in New York.")[-2:]
[(31, 35), (35, 36)]
"""
from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import Any

import regex
from nltk.tokenize.destructive import NLTKWordTokenizer


def _sub(pattern: Any, replacement: str) -> Callable[[str], str]:
    """``sub`` of the ``regex`` pattern behind an ``nltk.redos.TimedPattern``, bound to *replacement*,
    without the timeout wrapper."""
    return functools.partial(regex.compile(pattern.pattern, pattern.flags).sub, replacement)


_T = NLTKWordTokenizer
# The NLTK passes run as regular expressions (the others are plain replacements: see
# REPLACED_PASSES below), named after what they do and indexed as NLTK lists them.
_starting_quotes = _sub(*_T.STARTING_QUOTES[0])  # only when the text holds a "`"
_opening_squote = _sub(*_T.STARTING_QUOTES[4])
_possessive_period = _sub(*_T.PUNCTUATION[0])
_comma_colon = _sub(*_T.PUNCTUATION[1])
_final_comma_colon = _sub(*_T.PUNCTUATION[2])
_ellipsis = _sub(*_T.PUNCTUATION[3])
_final_period = _sub(*_T.PUNCTUATION[6])
_closing_squote = _sub(*_T.PUNCTUATION[8])
_whitespace = _sub(*_T.ENDING_QUOTES[3])
_clitics_1 = _sub(*_T.ENDING_QUOTES[4])
# Two patterns with nothing Unicode- or engine-dependent (literals and literal classes only) run
# faster on ``re`` than on ``regex``; the same matches either way.
_opening_dquote = functools.partial(re.compile(_T.STARTING_QUOTES[3][0].pattern).sub, _T.STARTING_QUOTES[3][1])
_clitics_2 = functools.partial(re.compile(_T.ENDING_QUOTES[5][0].pattern).sub, _T.ENDING_QUOTES[5][1])
_CLITICS_2 = ("'ll ", "'LL ", "'re ", "'RE ", "'ve ", "'VE ", "n't ", "N'T ")
# NLTK's contraction patterns are stdlib ``re`` case-insensitive patterns; each match is one of
# these words in some case.  Besides ASCII case, ``re`` only equates "İ", "ı", "ſ" and the Kelvin
# sign with ASCII letters (tests/test_fastpath.py checks this), so texts containing one of those
# always get the passes.
_NON_ASCII_CASE_TWINS = ("İ", "ı", "ſ", "\u212a")
_CONTRACTIONS2 = [functools.partial(p.sub, r" \1 \2 ") for p in _T.CONTRACTIONS2]
_CONTRACTIONS3 = [functools.partial(p.sub, r" \1 \2 ") for p in _T.CONTRACTIONS3]
_CONTRACTIONS2_WORDS = ("cannot", "d'ye", "gimme", "gonna", "gotta", "lemme", "more'n", "wanna")
_CONTRACTIONS3_WORDS = (" 'tis", " 'twas")
# The passes :func:`tokenize` does with ``str.replace`` (a match of each is a fixed string or one
# character of a class, replaced by itself padded with spaces or by a fixed string), as NLTK
# writes them; tests/test_fastpath.py checks NLTK's tokenizer still has exactly these.
REPLACED_PASSES = {
    ("STARTING_QUOTES", 0): (r"([«“‘„]|[`]+)", r" \1 "),  # only when the text has no "`"
    ("STARTING_QUOTES", 1): (r'^\"', r"``"),
    ("STARTING_QUOTES", 2): (r"(``)", r" \1 "),
    ("PUNCTUATION", 4): (r"[;@#$%&]", r" \g<0> "),
    ("PUNCTUATION", 5): (r"[\u2012-\u2015]", r" \g<0> "),
    ("PUNCTUATION", 7): (r"[?!]", r" \g<0> "),
    ("PUNCTUATION", 9): (r"[*]", r" \g<0> "),
    ("PARENS_BRACKETS", None): (r"[\]\[\(\)\{\}\<\>]", r" \g<0> "),
    ("DOUBLE_DASHES", None): (r"--", r" -- "),
    ("ENDING_QUOTES", 0): (r"([»”’])", r" \1 "),
    ("ENDING_QUOTES", 1): (r"''", r" '' "),
    ("ENDING_QUOTES", 2): (r'"', r" '' "),
}
# Characters NLTK's ``regex`` \s matches besides " " (ASCII ones listed; tests check the list).
_ASCII_OTHER_WHITESPACE = ("\t", "\n", "\x0b", "\x0c", "\r")
_ASCII_OTHER_WHITESPACE_SEARCH = re.compile("[" + "".join(_ASCII_OTHER_WHITESPACE) + "]").search
_OTHER_WHITESPACE = regex.compile(r"[^\S ]", _T.ENDING_QUOTES[3][0].flags).search
_QUOTES = regex.compile(r"``|'{2}|\"").findall
_QUOTE_TOKENS = frozenset(['"', "``", "''"])


def _at_last_period(sub: Callable[[str], str], text: str) -> str:
    r"""Apply a final-period pass (``([^\.])(\.)[closing marks]*\s*$``) where it can match.

    Nothing but closing marks and whitespace may follow the matched ".", so it is the last "."
    of the text and the match starts one character before it.

    >>> _at_last_period(_final_period, "Mr. Smith left.")
    'Mr. Smith left . '
    """
    last = text.rfind(".")
    if last < 1:
        return text
    tail = text[last - 1 :]
    if len(tail) > 8:  # a long tail cannot end in "." + closing marks; no point remembering it
        return text[: last - 1] + sub(tail)
    key = (sub, tail)
    done = _TAILS.get(key)
    if done is None:
        done = sub(tail)
        if len(_TAILS) < 50_000:
            _TAILS[key] = done
    return text[: last - 1] + done


# The result of a final-period pass on each short tail seen ("y.", 's."', ...): a pure function.
_TAILS: dict = {}


def _apostrophe_may_open(text: str) -> bool:
    r"""Whether NLTK's opening-quote pass (``(?<!\w)'`` ...) could match: some "'" of *text* starts
    it or follows a character other than an ASCII letter, digit or "_" (all of which are \w).

    >>> _apostrophe_may_open("Iran's"), _apostrophe_may_open("the 'deal'")
    (False, True)
    """
    i = text.find("'")
    while i >= 0:
        if i == 0:
            return True
        prev = text[i - 1]
        if not (prev.isascii() and (prev.isalnum() or prev == "_")):
            return True
        i = text.find("'", i + 1)
    return False


def _has_any(text: str, parts: tuple[str, ...]) -> bool:
    for part in parts:
        if part in text:
            return True
    return False


def _pad_each(text: str, marks: str) -> str:
    r"""Put a space on both sides of every occurrence of each single-character *mark*: what NLTK's
    passes ``[marks]`` -> ``" \g<0> "`` (and ``([marks])`` -> ``" \1 "``) do, as plain replacements.

    >>> _pad_each("Why?! No", "?!")
    'Why ?  !  No'
    """
    for mark in marks:
        if mark in text:
            text = text.replace(mark, f" {mark} ")
    return text


def _collapse_whitespace(text: str) -> str:
    r"""NLTK's ``\s+`` -> " " pass; plain string replacement when " " is the only whitespace.

    >>> _collapse_whitespace(" a  ,   b ")
    ' a , b '
    """
    if _ASCII_OTHER_WHITESPACE_SEARCH(text) or (not text.isascii() and _OTHER_WHITESPACE(text)):
        return _whitespace(text)
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _may_contract(text: str, words: tuple[str, ...]) -> bool:
    """Whether a case-insensitive contraction pattern made of *words* could match *text*.

    Every match of NLTK's patterns contains one of *words* in some case; besides ASCII case,
    ``re`` (the engine of those patterns) equates only the few characters listed in
    ``_NON_ASCII_CASE_TWINS`` with ASCII letters, so texts with one of those always qualify.

    >>> _may_contract("I CanNot go", _CONTRACTIONS2_WORDS), _may_contract("I can go", _CONTRACTIONS2_WORDS)
    (True, False)
    """
    if not text.isascii():
        for twin in _NON_ASCII_CASE_TWINS:
            if twin in text:
                return True
    lowered = text.lower()
    if words is _CONTRACTIONS2_WORDS and not (
        "nn" in lowered or "mm" in lowered or "tt" in lowered or "'" in lowered
    ):
        return False  # each of those words holds one of these
    for word in words:
        if word in lowered:
            return True
    return False


def tokenize(text: str) -> list[str]:
    """``NLTKWordTokenizer().tokenize(text)``, faster.

    Each NLTK pass runs, in NLTK's order, unless the text lacks a substring that every match of
    that pass contains (a pass that cannot match would return its input unchanged).

    >>> tokenize("They'll pay $3.")
    ['They', "'ll", 'pay', '$', '3', '.']
    """
    ascii_only = text.isascii()  # no pass adds a non-ASCII character
    if "`" in text:
        text = _starting_quotes(text)
    elif not ascii_only:
        text = _pad_each(text, "«“‘„")
    if text.startswith('"'):
        text = "``" + text[1:]
    if "``" in text:
        text = text.replace("``", " `` ")
    if '"' in text or "''" in text:
        text = _opening_dquote(text)
    if "'" in text and _apostrophe_may_open(text):
        text = _opening_squote(text)
    text = _at_last_period(_possessive_period, text)
    if ":" in text or "," in text:
        if text.count(",") == text.count(", ") and text.count(":") == text.count(": "):
            # Every mark is followed by " ", so each match is ", " or ": " (NLTK: ' \1 \2').
            text = text.replace(", ", " ,  ").replace(": ", " :  ")
        else:
            text = _comma_colon(text)
        if text.endswith((":", ",", ":\n", ",\n")):  # where ``([:,])$`` can match
            text = _final_comma_colon(text)
    if ".." in text:
        text = _ellipsis(text)
    text = _pad_each(text, ";@#$%&")
    if not ascii_only:
        text = _pad_each(text, "\u2012\u2013\u2014\u2015")
    text = _at_last_period(_final_period, text)
    text = _pad_each(text, "?!")
    if "' " in text:
        text = _closing_squote(text)
    if "*" in text:
        text = text.replace("*", " * ")
    text = _pad_each(text, "][(){}<>")
    if "--" in text:
        text = text.replace("--", " -- ")
    text = " " + text + " "
    if not ascii_only:
        text = _pad_each(text, "»”’")
    if "''" in text:
        text = text.replace("''", " '' ")
    if '"' in text:
        text = text.replace('"', " '' ")
    if text.isprintable():  # " " is its only whitespace (for str.split and regex's \s; no pass adds another)
        words = text.split()
        if "'" not in text and not _may_contract(text, _CONTRACTIONS2_WORDS):
            return words  # no pass below can match; NLTK's final split gives these words
        text = " " + " ".join(words) + " " if words else " "  # NLTK's \s+ -> " " on " ...text... "
    else:
        text = _collapse_whitespace(text)
    if "'" in text:
        text = _clitics_1(text)
        if "'" in text and _has_any(text, _CLITICS_2):
            text = _clitics_2(text)
    if _may_contract(text, _CONTRACTIONS2_WORDS):
        for sub in _CONTRACTIONS2:
            text = sub(text)
    if "'" in text and _may_contract(text, _CONTRACTIONS3_WORDS):  # both words hold an apostrophe
        for sub in _CONTRACTIONS3:
            text = sub(text)
    return text.split()


def span_tokenize(text: str) -> list[tuple[int, int]]:
    """``list(NLTKWordTokenizer().span_tokenize(text))``, faster.

    >>> span_tokenize("Hi, you.")
    [(0, 2), (2, 3), (4, 7), (7, 8)]
    """
    tokens = tokenize(text)
    if '"' in text or "''" in text:
        # NLTK puts the original quote marks back, in order, in place of its converted quote tokens.
        originals = iter(_QUOTES(text))
        try:
            tokens = [next(originals) if tok in _QUOTE_TOKENS else tok for tok in tokens]
        except StopIteration as exc:
            raise RuntimeError("generator raised StopIteration") from exc
    find = text.find
    point = 0
    spans = []
    for token in tokens:
        start = find(token, point)
        if start < 0:
            raise ValueError(f'substring "{token}" not found in "{text}"')
        point = start + len(token)
        spans.append((start, point))
    return spans
