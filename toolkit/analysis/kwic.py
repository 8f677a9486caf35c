"""Keyword in context (KWIC) and where terms fall along the text.

>>> concordance("Iran warned Israel. Iran's threat grew.", "iran")["match"].tolist()
['Iran', 'Iran']

A term is matched on token ``norm``s, so "iran" matches "Iran" and the "Iran" of "Iran’s".
Several words ("Wall Street") match a run of tokens; a final ``*`` matches a prefix
("escalat*" finds "escalate", "escalating", "escalation"); "|" separates alternatives ("Joe Biden|Biden").
"""
from __future__ import annotations

from collections.abc import Iterable

from ..text.document import DocLike, as_document
from ..text.tokenize import normalize_token, shared_tokens

__all__ = ["concordance", "dispersion", "find_term"]

COLUMNS = ["left", "match", "right", "sent_id", "start", "end"]


def _matcher(word: str):
    if word.endswith("*") and len(word) > 1:
        prefix = normalize_token(word[:-1]).lower()
        return lambda norm: norm.lower().startswith(prefix)
    target = normalize_token(word)
    if target.isupper():  # an acronym: "US" must not match the pronoun "us"
        return lambda norm: norm == target
    return lambda norm: norm.lower() == target.lower()


def find_term(doc: DocLike, term: str) -> list[tuple[int, int]]:
    """Token index ranges ``(first, last + 1)`` where *term* occurs.

    >>> find_term("Wall Street fell; Wall Street rose.", "wall street")
    [(0, 2), (4, 6)]

    Alternatives separated by ``|`` (an entity's aliases, "Joe Biden|Biden") match any of them;
    where two overlap the earlier, then the longer, wins.

    >>> find_term("Joe Biden spoke. Biden left.", "Joe Biden|Biden")
    [(0, 2), (4, 5)]
    """
    if "|" in term:
        found = sorted({hit for alt in term.split("|") for hit in find_term(doc, alt)}, key=lambda h: (h[0], -h[1]))
        kept: list[tuple[int, int]] = []
        for first, last in found:
            if not kept or first >= kept[-1][1]:
                kept.append((first, last))
        return kept
    words = term.split()
    if not words:
        return []
    table = shared_tokens(doc)
    norms = table["norm"].tolist()
    matchers = [_matcher(w) for w in words]
    n = len(matchers)
    hits = []
    for i in range(len(norms) - n + 1):
        if all(m(norms[i + k]) for k, m in enumerate(matchers)):
            hits.append((i, i + n))
    return hits


def concordance(doc: DocLike, term: str, *, window: int = 8, sort: str = "position"):
    """KWIC table: ``left, match, right, sent_id, start, end`` for every occurrence of *term*.

    *window* is the number of tokens of context on each side (text keeps its original
    spacing).  *sort*: "position" (default), "left" (by the words just before, nearest first)
    or "right" (by the words just after).  ``start``/``end`` index ``doc.text``.

    >>> concordance("They said Iran would act.", "iran", window=2)[["left", "right"]].values.tolist()
    [['They said', 'would act']]
    """
    import pandas as pd

    if not isinstance(term, str) or not term.strip():
        raise TypeError(f"term must be a word or phrase (a non-empty str, e.g. concordance(doc, \"Iran\")), not {term!r}")
    if isinstance(window, bool) or not isinstance(window, int):
        raise TypeError(f"window must be a whole number of tokens (e.g. window=8), not {window!r} ({type(window).__name__})")
    if window < 0:
        raise ValueError(f"window must be >= 0, not {window!r}")
    if sort not in ("position", "left", "right"):
        raise ValueError(f"sort must be 'position', 'left' or 'right', not {sort!r}")
    doc = as_document(doc)
    table = shared_tokens(doc)
    text = doc.text
    starts, ends = table["start"].tolist(), table["end"].tolist()
    norms, sent_ids = table["norm"].tolist(), table["sent_id"].tolist()
    rows, keys = [], []
    for first, last in find_term(doc, term):
        lo, hi = max(0, first - window), min(len(starts), last + window)
        start, end = starts[first], ends[last - 1]
        left = text[starts[lo]:start].strip() if first > lo else ""
        right = text[end:ends[hi - 1]].strip() if hi > last else ""
        rows.append((" ".join(left.split()), text[start:end], " ".join(right.split()), sent_ids[first], start, end))
        if sort == "left":
            keys.append([n.lower() for n in reversed(norms[lo:first])])
        elif sort == "right":
            keys.append([n.lower() for n in norms[last:hi]])
    if sort != "position":
        order = sorted(range(len(rows)), key=lambda i: (keys[i], rows[i][4]))
        rows = [rows[i] for i in order]
    kwic = pd.DataFrame(rows, columns=COLUMNS)
    for col in ("left", "match", "right"):
        kwic[col] = kwic[col].astype(object)
    for col in ("sent_id", "start", "end"):
        kwic[col] = kwic[col].astype("int64")
    return kwic


def dispersion(doc: DocLike, terms: Iterable[str] | str):
    """Where each term occurs: ``term, token_index, start, sent_id, position`` (0 = start, 1 = end).

    >>> dispersion("Iran spoke. Israel spoke. Iran left.", ["Iran"])["token_index"].tolist()
    [0, 6]
    """
    import pandas as pd

    doc = as_document(doc)
    if isinstance(terms, str):
        terms = [terms]
    table = shared_tokens(doc)
    n = max(len(table) - 1, 1)
    rows = []
    for term in terms:
        for first, _ in find_term(doc, term):
            rows.append((term, first, int(table["start"].iat[first]), int(table["sent_id"].iat[first]), first / n))
    return pd.DataFrame(rows, columns=["term", "token_index", "start", "sent_id", "position"])
