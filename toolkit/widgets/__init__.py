"""Interactive explorer panels for notebooks (ipywidgets): one line each, linked by a shared term.

>>> from toolkit import widgets as ui                        # doctest: +SKIP
>>> ui.explore("../seeds/iran_israel_tensions.txt")         # doctest: +SKIP

``corpus(folder)`` explores many texts at once: a group picker, which texts mention a term,
sentiment by group and keyness between two groups (see :mod:`toolkit.widgets.corpus`).

``who(doc)`` answers who is in the story, who says what and on whose authority (entities with
their network, quotations, sources; see :mod:`toolkit.widgets.people`); picking an entity there
moves the other panels to it, aliases included.

``overview(doc)``, ``keywords(doc)``, ``sentiment(doc)`` and ``concordance(doc)`` show one
panel; ``explore(doc)`` shows all four as tabs, linked: picking a keyword sets the concordance
term and the sentiment filter, and typing a term in either updates the others.  Pass one
``Selection()`` as ``selection=`` to link panels you show in separate cells.

Every panel works without a browser: set a control (``panel.top.value = 5``) and read
``panel.data`` (the table), ``panel.figure`` / ``panel.ax`` (matplotlib) or ``panel.html``.
The tables themselves come from plain functions in :mod:`toolkit.widgets.data`.
"""
from __future__ import annotations

from .corpus import (CorpusDocuments, CorpusExplorer, CorpusKeyness, CorpusSentiment,  # noqa: I001
                     CorpusTerms)
from .data import actors, halves, keyword_table, sentences_mentioning, sentiment_by_actor
from .panels import (ConcordanceExplorer, Explorer, KeywordExplorer, Overview, Panel, Selection,
                     SentimentExplorer)
from .people import EntityExplorer, NetworkView, QuoteBrowser, SourceTable, WhoExplorer
from .trends import CorpusTrends, eras

__all__ = [
    "explore", "overview", "keywords", "sentiment", "concordance", "corpus", "trends", "eras", "CorpusTrends",
    "CorpusExplorer", "CorpusDocuments", "CorpusTerms", "CorpusSentiment", "CorpusKeyness",
    "Explorer", "Overview", "KeywordExplorer", "SentimentExplorer", "ConcordanceExplorer", "Panel", "Selection",
    "who", "people", "quote_browser", "source_table",
    "WhoExplorer", "EntityExplorer", "NetworkView", "QuoteBrowser", "SourceTable",
    "actors", "halves", "keyword_table", "sentences_mentioning", "sentiment_by_actor",
]


def explore(doc, **kwargs) -> Explorer:
    """All four panels on *doc* (a Document, a path or a text), linked, as tabs."""
    return Explorer(doc, **kwargs)


def overview(doc, **kwargs) -> Overview:
    """Headline figures, word cloud, top keywords and document sentiment."""
    return Overview(doc, **kwargs)


def keywords(doc, **kwargs) -> KeywordExplorer:
    """Keyword bar chart and table with top-N, n-gram, stop-word, length, number, exclusion and measure filters."""
    return KeywordExplorer(doc, **kwargs)


def sentiment(doc, **kwargs) -> SentimentExplorer:
    """Sentence sentiment arc with threshold, term and actor filters, and valence-coloured sentences."""
    return SentimentExplorer(doc, **kwargs)


def concordance(doc, **kwargs) -> ConcordanceExplorer:
    """Keyword-in-context table and dispersion plot for a term."""
    return ConcordanceExplorer(doc, **kwargs)


def who(doc, **kwargs) -> WhoExplorer:
    """Who says what: entities (with the network), quotations and sources beside the sentiment,
    concordance and keyword panels, all following the picked entity."""
    return WhoExplorer(doc, **kwargs)


def people(doc, **kwargs) -> EntityExplorer:
    """The entity table with a type filter, the network, and for the picked entity its mentions,
    sentiment, quotations and neighbours."""
    return EntityExplorer(doc, **kwargs)


def quote_browser(doc, **kwargs) -> QuoteBrowser:
    """Every quotation with speaker and verb, filtered by speaker."""
    return QuoteBrowser(doc, **kwargs)


def source_table(doc, **kwargs) -> SourceTable:
    """Who the text cites or relies on, with the hedges around each source."""
    return SourceTable(doc, **kwargs)


def corpus(corpus_or_path, **kwargs) -> CorpusExplorer:
    """Documents, terms, sentiment by group and keyness between groups for a corpus (a
    ``tk.Corpus``, a folder, a CSV/JSONL file or a list of texts; ``group_by="prefix"`` groups
    a folder's files by the name part before "_"), as tabs sharing one group picker.

    (This function takes the name of the module :mod:`toolkit.widgets.corpus`, whose classes
    are imported here.)
    """
    return CorpusExplorer(corpus_or_path, **kwargs)


def trends(corpus_or_path, **kwargs) -> CorpusTrends:
    """Terms per year, decade, month or metadata column (``tk.term_trend``) as lines; click a point
    to list its documents.  ``terms="iran, soviet*"``, ``by="decade"``, ``measure="count"``,
    ``smooth=3``; pass ``selection=`` to follow another panel's term."""
    return CorpusTrends(corpus_or_path, **kwargs)
