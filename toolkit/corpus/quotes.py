"""Quotations across a corpus: one row per quotation with its document id (``analyze`` writes it as
``quotes.csv``).

>>> corpus = load_corpus(['"We will win," said Jane Smith.', "No quotes here."])
>>> corpus_quotes(corpus)[["id", "quote", "speaker"]].values.tolist()
[['doc0000', 'We will win,', 'Jane Smith']]
"""
from __future__ import annotations

from .load import Corpus, load_corpus  # noqa: F401  (load_corpus for the doctest)

__all__ = ["corpus_quotes", "QUOTE_ROW_COLUMNS"]

QUOTE_ROW_COLUMNS = ["id", "group", "quote", "start", "end", "sent_id", "speaker", "speaker_surface", "verb", "kind"]


def corpus_quotes(corpus: Corpus):
    """Long table of every document's quotations: ``id, group`` then :func:`toolkit.quotes`'s columns.
    Documents without a quotation mark cost one string scan.

    >>> corpus_quotes(load_corpus(["Nothing quoted."])).columns.tolist()[:3]
    ['id', 'group', 'quote']
    """
    import pandas as pd

    from ..analysis.quotes import QUOTE_COLUMNS, quotes

    parts = []
    for doc in corpus.documents:
        text = doc.text
        if not text or ('"' not in text and "“" not in text and "'" not in text and "‘" not in text):
            continue
        table = quotes(doc)
        if table.empty:
            continue
        table.insert(0, "group", doc.meta.get("group", ""))
        table.insert(0, "id", doc.meta.get("id", ""))
        parts.append(table)
    if not parts:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in ("start", "end", "sent_id") else "object")
                             for c in QUOTE_ROW_COLUMNS}, columns=QUOTE_ROW_COLUMNS)
    out = pd.concat(parts, ignore_index=True)
    return out[["id", "group", *QUOTE_COLUMNS]]
