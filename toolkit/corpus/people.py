"""Who is named and who is quoted, for every document of a corpus at once, on the worker processes
(what ``analyze`` writes as ``entities.csv`` and ``quotes.csv``).

>>> ents, quotes = people_tables(load_corpus(['"We will win," said Jane Smith in Paris.']))
>>> ents[["entity", "type", "mentions"]].values.tolist(), quotes["speaker"].tolist()
([['Jane Smith', 'PERSON', 1], ['Paris', 'GPE', 1]], ['Jane Smith'])
"""
from __future__ import annotations

import copy

from .load import Corpus, load_corpus  # noqa: F401  (load_corpus for the doctest)

__all__ = ["people_tables", "start_people_tables", "warm_people"]


def _rows_of(doc) -> tuple[list[tuple], list[tuple], str]:
    """(entity rows, quote rows, problem) of one document; the quotes reuse the entity mentions just found. A document
    the rules fail on gives no rows and says why (*problem*, "" when none): one document never aborts a corpus."""
    from .entities import document_entity_rows
    from .quotes import document_quote_rows

    try:
        return document_entity_rows(doc), document_quote_rows(doc), ""
    except RecursionError as exc:  # (not MemoryError nor KeyboardInterrupt: those stop the run)
        return [], [], f"entities and quotations not found: {type(exc).__name__}"
    except Exception as exc:  # noqa: BLE001  (a fault of the rules on one text; reported, the corpus goes on)
        return [], [], f"entities and quotations not found: {type(exc).__name__}: {exc}"


def _warm_rows() -> None:
    """One short invented document through the entity and quotation rules here, before the workers fork, so what a
    first document builds (the quotation modules imported and their patterns compiled, the sentence splitter's first
    use) is built once in this process and inherited, not once in every worker (about 0.1 s of CPU each). The rules'
    caches never change a result (``benchmarks/entities_reference.py --reverse``), so the rows are the same."""
    from ..text.document import from_text

    _rows_of(from_text('"We will win," said Jane Smith of Acme Corp in Paris.'))


_WARM: list[bool] = []  # (whether warm_people ran in this process)


def warm_people() -> None:
    """What the worker processes of :func:`start_people_tables` inherit, built once in this process: the gazetteers
    and word lists (``toolkit.analysis.entities.warm_up``) and what a first document builds (``_warm_rows``). It runs
    before the workers fork; ``analyze`` calls it earlier too, while the files load on the other processes, where this
    process would wait (so the cores are not idle while it runs alone after the load). The second call does nothing.
    The rules' caches never change a result, so the rows are the same whenever it runs."""
    if _WARM:
        return
    from ..analysis.entities import warm_up

    warm_up()
    _warm_rows()
    _WARM.append(True)


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
    return start_people_tables(corpus, workers=workers, min_docs=min_docs)()


def start_people_tables(corpus: Corpus, *, workers: int | None = None, min_docs: int | None = None):
    """:func:`people_tables` handed to the worker processes now; returns at once a
    :class:`toolkit.corpus.parallel.Pending` whose call gives the same ``(entities, quotes)`` (its
    ``cancel()`` drops the work). ``analyze`` makes its other tables in the meantime, so this process's
    own work and the workers' overlap. Below *min_docs* documents or with one worker everything runs
    in this process, when called.

    >>> start_people_tables(load_corpus(["Nothing here."]))()[1].empty
    True
    """
    from .batch import MIN_DOCS_FOR_PROCESSES
    from .parallel import Pending, start_map

    docs = corpus.documents
    limit = MIN_DOCS_FOR_PROCESSES if min_docs is None else min_docs
    if len(docs) >= limit and (workers or 2) > 1:
        warm_people()  # built once here (if analyze has not yet), inherited by forked workers
        pending = start_map(_rows_of, [_light(d) for d in docs], workers=workers, min_items=limit)
    else:
        pending = Pending(lambda progress: [_rows_of(d) for d in docs], lambda: None)
    return Pending(lambda progress=None: _frames(pending(progress), docs), pending.cancel)


def _frames(results: list[tuple[list[tuple], list[tuple], str]], docs):
    """The two tables; the documents the rules failed on are listed in the entity table's ``attrs["problems"]``
    (``path``, ``problem``: the rows ``analyze`` adds to ``problems.csv``)."""
    import pandas as pd

    from ..analysis.quotes import quote_frame
    from .entities import ENTITY_ROW_COLUMNS

    ents = [row for e, _, _ in results for row in e]
    quotes = [row for _, q, _ in results for row in q]
    table = pd.DataFrame(ents, columns=ENTITY_ROW_COLUMNS)
    table.attrs["problems"] = [{"path": doc.source or doc.meta.get("id", ""), "problem": problem}
                               for doc, (_, _, problem) in zip(docs, results) if problem]
    return table, quote_frame(quotes, extra=("id", "group"))
