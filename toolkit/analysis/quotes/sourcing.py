"""Sources and hedges: who the text cites or relies on, and the hedging words around them.

``sources`` counts each speaker's quotations (direct) and the reported speech without quotation marks
("X reported that", "according to X", "citing X": indirect, found by ``_INDIRECT`` and resolved as a
quotation's subject is, by :mod:`.speakers`), with the verbs and the hedging words of those sentences;
``hedges`` counts the hedging words (``HEDGES``) of the whole text.

Input: a document. Output: DataFrames in ``SOURCE_COLUMNS`` order, and ``hedge, count``.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate

from ...text.document import DocLike, as_document
from .extract import _pieces_of
from .people import _Ctx, _doc_mentions
from .roles import _lead_noun_names
from .speakers import _resolve_phrase
from .tables import _sentence_bounds
from .verbs import _ORG_NOUNS, _ROLE_NOUNS

SOURCE_COLUMNS = ["source", "type", "cited", "direct", "indirect", "verbs", "hedges", "first"]

HEDGES = ("reportedly", "allegedly", "unnamed", "anonymous", "could", "might", "may", "potential", "potentially",
          "suggest", "suggests", "suggested", "apparently", "purportedly", "possibly", "likely", "unconfirmed",
          "believed", "rumoured", "rumored", "claimed", "unverified")

_INDIRECT = re.compile(
    r"\b(?P<prep>(?i:according to|as per|citing|cited by))\s+(?P<src>[^,.;:\"“”]{2,80})"
    r"|(?P<subj>(?:[A-Z][\w'’&-]*(?:\.\w+)*|the|a|an|unnamed|anonymous|some|senior)(?:[ \t]+[\w'’&-]+(?:\.\w+)*){0,7}?)\s+"
    r"(?:has\s+|have\s+|had\s+|also\s+|previously\s+)?(?P<verb>reported|reports|said|says|told|claimed|claims|"
    r"suggested|suggests|suggest|stated|states|announced|revealed|confirmed|alleged|warned|estimated)\s+(?:that\b)?",
)
_HEDGE_RE = re.compile(r"\b(" + "|".join(HEDGES) + r")\b", re.I)


_WORD_RUN = re.compile(r"\w+")
_HEDGE_FULL = re.compile(r"(?:" + "|".join(HEDGES) + r")", re.I)
_HEDGE_SET = frozenset(HEDGES)


def _hedge_words(text: str) -> list[str]:
    """``_HEDGE_RE.findall(text)``, faster: a match of ``\\b(hedge)\\b`` is a whole run of word characters
    equal to a hedge up to case (an ASCII run: its lower case is in the set; any other run is checked with
    the pattern itself, for the few letters IGNORECASE folds onto ASCII ones)."""
    return [w for w in _WORD_RUN.findall(text)
            if (w.lower() in _HEDGE_SET if w.isascii() else _HEDGE_FULL.fullmatch(w) is not None)]


# Every match of _INDIRECT holds one of these (its verb between white space, or its preposition), and no match
# holds any of _INDIRECT_BREAKS: only the stretches between two breaks that hold an anchor are searched.
_INDIRECT_ANCHOR = re.compile(
    r"\s(?:reported|reports|said|says|told|claimed|claims|suggested|suggests|suggest|stated|states|announced|revealed|"
    r"confirmed|alleged|warned|estimated)\s|(?i:according to|as per|citing|cited by)")
_INDIRECT_BREAKS = ",;:\"“”"
_INDIRECT_BREAK = re.compile("[" + _INDIRECT_BREAKS + "]")
# _INDIRECT_ANCHOR's two branches apart, the second case-sensitive for a search of the text in lower case
_ANCHOR_VERB = re.compile(_INDIRECT_ANCHOR.pattern.split("|(?i:")[0])
_ANCHOR_PREP_LOWER = re.compile("according to|as per|citing|cited by")
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")  # (as entities._folded: İ ı ſ K)


def _indirect_anchor_starts(text: str) -> list[int]:
    """Where ``_INDIRECT_ANCHOR.finditer(text)``'s matches start, faster: the verb branch and the preposition
    branch never overlap (a verb match is white space around lower-case letters, no preposition holds a verb after
    a space), so the two are searched apart and merged, the case-insensitive one in the text's lower case (the
    same places unless the text holds one of the four characters that fold to ASCII letters)."""
    if any(c in text for c in _FOLDS_TO_ASCII):
        return [m.start() for m in _INDIRECT_ANCHOR.finditer(text)]
    starts = [m.start() for m in _ANCHOR_VERB.finditer(text)]
    low = text.lower()
    if "accord" in low or "as per" in low or "cit" in low:
        starts = sorted(starts + [m.start() for m in _ANCHOR_PREP_LOWER.finditer(low)])
    return starts


def _indirect_matches(text: str):
    """``_INDIRECT.finditer(text)``, searching only the stretches that can hold a match (the same matches: a
    search from a stretch's start sees the character before it, and its end is a break no match can cross)."""
    done = -1
    for x in _indirect_anchor_starts(text):
        if x < done:
            continue
        a = max(text.rfind(c, 0, x) for c in _INDIRECT_BREAKS) + 1
        brk = _INDIRECT_BREAK.search(text, x)
        done = brk.start() if brk is not None else len(text)
        yield from _INDIRECT.finditer(text, a, done)


def _hedge_counts(doc) -> dict[str, int]:
    """``{hedge: count}`` over the whole text, hedges in alphabetical order (cached per Document)."""
    def compute():
        counts: dict[str, int] = {}
        for w in _hedge_words(doc.text):
            w = w.lower()
            counts[w] = counts.get(w, 0) + 1
        return dict(sorted(counts.items()))

    return doc.cached(("quotes.hedges",), compute)


def hedges(doc: DocLike):
    """Document-level hedge counts: ``hedge, count`` (reportedly, allegedly, unnamed, could, ...).

    >>> hedges("He reportedly left; it could rain, allegedly.").set_index("hedge")["count"].to_dict()
    {'allegedly': 1, 'could': 1, 'reportedly': 1}
    """
    import pandas as pd

    counts = _hedge_counts(as_document(doc))
    return pd.DataFrame({"hedge": pd.Series(list(counts), dtype="object"),
                         "count": pd.Series(list(counts.values()), dtype="int64")}, columns=["hedge", "count"])


_SOURCE_WORDS = _ROLE_NOUNS | _ORG_NOUNS | {
    "reports", "report", "officials", "sources", "source", "analysts", "experts", "media", "spokesman", "spokeswoman",
    "spokesperson", "police", "witnesses", "studies", "study", "survey", "figures", "data", "research", "critics",
    "observers"}


def _source_rows(doc) -> list[dict]:
    """The rows of :func:`sources`, most cited first (plain dicts; cached per Document)."""
    text = doc.text
    rows: dict[str, dict] = {}
    kept = _pieces_of(doc)
    quoted = [(p.start, p.end) for p in kept]
    sstarts, sends = _sentence_bounds(doc)
    hedges_in: dict[int, list[str]] = {}

    def sentence_of(pos: int) -> tuple[int, int]:
        if not sstarts:
            return 0, len(text)
        i = max(0, bisect_right(sstarts, pos) - 1)
        return sstarts[i], sends[i]

    def add(name: str, typ: str, *, direct: int, verb: str, pos: int) -> None:
        if not name:
            return
        row = rows.setdefault(name, {"source": name, "type": typ, "cited": 0, "direct": 0, "indirect": 0,
                                     "verbs": [], "hedges": [], "first": pos})
        row["cited"] += 1
        row["direct" if direct else "indirect"] += 1
        if verb and verb not in row["verbs"]:
            row["verbs"].append(verb)
        a, b = sentence_of(pos)
        found = hedges_in.get(a)
        if found is None:
            found = hedges_in[a] = [h.lower() for h in _HEDGE_RE.findall(text, a, b)]
        for h in found:
            if h not in row["hedges"]:
                row["hedges"].append(h)
        row["first"] = min(row["first"], pos)

    for p in kept:
        if p.speaker:
            add(p.speaker, p.stype if p.stype != "DESC" else "description", direct=1, verb=p.verb, pos=p.start)
    ctx = None
    # the quotations by start and the furthest end so far: one binary search per reported speech, not a look at
    # every quotation (the square of their number on a long text)
    spans = sorted(quoted)
    qstarts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    for m in _indirect_matches(text):
        pos = m.start()
        k = bisect_right(qstarts, pos)
        if k and pos < reach[k - 1]:  # (inside a quotation)
            continue
        if m.group("prep"):
            a, b = m.start("src"), m.end("src")
            verb = m.group("prep").lower()
        else:
            a, b = m.start("subj"), m.end("subj")
            verb = m.group("verb").lower()
            # skip the attributions of quotations themselves (already counted as direct)
            s_a, s_b = sentence_of(pos)
            k = bisect_left(qstarts, s_a)
            if k < len(qstarts) and qstarts[k] < s_b:  # (a quotation opens in the sentence)
                continue
        if ctx is None:
            ctx = _Ctx(text, *_doc_mentions(doc))
            ctx.quoted = quoted
        got = _resolve_phrase(ctx, a, b, inverted=bool(m.group("prep")), at=a, prev=None)
        if not got:
            continue
        name, _surface, typ = got
        name = _lead_noun_names(ctx).get(name, name)  # ("Businessmen Solomon Lew": the name, as for quotations)
        if typ == "DESC":
            words = name.split()
            if len(words) > 4 or not any(w[:1].isupper() for w in words) and not (
                    {w.lower() for w in words} & _SOURCE_WORDS):
                continue
        add(name, typ if typ != "DESC" else "description", direct=0, verb=verb, pos=pos)
    return sorted(rows.values(), key=lambda r: (-r["cited"], r["first"]))


def sources(doc: DocLike):
    """Who the text cites or relies on: ``source, type, cited, direct, indirect, verbs, hedges, first``.

    ``direct`` counts quotations the source speaks, ``indirect`` reported speech without quotation
    marks ("X reported that", "according to X", "citing X", "Reports suggest"); ``hedges`` lists the
    hedging words in those sentences (reportedly, allegedly, unnamed, could, potential, suggest).
    Document-level counts are in ``table.attrs["hedges"]`` (and :func:`hedges`).

    >>> sources("According to the BBC, talks could fail.")[["source", "indirect", "hedges"]].values.tolist()
    [['BBC', 1, 'could']]
    """
    import numpy as np
    import pandas as pd

    doc = as_document(doc)
    out = doc.cached(("quotes.sources",), lambda: _source_rows(doc))

    def strings(key, join=False):
        return pd.Series([", ".join(r[key]) if join else r[key] for r in out], dtype="object")

    def ints(key):
        return np.array([r[key] for r in out], dtype="int64")

    table = pd.DataFrame({
        "source": strings("source"), "type": strings("type"), "cited": ints("cited"), "direct": ints("direct"),
        "indirect": ints("indirect"), "verbs": strings("verbs", True), "hedges": strings("hedges", True),
        "first": ints("first"),
    }, columns=SOURCE_COLUMNS, copy=False)
    table.attrs["hedges"] = dict(_hedge_counts(doc))
    return table
