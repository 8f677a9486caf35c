"""Change over time: how often terms, tones and entities occur per period (year, decade, month or
any metadata column).

>>> corpus = load_corpus(["Iran warned Israel.", "Iran again. And Iran.", "Markets rose."], meta={
...     "doc0000": {"date": "1979"}, "doc0001": {"date": "1980-11-04"}, "doc0002": {"date": "1980"}})
>>> term_trend(corpus, "iran")[["period", "count", "documents"]].values.tolist()
[['1979', 1, 1], ['1980', 2, 1]]

Documents without the period's value (no date, or no such column) are left out and counted in
``table.attrs["left_out"]``; every period that has documents gets a row per term, zero or not.
"""
from __future__ import annotations

import statistics
from collections.abc import Iterable

from .load import Corpus, load_corpus  # noqa: F401  (load_corpus for the doctest)
from .meta import PERIODS, period_of
from .stats import _label, profiles

__all__ = ["term_trend", "trend_documents", "sentiment_trend", "entity_trend", "split_terms", "EntitiesMissingError"]


class EntitiesMissingError(ImportError):
    """``entity_trend`` needs the entity layer (``toolkit.analysis.entities``), which is missing."""


def split_terms(terms: str | Iterable[str]) -> list[str]:
    """Terms from a comma-separated string or a list, spaces tidied, duplicates dropped (case-insensitive).

    >>> split_terms("Iran, soviet*,  cold   war, iran")
    ['Iran', 'soviet*', 'cold war']
    """
    items = terms.split(",") if isinstance(terms, str) else list(terms)
    out: dict[str, str] = {}
    for item in items:
        term = " ".join(str(item).split())
        if term and term.lower() not in out:
            out[term.lower()] = term
    return list(out.values())


def _word_matcher(word: str):
    """Case-insensitive match of one token's norm: whole token, or ``prefix*``."""
    from ..text.tokenize import normalize_token

    if word.endswith("*") and len(word) > 1:
        prefix = normalize_token(word[:-1]).lower()
        return lambda norm: norm.lower().startswith(prefix)
    target = normalize_token(word).lower()
    return lambda norm: norm.lower() == target


def _phrase_count(doc, words: list[str]) -> int:
    from ..analysis.kwic import shared_tokens

    norms = [n.lower() for n in shared_tokens(doc)["norm"].tolist()]
    matchers = [_word_matcher(w) for w in words]
    n = len(matchers)
    return sum(all(m(norms[i + k]) for k, m in enumerate(matchers)) for i in range(len(norms) - n + 1))


def _term_counts(corpus: Corpus, term: str, profs: list[dict]) -> list[int]:
    """How often *term* occurs in each document (in corpus order)."""
    words = term.split()
    if len(words) == 1:
        match = _word_matcher(words[0])
        return [sum(c for t, c in p["counts"].items() if match(t)) for p in profs]
    return [_phrase_count(doc, words) if doc.text else 0 for doc in corpus.documents]


def _periods(corpus: Corpus, by: str) -> list[str | None]:
    periods = [period_of(d.meta, by) for d in corpus.documents]
    if len(corpus) and all(p is None for p in periods):
        if by in PERIODS:
            raise ValueError(f"no document has a date to group by {by!r}: name files like 1980-Carter.txt or "
                             "2024-03-05_note.txt, give a date column (date_col=) or dates with meta=")
        raise KeyError(f"no document has a {by!r} column; add it with load_corpus(meta=...) or use "
                       f"by= one of {PERIODS}")
    return periods


def _in_time_order(periods, corpus: Corpus) -> list[str]:
    """The distinct periods, earliest first: by the earliest date of their documents (so
    presidents come in the order they served), then by name; undated periods last."""
    first: dict[str, str] = {}
    for period, doc in zip(periods, corpus.documents):
        if period is not None:
            date = doc.meta.get("date") or "~"  # "~" sorts after any date
            first[period] = min(first.get(period, date), date)
    return sorted(first, key=lambda p: (first[p], p))


def _period_totals(periods, profs, corpus: Corpus):
    words: dict[str, int] = {}
    docs: dict[str, int] = {}
    for period, p in zip(periods, profs):
        if period is not None:
            words[period] = words.get(period, 0) + p["words"]
            docs[period] = docs.get(period, 0) + 1
    return _in_time_order(periods, corpus), words, docs


def term_trend(corpus: Corpus, terms: str | Iterable[str], *, by: str = "year", **engine):
    """How often each term occurs per period: ``period, term, count, per_10k, documents``
    (``per_10k``: per 10,000 words of that period; ``documents``: how many of its documents use
    the term).  Rows by term (in the order given), then period in time order (periods that are
    not times, such as presidents, by the earliest date of their documents).

    *terms*: a list or a comma-separated string.  A term matches whole tokens, whatever their
    case ("iran" counts "Iran", "IRAN" and "Iran's", not "Iranian" and not "Iran-Contra", which
    is a token of its own); ``soviet*`` matches tokens starting so; a phrase ("cold war")
    matches consecutive tokens.  *by*: "year", "decade", "month" (from ``doc.meta["date"]``)
    or any metadata column ("president", "party", "group").
    ``table.attrs["periods"]`` holds each period's ``documents`` and ``words``.

    >>> corpus = load_corpus(["Iran warned Israel.", "Markets rose."], meta={"doc0000": {"date": "1980"}})
    >>> term_trend(corpus, ["iran", "israel*"])[["period", "term", "count"]].values.tolist()
    [['1980', 'iran', 1], ['1980', 'israel*', 1]]
    """
    import pandas as pd

    terms = split_terms(terms)
    if not terms:
        raise ValueError("give at least one term, e.g. term_trend(corpus, ['iran', 'soviet*'])")
    profs = profiles(corpus, **engine)
    periods = _periods(corpus, by)
    order, words, docs = _period_totals(periods, profs, corpus)
    rows = []
    for term in terms:
        counts = _term_counts(corpus, term, profs)
        per_count: dict[str, int] = dict.fromkeys(order, 0)
        per_docs: dict[str, int] = dict.fromkeys(order, 0)
        for period, n in zip(periods, counts):
            if period is not None and n:
                per_count[period] += n
                per_docs[period] += 1
        rows += [(period, term, per_count[period], per_count[period] * 10_000 / words[period] if words[period] else 0.0,
                  per_docs[period]) for period in order]
    table = pd.DataFrame(rows, columns=["period", "term", "count", "per_10k", "documents"])
    table.attrs["by"] = by
    table.attrs["periods"] = pd.DataFrame({"period": order, "documents": [docs[p] for p in order],
                                           "words": [words[p] for p in order]})
    table.attrs["left_out"] = sum(p is None for p in periods)
    return table


def trend_documents(corpus: Corpus, term: str, period: str, *, by: str = "year", **engine):
    """The documents behind one point of :func:`term_trend`: ``id, title, date, count, per_10k``
    for the documents of *period* that use *term*, most mentions first.

    >>> corpus = load_corpus(["Iran warned Israel.", "Iran, Iran."], meta={"doc0000": {"date": "1980"}, "doc0001": {"date": "1980"}})
    >>> trend_documents(corpus, "iran", "1980")[["id", "count"]].values.tolist()
    [['doc0001', 2], ['doc0000', 1]]
    """
    import pandas as pd

    profs = profiles(corpus, **engine)
    periods = _periods(corpus, by)
    counts = _term_counts(corpus, " ".join(term.split()), profs)
    rows = [(p["id"], p["title"], doc.meta.get("date"), n, n * 10_000 / p["words"] if p["words"] else 0.0)
            for doc, p, per, n in zip(corpus.documents, profs, periods, counts) if per == str(period) and n]
    table = pd.DataFrame(rows, columns=["id", "title", "date", "count", "per_10k"])
    return table.sort_values(["count", "id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def sentiment_trend(corpus: Corpus, *, by: str = "year", threshold: float = 0.05, **engine):
    """Sentence sentiment per period: ``period, documents, sentences, mean_compound,
    share_positive, share_negative, share_neutral`` (VADER compound of each sentence; shares
    at ±*threshold*), periods in order.

    >>> corpus = load_corpus(["Good news.", "Bad news. Awful news."], meta={"doc0000": {"date": "1990"}, "doc0001": {"date": "2001"}})
    >>> sentiment_trend(corpus, by="decade")[["period", "sentences", "share_negative"]].values.tolist()
    [['1990s', 1, 0.0], ['2000s', 2, 1.0]]
    """
    import pandas as pd

    profs = profiles(corpus, **engine)
    periods = _periods(corpus, by)
    scores: dict[str, list[float]] = {}
    docs: dict[str, int] = {}
    for period, p in zip(periods, profs):
        if period is None:
            continue
        scores.setdefault(period, []).extend(s[0] for s in p["scores"])
        docs[period] = docs.get(period, 0) + 1
    rows = []
    for period in _in_time_order(periods, corpus):
        comps = scores[period]
        n = len(comps)
        rows.append((period, docs[period], n, statistics.fmean(comps) if n else float("nan"),
                     *((sum(_label(c, threshold) == lab for c in comps) / n if n else float("nan"))
                       for lab in ("positive", "negative", "neutral"))))
    table = pd.DataFrame(rows, columns=["period", "documents", "sentences", "mean_compound", "share_positive",
                                        "share_negative", "share_neutral"])
    table.attrs["by"] = by
    table.attrs["left_out"] = sum(p is None for p in periods)
    return table


def _mentions_function():
    try:
        import importlib

        entities = importlib.import_module("toolkit.analysis.entities")
    except ImportError as exc:
        raise EntitiesMissingError(
            "entity_trend needs the entity layer, toolkit.analysis.entities (a mentions(doc) function returning "
            "entity, surface, start, end, sent_id, type), which this installation does not have "
            f"({exc}); term_trend counts names you type instead") from exc
    mentions = getattr(entities, "mentions", None)
    if not callable(mentions):
        raise EntitiesMissingError("toolkit.analysis.entities has no mentions(doc) function; entity_trend needs it")
    return mentions


def entity_trend(corpus: Corpus, *, by: str = "year", types: Iterable[str] | None = None, top: int | None = 20,
                 **engine):
    """Entity mentions per period: ``period, entity, type, count, per_10k, documents`` for the
    *top* entities of the whole corpus (all when None), from
    ``toolkit.analysis.entities.mentions`` (raises :class:`EntitiesMissingError` without it).
    *types* keeps only those entity types (e.g. ``["PERSON", "GPE"]``).
    """
    import pandas as pd

    mentions = _mentions_function()
    keep = {t.upper() for t in types} if types is not None else None
    profs = profiles(corpus, **engine)
    periods = _periods(corpus, by)
    order, words, _ = _period_totals(periods, profs, corpus)
    counts: dict[tuple[str, str], dict[str, int]] = {}
    docs: dict[tuple[str, str], dict[str, int]] = {}
    for doc, period in zip(corpus.documents, periods):
        if period is None or not doc.text:
            continue
        found = mentions(doc)
        seen = set()
        for entity, kind in zip(found["entity"], found["type"]):
            if keep is not None and str(kind).upper() not in keep:
                continue
            key = (str(entity), str(kind))
            counts.setdefault(key, {})[period] = counts.get(key, {}).get(period, 0) + 1
            if key not in seen:
                seen.add(key)
                docs.setdefault(key, {})[period] = docs.get(key, {}).get(period, 0) + 1
    ranked = sorted(counts, key=lambda k: (-sum(counts[k].values()), k))
    if top is not None:
        ranked = ranked[:top]
    rows = [(period, entity, kind, counts[(entity, kind)].get(period, 0),
             counts[(entity, kind)].get(period, 0) * 10_000 / words[period] if words[period] else 0.0,
             docs[(entity, kind)].get(period, 0)) for entity, kind in ranked for period in order]
    table = pd.DataFrame(rows, columns=["period", "entity", "type", "count", "per_10k", "documents"])
    table.attrs["by"] = by
    return table
