"""The quotation tables: ``quotes`` (a DataFrame), ``quote_rows`` (plain tuples) and ``quote_frame``.

Input: a document (text or Document). Output: one row per kept piece (:mod:`.extract`) in
``QUOTE_COLUMNS`` order, with the number of the sentence it starts in (``tk.sentences``' numbering, from
``_sentence_bounds``, which :mod:`.sourcing` shares).
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

from ...text.document import DocLike, as_document
from .extract import _pieces_of

QUOTE_COLUMNS = ["quote", "start", "end", "sent_id", "speaker", "speaker_surface", "verb", "kind"]


def _sentence_starts(doc) -> list[int]:
    """Start offset of every sentence (``tk.sentences``' numbering); see :func:`_sentence_bounds`."""
    return _sentence_bounds(doc)[0]


def _sent_ids(doc, offsets: list[int]) -> list[int]:
    """Sentence number of each offset (``tk.sentences``' numbering)."""
    starts = _sentence_starts(doc)
    return [max(0, bisect_right(starts, o) - 1) for o in offsets]


def quotes(doc: DocLike):
    """Direct quotations: ``quote, start, end, sent_id, speaker, speaker_surface, verb, kind``.

    ``start``/``end`` index ``doc.text`` and cover the words inside the marks; ``speaker`` is a
    canonical entity name, a description ("unnamed officials", "a spokesman") or "" when no one is
    named; ``kind`` is "full" (a sentence or more of speech) or "partial" (a fragment in the writer's
    sentence).

    >>> quotes('Officials said the plan was "bold". Mr Lee added: "It will work."')["speaker"].tolist()
    ['officials', 'Lee']
    """
    doc = as_document(doc)
    return doc.cached(("quotes",), lambda: quote_frame(quote_rows(doc))).copy()


def quote_rows(doc: DocLike) -> list[tuple]:
    """:func:`quotes` as plain tuples in ``QUOTE_COLUMNS`` order (what corpus tables gather before making
    one DataFrame).

    >>> quote_rows('"Yes," said Jo Bloggs.')
    [('Yes,', 1, 5, 0, 'Jo Bloggs', 'Jo Bloggs', 'said', 'full')]
    """
    doc = as_document(doc)
    kept = _pieces_of(doc)
    if not kept:
        return []
    sids = _sent_ids(doc, [p.start for p in kept])
    text = doc.text
    return [(text[p.start:p.end], p.start, p.end, sid, p.speaker, p.surface, p.verb, p.kind)
            for p, sid in zip(kept, sids)]


def quote_frame(rows: list[tuple], extra: tuple[str, ...] = ()):
    """A DataFrame of quotation rows (``extra`` columns first), with integer offsets even when empty."""
    import numpy as np
    import pandas as pd

    columns = [*extra, *QUOTE_COLUMNS]
    ints = ("start", "end", "sent_id")
    if rows:
        # column by column with the dtypes from_records would infer (int64 offsets, the str dtype for
        # text): the same frame at well under half the cost of from_records on a few rows
        cols = list(zip(*rows))
        text = _str_dtype()
        data = {}
        for name, values in zip(columns, cols):
            if name in ints and all(type(v) is int for v in values):
                data[name] = np.array(values, dtype="int64")
            elif text is not None and name not in ints and all(type(v) is str for v in values):
                data[name] = pd.array(values, dtype=text)
            else:
                return pd.DataFrame.from_records(rows, columns=columns)
        return pd.DataFrame(data, copy=False)  # (columns= would cost a reindex: the dict is in order)
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ints else "object") for c in columns}, columns=columns)


@lru_cache(maxsize=1)
def _str_dtype():
    """The dtype ``DataFrame.from_records`` gives a column of str (pandas 3's str dtype; None when it
    keeps object: from_records is then used as is)."""
    import pandas as pd

    dtype = pd.DataFrame.from_records([("a",)], columns=["a"])["a"].dtype
    return None if dtype == object else dtype


def _sentence_bounds(doc) -> tuple[list[int], list[int]]:
    """Start and end offsets of every sentence (``tk.sentences``' spans), cached per Document: from the
    span list the entities module caches, else the table ``tk.sentences`` caches, else spans computed
    here and cached under the entities module's key (no DataFrame is built)."""
    def compute():
        cache = doc._cache
        spans = cache.get(("sentence_spans",))
        if spans is None:
            table = cache.get(("sentences",))
            if table is not None:
                return table["start"].tolist(), table["end"].tolist()
            from ...text.segment import sentence_spans

            spans = doc.cached(("sentence_spans",), lambda: sentence_spans(doc.text))
        return [s for s, _, _ in spans], [e for _, e, _ in spans]

    return doc.cached(("quotes.sentence_bounds",), compute)
