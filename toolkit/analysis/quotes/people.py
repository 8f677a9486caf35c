"""Mentions of people and bodies: the names a speaker can be.

Names are canonical entities from :mod:`toolkit.analysis.entities` when that module is installed
(``entity_spans``, else ``mentions(doc)``: entity, surface, start, end, sent_id, type), corrected for
personal titles ("Mr R. Sridharan"; a titled name the entity table missed), peerages ("Lord Nicholls of
Birkenhead") and one-word names standing for a full name of the text. A small capitalised-name fallback
(``_fallback_mentions``) is used otherwise, or when this module's ``USE_ENTITIES`` is False (benchmarks
compare the two: set ``toolkit.analysis.quotes.people.USE_ENTITIES``).

Also ``_Ctx``, the per-document context every speaker stage reads (the text, the mentions sorted by start,
the spans of accepted quotations, the text with quotations blanked, and caches of genders, roles and
offices), with the lookups ``_mentions_in`` and ``_inside_quote``.

Input: a Document. Output: ``_Mention`` records (start, end, entity, type) sorted by start, and their
starts, cached per Document.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter

from ..entities.chunking import _matches_at, _matches_at_chars, _matches_at_words
from .verbs import _ORG_HEADS, _ROLE_NOUNS, _TITLES


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    entity: str
    type: str


@dataclass
class _Ctx:
    text: str
    mentions: list = field(default_factory=list)
    starts: list = field(default_factory=list)
    quoted: list = field(default_factory=list)   # (start, end) of accepted pieces, for excluding their names
    masked: str = ""                              # the text with quotations blanked
    genders: dict | None = None                   # person -> "M" / "F" from titles, computed when needed
    all_genders: tuple | None = None              # (len(genders) then, genders and given-name cues)
    roles: dict | None = None                     # person -> {(modifier, role noun)} the text names them with
    offices: dict | None = None                   # person -> {"shadow", "deputy", ...} written before their name
    lead_names: dict | None = None                # entity -> its name without a describing noun glued on
    said_as: dict = field(default_factory=dict)   # person -> "M" / "F" from the "he said" / "she said" resolved to them
    quoted_index: tuple | None = None             # (quoted, its length, starts, furthest ends): see _inside_quote
    group_hits: dict = field(default_factory=dict)  # plural noun -> the groups named after it: see roles._named_group


# Entities: the other module when it is there, a small fallback when it is not.
USE_ENTITIES = True  # False: the capitalised-name fallback only (benchmarks compare the two)


_START = attrgetter("start")  # (a sort key in C)


def _doc_mentions(doc) -> tuple[list[_Mention], list[int]]:
    """The document's mentions sorted by start, and their starts: computed once per Document (quotes and
    sources share them; nothing changes them afterwards)."""
    def compute():
        ms = _entity_mentions(doc)
        ms.sort(key=_START)
        return ms, [m.start for m in ms]

    return doc.cached(("quotes.mentions", USE_ENTITIES), compute)


def _entity_mentions(doc) -> list[_Mention]:
    if not USE_ENTITIES:
        return _full_names(_fallback_mentions(doc.text))
    try:
        from .. import entities as _ent  # noqa: PLC0415
    except ImportError:
        return _full_names(_fallback_mentions(doc.text))
    spans = getattr(_ent, "entity_spans", None)
    if spans is not None:  # (start, end, entity, type) without a DataFrame
        out = [_Mention(s, e, n, t) if type(s) is int and type(e) is int and type(n) is str and type(t) is str
               else _Mention(int(s), int(e), str(n), str(t)) for s, e, n, t in spans(doc)]
    else:  # the documented table: entity, surface, start, end, sent_id, type
        table = _ent.mentions(doc)
        out = [_Mention(int(s), int(e), str(n), str(t)) for s, e, n, t in
               zip(table["start"], table["end"], table["entity"], table["type"])]
    # (an office glued to a name dropped; people named after a rank or a naming cue the table missed added)
    out = _named_people(doc.text, _ranked_people(doc.text, _office_prefixed(doc.text, out)))
    out = _described_people(doc.text, out)
    out = _without_dateline_agency(doc.text, out)
    return _full_names(_surname_places(doc.text, _peerages(doc.text, _titled_people(doc.text, out))))


# a wire dateline opening the story's first lines, the agency in its brackets ("MILLBROOK, Ohio (AP) — ", "GENEVA
# (Reuters) - "): group 1 the agency
_DATELINE_AGENCY = re.compile(r"(?m)^[ \t]*[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+)*(?:,[ \t]*[A-Z][\w.]*(?:[ \t]+[\w.]+){0,2})?"
                              r"[ \t]*\(([A-Za-z][\w .-]*)\)[ \t]*(?:-{1,2}|–|—)")


def _without_dateline_agency(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """*mentions* without the news agency named in the dateline's brackets: the agency files the story and is no one
    "the council" or "it" can stand for."""
    found = _DATELINE_AGENCY.search(text, 0, 600) if "(" in text[:600] else None
    if found is None:
        return mentions
    lo, hi = found.span(1)
    return [m for m in mentions if not (lo <= m.start and m.end <= hi)]


# "a man known as Nick", "the man who calls himself Abu Karim", "a woman identified only as Maria": the name a
# person is introduced by (group 1), after its naming cue; the describing noun before the cue is read from _NOUN_BEFORE
_NAMED_BY = re.compile(r"(?:known\s+(?:only\s+|simply\s+)?as|call(?:s|ed)\s+(?:himself|herself)|identified\s+(?:only\s+)?as|"
                       r"gave\s+(?:his|her)\s+name\s+(?:only\s+)?as|going\s+by\s+the\s+name(?:\s+of)?|named)\s+"
                       r"([A-Z][a-z][\w'’-]*(?:\s+[A-Z][a-z][\w'’-]*){0,2})(?![\w'’-])")
_NAMED_BY_OPENERS = ("known", "call", "identified", "gave", "going", "named")  # (how every match opens: tried only there)
_NOUN_BEFORE = re.compile(r"\b([A-Za-z][\w-]*),?\s+(?:who\s+)?(?:(?:is|was)\s+)?$")


# "A bystander, Marius duPlessis, said": a person noun, then a name in apposition between commas (group 1 the noun,
# group 2 the name: capitalised words, and lower-case particles or prefixes before a capital: "duPlessis", "van Dyk")
# (the look-ahead: the first letters of its matches, a quick test before the word boundary: far fewer places tried)
_APPOSED_NAME_PART = (r"([A-Z][a-z]+(?:\s+(?:[A-Z][\w'’-]+|(?:van|von|de|du|der|den|le|la|al|bin|da)\s+[A-Z][\w'’-]+|"
                      r"[a-z]{1,3}[A-Z][\w'’-]+)){1,3}),")
_APPOSED_NAME = re.compile(r"(?=[AaOoTt])\b(?:[Aa]n?|[Tt]he|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*),\s+"
                           + _APPOSED_NAME_PART)
# (how every match of _APPOSED_NAME ends: a quick test first, opening with a comma, where the whole pattern is tried at
# every article)
_APPOSED_NAME_TAIL = re.compile(r",\s+" + _APPOSED_NAME_PART)


def _named_people(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A person the text introduces by a name after a naming cue ("a man known as Nick", "the man who calls himself
    Abu Karim") that the entity table missed: a person mention, so that "the man said" or "he said" can find him
    (the describing noun must be a person's: "a man", "a defector", not "a village named Hope")."""
    added = []
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    for found in _matches_at_words(_NAMED_BY, text, _NAMED_BY_OPENERS):
        a, b = found.span(1)
        if "self" not in found.group(0):
            noun = _NOUN_BEFORE.search(text, max(0, found.start() - 40), found.start())
            if noun is None or not _person_noun(noun.group(1).lower()):
                continue
        if found.group(1).split()[0].lower() in _CALENDAR:
            continue
        i = bisect_right(starts, b) - 1
        if i >= 0 and spans[i][1] > a:
            continue  # the entity table has a name there already
        added.append(_Mention(a, b, found.group(1), "PERSON"))
    if ", " in text and _APPOSED_NAME_TAIL.search(text) is not None:
        for found in _APPOSED_NAME.finditer(text):
            a, b = found.span(2)
            i = bisect_right(starts, b) - 1
            if not _person_noun(found.group(1)) or i >= 0 and spans[i][1] > a \
                    or any(w.lower() in _ORG_HEADS for w in found.group(2).split()):
                continue  # no person described ("the executive, Scottish Borders Council,"), or a name the table has
            added.append(_Mention(a, b, " ".join(found.group(2).split()), "PERSON"))
    return sorted(mentions + added, key=_START) if added else mentions  # (in text order: _peerages reads them so)


# "Helen Park, the chief scientist,", "Ravi Shah, a nurse at the hospital,": a given name and a surname, then a
# description in apposition whose head (before a preposition or the closing comma) is a person's noun
# (the look-behind after the capital: a pattern that opens with a character class is scanned for it, one that opens
# with a look-behind tried at every position)
_DESCRIBED_NAME = re.compile(r"([A-Z](?<![\w'’-][A-Z])[a-z]+(?:\s+[A-Z][a-z][\w'’-]*){1,2}),\s+(?:the|a|an|its|their|his|her)\s+"
                             r"((?:[A-Za-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s*(?:,|\s(?:at|of|for|with|in|from|to|on)\s)")


# What follows the name in every match of _DESCRIBED_NAME (its comma, then a determiner): tested at each comma
_DESCRIBED_AFTER_COMMA = re.compile(r",\s+(?:the|a|an|its|their|his|her)\s+")


def _described_name_starts(text: str) -> list[int]:
    """Where a match of _DESCRIBED_NAME can start: its name is two or three words right before a comma and a determiner
    ("Helen Park, the"), separated by white space, the first a capital and lower-case letters ending its word; so the
    start is that capital in the second or third word back from each such comma (the pattern, whose first character is
    a capital, was tried at every capital of the text)."""
    starts = []
    after = _DESCRIBED_AFTER_COMMA.match
    c = text.find(",")
    while c >= 0:
        if text[c + 1:c + 2].isspace() and after(text, c) is not None:
            end = c  # (where the word read now ends)
            for k in range(3):  # (the word before the comma, then the two before it)
                j = end
                while j > 0 and not text[j - 1].isspace():
                    j -= 1  # (the start of the word)
                if k:  # (the capital before the lower-case letters that end the word)
                    i = end
                    while i > j and "a" <= text[i - 1] <= "z":
                        i -= 1
                    if j < i < end and "A" <= text[i - 1] <= "Z":
                        starts.append(i - 1)
                end = j
                while end > 0 and text[end - 1].isspace():
                    end -= 1  # (over the white space before the word)
                if end == 0:
                    break
        c = text.find(",", c + 1)
    return starts


def _described_people(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A person the entity table missed whom the text names with a given name and a surname and describes in
    apposition as a person ("Helen Park, the chief scientist,"): a person mention, so that "she" can find her."""
    if ", " not in text:
        return mentions
    given = None
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    added = []
    for found in _matches_at(_DESCRIBED_NAME, text, _described_name_starts(text)):  # (_DESCRIBED_NAME.finditer)
        a, b = found.span(1)
        i = bisect_right(starts, b) - 1
        if i >= 0 and spans[i][1] > a:
            continue  # the entity table has a name there
        words = found.group(1).split()
        given = _name_genders() if given is None else given
        if words[0] not in given or words[0].lower() in _PET_WORDS \
                or not _person_noun(found.group(2).split()[-1].lower()) \
                or any(w.lower() in _ORG_HEADS or w.lower() in _CALENDAR for w in words):
            continue
        added.append(_Mention(a, b, " ".join(words), "PERSON"))
    return sorted(mentions + added, key=_START) if added else mentions


def _person_noun(noun: str) -> bool:
    """A noun of one person or a few ("man", "defector", "spokeswoman", "chairman", "activist"): a role noun, a
    listed noun, or one ending as nouns of people do ("-man", "-woman", "-ist"; not "-er": "a river named ...")."""
    return noun in _PEOPLE_NOUNS or noun in _ROLE_NOUNS or noun.endswith(("man", "woman", "men", "women", "ist")) \
        and noun not in ("list", "twist", "mist", "fist", "german", "roman")


_PEOPLE_NOUNS = frozenset({"person", "teenager", "youth", "child", "boy", "girl", "defector", "soldier", "refugee",
                           "militant", "gunman", "suspect", "victim", "pilot", "nurse", "doctor", "student", "witness",
                           "resident", "mother", "father", "wife", "husband", "son", "daughter", "friend", "neighbour",
                           "farmer", "worker", "fighter", "bystander", "passenger", "prisoner", "detainee", "insider",
                           "lawyer", "aide", "adviser", "advisor", "source", "blogger", "rapper", "singer", "player"})


_NAME_LINK_WORDS = frozenset(("of", "for", "the", "and", "&"))
_PERSONAL_TITLES = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame"})
# elected offices written before a name, abbreviated as US and UK local copy does ("Rep. Jim Banks", "Sen. Amy Kloss",
# "Gov. Tom Hale", "Cllr Janet Price", "Coun Ray Dunn"): a person's (the entity table may glue them on, as a body)
_ELECTED_TITLES = frozenset({"rep", "sen", "gov", "cllr", "coun", "councillor", "councilman", "councilwoman",
                             "congressman", "congresswoman", "assemblyman", "assemblywoman", "alderman", "delegate"})
# military and police ranks written before a name ("General Tommy Franks", "Rear Admiral John Stufflebeem")
_RANKS = frozenset({"general", "admiral", "colonel", "lieutenant", "major", "captain", "commander", "sergeant",
                    "brigadier", "commodore", "marshal", "corporal", "superintendent", "inspector", "constable",
                    "detective", "rear", "vice", "air", "chief", "lieutenant-colonel", "lieutenant-general",
                    "major-general", "brigadier-general", "lt", "col", "gen", "sgt", "maj", "capt", "cmdr", "supt",
                    "insp", "det"})
# (the ranks in order, each word boundary tested after its first letter: a pattern that opens with letters is
# scanned for them, one that opens with a word boundary tried at every position)
_RANK_WORDS = (
    "General", "Admiral", "Colonel", "Lieutenant", "Major", "Captain", "Commander", "Sergeant", "Brigadier", "Commodore",
    "Marshal", "Corporal", "Superintendent", "Inspector", "Constable", "Detective", "Lieutenant-Colonel", "Lieutenant-General",
    "Major-General", "Brigadier-General", "Lt", "Col", "Gen", "Sgt", "Maj", "Capt", "Cmdr", "Supt", "Insp", "Det")
_RANK_WORDS_RE = "|".join(w[0] + r"(?<=\b" + w[0] + ")" + w[1:] for w in _RANK_WORDS)
_RANK_FIRST_LETTERS = "".join(sorted({w[0] for w in _RANK_WORDS}))  # (how every match of _RANK_RUN opens)
_RANK_RUN = re.compile(r"(?:" + _RANK_WORDS_RE + ")"
                       r"\.?\s+(?:(?:General|Colonel|Sergeant|Inspector|Superintendent|Constable)\s+)?"
                       r"([A-Z][a-z]+(?:\s+[A-Z]\.?)?\s+[A-Z][a-z][\w'’-]*(?:-[A-Z][a-z]+)?)(?![\w'’-])")
# office words, ranks and personal titles a name is written after but that are no part of it (royal, religious and
# peerage titles are: "Queen Elizabeth II", "King Juan Carlos", "Lord Falconer")
_OFFICE_WORDS = (_TITLES | _ROLE_NOUNS | _RANKS) - {"rev", "king", "queen", "prince", "princess", "lord", "lady"}


# a player's position written before the name at a sentence's start ("Quarterback Drew Hale threw", "Prop Sam Reid",
# "Wicketkeeper Ann Lee"): no part of the name
_SPORT_POSITIONS = frozenset({"quarterback", "fullback", "full-back", "halfback", "half-back", "prop", "flanker", "hooker",
                              "lock", "centre", "center", "wing", "winger", "scrum-half", "fly-half", "number", "bowler",
                              "batsman", "batter", "opener", "wicketkeeper", "keeper", "goalkeeper", "goalie", "striker",
                              "midfielder", "defender", "forward", "guard", "shortstop", "pitcher", "catcher",
                              "linebacker", "receiver", "cornerback", "safety", "jockey", "trainer", "skipper"})


def _office_name(entity: str) -> str:
    """The person's name at the end of an entity that glued an office onto it ("Science Minister Peter
    McGauran", "United States Secretary of State Colin Powell", "Defence Martin Oakes" is not caught: no
    office word): a given name and one or two more capitalised words after an office word; "" otherwise."""
    words = entity.split()
    if len(words) < 3:
        return ""
    given = _name_genders()
    if (words[0].lower().rstrip(".") in _PERSONAL_TITLES or words[0].lower().rstrip(".") in _ELECTED_TITLES) \
            and len(words) <= 4 \
            and all(w[:1].isupper() and w.lower() not in _ORG_HEADS and w.lower() not in _TITLES for w in words[1:]):
        return " ".join(words[1:])  # "Professor Geoff Masters": a personal title is a person's (given name or not)
    if "-" in words[0] and _office_word(words[0]) and len(words) <= 4 and all(
            w[:1].isupper() and w[1:2].islower() and w.lower() not in _ORG_HEADS and not _office_word(w) for w in words[1:]):
        # "Vice-President Dick Cheney", "Attorney-General Daryl Williams" (a hyphenated title only: "General Motors
        # Holden" is a body)
        return " ".join(words[1:])
    for k in range(1, len(words) - 1):
        rest = words[k:]
        if words[k] not in given or len(rest) > 3 or words[k - 1].lower() in _NAME_LINK_WORDS:
            continue
        if not all(w[:1].isupper() and w.lower() not in _ORG_HEADS and w.lower() not in _TITLES for w in rest):
            return ""
        if any(w.lower() in _OFFICE_WORDS or w.lower() in _SPORT_POSITIONS for w in words[:k]):
            return " ".join(rest)
        return ""
    return _after_job_title(words)


# the words of a job title written before a name ("Chief Executive", "Chief Financial Officer", "Managing Director",
# "Co-Founder"): office words and the words that name a department of a firm
_JOB_TITLE_WORDS = _OFFICE_WORDS | {"officer", "financial", "operating", "technology", "technical", "marketing",
                                    "information", "commercial", "creative", "managing", "senior", "co-founder",
                                    "cofounder", "founder", "executive", "chief", "president", "director"}
_NAME_WORD = re.compile(r"[A-Z][a-z][\w'’-]*|[A-Z]\.")


def _after_job_title(words: list[str]) -> str:
    """The name after a job title that opens an entity ("Chief Executive Satya Nadella", "Chief Financial Officer
    Ngozi Adebayo") when its given name is one the name lists do not know: every word before the name a job-title
    word, then two or three name-like words, none an office word or a body's head noun; "" otherwise."""
    k = 0
    while k < len(words) and words[k].lower().rstrip(".") in _JOB_TITLE_WORDS:
        k += 1
    rest = words[k:]
    if k == 0 or not 2 <= len(rest) <= 3 or not any(words[i].lower() in _OFFICE_WORDS for i in range(k)):
        return ""
    if not all(_NAME_WORD.fullmatch(w) and w.lower() not in _ORG_HEADS and w.lower().rstrip(".") not in _JOB_TITLE_WORDS
               for w in rest):
        return ""
    try:
        from ..entities.gazetteers import _wordfreq  # noqa: PLC0415
    except ImportError:
        return ""
    zipf = _wordfreq()
    # a name, not a body named with words ("Executive Director Amnesty International", "Hudson Bay"): no word of it
    # common in English, its first one rarer still
    if zipf(rest[0].lower()) < 3.5 and all(zipf(w.lower()) < 4.0 for w in rest[1:]):
        return " ".join(rest)
    return ""


def _office_word(word: str) -> bool:
    """An office or title word, hyphenated ones by their parts ("Vice-President", "Attorney-General")."""
    low = word.lower().rstrip(".")
    return low in _OFFICE_WORDS or "-" in low and all(p in _OFFICE_WORDS or p == "attorney" for p in low.split("-"))


def _ranked_people(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """A rank before a given name and a surname ("General Tommy Franks", "Rear Admiral John Stufflebeem") makes a
    person of a name the entity table missed (not "General Motors": a given name must follow the rank)."""
    ranked = _matches_at_chars(_RANK_RUN, text, _RANK_FIRST_LETTERS)  # (_RANK_RUN.finditer: tried at those capitals)
    if not ranked:
        return mentions
    given = _name_genders()
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    added = []
    for found in ranked:
        a, b = found.span(1)
        if found.group(1).split()[0] not in given:
            continue
        i = bisect_right(starts, b) - 1
        if i >= 0 and spans[i][1] > a:
            continue  # a name the entity table has there
        added.append(_Mention(a, b, " ".join(found.group(1).split()), "PERSON"))
    return sorted(mentions + added, key=_START) if added else mentions


def _office_prefixed(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """An entity holding the office written before its person's name ("Federal Health Minister Joan Fairley"
    as one name, a person or a body) speaks as the person: the name alone, its mentions starting where the
    name does ("Ms Fairley" keeps its span)."""
    renamed: dict[str, str] = {}
    for m in mentions:
        if m.type in ("PERSON", "ORG") and m.entity not in renamed and " " in m.entity:
            renamed[m.entity] = _office_name(m.entity)
    if not any(renamed.values()):
        return mentions
    for m in mentions:
        name = renamed.get(m.entity)
        if not name:
            continue
        m.entity, m.type = name, "PERSON"
        if text[m.start:m.end].endswith(" " + name):
            m.start = m.end - len(name)
    return mentions


_PEER = re.compile(r"(?:Lord|Lady|Baroness|Baron|Viscount|Earl)\s")
_OF_PLACE = re.compile(r" of ((?:[A-Z][\w'’-]*)(?: [A-Z][\w'’-]*){0,2})\b")


def _peerages(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """"Lord Nicholls of Birkenhead" is one person (a peer's title names a place): the place joins the name."""
    out: list[_Mention] = []
    peers: dict[str, str] = {}
    for k, m in enumerate(mentions):
        if out and m.start < out[-1].end:
            continue  # the place of the peer before
        if m.type == "PERSON" and _PEER.match(text, m.start) is not None and m.entity == text[m.start:m.end]:
            place = _OF_PLACE.match(text, m.end)
            inside = [x for x in mentions[k + 1:k + 3] if place is not None and x.start < place.end()]
            if place is not None and not any(x.type == "ORG" for x in inside):  # "Lord Browne of BP": BP's
                peers[m.entity] = text[m.start:place.end()]
                m.entity = peers[m.entity]
                m.end = place.end()
        out.append(m)
    for m in out:  # "Lord Nicholls" again, later: the same peer
        if m.type == "PERSON" and m.entity in peers:
            m.entity = peers[m.entity]
    return out


# "Mr R. Sridharan", "Dr J Smith": a personal title before a name makes it a person, initials part of the name
# (written to open with a character class, the look-behind checked behind that capital, the title's other letters
# after it: the regex engine then skips to the next M, D, S or P instead of trying the look-behind at every position,
# about 4x faster, the same matches as (?<![\w.])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor)\.?\s+...)
_PERSON_TITLE_BEFORE = re.compile(r"[MDSP](?<![\w.].)(?:(?<=M)(?:r|rs|s|iss)|(?<=D)(?:r|ame)|(?<=S)ir|(?<=P)(?:rof|rofessor))"
                                  r"\.?\s+((?:[A-Z]\.?\s+){0,3})")


def _titled_people(text: str, mentions: list[_Mention]) -> list[_Mention]:
    # one scan: where each title's name starts (_PERSON_TITLE_BEFORE.finditer, tried at its first letters alone)
    titles = {t.end(): t for t in _matches_at_chars(_PERSON_TITLE_BEFORE, text, "DMPS")}
    if not titles:
        return mentions
    for m in mentions:
        t = titles.get(m.start)
        if t is None:
            continue
        if m.type != "PERSON":
            # "Mr Pole", "Mr Holland": a surname the entity table took for a people or a place; the name as written,
            # for _full_names to read as the person the text names so ("Andrew Pole"), not "Polish"/"Netherlands"
            m.entity = text[m.start:m.end]
        m.type = "PERSON"
        initials = " ".join(t.group(1).split())
        if initials and text[m.start:m.end] == m.entity:  # the name as written: its initials belong to it
            m.entity = f"{initials} {m.entity}"
            m.start = t.start(1)
    # a titled name the entity table missed ("Ms Lee disagrees."): a person all the same, so that a later
    # "she" can find her (the surname becomes the full name the text gives, if one, in _full_names)
    spans = sorted((m.start, m.end) for m in mentions)
    starts = [a for a, _ in spans]
    added = []
    for pos, t in titles.items():
        i = bisect_right(starts, pos) - 1
        if i >= 0 and spans[i][0] <= pos < spans[i][1] or i + 1 < len(spans) and spans[i + 1][0] == pos:
            continue
        name = _TITLED_SURNAME.match(text, pos)
        if name is not None and name.group().lower() not in _CALENDAR:
            added.append(_Mention(name.start(), name.end(), name.group(), "PERSON"))
    return mentions + added if added else mentions


_TITLED_SURNAME = re.compile(r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)?(?![\w'’-])")


# a reporting verb right after a name ("Jordan said", "Holland told reporters"), or right before it ("said Jordan")
_SAYS_AFTER = re.compile(r",?\s+(?:(?:also|later|then)\s+)?(?:said|says|told|tells|added|adds|explained|insisted|admitted|"
                         r"replied|recalled|warned)\b")
_SAYS_BEFORE = re.compile(r"\b(?:said|says|added|adds)\s+$")


def _surname_places(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """"Striker Tom Jordan scored twice. ... Jordan said": a one-word place or people (GPE, NORP, LOC) written as
    the surname of a person the text named before, as the sayer of a reporting verb next to it, is that person."""
    surnames: dict[str, int] = {}
    for m in mentions:
        if m.type == "PERSON" and " " in m.entity:
            surnames.setdefault(m.entity.split()[-1], m.end)
    if not surnames:
        return mentions
    for m in mentions:
        if m.type in ("GPE", "NORP", "LOC") and surnames.get(text[m.start:m.end], 1 << 62) <= m.start \
                and (_SAYS_AFTER.match(text, m.end) is not None
                     or _SAYS_BEFORE.search(text, max(0, m.start - 12), m.start) is not None):
            m.entity, m.type = text[m.start:m.end], "PERSON"
    return mentions


def _full_names(mentions: list[_Mention]) -> list[_Mention]:
    """A one-word person ("Hewitt", "Sir Digby") becomes the one longer person of the text it names."""
    people = {m.entity for m in mentions if m.type == "PERSON" and " " in m.entity}
    for m in mentions:
        if m.type == "PERSON" and " " not in m.entity:
            fits = [p for p in people if p.split()[-1] == m.entity] or [p for p in people if p.split()[0] == m.entity]
            if not fits and len(m.entity) >= 6:
                # "Richard Romaszko ... Mr Romanszko says": a surname spelt one letter differently is a slip of the
                # copy, when it fits one person only
                fits = [p for p in people if _one_edit(p.split()[-1], m.entity)]
            if len(fits) == 1:
                m.entity = fits[0]
    return mentions


def _one_edit(a: str, b: str) -> bool:
    """*a* and *b* (six letters or more, the same first letter) differ by one inserted, dropped or changed letter."""
    if a == b or a[:1] != b[:1] or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 6:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return short[i:] == long_[i + 1:]


_CAP_WORD = r"[A-Z](?:[\w&-]|['’](?!s\b)|\.(?=\w))*(?:['’]s\b)?"
_CAP_RUN = re.compile(r"(?:" + _CAP_WORD + r"(?<!['’]s)\s(?:(?:bin|al|de|van|von|der|den|du|da|le|la|of|for|the)\s)?)*"
                      + _CAP_WORD)
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


_CAPITAL = re.compile(r"[A-Z]")


@lru_cache(maxsize=1)
def _stopset() -> frozenset:
    from ...text.resources import stopwords

    return frozenset(stopwords())


_NAME_FORMAT = 4  # raise when build() below changes
# pet forms that are common words more often than names ("Will", "King", "Art"): no given-name cue
_PET_WORDS = frozenset({"will", "king", "day", "court", "art", "link", "glory", "mercy", "angel", "win", "rich", "con",
                        "dot", "norm", "bias", "than", "lib", "el", "em", "si", "sis", "ginger", "candy", "herb", "chick",
                        "dunk", "ant", "ally", "belle", "flora", "nanny", "ford", "indy", "lea", "lu", "dee", "dell",
                        "ev", "mack", "mae", "cam", "beck", "barbie", "dolly", "bradford", "bryant", "barrett"})
_NAME_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ")  # English lists only: "Joni" is a man in Finnish


@lru_cache(maxsize=1)
def _name_genders() -> dict[str, str]:
    """Given name -> "M" / "F" from Faker's person providers (names both ways, such as Jordan or Andrea,
    left out); {} without Faker. Built once and kept in the toolkit's disk cache."""
    from ...text.diskcache import stored  # noqa: PLC0415

    def build() -> dict[str, str]:
        import importlib  # noqa: PLC0415

        seen: dict[str, str] = {}
        for loc in _NAME_LOCALES:
            try:
                provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
            except ImportError:
                continue
            for attr, g in (("first_names_male", "M"), ("first_names_female", "F")):
                for n in getattr(provider, attr, ()):
                    if n.isascii() and n.isalpha():
                        seen[n] = g if seen.get(n, g) == g else ""
        # pet forms (the nicknames package's table: "Phil", "Geoff", "Liz") of given names all of one sex
        try:
            from nicknames import name_triplets  # noqa: PLC0415
        except ImportError:  # pragma: no cover - without the package: the full names only
            name_triplets = None
        pets: dict[str, set] = {}
        for given, relation, pet in name_triplets() if name_triplets is not None else ():
            if relation == "has_nickname" and pet.isalpha() and pet.isascii() and len(pet) > 1 and pet != given:
                if given.capitalize() in seen:  # (a given name of neither list says nothing)
                    pets.setdefault(pet.capitalize(), set()).add(seen[given.capitalize()])
        stop = _stopset()
        elsewhere = _other_locale_names() if pets else {}
        for pet, sexes in pets.items():
            sex = next(iter(sexes)) if len(sexes) == 1 else ""
            # (not a pet form that another language's list gives the other sex: "Ali" is Alice's, and a man's name)
            if pet not in seen and sex and pet.lower() not in _PET_WORDS and pet.lower() not in stop \
                    and elsewhere.get(pet, {sex}) == {sex}:
                seen[pet] = sex
        return {n: g for n, g in sorted(seen.items()) if g}

    try:
        # keyed on Faker's version and this format's number only: editing this module rebuilds nothing
        return stored(f"quotes-name-genders-{_NAME_FORMAT}", build, packages=("Faker", "nicknames"))
    except Exception:  # pragma: no cover - the names are a cue, never a requirement
        return {}


_WORLD_FORMAT = 4  # raise when build() below changes


@lru_cache(maxsize=1)
def _world_name_genders() -> dict[str, str]:
    """Given name -> "M" / "F" for names the English lists of :func:`_name_genders` do not hold, from Faker's
    other person providers (the English base list, Kenyan, Turkish, Indonesian, European ...) where two lists or more
    agree ("Ali", "Sergei", "Ingrid"); names an English list holds either way keep its call, and a name lists give
    both sexes ("Kim") or only one list gives ("Walli") says nothing. A cue for passing over a person of the other
    sex only (:func:`.roles._all_genders`), never for finding names. {} without Faker."""
    from ...text.diskcache import stored  # noqa: PLC0415

    def build() -> dict[str, str]:
        import importlib  # noqa: PLC0415

        english: set = set()
        for loc in _NAME_LOCALES:
            try:
                provider = importlib.import_module(f"faker.providers.person.{loc}").Provider
            except ImportError:
                continue
            for attr in ("first_names_male", "first_names_female"):
                english.update(n for n in getattr(provider, attr, ()) or () if isinstance(n, str))
        votes: dict[str, list] = {}  # name -> [lists giving it to men, lists giving it to women]
        for locale, provider in _other_locale_providers():
            for k, attr in enumerate(("first_names_male", "first_names_female")):
                for n in set(getattr(provider, attr, ()) or ()):
                    if isinstance(n, str) and n.isascii() and n.isalpha() and len(n) > 1 and n not in english:
                        # (Faker's base English list, a long one of names given in the US, weighs as two)
                        votes.setdefault(n, [0, 0])[k] += 2 if locale == "en" else 1
        stop = _stopset()
        # one sex by a clear majority of two lists or more ("Ali": ten lists a man's, one list's slip a woman's), not
        # a name many lists give both ways ("Kim") nor one list's only ("Walli", a German woman's, a Afghan man's)
        return {n: "M" if m > f else "F" for n, (m, f) in sorted(votes.items())
                if max(m, f) >= 3 * min(m, f) and max(m, f) >= 2 and max(m, f) > min(m, f) + (1 if min(m, f) else 0)
                and n.lower() not in stop and n.lower() not in _PET_WORDS}

    try:
        return stored(f"quotes-world-name-genders-{_WORLD_FORMAT}", build, packages=("Faker",))
    except Exception:  # pragma: no cover - the names are a cue, never a requirement
        return {}


def _other_locale_providers():
    """(locale, Faker's person provider) for each locale not in _NAME_LOCALES that loads; nothing without Faker."""
    import importlib  # noqa: PLC0415
    import pkgutil  # noqa: PLC0415

    try:
        import faker.providers.person as people  # noqa: PLC0415
    except ImportError:  # pragma: no cover
        return
    for module in pkgutil.iter_modules(people.__path__):
        if module.name in _NAME_LOCALES:
            continue
        try:
            provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        except Exception:  # noqa: BLE001 - a locale that fails to load says nothing
            continue
        yield module.name, provider


def _other_locale_names() -> dict[str, set]:
    """Given name -> the sexes Faker's non-English person providers give it (for telling pet forms that are names
    of their own elsewhere, such as "Ali"); {} without Faker."""
    out: dict[str, set] = {}
    for _, provider in _other_locale_providers():
        for attr, g in (("first_names_male", "M"), ("first_names_female", "F")):
            for n in getattr(provider, attr, ()) or ():
                if isinstance(n, str):
                    out.setdefault(n, set()).add(g)
    return out


def _fallback_mentions(text: str) -> list[_Mention]:
    """Capitalised runs, titles stripped, surnames merged into the full name seen before (PERSON/ORG/OTHER)."""
    if _CAPITAL.search(text) is None:
        return []
    stop = _stopset()
    raw: list[tuple[int, int, str, bool]] = []
    for m in _CAP_RUN.finditer(text):
        s, e = m.start(), m.end()
        words = text[s:e].split()
        titled = False
        cut = max((k for k, w in enumerate(words[:-1]) if w.lower().rstrip(".") in _TITLES), default=-1)
        if cut >= 0:  # "Trade and Industry Secretary Patricia Hewitt": the name follows the last title
            for w in words[: cut + 1]:
                s = text.index(w, s) + len(w)
            while s < e and text[s] == " ":
                s += 1
            words, titled = words[cut + 1:], True
        while words and (words[0].lower().rstrip(".") in _TITLES or words[0].lower() in stop):
            titled = titled or words[0].lower().rstrip(".") in _TITLES
            s = text.index(words[0], s) + len(words[0])
            while s < e and text[s] == " ":
                s += 1
            words = words[1:]
        if not words:
            continue
        surface = text[s:e]
        for suffix in ("'s", "’s", "'", "’", "."):
            if surface.endswith(suffix):
                surface, e = surface[: -len(suffix)], e - len(suffix)
        if s > 0 and text[max(0, s - 3):s].rstrip().lower().endswith(("mr", "ms", "dr")):
            titled = True
        if surface and surface[0].isupper():
            raw.append((s, e, surface, titled))
    out: list[_Mention] = []
    lower_words = set(re.findall(r"(?<![\w.])[a-z][a-z'-]+", text))
    kept = []
    persons: list[str] = []
    for s, e, surface, titled in raw:
        words = surface.split()
        if len(words) == 1 and (surface.lower() in lower_words or surface.lower() in _CALENDAR):
            continue  # "Unnamed" at a sentence start, days and months
        low = {w.lower().strip("'’") for w in words}
        kind = "ORG" if (low & _ORG_HEADS or surface.isupper() and len(surface) > 1) else "OTHER"
        if kind == "OTHER" and 2 <= len(words) <= 4 and not (low & _CALENDAR):
            persons.append(surface)
        kept.append((s, e, surface, titled, kind))
    for s, e, surface, titled, kind in kept:
        words = surface.split()
        name = surface
        if len(words) == 1:
            match = next((p for p in persons if p.split()[-1] == surface), None) or next(
                (p for p in persons if p.split()[0] == surface and titled), None)
            if match:
                name, kind = match, "PERSON"
            elif titled and kind == "OTHER":
                kind = "PERSON"
        elif kind == "OTHER" and surface in persons:
            kind = "PERSON"
        out.append(_Mention(s, e, name, kind))
    return out


def _mentions_in(ctx: _Ctx, a: int, b: int) -> list[_Mention]:
    i = bisect_left(ctx.starts, a)
    out = []
    while i < len(ctx.mentions) and ctx.mentions[i].start < b:
        m = ctx.mentions[i]
        if m.end <= b:
            out.append(m)
        i += 1
    return out


def _name_across(ctx: _Ctx, pos: int) -> int:
    """The start of a person's or body's name that runs across *pos* (begins before it, ends after it: "P.J.
    Crowley", "E.F. Hutton Group" across the full stop of an initial), else -1."""
    i = bisect_left(ctx.starts, pos) - 1
    while i >= 0 and ctx.mentions[i].start > pos - 80:
        m = ctx.mentions[i]
        if m.end > pos and m.type in ("PERSON", "ORG") and m.start < pos:
            return m.start
        i -= 1
    return -1


def _inside_quote(ctx: _Ctx, pos: int) -> bool:
    """*pos* lies in one of the quotations ``ctx.quoted`` (``a <= pos < b``): one binary search through them sorted by
    start and the furthest end so far, built once per list (a look at every quotation for every name asked about
    took the square of their number on a long text)."""
    quoted = ctx.quoted
    index = ctx.quoted_index
    if index is None or index[0] is not quoted or index[1] != len(quoted):
        spans = sorted(quoted)
        index = ctx.quoted_index = (quoted, len(quoted), [a for a, _ in spans],
                                    list(accumulate((b for _, b in spans), max)))
    k = bisect_right(index[2], pos)  # (the quotations starting at or before *pos*)
    return k > 0 and pos < index[3][k - 1]
