"""Who is named and who is quoted, for every document of a corpus at once, on the worker processes
(what ``analyze`` writes as ``entities.csv`` and ``quotes.csv``).

>>> ents, quotes = people_tables(load_corpus(['"We will win," said Jane Smith in Paris.']))
>>> ents[["entity", "type", "mentions"]].values.tolist(), quotes["speaker"].tolist()
([['Jane Smith', 'PERSON', 1], ['Paris', 'GPE', 1]], ['Jane Smith'])
"""
from __future__ import annotations

import copy

from .load import Corpus, load_corpus  # noqa: F401  (load_corpus for the doctest)

__all__ = ["people_tables"]


def _rows_of(doc) -> tuple[list[tuple], list[tuple]]:
    """(entity rows, quote rows) of one document; the quotes reuse the entity mentions just found."""
    from .entities import document_entity_rows
    from .quotes import document_quote_rows

    return document_entity_rows(doc), document_quote_rows(doc)


def _light(doc):
    """A copy of *doc* to send to a worker: its text and metadata, and of its cache only the
    sentence spans (the entity and quote rules read them; the word counts are not needed)."""
    light = copy.copy(doc)
    spans = doc._cache.get(("sentence_spans",))
    object.__setattr__(light, "_cache", {("sentence_spans",): spans} if spans is not None else {})
    return light


def people_tables(corpus: Corpus, *, workers: int | None = None, min_docs: int | None = None):
    """``(entities, quotes)``: the long tables of :func:`toolkit.corpus.entities.entity_rows` and
    :func:`toolkit.corpus.quotes.corpus_quotes`, equal to them, computed in one pass over the
    documents on *workers* processes (all cores by default; in this process below *min_docs*
    documents, default ``MIN_DOCS_FOR_PROCESSES``).

    >>> people_tables(load_corpus(["Nothing here."]))[0].columns.tolist()
    ['id', 'group', 'entity', 'type', 'mentions', 'link']
    """
    import pandas as pd

    from ..analysis.quotes import quote_frame
    from .batch import MIN_DOCS_FOR_PROCESSES
    from .entities import ENTITY_ROW_COLUMNS
    from .parallel import map_in_processes

    docs = corpus.documents
    limit = MIN_DOCS_FOR_PROCESSES if min_docs is None else min_docs
    if len(docs) >= limit and (workers or 2) > 1:
        from ..analysis.entities import warm_up

        warm_up()  # built once here, inherited by forked workers
        results = map_in_processes(_rows_of, [_light(d) for d in docs], workers=workers, min_items=limit)
    else:
        results = [_rows_of(d) for d in docs]
    ents = [row for e, _ in results for row in e]
    quotes = [row for _, q in results for row in q]
    return pd.DataFrame(ents, columns=ENTITY_ROW_COLUMNS), quote_frame(quotes, extra=("id", "group"))
