"""The spaCy backend: runs a spaCy pipeline the user has installed and maps its labels to the same
five types, then merges aliases as the rules do.

Input: a Document and a pipeline (or its name). Output: (start, end, entity, type, link) rows.
"""
from __future__ import annotations

from functools import lru_cache

from ...text.document import Document
from .wordlists import _ROYAL
from .gazetteers import EntityResourceError, _titles
from .geography import _demonym_of, _place
from .chunking import _Mention, _POSSESSIVE
from .merging import _merge


def _spacy_mentions(doc: Document, nlp) -> list[tuple[int, int, str, str, str]]:
    if nlp is None:
        nlp = "en_core_web_sm"
    if isinstance(nlp, str):
        nlp = _load_spacy(nlp)
    key = ("entities.spacy", id(nlp))
    return doc.cached(key, lambda: _spacy_extract(doc.text, nlp))


@lru_cache(maxsize=4)
def _load_spacy(name: str):
    try:
        import spacy
    except ImportError as exc:
        raise EntityResourceError("backend='spacy' needs spaCy: pip install 'toolkit[spacy]' and an English pipeline") from exc
    try:
        return spacy.load(name)
    except OSError as exc:
        raise EntityResourceError(f"spaCy pipeline {name!r} is not installed; install it or pass nlp=<a loaded pipeline>") from exc


_SPACY_TYPES = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "LOC": "LOC"}


def _spacy_extract(text: str, nlp) -> list[tuple[int, int, str, str, str]]:
    """spaCy's entity spans, typed to the five types and merged with the same alias rules."""
    sdoc = nlp(text)
    found: list[_Mention] = []
    for ent in sdoc.ents:
        typ = _SPACY_TYPES.get(ent.label_)
        if typ is None:
            continue
        start, end = ent.start_char, ent.end_char
        surface = text[start:end]
        m = _POSSESSIVE.search(surface)
        if m and len(surface) > 2:
            end = start + m.start()
            surface = text[start:end]
        if surface.startswith("the ") or surface.startswith("The ") and typ != "ORG":
            start += 4
            surface = surface[4:]
        link = ""
        name = surface
        if typ == "GPE":
            place = _place(surface)
            if place:
                _, name, link = place
        elif typ == "NORP":
            dem = _demonym_of(surface)
            if dem:
                name, link = dem
        elif typ == "PERSON":
            words = surface.split()
            while len(words) > 1 and words[0].lower().rstrip(".") in _titles() and words[0].lower() not in _ROYAL:
                start += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
        found.append(_Mention(start, end, name, typ, link))
    return [(m.start, m.end, m.name, m.type, m.link) for m in _merge(found, text)]
