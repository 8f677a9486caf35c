"""Quotations, their speakers, and the sources a text relies on: rules only, offline.

>>> quotes('"We will win," said Jane Smith.')[["quote", "speaker", "verb", "kind"]].values.tolist()
[['We will win,', 'Jane Smith', 'said', 'full']]

Cheap: one precompiled scan for quotation marks, and work only around them. The modules, one stage each,
in pipeline order:

- ``verbs``: reporting verbs ("said", "told", "according to") and the word lists the stages share
- ``marks``: the pieces between quotation marks, and the writer's words before and after each
- ``people``: mentions of people and bodies (the entity extractor's, else a capitalised-name fallback)
- ``roles``: the roles, offices, nationalities and genders the text gives the people it names
- ``referents``: what "he", "she", "they" or "the minister" refers back to (sentence subjects, the topic)
- ``speakers``: a subject phrase resolved to a speaker: a name, a referent or a description
- ``attribution``: the reporting verb nearest a quotation, and its subject
- ``extract``: the extraction loop: which pieces are quotations, and whose
- ``tables``: ``quotes``, ``quote_rows`` and ``quote_frame``
- ``sourcing``: ``sources`` and ``hedges``
"""
from __future__ import annotations

from .sourcing import HEDGES, SOURCE_COLUMNS, hedges, sources
from .tables import QUOTE_COLUMNS, quote_frame, quote_rows, quotes  # (quote_frame: the corpus tables use it)
from .verbs import REPORTING_VERBS

__all__ = ["quotes", "quote_rows", "sources", "hedges", "QUOTE_COLUMNS", "SOURCE_COLUMNS", "HEDGES", "REPORTING_VERBS"]
