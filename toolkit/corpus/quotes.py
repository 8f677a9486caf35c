"""Quotations across a corpus: one row per quotation with its document id (``analyze`` writes it as
``quotes.csv``).

>>> corpus = load_corpus(['"We will win," said Jane Smith.', "No quotes here."])
>>> corpus_quotes(corpus)[["id", "quote", "speaker"]].values.tolist()
[['doc0000', 'We will win,', 'Jane Smith']]
"""
from __future__ import annotations

from .load import Corpus, load_corpus  # noqa: F401  (load_corpus for the doctest)

__all__ = ["corpus_quotes", "document_quote_rows"]

QUOTE_MARKS = ('"', "“", "'", "‘")


def corpus_quotes(corpus: Corpus):
    """Long table of every document's quotations: ``id, group`` then :func:`toolkit.quotes`'s columns.
    Documents without a quotation mark cost one string scan; the table is built once, not per document.

    >>> corpus_quotes(load_corpus(["Nothing quoted."])).columns.tolist()[:4]
    ['id', 'group', 'quote', 'start']
    """
    from ..analysis.quotes import quote_frame

    rows = [row for doc in corpus.documents for row in document_quote_rows(doc)]
    return quote_frame(rows, extra=("id", "group"))


def document_quote_rows(doc) -> list[tuple]:
    """One document's rows of :func:`corpus_quotes` (``id, group`` first); a text without a
    quotation mark costs one scan per mark."""
    from ..analysis.quotes import quote_rows

    text = doc.text
    if not text or not any(mark in text for mark in QUOTE_MARKS):
        return []
    key = (doc.meta.get("id", ""), doc.meta.get("group", ""))
    return [key + tuple(row) for row in quote_rows(doc)]
