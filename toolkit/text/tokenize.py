"""Word tokens with character offsets, a normalised form and flags.

>>> tokens("Iran's threat.")[["token", "norm", "is_stop"]].values.tolist()
[['Iran', 'iran', False], ["'s", "'s", True], ['threat', 'threat', False], ['.', '.', False]]

Tokens come from NLTK's span-preserving ``NLTKWordTokenizer`` (the tokenizer behind
``nltk.word_tokenize``) run on each sentence.  A typographic apostrophe between letters
(``Iran’s``) is treated like ``'`` so possessives split the same way either way; ``token`` is
always the exact slice ``doc.text[start:end]``.

``norm`` is the lower-cased token, except that all-capital acronyms of 2–5 letters keep their
case ("US" stays "US", so it is not confused with the pronoun "us"); typographic apostrophes
become ``'``.  Flags: ``is_stop`` (in the stop-word list, or a clitic such as 's / n't),
``is_alpha`` (letters only), ``is_punct`` (punctuation or symbols only), ``is_num`` (a number),
``is_word`` (has a letter and is not a clitic: what keyword counts count).
"""
from __future__ import annotations

import re
from functools import lru_cache
from collections.abc import Iterable

from .document import DocLike, as_document
from ..fast.count import _NUMBER, CLITICS, normalize_token, token_facts  # the token rule (re-exported)

__all__ = ["tokens", "normalize_token", "word_spans", "word_tokens", "all_word_tokens", "token_info", "classify_token", "CLITICS"]

COLUMNS = ["token", "norm", "start", "end", "sent_id", "paragraph", "is_stop", "is_alpha", "is_punct", "is_num", "is_word"]
# A typographic apostrophe between word characters (written mark-first, so a search skips to it).
_APOSTROPHE_IN_WORD = re.compile(r"[’ʼ](?<=\w[’ʼ])(?=\w)")


def word_spans(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each word token in one sentence.

    >>> s = "Iran’s Isfahan."
    >>> [s[a:b] for a, b in word_spans(s)]
    ['Iran', '’s', 'Isfahan', '.']
    """
    return _span_tokenizer()(_plain_apostrophes(sentence))


def word_tokens(sentence: str) -> list[str]:
    """The word tokens of one sentence as strings, without offsets (faster than :func:`word_spans`).

    The same tokens as ``word_spans`` except that straight double quotes appear as NLTK writes
    them (`````` / ``''``) and typographic apostrophes inside words as ``'``.

    >>> word_tokens("Iran’s Isfahan.")
    ['Iran', "'s", 'Isfahan', '.']
    """
    return _string_tokenizer()(_plain_apostrophes(sentence))


def all_word_tokens(sentences: Iterable[str]) -> list[str]:
    """The :func:`word_tokens` of several sentences, in one list.

    >>> all_word_tokens(["Hi.", "Iran’s turn."])
    ['Hi', '.', 'Iran', "'s", 'turn', '.']
    """
    tokenize = _string_tokenizer()
    out: list[str] = []
    for sentence in sentences:
        out += tokenize(_plain_apostrophes(sentence))
    return out


def _plain_apostrophes(sentence: str) -> str:
    """*sentence* with each typographic apostrophe between word characters made "'".

    >>> _plain_apostrophes("Iran’s ‘deal’")
    "Iran's ‘deal’"
    """
    if "’" in sentence or "ʼ" in sentence:
        return _APOSTROPHE_IN_WORD.sub("'", sentence)
    return sentence


@lru_cache(maxsize=1)
def _string_tokenizer():
    from .resources import fast_path_exact, fast_twin

    if fast_path_exact():
        return fast_twin("tokens").tokenize
    from nltk.tokenize import NLTKWordTokenizer

    return NLTKWordTokenizer().tokenize


@lru_cache(maxsize=1)
def _span_tokenizer():
    """``toolkit.fast.tokens.span_tokenize`` (equal to NLTK's, faster) when verified for the installed
    NLTK, else ``NLTKWordTokenizer().span_tokenize``."""
    from .resources import fast_path_exact, fast_twin

    if fast_path_exact():
        return fast_twin("tokens").span_tokenize
    from nltk.tokenize import NLTKWordTokenizer

    nltk_spans = NLTKWordTokenizer().span_tokenize
    return lambda text: list(nltk_spans(text))


@lru_cache(maxsize=1 << 17)
def token_info(token: str) -> tuple[str, bool, bool, bool, bool]:
    """``(norm, is_alpha, is_punct, is_num, is_word)`` of one token (a pure function, memoised;
    the rule is :func:`toolkit.fast.count.token_facts`).

    >>> token_info("Iran")
    ('iran', True, False, False, True)
    """
    return token_facts(token)


@lru_cache(maxsize=1 << 17)
def classify_token(token: str) -> tuple[str, str]:
    """``(norm, kind)`` with kind "word", "number" or "other" — what keyword counts count.

    >>> classify_token("Iran’s"), classify_token("3.5"), classify_token("'s")
    (("iran's", 'word'), ('3.5', 'number'), ("'s", 'other'))
    """
    norm, _, _, is_num, is_word = token_info(token)
    return norm, "word" if is_word else "number" if is_num else "other"


def tokens(doc: DocLike, *, stopwords: bool | Iterable[str] = True):
    """Table of tokens: ``token, norm, start, end, sent_id, paragraph`` and the ``is_*`` flags.

    *stopwords* picks the list behind ``is_stop``: True for the project's list, or your own
    collection (e.g. ``tk.stopwords(add={"said"})``); False marks only clitics.

    >>> tokens("Biden spoke.")["token"].tolist()
    ['Biden', 'spoke', '.']
    """
    from .resources import stopwords as default_stopwords

    base = shared_tokens(doc)
    if stopwords is True:
        return base.copy()
    stop = frozenset() if stopwords is False else frozenset(w.lower() for w in stopwords)
    table = base.copy()
    if stop == default_stopwords():
        return table
    table["is_stop"] = [n in stop or n in CLITICS for n in table["norm"]]
    return table


def shared_tokens(doc: DocLike):
    """The document's cached token table itself (no copy): for read-only use inside the package."""
    doc = as_document(doc)
    return doc.cached(("tokens",), lambda: _token_table(doc))


def _token_table(doc):
    import pandas as pd

    from .resources import stopwords as default_stopwords
    from .segment import sentences

    stop = default_stopwords()
    text = doc.text
    rows: dict[str, list] = {c: [] for c in COLUMNS}
    for sent_id, start, end, para in sentences(doc)[["sent_id", "start", "end", "paragraph"]].itertuples(index=False):
        for a, b in word_spans(text[start:end]):
            tok = text[start + a:start + b]
            norm, is_alpha, is_punct, is_num, is_word = token_info(tok)
            rows["token"].append(tok)
            rows["norm"].append(norm)
            rows["start"].append(start + a)
            rows["end"].append(start + b)
            rows["sent_id"].append(sent_id)
            rows["paragraph"].append(para)
            rows["is_stop"].append(norm in stop or norm in CLITICS)
            rows["is_alpha"].append(is_alpha)
            rows["is_punct"].append(is_punct)
            rows["is_num"].append(is_num)
            rows["is_word"].append(is_word)
    table = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("start", "end", "sent_id", "paragraph"):
        table[col] = table[col].astype("int64")
    for col in ("is_stop", "is_alpha", "is_punct", "is_num", "is_word"):
        table[col] = table[col].astype(bool)
    table["token"] = table["token"].astype(object)
    table["norm"] = table["norm"].astype(object)
    return table
