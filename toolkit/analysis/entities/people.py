"""Document passes about people: kin ("his wife Cherie"), line-ups and team sheets, possession and
apposition ("Smith's own", "Smith, 35,"), given names used as firms' names, peers named in full, and which of
several full names a lone surname or given name means.

Input: the document's mentions and text. Output: the mentions retyped or renamed in place, or the sets of names
the evidence vouches for, for ``merging``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache

from .wordlists import _LOC_HEADS, _PARTIES, _PEERAGE, _PERSON_CUES, _ROLE_START
from .gazetteers import (
    _first_names, _gendered_first_names, _last_names, _particles, _pet_forms, _short_given_names, _stopwords, _titles,
    _titles_royal, _wordfreq,
)
from .geography import _country_of, _demonym_of, _place
from .companies import _company_names
from .chunking import (
    _is_initial, _line_starts, _literal_hits, _matches_at, _Mention, _not_overlapped, _overlap_test, _search_at_chars, _START, _with_added,
)
from .cues import _DEAL_WITH, _HONORIFIC_BEFORE, _PERSON_AFTER, _role_before, _sport_text, _TITLE_BEFORE, _word_before, _words


def _pick_person(cands: list[str], m: _Mention, text: str, seen: dict[str, list[int]]) -> str | None:
    """Which of several people sharing a surname a surname mention means: by the title's gender
    ("Mrs Howard" is Sandra, not Michael Howard), else the one named most recently before it."""
    t = _TITLE_BEFORE.search(text, max(0, m.start - 6), m.start)
    pool = cands
    if t:
        male, female = _gendered_first_names()
        want = female if t.group(1) in ("Mrs", "Ms", "Miss", "Lady", "Dame") else male
        other = male if want is female else female
        fit = [c for c in cands if c.split()[0] in want]
        if len(fit) == 1:
            return fit[0]
        if not fit and want is female and all(c.split()[0] in other for c in cands):
            return None  # "Mrs Howard" when only Michael Howard is named in full: someone else (his wife); but "Mr
            # Strachan" after "Shirley Strachan" is he: given names the lists hold as women's only are men's too
            # (Shirley, Lindsay, Leslie, Kim), while a wife is named by her husband's surname
        pool = fit or cands
    before = [(max(s for s in seen.get(c, [-1]) if s < m.start) if any(s < m.start for s in seen.get(c, [])) else -1, c)
              for c in pool]
    best = max(before)
    return best[1] if best[0] >= 0 else cands[-1]


# A wife introduced by her given name alone after "his" ("John Howard and his wife Janette", "Mr Reid, his wife Ann and
# their son"); a given name and a surname after it is named in full ("his wife Helen Gorst")
_HIS_WIFE_GIVEN = re.compile(r"\b[Hh]is (?:[a-z][\w-]* ){0,2}wife,? ([A-Z][a-z]+)\b(?! [A-Z])")


def _his_wife_by_title(surname: str, m: _Mention, text: str) -> str | None:
    """The given name of the wife a woman's title and a surname means ("Mrs Howard" after "John Howard and his wife
    Janette": Janette), when that surname's only people are men and the text introduced "his wife <Given>" (a
    woman's given name) right after the surname, no other name between, within 200 characters, before the title: she
    is her own person."""
    female = _gendered_first_names()[1]
    for w in _HIS_WIFE_GIVEN.finditer(text, 0, m.start):
        if w.group(1) not in female:
            continue
        last = text.rfind(surname, max(0, w.start() - 200), w.start())
        if last >= 0 and not text[last + len(surname):last + len(surname) + 1].isalpha() \
                and not any(c.isupper() for c in text[last + len(surname):w.start()]):
            return w.group(1)  # ("his" is the surname's man: no other name between, "Kim Beazley and his wife Susie")
    return None


# Nouns of travel that make "between X and Y" a route ("flights between Leeds and X"); without one the pair may be two
# parties ("a ceasefire between Israel and Hamas", "talks between Sony and X").
_ROUTE_BEFORE = re.compile(r"\b(?:flights?|routes?|services?|trains?|buses|coaches|ferry|ferries|lines?|links?|roads?|"
                           r"rail|railway|motorway|journeys?|trips?|drive|border|crossing|tunnel|bridge|miles|km|"
                           r"kilometres|halfway|distance|stretch|sailings?|trade) (?:\w+ ){0,2}between $")


def _route(by_pos: list[_Mention], k: int, text: str) -> bool:
    """by_pos[k] is one end of a route whose other end is a place: "from X to Edinburgh", "flights between Edinburgh
    and X" (a noun of travel before "between")."""
    m = by_pos[k]
    if k + 1 < len(by_pos) and by_pos[k + 1].type == "GPE" and text[m.end:by_pos[k + 1].start] in (" to ", " and ") \
            and text[max(0, m.start - 8):m.start].endswith((" from ", " between ")):
        if text[m.end:by_pos[k + 1].start] == " and ":
            return text[m.start - 8:m.start] == "between " and bool(_ROUTE_BEFORE.search(text, max(0, m.start - 60), m.start))
        return text[m.start - 5:m.start] == "from "
    if k >= 1 and by_pos[k - 1].type == "GPE" and text[by_pos[k - 1].end:m.start] in (" to ", " and "):
        a = by_pos[k - 1].start
        return text[by_pos[k - 1].end:m.start] == " to " and text[max(0, a - 6):a] == " from " \
            or text[by_pos[k - 1].end:m.start] == " and " and text[max(0, a - 9):a] == " between " \
            and bool(_ROUTE_BEFORE.search(text, max(0, a - 60), a))
    return False


_POSS_NAME_END = re.compile(r"['’]s(?:[.,;:)]| \(| (?:said|says|has|had|is|was|will|would|and|in|on|to|for)\b)")
# An indefinite article before a name's "'s" and a lower-case noun: a possessive of a person or a place takes none ("a
# Blair's aide" is not English), so the "'s" is the firm's own ("a Christie's spokesman", "a Sainsbury's store", "an
# Asda's"); not an eponym's idiom or condition ("a Hobson's choice", "an Alzheimer's patient", "a Rubik's cube")
_ARTICLE_BEFORE = re.compile(r"(?:^|(?<=[\s(“\"‘]))(?:[Aa]|[Aa]n) $")
_NOUN_AFTER_POSS = re.compile(r"['’]s ([a-z]+)\b")
_EPONYM_NOUNS = frozenset("""patient patients sufferer sufferers disease syndrome law cube choice cradle razor paradox
theorem principle constant degree degrees card cards salad""".split())
# A firm's verb after a surname-like name's "'s": no contraction of "is" or "has" ("Blair's had enough", "Brown's in
# charge") nor an elliptical possessive ("the job was Blair's.") reads so ("Sainsbury's reported", "McDonald's will")
_FIRM_VERB_AFTER_POSS = re.compile(r"['’]s (?:says|will|would|reported|announced|posted|opened|plans|employs|owns|"
                                   r"sells|operates|runs|expects|unveiled|launched|agreed|confirmed|denied)\b")


def _firm_article_possessive(text: str, m: _Mention) -> bool:
    """ "a Christie's spokesman": an indefinite article, the name, its "'s" and a lower-case noun (_ARTICLE_BEFORE)."""
    if " " in m.name or not m.name[1:].islower() and not m.name.startswith(("Mc", "Mac")) \
            or _wordfreq()(m.name.lower()) >= 4.0:
        return False  # (nor a common noun's possessive: "a Master's degree", "a Grandma's kitchen")  # one title-case word ("a PC's performance": a common noun's acronym; "a United Nation's": a slip)
    noun = _NOUN_AFTER_POSS.match(text, m.end)
    return noun is not None and noun.group(1) not in _EPONYM_NOUNS \
        and _ARTICLE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None


def _possessive_names(mentions: list[_Mention], text: str) -> None:
    """Organisations whose name ends in "'s" ("Sotheby's", "Standard & Poor's", "Waterstone's"):
    every mention is written with the "'s", and at least one where no noun follows it. A name that is a surname or a
    given name too ("Sainsbury's", "McDonald's", "Christie's") needs a firm's own cue: an indefinite article before it
    ("a Christie's spokesman") or a firm's verb after it ("Sainsbury's reported"); then a one-word "person" is the firm
    too, when no full name of the story ends in it."""
    poss = {m.name for m in mentions if m.type in ("ORG", "PERSON") and text.startswith(("'s", "’s"), m.end)}
    if not poss:
        return
    lasts, firsts = _last_names(), _first_names()  # "Blair's aides", "Gordon's": a person's possessive
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.name in poss and m.name[-1:].isalpha() and (
                m.type == "ORG" or m.type == "PERSON" and " " not in m.name and not m.titled and not m.royal):
            by_name[m.name].append(m)
    for name, ms in by_name.items():
        last = name.rsplit(" ", 1)[-1]
        if not all(text.startswith(("'s", "’s"), m.end) for m in ms):
            continue
        if " & " not in name and (last in lasts or last in firsts) or any(m.type == "PERSON" for m in ms):
            if " " in name or not any(_firm_article_possessive(text, m) or _FIRM_VERB_AFTER_POSS.match(text, m.end) and " " not in name
                                  and not name.isupper() for m in ms):
                continue
        elif not any(_POSS_NAME_END.match(text, m.end) for m in ms) \
                and not any(_firm_article_possessive(text, m) or _FIRM_VERB_AFTER_POSS.match(text, m.end) and " " not in name
                            and not name.isupper() for m in ms):
            continue
        if any(name == m.name[:len(name)] and m.name != name and m.type is not None for m in mentions) \
                or any(m.name.endswith(" " + name) and m.type == "PERSON" for m in mentions):
            continue  # (the scans of every mention last: the tests of the name's own mentions decide most)
        for m in ms:
            m.name = name + text[m.end] + "s"
            m.end += 2
            m.named = True
            m.type, m.link = "ORG", ""


_KIN_BEFORE = re.compile(r"([A-Z][\w'’-]+)['’]s (?:[\w-]+ ){0,2}(?:wife|husband|father|mother|son|daughter|brother|"
                         r"sister|widow|grandson|granddaughter|grandfather|grandmother),? $")


_KIN_FULL_BEFORE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir)|[A-Z][\w'’-]+['’]s) (?:[\w-]+ ){0,2}(?:wife|husband|father|"
                              r"mother|son|daughter|brother|sister|widow|grandson|granddaughter|grandfather|"
                              r"grandmother|uncle|aunt|cousin|nephew|niece),? $|\bmarried to (?:(?:the|an?) (?:[\w-]+ ){0,2})?$")
# ("She is married to the actor Barry Hargreaves": a spouse too)


# A possessive governing what only a person has ("Jesus' life", "Hitler's rise to power" no; "Enron's shares" no), or
# an age in apposition ("Mourinho, 42, said"): document-level evidence that a lone word is a person.
_PERSON_POSSESSION_AFTER = re.compile(r"['’]s? (?:own |early |later |late |private |personal |first |second |former )?"
                                      r"(?:life|wife|husband|widow|widower|mother|father|son|daughter|brother|sister|"
                                      r"girlfriend|boyfriend|fianc[eé]e?|childhood|funeral|grave|birthday|biography|"
                                      r"autobiography|memoirs|mind|parents|marriage|divorce)\b")
_PERSON_AGE_AFTER = re.compile(r", (?:aged )?\d{1,2}, |, (?:the|a) \d{1,2}-year-old\b| (?:himself|herself)\b")
_WORD_AFTER_NAME = re.compile(r" ([a-z]+)")  # ("the 35-year-old Cobh runner": a place before a role noun)
_PERSON_AGE_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?) \d{1,2}-year-old $")
# Nouns for a person that a firm, a club or a band may be too ("its partner Vodafone", "the host Channel 4")
_FIRM_ROLES = frozenset({"partner", "host", "agent", "plays", "played", "playing", "character", "boss", "manager", "star",
                         "legend", "founder", "producer", "designer", "artist", "player", "forward", "keeper", "trainer",
                         "promoter", "analyst", "director", "veteran", "champion", "runner", "chairman", "governor"})
# An apposition that says what a person is: "X, the defending champion,", "X, a former striker."
_PERSON_APPOSITION = re.compile(r", (?:the|a|an) (?:[a-z][\w-]* ){0,2}(?:" + "|".join(sorted(
    _PERSON_CUES - _FIRM_ROLES)) + r")[,.]")


# A one-word name speaking, then the pronoun that takes it up in the same clause: "X said he", "X told reporters she",
# "X insisted on Monday that it" (he/she: a person; it/its: an organisation)
_SPEAKER_PRONOUN_AFTER = re.compile(r" (?:has |had )?(?:said|says|told|tells|added|insisted|insists|admitted|admits|explained|claimed|"
                                    r"claims|revealed|denied|argued|stressed|warned|conceded|confirmed|announced)"
                                    r"(?: [\w'’-]+){0,3}? (?:that )?(he|she|it|its)\b")


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|at|from|with|by|to|in|on|against|under)\s$")

# A one-word name that speaks a quotation in the first person singular: a person, never a firm or a club ("'I was
# tired,' Hewitt said", "said Wenger: 'My players ...'", "Ponting said: 'I ...'"). The quotation closes right before
# the name (and "said"), or opens right after it (and its verb and a colon).
_SPEECH_VERBS = r"(?:said|says|added|admitted|insisted|explained|continued|conceded|told [\w ]{1,24}?)"
_QUOTE_CLOSED_BEFORE = re.compile(r"[,?!.]?([\"”]) (?:" + _SPEECH_VERBS + r" )?$")
_SPEECH_VERB_AFTER = re.compile(r" " + _SPEECH_VERBS + r"\b")
_QUOTE_OPENED_AFTER = re.compile(r"(?: " + _SPEECH_VERBS + r")?: ([\"“])")
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|[Mm]e|[Mm]y|[Mm]yself)\b")


def _quotation_spoken(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of a quotation whose speaker is the name at *start*..*end*: closed right before it (and its verb after
    the name, or "said" between), or opened right after it, its verb and a colon when the name opens its sentence."""
    window = text[max(0, start - 40):start]
    before = _QUOTE_CLOSED_BEFORE.search(text, max(0, start - 40), start) if '"' in window or "”" in window else None
    if before is not None and (before.group(0).rstrip(" ").endswith(before.group(1))
                               and _SPEECH_VERB_AFTER.match(text, end) or not before.group(0).rstrip(" ").endswith(before.group(1))
                               and (end == len(text) or text[end] in ".,;!?\n")):
        # ("said X." or "said X, who": X ends the clause; not "said Barclays chief executive John Varley")
        close = before.start(1)
        opening = text.rfind("“" if before.group(1) == "”" else '"', max(0, close - 600), close)
        return (opening, close) if opening >= 0 else None
    after = _QUOTE_OPENED_AFTER.match(text, end) if text.find(":", end, end + 40) >= 0 else None
    if after is not None and (start == 0 or text[start - 1] == "\n" or text.endswith((". ", "? ", "! "), 0, start)):
        # (the name opens its sentence, so it is who speaks: not "he told Five Live's Sportsweek: 'I ...'")
        close = text.find("”" if after.group(1) == "“" else '"', after.end())
        return (after.end(), min(close, after.end() + 600)) if close > 0 else None
    return None


def _speaks_as_a_person(name: str, text: str, start: int, end: int) -> bool:
    """A one-word name that speaks a quotation (``_quotation_spoken``) in the first person singular ("I", "me", "my"),
    or any quotation when the surname lists know the name and no listed company bears it ('"It was tough," said
    Hewitt', '"We were tired," Ferguson said'): a person named by the surname alone."""
    span = _quotation_spoken(text, start, end)
    if span is None:
        return False
    if _FIRST_PERSON.search(text, *span) is not None:
        return True
    return name in _last_names() and name not in _company_names()[0] and name not in _company_names()[1]


def _person_by_possession(out: list[_Mention], text: str) -> set:
    """One-word organisations the document shows to be people: by a person's noun after their possessive, an age,
    or "he"/"she" taking the name up after it speaks."""
    return {m.name for m in out if m.type in ("ORG", "PERSON", None) and " " not in m.name and not m.name.isupper()
            and (_PERSON_POSSESSION_AFTER.match(text, m.end) or _PERSON_AGE_AFTER.match(text, m.end)
                 or text.startswith(", ", m.end) and _PERSON_APPOSITION.match(text, m.end)
                 or text.endswith("-year-old ", 0, m.start) and _PERSON_AGE_BEFORE.search(text, max(0, m.start - 20), m.start)
                 and not ((w := _WORD_AFTER_NAME.match(text, m.end)) is not None and w.group(1) in _PERSON_CUES)
                 or not m.named and (p := _SPEAKER_PRONOUN_AFTER.match(text, m.end)) is not None
                 and p.group(1) in ("he", "she") and not _PREPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start)
                 or not m.named and m.type != "PERSON" and _speaks_as_a_person(m.name, text, m.start, m.end))}
    # (not a club or a body the text names so, "Chelsea said he"; nor the object of a preposition: "the star of
    # Arsenal said he")


def _firm_by_pronoun(out: list[_Mention], text: str) -> set:
    """One-word names the document shows to be organisations: "it"/"its" taking the name up after it speaks."""
    return {m.name for m in out if m.type == "ORG" and " " not in m.name
            and (p := _SPEAKER_PRONOUN_AFTER.match(text, m.end)) is not None and p.group(1) in ("it", "its")
            and not _PREPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start)}


# What follows a name only a body takes, never a person: "Chelsea, which gave Umbro", "the Chelsea-owned ground", a
# firm's nouns written after its name ("Morgan shares", "the Morgan board", "Morgan staff": a person's take "'s")
_NOT_PERSON_AFTER = re.compile(r"(?:, which |-owned\b|-controlled\b| (?:shares|shareholders|board|staff|employees|"
                               r"workers|spokesman|spokeswoman|spokesperson)\b)")
# Whether a text may hold one of those cues (the pass runs only then)
_FIRM_CUE_TEXT = re.compile(r" with |, which |-owned|-controlled| (?:shares|shareholders|board|staff|employees|workers|"
                            r"spokesman|spokeswoman|spokesperson)\b")


def _given_names_as_firms(out: list[_Mention], text: str, by_first, full_names) -> None:
    """A given name standing alone for nobody of the document ("Chelsea", "Morgan") that a deal is "with", a "which"
    clause or a firm's noun follows ("Morgan shares", "the Morgan board"), in one mention, and that no mention shows a
    person (title, "who", "said"): an organisation in every mention ("sponsorship deals with Chelsea", "Chelsea,
    which gave Umbro the right")."""
    firsts = _first_names()
    alone = {m.name for m in out if m.type == "PERSON" and " " not in m.name and m.name in firsts
             and m.name not in by_first and m.name not in full_names and not m.titled and not m.royal}
    if not alone:
        return
    firm: set = set()
    person: set = set()
    for m in out:
        if m.name not in alone or m.type != "PERSON":
            continue
        if _PERSON_AFTER.match(text, m.end) or _PERSON_POSSESSION_AFTER.match(text, m.end) \
                or _HONORIFIC_BEFORE.search(text, max(0, m.start - 5), m.start) or _role_before(text, m.start):
            person.add(m.name)
        elif _NOT_PERSON_AFTER.match(text, m.end) or text[max(0, m.start - 5):m.start] == "with " \
                and _DEAL_WITH.search(text, max(0, m.start - 20), m.start):
            firm.add(m.name)
    firm -= person
    for m in out:
        if m.name in firm and m.type == "PERSON":
            m.type, m.named, m.link = "ORG", True, ""


def _pet_form_of(pet: str, given: str, pets: dict[str, frozenset]) -> bool:
    """*pet* is a pet form of *given* ("Jim" of James).  The table lists some pairs both ways ("Bill" of William and
    "William" of Bill): then the longer is the given name, and of two as long neither is.

    >>> _pet_form_of("Bill", "William", _pet_forms()), _pet_form_of("William", "Bill", _pet_forms())
    (True, False)
    """
    return given in pets.get(pet, ()) and (pet not in pets.get(given, ()) or len(given) > len(pet))


def _pet_form_full_names(persons: list[_Mention], kin: set) -> None:
    """A person named in full by a pet form of the given name ("Jim Hansen", "Bill Cohen") is the one person of the
    story named by a given name it is a pet form of and the same other words ("James Hansen", "William Cohen"): the
    mention takes that name.  Not when two people of the story could own it, nor for a relative (kin)."""
    pets = _pet_forms()
    by_rest: dict[str, list[str]] = defaultdict(list)  # the words after the given name -> the full names with them
    for name in {m.name for m in persons if not m.royal and " " in m.name}:
        by_rest[name.split(" ", 1)[1]].append(name)
    rename: dict[str, str] = {}
    for rest, names in by_rest.items():
        if len(names) < 2:
            continue
        for name in names:
            given = name.split(" ", 1)[0]
            owners = [n for n in names if n != name and _pet_form_of(given, n.split(" ", 1)[0], pets)]
            if len(owners) == 1 and name not in kin and owners[0] not in kin:
                rename[name] = owners[0]
    for m in persons:
        seen = 0
        while m.name in rename and seen < 3:  # ("Bobby Vance" -> "Bob Vance" -> "Robert Vance")
            m.name, seen = rename[m.name], seen + 1


# Relatives' nouns: a pet form right after one names a relative ("whose son Billy": no pet form of "Bill Peel")
_KIN_NOUNS = frozenset("""wife husband father mother son daughter brother sister widow grandson granddaughter grandfather
grandmother uncle aunt cousin nephew niece dad mum mom""".split())


def _pet_form_owner(name: str, by_first: dict[str, set], text: str = "", start: int = 0) -> str | None:
    """The one person of the story whose given name *name* alone is a pet form of ("Jim" for James Hansen; not "Bill"
    when William Cohen and Robert Pell are both in it), or None; None too right after a relative's noun ("his son
    Jimmy" is not James Hansen)."""
    if text and _word_before(text, start, 16) in _KIN_NOUNS:
        return None
    pets = _pet_forms()
    owners = {full for given in pets.get(name, ()) if _pet_form_of(name, given, pets) for full in by_first.get(given, ())}
    return next(iter(owners)) if len(owners) == 1 else None


def _kin_names(mentions: list[_Mention], text: str, firsts) -> set:
    """A given name named as a relative of a person of the document ("Michael Howard's ex-model wife, Sandra",
    "Mr Conlon's father Giuseppe") takes that person's surname: Sandra Howard, Giuseppe Conlon. A relative named
    in full ("His mother, Judy Murray") who shares the surname of another person named in full is a relative too:
    the surname alone goes on meaning the story's person ("Murray said") unless a title's gender picks her."""
    surnames = {m.name.rsplit(" ", 1)[-1] for m in mentions if m.type == "PERSON" and " " in m.name and not m.royal}
    full = {m.name for m in mentions if m.type == "PERSON" and " " in m.name}
    out = set()
    if len(surnames) < len(full):  # (two people named in full share a surname)
        shared = Counter(n.rsplit(" ", 1)[-1] for n in full if n.count(" ") == 1)
        for m in mentions:
            if m.type == "PERSON" and m.name.count(" ") == 1 and not m.royal and shared[m.name.rsplit(" ", 1)[-1]] > 1 \
                    and _KIN_FULL_BEFORE.search(text, max(0, m.start - 40), m.start):
                out.add(m.name)
    for m in mentions:
        if m.type == "PERSON" and " " not in m.name and m.name in firsts and m.start > 4:
            kin = _KIN_BEFORE.search(text, max(0, m.start - 48), m.start)
            if kin and kin.group(1) in surnames:
                m.name = f"{m.name} {kin.group(1)}"
                if m.name not in full:
                    out.add(m.name)
    return out


def _kin_candidates(cands: list[str], kin: set, m: _Mention, text: str) -> list[str]:
    """The people a surname may mean when some were named only as a relative ("Mr Conlon's father Giuseppe"): a
    relative only when the title's gender picks it out from the others ("Mrs Howard": Sandra, not Michael)."""
    t = _TITLE_BEFORE.search(text, max(0, m.start - 6), m.start)
    others = [c for c in cands if c not in kin]
    if t and others:
        male, female = _gendered_first_names()
        want, other = (female, male) if t.group(1) in ("Mrs", "Ms", "Miss", "Lady", "Dame") else (male, female)
        if all(c.split()[0] in other for c in others):
            return [c for c in cands if c in kin and c.split()[0] in want] or others
    return others or cands


def _listed_people(out: list[_Mention], text: str, firsts) -> set:
    """One-word names in a list (", ", " and ") of three or more, all but one people or given names and none
    anything but a person or an organisation ("Zoe, Chrissie and Sam", "Harry, Ron and Hermione")."""
    by_pos = sorted(out, key=_START)
    found: set = set()
    group: list[_Mention] = []
    for k, m in enumerate(by_pos + [None]):
        if m is not None and group and text[group[-1].end:m.start] in (", ", " and ", ", and "):
            group.append(m)
            continue
        if len(group) >= 3 and all(g.type in ("PERSON", "ORG") and not g.name.isupper() for g in group):
            people = [g for g in group if g.type == "PERSON" and (" " in g.name or g.name in firsts)
                      or " " not in g.name and g.name in firsts]
            if len(people) >= 2 and len(group) - len(people) <= 1:
                found.update(g.name for g in group if " " not in g.name)
        group = [m] if m is not None else []
    return found


# A team's line-up: a paragraph "Everton: Martyn, Hibbert, Weir (Ferguson 75), ...", one-word names and commas.
_LINE_UP = re.compile(r"(?m)^[A-Z][\w .'’-]{1,40}: ((?:[A-Z][\w'’-]+(?: \([^()\n]{1,40}\))?, ){3,}"
                      r"[A-Z][\w'’-]+(?: \([^()\n]{1,40}\))?)\.?$")
_LINE_UP_NAME = re.compile(r"(?<![\w(])[A-Z][\w'’-]+")


def _line_up(mentions: list[_Mention], text: str, by_last) -> list[_Mention]:
    """Every name of a team's line-up is a person's surname when a third of them are surnames of people the document
    names in full ("Newcastle: Given, Carr, Boumsong, ..." with Shay Given, Kieron Dyer ... named before): a
    mention of that person, or a person named by the surname alone ("Yobo", "Butt", "Robert")."""
    spans = []
    for line in _matches_at(_LINE_UP, text, _line_starts(text)):  # (_LINE_UP.finditer: it opens lines)
        names = [(w.start() + line.start(1), w.group()) for w in _LINE_UP_NAME.finditer(line.group(1))]
        known = sum(w in by_last for _, w in names)
        if known >= 2 and 3 * known >= len(names):
            spans.extend(names)
    if not spans:
        return mentions
    taken = {(a, a + len(w)) for a, w in spans}
    starts = {a for a, _ in taken}
    kept = [m for m in mentions if m.start not in starts]
    kept.extend(_Mention(a, b, text[a:b], "PERSON", named=True) for a, b in sorted(taken))
    return sorted(kept, key=_START)


def _peers_named_in_full(out: list[_Mention]) -> None:
    """A peer and a full name with the peer's surname are one person, named as the peer ("Lord Falconer" ...
    "Charles Falconer", "Baroness Thatcher" ... "Margaret Thatcher"), when the given name's gender fits the title."""
    peers: dict[str, set] = defaultdict(set)
    for m in out:
        if m.type == "PERSON" and m.royal and m.royal.split()[0].lower() in _PEERAGE and m.name.count(" ") == 1:
            peers[m.name.split(" ", 1)[1]].add(m.name)
    if not peers:
        return
    male, female = _gendered_first_names()
    for m in out:
        words = m.name.split()
        if m.type == "PERSON" and not m.royal and len(words) == 2 and len(peers.get(words[1], ())) == 1:
            peer = next(iter(peers[words[1]]))
            title = peer.split()[0].lower()
            if words[0] in (female if title in ("lord", "baron") else male):
                continue  # "Lady Thatcher" ... "Denis Thatcher": another person
            m.name = peer


# A team line-up on a line of its own: "Everton: Martyn, Hibbert, Yobo, ..." or "Ireland: G Murphy; G Dempsey, B
# O'Driscoll (capt), ..." (five or more players), and the match official's line ("Referee: Rob Styles (Hampshire).")
_LINEUP = re.compile(r"^[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,3}: ([^\n:]*?[,;][^\n:]*)$|^(?:Referee|Umpire): ([^\n:,;]+)$",
                     re.MULTILINE)
_LINEUP_ITEM = re.compile(r" *((?:[A-Z]\.? )?(?!(?:The|A|An) )(?:Mc|Mac|O['’])?[A-Z][\w'’-]+(?: (?:van |de |da |dos |der )?[A-Z][\w'’-]+)?)"
                          r"(?: \([^()\n]{1,30}\))?\.? *")


def _lineup_people(found: list[_Mention], text: str) -> list[_Mention]:
    """Players named in a team line-up (every item of a list of five or more short capitalised names, commas or
    semicolons between them, after "Team:" on a line of its own) and a referee so named are people; what else was
    found on those spans gives way."""
    if ": " not in text or not _sport_text(text):
        return found  # (line-ups close match reports; a list of nominees or titles is no line-up)
    spans: list[tuple[int, int]] = []
    for m in _LINEUP.finditer(text):
        group = 1 if m.group(1) is not None else 2
        body, base = m.group(group), m.start(group)
        items = re.split(r"[,;]", body)
        if group == 1 and len(items) < 5:
            continue
        got = []
        a = base
        for item in items:
            im = _LINEUP_ITEM.fullmatch(item)
            if im is None:
                break
            got.append((a + im.start(1), a + im.end(1)))
            a += len(item) + 1
        else:
            names = [text[x:y] for x, y in got]
            if any(_country_of(n) or _demonym_of(n) for n in names) or 3 * sum(bool(_place(n)) for n in names) > len(names):
                continue  # a list of countries or towns ("Venues: Leeds, Hull, York, ..."), not of players
            spans.extend(got)
    if not spans:
        return found
    kept = [f for f in found if not any(a < f.end and f.start < b for a, b in spans)]
    for a, b in spans:
        name = text[a:b]
        if len(name) > 2 and name[1] in " ." and name[0].isupper():
            name = name[2:].lstrip(" ")  # an initial before the surname ("G Murphy"): the surname
            a = b - len(name)
        kept.append(_Mention(a, b, name, "PERSON", named=True))
    return kept


# An article before an honorific and a name, then "of" ("the Mr Nasty of books", "a Mrs Mop of politics"): an epithet, a
# role that the name stands for, not a mention of anyone
_EPITHET_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?) (?:Mr|Mrs|Ms|Miss)\.? $")
_EPITHET_AFTER = re.compile(r"(?:['’]s)? of (?:the )?[a-z]")


def _epithets(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops the names of epithets ("the Mr Nasty of books")."""
    return [m for m in found if not (m.type in ("PERSON", None, "ORG") and " " not in m.name
                                     and _EPITHET_BEFORE.search(text, max(0, m.start - 10), m.start)
                                     and _EPITHET_AFTER.match(text, m.end))]


# A person named by a naming verb after a noun for a person or a reflexive pronoun ("a man known as Nick", "a
# boy named Jarrah", "the man who calls himself Abu Mohammad"): the capitalised words after it are that person's name
# (the look-ahead: the first letters of its matches, a quick test before the word boundary: far fewer places tried)
_NAMED_AS = re.compile(r"(?=[bcdfghmnpstwy])\b(?:(?:man|woman|boy|girl|teenager|youth|person|soldier|fighter|militant|gunman|friend|"
                       r"brother|sister|son|daughter|husband|wife|neighbour|witness|pilot|student)(?:,)? "
                       r"(?:known (?:only |simply )?as|named|called)"
                       r"|(?:call|calls|called|calling) (?:himself|herself)) "
                       r"([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){0,2})(?![\w'’-])")


_NAMED_AS_CUES = ("known ", "named ", "called ", "himself ", "herself ")  # (the word after a match's first word)


def _named_as_hits(text: str) -> list[re.Match]:
    """``list(_NAMED_AS.finditer(text))``, the pattern tried only where a match can open: a match opens with a
    lower-case word (a boundary before it) that a naming cue follows after a space, or a comma and a space (_NAMED_AS_CUES:
    "man known as", "boy, named", "calls himself"), so at the start of the run of lower-case letters ending there; each
    cue found by ``str.find``, where the engine tried every position of the text."""
    starts: set[int] = set()
    for cue in _NAMED_AS_CUES:
        q = text.find(cue)
        while q >= 0:
            for end in (q - 1, q - 2):  # (the word before the space; before a comma and the space)
                if end < 1 or text[q - 1] != " " or end == q - 2 and text[end] != ",":
                    continue
                k = end
                while k > 0 and "a" <= text[k - 1] <= "z":
                    k -= 1
                if k < end:
                    starts.add(k)
            q = text.find(cue, q + 1)
    return _matches_at(_NAMED_AS, text, starts)


def _named_as_people(found: list[_Mention], text: str) -> list[_Mention]:
    """Adds the names _NAMED_AS finds as PERSON mentions, in place of what the rules made of the same words (a given
    name alone, which they drop, or a guess at another type); a place or a people named so keeps its type."""
    if "known " not in text and "named " not in text and "called " not in text and "self " not in text:
        return found  # (each match holds one: "known as", "named", "called", "calls himself")
    added = []
    for hit in _named_as_hits(text):
        a, b = hit.span(1)
        name = hit.group(1)
        if _place(name) or _demonym_of(name.split()[0]) or name.split()[0].lower() in ("the", "a", "an", "mr", "mrs", "ms"):
            continue
        inside = [m for m in found if m.start < b and a < m.end]
        if any(m.start < a or m.end > b for m in inside):
            continue  # a longer name runs across it
        if len(inside) == 1 and inside[0].type == "PERSON" and inside[0].start == a and inside[0].end == b:
            inside[0].named = True  # (a given name alone, which would be dropped as naming nobody of the story)
            continue
        added.append((a, b, name, inside))
    if not added:
        return found
    drop = {id(m) for _, _, _, inside in added for m in inside}
    kept = [m for m in found if id(m) not in drop]
    kept += [_Mention(a, b, name, "PERSON", named=True) for a, b, name, _ in added]
    return sorted(kept, key=_START)


# What stands before or after a place's name and never a person's: a place noun and "of" ("the township of Bayt
# Hanum"), "an area called"; a lower-case place noun after it ("the Tora Bora caves", "the Pilkem Ridge battlefield").
# (Not a preposition of place alone: "the team around David Beckham", "a seat near Ann Lee".)
_PLACE_BEFORE = re.compile(r"(?=\b[a-z])(?:\b(?:town|township|village|area|region|district|province|valley|vicinity|mountains) of"
                           r"(?: the)?|\b(?:area|place|region|village|town) (?:called|named|known as)) $")
_PLACE_NOUN_AFTER = re.compile(r" (?:region|area|caves?|mountains?|valley|district|province|battleground|battlefield|"
                               r"township|village|range|foothills|hills|desert|plains?)\b")
_TOWN_BEFORE = re.compile(r"\b(?:town|township|village) of $")


_HONORIFIC_AT = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr)\.? ")
_ROLE_OPENER = re.compile(r"(?:^|[.!?]\s+|\n)([A-Z][a-z]+) $")  # ("Striker Tom Lake": a role noun opening the sentence)


def _people_named_like_places(out: list[_Mention], text: str) -> None:
    """A given name and a surname that is a landform's head word ("Tom Lake", "Kate Valley"), typed a place by that
    word, is a person when a mention says so (a person's verb or "who" after it, an age in commas, "his/her" nouns, a
    role noun before it), the text names the surname after "Mr", "Ms", "Dr" ("Mr Lake", itself typed a place by its
    head word: both are the person) or the surname alone is a person ("Lake, 24, joined")."""
    names: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        words = m.name.split(" ")
        if m.type == "LOC" and len(words) == 2 and words[0] in _first_names() and words[1].lower() in _LOC_HEADS \
                and text[m.start:m.end] == m.name and not _HONORIFIC_AT.match(text, m.start):
            names[m.name].append(m)
    if not names:
        return  # (no such name: the surnames' other mentions need no look)
    surnames = {name.split(" ", 1)[1] for name in names}
    titled = {}
    for m in out:
        if m.type == "LOC" and " " in m.name and (hit := _HONORIFIC_AT.match(text, m.start)) \
                and text[hit.end():m.end] == m.name.split(" ", 1)[1] and " " not in text[hit.end():m.end]:
            titled.setdefault(text[hit.end():m.end], []).append(m)  # "Mr Lake", "Ms Valley"
    alone: dict[str, list[_Mention]] = defaultdict(list)  # the surname alone, as a person ("Lake, 24,", "Lake said")
    for m in out:
        if m.type != "GPE" and m.name in surnames and text[m.start:m.end] == m.name and (
                m.type == "PERSON" or _PERSON_AFTER.match(text, m.end) or _PERSON_AGE_AFTER.match(text, m.end)):
            alone[m.name].append(m)
    for name, ms in names.items():
        surname = name.split(" ", 1)[1]
        if surname not in titled and surname not in alone and not any(
                _PERSON_AFTER.match(text, m.end) or _PERSON_AGE_AFTER.match(text, m.end)
                or _PERSON_POSSESSION_AFTER.match(text, m.end) or _role_before(text, m.start)
                or (_ROLE_OPENER.search(text, max(0, m.start - 16), m.start) or ["", ""])[1].lower() in _ROLE_START
                for m in ms):
            continue
        for m in ms + titled.pop(surname, []) + alone.pop(surname, []):
            m.type, m.name, m.link, m.named = "PERSON", name, "", True


def _places_named_like_people(out: list[_Mention], text: str) -> None:
    """A name of two or more words that the rules typed PERSON only by its first word's being a given name (no title,
    no role, nobody's "said" or "who" after it) is a place when the text writes it where only a place stands (see
    _PLACE_BEFORE, _PLACE_NOUN_AFTER): "the Tora Bora caves", "near Tora Bora", "the township of Bayt Hanum" (a town:
    GPE; the rest LOC)."""
    names: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        if m.type == "PERSON" and " " in m.name and not m.titled and not m.royal:
            names[m.name].append(m)
    for name, ms in names.items():
        place = [m for m in ms if _PLACE_BEFORE.search(text, max(0, m.start - 30), m.start)
                 or _PLACE_NOUN_AFTER.match(text, m.end)]
        if not place or any(text[m.start:m.end] != name or _PERSON_AFTER.match(text, m.end)
                            or _PERSON_POSSESSION_AFTER.match(text, m.end) or _PERSON_AGE_AFTER.match(text, m.end)
                            or _role_before(text, m.start) or _HONORIFIC_BEFORE.search(text, max(0, m.start - 5), m.start)
                            for m in ms) or any(x.type == "PERSON" and x.name == name and " " not in text[x.start:x.end]
                                                for x in out):
            continue  # (a mention as a person, or one of the name's words alone meaning it: "Mr Bora")
        typ = "GPE" if any(_TOWN_BEFORE.search(text, max(0, m.start - 12), m.start) for m in place) else "LOC"
        for m in ms:
            m.type, m.link, m.named = typ, "", True


# A naming verb with an article or an opening quotation mark after it ("a bomb called the Daisy Cutter", "a system
# known as “Wolf Pack”", "a plan dubbed 'Iron Gate'"): the name a thing is given, no person's (a person is "a man
# called John Smith", with neither)
_THING_NAMED_BEFORE = re.compile(r"\b(?:called|named|dubbed|nicknamed|code-?named|known as) (?:the |[“\"‘'])$")


def _things_named_like_people(out: list[_Mention], text: str) -> None:
    """A name of two or more words that the rules typed PERSON only by its look (no title, no role, no "said" after
    it, no possession, no age) and that the text writes only right after _THING_NAMED_BEFORE names a thing: no
    mention (dropped by the later passes, as any untyped name no rule vouches for)."""
    if "called " not in text and "named " not in text and "dubbed " not in text and "known as " not in text:
        return
    names: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        if m.type == "PERSON" and " " in m.name and not m.titled and not m.royal:
            names[m.name].append(m)
    for name, ms in names.items():
        if not all(_THING_NAMED_BEFORE.search(text, max(0, m.start - 16), m.start) for m in ms) \
                or any(text[m.start:m.end] != name or _PERSON_AFTER.match(text, m.end)
                       or _PERSON_POSSESSION_AFTER.match(text, m.end) or _PERSON_AGE_AFTER.match(text, m.end)
                       or _role_before(text, m.start) for m in ms) \
                or any(x.type == "PERSON" and x is not m and x.name != name and x.name in name.split() for x in out
                       for m in ms[:1]):
            continue  # (a mention as a person elsewhere, or one of the name's words alone meaning someone)
        for m in ms:
            m.type, m.link, m.named = None, "", False


# A noun for a person, then a comma: an apposition names that person next ("Mr Ali's spokesman, Amin, told", "his
# lawyer, Kaplan, said")
# (and nouns for a person of a story, true or told, that name no post: "Its heroine, Adaeze, returns", "The victim,
# Kwame, was 19", "The narrator, Tomasz, is ten")
_STORY_PERSON_NOUNS = frozenset("""hero heroine narrator protagonist victim victims suspect survivor widow widower son
daughter mother father brother sister wife girlfriend boyfriend fiancee fiance friend neighbour neighbor teenager
toddler boy girl baby""".split())
_ROLE_COMMA_BEFORE = re.compile(r"\b(" + "|".join(sorted((_PERSON_CUES - _FIRM_ROLES) | _STORY_PERSON_NOUNS, key=len,
                                                         reverse=True)) + r"), $")


def _appositive_people(found: list[_Mention], text: str) -> list[_Mention]:
    """A one-word name between commas right after a noun for a person ("the spokesman, Amin, told", "its heroine,
    Adaeze, returns") is that person (no place, people or acronym)."""
    for m in found:
        if m.type in (None, "ORG", "PERSON") and " " not in m.name and m.name[1:].islower() and not m.titled \
                and text.startswith(",", m.end) and text[m.start - 2:m.start] == ", " \
                and _ROLE_COMMA_BEFORE.search(text, max(0, m.start - 20), m.start) \
                and not _place(m.name) and not _demonym_of(m.name):
            m.type, m.named, m.link = "PERSON", True, ""
    return found

# A person's nickname in quotation marks between the given name and the family name, in either order ("Dwayne 'The
# Rock' Johnson", "Lee “Faker” Sang-hyeok"): the whole is the person's name, and the nickname alone names them too
# (the look-ahead: the first letters of its matches, a quick test before the look-behind: far fewer places tried)
_NICKNAMED = re.compile(r"(?=[A-Z])(?<![\w'’-])([A-Z][\w-]*(?: [A-Z][\w-]*)?) ([“\"‘'])([A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2})([”\"’']) "
                        r"([A-Z][\w-]*(?:['’][A-Z][\w-]*)?)(?![\w-])")
_QUOTE_PAIRS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
# (the part of a _NICKNAMED match from the nickname's opening mark to the family name's capital: a quick test first,
# opening with the marks, which are rare, where the whole pattern is tried at every capital)
_NICKNAME_IN_MARKS = re.compile(r"[“\"‘'][A-Z][\w.-]*(?: [A-Z][\w.-]*){0,2}[”\"’'] [A-Z]")


def _common_word(word: str) -> bool:
    """A stopword or a frequent English word (Zipf >= 4), which a family name after a nickname seldom is."""
    return word.lower() in _stopwords() or _wordfreq()(word.lower()) >= 4.0


def _nicknamed_people(found: list[_Mention], text: str) -> list[_Mention]:
    """Adds each name with a quoted nickname inside it (_NICKNAMED) as one PERSON mention named as written, and every
    other mention of the nickname alone as a mention of that person, in place of what the rules made of those words."""
    if not _search_at_chars(_NICKNAME_IN_MARKS, text, "“\"‘'"):  # (_NICKNAME_IN_MARKS.search: it opens with a mark)
        return found  # (no match of _NICKNAMED can hold no match of it)
    people: list[tuple[int, int, str, str]] = []
    for hit in _NICKNAMED.finditer(text):
        first = hit.group(1).split(" ", 1)[0]
        if _QUOTE_PAIRS[hit.group(2)] != hit.group(4) or first.lower() in _stopwords() or first.lower() in _titles_royal() \
                or _place(hit.group(1)) or _place(hit.group(5)) or _demonym_of(first) \
                or _common_word(hit.group(5)) and hit.group(5) not in _last_names():
            continue  # (not a headline's words: "Smith 'Confident' Deal Will Pass")
        a = hit.start()
        if " " in hit.group(1) and first not in _first_names():
            a += len(first) + 1  # "Wrestler Dwayne 'The Rock' Johnson": a role word before the given name
        people.append((a, hit.end(), text[a:hit.end()], hit.group(3)))
    if not people:
        return found
    spans = [(a, b) for a, b, _, _ in people]
    added = [_Mention(a, b, name, "PERSON", named=True) for a, b, name, _ in people]
    for _, _, name, nick in people:
        for c, d in _literal_hits(text, nick, "'’-", "-"):
            if not any(a <= c < b for a, b in spans):
                added.append(_Mention(c, d, name, "PERSON", named=True))
    kept = _not_overlapped(found, added)
    return sorted(kept + added, key=_START)


# Another name a person goes by, after a cue that says so: a nickname in quotation marks ('nicknamed "the Bulldog"',
# 'known to fans as "The Power"', "dubbed 'Mr Fix-It'") or a full name of two or three words ("was also known as Adrian
# Russell Ajao", "better known as Ann Lee"); a lower-case "the" before a nickname is left out of the span
# (the look-ahead: the first letters of the cues, a quick test at each position before the alternatives)
_ALIAS_CUE = re.compile(r"(?=[abdfkno])\b(?:(?:also|better|formerly|once) known (?:to (?:[a-z]+ ){1,2})?as|known (?:to (?:[a-z]+ ){1,2})?as"
                        r"(?= [“\"‘'])|nicknamed|dubbed) "
                        r"(?:([“\"‘'])(?:the )?([A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){0,2})([”\"’'])"
                        r"|(?<= as )([A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})(?![\w'’-]))")


def _aliases_by_cue(found: list[_Mention], text: str) -> list[_Mention]:
    """A nickname or another full name after a cue (_ALIAS_CUE) is a mention of the person the sentence is about: the
    last person named before the cue in its sentence ("Masood was also known as ..."), else the first person named in
    the sentence before ("Danny Carr kept his title ... The 26-year-old, nicknamed "the Bulldog", ..."); in place of
    what the rules made of those words."""
    if "known " not in text and "nicknamed " not in text and "dubbed " not in text:
        return found
    people = sorted((m for m in found if m.type == "PERSON"), key=_START)
    if not people:
        return found
    starts = [m.start for m in people]
    added: list[tuple[int, int, str]] = []
    for hit in _ALIAS_CUE.finditer(text):
        if hit.group(1) is not None:
            if _QUOTE_PAIRS[hit.group(1)] != hit.group(3):
                continue
            a, b = hit.span(2)
        else:
            a, b = hit.span(4)
            if _place(hit.group(4)) or hit.group(4).split()[0] not in _first_names():
                continue  # (a full name: a given name first)
        cue = hit.start()
        # (each look back bounded, so a text of many cues and no full stop stays linear)
        floor = max(0, cue - 400)
        begin = max(text.rfind(". ", floor, cue), text.rfind("\n", floor, cue), floor - 1) + 1
        window = people[bisect_left(starts, begin):bisect_left(starts, cue)]
        before = [m for m in window if m.end <= cue]
        if before:
            subject = before[-1]
        else:
            floor = max(0, begin - 402)
            mark = max(text.rfind(". ", floor, max(0, begin - 2)), text.rfind("\n", floor, max(0, begin - 2)))
            if mark < 0 and floor > 0:
                continue  # (no sentence of reasonable length before)
            prev = mark + 1
            earlier = [m for m in people[bisect_left(starts, prev):bisect_left(starts, begin)] if m.end <= begin]
            if not earlier:
                continue
            subject = earlier[0]
        added.append((a, b, subject.name))
    if not added:
        return found
    new = [_Mention(a, b, name, "PERSON", named=True) for a, b, name in added]
    return sorted(_not_overlapped(found, new) + new, key=_START)


# An editor's brackets inside a person's name in a quotation: the surname added after the given name ("me and Ato
# (Boldon) in the young crowd"), or a gloss opened before the given name and closed before the surname ("that
# (ousted president Burhanuddin) Rabbani is"): one person, the given name and the surname each a mention of them
# (the look-behinds tested after the name's capital: a pattern that opens with a letter class is scanned for it)
_NAME_THEN_BRACKETED = re.compile(r"([A-Z](?<![\w'’.-].)(?<![A-Z][\w'’-] .)[a-z]+) \(([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\)")
_GLOSS_THEN_NAME = re.compile(r"\((?:[a-z][\w'’-]* ){1,4}([A-Z][a-z]+)\) ([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)(?![\w'’-])")


def _bracket_name_part(word: str, role: bool = False) -> bool:
    """A word that may be a given name or a surname: no place (but a small town's name after a person's role noun,
    *role*: "president Burhanuddin"), no country, people or common word (a known name, or a rare word)."""
    return (_place(word) is None or role and not _country_of(word)) and _demonym_of(word) is None \
        and word.lower() not in _stopwords() and (
            word in _first_names() or word in _last_names() or _wordfreq()(word.lower()) < 3.0)


def _words_before_brackets(text: str) -> set[int]:
    """Where a capitalised word of lower-case letters before " (" starts ("Ato (Boldon)"): where _NAME_THEN_BRACKETED
    can match (tried there alone, not at every capital of the text)."""
    starts = set()
    i = text.find(" (")
    while i >= 0:
        j = i
        while j > 0 and "a" <= text[j - 1] <= "z":
            j -= 1
        if 0 < j < i:
            starts.add(j - 1)
        i = text.find(" (", i + 2)
    return starts


def _bracketed_name_parts(found: list[_Mention], text: str) -> list[_Mention]:
    """Each given name and surname that _NAME_THEN_BRACKETED or _GLOSS_THEN_NAME (whose gloss ends in a person's role
    noun: "president", "wife") finds, both possible name words, becomes a mention of the person "Given Surname", in
    place of what the words alone gave."""
    parts: list[tuple[int, int, int, int, bool]] = []
    for hit in _matches_at(_NAME_THEN_BRACKETED, text, _words_before_brackets(text)):  # (_NAME_THEN_BRACKETED.finditer)
        parts.append((hit.start(1), hit.end(1), hit.start(2), hit.end(2), False))
    for hit in _GLOSS_THEN_NAME.finditer(text):
        gloss = text[hit.start():hit.start(1)].rstrip().rsplit(" ", 1)[-1].lstrip("(")
        if gloss in _PERSON_CUES:
            parts.append((hit.start(1), hit.end(1), hit.start(2), hit.end(2), True))
    added = []
    named_across = _overlap_test([m for m in found if m.type in ("ORG", "PERSON")])
    for a, b, c, d, role in parts:
        given, surname = text[a:b], text[c:d]
        if given != surname and _bracket_name_part(given, role) and _bracket_name_part(surname) \
                and not named_across(a, a):  # (no person's or body's name runs across the given name's start)
            name = f"{given} {surname}"
            added += [_Mention(a, b, name, "PERSON", named=True), _Mention(c, d, name, "PERSON", named=True)]
    return _with_added(found, added)


# Nouns after a family's name for the family's firm or holdings ("the Wallenberg group", "a Wallenberg company")
_FAMILY_FIRM_AFTER = re.compile(r" (?:family|group|groups|holdings?|company|companies|firm|firms|empire|dynasty|clan|"
                                r"bank|fortune|trust|foundation)\b")


def _family_plurals(found: list[_Mention], text: str) -> list[_Mention]:
    """A family named by its surname in the plural after "the" ("the Kennedys", "The Wallenbergs' stake"), or opening
    a sentence after one word that is no given name ("Thre Wallenbergs paid": a mistyped article), where the document
    names someone or something by that one word (Ted Kennedy; the Wallenberg group): a mention of that name, which
    the merge then takes to its entity; a party's people ("the Democrats") are left alone."""
    names: dict[str, str] = {}
    for m in found:
        if m.type == "PERSON" and " " in m.name and not m.royal:
            names.setdefault(m.name.rsplit(" ", 1)[1], "PERSON")
        elif (m.type == "PERSON" or m.type == "ORG" and _FAMILY_FIRM_AFTER.match(text, m.end)) and " " not in m.name \
                and m.name[1:].islower():
            names.setdefault(m.name, m.type)  # (a family's firm: "the Wallenberg group"; not "a former Beatle")
    if not names:
        return found
    firsts = _first_names()
    out = []
    for m in found:
        if m.type in ("PERSON", "ORG", None) and m.name.endswith("s") and m.name.count(" ") <= 1 and not m.titled \
                and text[m.start:m.end] == m.name:
            words = m.name.split(" ")
            single = words[-1][:-1]
            typ = names.get(single)
            if typ is not None and single not in _PARTIES and words[-1][1:-1].islower() and _demonym_of(single) is None:
                start = m.end - len(words[-1])
                if len(words) == 1 and text[max(0, start - 4):start] in ("the ", "The ") \
                        or len(words) == 2 and m.initial and words[0] not in firsts and words[0].lower() not in _stopwords():
                    out.append(_Mention(start, m.end, single, typ, named=True))
                    continue
        out.append(m)
    return out


# A plural noun for kin or a pair, then two given names and one surname ("brothers Ralf and Michael Schumacher", "the
# twins, Frederick and David Barclay", "the couple, Ian and Sarah Blake"): the first given name is that person's too
# (capitalised only opening a sentence: "Lehman Brothers, Goldman and ..." is a firm's name)
_KIN_PAIR = re.compile(r"(?=[bcstBST])(?<![\w-])(?:brothers|sisters|twins|couple|siblings|cousins|Brothers|Sisters|Twins)"
                       r"(?:,|:| [-–—])? "
                       r"([A-Z][a-z]+) and ([A-Z][a-z]+) ((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)(?![\w-])")

# ... or the surname in the plural's stead, the two given names after it ("the Barclay twins - Frederick and David", "the
# Williams sisters, Venus and Serena")
# (the plural nouns both patterns need whole, after no word character or a space, before a comma, a colon or a space: a
# text none of whose words, cues._words, is one of them holds no match: one set test first)
_KIN_PLURALS = frozenset("brothers sisters twins couple siblings cousins Brothers Sisters Twins".split())
_SURNAME_KIN_PAIR = re.compile(r"(?=[A-Z])\b((?:Mc|Mac|O['’])?[A-Z][a-z]+) (?:brothers|sisters|twins|cousins)"
                               r"(?:,|:| [-–—])? "
                               r"([A-Z][a-z]+) and ([A-Z][a-z]+)(?![\w'’-]| [A-Z])")


# ... or two given names and a surname with no noun for them ("Ralf and Michael Schumacher finished", "Kate and Gerry
# Hale, of Leeds, said"): a couple or kin named together, not before a body's name ("Bill and Melinda Gates Foundation")
_GIVEN_PAIR = re.compile(r"(?<![\w'’&-] )(?<![\w'’&-])([A-Z][a-z]+) and ([A-Z][a-z]+) ((?:Mc|Mac|O['’])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)"
                         r"(?![\w&-]| [A-Z&]| and\b)")
_AND_BEFORE_CAPITAL = re.compile(r" and (?=[A-Z])")
_ASCII_LOWER = frozenset("abcdefghijklmnopqrstuvwxyz")


def _given_pair_hits(text: str):
    """_GIVEN_PAIR.finditer(text), tried only where a capitalised word ends before " and " and a capital (a cheap scan
    for the literal " and ": the pattern's lookbehinds otherwise make the engine try it at every position)."""
    after = 0
    for hit in _AND_BEFORE_CAPITAL.finditer(text):
        a = hit.start()
        while a > 0 and text[a - 1] in _ASCII_LOWER:
            a -= 1
        if a == hit.start() or a == 0 or not "A" <= text[a - 1] <= "Z" or a - 1 < after:
            continue
        pair = _GIVEN_PAIR.match(text, a - 1)
        if pair is not None:
            after = pair.end()
            yield pair


def _kin_pairs(found: list[_Mention], text: str) -> list[_Mention]:
    """Two kin or a couple named by two given names that share one surname after a plural noun for them ("sisters
    Venus and Serena Williams", "the twins, Frederick and David Barclay"): the first given name is a mention of its own
    full name ("Venus Williams"), whatever it gave alone (nothing, a word of an organisation's name); the second name
    is already whole. With the surname before the plural noun ("the Barclay twins - Frederick and David"), each given
    name is a mention of its full name."""
    firsts, shorts = _first_names(), _short_given_names()
    added = []
    kin = not _words(text).isdisjoint(_KIN_PLURALS) \
        and any(w in text for w in ("rothers", "isters", "wins", "ouple", "iblings", "ousins"))
    for hit in _SURNAME_KIN_PAIR.finditer(text) if kin else ():
        surname, first, second = hit.group(1), hit.group(2), hit.group(3)
        if first != second and (first in firsts or first in shorts) and (second in firsts or second in shorts) \
                and surname not in _stopwords() and not any(
                _demonym_of(w) is not None or _place(w) for w in (first, second, surname)):
            added.append(_Mention(hit.start(2), hit.end(2), f"{first} {surname}", "PERSON", named=True))
            added.append(_Mention(hit.start(3), hit.end(3), f"{second} {surname}", "PERSON", named=True))
    for hit in _KIN_PAIR.finditer(text) if kin else ():
        first, second, surname = hit.group(1), hit.group(2), hit.group(3)
        at = hit.start()
        if text[at].isupper() and at and text[max(0, at - 2):at] not in (". ", "! ", "? ") and text[at - 1] != "\n":
            continue  # (capitalised only opening a sentence or a paragraph)
        if first != second and (first in firsts or first in shorts) and (second in firsts or second in shorts) \
                and not any(_demonym_of(w) is not None or _place(w) for w in (first, second, surname)):
            added.append(_Mention(hit.start(1), hit.end(1), f"{first} {surname}", "PERSON", named=True))
    if " and " in text:
        added += _given_name_pairs(found, text, firsts, shorts, {m.start for m in added})
    return _with_added(found, added)


def _given_name_pairs(found: list[_Mention], text: str, firsts, shorts, taken: set) -> list[_Mention]:
    """The first of two given names that share the surname after the second, with no plural noun for them before
    ("Ralf and Michael Schumacher", "Maria and Tom Hale run a bakery"): a mention of its full name, when both words are
    given names, no place or people, the first no surname of someone of the story ("Blair and Gordon Brown") and no
    organisation's or place's mention ("Chelsea and Frank Lampard"), nor a surname in the gazetteer."""
    at: dict = {}
    surnames: set = set()
    lasts = _last_names()
    added = []
    for k, hit in enumerate(_given_pair_hits(text)):
        if k == 0:  # (the tables of the document's mentions, built at the first pair only)
            at = {m.start: m for m in found}
            surnames = {m.name.rsplit(" ", 1)[1] for m in found if m.type == "PERSON" and " " in m.name}
        first, second, surname = hit.group(1), hit.group(2), hit.group(3)
        if hit.start(1) in taken or first == second or first in surnames or surname in firsts or first in lasts:
            continue  # (a word that is a surname too may be one here: "Hayden and Mark Waugh shared a stand")
        if not ((first in firsts or first in shorts) and (second in firsts or second in shorts)):
            continue
        if any(_demonym_of(w) is not None or _place(w) for w in (first, second, surname)) or surname.lower() in _stopwords():
            continue
        own = at.get(hit.start(1))
        whole = at.get(hit.start(2))
        if own is not None and (own.type not in ("PERSON", None) or own.end != hit.end(1)) \
                or whole is None or whole.type != "PERSON" or whole.end != hit.end(3):
            continue  # (the second name and the surname must make one person's mention: "Michael Schumacher")
        added.append(_Mention(hit.start(1), hit.end(1), f"{first} {surname}", "PERSON", named=True))
    return added


# What follows a person's given name opening a sentence as its subject ("Jack was into it", "Jack and I", "Jack
# doesn't try"): a finite verb or "and"
_SUBJECT_VERB_AFTER = re.compile(r" (?:and|was|is|has|had|did|does|doesn['’]t|didn['’]t|wasn['’]t|isn['’]t|hasn['’]t|"
                                 r"hadn['’]t|would|wouldn['’]t|could|couldn['’]t|can|can['’]t|will|won['’]t|should|might|"
                                 r"must|said|says|told|tells|thinks|thought|knew|knows|wanted|wants|[a-z]{2,}ed)\b")


def _given_names_opening(found: list[_Mention], text: str) -> list[_Mention]:
    """A given name opening a sentence as its subject ("Jack was basically looking ...") where the story names one
    person only with that given name (Jack Dorsey) and also writes the given name alone mid-sentence for them ("you and
    Jack set out"): a mention of that person, even when the word is a common noun too ("a jack") that the sentence
    start left out; not a given name that two people share, nor one the story never uses alone ("Hope was fading" in
    a story about Hope Hicks)."""
    owners: dict[str, set] = defaultdict(set)
    for m in found:
        if m.type == "PERSON" and " " in m.name and not m.royal:
            owners[m.name.split(" ", 1)[0]].add(m.name)
    firsts = _first_names()
    alone = {m.name for m in found if m.name in owners and not m.initial and m.type in ("PERSON", None)
             and text[m.start:m.end] == m.name}
    cands = [g for g in alone if len(owners[g]) == 1 and g in firsts]
    if not cands:
        return found
    others = {m.name for m in found if m.type in ("ORG", "GPE", "LOC", "NORP")}
    starts = {m.start for m in found}
    added = []
    for g in cands:
        if g in others:
            continue
        for a in _word_before_space(text, g):
            if a in starts or not _is_initial(text, a) or not _SUBJECT_VERB_AFTER.match(text, a + len(g)):
                continue
            added.append(_Mention(a, a + len(g), g, "PERSON", initial=True, named=True))
    added = _not_overlapped(added, found)  # (no word of another mention)
    return sorted(found + added, key=_START) if added else found


def _word_before_space(text: str, word: str) -> list[int]:
    """Where ``re.finditer(rf"(?<![\\w'’-]){re.escape(word)}(?= )", text)`` finds *word* (no letter, digit, "_",
    apostrophe or hyphen before it, a space after it), without a pattern compiled per word."""
    out = []
    n = len(word)
    i = text.find(word + " ")
    while i >= 0:
        if i == 0 or not ((c := text[i - 1]).isalnum() or c in "_'’-"):
            out.append(i)
        i = text.find(word + " ", i + n)
    return out


def _descriptor_before_full_name(found: list[_Mention], text: str) -> list[_Mention]:
    """A capitalised noun before a person's given name and surname that the document also writes without it ("former
    Beatle George Harrison" ... "George Harrison", "fellow Socceroo Harry Kewell" ... "Harry Kewell"): a description of
    the person (a member of a band or a team), no part of the name, when "former", "fellow" or "ex-" comes before it or
    the document writes the noun (or its plural) elsewhere without the name ("another Beatle", "the Beatles"); the
    mention is the name alone. Not a given name, a short form of one, a title or a particle ("Mary Anne Smith", "Sheikh
    Ahmed Yassin")."""
    full = {m.name for m in found if m.type == "PERSON" and m.name.count(" ") == 1}
    if not full:
        return found
    out = []
    for m in found:
        words = m.name.split(" ")
        if m.type == "PERSON" and len(words) == 3 and not m.royal and f"{words[1]} {words[2]}" in full \
                and m.end - m.start == len(m.name) and _plain_descriptor(words[0]) \
                and (_DESCRIPTOR_BEFORE.search(text, max(0, m.start - 8), m.start) is not None
                     or _written_alone(words[0], text, m.start)):
            cut = m.start + len(words[0]) + 1
            out.append(_Mention(cut, m.end, f"{words[1]} {words[2]}", "PERSON", m.link, m.titled, m.royal, False, m.named))
            continue
        out.append(m)
    return out


_DESCRIPTOR_BEFORE = re.compile(r"(?:\b[Ff]ormer |\b[Ff]ellow |\b[Ee]x-)$")


def _written_alone(word: str, text: str, start: int) -> bool:
    """The document writes *word* or its plural elsewhere than at *start*, not before a capitalised word."""
    at = _alone_starts(text, word)
    return len(at) > 1 or bool(at) and at[0] != start


@lru_cache(maxsize=256)  # (asked at each mention that a descriptor may open: one scan of the text per word)
def _alone_starts(text: str, word: str) -> tuple[int, ...]:
    """The first two places where *text* writes *word* or its plural not before a capitalised word."""
    hits = re.finditer(rf"(?<![\w'’-]){re.escape(word)}s?(?![\w'’-])(?! [A-Z])", text)
    return tuple(h.start() for _, h in zip(range(2), hits))


def _plain_descriptor(word: str) -> bool:
    """A capitalised word of letters that is no given name (nor a short form of one), title, particle or surname."""
    low = word.lower()
    return word[:1].isupper() and word[1:].islower() and word.isalpha() and word not in _first_names() \
        and word not in _short_given_names() and low not in _titles() and low not in _titles_royal() \
        and low not in _particles() and word not in _last_names()


# A word written as Arabic is transliterated (as organisations._ARABIC_SHAPED, a long vowel, "kh", "dh"):
# "Qaeda", "Jazeera", "Shabaab", "Khair"; "Pacino", "Gore", "Sharpton", "Franken" have none of them
_ARABIC_LOOK = re.compile(r"q(?!u)|ah?$|aa|kh|dh")
# What joins two people in a list ("Robert De Niro, Al Pacino, and Joe Pesci", "Al Franken and Al Sharpton")
_LIST_JOIN = re.compile(r"(?:,|,? and|,? or) ")
_LIST_JOIN_BEFORE = re.compile(r"(?:,|,? and|,? or) $")


def _al_given_names(found: list[_Mention], text: str) -> None:
    """Types PERSON, every mention of it, a two-word name no rule typed that opens with "Al" (the short form of Albert,
    Alan, Alfred: "Al Pacino", "Al Gore", "Al Sharpton") before a word that does not look Arabic (_ARABIC_LOOK: not "Al
    Qaeda", "Al Jazeera") and names no place nor people, when a person of the story stands beside it in a list (the
    rules already type it from the word alone elsewhere, "Pacino won", or a cue, "Al Sharpton said")."""
    cands = [m for m in found if m.type is None and m.name.startswith("Al ") and m.name.count(" ") == 1
             and text.startswith("Al ", m.start) and text[m.start:m.end] == m.name]
    if not cands:
        return
    zipf = _wordfreq()
    people_ends = {m.end for m in found if m.type == "PERSON"}
    people_starts = {m.start for m in found if m.type == "PERSON"}
    named = set()
    for m in cands:
        word = m.name[3:]
        if not (word[1:].islower() and word.isalpha()) or _ARABIC_LOOK.search(word.lower()) or zipf(word.lower()) >= 3.5 \
                or word in _first_names() or _place(word) is not None or _place(m.name) is not None \
                or _demonym_of(word) is not None:
            continue
        before = _LIST_JOIN_BEFORE.search(text, max(0, m.start - 6), m.start)
        after = _LIST_JOIN.match(text, m.end)
        if before is not None and before.start() in people_ends or after is not None and after.end() in people_starts:
            named.add(m.name)
    for m in found:
        if m.type is None and m.name in named:
            m.type, m.named = "PERSON", True


# A surname that opens with an Arabic article in lower case ("al-Maliki", "el-Sisi", "as-Sadr"): the form wire copy
# names the person by after the full name ("Prime Minister Nuri al-Maliki ... al-Maliki said")
_PARTICLE_SURNAME = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-[A-Z][\w'’]+(?:-[A-Z][\w'’]+)?")


def _particle_surnames_alone(found: list[_Mention], text: str) -> list[_Mention]:
    """The lower-case article surname of a person named in full ("Hassan al-Jabouri") written alone elsewhere
    ("al-Jabouri told reporters"), which no capitalised run holds, or capitalised at a sentence's start where a rule
    took it for a body ("Al-Jabouri said"): a mention of that person, when only one person of the story bears it."""
    owners: dict[str, set] = defaultdict(set)
    for m in found:
        if m.type == "PERSON" and " " in m.name and _PARTICLE_SURNAME.fullmatch(last := m.name.rsplit(" ", 1)[1]):
            owners[last].add(m.name)
    added = []
    for last, names in owners.items():
        if len(names) != 1:
            continue
        opening = last[0].upper() + last[1:]  # ("Al-Maliki said" at a sentence's start)
        for m in found:
            if m.name == opening and m.type in (None, "ORG") and not m.titled and not m.royal:
                m.name, m.type, m.link, m.named = next(iter(names)), "PERSON", "", True
        for a, b in _literal_hits(text, last, "'’&.-", "&-"):
            if text[a - 1:a].isalpha() or any(m.start <= a < m.end for m in found):
                continue
            added.append(_Mention(a, b, next(iter(names)), "PERSON", named=True))
    found = _with_added(found, added)
    return _article_names_alone(found, text) if " al-" in text or " el-" in text else found


# A name that opens with the Arabic article in lower case, written alone (no capitalised word before it: "the town of
# al-Bab", "the daily al-Qabas")
_ARTICLE_NAME = re.compile(r"(?<![\w'’.&-])(?:al|el)-[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?![\w&-])")
# ... after the noun for a town or a land and "of", or a place's preposition: a place; after a noun for a paper or a
# broadcaster: the paper or the channel
_ARTICLE_PLACE_BEFORE = re.compile(r"\b(?:(?:town|city|village|province|district|region|governorate|suburb|camp|port|"
                                   r"neighbourhood|neighborhood)s? of|in|near|outside|around|to|from|into|towards|"
                                   r"besieged|captured|retake|retook|recaptured|seized)$")
_ARTICLE_MEDIA_BEFORE = re.compile(r"\b(?:daily|newspaper|paper|weekly|channel|broadcaster|station|network|"
                                   r"news agency|website|TV)$")


def _article_names_alone(found: list[_Mention], text: str) -> list[_Mention]:
    """Names written with a lower-case Arabic article and standing alone (_ARTICLE_NAME), which no capitalised run
    holds: a place (GPE) when one of their occurrences follows a place's cue ("near the town of al-Bab", "fighting in
    al-Bab"), a paper or a channel (ORG) when one follows a noun for one ("the local daily al-Qabas"); every occurrence
    that no other mention holds is then a mention of it (a person's surname alone is _particle_surnames_alone's)."""
    meets = _overlap_test(found)
    hits = [h for h in _ARTICLE_NAME.finditer(text) if not meets(h.start(), h.end())]
    kinds: dict[str, str] = {}
    for h in hits:
        before = text[max(0, h.start() - 24):h.start() - 1] if text[h.start() - 1:h.start()] == " " else ""
        if before.rsplit(" ", 1)[-1][:1].isupper():
            continue  # (a word of a capitalised run before it: a person's name, "Nuri al-Maliki")
        if _ARTICLE_MEDIA_BEFORE.search(before):
            kinds.setdefault(h.group(), "ORG")
        elif _ARTICLE_PLACE_BEFORE.search(before):
            kinds.setdefault(h.group(), "GPE")
    if not kinds:
        return found
    return _with_added(found, [_Mention(h.start(), h.end(), h.group(), kinds[h.group()], named=True)
                               for h in hits if h.group() in kinds])


# A storm named by the weather services ("Hurricane Katrina", "Cyclone Tracy", "Typhoon Haiyan", "Storm Ciara"): an
# event (not annotated), no person, and so is its name alone after it ("after Katrina")
_NAMED_STORM = re.compile(r"\b(?:(?:Tropical|Winter|Super) )?(?:Hurricane|Typhoon|Cyclone|Storm|Superstorm) ([A-Z][a-z]+)\b"
                          r"(?!['’-]\w)")
_STORM_WORDS = ("Hurricane", "Typhoon", "Cyclone", "Storm")  # (a cheap test first)
# ... and the words _NAMED_STORM needs whole (after a word boundary or a space, before a space): one set test first
_STORM_KEYS = frozenset(("Hurricane", "Typhoon", "Cyclone", "Storm", "Superstorm"))


def _named_storms(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops what the words of a named storm gave (_NAMED_STORM), and every one-word mention of the storm's name that no
    title or cue vouched for as somebody's."""
    spans, names = [], set()
    for hit in _NAMED_STORM.finditer(text):
        if hit.group().startswith("Storm ") and hit.group(1) not in _first_names():
            continue  # ("Storm Keating": a person named Storm; the services name storms with given names, "Storm Ciara")
        spans.append(hit.span())
        names.add(hit.group(1))
    if not spans:
        return found
    meets = _overlap_test([_Mention(a, b, "", None) for a, b in spans])
    return [m for m in found if not (meets(m.start, m.end) and m.type in ("PERSON", "ORG", None)
                                     or m.name in names and m.type in ("PERSON", None) and not m.titled)]



# A Korean or Taiwanese name as news copy romanises it: a one-syllable family name, then a two-syllable given name
# joined by a hyphen, the second syllable in lower case ("Moon Jae-in", "Song Kang-ho", "Park Chan-wook", "Ko Wen-je",
# "Son Heung-min"); syllables of the Revised, McCune-Reischauer and Wade-Giles romanisations (an onset, a vowel, a
# final n, ng, m, k, l or p), so no English compound ("Well-known", "Co-founder", "Ex-wife", "Tie-ins") reads as one
_ONSET = r"(?:[bdghjklmnprstwy]|ch|kk|tt|pp|ss|jj|sh|ts|hs)"
_NUCLEUS = r"(?:ae|ai|ao|ee|ei|eo|eu|ia|ie|io|iu|oe|oi|oo|ou|ua|ue|ui|uo|wa|we|wi|wo|ya|ye|yeo|yo|you|yu|yi|a|e|i|o|u)"
_SYLLABLE = _ONSET + "?" + _NUCLEUS + r"(?:ng|n|m|k|l|p)?"
# family names outside that shape ("Park", "Rhee", "Ahn") and the shape itself, capitalised
_EAST_ASIAN_NAME = re.compile(
    r"(?<![\w'’-])((?:Park|Rhee|Roh|Ahn|Oh|Um|Baek|Kwak|Hwang|Kwon|Chung|Jeong|Cheong|Hsieh|Tsai|Kuo|Hsu|Chiang|"
    r"(?:[BDGHJKLMNPRSTWY]|Ch|Sh|Ts|Hs)" + _NUCLEUS + r"(?:ng|n|m|k|l|p)?)) "
    r"((?:[BDGHJKLMNPRSTWY]|Ch|Kk|Tt|Pp|Ss|Jj|Sh|Ts|Hs)" + _NUCLEUS + r"(?:ng|n|m|k|l|p)?-" + _SYLLABLE + r")(?![\w'’-])")


_EAST_ASIAN_GIVEN = re.compile(r" ([A-Z][a-z]{1,5}-[a-z]{1,6})(?![\w'’-])")
_GIVEN_SECOND_SYLLABLE = re.compile(r"-[a-z]{1,6}(?![\w'’-])")


def _east_asian_given_hits(text: str):
    """_EAST_ASIAN_GIVEN.finditer(text), tried only before a hyphen and a short lower-case syllable that ends the word
    (a scan for the few hyphens, not for every space): the space, the capital and the lower-case letters before it are
    read back from the hyphen."""
    for hyphen in _GIVEN_SECOND_SYLLABLE.finditer(text):
        h = hyphen.start()
        a = h
        while a > 0 and h - a <= 5 and "a" <= text[a - 1] <= "z":
            a -= 1
        if a == h or a < 2 or not "A" <= text[a - 1] <= "Z" or text[a - 2] != " ":
            continue
        hit = _EAST_ASIAN_GIVEN.match(text, a - 2)
        if hit is not None:
            yield hit


def _east_asian_names(found: list[_Mention], text: str) -> list[_Mention]:
    """A Korean or Taiwanese name (_EAST_ASIAN_NAME: "Song Kang-ho", "Park Chan-wook") is a person's, whatever its family
    name means in English ("Song", "Park", "Moon"); in place of what the words gave (a park, an organisation), and of a
    title before it that the run took in ("Actor Song Kang-ho": the title goes); not inside an organisation's name
    that goes on after it."""
    added, dropped = [], set()
    for given in _east_asian_given_hits(text):  # (a cheap scan for the given name; then the family name before it)
        g = given.start(1)
        a = g - 1
        while a > 0 and text[a - 1].isalpha() and g - a < 8:
            a -= 1
        hit = _EAST_ASIAN_NAME.match(text, a) if g - a >= 3 else None
        if hit is None or hit.end() != given.end():
            continue
        a, b = hit.span()
        over = [m for m in found if m.start < b and a < m.end]
        if any(m.type == "PERSON" and m.start <= a and b <= m.end for m in over) \
                or any(m.end > b for m in over):
            continue  # (a person found already; a longer name going on after it)
        titles = _titles_royal()
        if any(m.start < a and not all(w.lower().rstrip(".") in titles for w in text[m.start:a].split()) for m in over):
            continue  # (words before it that are no title: another name's)
        added.append(_Mention(a, b, hit.group(), "PERSON", named=True))
        dropped.update(id(m) for m in over)
    if not added:
        return found
    return sorted([m for m in found if id(m) not in dropped] + added, key=_START)


def _kunya_names(found: list[_Mention]) -> None:
    """Types PERSON an untyped two-word name that opens with the Arabic kunya "Abu" ("father of") before a capitalised
    word, no place's name ("Abu Dhabi", typed GPE already): a person named by the kunya, as news names many ("Abu
    Nidal", "Abu Hamza", "Abu Mohammad"); a group so named is typed before this by the nouns for its fighters after it
    ("Abu Sayyaf rebels")."""
    for m in found:
        if m.type is None and m.name.startswith("Abu ") and m.name.count(" ") == 1 and m.name[4:5].isupper() \
                and m.name[5:].isalpha() and m.name[5:].islower():
            m.type = "PERSON"
