"""Analyst notebook toolkit: clean, split, tokenise, count keywords and score sentiment, offline.

>>> import toolkit as tk
>>> doc = tk.load("Iran warned Israel. Israel said nothing.")
>>> len(tk.sentences(doc))
2

Heavy libraries (pandas, NLTK) load on first use, so ``import toolkit`` stays fast.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Public name -> module that defines it. Attributes are imported on first access.
_EXPORTS = {
    "Document": "text.document",
    "load": "text.document",
    "clean_text": "text.clean",
    "decode_bytes": "text.clean",
    "html_to_text": "text.clean",
    "sentences": "text.segment",
    "tokens": "text.tokenize",
    "normalize_token": "text.tokenize",
    "stopwords": "text.resources",
    "ResourceMissingError": "text.resources",
    "resource_report": "text.resources",
    "keyword_frequencies": "analysis.keywords",
    "collocations": "analysis.keywords",
    "keyness": "analysis.keywords",
    "concordance": "analysis.kwic",
    "dispersion": "analysis.kwic",
    "sentence_sentiment": "analysis.sentiment",
    "document_sentiment": "analysis.sentiment",
    "explain_sentiment": "analysis.sentiment",
    "DocumentSentiment": "analysis.sentiment",
    "readable": "corpus.report",
    "summary": "analysis.textstats",
    "Corpus": "corpus.load",
    "load_corpus": "corpus.load",
    "document_table": "corpus.stats",
    "corpus_keywords": "corpus.stats",
    "distinctive_terms": "corpus.stats",
    "group_keyness": "corpus.stats",
    "sentiment_by_group": "corpus.stats",
    "term_mentions": "corpus.stats",
    "term_by_group": "corpus.stats",
    "sentence_table": "corpus.stats",
    "term_trend": "corpus.trends",
    "trend_documents": "corpus.trends",
    "sentiment_trend": "corpus.trends",
    "entity_trend": "corpus.trends",
    "speech_meta": "corpus.meta",
    "Summary": "analysis.textstats",
    "profile_file": "corpus.stream",
    "validate_sentiment": "analysis.validation",
    "validate_folder": "analysis.validation",
    "validate_sample": "analysis.validation",
    "read_rated": "analysis.validation",
    "ValidationResult": "analysis.validation",
    "compare_sentiment": "analysis.compare",
    "agreement": "analysis.compare",
    "disagreements": "analysis.compare",
    "entities": "analysis.entities",
    "mentions": "analysis.entities",
    "canonical_entity": "analysis.entities",
    "entity_aliases": "analysis.entities",
    "corpus_entities": "corpus.entities",
    "entity_sentiment": "analysis.targeted",
    "collocates": "analysis.collocates",
    "cooccurrence": "analysis.collocates",
    "quotes": "analysis.quotes",
    "sources": "analysis.quotes",
    "hedges": "analysis.quotes",
    "corpus_quotes": "corpus.quotes",
}

# Submodules reachable as attributes (``tk.plots``, ``tk.widgets``, ``tk.validation``) without importing them
# up front; the short names stay what they were before the package was grouped by layer.
_SUBMODULES = {
    "plots": "plots", "widgets": "widgets", "cli": "cli", "fast": "fast",
    "text": "text", "analysis": "analysis", "corpus": "corpus",
    "validation": "analysis.validation", "compare": "analysis.compare", "batch": "corpus.batch",
    "resources": "text.resources",
}

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        module = importlib.import_module(f".{_EXPORTS[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{_SUBMODULES[name]}", __name__)
    raise AttributeError(f"module 'toolkit' has no attribute {name!r}")


def __dir__():
    return __all__
