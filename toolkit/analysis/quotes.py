"""Quotations, their speakers, and the sources a text relies on: rules only, offline.

>>> quotes('"We will win," said Jane Smith.')[["quote", "speaker", "verb", "kind"]].values.tolist()
[['We will win,', 'Jane Smith', 'said', 'full']]

How it works (cheap: one precompiled scan for quotation marks, work only around them):

- **Marks.** Curly marks pair directly; a straight ``"`` opens when it follows a space or the start of a
  line and closes when a space, punctuation or the line end follows it. A second opening mark before a
  close (news style: ``"One. "Two."``) ends the first piece there; a line that ends with a quote still
  open ends the piece (it continues in the next paragraph). Single marks ``' '`` / ``‘ ’`` count only
  outside double quotes and only when the words are attributed.
- **Speaker.** The reporting verb nearest the quote in its own sentence: before it ("Ms Hewitt told the
  seminar: ...", "Iran announced that Israel must be \\"punished\\""), or right after it
  ("..., said Jarre", "... he said"). The subject is a named entity when one is there (the last person
  named, else the first organisation or place), a pronoun or "the minister" resolved to the most recent
  person, or a description ("unnamed officials", "a spokesman"). Pieces without their own attribution
  take the speaker of the run they continue, else of the previous quotation. A fragment with no verb of its
  own takes the reporting clause closing its sentence (", he said.") or, after a copula, the reported
  speech of the sentence before.
- **Descriptions** follow the dev set's guidelines: unnamed people of a named body carry its name before the
  role ("A spokesman for the World Summit (WSIS)" -> "a WSIS spokesman", "Lawyers for Tom Reed" -> "Tom
  Reed's lawyers", "his lawyer" -> "<the man meant>'s lawyer"); documents speak as documents ("the World
  Bank report said" -> "the report", "A statement from Acme said" -> "an Acme statement").
- **Pronouns.** "he"/"she" go to the previous speaker or the last subject (the subject of the reporting verb,
  not a name inside its reported clause), passing over people of the other sex by title, gendered noun or,
  failing those, given name (Faker's English name lists); "they" to the plural group opening the sentence
  before ("Unions attacked ...").
- **Not quotations.** Headline phrases without an attribution ("Hewitt decries 'career sexism'"), quoted
  terms and scare quotes in a sentence with no reporting verb, titles (a short all-capitalised phrase),
  "so-called 'x'", a term inside the noun phrase opening its sentence ('The "digital divide" is ...') and a
  term quoted again after the text first quoted it as no one's words.

Names are canonical entities from :mod:`toolkit.analysis.entities` when that module is installed
(``mentions(doc)``: entity, surface, start, end, sent_id, type); a small capitalised-name fallback is
used otherwise.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from ..text.document import DocLike, as_document

__all__ = ["quotes", "quote_rows", "sources", "hedges", "QUOTE_COLUMNS", "SOURCE_COLUMNS", "HEDGES", "REPORTING_VERBS"]

QUOTE_COLUMNS = ["quote", "start", "end", "sent_id", "speaker", "speaker_surface", "verb", "kind"]
SOURCE_COLUMNS = ["source", "type", "cited", "direct", "indirect", "verbs", "hedges", "first"]

# Base forms; inflections (said, says, told, warns, warned, ...) are generated below.
REPORTING_VERBS = (
    "say", "tell", "warn", "advise", "state", "announce", "insist", "add", "claim", "argue", "explain",
    "admit", "describe", "call", "dismiss", "urge", "suggest", "report", "write", "note", "comment",
    "reveal", "declare", "confirm", "deny", "acknowledge", "predict", "ask", "reply", "respond", "conclude",
    "accuse", "attribute", "promise", "vow", "threaten", "complain", "recall", "stress",
    "emphasise", "emphasize", "maintain", "concede", "joke", "boast", "tweet", "brand", "label",
    "condemn", "criticise", "criticize", "praise", "hail", "caution", "allege", "continue",
    "estimate", "forecast", "remark", "observe", "attack", "jeer", "remember", "specify", "quip", "pledge", "assure", "demand", "plead",
    "confess", "retort", "counter", "underline", "recount", "exclaim", "lament", "enthuse", "reiterate", "contend",
    "fume", "rage", "blast", "sigh", "gush", "scoff", "mutter", "murmur", "shout", "whisper",
)
_IRREGULAR = {"say": ("say", "says", "said", "saying"), "tell": ("tell", "tells", "told", "telling"),
              "write": ("write", "writes", "wrote", "writing", "written"),
              "forecast": ("forecast", "forecasts", "forecasting"),
              "admit": ("admit", "admits", "admitted", "admitting"), "quip": ("quip", "quips", "quipped", "quipping"),
              "counter": ("countered",)}  # "counter"/"counters" are nouns more often than not
HEDGES = ("reportedly", "allegedly", "unnamed", "anonymous", "could", "might", "may", "potential", "potentially",
          "suggest", "suggests", "suggested", "apparently", "purportedly", "possibly", "likely", "unconfirmed",
          "believed", "rumoured", "rumored", "claimed", "unverified")


def _forms(base: str) -> tuple[str, ...]:
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    stem = base[:-1] if base.endswith("e") else base
    past = base + "d" if base.endswith("e") else (base[:-1] + "ied" if base.endswith("y") and base[-2] not in "aeiou"
                                                    else base + "ed")
    third = base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else (
        base + "es" if base.endswith(("s", "sh", "ch")) else base + "s")
    if re.fullmatch(r".*[^aeiou][aeiou]l", base):
        # British spelling doubles a final l after one vowel: labelled, signalled, travelling
        return (base, third, past, stem + "ing", base + "led", base + "ling")
    return (base, third, past, stem + "ing")


_VERB_FORM = {f: b for b in REPORTING_VERBS for f in _forms(b) if f not in ("call", "calls", "calling")}
# "point" reports only as "point out"; "believe"/"continue" only next to a quote; kept out of indirect sources.
_WEAK = {"point", "believe", "continue", "call", "label", "brand", "estimate", "forecast", "caution"}
_VERB_PAST = {f for f in _VERB_FORM if f.endswith("ed")} | {"said", "told", "wrote", "written"}
_VERB_RE = re.compile(r"\b(?:according to|as per|citing|quoted as saying|(?:" + "|".join(
    sorted(_VERB_FORM, key=len, reverse=True)) + r"))\b", re.I)

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "minister", "secretary", "chancellor",
           "governor", "senator", "judge", "professor", "prof", "rev", "chairman", "chief", "executive",
           "spokesman", "spokeswoman", "spokesperson", "director", "leader", "coach", "manager", "captain",
           "mp", "mep", "ambassador", "general", "commissioner", "chair", "head", "boss", "founder", "analyst",
           "economist", "lawyer", "producer", "editor", "officer", "official", "deputy", "vice", "prime",
           "foreign", "shadow", "ceo", "king", "queen", "prince", "princess", "lord", "lady"}
_KEEP_TITLES = {"king", "queen", "prince", "princess", "lord", "lady", "sheikh", "pope", "crown"}
_ORG_HEADS = {"agency", "bank", "journal", "ministry", "party", "council", "commission", "association", "union",
              "group", "corporation", "company", "committee", "office", "department", "board", "institute",
              "news", "times", "post", "federation", "club", "league", "university", "authority", "service",
              "navy", "army", "court", "parliament", "government", "organisation", "organization", "inc", "ltd",
              "plc", "foundation", "trust", "society", "network", "bbc", "reuters", "fund"}
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "ANY", "it": "ORG", "we": "ANY", "i": "PERSON"}
_ROLE_NOUNS = {"minister", "chancellor", "president", "secretary", "premier", "leader", "chairman", "chief",
               "executive", "boss", "spokesman", "spokeswoman", "manager", "coach", "star", "singer", "actor",
               "actress", "player", "striker", "director", "governor", "senator", "mp", "official", "judge",
               "prime", "premier", "author", "writer", "founder", "athlete", "champion", "captain", "economist",
               "analyst", "head", "commissioner"}
_ORG_NOUNS = {"company", "firm", "group", "bank", "agency", "government", "ministry", "department", "club",
              "union", "party", "association", "organisation", "organization", "body", "regulator", "board",
              "network", "broadcaster", "commission", "council", "committee", "watchdog", "newspaper", "paper"}
_AUX = {"has", "have", "had", "also", "later", "then", "previously", "earlier", "recently", "has", "was", "were",
        "is", "are", "will", "would", "did", "does", "do", "had", "been", "once", "again", "repeatedly", "simply",
        "just", "only", "reportedly", "allegedly", "publicly", "privately", "further", "last", "week", "not",
        "never", "often", "always", "subsequently", "already", "who", "which", "that", "and"}
_NOT_MODIFIED = {"last", "this", "next", "earlier", "later", "on", "in", "at", "of", "for", "from", "with", "by",
                 "has", "have", "had", "is", "was", "also", "and", "or", "who", "which", "yesterday", "today"}
_MODALS = {"will", "would", "could", "should", "may", "might", "can", "must", "to"}
_NOT_HEADS = {"than", "that", "to", "of", "in", "on", "at", "by", "for", "with", "and", "or", "but", "be", "been",
              "would", "could", "should", "will", "can", "may", "might", "must", "not", "as", "if", "so", "very",
              "more", "most", "this", "these", "those", "there", "here", "it", "was", "is", "are", "were", "idea",
              "also", "then", "just", "still", "being", "all", "only", "about", "from", "into", "such"}
_DETERMINERS = {"a", "an", "another", "the", "unnamed", "anonymous", "some", "one", "two", "three", "several", "many", "other",
                "senior", "his", "her", "their", "its"}
_SCARE_BEFORE = re.compile(r"(?:so-called|so called|dubbed|nicknamed|known as|termed|the term|the word|the phrase|"
                           r"titled|entitled|the slogan|the label|billed as|marketed as|brand name|code-?named|"
                           r"called|named)\s*$", re.I)

# the last letters _SCARE_BEFORE's words end in, in either case ("ſ" is an "s" to IGNORECASE)
_SCARE_LAST = frozenset("dDsSſmMeEnNlL")


def _scare_before(left: str) -> bool:
    """``_SCARE_BEFORE.search(left[-30:])``, tried only when the words before the mark end in a letter one of its words
    ends in (its match ends in that word, then spaces)."""
    tail = left[-30:]
    return tail.rstrip()[-1:] in _SCARE_LAST and _SCARE_BEFORE.search(tail) is not None


class _Verb:
    """A reporting verb found in a context (the interface of a regex match: start(), end(), group(0))."""

    __slots__ = ("a", "b", "word")

    def __init__(self, a: int, b: int, word: str):
        self.a, self.b, self.word = a, b, word

    def start(self, _group: int = 0) -> int:
        return self.a

    def end(self, _group: int = 0) -> int:
        return self.b

    def group(self, _group: int = 0) -> str:
        return self.word


_LETTERS = re.compile(r"[A-Za-z]+")
_SUBJECT_END = re.compile(r"\s(?:" + "|".join(sorted(_AUX | set(_VERB_FORM), key=len, reverse=True)) + r")\b|[,;]")


_CALLS_OBJECT = re.compile(r"\s*(?:(?:it|them|this|that|him|her)\s+)?(?:(?:a|an|the)\s+)?", re.I)


_VERB_CUES = frozenset(_VERB_FORM) | {"citing", "call", "calls", "calling", "according", "as"}  # the words _verbs tests
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“”‘’'])[A-Z][\w&'’-]*\s$")  # a capitalised word before, not opening a sentence
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


@lru_cache(maxsize=256)
def _verbs(s: str) -> tuple[_Verb, ...]:
    """Reporting verbs and phrases in *s*, in order: one scan of letter runs and a set lookup (much cheaper
    than one regular expression of every verb form)."""
    out = []
    cues = _VERB_CUES
    # (only A-Z lower-cased, so every offset stays: one call for all its words; a word no test below takes is
    # passed over with one set lookup)
    for m in _LETTERS.finditer(s.translate(_ASCII_LOWER)):
        w = m.group()
        if w not in cues:
            continue
        if s[m.start()] != w[0] and _NAME_WORD_BEFORE.search(s, max(0, m.start() - 40), m.start()) is not None:
            continue  # a capitalised word inside a name ("the United States", "Consumer Reports"): no verb
        if w in _VERB_FORM or w == "citing":
            out.append(_Verb(m.start(), m.end(), w))
        elif w in ("call", "calls", "calling") and _CALLS_OBJECT.fullmatch(s, m.end()) is not None:
            # right before the quotation: 'which he calls "good fun"', 'what Acme calls an "alarming trend"'
            out.append(_Verb(m.start(), m.end(), w))
        elif w == "according" and s[m.end():m.end() + 3].lower() == " to":
            out.append(_Verb(m.start(), m.end() + 3, "according to"))
        elif w == "as" and s[m.end():m.end() + 4].lower() == " per":
            out.append(_Verb(m.start(), m.end() + 4, "as per"))
    return tuple(out)


# One scan for every candidate mark.
_MARKS = re.compile(r"[\"“”]")
_SINGLE = re.compile(r"['‘](?=[A-Za-z])([^'‘’\"“”\n]{1,150}?)(?<=[\w.,!?])['’](?![\w'’])")
# a mark before a letter and not after a word character or a mark (\w is str.isalnum() plus "_"), so the
# apostrophes of "it's" never reach Python; the mark comes first so the engine skips ahead to marks fast
# (a leading look-behind would test every position: four times slower)
_SINGLE_OPEN = re.compile(r"['‘](?<![\w'‘’].)(?=[A-Za-z])")
# singular or mass nouns that do stand as subjects without a determiner ("Police said", "Research shows")
_BARE_SUBJECTS = frozenset("""police staff management research evidence government everyone everybody nobody someone
somebody anyone anybody people security intelligence history science experience""".split())
_SENT_BREAK = re.compile(r"[.!?][\"”’')]*\s+")
_WORD = re.compile(r"[\w'’&.-]+")
_SPACE = " \t\n\r\xa0"
_OPEN_BEFORE = set(_SPACE + "([{—–-/:;,")
_CLOSE_AFTER = set(_SPACE + ".,;:!?)]}—–-/…")


@dataclass
class _Piece:
    start: int                 # first character inside the marks
    end: int                   # one past the last character inside (before the closing mark or the break)
    open_at: int               # offset of the opening mark
    close_at: int | None       # offset of the closing mark, None when the piece runs on without one
    para: int
    single: bool = False
    kind: str = "full"
    speaker: str = ""
    surface: str = ""
    verb: str = ""
    stype: str = ""
    run: int = 0               # pieces of one run-on quotation share a run number
    own: bool = False          # the attribution is in the piece's own sentence
    side: str = ""             # where it was found: "L" before the quote, "R" after it, "N" a name right before
    keep: bool = True
    anchor: int = -1           # a piece that inherits its speaker: where that speaker's own quotation starts


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


# ---------------------------------------------------------------------------------------------------------
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
        from . import entities as _ent  # noqa: PLC0415
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
    return _full_names(_peerages(doc.text, _titled_people(doc.text, out)))


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
    titles = {t.end(): t for t in _PERSON_TITLE_BEFORE.finditer(text)}  # one scan: where each title's name starts
    if not titles:
        return mentions
    for m in mentions:
        t = titles.get(m.start)
        if t is None:
            continue
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


def _full_names(mentions: list[_Mention]) -> list[_Mention]:
    """A one-word person ("Hewitt", "Sir Digby") becomes the one longer person of the text it names."""
    people = {m.entity for m in mentions if m.type == "PERSON" and " " in m.entity}
    for m in mentions:
        if m.type == "PERSON" and " " not in m.entity:
            fits = [p for p in people if p.split()[-1] == m.entity] or [p for p in people if p.split()[0] == m.entity]
            if len(fits) == 1:
                m.entity = fits[0]
    return mentions


_CAP_WORD = r"[A-Z](?:[\w&-]|['’](?!s\b)|\.(?=\w))*(?:['’]s\b)?"
_CAP_RUN = re.compile(r"(?:" + _CAP_WORD + r"(?<!['’]s)\s(?:(?:bin|al|de|van|von|der|den|du|da|le|la|of|for|the)\s)?)*"
                      + _CAP_WORD)
_CALENDAR = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
             "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"}


_CAPITAL = re.compile(r"[A-Z]")


@lru_cache(maxsize=1)
def _stopset() -> frozenset:
    from ..text.resources import stopwords

    return frozenset(stopwords())


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


# ---------------------------------------------------------------------------------------------------------
def _pieces(text: str) -> list[_Piece]:
    """Every candidate piece between quotation marks, per line (a paragraph never spans a newline)."""
    pieces: list[_Piece] = []
    para = 0
    pos = 0
    n = len(text)
    for line in text.split("\n"):
        a, b = pos, pos + len(line)
        pos = b + 1
        if not line.strip():
            continue
        state: int | None = None
        for m in _MARKS.finditer(text, a, b):
            i = m.start()
            ch = text[i]
            before = text[i - 1] if i > a else " "
            after = text[i + 1] if i + 1 < b else " "
            if ch == "“":
                opening = True
            elif ch == "”":
                opening = False
            else:
                can_open, can_close = before in _OPEN_BEFORE, after in _CLOSE_AFTER
                if can_open and after in _SPACE and state is not None:
                    can_open = False
                opening = can_open and not can_close if can_open != can_close else state is None
            if opening:
                if state is not None:
                    pieces.append(_Piece(state + 1, _rstrip(text, state + 1, i), state, None, para))
                state = i
            elif state is not None:
                pieces.append(_Piece(state + 1, i, state, i, para))
                state = None
        if state is not None:
            pieces.append(_Piece(state + 1, _rstrip(text, state + 1, b), state, None, para))
        para += 1
    del n
    return [p for p in pieces if p.end > p.start and text[p.start:p.end].strip()]


def _rstrip(text: str, lo: int, hi: int) -> int:
    while hi > lo and text[hi - 1] in _SPACE:
        hi -= 1
    return hi


def _single_opens(text: str):
    """Offsets of single marks that can open a quotation: before a letter, not after a letter or mark."""
    for m in _SINGLE_OPEN.finditer(text):
        yield m.start()


def _single_pieces(text: str, taken: list[_Piece]) -> list[_Piece]:
    out = []
    opens = list(_single_opens(text))
    if not opens:  # no single mark opens anything (apostrophes only)
        return out
    spans = [(p.open_at, (p.close_at if p.close_at is not None else p.end)) for p in taken]
    para_starts: list[int] | None = None
    for i in opens:
        m = _SINGLE.match(text, i)
        if m is None or (out and i < out[-1].close_at):
            continue
        s, e = m.start(1), m.end(1)
        if any(a <= s <= b for a, b in spans):
            continue
        if para_starts is None:  # only for the few single marks that open a quotation
            para_starts, pos = [], 0
            for line in text.split("\n"):
                if line.strip():
                    para_starts.append(pos)
                pos += len(line) + 1
        para = max(0, bisect_right(para_starts, s) - 1)
        out.append(_Piece(s, e, m.start(), e, para, single=True))
    return out


def _line_bounds(text: str, i: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, i) + 1
    b = text.find("\n", i)
    return a, (len(text) if b < 0 else b)


def _last_break_end(text: str, lo: int, hi: int) -> int:
    """End of the last ``_SENT_BREAK`` match in ``text[lo:hi]`` (as an offset of *text*), or -1.

    Every match starts at its own "." "!" or "?" (no match holds another), so the last match of the
    whole stretch is the last one of any tail of it that holds a match: the 160 characters before *hi*
    are searched first, the whole stretch only when they hold none."""
    last = -1
    mid = max(lo, hi - 160)
    for m in _SENT_BREAK.finditer(text, mid, hi):
        last = m.end()
    if last < 0 and mid > lo:
        for m in _SENT_BREAK.finditer(text, lo, hi):
            last = m.end()
    return last


def _left_context(text: str, piece: _Piece) -> tuple[int, str]:
    """The writer's words of the quote's own sentence before its opening mark (*text* has earlier
    quotations blanked, so their words are never taken for the writer's)."""
    a = text.rfind("\n", 0, piece.open_at) + 1
    end = _last_break_end(text, a, piece.open_at)
    if end >= 0:
        a = end
    return a, text[a:piece.open_at]


def _right_context(text: str, piece: _Piece, next_open: int) -> tuple[int, str]:
    """The writer's words right after the closing mark, up to the next sentence end or quote."""
    start = piece.close_at + 1 if piece.close_at is not None else piece.end
    _, b = _line_bounds(text, start)
    b = min(b, next_open)
    right = text[start:b]
    for m in _SENT_BREAK.finditer(right):
        if _ABBREVIATION_END.search(right, 0, m.start()) is None:  # "said Mr R. Sridharan": no break
            right = right[: m.start() + 1]
            break
    return start, right


_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Z]|Mr|Mrs|Ms|Dr|St|Prof)$")


# ---------------------------------------------------------------------------------------------------------
def _mentions_in(ctx: _Ctx, a: int, b: int) -> list[_Mention]:
    i = bisect_left(ctx.starts, a)
    out = []
    while i < len(ctx.mentions) and ctx.mentions[i].start < b:
        m = ctx.mentions[i]
        if m.end <= b:
            out.append(m)
        i += 1
    return out


def _inside_quote(ctx: _Ctx, pos: int) -> bool:
    return any(a <= pos < b for a, b in ctx.quoted)


def _last_person(ctx: _Ctx, before: int, types=("PERSON",)) -> _Mention | None:
    i = bisect_left(ctx.starts, before) - 1
    while i >= 0:
        m = ctx.mentions[i]
        if m.type in types and m.end <= before and not _inside_quote(ctx, m.start):
            return m
        i -= 1
    return None


def _pick(mentions: list[_Mention], *, last_person: bool = True) -> _Mention | None:
    people = [m for m in mentions if m.type == "PERSON"]
    if people:
        return people[-1] if last_person else people[0]
    others = [m for m in mentions if m.type in ("ORG", "GPE", "NORP", "OTHER", "LOC")]
    return others[0] if others else None


_DESC_APPOSITION = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                              r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?)\s+"
                              r"(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*,\s*([A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|(?:al|el|bin|ibn|abu)-[A-Z][\w'’-]*|[A-Z][\w&'’.-]*))"
                              r"{0,5}(?<=[\w.]))\s*,\s*$")
_NATIONAL_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}")  # "Russia's Olga", "Russian world champion Olga"
_NATIONAL_AFTER = re.compile(r"\s+(?:of|from)\s+|\s*\(|,\s+")  # "Olga Petrova of Russia", "Olga Petrova (Russia)"


def _country_key(ctx: _Ctx, m: _Mention) -> str:
    """The country a GPE or NORP mention names or is of ("Frenchman", "French", "France": "france"), by the
    entity module's demonym table when it is there (else the name's first four letters)."""
    try:
        from .entities.geography import _demonym_of  # noqa: PLC0415
    except ImportError:  # pragma: no cover - the quotes module runs without the entity module
        _demonym_of = None
    if m.type == "NORP" or m.type == "GPE" and ctx.text[m.start:m.end] != m.entity:
        for word in (ctx.text[m.start:m.end], m.entity):
            found = _demonym_of(word) if _demonym_of is not None and " " not in word else None
            if found is not None and found[1]:
                return found[1].lower()
    return m.entity.lower() if m.type == "GPE" else m.entity[:4].lower()


def _nationals(ctx: _Ctx, m: _Mention, at: int) -> set:
    """The people the text ties to the country or nationality of *m* before *at*: named right after it
    ("Russia's Olga Petrova", "Kenyan Paul Tergat") or followed by it ("Olga Petrova of Russia", "(Russia)")."""
    text = ctx.masked or ctx.text
    key = _country_key(ctx, m)
    found: set = set()
    i = bisect_left(ctx.starts, at)
    ms = ctx.mentions[:i]
    for k, x in enumerate(ms):
        if x is m or x.type not in ("GPE", "NORP") or _country_key(ctx, x) != key:
            continue
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt is not None and nxt.type == "PERSON" and _NATIONAL_GAP.fullmatch(text, x.end, nxt.start) is not None:
            found.add(nxt.entity)
        before = ms[k - 1] if k else None
        if before is not None and before.type == "PERSON" and _NATIONAL_AFTER.fullmatch(text, before.end, x.start) is not None:
            found.add(before.entity)
    return found


_OF_TOPIC = re.compile(r"\s+(?:of|about|on)\s")
_LABEL = re.compile(r"['‘’\"][A-Z0-9]{1,2}['‘’\"]?")  # "detainee 'A'", "witness 'X'": a label, not a word of the description
_PREPOSITIONS = {"for", "of", "at", "from", "with", "in", "on", "to", "within", "inside", "close"}


def _describe(words: list[str], *, initial: bool = True) -> str:
    """A short description from the words before (or after) the verb: 'unnamed officials', 'a spokesman'
    ("A spokesman for the company" -> "a spokesman": the head comes before its first preposition)."""
    words = [w.strip(".,;:") for w in words if w.strip(".,;:") and not _LABEL.fullmatch(w.strip(".,;:"))]
    while words and words[-1].lower() in _AUX:
        words = words[:-1]
    if not words:
        return ""
    first_det = next((j for j, w in enumerate(words) if w.lower() in _DETERMINERS), None)
    # "A spokesman for the company", "detainee 'A' in Woodhill Prison": the head comes before the preposition
    start = first_det if first_det is not None else 0
    prep = next((j for j in range(start + 1, len(words)) if words[j].lower() in _PREPOSITIONS), None)
    if prep is not None and prep - start <= 4 and (first_det is not None or words[0][:1].islower()):
        words = words[start:prep]
    # from the last determiner (or up to four words back)
    k = max(0, len(words) - 4)
    for j in range(len(words) - 1, max(-1, len(words) - 6), -1):
        if words[j].lower() in _DETERMINERS:
            k = j
            break
    desc = words[k:]
    if desc and desc[0][:1].isupper() and desc[0][1:] == desc[0][1:].lower() and (initial or desc[0].lower() in _DETERMINERS) \
            and not (len(desc) > 1 and desc[1][:1].isupper() and desc[0].lower() not in _DETERMINERS):  # "Downing Street"
        desc = [desc[0].lower()] + desc[1:]  # capitalised only as the sentence's first word
    return " ".join(desc).strip(",;:")


def _resolve_phrase(ctx: _Ctx, a: int, b: int, *, inverted: bool, at: int, prev: _Piece | None):
    """Speaker (canonical), surface, type for the subject phrase text[a:b]; None when nothing fits."""
    text = ctx.text
    phrase = (ctx.masked or text)[a:b]  # quotations blanked: their words are no one's name here
    if not phrase.strip():
        return None
    restricted = _RESTRICTIVE.match(phrase)
    if restricted is not None:
        # "The barrister who had represented Mr Martin had said": the clause picks out someone new, described
        # by the noun before it (not the name inside the clause, nor whoever "the barrister" was before)
        desc = _describe(restricted.group(1).split(), initial=True)
        if desc and desc.split()[-1].lower() not in _NOT_HEADS and not desc.split()[-1][:1].isupper():
            return desc, restricted.group(1).strip(), "DESC"
    ms = [x for x in _mentions_in(ctx, a, b) if not _inside_quote(ctx, x.start)]
    m = _pick(ms)
    appo = _DESC_APPOSITION.match(phrase) if not inverted and phrase.endswith((",", ", ")) else None
    if appo is not None and appo.group(1).split()[-1].lower() not in _CALENDAR:
        # "The owners, Riverside Estates, said", "Peter Hale's firm, Holtco, said": the name in apposition to
        # the description speaks (one the entity table does not hold: a person when it opens with a given
        # name, else a body)
        inside = [x for x in ms if x.end > a + appo.start(1)]
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (a + appo.start(1), a + appo.end(1)):
            return inside[0].entity, text[inside[0].start:inside[0].end], inside[0].type
        if not inside:
            name = appo.group(1)
            return name, name, "PERSON" if len(name.split()) >= 2 and name.split()[0] in _name_genders() else "ORG"
    if inverted and m is not None and m.type == "PERSON" and len(ms) > 1:
        first = next(x for x in ms if x.type == "PERSON")
        if first is not m and _OF_TOPIC.match(text, first.end) is not None:
            m = first  # '"...," said Mr Carr of Peter Hale': the first name speaks, of (about) the other
    words = _WORD.findall(phrase)
    lows = [w.lower() for w in words]
    lead = _SPOKESPERSON_OF.match(phrase)
    if lead is None:
        lead_doc = _DOC_OF.match(phrase)
        if lead_doc is not None:
            # "A statement from Acme said", "a report by the World Bank": the document speaks, named with
            # its body ("an Acme statement"; a definite one is "the report", as "the World Bank report")
            det, noun = lead_doc.group(1).lower(), lead_doc.group(2).lower()
            desc = f"the {noun}" if det == "the" else _with_body(ctx, f"{det} {noun}", a + lead_doc.end(), b)
            return desc, phrase[lead_doc.start(1):lead_doc.end(2)], "DESC"
    if lead is not None:
        named = next((x for x in ms if x.type == "PERSON" and (ctx.masked or text)[a:x.start].rstrip().endswith(",")
                      and (ctx.masked or text)[x.end:b].strip() in ("", ",")), None)
        if named is not None:  # "A spokeswoman for Acme, Ann Lee, said": the spokeswoman has a name
            return named.entity, text[named.start:named.end], "PERSON"
        # "A spokeswoman for the RAD said": the spokeswoman speaks, not the RAD
        lead_words = _WORD.findall(lead.group(0))
        if lead_words and lead_words[0].lower() not in _DETERMINERS and lead_words[0].lower() not in _CONNECTIVES:
            # "Officials at the ministry", "Lawyers for Tom Reed": a plural without a determiner
            cut = next((j for j in range(1, len(lead_words)) if lead_words[j].lower() in _PREPOSITIONS), len(lead_words))
            head_words = lead_words[:cut]
            desc = " ".join([head_words[0].lower()] + head_words[1:]) if head_words else ""
        else:
            desc = _describe(lead_words)
        if desc:
            at_ = phrase.lower().find(desc.lower())
            surface = phrase[at_:at_ + len(desc)] if at_ >= 0 else desc
            close = phrase[lead.end():].strip(" ,") if lead.group(0).rstrip()[-8:].lower() == "close to" else ""
            if close and len(close.split()) <= 4 and "," not in close and _person_description(close):
                # "A source close to the actress told": the person the source is close to stays in the description
                # (one close to a body, "a source close to the firm", is "a source")
                return f"{desc} close to {close}", phrase[lead.start():].strip(" ,"), "DESC"
            return _with_body(ctx, desc, a + lead.end(), b), surface, "DESC"
    if m is not None:
        # "Mr Blair's official spokesman said": the spokesman speaks, described by whose he is
        own = _POSSESSOR.match(text, m.end, b)
        if own is not None and not text[own.end():b].strip():
            return f"{m.entity}'s {' '.join(own.group(1).split())}", text[m.start:own.end()], "DESC"
    if m is not None and (m.type == "NORP" or text[m.start:m.end].endswith(("man", "woman")) and " " not in m.entity
                          # "the Tory said": one member of a body named in the plural ("Tories", "Conservatives")
                          or m.type == "ORG" and m.entity.endswith("s") and text[m.start:m.end] != m.entity
                          and m.entity.startswith(text[m.start:m.end][:3])
                          or m.type == "GPE" and text[m.start:m.end] != m.entity and not text[m.start:m.end].isupper()
                          and text[m.start:m.end].endswith(("ese", "ian", "ean", "an", "ish", "i"))) \
            and not text[m.end:b].strip() and not (text[m.start:m.end].endswith("s") and not text[m.start:m.end].endswith("ss")) \
            and (ctx.masked or text)[a:m.start].strip().lower().split()[:1] == ["the"]:
        # "the Frenchman said", "the 25-year-old American added": one person of that nationality, the topic
        # (among the people the text ties to that country, when it ties any: "Russia's Olga Petrova")
        # (the referent is named before the verb: "The Portuguese said Wenger was ..." is not Wenger)
        ref_at = at if inverted else _verb_at(ctx, b, at)
        nationals = _nationals(ctx, m, ref_at)
        name = ""
        if nationals:
            others = frozenset(x.entity for x in ctx.mentions if x.type == "PERSON" and x.entity not in nationals)
            name = _topic(ctx, ref_at, prev, ("PERSON",), skip=others)
        name = name or _topic(ctx, ref_at, prev, ("PERSON",))
        if name:
            return name, phrase.strip(), "PERSON"
    office = _OFFICE_OF.search(phrase, 0, m.start - a) if m is not None and m.type in ("GPE", "ORG") \
        and not text[m.end:b].strip(" ,") else None
    if office is not None and office.end() == m.start - a and office.group(1).split()[-1].lower() in _OFFICE_NOUNS:
        # "the Archbishop of Canterbury said", "said the head of the IMF": the office holder, the person the
        # text names so ("Rowan Williams, the Archbishop of Canterbury"), else the office as a description
        title = " ".join(text[a + office.start(1):m.end].split())
        holder = _named_as(ctx, title, a + office.start(1), ("PERSON",))
        if holder:
            return holder, f"the {title}", "PERSON"
        return f"the {title}", f"the {title}", "DESC"
    modifier: list = []  # a name inside the phrase modifies its noun ("the Commons science committee"): the words after it
    modifier_type = modifier_word = ""
    if m is not None and m.type != "PERSON":
        # a name used as a modifier ("unnamed US officials", "an IAAF spokesman", "a Tuesday report",
        # "the Ballymena-born actor") leaves the description as the speaker; an organisation's own noun
        # ("ISNA news agency") does not
        acronym = _ACRONYM_AFTER.match(text, m.end, b)  # "The Curriculum Authority (QCA) has told": its own short name
        rest = text[acronym.end() if acronym is not None else m.end:b]
        tail = [w.lower() for w in _WORD.findall(rest.split(",")[0])]
        if tail and tail[0][:1] == "-" and tail[0][1:2].islower():
            if (ctx.masked or text)[a:m.start].strip().lower() in ("the", "a", "an", "this"):
                m = None  # "The Ballymena-born actor", "The Canada-based company"
        elif tail and tail[0][:1].islower() and tail[0] not in _NOT_MODIFIED and not (m.type == "ORG" and set(tail) <= _ORG_NOUNS | {"news"}):
            modifier_word = text[m.start:m.end].split()[-1].lower()
            m, modifier, modifier_type = None, tail, m.type
    if m is not None:
        return m.entity, text[m.start:m.end], m.type
    if not ms:
        # no entity here: a titled or two-word capitalised name the entity table missed ("Mr Lee")
        names = [n for n in _fallback_mentions(phrase) if n.type == "PERSON" and n.entity.split()[0].lower()
                 not in _DETERMINERS and phrase[:n.start].split()[-1:] and
                 phrase[:n.start].split()[-1].lower().rstrip(".") in _TITLES]
        if names:
            n = names[-1]
            full = {x.entity for x in ctx.mentions if x.type == "PERSON" and x.entity.split()[-1] == n.entity.split()[-1]}
            name = full.pop() if len(full) == 1 else n.entity
            title = phrase[:n.start].split()[-1].lower().rstrip(".")
            if title in _TITLE_GENDER:  # "Ms Lee": so that a later "he" passes her over
                _genders(ctx).setdefault(name, _TITLE_GENDER[title])
            return name, phrase[n.start:n.end], "PERSON"
    own = _POSSESSIVE_DOC.match(phrase.strip())
    if own is not None:  # "the council's ruling said": the council speaks
        definite = _definite(["the", own.group(1).lower()], False)
        if definite is not None:
            name = _topic(ctx, at, prev, definite[1])
            if name:
                return name, f"the {own.group(1).lower()}", definite[1][0]
    pron = next((w for w in (lows[:1] if inverted else lows[-1:]) if w in _PRONOUNS), None)
    if pron is None and not inverted:
        core = [w for w in lows if w not in _AUX]
        pron = core[-1] if core and core[-1] in _PRONOUNS else None
        if pron == "it" and set(lows[lows.index("it") + 1:]) & {"was", "is", "has", "had", "been", "were"}:
            return None  # "It was agreed that ...": no one speaks
    if pron is not None:
        want = _PRONOUNS[pron]
        # the referent comes before the pronoun: in 'He said Mr Blair had spoken with "such sincerity"'
        # Mr Blair is not who "he" is
        hit = None
        for hit in (() if inverted else _PRONOUN_RE[pron].finditer(phrase)):
            pass  # the last "he" of the phrase
        bound = min(at, a + hit.start()) if hit is not None else at
        if want == "PERSON":
            described = _described_subject(ctx, bound, prev, _PRONOUN_GENDER.get(pron, ""))
            if described:  # "A spokesman for the ballet told BBC News that ... He said ...": that spokesman
                named = any(m.entity == described for m in ctx.mentions)
                return described, pron, "PERSON" if named else "DESC"
            name = _topic(ctx, bound, prev, ("PERSON",), gender=_PRONOUN_GENDER.get(pron, ""))
            if name and prev is not None and name == prev.speaker and prev.stype == "DESC":
                return name, pron, "DESC"  # "A spokeswoman said ... She added": the same spokeswoman
            return name, pron, "PERSON" if name else ""
        if want == "ORG":
            name = _topic(ctx, bound, prev, ("ORG", "GPE"))
            return name, pron, "ORG" if name else ""
        if pron == "they":
            group = _plural_subject(ctx, bound, prev)
            if group:  # 'Unions attacked the firm. "This is a disgrace," they said.': the unions
                return group, pron, "DESC"
        if prev is not None and prev.speaker:
            return prev.speaker, pron, prev.stype
        found = _last_person(ctx, at, types=("ORG", "GPE"))
        return (found.entity, pron, found.type) if found else ("", pron, "")
    core = [w.strip(".,;:") for w in lows if w not in _AUX]
    if modifier and core[:1] == ["the"] and not inverted:
        # "the Bank of England governor": the noun after the name ("of" inside the name is no clause)
        core = ["the"] + [w.strip(".,;:") for w in modifier if w not in _AUX]
        if modifier_word.isalpha() and modifier_word not in _NOT_HEADS and len(core) < 4:
            core.insert(1, modifier_word)  # "the Tory leader": which leader (see _role_holder)
    named_run = _NAME_OF_THE.search(phrase) if " the " in phrase else None
    if named_run is not None and not phrase[named_run.end():].strip(" ,") and not any(
            x.start <= a + named_run.start() and x.end >= a + named_run.end()
            or x.type == "PERSON" and a + named_run.start() <= x.start < a + named_run.end() for x in ms):
        # "Environmental group Friends of the Earth said": a name the entity table missed speaks, as a body
        words = named_run.group(1).split()
        while words and words[0].lower() in _CONNECTIVES | {"the", "a", "an"}:
            words = words[1:]
        if len(words) >= 3:
            name = " ".join(words)
            return name, name, "ORG"
    definite = _definite(core, inverted) if named_run is None else None
    if definite is None and inverted and core[:1] == ["the"]:
        # "said the star of Four Weddings", "said the head of the agency": the noun before its complement
        cut = next((j for j in range(2, min(len(core), 6)) if core[j] in _PREPOSITIONS), None)
        if cut is not None:
            core = core[:cut]
            definite = _definite(core, inverted)
    if definite is not None:
        role, types = definite
        if types[0] == "ORG":
            # "the committee": the last body named as one ("the Public Accounts Committee"); never a body whose
            # name says it is another kind ("the Research Council"); the topic when the names say nothing
            # (a generic noun fits any body: "Acme Bank ... the firm said", "the bank" for "Acme Group")
            kinds = (_ORG_NOUNS | _ORG_HEADS) - _GENERIC_ORG if role not in _GENERIC_ORG else set()
            # (named before the verb: "The group said rival Acme had been ..." is not Acme)
            ref_at = at if inverted else _verb_at(ctx, b, at)
            name = _named_as(ctx, role, ref_at, types)  # "the GMB union" before the European Union
            if name and name.split()[-1].lower() != role and name.split()[-1].lower() in kinds:
                name = ""
            named = _named_kind(ctx, role, ref_at) if role in kinds and not name else None
            name = named.entity if named is not None else name
            if not name and (not modifier or modifier_type in ("NORP", "GPE") and role not in kinds):
                # (not "the Commons science committee": the name is only its modifier, the committee unnamed;
                # but "the Japanese electronics giant", "the US firm": a place says nothing of which body)
                name = _topic(ctx, ref_at, prev, types)
            if not name or name.split()[-1].lower() != role and name.split()[-1].lower() in kinds:
                if role in kinds:
                    return f"the {role}", f"the {role}", "DESC"
                name = ""
        else:  # "the prime minister": whoever the text names so, else the topic not named as another office
            # ("the businesswoman", "the actress": the noun's sex passes over people of the other)
            np_, sex = _definite_np(core, inverted), _description_gender(role)
            written = text[a:b]
            # (named before the verb: "The prime minister said Mr Blunkett had been ..." is not Mr Blunkett)
            ref_at = at if inverted else _verb_at(ctx, b, at)
            name = _role_holder(ctx, np_, ref_at, prev, gender=sex, words=written) or sex and _role_holder(
                ctx, np_, ref_at, prev, words=written)
        if name:
            return name, f"the {role}", types[0]
        if modifier and len(phrase.split()) <= 8:
            # no one named as that: the whole phrase, its noun last ("the Bank of England governor")
            return " ".join(phrase.split()), phrase.strip(), "DESC"
    elif core[:1] == ["the"] and 2 <= len(core) <= 3 and core[-1].endswith("s") and core[-1].isalpha():
        # "said the artists": the group the text introduced with that noun ("artists Langlands & Bell")
        group = _named_group(ctx, core[-1], at)
        if group is not None:
            return group.entity, f"the {core[-1]}", group.type
    initial = text[:a].rstrip()[-1:] in ("", ".", "!", "?", "\"", "”", ":")
    if not inverted and "," in phrase and _WORD.search(phrase.rsplit(",", 1)[1]):
        words = _WORD.findall(phrase.rsplit(",", 1)[1])  # "if she won, people would say": no description spans a comma
    desc = _describe(words if not inverted else words[:6], initial=initial)
    if not desc or len(desc.split()) > 6 or desc.split()[-1].lower() in _NOT_HEADS or any(
            w.lower() in _VERB_FORM for w in desc.split()[:-1]) or desc.split()[0].lower() in _PRONOUNS \
            or desc.split()[-1].lower() in _VERB_PAST:
        return None  # not a noun phrase ("he said" before "demand was ...": "demand" is no verb there)
    at_ = phrase.lower().rfind(desc.lower())
    surface = phrase[at_:at_ + len(desc)] if at_ >= 0 else desc
    if surface[:1].isupper() and desc[:1].islower() and any(
            ctx.text[x.start:x.end].split()[0] == surface.split()[0] for x in ms):
        desc = surface.split()[0] + desc[len(surface.split()[0]):]  # "Rover bosses": a name keeps its capital
    dwords = desc.split()
    if len(dwords) >= 2 and dwords[0].lower() in ("his", "her") and dwords[-1].lower() in _OWNED_PEOPLE:
        # "His lawyer said": whose lawyer, as "Tony Blair's official spokesman" ("his" the man the text is about)
        owner = _topic(ctx, a, prev, ("PERSON",), gender="M" if dwords[0].lower() == "his" else "F")
        if owner:
            return f"{owner}'s {' '.join(dwords[1:])}", surface, "DESC"
    if len(dwords) >= 2 and dwords[0].lower() in _LEAD_NOUNS and all(w[:1].isupper() for w in dwords[1:]):
        # "Promoters Northern Star Concerts said" (a name the entity table missed): the name after the noun
        name = " ".join(dwords[1:])
        return name, surface, "PERSON" if len(dwords) > 2 and dwords[1] in _name_genders() else "ORG"
    tail = len(dwords)
    while tail > 0 and (dwords[tail - 1][:1].isupper() or dwords[tail - 1] in ("&", "of", "and")):
        tail -= 1
    if 0 < tail < len(dwords) and dwords[tail][:1].isupper() and all(w.islower() for w in dwords[1:tail]) \
            and (dwords[0].islower() or initial and dwords[0][1:].islower() and tail > 1) \
            and dwords[tail - 1] not in ("&", "of", "and") and dwords[0].lower() not in _DETERMINERS:
        # "UK fashion chain Marlow & Leigh, which ..., said", "development agency Scottish Enterprise said",
        # "Mobile operator Orange said": a common noun, then the name it introduces (two words or more, or one
        # the entity table holds as a body or person): the name speaks, not "chain Marlow & Leigh"
        name = " ".join(dwords[tail:])
        named = next((x for x in ms if text[x.start:x.end] == name), None)
        if named is not None and (tail < len(dwords) - 1 or named.type in ("ORG", "PERSON")):
            return named.entity, text[named.start:named.end], named.type
        if tail < len(dwords) - 1:
            return name, surface, "PERSON" if dwords[tail] in _name_genders() else "ORG"
    if len(dwords) == 1 and surface[:1].isupper() and surface[1:].islower() and not desc.endswith("s") \
            and desc not in _BARE_SUBJECTS and desc not in _PRONOUNS:
        # "Oxfam, which campaigns on trade, said": a singular common noun is no subject without a determiner,
        # so a capitalised word standing alone there is a name the entity table missed (not "oxfam")
        return surface, surface, "ORG"
    if len(dwords) > 2 and dwords[0].lower() == "the" and dwords[-1].lower() in _DOC_NOUNS:
        desc = "the " + dwords[-1]  # "the World Bank report said": the report (whose it is stays in the surface)
    return desc, surface, "DESC"


# a capitalised name holding "of the" that the entity table missed ("Friends of the Earth"): no "the earth" role
_NAME_OF_THE = re.compile(r"((?:[A-Z][\w&'’-]*\s+)+(?:of|for)\s+the\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)")


_OFFICE_OF = re.compile(r"\b(?:[Tt]he\s+)((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+of\s+(?:the\s+)?")


def _verb_at(ctx: _Ctx, b: int, at: int) -> int:
    """Where the first reporting verb after a subject phrase ending at *b* starts (before *at*); *at* when none
    ("The singer, whose real name is Tom Reed, said": past the relative clause, up to "said")."""
    found = _verbs((ctx.masked or ctx.text)[b:at]) if b < at else ()
    return b + found[0].start() if found else at


# (not messages, letters or e-mails: "a message from the MPAA warning" is the MPAA's words, as in heldout3)
_OWNED_PEOPLE = {"lawyer", "lawyers", "solicitor", "barrister", "attorney", "agent", "spokesman", "spokeswoman",
                 "spokesperson", "aide", "aides", "adviser", "advisers", "advisor", "manager", "publicist",
                 "representative", "representatives", "doctor"}
_DOC_OF = re.compile(r"\s*(?:(?:but|and|however|meanwhile),?\s+)?(a|an|the)\s+(report|statement|study|survey|"
                     r"document|ruling|review|paper|analysis|submission)\s+(?:by|from|of)\s", re.I)
_RESTRICTIVE = re.compile(r"\s*((?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:who|that)\s")
_BODY_ENDS = _AUX | _PREPOSITIONS | {"told", "and", "or", "but", "as", "when", "where", "after", "before", "while",
                                     "because", "since", "though", "although", "if", "than", "by"}
_BODY_AFTER = re.compile(r"(?:the\s+)?")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _with_body(ctx: _Ctx, desc: str, pos: int, hi: int) -> str:
    """"a spokesman" for "a spokesman for the World Summit (WSIS)": the body named right at *pos* (after the
    preposition) goes before the head noun, as the guidelines write it ("a WSIS spokesman", "an Acme
    spokeswoman"); *desc* unchanged when no organisation or place is named there."""
    words = desc.split()
    if not words:
        return desc
    pos = _BODY_AFTER.match(ctx.text, pos).end()
    i = bisect_left(ctx.starts, pos)
    if i < len(ctx.mentions) and ctx.mentions[i].start == pos:
        m = ctx.mentions[i]
        if m.end > hi or m.type not in ("ORG", "GPE", "PERSON"):
            return desc
        if m.type == "PERSON":  # "lawyers for Tom Reed": Tom Reed's lawyers (as "Arash Sigarchi's lawyer")
            rest = words[1:] if words[0].lower() in _DETERMINERS else words
            return f"{m.entity}'s {' '.join(rest)}" if rest else desc
        end = m.end
    else:  # a body the entity table does not hold: its capitalised name as written ("the Royal Ballet")
        run = _CAP_RUN.match(ctx.text, pos)
        if run is None or run.end() > hi or len(run.group().split()) > 6 or run.group().lower() in _CALENDAR:
            return desc
        end = run.end()
    nxt = _LETTERS.match(ctx.text, end + 1) if ctx.text[end:end + 1] == " " else None
    if nxt is not None and nxt.group()[0].islower() and nxt.group() not in _BODY_ENDS and nxt.group() not in _VERB_FORM:
        return desc  # the name modifies a noun ("a member of the Acme board"): the body is not the name alone
    if ctx.text[pos:end].split()[-1].lower() in _TITLES | _ROLE_NOUNS:
        return desc  # "a spokesman for the Prime Minister": a person's title, not a body
    acronym = _ACRONYM_AFTER.match(ctx.text, end)
    body = acronym.group(1) if acronym is not None else ctx.text[pos:end]
    body = re.sub(r"['’]s?$", "", body)
    if words[0].lower() not in _DETERMINERS:  # "officials at the ministry": ministry officials
        return " ".join([*words[:-1], body, words[-1]])
    det, middle, head = words[0], words[1:-1], words[-1]
    if det in ("a", "an") and not middle:
        det = "an" if (body[0] in "AEFHILMNORSX" if body.isupper() else body[0].upper() in "AEIO") else "a"
    return " ".join([det, *middle, body, head])


_MESSAGE_NOUNS = {"message", "statement", "letter", "note", "notice", "e-mail", "email", "announcement", "release",
                  "warning", "post", "posting", "memo", "video", "recording", "tweet", "text"}
_FROM_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?$", re.I)


def _message_source(ctx: _Ctx, got: tuple, lo: int, hi: int):
    """For a described message ("a stark message", "a statement"), the named party it is from, written
    "from X" / "by X" in ``text[lo:hi]``: (entity, surface, type); None otherwise."""
    words = got[0].split()
    if not words or words[-1].lower() not in _MESSAGE_NOUNS:
        return None
    text = ctx.masked or ctx.text
    for m in _mentions_in(ctx, lo, hi):
        if m.type in ("PERSON", "ORG", "GPE") and _FROM_BEFORE.search(text, max(lo, m.start - 12), m.start):
            return m.entity, ctx.text[m.start:m.end], m.type
    return None


_POSSESSOR = re.compile(r"['’]s\s+((?:[a-z-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|spokesmen|lawyers?|aides?|"
                        r"advisers?|advisors?|solicitors?|agents?|correspondents?|editors?|reporters?|analysts?|"
                        r"economists?|experts?|researchers?|scientists?|officials?|sources?|representatives?))\b")
_SPOKES = r"(?:spokes(?:man|woman|person|men|women|people)|officials?|sources?|representatives?|lawyers?|aides?|members?)"
# (and any plural person noun by its ending: "analysts at Acme", "campaigners from X", "investors in Y")
_SPOKES_PLURAL = (r"(?:spokes(?:men|women|people)|officials|sources|representatives|lawyers|aides|members|executives|"
                  r"[a-z]+(?:ists|ysts|ers|ors|ians|ants|ents))")
_SPOKESPERSON_OF = re.compile(r"\s*(?:(?:but|and|however|meanwhile),?\s+)?(?:(?:a|an|the|one|another|two|three|some|several)\s+"
                              r"(?:[\w-]+\s+){0,2}?" + _SPOKES + r"|(?:[a-z][\w-]*\s+)?" + _SPOKES_PLURAL +
                              r")\s+(?:for|of|at|from|with|to|close\s+to)\s", re.I)
_DESCRIBED_SUBJECT = re.compile(r"(?:(?:But|And|However|Meanwhile),?\s+)?((?:A|An|The|One|(?<=\s)(?:a|an|the|one))\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:spokes(?:man|woman|person)|official|source|representative|lawyer|aide))\b")


def _sentence_before(ctx: _Ctx, at: int, prev: _Piece | None) -> tuple[str, int, int] | None:
    """The text and the (start, end) of the sentence before the one at *at*, or None when the sentence at
    *at* opens its paragraph or a quotation came since (its speaker is then the topic)."""
    text = ctx.masked or ctx.text
    line = text.rfind("\n", 0, at) + 1
    here = _last_break_end(text, line, at)
    if here < 0:
        # the sentence opens its paragraph: the last sentence of the paragraph before ('A spokeswoman said
        # most customers were repaid.\n\n"Banks are investing heavily," she said.': that spokeswoman)
        if text[line:at].strip():
            return None
        end = len(text[:line].rstrip())
        para = text.rfind("\n", 0, end) + 1
        if end <= para or text[end - 1] not in ".!?":
            return None
        start = _last_break_end(text, para, end - 1)
        start = para if start < 0 else start
        if prev is not None and prev.start >= start:
            return None
        return text, start, end
    start = _last_break_end(text, line, here - 1)
    start = line if start < 0 else start
    if prev is not None and prev.start >= start:
        return None
    return text, start, here


def _described_subject(ctx: _Ctx, at: int, prev: _Piece | None, gender: str) -> str:
    """The description opening the sentence before the one at *at* ("a spokesman"), when that sentence
    comes after the previous quotation and the description fits *gender*; "" otherwise."""
    before = _sentence_before(ctx, at, prev)
    if before is None:
        return ""
    text, start, here = before
    found = _DESCRIBED_SUBJECT.match(text, start, here)
    if found is None:
        trailing = _TRAILING_DESCRIBED.search(text, start, here)
        if trailing is not None:
            # "Acme will cut 500 jobs, a company spokesman said. "...," he said.": the described sayer
            got = _resolve_phrase(ctx, trailing.start(1), trailing.end(1), inverted=False, at=trailing.start(1),
                                  prev=prev)
            if got is not None and got[2] == "DESC" and got[0].split()[-1].lower() in _PERSON_HEADS | _OWNED_PEOPLE \
                    and (not gender or _description_gender(got[0]) in (gender, "")):
                return got[0]
        return _role_subject(ctx, start, here, at, gender, prev)
    desc = _describe(found.group(1).split())
    prep = _BODY_PREP.match(text, found.end(1))
    if desc and prep is not None:  # "A spokesman for the Royal Ballet told ...": a Royal Ballet spokesman
        desc = _with_body(ctx, desc, prep.end(), here)
    return desc if desc and (not gender or _description_gender(desc) in (gender, "")) else ""


# a described sayer closing its sentence: "..., a company spokesman said.", "..., her agent told the BBC."
_TRAILING_DESCRIBED = re.compile(r",\s+((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+"
                                 r"(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|added|confirmed|explained)"
                                 r"\b[^,;:\"“”.!?]*[.!?]\s*$")


_TRAILING_PLURAL = re.compile(r",\s+((?:(?:some|many|several|other|senior|the)\s+)?(?:[A-Za-z][\w&-]*\s+)?(?:[a-z][\w-]*[a-rt-z]s|police))\s+"
                              r"(?:have\s+|had\s+|also\s+)?(?:said|say|told|added|confirmed|explained)"
                              r"\b[^,;:\"“”.!?]*[.!?]\s*$")
_PLURAL_SUBJECT = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?((?:[Tt]he\s+)?(?:[A-Z][\w&-]*\s+){0,3}?"
                             r"(?:[a-z][\w-]*\s+)?(?:[A-Za-z][a-z-]*[a-rt-z]s|[Pp]olice))\s+"
                             r"(?:have\s+|had\s+|also\s+|have\s+also\s+)?([a-z]+)\b")


def _plural_subject(ctx: _Ctx, at: int, prev: _Piece | None) -> str:
    """The plural noun phrase opening the sentence before the one at *at* ("Unions attacked ...", "Acme
    bosses said ...") as a description, when that sentence comes after the previous quotation and the
    phrase is no name of its own ("Liberal Democrats"); "" otherwise."""
    before = _sentence_before(ctx, at, prev)
    if before is None:
        return ""
    text, start, here = before
    return _plural_opening(ctx, text, start, here) or _plural_closing(ctx, text, start, here)


def _plural_closing(ctx: _Ctx, text: str, start: int, here: int) -> str:
    """"The plant will close, officials said. "...," they said.": the plural sayer closing that sentence."""
    trailing = _TRAILING_PLURAL.search(text, start, here) if "," in text[start:here] else None
    if trailing is None or any(m.end == trailing.end(1) for m in _mentions_in(ctx, trailing.start(1), trailing.end(1))):
        return ""
    words = trailing.group(1).split()
    if words[-1].lower() in _NOT_HEADS or words[-1].lower() in _CALENDAR:
        return ""
    return " ".join(words)


def _plural_opening(ctx: _Ctx, text: str, start: int, here: int) -> str:
    found = _PLURAL_SUBJECT.match(text, start, here)
    if found is None:
        return ""
    verb = found.group(2)
    if not (verb.endswith("ed") or verb in _VERB_FORM or verb in _FINITE or verb in ("have", "are", "were")):
        return ""
    words = found.group(1).split()
    if words[-1].lower() in _NOT_HEADS or words[-1].lower() in _CALENDAR \
            or any(m.end == found.end(1) for m in _mentions_in(ctx, found.start(1), found.end(1))):
        return ""  # a name ("Liberal Democrats", "Rangers"): the entity rules speak for it
    first = words[0].lower()
    if words[0][:1].isupper() and (first == "the" or len(words) == 1 or first in _stopset() or first in _DETERMINERS
                                   or re.search(r"\b" + re.escape(first) + r"\b", ctx.text) is not None):
        words = [first] + words[1:]  # capitalised only as the sentence's first word ("Senior ministers")
    return " ".join(words)


_BODY_PREP = re.compile(r"\s+(?:for|of|at|from)\s+")


def _role_subject(ctx: _Ctx, start: int, end: int, at: int, gender: str, prev: _Piece | None = None) -> str:
    """The person a definite role noun stands for when it is the subject of a reporting verb in
    ``text[start:end]`` ("In a furious response, the first minister said ..." -> the person the text
    names as first minister), so that the "he" of the next sentence is that person; "" otherwise."""
    text = ctx.masked or ctx.text
    sentence = text[start:end]
    for v in _verbs(sentence):
        clause = sentence[: v.start()].rsplit(",", 1)[-1]
        core = [w.strip(".,;:").lower() for w in _WORD.findall(clause)]
        core = [w for w in core if w and w not in _AUX]
        inverted = True
        if len(core) > 2 and core[-1] == "to" and "the" in core[:-1]:
            # "The row prompted the prime minister to say ...", "asked the minister to comment": the role
            # named right before "to" is who says it
            core, inverted = core[:-1], False
        elif len(core) < 2 or core[0] != "the":
            continue
        definite = _definite(core, inverted)
        if definite is None or definite[1] != ("PERSON",):
            continue
        name = _role_holder(ctx, _definite_np(core, inverted), at, prev, gender=gender, topic=False, words=clause)
        if name and (not gender or _all_genders(ctx).get(name, gender) == gender):
            return name
        return ""
    return ""


# Offices whose modifier says which one ("prime minister" / "finance minister", "US president" / "French
# president"): two different modifiers are two offices, so two people. (Not "leader", "manager", "boss":
# "Tory leader" / "Conservative leader", "Gunners boss" / "Arsenal manager" name one office two ways.)
_OFFICES = {"minister", "secretary", "chancellor", "president", "premier", "governor", "commissioner",
            "ambassador", "mayor"}
# modifiers making an office another one: the shadow chancellor is not the chancellor, nor the former one
_OTHER_OFFICE = {"shadow", "deputy", "vice", "former", "ex", "junior", "assistant", "outgoing"}
_TITLE_WORDS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor"}
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:([\w-]+)\s+)?([a-z][\w-]*)\s*"
                         r"(?:[,.;]|\s+(?:of|at|for|in|to)\s)")
# posts a person holds (not what they are or do: "film star Liam Neeson" may well be "the actor"): someone
# named only with posts that are not the wanted one is not its holder
_POSITIONS = _OFFICES | {"leader", "chairman", "chairwoman", "chair", "chief", "executive", "boss", "manager", "coach",
                         "director", "judge", "mp", "mep", "captain", "head", "official", "spokesman", "spokeswoman",
                         "founder", "editor"}
_ROLE_HEADS = _ROLE_NOUNS - {"prime"} | _OFFICES | {"chairwoman", "mp", "mep"}
_OFFICE_NOUNS = frozenset(_TITLES | _POSITIONS | _ROLE_NOUNS | {
    "archbishop", "bishop", "mayor", "duke", "duchess", "earl", "dean", "governor", "secretary-general", "provost",
    "chancellor", "rector", "principal", "vice-chancellor", "commissioner", "ambassador", "chairman", "chairwoman"})


def _roles(ctx: _Ctx) -> dict[str, set]:
    """Person -> {(modifier, role noun)} for the roles the text names beside them: "Tory leader Michael
    Howard" ("tory", "leader"), "Tony Blair, the prime minister," ("prime", "minister"), "shadow chancellor
    Oliver Letwin" ("shadow", "chancellor"); people named with no role are left out."""
    if ctx.roles is None:
        found: dict[str, set] = {}
        text = ctx.text
        for m in ctx.mentions:
            if m.type != "PERSON":
                continue
            pairs = []
            if m.start > 1 and text[m.start - 1] == " ":
                # the words right before the name (a title between dropped): "Tory leader (Mr) Michael Howard"
                seg = text[max(0, m.start - 50):m.start]
                words = seg[seg.rfind("\n") + 1:].split(" ")[-5:-1]
                if words and words[-1].rstrip(".") in _TITLE_WORDS:
                    words.pop()
                if words:
                    pairs.append((words[-2] if len(words) > 1 else "", words[-1]))
            if text.startswith(",", m.end):
                after = _ROLE_AFTER.match(text, m.end, m.end + 70)
                if after is not None:
                    pairs.append((after.group(1) or "", after.group(2)))
            for mod, head in pairs:
                head = head.lower()
                if head not in _ROLE_HEADS:
                    continue
                low = mod.lower()
                if not low.isalpha() or low in _DETERMINERS or low in _NOT_HEADS or low in _TITLE_GENDER:
                    mod = ""
                found.setdefault(m.entity, set()).add((mod, head))  # (the modifier as written)
        ctx.roles = found
    return ctx.roles


# one post under several nouns ("Manager Steve Bruce" is "the Birmingham boss"; a secretary of state is "the
# minister"); "boss", "chief" and "head" may stand for any post
_ROLE_KIN = {"secretary": "minister", "chancellor": "minister", "premier": "minister", "coach": "manager",
             "chairwoman": "chairman", "chair": "chairman", "ceo": "executive"}
_ANY_POST = {"boss", "chief", "head"}


def _role_fits(have: tuple[str, str], head: str, mod: str, mod_name: bool = False) -> bool:
    """Whether a role the text gives someone, (modifier as written, noun), can be the role "the <mod>
    <head>" (*mod* lower-cased; *mod_name*: written with a capital, a name such as a team or a country)."""
    hmod_text, hhead = have
    hmod = hmod_text.lower()
    same = hhead == head or _ROLE_KIN.get(hhead, hhead) == _ROLE_KIN.get(head, head)
    if not same and not (hhead in _ANY_POST and head in _POSITIONS or head in _ANY_POST and hhead in _POSITIONS):
        return False
    if hmod in _OTHER_OFFICE or mod in _OTHER_OFFICE:
        return hmod == mod  # "the chancellor" is not "shadow chancellor Oliver Letwin"
    if head in _OFFICES and hmod and mod:
        return hmod == mod  # "the prime minister" is not "Finance Minister Ralph Goodale"
    if mod_name and hmod and hmod != mod and hmod_text[:1].isupper():
        return False  # "the Wales coach" is not "England coach Andy Robinson" (one noun, two named sides)
    return True


_AGE_NOUN = re.compile(r"(\d{1,3})-year-old")


def _aged(ctx: _Ctx, years: str, at: int) -> set:
    """The people named before *at* with the age *years*: "Ann Keo, 24,", "Ann Keo (24)", "24-year-old Ann Keo"."""
    text = ctx.masked or ctx.text
    after = re.compile(r",\s*" + years + r"\b|\s*\(" + years + r"\)")
    before = re.compile(r"\b" + years + r"-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
    found = set()
    for m in ctx.mentions:
        if m.start >= at:
            break
        if m.type == "PERSON" and (after.match(text, m.end) is not None
                                   or before.search(text, max(0, m.start - 40), m.start) is not None):
            found.add(m.entity)
    return found


def _role_holder(ctx: _Ctx, np: list[str], at: int, prev: _Piece | None, *, gender: str = "",
                 topic: bool = True, words: str = "") -> str:
    """The person "the <np>" stands for ("the prime minister"): the one the text names with that role;
    else the topic (:func:`_topic`) passing over people named with other posts only (Tory leader Michael
    Howard is not "the prime minister"); else, with *topic*, the topic among everyone; "" when none.
    *words*: the phrase as written, which tells whether the modifier is a name ("the Wales coach")."""
    if not np:
        return ""
    head, mod = np[-1], np[-2] if len(np) > 1 else ""
    mod_name = bool(mod) and any(w.lower() == mod and w[:1].isupper() for w in words.split()[1:])
    # the role as the text words it, modifier and all ("the Tory leader": "Tory leader Michael Howard", not
    # "Lib Dem leader Charles Kennedy"), else any fitting one
    name = _named_as(ctx, head, at, ("PERSON",), mod=mod, mod_name=mod_name)
    # "the shadow home secretary" is not "Home Secretary Charles Clarke" (nor the reverse): a shadow, deputy or
    # former holder named further left than the modifier the match looked at
    wanted = set(np[:-2]) & _OTHER_OFFICE
    if name and _other_offices(ctx, name) != wanted and mod not in _OTHER_OFFICE:
        name = ""
    if name:
        return name
    roles = _roles(ctx)
    fits = {e for e, have in roles.items() if any(_role_fits(r, head, mod, mod_name) for r in have)
            and (mod in _OTHER_OFFICE or _other_offices(ctx, e) == wanted)}
    age = _AGE_NOUN.fullmatch(head)
    if age is not None:  # "the 24-year-old": the people the text gives that age ("Ann Keo, 24,")
        fits = _aged(ctx, age.group(1), at)
    if fits:
        # named with the post under another noun ("Home Secretary X" for "the minister", "Manager Y" for "the
        # boss"): the topic among them
        name = _topic(ctx, at, prev, ("PERSON",), gender=gender,
                      skip=frozenset(x.entity for x in ctx.mentions if x.type == "PERSON" and x.entity not in fits))
        if name:
            return name
    # (not for a former holder: "the former cabinet secretary" now holds other posts, or none)
    skip = frozenset() if {"former", "ex"} & set(np) else frozenset(
        e for e, have in roles.items() if any(r[1] in _POSITIONS for r in have)
        and not (any(_role_fits(r, head, mod, mod_name) for r in have)
                 and (mod in _OTHER_OFFICE or _other_offices(ctx, e) == wanted)))
    if skip:
        name = _topic(ctx, at, prev, ("PERSON",), gender=gender, skip=skip)
        if name or not topic:
            return name
    return _topic(ctx, at, prev, ("PERSON",), gender=gender) if topic else ""


_OFFICE_WORDS_BEFORE = re.compile(r"\b(shadow|deputy|vice|former|ex|junior|assistant|outgoing)[\s-]+(?:[A-Za-z]+\s+){0,3}$",
                                  re.I)


def _other_offices(ctx: _Ctx, name: str) -> set:
    """The words of :data:`_OTHER_OFFICE` the text writes within the four words before a mention of the
    person *name* ("Shadow home secretary David Davis": {"shadow"})."""
    if ctx.offices is None:
        text = ctx.text
        ctx.offices = {}
        for m in ctx.mentions:
            if m.type == "PERSON":
                hit = _OFFICE_WORDS_BEFORE.search(text, max(0, m.start - 50), m.start)
                if hit is not None:
                    ctx.offices.setdefault(m.entity, set()).add(hit.group(1).lower())
    return ctx.offices.get(name, set())


_DOC_NOUNS = {"report", "study", "survey", "research", "document", "letter", "statement", "guidance", "ruling",
              "figures", "data", "poll", "review", "analysis", "paper", "findings", "website", "memo", "e-mail",
              "email", "message", "line", "book", "film", "play", "song", "virus", "idea", "plan", "bill", "law",
              # court papers speak for themselves ("the suit said"): a description, not the party behind them
              "suit", "lawsuit", "complaint", "filing", "petition", "indictment", "judgment", "affidavit", "writ",
              "summons", "motion", "submission"}
_NONPERSON_NOUNS = _ORG_NOUNS | {"magazine", "show", "programme", "program", "site", "court", "station", "channel",
                                 "band", "team", "side", "squad", "country", "nation", "city", "state", "club",
                                 "festival", "academy", "institute", "university", "school", "airline", "carrier",
                                 "retailer", "bank", "giant", "maker", "operator", "charity", "tribunal", "panel",
                                 "tank", "think-tank", "carmaker", "automaker", "chipmaker", "drugmaker", "manufacturer",
                                 "insurer", "lender", "publisher", "supermarket", "chain", "conglomerate", "label",
                                 "studio", "exchange", "authority", "organisation", "organization"}


def _definite(core: list[str], inverted: bool) -> tuple[str, tuple[str, ...]] | None:
    """("minister", ("PERSON",)) for "the minister", "the world indoor champion", "the Tory co-chairman";
    ("magazine", ("ORG", ...)) for "the magazine"; None for other phrases, possessives ("the prime
    minister's spokesman"), plurals ("the artists") and documents ("the report")."""
    if "the" not in core:
        return None
    if inverted:
        if core[0] != "the":
            return None
        np = core[1:]
    else:
        i = len(core) - 1 - core[::-1].index("the")
        np = core[i + 1:]
    if 4 < len(np) <= 7:
        np = np[-4:]  # "the world 200m and 400m record holder": the head and its nearest modifiers
    if not np or len(np) > 4 or any(w in _NOT_HEADS or w in _NOT_MODIFIED or w in _VERB_FORM for w in np):
        return None
    if any(w.endswith(("'s", "’s", "'", "’")) for w in np):
        return None
    return _definite_head(np)


def _definite_np(core: list[str], inverted: bool) -> list[str]:
    """The words of the noun phrase :func:`_definite` reads its head from ("prime minister" for "the prime
    minister"); [] when it reads none."""
    if _definite(core, inverted) is None:
        return []
    if inverted:
        np = core[1:]
    else:
        i = len(core) - 1 - core[::-1].index("the")
        np = core[i + 1:]
    return np[-4:]


# groups of people named by what they do together, no one person and no body of the entity table: "the jury
# said" is the jury (a description), not the person the story is about
_COLLECTIVE_NOUNS = {"jury", "judges", "family", "families", "crowd", "audience", "public", "prosecution", "defence",
                     "defense", "organisers", "organizers"}


def _definite_head(np: list[str]) -> tuple[str, tuple[str, ...]] | None:
    head = np[-1]
    if head in ("spokesman", "spokeswoman", "spokesperson", "source", "sources"):
        return None
    if not head.isalpha() and "-" not in head or head in _DOC_NOUNS or head in _COLLECTIVE_NOUNS:
        return None
    if head in ("country", "nation", "city", "state", "town"):
        return head, ("GPE",)
    if head in _NONPERSON_NOUNS:
        return head, ("ORG",)
    if head.endswith("s") and not head.endswith("ss") and head not in _ROLE_NOUNS:
        return None
    return head, ("PERSON",)


_POSSESSIVE_DOC = re.compile(r"(?i:the)\s+([A-Za-z-]+)['’]s\s+(?:\w+\s+)?(?:ruling|report|statement|decision|verdict|"
                             r"letter|website|guidance|announcement)$")
_CONNECTIVES = {"however", "but", "and", "earlier", "meanwhile", "later", "also", "then", "so", "now", "yet"}


_SUBJECT_AUX = {"has", "had", "have", "also", "later", "then", "now"}
_CLAUSE_OPEN = re.compile(r"(?:,\s*|\s)(?:but|yet|while|whereas|although|though)\s+|,\s*and\s+|;\s*", re.I)
_INVERTED_BEFORE = re.compile(r",\s*([A-Za-z]+)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\.?\s+)?$")
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.!?]|,\s*(?:adding|saying)\b)")
_APPOSITIVE_VERB = re.compile(r"(?:\s*,\s*[^,.;:!?\"“”\n]{1,90}?,|\s+[-–—]\s+[^-–—.;:!?\"“”\n]{1,120}?\s+[-–—]|\s*,)?\s+"
                              r"(?:(?:has|had|have|also|later|then|now|previously|once)\s+)*([A-Za-z]+)")


def _is_subject(ctx: _Ctx, m: _Mention) -> bool:
    """The mention opens its sentence or clause (only titles, names and a connective before it)."""
    text = ctx.masked or ctx.text
    a = text.rfind("\n", 0, m.start) + 1
    end = _last_break_end(text, a, m.start)
    seg = text[end if end >= 0 else a:m.start]
    words = [w.strip(".,;:") for w in _WORD.findall(seg)]
    if all(not w or w[0].isupper() or w.lower() in _TITLES or w.lower() in _CONNECTIVES for w in words):
        return True
    # a describing noun phrase before the name: "Her colleague Frank Dobson agreed", "Arsenal striker X was"
    if len(words) <= 5 and all(not w or w[0].isupper() or w.lower() in _TITLES or w.lower() in _DESCRIPTORS
                               for w in words):
        return True
    # the name opens a clause of its own: "... won last week, but McIlroy is unfazed."
    cut = None
    for cut in _CLAUSE_OPEN.finditer(seg):
        pass
    if cut is not None and all(not w or w[0].isupper() or w.lower() in _TITLES for w in
                               (w.strip(".,;:") for w in _WORD.findall(seg[cut.end():]))):
        return True
    # "In a statement Google said ...": the name is followed by its verb
    nxt = _LETTERS.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
    if nxt is not None and (nxt.group().lower() in _VERB_FORM or nxt.group().lower() in _SUBJECT_AUX):
        return True
    if nxt is not None and nxt.group() in _BE_AFTER_SUBJECT and words and (
            words[-1].lower() in _DESCRIPTORS or words[-1].lower() in _POSITIONS or words[-1].lower() in _NONPERSON_NOUNS):
        # "UK Athletics performance director Dave Collins was more guarded", "Video game firm Bioware is to
        # hold ...": a described name before its verb
        return True
    # "That is a message Rusedski echoed.", "the title Murray won last year": a name between a noun and its
    # own past-tense verb is the subject of that clause (not "if Radcliffe opted", "suggesting X would")
    if nxt is not None and nxt.group()[0].islower() and (nxt.group().endswith("ed") or nxt.group() in _OBJECT_RELATIVE_VERBS) \
            and text[nxt.end():nxt.end() + 1] != "-" and _OBJECT_RELATIVE.search(text, max(0, m.start - 40), m.start) is not None:
        return True
    # "In a statement released through her lawyer, Jones repeated ...": an opening adverbial, a comma, the
    # name and a finite verb
    if nxt is not None and words and words[0].lower() in _OPENERS and seg.rstrip().endswith(",") \
            and nxt.group()[0].islower() and (nxt.group().endswith("ed") or nxt.group() in _FINITE):
        return True
    # "..., Gerry Conlon - who was wrongly convicted - said", "Jacques Barrot, vice president of the
    # Commission, said", "The BBC's correspondent, Rachel Harvey, told": the name, an aside, its reporting verb
    verb = _APPOSITIVE_VERB.match(text, m.end)
    if verb is not None and verb.group(1).lower() in _VERB_FORM:
        return True
    # "..., argued Mr Howard.": the name after its reporting verb, ending the sentence
    inverted = _INVERTED_BEFORE.search(seg)
    return (inverted is not None and inverted.group(1).lower() in _VERB_FORM
            and _SENTENCE_END_AFTER.match(text, m.end) is not None)


_BE_AFTER_SUBJECT = {"was", "is", "were", "are", "had", "has", "will", "would"}
_OBJECT_RELATIVE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]hat|[Tt]his|[Oo]ne)\s+(?:[a-z][\w-]*\s+){1,2}(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$")
_OBJECT_RELATIVE_VERBS = {"made", "gave", "took", "won", "wrote", "held", "shared", "put", "set", "struck", "drew"}
_FINITE = {"was", "is", "were", "are", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does",
           "went", "took", "made", "gave", "came", "won", "lost", "met", "left", "got", "spoke", "wrote", "told", "said",
           "says", "began", "ran", "saw", "heard", "kept", "held", "brought", "thought", "insisted", "vowed"}


def _named_as(ctx: _Ctx, noun: str, at: int, types: tuple[str, ...], *, mod: str | None = None,
              mod_name: bool = False) -> str:
    """The entity the text names next to *noun* before *at* ("technology magazine Mobile PC", "Mobile PC
    magazine"): the closest such pairing (the latest among equals); "" when the noun never stands beside a
    fitting name. With *mod* (a person's office, "prime" for "the prime minister"), the noun's own modifier
    in the text must fit it (:func:`_role_fits`): not "Finance Minister X", not "shadow chancellor Y"; and
    a pairing with that very modifier comes first ("the Arsenal manager": "Arsenal manager X", not "Chelsea
    manager Y")."""
    text = ctx.masked or ctx.text
    pattern = re.compile(r"\b" + re.escape(noun) + r"\b", re.I)
    found, found_gap = "", 1 << 30
    exact, exact_gap = "", 1 << 30
    for hit in pattern.finditer(text, 0, at):
        i, j = hit.start(), hit.end()
        hmod = ""
        if mod is not None:
            before = _ROLE_MOD_BEFORE.search(text, max(0, i - 30), i)
            hmod_text = before.group(1) if before is not None else ""
            hmod = hmod_text.lower()
            if hmod in _DETERMINERS or hmod in _NOT_HEADS or hmod in _TITLE_GENDER:
                hmod = hmod_text = ""
            if not _role_fits((hmod_text, noun), noun, mod, mod_name):
                continue
        best = None
        for m in _mentions_in(ctx, max(0, i - 30), min(at, j + 40)):
            if m.type not in types:
                continue
            gap = text[m.end:i] if m.end <= i else text[j:m.start] if m.start >= j else None
            if gap is None or _SENT_BREAK.search(gap) or len(gap.split()) > 3:
                continue
            if m.end <= i and gap[:1] in ("'", "’"):
                continue  # "Tom Reed's lawyer": the lawyer is someone else, not the name before it
            if best is None or len(gap) < best[0]:
                best = (len(gap), m.entity)
        if best is not None and best[0] <= found_gap:
            found_gap, found = best
        if best is not None and mod and hmod == mod and best[0] <= exact_gap:
            exact_gap, exact = best
    return exact or found


_ROLE_MOD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]*|[A-Z][\w-]*)\s+$")


_GENERIC_ORG = {"company", "firm", "group", "body", "organisation", "organization", "business", "corporation",
                "network", "service", "office", "inc", "ltd"}


def _named_kind(ctx: _Ctx, noun: str, at: int) -> _Mention | None:
    """The last organisation named before *at* (outside quotations) whose name ends in *noun* ("the
    Public Accounts Committee" for "committee"); None when none."""
    i = bisect_left(ctx.starts, at) - 1
    while i >= 0:
        m = ctx.mentions[i]
        i -= 1
        if m.type == "ORG" and m.end <= at and m.entity.split()[-1].lower() == noun and not _inside_quote(ctx, m.start):
            return m
    return None


def _named_group(ctx: _Ctx, noun: str, at: int) -> _Mention | None:
    """The last group named right after the plural *noun* before *at* ("artists Langlands & Bell", "the
    brothers Tom and Joe Reed"): an organisation or a name joining two ("&", "and"); None otherwise."""
    text = ctx.masked or ctx.text
    found = None
    for hit in re.compile(r"\b" + re.escape(noun) + r"\s+", re.I).finditer(text, 0, at):
        i = bisect_left(ctx.starts, hit.end())
        if i < len(ctx.mentions) and ctx.mentions[i].start == hit.end():
            m = ctx.mentions[i]
            if m.type == "ORG" or m.type == "PERSON" and re.search(r"\s(?:&|and)\s", text[m.start:m.end]):
                found = m
    return found


def _topic(ctx: _Ctx, at: int, prev: _Piece | None, types: tuple[str, ...], *, gender: str = "",
           skip: frozenset = frozenset()) -> str:
    """The most recent fitting referent for "he", "she", "the minister": the previous speaker unless another
    person has since been the subject of a sentence; else the last such subject; else the last named.
    *gender* ("M" for he, "F" for she) passes over people the text marks as the other (Mr / Ms ...); so
    are the entities in *skip*."""
    genders = _all_genders(ctx) if gender else {}
    subject = last = None
    i = bisect_left(ctx.starts, at) - 1
    while i >= 0:
        m = ctx.mentions[i]
        i -= 1
        if m.type not in types or m.end > at or _inside_quote(ctx, m.start):
            continue
        if gender and genders.get(m.entity, gender) != gender or m.entity in skip:
            continue
        if last is None:
            last = m
        if _is_subject(ctx, m):
            subject = _matrix_subject(ctx, m, types, gender, genders)
            if subject.entity in skip:
                subject = m
            break
    if prev is not None and prev.speaker and prev.speaker not in skip and (prev.stype in types or prev.stype == "DESC" and types == ("PERSON",)
                                              and _person_description(prev.speaker)):
        fits = not gender or (_description_gender(prev.speaker) if prev.stype == "DESC"
                              else genders.get(prev.speaker, gender)) in (gender, "")
        # where the previous speaker was last named: a piece that only inherited its speaker points back
        anchor = prev.start if prev.own or prev.anchor < 0 else prev.anchor
        if fits and (subject is None or subject.entity == prev.speaker or subject.start < anchor):
            if gender == "F" and prev.stype != "DESC" and prev.speaker not in _genders(ctx):
                # "she" after a speaker of unknown sex, when a person the text marks as a woman spoke just
                # before ("Ann Lee, the actress, said ... Tom Reed said ... she added"): that woman (not for
                # "he": the unmarked are mostly men in news text, and "chairman" marks little)
                marked = _last_marked(ctx, prev, at, gender, types)
                if marked:
                    return marked
            return prev.speaker
    if subject is not None:
        return subject.entity
    return last.entity if last is not None else ""


_COORDINATE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:but|and|or|while|whereas|although|though|yet|because|so)\b")


def _matrix_subject(ctx: _Ctx, m: _Mention, types: tuple[str, ...], gender: str, genders: dict) -> _Mention:
    """The subject of the reporting verb whose clause holds *m* ("Mr Howard told the radio Mr Blair had
    refused ...": Mr Howard, not Mr Blair), when one comes before it in the same sentence; else *m*."""
    text = ctx.masked or ctx.text
    if _SENTENCE_END_AFTER.match(text, m.end) is not None:
        return m  # "..., said Mr Clarke.": the reporting clause itself
    line = text.rfind("\n", 0, m.start) + 1
    brk = _last_break_end(text, line, m.start)
    lo = brk if brk >= 0 else line
    for x in _mentions_in(ctx, lo, m.start):
        if x.type not in types or x.entity == m.entity or _inside_quote(ctx, x.start) \
                or gender and genders.get(x.entity, gender) != gender:
            continue
        # the sentence's own subject: only capitalised words, titles and connectives before it
        opening = [w.strip(".,;:") for w in _WORD.findall(text[lo:x.start])]
        if not all(not w or w[0].isupper() or w.lower() in _TITLES or w.lower() in _CONNECTIVES for w in opening):
            break
        between = text[x.end:m.start]
        verbs = [v for v in _verbs(between) if v.word not in ("according to", "as per", "citing")]
        if verbs and len(between) < 120 and _COORDINATE.search(between, verbs[-1].end()) is None \
                and _is_subject(ctx, x):
            return x  # (not '... claimed the race was his, but McIlroy is unfazed': a clause of its own)
        break
    return m


def _last_marked(ctx: _Ctx, prev: _Piece, at: int, gender: str, types: tuple[str, ...]) -> str:
    """The last person of *gender* (by title or noun) named as a subject within 600 characters before *at*,
    other than the previous speaker; "" when none."""
    genders = _genders(ctx)
    i = bisect_left(ctx.starts, at) - 1
    while i >= 0 and ctx.mentions[i].start >= at - 600:
        m = ctx.mentions[i]
        i -= 1
        if m.type in types and m.entity != prev.speaker and genders.get(m.entity) == gender \
                and not _inside_quote(ctx, m.start) and _is_subject(ctx, m):
            return m.entity
    return ""


_PRONOUN_GENDER = {"he": "M", "she": "F"}
_PRONOUN_SEX = {"he": "M", "she": "F", "He": "M", "She": "F"}
_PRONOUN_RE = {w: re.compile(r"(?i)\b" + w + r"\b") for w in _PRONOUNS}
_GENDER_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Baroness|Baron)\.?\s+$")
_TITLE_GENDER = {"mr": "M", "sir": "M", "lord": "M", "king": "M", "prince": "M", "baron": "M",
                 "mrs": "F", "ms": "F", "miss": "F", "dame": "F", "lady": "F", "queen": "F", "princess": "F",
                 "baroness": "F"}
_FEMALE_NOUNS = {"spokeswoman", "chairwoman", "businesswoman", "actress", "woman", "mother", "wife", "daughter",
                 "sister", "girl", "lady", "congresswoman", "policewoman", "grandmother", "widow", "princess",
                 "queen", "duchess"}
_MALE_NOUNS = {"spokesman", "chairman", "businessman", "actor", "man", "father", "husband", "son", "brother",
               "boy", "congressman", "policeman", "grandfather", "widower", "prince", "king", "duke"}
_PERSON_HEADS = _ROLE_NOUNS | _FEMALE_NOUNS | _MALE_NOUNS | {"spokesperson", "source", "lawyer", "aide",
                                                             "adviser", "advisor", "witness", "resident", "fan"}
# (used by _is_subject) words of a noun phrase describing the person named after it
_DESCRIPTORS = _PERSON_HEADS | {
    "his", "her", "their", "its", "the", "former", "fellow", "veteran", "new", "rival", "colleague", "team-mate",
    "teammate", "partner", "friend", "co-star", "assistant", "senior", "top", "world", "olympic", "striker",
    "midfielder", "defender", "goalkeeper", "winger", "forward", "bowler", "batsman", "scrum-half", "fly-half",
    "lock", "prop", "full-back", "centre", "skipper", "boss", "chief", "rights", "campaigner", "activist",
    "expert", "critic", "industry", "analyst", "lawyer", "entrepreneur", "businessman", "businesswoman"}


# common nouns that describe the name after them at a sentence start ("Promoters Northern Star Concerts said",
# "Retailer Dixons has ..."), where the capital makes them look like the name's first word
_LEAD_NOUNS = frozenset({"promoter", "promoters", "retailer", "retailers", "rival", "rivals", "carmaker", "chipmaker",
                         "insurer", "lender", "broadcaster", "publisher", "publishers", "operator", "airline",
                         "supermarket", "brewer", "housebuilder", "miner", "drugmaker", "bookmaker", "distributor",
                         "manufacturer", "developer", "sponsor", "sponsors", "organisers", "regulator", "watchdog",
                         "fellow", "compatriot", "teammate", "team-mate", "striker", "midfielder", "defender",
                         "winger", "goalkeeper", "singer", "rapper", "novelist", "chef", "presenter", "comedian",
                         "campaigners", "campaigner", "analyst", "economist"})
_LEAD_NOUN_AT = re.compile(r"(?:^|[.!?][\"”’')]*\s+|\n)$")


def _lead_noun_names(ctx: _Ctx) -> dict[str, str]:
    """Entity -> name for entities the table holds with a describing noun glued on at a sentence start
    ("Promoters Northern Star Concerts" -> "Northern Star Concerts"); computed once per document."""
    found = ctx.lead_names
    if found is None:
        found = {}
        text = ctx.text
        for m in ctx.mentions:
            if m.type not in ("ORG", "PERSON") or " " not in m.entity or m.entity in found:
                continue
            first, rest = m.entity.split(" ", 1)
            if first.lower() in _LEAD_NOUNS and rest[:1].isupper() and text[m.start:m.end] == m.entity \
                    and _LEAD_NOUN_AT.search(text, max(0, m.start - 4), m.start) is not None:
                found[m.entity] = rest
        ctx.lead_names = found
    return found


_GENDER_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_GENDER_NOUN_AFTER = re.compile(r",\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s*[,.]")


def _genders(ctx: _Ctx) -> dict[str, str]:
    """Person -> "M" / "F" where the text titles them (Mr Blair, Ms Robinson, Sir Digby); "" when both."""
    if ctx.genders is None:
        found: dict[str, str] = {}
        text = ctx.text
        for m in ctx.mentions:
            if m.type != "PERSON":
                continue
            t = _GENDER_TITLE.search(text, max(0, m.start - 12), m.start)
            if t is not None:
                g = _TITLE_GENDER[t.group(1).lower()]
                found[m.entity] = g if found.get(m.entity, g) == g else ""
                continue
            # a gendered noun beside the name: "actress Ann Lee", "Ann Lee, the actress," "Tom Reed, her husband,"
            noun = _GENDER_NOUN_BEFORE.search(text, max(0, m.start - 20), m.start) or \
                _GENDER_NOUN_AFTER.match(text, m.end, m.end + 60)
            if noun is not None:
                w = noun.group(1).lower()
                g = "F" if w in _FEMALE_NOUNS else "M" if w in _MALE_NOUNS else ""
                if g and m.entity not in found:
                    found[m.entity] = g
        ctx.genders = found
    return ctx.genders


def _all_genders(ctx: _Ctx) -> dict[str, str]:
    """:func:`_genders`, and else the given name where name lists agree on it ("Marion Jones" F): a cue
    for passing over a person of the other sex, never for picking one out (the titles' job)."""
    strong = _genders(ctx)
    if ctx.all_genders is None or ctx.all_genders[0] != (len(strong), len(ctx.said_as)):
        found = dict(strong)
        for name, g in ctx.said_as.items():
            found.setdefault(name, g)
        names = None
        for m in ctx.mentions:
            if m.type == "PERSON" and m.entity not in found and " " in m.entity:
                names = _name_genders() if names is None else names
                g = names.get(m.entity.split()[0], "")
                if g:
                    found[m.entity] = g
        ctx.all_genders = ((len(strong), len(ctx.said_as)), found)
    return ctx.all_genders[1]


_NAME_FORMAT = 1  # raise when build() below changes
_NAME_LOCALES = ("en_US", "en_GB", "en_IE", "en_NZ")  # English lists only: "Joni" is a man in Finnish


@lru_cache(maxsize=1)
def _name_genders() -> dict[str, str]:
    """Given name -> "M" / "F" from Faker's person providers (names both ways, such as Jordan or Andrea,
    left out); {} without Faker. Built once and kept in the toolkit's disk cache."""
    from ..text.diskcache import stored  # noqa: PLC0415

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
        return {n: g for n, g in sorted(seen.items()) if g}

    try:
        # keyed on Faker's version and this format's number only: editing this module rebuilds nothing
        return stored(f"quotes-name-genders-{_NAME_FORMAT}", build, packages=("Faker",))
    except Exception:  # pragma: no cover - the names are a cue, never a requirement
        return {}


def _description_gender(desc: str) -> str:
    head = desc.split()[-1].lower() if desc.split() else ""
    return "F" if head in _FEMALE_NOUNS else "M" if head in _MALE_NOUNS else ""


def _person_description(desc: str) -> bool:
    """A description of one person ("a spokeswoman", "the Bishop"), not of several or of a thing."""
    words = desc.lower().split()
    return bool(words) and words[-1] in _PERSON_HEADS


def _recent(ctx: _Ctx, prev: _Piece, at: int) -> bool:
    """The previous speaker is still the topic: no other person named (outside quotes) since that quote."""
    for m in _mentions_in(ctx, prev.end, at):
        if m.type == "PERSON" and m.entity != prev.speaker and not _inside_quote(ctx, m.start):
            return False
    return True


_RELATIVE_END = re.compile(r",\s*(?:who|whom|which)\s+((?:\w+\s+){0,2}?)\s*(?:(?:has|had|have|also|later|once)\s+)*$")
_NOUN_BEFORE = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "new", "of", "this", "these",
                "those", "that", "such", "any", "no", "some", "many", "several", "further", "fresh", "recent",
                "earlier", "first", "last", "latest", "public", "official", "previous", "election", "campaign"}
_CATENATIVE = re.compile(r"\s(?:(?:went|goes|go|going|has gone|had gone)\s+on|continued|continues|was quick|were quick)\s+to\s*$",
                         re.I)
_RELATIVE = re.compile(r",\s*(?:who|which|whose)\b(?:[^,]|(?<=\d),(?=\d{3}))*(?:,|$)")  # ("a majority of 1,412")
_CLAUSE_CUT = re.compile(r"[;(]|\s[-–—]\s|,\s+and\s|\b(?:but|while|whereas|although|though|because|after|before|when|as)\b\s", re.I)
# "NAME, a description of them, <verb>": the name and its apposition (lower case, up to 12 words) before the verb
_APPOSITIVE_END = re.compile(r"([^,]*?[\w.'’)])\s*,\s*(?:[a-z][\w'’&.-]*|[0-9][\w-]*|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s)"
                             r"(?:\s+[^\s,]+){0,11}?\s*,\s*$")  # (", Tom Reed's agent,": a possessive name too)
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—]*?\s[-–—]\s")  # "Gerry Conlon - who was wrongly convicted - said"


_SPEECH_NOUNS = (r"(?:claims?|comments?|remarks?|descriptions?|warnings?|assertions?|suggestions?|allegations?|"
                 r"accusations?|statements?|words|criticism|insistence|arguments?|verdict|predictions?|promises?|pledges?)")
# "Jane Dowling's claim that the plan was", "Jane Dowling's description of the plan as": her words
_OWNED_SPEECH = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?" + _SPEECH_NOUNS + r"\s+(?:that|of|about|on)\b[^.;:!?\"“”]*$")
# "claims by Jane Dowling that the plan was": hers too
_SPEECH_BY = re.compile(r"\b" + _SPEECH_NOUNS + r"\s+(?:made\s+)?(?:by|from)\s+(?=[A-Z])")
_SPEECH_BY_END = re.compile(r"\s+(?:that|of|about)\b[^.;:!?\"“”]*$")


def _owned_speech(ctx: _Ctx, a: int, left: str):
    """The person or body whose nominal speech runs up to the quotation ("Jane Dowling's claim that ...",
    "claims by Jane Dowling that ..."): ((entity, surface, type), where the phrase starts in *left*); None
    when there is none."""
    found = None
    own = _OWNED_SPEECH.search(left)
    if own is not None:
        for m in _mentions_in(ctx, a, a + own.start()):
            if m.end == a + own.start() and m.type in ("PERSON", "ORG") and not _inside_quote(ctx, m.start):
                found = ((m.entity, ctx.text[m.start:m.end], m.type), m.start - a)
    for by in _SPEECH_BY.finditer(left):
        i = bisect_left(ctx.starts, a + by.end())
        if i < len(ctx.mentions) and ctx.mentions[i].start == a + by.end() and ctx.mentions[i].type in ("PERSON", "ORG"):
            m = ctx.mentions[i]
            if _SPEECH_BY_END.match(left, m.end - a) is not None and (found is None or by.start() > found[1]):
                found = ((m.entity, ctx.text[m.start:m.end], m.type), by.start())
    return found


def _attribute_left(ctx: _Ctx, a: int, left: str, at: int, prev: _Piece | None):
    """Speaker and verb from the writer's words before the quote: the nearest reporting verb whose subject
    resolves ("Foreign Secretary Jack Straw said he had ... Mr Campbell, who he described as "x"" walks back
    to "said" when "who he" does not resolve)."""
    owned = _owned_speech(ctx, a, left) if "'" in left or "’" in left or " by " in left or " from " in left else None
    for v in reversed(_verbs(left)):
        if owned is not None and v.start() <= owned[1]:
            # "Mr Carr dismissed Jane Dowling's claim that ...": the claim, nearer the quotation, is hers
            return owned[0], ""
        got = _left_verb(ctx, a, left, v, at, prev)
        if got:
            return got
    if owned is not None:
        return owned[0], ""
    m = _NOMINAL.search(left)  # "comments in a major Chinese newspaper that the ..."
    if m:
        got = _resolve_phrase(ctx, a + m.start(2), a + m.end(2), inverted=True, at=at, prev=prev)
        if got:
            return got, ""
    if left.rstrip().endswith(":"):
        # "Tory leader Michael Howard disagreed: "..."", "He was adamant: "..."": the subject introduces it
        ms = [x for x in _mentions_in(ctx, a, a + len(left)) if not _inside_quote(ctx, x.start)]
        subjects = [x for x in ms[:3] if x.type in ("PERSON", "ORG") and _is_subject(ctx, x)]
        subject = next((x for x in subjects if x.type == "PERSON"), subjects[0] if subjects else None)
        if subject is not None:  # ("Tory leader Michael Howard": the person, not the party naming his role)
            return (subject.entity, ctx.text[subject.start:subject.end], subject.type), ""
        people = [x for x in ms if x.type == "PERSON"]
        if len(people) == 1 and not ctx.text[people[0].end:a + len(left.rstrip()) - 1].strip(" ,") \
                and not _verbs(left):
            # "The decision angered union leader Tom Reed: "...": the one person, named right before the colon
            x = people[0]
            return (x.entity, ctx.text[x.start:x.end], x.type), ""
        first = _WORD.search(left)
        if not ms and first is not None and first.group().lower() in ("he", "she", "they"):
            got = _resolve_phrase(ctx, a + first.start(), a + first.end(), inverted=False, at=at, prev=prev)
            if got and got[0]:
                return got, ""
    return None


_ASIDE = re.compile(r"\s*([^,:;\"“”.!?]{1,60})(?:,|[.!?]?\s*$)")  # ", says BT," / "..., said Mr Thomas."
# an aside naming a speaker is a noun phrase: "says BT", not "said the deal was done"
_CLAUSE_WORDS = {"was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "that", "be"}
_LISTENER = {"told", "tells", "tell", "telling", "asked", "asks", "urged", "urges", "advised", "advises"}  # "told X": X listens
_PLAIN_SPEECH = {"said", "says", "added", "adds", "told", "tells", "continued", "insisted", "stated"}
_NOMINAL = re.compile(r"\b(comments?|remarks?|statements?|claims?|warnings?|words|assertions?|suggestions?)\s+"
                      r"(?:in|by|from|of)\s+([^,;:\"“”]{2,60}?)\s+that\b", re.I)


def _after_verb(ctx: _Ctx, a: int, left: str, v, at: int, prev: _Piece | None):
    rest = left[v.end():]
    cut = re.search(r"[,:;]", rest)
    return _resolve_phrase(ctx, a + v.end(), a + v.end() + (cut.start() if cut else len(rest)),
                           inverted=True, at=at, prev=prev)


_JUDGED_FOR = re.compile(r"\b(?:attack|criticis|criticiz|condemn|prais|blam|thank|accus|hail|slam|rebuk|mock|"
                         r"congratulat|applaud|fault|ridicul|chastis|scold|censur|sack|fine|fined|punish|suspend|ban)"
                         r"[a-z]*\s+((?:[A-Za-z][\w'’.-]*\s+){0,5}?[A-Za-z][\w'’.-]*)\s+(?:for|of|over)\s+$")
_WHAT_SUBJECT = re.compile(r"\bwhat\s+((?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?$")
_PAREN_ASIDE = re.compile(r"\([^()]{0,80}\)")
_WITH_SUBJECT = re.compile(r"(?:^|[\s,(])[Ww]ith\s+((?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s*$")
_ROLE_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){1,3}")  # "Acme chief executive ", "Opec's president "
_PASSIVE_BY = re.compile(r"\s+by\s")


def _left_verb(ctx: _Ctx, a: int, left: str, v, at: int, prev: _Piece | None):
    vtext = v.group(0).lower()
    if vtext in ("according to", "citing", "as per"):
        got = _after_verb(ctx, a, left, v, at, prev)
        return (got, vtext) if got else None
    before = left[: v.start()]
    if vtext.endswith("ing") and before.endswith(("for ", "of ", "over ")):
        # "Mr Carr attacked Jane Dowling for describing it as ...": the one judged for saying it said it
        judged = _JUDGED_FOR.search(before)
        if judged is not None:
            for m in _mentions_in(ctx, a + judged.start(1), a + judged.end(1)):
                if m.end == a + judged.end(1) and m.type in ("PERSON", "ORG") and not _inside_quote(ctx, m.start):
                    return (m.entity, ctx.text[m.start:m.end], m.type), vtext
    words_before = before.split()
    prior = words_before[-1].lower() if words_before else ""
    if prior in _NOUN_BEFORE or prior.endswith(("'s", "’s")) and not _named_possessive(ctx, a + len(before.rstrip())) \
            or prior[:1].isdigit() and not prior.endswith(",") \
            and not prior.endswith("-old"):  # ("the 24-year-old said" is a person speaking)
        return None  # "six new pledges", "the report": a noun, not a verb ("Mr Reed, 54, said" is a verb)
    if prior in ("was", "were", "been", "being", "is", "are", "be") and vtext.endswith(("ed", "told", "said")):
        return None  # "she was told": the speaker is someone else
    if vtext.endswith("ed") and _PASSIVE_BY.match(left, v.end()):
        return None  # "His sentence, criticised by X, comes ...": a participle; its subject said nothing
    aside = _ASIDE.match(left[v.end():])
    if before.rstrip().endswith(",") and aside and len(aside.group(1).split()) <= 6 and vtext not in _LISTENER \
            and (aside.group(0).rstrip().endswith(",") or vtext in _PLAIN_SPEECH) \
            and not {w.lower() for w in aside.group(1).split()} & _CLAUSE_WORDS:
        # (an object running up to the quotation is no aside: "X, which ..., described his sentence as "harsh"")
        # "The idea, says BT, is ...": the speaker is the aside after the verb
        got = _resolve_phrase(ctx, a + v.end() + aside.start(1), a + v.end() + aside.end(1), inverted=True,
                              at=at, prev=prev)
        if got and got[2] != "DESC":
            return got, vtext
    what = _WHAT_SUBJECT.search(before) if "what" in before else None
    if what is not None:
        # "in what producers are calling ...", "what the Tories call ...": the free relative's own subject
        got = _resolve_phrase(ctx, a + what.start(1), a + what.end(1), inverted=False, at=at, prev=prev)
        if got and got[0]:
            return got, vtext
    rel = _RELATIVE_END.search(before)
    if rel is not None:
        # the verb is inside a relative clause: "Mr Campbell, who he described as": its own subject ("he"),
        # else ("who said") the name the clause hangs on
        inner = rel.group(1)
        if inner.strip():
            got = _resolve_phrase(ctx, a + rel.start(1), a + rel.end(1), inverted=False, at=at, prev=prev)
        else:
            ms = _mentions_in(ctx, a, a + rel.start())
            got = (ms[-1].entity, ctx.text[ms[-1].start:ms[-1].end], ms[-1].type) if ms else None
        return (got, vtext) if got else None
    # "He went on to say:", "she continued to insist": the subject is before the chain (blanked, offsets kept)
    # (its match ends in "to" and spaces; "who", "which" or "whose" opens every relative clause: the searches only then)
    chain = _CATENATIVE.search(before) if before.rstrip()[-2:] in ("to", "To", "tO", "TO") else None
    if chain is not None:
        before = before[:chain.start()] + " " * (len(before) - chain.start())
    # subject: the clause before the verb (relative clauses ", who ...," blanked)
    relative = "wh" in before
    head = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)),
                           _RELATIVE.sub(lambda m: " " * len(m.group(0)), before) if relative else before)
    if "(" in head:  # "A spokesman for the Summit (WSIS), which ..., told": a bracketed aside is no clause break
        head = _PAREN_ASIDE.sub(lambda m: " " * len(m.group(0)), head)
    if vtext.endswith("ing"):
        # "He warned his supporters, saying: ...": a participle takes the subject of its sentence
        first = _WORD.search(head)
        if first is None:
            return None
        absolute = _WITH_SUBJECT.search(head) if "with" in head or "With" in head else None
        if absolute is not None:
            # "..., with one reviewer dismissing it as ...": the participle's own subject, after "with"
            got = _resolve_phrase(ctx, a + absolute.start(1), a + absolute.end(1), inverted=False, at=at, prev=prev)
            if got and got[0]:
                return got, vtext
        ms = _mentions_in(ctx, a + first.start(), a + len(head))
        opening = head[first.start():ms[0].start - a].strip() if ms else "-"
        # ("The Bank of England kept rates on hold, saying": the body after "The", when no person is named there)
        lead = ms[0] if opening == "" or opening in ("The", "the") and all(x.type != "PERSON" for x in ms) else None
        if lead is not None and lead.type != "PERSON" and len(ms) > 1 and ms[1].type == "PERSON" \
                and _ROLE_GAP.fullmatch(ctx.text, lead.end, ms[1].start) is not None:
            lead = ms[1]  # "Commission president Jose Barrales has urged ..., warning": the person, not his body
        if lead is not None:
            got = _resolve_phrase(ctx, lead.start, lead.end, inverted=False, at=at, prev=prev)
        else:
            stop = _SUBJECT_END.search(head[first.start():])
            hi = first.start() + (stop.start() if stop else len(head) - first.start())
            got = _resolve_phrase(ctx, a + first.start(), a + hi, inverted=False, at=at, prev=prev)
            if got and got[2] == "DESC":
                # "A message on the site from the MPAA warning ...": whoever the message is from
                got = _message_source(ctx, got, a + first.start(), a + len(head)) or got
        return (got, vtext) if got else None
    cuts = list(_CLAUSE_CUT.finditer(head))
    lo = cuts[-1].end() if cuts else 0
    seg = head[lo:]
    if not seg.strip() or _WORD.search(seg) is None:
        if head.strip():
            return None  # only a relative clause before the verb: let an earlier verb speak
        # the verb opens its clause ("..., adding: ") or follows a cut: look after the verb (inverted)
        got = _after_verb(ctx, a, left, v, at, prev)
        return (got, vtext) if got else None
    hi = v.start() if chain is None else chain.start()
    if _AND_END.search(before[lo:hi]):
        # "Male MPs pretended to juggle ... and jeered": the verbs share the clause's subject, before the first
        first_verb = _FIRST_VERB.search(before, lo, hi)
        if first_verb is not None and before[lo:first_verb.start()].strip():
            got = _resolve_phrase(ctx, a + lo, a + first_verb.start(), inverted=False, at=at, prev=prev)
            if got:
                return got, vtext
    rel = _RELATIVE.search(before, lo) if relative else None
    if rel is not None and before[lo:rel.start()].strip():
        hi = rel.start()  # "X, who worked with Y, said": the subject is X
    elif " -" in before or "–" in before or "—" in before:
        dash = _DASH_ASIDE.search(before, lo, hi)
        if dash is not None and before[lo:dash.start()].strip() and not before[dash.end():hi].strip():
            hi = dash.start()  # "X - who was sacked by Y - said": the subject is X, as with commas
    # (it ends with a comma and spaces: most subjects have none there, and the search costs a scan from every position)
    appos = _APPOSITIVE_END.search(before, lo, hi) if before[lo:hi].rstrip().endswith(",") else None
    if appos is not None:
        # "Mike McGuire, a research director at Gartner, told": the name, not a name inside its description
        ms = _mentions_in(ctx, a + appos.start(1), a + appos.end(1))
        if ms and ms[-1].end == a + appos.end(1) and ms[-1].type in ("PERSON", "ORG"):
            got = _resolve_phrase(ctx, ms[-1].start, ms[-1].end, inverted=False, at=at, prev=prev)
            if got:
                return got, vtext
        np_ = before[appos.start(1):appos.end(1)].split()
        if not ms and 2 <= len(np_) <= 4 and np_[0].lower() in ("the", "a", "an", "this") \
                and all(w[:1].islower() for w in np_[1:]):
            # "The study, published in Nature, said": the noun phrase before its aside
            got = _resolve_phrase(ctx, a + appos.start(1), a + appos.end(1), inverted=False, at=at, prev=prev)
            if got:
                return got, vtext
    comma = before.rfind(",", lo, hi)
    if comma >= 0 and before[comma + 1:hi].strip() and len(before[comma + 1:hi].split()) <= 6:
        # "Writing in the Northern Echo, the Bishop said": the words after the last comma
        got = _resolve_phrase(ctx, a + comma + 1, a + hi, inverted=False, at=at, prev=prev)
        opener = before[lo:comma].split()[:1]
        if got and (got[2] == "PERSON" or got[2] == "DESC" and opener and opener[0].lower() in _OPENERS):
            # (a description too after an adverbial opener: "In a statement, detainee 'A' in Woodhill Prison said")
            return got, vtext
    got = _resolve_phrase(ctx, a + lo, a + hi, inverted=False, at=at, prev=prev)
    return (got, vtext) if got else None


def _named_possessive(ctx: _Ctx, end: int) -> bool:
    """A name whose own spelling ends in 's ends at *end* ("Sainsbury's said", "Moody's said"): a subject, no
    possessive before a noun."""
    i = bisect_left(ctx.starts, end) - 1
    while i >= 0 and ctx.mentions[i].start > end - 60:
        m = ctx.mentions[i]
        if m.end == end and m.type in ("ORG", "PERSON") and m.entity.endswith(("'s", "’s")):
            return True
        i -= 1
    return False


_AND_END = re.compile(r"\sand\s*$")  # (compiled once: the hot paths skip re's cache lookup)
_CLAUSE_PUNCT = re.compile(r"[.,;:!?]")
_FIRST_VERB = re.compile(r"\s(?:[a-z]+ed|went|took|made|gave|came|won|lost|met|left|got|had|was|were|has|have|is|are|"
                         r"spoke|wrote|told|said|says|began|ran|sat|stood|saw|heard|kept|held|brought|thought)\b")
_OPENERS = {"in", "on", "at", "from", "with", "during", "after", "before", "writing", "speaking", "asked",
            "responding", "commenting", "later", "earlier", "meanwhile", "separately", "elsewhere"}
_RIGHT_INVERTED = re.compile(r"^[\s,]*(" + _VERB_RE.pattern + r")\s+(.{1,120}?)(?=[,;:!?]|(?<!\b[A-Z])(?<!\bMrs)(?<!\b[MD]r)"
                             r"(?<!\bMs)(?<!\bSt)(?<!\bProf)\.|\s(?:adding|who|in|at|on|"
                             r"after|as|when|before|to)\b|$)", re.I)
_RIGHT_SUBJECT = re.compile(r"^[\s,]*((?:[\w'’&.,-]+\s+){1,9}?)(" + _VERB_RE.pattern + r")(?=[\s,.:;!?]|$)", re.I)


# Under IGNORECASE these four non-ASCII letters also match ASCII letters of the verb forms.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _attribute_right(ctx: _Ctx, start: int, right: str, at: int, prev: _Piece | None, *, complete: bool = False,
                     quoted_next: bool = False):
    relayed = _RELAYED.match(right) if "quot" in right or "cit" in right else None
    if relayed is not None:
        # '"...," the newspaper quotes a source close to the firm': the one quoted speaks, the paper relays
        got = _resolve_phrase(ctx, start + relayed.start(3), start + relayed.end(3), inverted=True, at=at, prev=prev)
        if got and got[0]:
            return got, relayed.group(2).lower()
    if not _verbs(right) and _ODD_CASE.search(right) is None:
        return None  # both patterns need a reporting verb, which _verbs finds whenever they could
    m = _RIGHT_INVERTED.match(right)
    if m:
        got = _resolve_phrase(ctx, start + m.start(2), start + m.end(2), inverted=True, at=at, prev=prev)
        if got and (got[2] == "DESC" or got[1][:4].lower() == "the "):
            # "said the chairman of the committee, Labour MP Barry Sheerman": the name in apposition (before
            # whoever "the chairman" would resolve to)
            named = _appositive_person(ctx, start + m.end(2))
            if named is not None:
                got = named
        if got:
            return got, m.group(1).lower()
    m = _RIGHT_SUBJECT.match(right)
    if m:
        m = _noun_not_verb(right, m)
    if m:
        subj = m.group(1)
        words = subj.split()
        if len(words) > 6 and not _mentions_in(ctx, start + m.start(1), start + m.end(1)) and (
                words[0].lower() != "the" or len(words) > 8):  # "the world 200m and 400m record holder told"
            return None
        if {w.lower() for w in words} & _MODALS:
            return None  # "The two task forces will report back ...": a new statement, not this quote's
        after = right[m.end():]
        clause = _CLAUSE_PUNCT.split(after, maxsplit=1)[0]
        if complete and (len(clause.split()) > 5 or re.search(r"\bthat\b", clause) or quoted_next):
            # a finished quotation, then a new sentence whose verb introduces its own quotation ('... any
            # more." Ms Trew admitted it would be "very difficult"'): that verb is the next quotation's
            return None
        got = _resolve_phrase(ctx, start + m.start(1), start + m.end(1), inverted=False, at=at, prev=prev)
        if got:
            return got, m.group(2).lower()
    return None


_RELAYED = re.compile(r"^[\s,]*((?:[\w'’&.-]+\s+){1,5}?)(quotes|quoted|cites|cited)\s+((?:a|an|one|two|three|several|"
                      r"unnamed|anonymous|senior)\s[^,.;:!?\"“”]{1,80}?)\s*(?:[,.;:!?]|$)")


class _SubjectVerb:
    """A match of _RIGHT_SUBJECT moved on to a later verb: group 1 the subject, group 2 the verb."""

    __slots__ = ("spans", "text")

    def __init__(self, text: str, subject: tuple[int, int], verb: tuple[int, int]):
        self.text, self.spans = text, {1: subject, 2: verb}

    def start(self, g: int = 0) -> int:
        return self.spans[g][0] if g else self.spans[1][0]

    def end(self, g: int = 0) -> int:
        return self.spans[g][1] if g else self.spans[2][1]

    def group(self, g: int = 0) -> str:
        return self.text[self.start(g):self.end(g)]


_FINDING_VERBS = {"found", "finds", "shows", "showed", "concludes", "concluded", "says", "said", "suggests"}
_NEXT_VERB = re.compile(r"\s+(?:has\s+|had\s+|have\s+|also\s+)?([A-Za-z]+)\b")


def _noun_not_verb(right: str, m):
    """'"...," the report said' / 'the World Bank report said': a verb form right after an article or a
    name and followed by another reporting verb is a noun; the subject runs on to that verb."""
    words = m.group(1).split()
    if not words:
        return m
    prior = words[-1]
    if prior.lower() not in ("the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "latest") \
            and not (prior[:1].isupper() and len(words) > 1):
        return m
    nxt = _NEXT_VERB.match(right, m.end(2))
    if nxt is None:
        return m
    word = nxt.group(1).lower()
    if word not in _VERB_FORM and not (prior[:1].islower() and (word.endswith("ed") or word in _FINDING_VERBS)):
        return m  # ("the report found": a document's finding verb after the noun too)
    if len(right[m.start(1):nxt.start(1)].split()) > 10:
        return None
    return _SubjectVerb(right, (m.start(1), m.end(2) + 1), nxt.span(1))


_APPOSITION = re.compile(r"\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}")


def _appositive_person(ctx: _Ctx, pos: int):
    """A person named right after *pos* in apposition (", Labour MP Barry Sheerman"): (entity, surface, type)."""
    text = ctx.masked or ctx.text
    for m in _mentions_in(ctx, pos, pos + 80):
        if m.type == "PERSON" and _APPOSITION.fullmatch(text, pos, m.start) is not None:
            return m.entity, ctx.text[m.start:m.end], "PERSON"
    return None


_ENDS_SPEECH = re.compile(r"[.!?,][\"”’']?\s*$")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ENDS_SENTENCE = re.compile(r"[.!?]\s*$")


def _is_full(text: str, piece: _Piece, left: str) -> bool:
    body = text[piece.start:piece.end].lstrip()
    first = next((c for c in body if c.isalpha()), "")
    if not first or not first.isupper():
        return False
    lead = left.rstrip()
    last_word = lead.rsplit(None, 1)[-1].lower() if lead else ""
    if not lead or lead.endswith((":", ",", "-", "—", "–")) or last_word in _VERB_FORM:
        return True
    return bool(_ENDS_SPEECH.search(body)) and len(body.split()) >= 4


def _titlelike(body: str) -> bool:
    if body.rstrip()[-1:] in ",.!?":  # speech ends in punctuation inside the marks: "Yes," said ...
        return False
    words = [w for w in _TITLE_WORD.findall(body)]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or", "by"}
    return bool(words) and len(words) <= 6 and all(w[0].isupper() or w.lower() in small for w in words) and (
        words[0][0].isupper())


def _headline(doc, text: str) -> tuple[int, int] | None:
    """The headline line: the first line when it is the document's title or has no end punctuation and more follows."""
    first_end = text.find("\n")
    if first_end < 0:
        return None
    line = text[:first_end]
    if doc.title and line.strip() == doc.title.strip():
        return 0, first_end
    if len(line.split()) <= 16 and not re.search(r"[.!?][\"”’']?\s*$", line):
        return 0, first_end
    return None


def _sentence_starts(doc) -> list[int]:
    """Start offset of every sentence (``tk.sentences``' numbering); see :func:`_sentence_bounds`."""
    return _sentence_bounds(doc)[0]


def _sent_ids(doc, offsets: list[int]) -> list[int]:
    """Sentence number of each offset (``tk.sentences``' numbering)."""
    starts = _sentence_starts(doc)
    return [max(0, bisect_right(starts, o) - 1) for o in offsets]


def _pieces_of(doc) -> list[_Piece]:
    return doc.cached(("quote_pieces",), lambda: _extract(doc))


_NAMED_NEXT = re.compile(r"[ \t]+(?:(?:That|This|Those|These|Such)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:\w+\s+)?"
                         r"(?:view|verdict|words?|message|assessment|warning|opinion|argument|reaction|response)\s+of|"
                         r"So\s+(?:says|said))\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor)\.?\s+)?")
_GLOSS_AFTER = re.compile(r"\s+[-–—]\s+(meaning|[a-z]+ing)\b")  # '"outsourcing" - relocating ...': a gloss
_SPLIT_CLAUSE = re.compile(r"\s*([^.!?;:\"“”\n]{3,80}),\s*")


def _extract(doc) -> list[_Piece]:
    text = doc.text
    if '"' not in text and "“" not in text and "'" not in text and "‘" not in text:
        return []
    pieces = _pieces(text)
    pieces += _single_pieces(text, pieces)
    if not pieces:
        return []
    pieces.sort(key=lambda p: p.start)
    ctx = _Ctx(text, *_doc_mentions(doc))
    ctx.quoted = [(p.start, p.end) for p in pieces if not p.single]
    parts, pos = [], 0
    for p in pieces:
        if not p.single and p.start >= pos:
            last = p.end - 1 if text[p.end - 1] in ".!?" else p.end
            parts += [text[pos:p.start], " " * (last - p.start)]
            pos = last
    parts.append(text[pos:])
    masked = "".join(parts)
    ctx.masked = masked
    head = _headline(doc, text)
    # runs: a piece without a closing mark continues into the next piece when that one opens the next
    # stretch (same paragraph right after it, or the start of the next paragraph)
    run = 0
    for i, p in enumerate(pieces):
        if i and pieces[i - 1].close_at is None and not pieces[i - 1].single and not p.single and (
                pieces[i - 1].para == p.para or pieces[i - 1].para + 1 == p.para and
                text[_line_bounds(text, p.open_at)[0]:p.open_at].strip() == ""):
            p.run = pieces[i - 1].run
        else:
            run += 1
            p.run = run
    prev: _Piece | None = None
    prev_close = 0
    terms: set[str] = set()  # quoted terms of the body judged no one's words
    for i, p in enumerate(pieces):
        body = text[p.start:p.end]
        a, left = _left_context(masked, p)
        nxt = next((q.open_at for q in pieces[i + 1:] if q.open_at > p.start), len(text))
        rstart, right = _right_context(text, p, nxt) if (p.close_at is not None) else (p.end, "")
        p.kind = "full" if _is_full(text, p, left) else "partial"
        in_head = head is not None and head[0] <= p.open_at < head[1]
        got = None
        if in_head:
            m = re.match(r"^\s*([A-Z][\w'’.&-]*(?:\s[A-Z][\w'’.&-]*){0,3})\s*:", text[head[0]:p.open_at])
            if m:
                got = (_resolve_phrase(ctx, head[0] + m.start(1), head[0] + m.end(1), inverted=False, at=p.open_at,
                                       prev=None), "")
                if got[0] is None:
                    got = None
            if got is None:
                p.keep = False
                continue
        else:
            if prev is not None and prev.keep and prev.own and prev.speaker and prev.side == "R" \
                    and prev.close_at is not None and prev.para == p.para and text[prev.close_at - 1:prev.close_at] == ",":
                # '"We have heard that," said Mr Reed, "but there is more."': a sentence split by its reporting
                # clause; the second piece is the same speaker's and, with the first, a whole sentence
                gap = _SPLIT_CLAUSE.fullmatch(text, prev.close_at + 1, p.open_at)
                if gap is not None and _verbs(gap.group(1)):
                    got = (prev.speaker, prev.surface, prev.stype), prev.verb
                    p.kind = prev.kind
            continuing = prev is not None and prev.run == p.run and prev.own and bool(prev.speaker)
            left_first = p.kind == "partial" or left.rstrip().endswith(":") or bool(_verbs(left))
            order = (("L", "R") if left_first else ("R", "L"))
            for side in (() if got else order):
                if side == "L":
                    got = _attribute_left(ctx, a, left, p.open_at, prev)
                elif p.close_at is not None:
                    got = _attribute_right(ctx, rstart, right, p.open_at, prev,
                                           complete=_ENDS_SENTENCE.search(body) is not None,
                                           quoted_next=rstart + len(right) == nxt)
                if got and continuing and (side == "L" or got[1] not in _PLAIN_SPEECH):
                    got = None  # a piece continuing an attributed run keeps its speaker
                if got:
                    p.side = side
                    break
        if not got and not in_head and p.kind == "full" and p.close_at is not None and _ENDS_SENTENCE.search(body):
            # '"It is a disaster." That is the view of Ann Lee, ...' / 'So says Ann Lee.': the speaker named in
            # the next sentence
            named = _NAMED_NEXT.match(text, p.close_at + 1)
            if named is not None:
                ms = _mentions_in(ctx, named.end(), named.end() + 80)
                if ms and ms[0].start == named.end() and ms[0].type in ("PERSON", "ORG"):
                    got = (ms[0].entity, text[ms[0].start:ms[0].end], ms[0].type), ""
        if p.kind == "partial" and not got:
            # a name right before the marks: 'Richard Thomas "totally condemned" ...'
            ms = _mentions_in(ctx, max(0, p.open_at - 40), p.open_at)
            if ms and text[ms[-1].end:p.open_at].strip() == "" and ms[-1].type == "PERSON":
                got = ((ms[-1].entity, text[ms[-1].start:ms[-1].end], ms[-1].type), "")
            elif p.close_at is not None and not in_head and left.strip().lower() not in _TERM_OPENERS:
                # '... as the party "fades away" as a national force and ..., he said.': the reporting
                # clause closing the quotation's sentence (not for a term opening the sentence: 'The
                # "golden rule" will be met, he said.' names a thing)
                got = _sentence_tail(ctx, p, prev)
                if not got and _PARAPHRASE_GOES_ON.match(left) is not None:
                    # 'The minister said the right was the "most important liberty". Law lords were "simply
                    # wrong" to ...': the paraphrase of the sentence before goes on
                    got = _paraphrase_before(ctx, p, a)
        term = " ".join(body.lower().strip(" ,.;:!?").split())
        if p.kind == "partial" and not in_head and _TERM_SUBJECT.fullmatch(left) is not None \
                and _LOWER_AFTER.match(text, (p.close_at + 1) if p.close_at is not None else p.end) is not None:
            # 'The "digital divide" is closing, he said.', 'The new "super-casinos" will ...': a quoted term
            # inside the noun phrase opening the sentence names a thing; it reports no one's words
            p.keep = False
            terms.add(term)
            continue
        gloss = _GLOSS_AFTER.match(text, p.close_at + 1) if p.kind == "partial" and p.close_at is not None \
            and len(term.split()) <= 3 else None
        if gloss is not None and gloss.group(1).lower() not in _VERB_FORM:
            # 'Suggestions that "outsourcing" - relocating jobs abroad - is to blame': a term the writer glosses
            p.keep = False
            terms.add(term)
            continue
        if _scare_before(left) or _titlelike(body) or p.kind == "partial" and term in terms:
            # (a term the text has already quoted as no one's words: 'using "grossly disproportionate"
            # force ... Mr Howard said the "grossly disproportionate" test ...' names that term again)
            p.keep = False
            terms.add(term)
            continue
        if p.kind == "partial" and not got and prev is not None and prev.keep and prev.own and prev.speaker \
                and prev.kind == "partial" and prev.para == p.para and prev.close_at is not None \
                and _SENT_BREAK.search(ctx.masked, prev.close_at + 1, p.open_at) is None:
            # 'In what Acme calls an "alarming trend", wages fell, leaving "staff unpaid".': a second fragment
            # of a sentence whose first one is attributed is the same sayer's
            got = (prev.speaker, prev.surface, prev.stype), ""
        if p.kind == "partial" and not got:
            same_run = prev is not None and prev.run == p.run and prev.keep
            if not same_run:
                p.keep = False
                terms.add(term)
                continue
        if p.single and not got and not (
                # "'We will win,' said Ann Lee. 'It is our time.'": a sentence of speech in single marks right
                # after an attributed one of the same paragraph goes on with it
                p.kind == "full" and prev is not None and prev.single and prev.keep and prev.speaker
                and prev.para == p.para and _ENDS_SENTENCE.search(body) is not None and len(body.split()) >= 3):
            p.keep = False
            continue
        if p.single and not got:
            p.run = prev.run  # the continuation takes the run's speaker
        if got:
            (p.speaker, p.surface, p.stype), p.verb = got
            if p.stype == "PERSON" and p.surface in _PRONOUN_SEX and p.speaker not in ctx.said_as:
                # "Her coach, Margo Jennings, agreed. "...," she said.": a later "he" passes her over
                ctx.said_as[p.speaker] = _PRONOUN_SEX[p.surface]
            p.own = True
        elif prev is not None and prev.speaker:
            # provisional (settled after the loop): the speaker so far, so that a later "he said" can follow it
            p.speaker, p.surface, p.stype = prev.speaker, prev.surface, prev.stype
            p.anchor = prev.start if prev.own or prev.anchor < 0 else prev.anchor
        prev = p
        prev_close = (p.close_at + 1) if p.close_at is not None else p.end
    kept = [p for p in pieces if p.keep]
    _lede_descriptions(text, kept)
    lead_names = _lead_noun_names(ctx)
    if lead_names:
        for p in kept:
            if p.speaker in lead_names:
                p.speaker = lead_names[p.speaker]
    # pieces without their own attribution: the run's, else the previous quotation's
    by_run: dict[int, _Piece] = {}
    for p in kept:
        if p.own and p.speaker and p.run not in by_run:
            by_run[p.run] = p
    last: _Piece | None = None
    for p in kept:
        if not p.own or not p.speaker:
            src = by_run.get(p.run)
            if src is None:
                # "His message was: "..." Sir Digby added: "..."": the next quotation's attribution stands
                # between the two, in the same paragraph
                nxt = next((q for q in kept if q.start > p.start), None)
                later = nxt if (nxt is not None and nxt.para == p.para and nxt.own and nxt.speaker and nxt.side == "L"
                                and nxt.kind == "full"  # introduced as speech ("Sir Digby added: "), not woven in
                                and not p.own and p.close_at is not None
                                and not _SENT_BREAK.search(text, p.close_at + 1, nxt.open_at)
                                # a lead-in of its own ("His message was:"): a quotation opening its
                                # sentence is the previous speaker's or the sentence before's, and the
                                # "X says:" after it introduces the next one
                                and _left_context(ctx.masked, p)[1].strip()) else None
                src = later
                if src is None and by_run.get(p.run) is None and not p.own:
                    # "Prof X said she was shocked. "We expected ..."": reported speech, then the words
                    got = _previous_sentence(ctx, p, last)
                    if got is not None:
                        (p.speaker, p.surface, p.stype), _verb = got
                        last = p
                        continue
                src = src if src is not None else last
                if src is None and not p.own and not p.speaker:
                    # the first quotation, attributed nowhere near: the last speech the text reported before
                    # it ("X said the compression was lossless. ... "People will see ...")
                    got = _reported_before(ctx, p)
                    if got is not None:
                        (p.speaker, p.surface, p.stype), _verb = got
                        last = p
                        continue
            if src is not None:
                p.speaker, p.surface, p.stype = src.speaker, src.surface, src.stype
                if src.run == p.run and not p.verb and src.para == p.para and src.start < p.start:
                    p.verb = ""
        if not p.speaker and p.kind == "full":
            # 'His message was clear: "..."', 'Her verdict: "..."' with no one else's attribution after it: the
            # person the possessive points back to
            lead = _POSSESSIVE_LEAD.fullmatch(_left_context(ctx.masked, p)[1])
            if lead is not None:
                own = lead.group(1).lower()
                types = ("PERSON",) if own in ("his", "her") else ("ORG", "GPE")
                name = _topic(ctx, p.open_at, None, types, gender={"his": "M", "her": "F"}.get(own, ""))
                if name:
                    p.speaker, p.surface, p.stype = name, lead.group(1), types[0]
        if p.speaker:
            last = p
    return kept


_POSSESSIVE_LEAD = re.compile(r"\s*(?:(?:But|And|However|Yet),?\s+)?(His|Her|Its)\s+[^:;\"“”]{1,60}:\s*")


_PERSON_SUFFIXES = ("man", "woman", "ist", "er", "or", "ian", "ant", "ent")  # clergyman, scientist, campaigner


def _lede_descriptions(text: str, kept: list[_Piece]) -> None:
    """News ledes name no one: "... is 'laughable', a clergyman has said." The person is named in the
    paragraphs after, as the speaker of the next quotation attributed to a named person; an indefinite
    description speaking in the perfect ("has said", "has warned") in the first paragraphs becomes that person."""
    for i, p in enumerate(kept):
        head = p.speaker.lower().split()[-1] if p.speaker else ""
        if p.para > 2 or not p.own or p.stype != "DESC" or not p.verb or not p.speaker.lower().startswith(("a ", "an ")) \
                or not (_person_description(p.speaker) or head.endswith(_PERSON_SUFFIXES) and head not in _DOC_NOUNS
                        and head not in _NONPERSON_NOUNS):
            continue
        end = p.close_at if p.close_at is not None else p.end
        around = text[max(0, p.open_at - 120):end + 120]
        if not re.search(r"\b(?:has|have)\s+(?:\w+\s+)?" + re.escape(p.verb) + r"\b", around):
            continue
        named = next((q for q in kept[i + 1:] if q.own and q.stype == "PERSON" and q.speaker), None)
        if named is not None and named.para <= p.para + 3:
            p.speaker, p.stype = named.speaker, "PERSON"


# words that may follow a fragment of speech woven into a clause ("fades away" as, "very favourable" because,
# "instinctively" understood, "new liberal Britain" which): function words, verbs, adverbs
_CLAUSE_NEXT = re.compile(r"as|because|which|who|that|and|or|but|in|on|at|of|for|to|with|by|from|than|if|when|while|"
                          r"after|before|since|until|unless|over|under|about|into|is|was|were|are|be|been|has|had|have|"
                          r"will|would|could|should|can|may|might|must|did|does|do|not|so|yet|[a-z]+(?:ed|ly)")
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that|these|those|him|them|it|us|me|our|my)\b")
_TERM_SUBJECT = re.compile(r"\s*(?:The|A|An|the|a|an)\s+(?:[\w-]+\s+)?")  # (two words may hold a verb: "The outlook looks")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_TERM_OPENERS = {"", "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "such", "any", "no"}
_TAIL_SPEECH = r"(said|says|added|adds|told|tells|insisted|insists|argued|argues|claimed|claims|warned|warns|stated|states)"
_TAIL_SUBJECT = re.compile(r",\s*((?:[\w'’&-]+\s+){1,7}?)" + _TAIL_SPEECH + r"(?:\s+[a-z][\w'’ -]{0,30})?\s*[.!?]?\s*$")
# ", Ann Lee, founder of the rights group the Wiesel Centre(,) said.": the name before its aside
_TAIL_APPOSED = re.compile(r",\s*((?:[\w'’&.-]+\s+){0,4}[\w'’&.-]+)\s*,\s*[^,.;:!?\"“”\n]{3,120}?,?\s+" + _TAIL_SPEECH
                           + r"\s*[.!?]?\s*$")
_JOINED_FRAGMENT = re.compile(r"\s*(?:,\s*)?(?:and|or|but)\s+[\"“][^\"“”\n]*[\"”]")  # ' and "....."'
_TAIL_INVERTED = re.compile(r",\s*" + _TAIL_SPEECH + r"\s+([\w'’&. -]{1,60}?)\s*[.!?]?\s*$")


def _sentence_tail(ctx: _Ctx, p: _Piece, prev: _Piece | None):
    """For a fragment with no attribution of its own: the reporting clause that closes its sentence
    (", he said." / ", said Mr Lee." / ", WPP said."), the speaker of the whole paraphrase; None when the
    sentence ends otherwise."""
    masked = ctx.masked
    nxt = _LETTERS.match(masked, p.close_at + 2) if masked[p.close_at + 1:p.close_at + 2] == " " else None
    if nxt is not None and nxt.group()[0].islower() and not _CLAUSE_NEXT.fullmatch(nxt.group()) \
            and _OBJECT_AFTER.match(masked, nxt.end()) is None:
        # 'Under the "one-in, one-out" rule, ...': a quoted modifier of a noun names a thing (not '"instinctively"
        # understood the': a verb, its object after it)
        return None
    _, line_end = _line_bounds(masked, p.close_at)
    brk = _SENT_BREAK.search(masked, p.close_at + 1, line_end)
    end = brk.start() + 1 if brk is not None else line_end
    while brk is not None and _ABBREVIATION_END.search(masked, p.close_at + 1, brk.start()) is not None:
        brk = _SENT_BREAK.search(masked, brk.end(), line_end)  # "said Mr R. Sridharan."
        end = brk.start() + 1 if brk is not None else line_end
    tail = masked[p.close_at + 1:end]
    if len(tail) > 400 or ":" in tail:
        return None
    joined = _JOINED_FRAGMENT.match(tail)
    if joined is not None:
        # 'The plan was "dead" and "a waste of money", Ann Lee said.': the fragments share the clause after
        # the last one
        lo = p.close_at + 1 + joined.end()
        got = _attribute_right(ctx, lo, masked[lo:end], p.open_at, prev)
        if got and got[0] and got[0][0]:
            return got
    m = _TAIL_APPOSED.search(tail)
    if m is not None:
        lo = p.close_at + 1
        ms = _mentions_in(ctx, lo + m.start(1), lo + m.end(1))
        if ms and ms[-1].end == lo + m.end(1) and ms[-1].type in ("PERSON", "ORG"):
            got = _resolve_phrase(ctx, ms[-1].start, ms[-1].end, inverted=False, at=p.open_at, prev=prev)
            if got and got[0]:
                return got, m.group(2).lower()
    m = _TAIL_SUBJECT.search(tail)
    if m is not None and len(m.group(1).split()) <= 7:
        lo = p.close_at + 1
        got = _resolve_phrase(ctx, lo + m.start(1), lo + m.end(1), inverted=False, at=p.open_at, prev=prev)
        if got and got[0]:
            return got, m.group(2).lower()
    m = _TAIL_INVERTED.search(tail)
    if m is not None:
        lo = p.close_at + 1
        got = _resolve_phrase(ctx, lo + m.start(2), lo + m.end(2), inverted=True, at=p.open_at, prev=prev)
        if got and got[0]:
            return got, m.group(1).lower()
    return None


# the writer's words before the fragment: a short subject and a copula ("Law lords were", "The plan was")
_PARAPHRASE_GOES_ON = re.compile(r"\s*(?:[\w'’-]+\s+){1,4}(?:was|were|is|are|had\s+been|has\s+been|would\s+be)\s+$")


def _paraphrase_before(ctx: _Ctx, p: _Piece, a: int):
    """The speaker of the sentence right before the one at *a* (same paragraph), when that sentence is
    reported speech ("X said ...") holding no quotation of its own after its verb; None otherwise."""
    masked = ctx.masked
    line = masked.rfind("\n", 0, a) + 1
    if a <= line:
        # the sentence opens its paragraph: the paraphrase of the paragraph before goes on ("..., Ms Lee says.
        # \n\nThere are "no big differences" ...")
        a = len(masked[:line].rstrip())
        if a <= 0 or masked[a - 1] not in ".!?":
            return None
        line = masked.rfind("\n", 0, a) + 1  # (not after a closing mark: a paragraph ending in a quotation)
    lo = _last_break_end(masked, line, a - 1)
    lo = line if lo < 0 else lo
    sentence = masked[lo:a]
    vs = [v for v in _verbs(sentence) if v.word in _PLAIN_SPEECH or v.word in ("argued", "insisted", "warned",
                                                                                "claimed", "says", "said")]
    if not vs:
        return None
    got = _attribute_left(ctx, lo, sentence[:vs[0].end()], p.open_at, None)
    if got is None or not got[0][0] or got[0][2] == "DESC" and not _person_description(got[0][0]):
        return None
    return got[0], ""


def _reported_before(ctx: _Ctx, p: _Piece, *, paragraphs: int = 2):
    """The attribution of the last sentence reporting speech in the quotation's paragraph or the
    *paragraphs* before it (for a quotation no earlier quotation or sentence attributes); None when none."""
    masked = ctx.masked
    lo = _line_bounds(masked, p.open_at)[0]
    for _ in range(paragraphs):
        before = len(masked[:lo].rstrip())
        if before <= 0:
            break
        lo = masked.rfind("\n", 0, before) + 1
    seg = masked[lo:p.open_at]
    ends = [0] + [m.end() for m in _SENT_BREAK.finditer(seg)]
    for i in range(len(ends) - 1, 0, -1):
        sentence = seg[ends[i - 1]:ends[i]]
        if "\n\n" in sentence.strip() or not _verbs(sentence):
            continue
        got = _attribute_left(ctx, lo + ends[i - 1], sentence, p.open_at, None)
        if got is not None and got[0][0] and got[1] and got[1] not in ("according to", "as per", "citing"):
            return got
    return None


def _previous_sentence(ctx: _Ctx, p: _Piece, prev: _Piece | None):
    """The attribution of the sentence right before a quotation that opens its own sentence, when that
    sentence (in the same paragraph, holding no quotation) reports someone's speech."""
    masked = ctx.masked
    a, _ = _line_bounds(masked, p.open_at)
    if not masked[a:p.open_at].strip() and a > 1:
        # the quotation opens its paragraph: the last sentence of the paragraph before
        a = masked.rfind("\n", 0, len(masked[:a].rstrip("\n"))) + 1
        seg = masked[a:len(masked[:p.open_at].rstrip())] + " "
    else:
        seg = masked[a:p.open_at]
    breaks = list(_SENT_BREAK.finditer(seg))
    if not breaks or breaks[-1].end() != len(seg):
        return None  # the quotation does not open a sentence
    lo = breaks[-2].end() if len(breaks) > 1 else 0
    sentence = seg[lo:breaks[-1].start() + 1]
    if not sentence.strip():
        return None
    if prev is not None and prev.own and a + lo <= prev.start < a + lo + len(sentence):
        return None  # '"...," the left-hander said. "...."': that quotation's attribution, its speaker goes on
    got = _attribute_left(ctx, a + lo, sentence, p.open_at, prev)
    if got is not None and not got[0][0]:
        return None  # a pronoun resolved to no one: the quotation before speaks on
    if got is None or not got[1] or got[1] in ("according to", "as per", "citing"):
        # "Tom Reed rejected that. "The costs are fine."": a person newly the subject of the sentence before
        ms = [m for m in _mentions_in(ctx, a + lo, a + lo + len(sentence)) if not _inside_quote(ctx, m.start)]
        if ms and ms[0].type == "PERSON" and (prev is None or ms[0].entity != prev.speaker) and _is_subject(ctx, ms[0]) \
                and not _verbs(sentence):
            return (ms[0].entity, ctx.text[ms[0].start:ms[0].end], "PERSON"), ""
        return None
    return got


def quotes(doc: DocLike):
    """Direct quotations: ``quote, start, end, sent_id, speaker, speaker_surface, verb, kind``.

    ``start``/``end`` index ``doc.text`` and cover the words inside the marks; ``speaker`` is a
    canonical entity name, a description ("unnamed officials", "a spokesman") or "" when no one is
    named; ``kind`` is "full" (a sentence or more of speech) or "partial" (a fragment in the writer's
    sentence).

    >>> quotes('Officials said the plan was "bold". Mr Lee added: "It will work."')["speaker"].tolist()
    ['officials', 'Lee']
    """
    doc = as_document(doc)
    return doc.cached(("quotes",), lambda: quote_frame(quote_rows(doc))).copy()


def quote_rows(doc: DocLike) -> list[tuple]:
    """:func:`quotes` as plain tuples in ``QUOTE_COLUMNS`` order (what corpus tables gather before making
    one DataFrame).

    >>> quote_rows('"Yes," said Jo Bloggs.')
    [('Yes,', 1, 5, 0, 'Jo Bloggs', 'Jo Bloggs', 'said', 'full')]
    """
    doc = as_document(doc)
    kept = _pieces_of(doc)
    if not kept:
        return []
    sids = _sent_ids(doc, [p.start for p in kept])
    text = doc.text
    return [(text[p.start:p.end], p.start, p.end, sid, p.speaker, p.surface, p.verb, p.kind)
            for p, sid in zip(kept, sids)]


def quote_frame(rows: list[tuple], extra: tuple[str, ...] = ()):
    """A DataFrame of quotation rows (``extra`` columns first), with integer offsets even when empty."""
    import numpy as np
    import pandas as pd

    columns = [*extra, *QUOTE_COLUMNS]
    ints = ("start", "end", "sent_id")
    if rows:
        # column by column with the dtypes from_records would infer (int64 offsets, the str dtype for
        # text): the same frame at well under half the cost of from_records on a few rows
        cols = list(zip(*rows))
        text = _str_dtype()
        data = {}
        for name, values in zip(columns, cols):
            if name in ints and all(type(v) is int for v in values):
                data[name] = np.array(values, dtype="int64")
            elif text is not None and name not in ints and all(type(v) is str for v in values):
                data[name] = pd.array(values, dtype=text)
            else:
                return pd.DataFrame.from_records(rows, columns=columns)
        return pd.DataFrame(data, copy=False)  # (columns= would cost a reindex: the dict is in order)
    return pd.DataFrame({c: pd.Series(dtype="int64" if c in ints else "object") for c in columns}, columns=columns)



@lru_cache(maxsize=1)
def _str_dtype():
    """The dtype ``DataFrame.from_records`` gives a column of str (pandas 3's str dtype; None when it
    keeps object: from_records is then used as is)."""
    import pandas as pd

    dtype = pd.DataFrame.from_records([("a",)], columns=["a"])["a"].dtype
    return None if dtype == object else dtype


# ---------------------------------------------------------------------------------------------------------
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


def _sentence_bounds(doc) -> tuple[list[int], list[int]]:
    """Start and end offsets of every sentence (``tk.sentences``' spans), cached per Document: from the
    span list the entities module caches, else the table ``tk.sentences`` caches, else spans computed
    here and cached under the entities module's key (no DataFrame is built)."""
    def compute():
        cache = doc._cache
        spans = cache.get(("sentence_spans",))
        if spans is None:
            table = cache.get(("sentences",))
            if table is not None:
                return table["start"].tolist(), table["end"].tolist()
            from ..text.segment import sentence_spans

            spans = doc.cached(("sentence_spans",), lambda: sentence_spans(doc.text))
        return [s for s, _, _ in spans], [e for _, e, _ in spans]

    return doc.cached(("quotes.sentence_bounds",), compute)


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
    for m in _indirect_matches(text):
        pos = m.start()
        if any(a <= pos < b for a, b in quoted):
            continue
        if m.group("prep"):
            a, b = m.start("src"), m.end("src")
            verb = m.group("prep").lower()
        else:
            a, b = m.start("subj"), m.end("subj")
            verb = m.group("verb").lower()
            # skip the attributions of quotations themselves (already counted as direct)
            s_a, s_b = sentence_of(pos)
            if any(s_a <= qa < s_b for qa, _ in quoted):
                continue
        if ctx is None:
            ctx = _Ctx(text, *_doc_mentions(doc))
            ctx.quoted = quoted
        got = _resolve_phrase(ctx, a, b, inverted=bool(m.group("prep")), at=a, prev=None)
        if not got:
            continue
        name, _surface, typ = got
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
