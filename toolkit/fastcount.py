"""Word and number counts of a document's tokens, keyed by norm: the counting step of the batch path.

>>> count_norms(["Iran", "warned", "iran", "3", ".", "'s"])
({'iran': 2, 'warned': 1}, {'3': 1})

Tokens are counted once each (``Counter``), then each distinct token is classified by
:func:`toolkit.tokenize.classify_token` (remembered here, a pure function of the token) and its
count added to its norm.  Norms appear in the order their first token appears.
"""
from __future__ import annotations

from collections import Counter

from .tokenize import classify_token

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
            known = kinds[token] = classify_token(token)
        norm, kind = known
        if kind == "word":
            words[norm] = words.get(norm, 0) + n
        elif kind == "number":
            numbers[norm] = numbers.get(norm, 0) + n
    return words, numbers
