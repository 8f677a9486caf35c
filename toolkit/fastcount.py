"""Word and number counts of a document's tokens, keyed by norm: the counting step of the batch path.

>>> count_norms(["Iran", "warned", "iran", "3", ".", "'s"])
({'iran': 2, 'warned': 1}, {'3': 1})

Tokens are counted once each (``Counter``), then each distinct token is classified as
:func:`toolkit.tokenize.classify_token` does (by :func:`_kind_of`, the same rule written out so it
compiles with this module; tests check the two agree; remembered here, a pure function of the
token) and its count added to its norm.  Norms appear in the order their first token appears.
"""
from __future__ import annotations

import unicodedata
from collections import Counter

from .tokenize import _NUMBER, CLITICS

__all__ = ["count_norms"]

# token -> (norm, kind); a memo of classify_token, emptied when it grows large.
_KINDS: dict[str, tuple[str, str]] = {}
_MEMO_LIMIT = 1 << 18


def count_norms(tokens: list[str]) -> tuple[dict[str, int], dict[str, int]]:
    """``(words, numbers)``: norm -> count for the word tokens and for the number tokens.

    >>> count_norms(["US", "us", "U.S.", "1.5"])[0]
    {'US': 1, 'us': 1, 'u.s.': 1}
    """
    kinds = _KINDS
    if len(kinds) > _MEMO_LIMIT:
        kinds.clear()
    words: dict[str, int] = {}
    numbers: dict[str, int] = {}
    for token, n in Counter(tokens).items():
        known = kinds.get(token)
        if known is None:
            known = kinds[token] = _kind_of(token)
        norm, kind = known
        if kind == "word":
            words[norm] = words.get(norm, 0) + n
        elif kind == "number":
            numbers[norm] = numbers.get(norm, 0) + n
    return words, numbers


def _kind_of(token: str) -> tuple[str, str]:
    """``toolkit.tokenize.classify_token(token)``: ``(norm, kind)``, kind "word", "number" or "other".

    >>> _kind_of("Iran’s"), _kind_of("US"), _kind_of("3.5"), _kind_of("'s")
    (("iran's", 'word'), ('US', 'word'), ('3.5', 'number'), ("'s", 'other'))
    """
    norm = token
    if not norm.isascii():
        norm = norm.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    if not (2 <= len(norm) <= 5 and norm.isalpha() and norm.isupper()):
        norm = norm.lower()
    if token.isalpha():  # letters only: a word unless a clitic ("ca", "wo"); never a number
        return norm, "other" if norm in CLITICS else "word"
    is_punct = all(unicodedata.category(c)[0] in "PS" for c in token)
    if not is_punct and norm not in CLITICS and any(c.isalpha() for c in token):
        return norm, "word"
    return norm, "number" if _NUMBER.match(token) else "other"
