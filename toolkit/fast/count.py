"""The token rule (norm and kind of a token) and the counting step of the batch path: word and
number counts of a document's tokens, keyed by norm.

>>> count_norms(["Iran", "warned", "iran", "3", ".", "'s"])
({'iran': 2, 'warned': 1}, {'3': 1})

Tokens are counted once each (``Counter``), then each distinct token is classified by
:func:`token_facts` (remembered here: a pure function of the token) and its count added to its
norm.  Norms appear in the order their first token appears.  ``toolkit.text.tokenize`` uses the same
rule for its token tables; this module has no toolkit imports, so it compiles on its own.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["count_norms", "token_facts", "normalize_token", "CLITICS"]

CLITICS = frozenset({"'s", "'re", "'ve", "'ll", "'d", "'m", "n't", "'n", "ca", "wo", "sha"})
_NUMBER = re.compile(r"^[+-]?(\d+([.,:/]\d+)*|\d*[.,]\d+)(%|st|nd|rd|th|s)?$")
# token -> (norm, kind); a memo of _kind_of, emptied when it grows large.
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


def normalize_token(token: str) -> str:
    """The ``norm`` of a token: lower case, acronyms kept, typographic apostrophes made plain.

    >>> normalize_token("Iran’s"), normalize_token("US"), normalize_token("The")
    ("iran's", 'US', 'the')
    """
    token = token.replace("’", "'").replace("‘", "'").replace("ʼ", "'")
    if 2 <= len(token) <= 5 and token.isalpha() and token.isupper():
        return token
    return token.lower()


def token_facts(token: str) -> tuple[str, bool, bool, bool, bool]:
    """``(norm, is_alpha, is_punct, is_num, is_word)`` of one token.

    >>> token_facts("Iran’s"), token_facts("3.5")
    (("iran's", False, False, False, True), ('3.5', False, False, True, False))
    """
    norm = normalize_token(token)
    if token.isalpha():  # the usual case: letters are neither punctuation nor symbols, nor a number
        return norm, True, False, False, norm not in CLITICS
    is_punct = all(unicodedata.category(c)[0] in "PS" for c in token)
    is_word = not is_punct and norm not in CLITICS and any(c.isalpha() for c in token)
    return norm, False, is_punct, bool(_NUMBER.match(token)), is_word


def _kind_of(token: str) -> tuple[str, str]:
    """``(norm, kind)``, kind "word", "number" or "other": what keyword counts count.

    >>> _kind_of("Iran’s"), _kind_of("US"), _kind_of("3.5"), _kind_of("'s")
    (("iran's", 'word'), ('US', 'word'), ('3.5', 'number'), ("'s", 'other'))
    """
    norm, _, _, is_num, is_word = token_facts(token)
    return norm, "word" if is_word else "number" if is_num else "other"
