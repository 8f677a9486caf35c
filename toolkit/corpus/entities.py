"""Entities across a corpus: who is named in which documents, and how often.

>>> corpus = load_corpus(["Iran warned Israel.", "Israel replied to Iran and Egypt."])
>>> corpus_entities(corpus).loc[["Iran", "Israel", "Egypt"], ["doc0000", "doc0001", "total"]].values.tolist()
[[1, 1, 2], [1, 1, 2], [0, 1, 1]]
"""
from __future__ import annotations

from .load import Corpus, load_corpus  # noqa: F401  (load_corpus for the doctest)

__all__ = ["corpus_entities", "entity_rows", "document_entity_rows"]

ENTITY_ROW_COLUMNS = ["id", "group", "entity", "type", "mentions", "link"]


def entity_rows(corpus: Corpus, *, types=None, backend: str = "rules", nlp=None):
    """Long table, one row per document and entity: ``id, group, entity, type, mentions, link``
    (what ``analyze`` writes as ``entities.csv``).

    >>> entity_rows(load_corpus(["Biden met Blinken in Paris."]))[["id", "entity", "type", "mentions"]].values.tolist()[-1]
    ['doc0000', 'Paris', 'GPE', 1]
    """
    import pandas as pd

    rows = [row for doc in corpus.documents for row in document_entity_rows(doc, types=types, backend=backend, nlp=nlp)]
    return pd.DataFrame(rows, columns=ENTITY_ROW_COLUMNS)


def document_entity_rows(doc, *, types=None, backend: str = "rules", nlp=None) -> list[tuple]:
    """One document's rows of :func:`entity_rows`: ``(id, group, entity, type, mentions, link)``."""
    from ..analysis.entities import entity_counts

    if not doc.text:
        return []
    key = (doc.meta.get("id", ""), doc.meta.get("group", ""))
    return [key + tuple(row) for row in entity_counts(doc, types=types, backend=backend, nlp=nlp)]


def corpus_entities(corpus: Corpus, *, types=None, backend: str = "rules", nlp=None, min_docs: int = 1):
    """Entity x document table of mention counts: the index is the canonical entity, one column per
    document id, then ``type``, ``docs`` (how many documents name it) and ``total``; most
    documents first. *min_docs* drops entities named in fewer documents.

    >>> corpus_entities(load_corpus(["Iran warned Israel.", "Iran again."]))["docs"].to_dict()
    {'Iran': 2, 'Israel': 1}
    """
    import pandas as pd

    long = entity_rows(corpus, types=types, backend=backend, nlp=nlp)
    ids = [d.meta.get("id", "") for d in corpus.documents]
    if long.empty:
        return pd.DataFrame(columns=ids + ["type", "docs", "total"])
    # an entity typed differently in two documents keeps its most frequent type
    kinds = long.groupby(["entity", "type"])["mentions"].sum().reset_index()
    kinds = kinds.sort_values(["entity", "mentions", "type"], ascending=[True, False, True]).drop_duplicates("entity")
    wide = long.pivot_table(index="entity", columns="id", values="mentions", aggfunc="sum", fill_value=0)
    wide = wide.reindex(columns=ids, fill_value=0).astype("int64")
    wide.columns.name = None
    wide["type"] = kinds.set_index("entity")["type"].reindex(wide.index)
    counts = wide[ids]
    wide["docs"] = (counts > 0).sum(axis=1).astype("int64")
    wide["total"] = counts.sum(axis=1).astype("int64")
    wide = wide[wide["docs"] >= min_docs]
    order = sorted(wide.index, key=lambda e: (-wide.at[e, "docs"], -wide.at[e, "total"], e))
    wide = wide.loc[order]
    wide.index.name = "entity"
    return wide
