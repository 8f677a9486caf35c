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
    "Document": "document",
    "load": "document",
    "clean_text": "clean",
    "decode_bytes": "clean",
    "html_to_text": "clean",
    "sentences": "segment",
    "tokens": "tokenize",
    "normalize_token": "tokenize",
    "stopwords": "resources",
    "ResourceMissingError": "resources",
    "resource_report": "resources",
    "keyword_frequencies": "keywords",
    "collocations": "keywords",
    "keyness": "keywords",
    "concordance": "kwic",
    "dispersion": "kwic",
    "sentence_sentiment": "sentiment",
    "document_sentiment": "sentiment",
    "explain_sentiment": "sentiment",
    "DocumentSentiment": "sentiment",
    "summary": "textstats",
    "Corpus": "corpus",
    "load_corpus": "corpus",
    "document_table": "corpus_stats",
    "corpus_keywords": "corpus_stats",
    "distinctive_terms": "corpus_stats",
    "group_keyness": "corpus_stats",
    "sentiment_by_group": "corpus_stats",
    "term_mentions": "corpus_stats",
    "term_by_group": "corpus_stats",
    "sentence_table": "corpus_stats",
    "Summary": "textstats",
    "profile_file": "stream",
    "validate_sentiment": "validation",
    "validate_folder": "validation",
    "validate_sample": "validation",
    "read_rated": "validation",
    "ValidationResult": "validation",
    "compare_sentiment": "compare",
    "agreement": "compare",
    "disagreements": "compare",
}

# Submodules reachable as attributes (``tk.plots``, ``tk.widgets``) without importing them up front.
_SUBMODULES = ("plots", "widgets", "validation", "compare", "batch", "cli", "resources")

__all__ = sorted(_EXPORTS) + ["__version__"]


def __getattr__(name: str):
    if name in _EXPORTS:
        module = importlib.import_module(f".{_EXPORTS[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module(f".{name}", __name__)
    raise AttributeError(f"module 'toolkit' has no attribute {name!r}")


def __dir__():
    return __all__
