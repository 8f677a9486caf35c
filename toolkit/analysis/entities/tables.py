"""Public functions: the mention rows of either backend, cached on the Document, as the tables the toolkit
shows (``entities``, ``mentions``, ``entity_counts``, ``entity_spans``, ``canonical_entity``, ``entity_aliases``).

Input: a text, path or Document. Output: pandas DataFrames, lists of tuples or dicts.
"""
from __future__ import annotations

import bisect
from collections import Counter

from ...text.document import DocLike, Document, as_document
from .geography import _country_of
from .companies import warm_up as _warm_up_gazetteers
from .extract import _extract
from .spacy_backend import _spacy_mentions
from .wordnet import warm_up as _warm_up_wordnet


ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC")


def warm_up() -> None:
    """Build every gazetteer now (``companies.warm_up``) and read WordNet's table of famous names (``wordnet``).

    >>> warm_up()
    """
    _warm_up_gazetteers()
    _warm_up_wordnet()
ENTITY_COLUMNS = ["entity", "type", "mentions", "aliases", "first", "sentences", "link"]
MENTION_COLUMNS = ["entity", "surface", "start", "end", "sent_id", "type", "link"]


def _rules_mentions(doc: Document) -> list[tuple[int, int, str, str, str]]:
    return doc.cached(("entities.rules",), lambda: [(m.start, m.end, m.name, m.type, m.link) for m in _extract(doc.text)])


def _raw_mentions(doc: Document, backend: str, nlp) -> list[tuple[int, int, str, str, str]]:
    if backend == "rules":
        return _rules_mentions(doc)
    if backend == "spacy":
        return _spacy_mentions(doc, nlp)
    raise ValueError(f"backend must be 'rules' or 'spacy', not {backend!r}")


def _types(types) -> tuple[str, ...]:
    if types is None:
        return ENTITY_TYPES
    if isinstance(types, str):
        types = (types,)
    types = tuple(t.upper() for t in types)
    bad = [t for t in types if t not in ENTITY_TYPES]
    if bad:
        raise ValueError(f"unknown entity type(s) {bad}; choose from {', '.join(ENTITY_TYPES)}")
    return types


def _sent_ids(doc: Document, starts: list[int]) -> list[int]:
    from ...text.segment import sentence_spans

    table = doc._cache.get(("sentences",))  # tk.sentences' table, when it was made: the same spans
    if table is not None:
        begins = table["start"].tolist()
    else:
        spans = doc.cached(("sentence_spans",), lambda: sentence_spans(doc.text))
        begins = [s for s, _, _ in spans]
    return [max(bisect.bisect_right(begins, s) - 1, 0) for s in starts]


def _mention_rows(doc: Document, backend: str, types, nlp) -> tuple[list[tuple[int, int, str, str, str]], list[int]]:
    """The mentions of the wanted types and their sentence ids."""
    wanted = _types(types)
    rows = [r for r in _raw_mentions(doc, backend, nlp) if r[3] in wanted]
    return rows, (_sent_ids(doc, [r[0] for r in rows]) if rows else [])


def _mention_spans(doc: DocLike) -> list[tuple[int, int]]:
    """``(start, end)`` of each row of ``mentions(doc)``, in its order, without building the table
    (or finding sentence ids): what :func:`toolkit.analysis.sentiment.mask_names` needs."""
    wanted = _types(None)
    return [(r[0], r[1]) for r in _raw_mentions(as_document(doc), "rules", None) if r[3] in wanted]


def mentions(doc: DocLike, *, backend: str = "rules", types=None, nlp=None):
    """One row per mention: ``entity, surface, start, end, sent_id, type, link``; ``doc.text[start:end]``
    is the surface (titles and possessive 's left out).

    >>> mentions("Iran's envoy met US officials.")[["entity", "surface", "start", "end"]].values.tolist()
    [['Iran', 'Iran', 0, 4], ['United States', 'US', 17, 19]]
    """
    import pandas as pd

    doc = as_document(doc)
    rows, sent = _mention_rows(doc, backend, types, nlp)
    text = doc.text
    return pd.DataFrame({
        "entity": pd.Series([r[2] for r in rows], dtype="object"),
        "surface": pd.Series([text[r[0]:r[1]] for r in rows], dtype="object"),
        "start": pd.Series([r[0] for r in rows], dtype="int64"),
        "end": pd.Series([r[1] for r in rows], dtype="int64"),
        "sent_id": pd.Series(sent, dtype="int64"),
        "type": pd.Series([r[3] for r in rows], dtype="object"),
        "link": pd.Series([r[4] for r in rows], dtype="object"),
    }, columns=MENTION_COLUMNS)


def entities(doc: DocLike, *, backend: str = "rules", types=None, nlp=None):
    """One row per entity: ``entity, type, mentions, aliases, first, sentences, link``, most
    mentioned first (ties by first mention). ``link`` is the country a demonym or city belongs to.

    *backend* is "rules" (offline, the default) or "spacy" (*nlp*: a loaded pipeline or a model
    name). *types* keeps some of PERSON, ORG, GPE, NORP, LOC.

    >>> entities("Iranian officials said Tehran would respond.")[["entity", "type", "link"]].values.tolist()
    [['Iranian', 'NORP', 'Iran'], ['Tehran', 'GPE', 'Iran']]
    """
    import pandas as pd

    doc = as_document(doc)
    found, sent = _mention_rows(doc, backend, types, nlp)
    text = doc.text
    # grouped by (entity, type) in order of first mention, in plain Python (a pandas groupby of a few
    # dozen rows costs several times the extraction)
    groups: dict[tuple[str, str], list] = {}
    for (start, end, name, typ, link), sid in zip(found, sent):
        g = groups.get((name, typ))
        if g is None:
            g = groups[(name, typ)] = [name, typ, 0, {}, start, set(), ""]
        g[2] += 1
        g[3][text[start:end]] = None
        if start < g[4]:
            g[4] = start
        g[5].add(sid)
        if link and not g[6]:
            g[6] = link
    rows = [(name, typ, n, list(aliases), first, sorted(sids), link) for name, typ, n, aliases, first, sids, link in groups.values()]
    rows.sort(key=lambda r: (-r[2], r[4]))
    return pd.DataFrame(rows, columns=ENTITY_COLUMNS)


def entity_counts(doc: DocLike, *, backend: str = "rules", types=None, nlp=None) -> list[tuple[str, str, int, str]]:
    """``(entity, type, mentions, link)`` per entity, most mentioned first, without sentence ids or a
    DataFrame (the cheap path for corpus tables).

    >>> entity_counts("Iran warned Israel. Iran waited.")
    [('Iran', 'GPE', 2, ''), ('Israel', 'GPE', 1, '')]
    """
    doc = as_document(doc)
    wanted = _types(types)
    counts: Counter = Counter()
    first: dict[tuple[str, str], int] = {}
    links: dict[tuple[str, str], str] = {}
    for s, _, name, typ, link in _raw_mentions(doc, backend, nlp):
        if typ in wanted:
            key = (name, typ)
            counts[key] += 1
            first.setdefault(key, s)
            if link and key not in links:
                links[key] = link
    order = sorted(counts, key=lambda k: (-counts[k], first[k]))
    return [(name, typ, counts[(name, typ)], links.get((name, typ), "")) for name, typ in order]


def entity_spans(doc: DocLike, *, backend: str = "rules") -> list[tuple[int, int, str, str]]:
    """``(start, end, entity, type)`` of every mention, cheaply (no DataFrame), for other analyses.

    >>> entity_spans("Biden met Blinken in Paris.")[-1]
    (21, 26, 'Paris', 'GPE')
    """
    doc = as_document(doc)
    return [(s, e, n, t) for s, e, n, t, _ in _raw_mentions(doc, backend, None)]


def canonical_entity(doc: DocLike, surface_or_span, *, backend: str = "rules") -> str | None:
    """The canonical entity a surface ("Biden", "U.S.") or a ``(start, end)`` span of ``doc.text``
    refers to in *doc*; a country name or code not in *doc* gives the country's common name; else None.

    >>> canonical_entity("Joe Biden spoke. Later Biden left.", "Biden")
    'Joe Biden'
    """
    doc = as_document(doc)
    spans = _raw_mentions(doc, backend, None)
    if isinstance(surface_or_span, tuple):
        a, b = surface_or_span
        best = [r for r in spans if r[0] < b and a < r[1]]
        return best[0][2] if best else None
    text = doc.text
    s = str(surface_or_span).strip()
    for r in spans:
        if text[r[0]:r[1]] == s or r[2] == s:
            return r[2]
    for r in spans:
        if s.lower() in (text[r[0]:r[1]].lower(), r[2].lower()):
            return r[2]
    country = _country_of(s)
    return country


def entity_aliases(doc: DocLike, *, backend: str = "rules") -> dict[str, list[str]]:
    """Canonical entity -> the surface forms seen for it in *doc* (for term searches with aliases).

    >>> entity_aliases("The US and the United States.")
    {'United States': ['US', 'United States']}
    """
    doc = as_document(doc)
    text = doc.text
    out: dict[str, list[str]] = {}
    for s, e, name, _, _ in _raw_mentions(doc, backend, None):
        forms = out.setdefault(name, [])
        if text[s:e] not in forms:
            forms.append(text[s:e])
    return out
