"""Document passes about places: towns named by a cue ("in Cobh"), airports and other facilities, languages
("in French") rather than peoples, "the City" as the City of London, demonyms inside longer names.

Input: the document's mentions and text. Output: mentions added or retyped.
"""
from __future__ import annotations

import re

from .wordlists import _CALENDAR, _EVENT_WORDS, _ORG_HEADS
from .gazetteers import _first_names, _stopwords, _titles_royal, _wordfreq
from .geography import _demonym_of, _place, _small_towns, _state_demonyms, _subdivision_names
from .chunking import _Mention, _START, _Tok
from .cues import _sport_text, _WORD_BEFORE_ANY


# A place's preposition before a name ("in", "from", "near", "the port of"); "at" only outside sport (where it is
# the ground: "at Highbury")
_TOWN_CUE = re.compile(r"(?:\b(?:in|near|outside|at|port of|town of|village of|city of|island of|outskirts of)|"
                       r"(?:\d, |\b(?:comes?|came|is|was|are|were|people|residents?|man|woman|boy|girl|famil(?:y|ies)|"
                       r"miles|moved|born|originally|hails?) )from) $")
# (a person's home: "Murray, 18, from Dunblane", "a man from Oban"; not "the rights from Paramount")
_FACILITY_AFTER = r"(?:['’]s)? (?:[Aa]irports?|[Ss]tation|[Ss]tadium|[Pp]rison|[Rr]acecourse|[Tt]erminals?|[Rr]unways?)\b"


def _towns_by_cue(mentions: list[_Mention], text: str) -> None:
    """One- to three-word names no rule typed (an unexplained word, a run kept aside) that the small-town list holds
    and a place's preposition precedes (or that follow such a town after "and" or a comma) are towns: GPE."""
    cands = [m for m in mentions if (m.type is None or m.type == "ORG" and not m.named and " " not in m.name)
             and not m.titled and not m.royal]
    if not cands:
        return
    towns = _small_towns()
    cands = [m for m in cands if m.name in towns]
    if not cands:
        return
    surnames = {w for m in mentions if m.type == "PERSON" for w in m.name.split()[1:]}
    longer = {m.name.split(" ", 1)[0] for m in mentions if m.type in (None, "ORG") and " " in m.name}
    if "irport" in text:  # airports named by their place ("the airports at Heathrow and Gatwick")
        longer |= _facilities(mentions, text)
    sport = None
    prev_end = -1
    placed = set()
    for m in sorted(cands, key=_START):
        if m.name in surnames or m.name in longer:  # (or the short form of a longer name: "Sundance TV Channel")
            continue
        if m.name not in placed and _named_before_facility(m.name, text):
            continue  # an airport or a ground named by its place ("at Heathrow" ... "Heathrow airport")
        before = text[max(0, m.start - 12):m.start]
        cue = _TOWN_CUE.search(before)
        if cue and cue.group().startswith("at"):
            if sport is None:
                sport = _sport_text(text)
            if sport:
                continue
        if cue or prev_end >= 0 and text[prev_end:m.start] in (" and ", ", ", ", and "):
            placed.add(m.name)
            prev_end = m.end
        else:
            prev_end = -1
    for m in cands:  # every mention of a town so placed
        if m.name in placed:
            m.type, m.link, m.named = "GPE", towns[m.name], True


_FACILITY_AFTER_RE = re.compile(_FACILITY_AFTER)


def _named_before_facility(name: str, text: str) -> bool:
    """``re.search(re.escape(name) + _FACILITY_AFTER, text)``, without compiling a pattern per name."""
    i = text.find(name)
    while i >= 0:
        if _FACILITY_AFTER_RE.match(text, i + len(name)):
            return True
        i = text.find(name, i + 1)
    return False


_AIRPORT_AFTER = re.compile(r"(?:['’]s)? [Aa]irports?\b")
_AIRPORT_BEFORE = re.compile(r"\b[Aa]irports? (?:at|of|in|such as) $")


def _facilities(out: list[_Mention], text: str) -> set:
    """One-word names no gazetteer knows that the document shows to be airports, facilities the guidelines leave
    out: "Stansted Airport", "Heathrow airport", "the airports at Heathrow and Gatwick", and the names listed with
    them ("At Heathrow, Gatwick, Edinburgh and Glasgow airports": Edinburgh and Glasgow stay places)."""
    by_pos = sorted(out, key=_START)
    cands = {m.name for m in by_pos if " " not in m.name and m.type in ("ORG", "PERSON", None) and _place(m.name) is None
             and not m.name.isupper()}
    found = {w for w in cands if (w + " airport" in text or w + " Airport" in text)
             and re.search(rf"\b{re.escape(w)} [Aa]irport", text)}  # (a pattern compiled only when it can match)
    for m in by_pos:
        if m.name in cands and (_AIRPORT_AFTER.match(text, m.end) or _AIRPORT_BEFORE.search(text, max(0, m.start - 24), m.start)):
            found.add(m.name)
    # listed with one of them (", ", " and ")
    for a, b in zip(by_pos, by_pos[1:]):
        if text[a.end:b.start] in (", ", " and "):
            if a.name in found and b.name in cands:
                found.add(b.name)
            elif b.name in found and a.name in cands:
                found.add(a.name)
    return found


# A language named: a demonym after a word that governs a language ("write in English", "my French", "better
# English") and ending its noun phrase, or before "-language".
_LANGUAGE_BEFORE = re.compile(r"\b(?:in|into|speak|speaks|spoke|speaking|learn|learns|learning|learnt|learned|teach|"
                              r"teaches|teaching|taught|my|his|her|their|our|your|better|fluent|good|broken|perfect|"
                              r"poor|conversational|native|from) $", re.IGNORECASE)
_LANGUAGE_AFTER = re.compile(r"(?:['’]s)?(?:[.,;:!?)\"”’]|\s*$| (?:and|or|but|is|are|was|were|as|than|with|too|to|"
                             r"has|had|have|will|would|could|can|at|on|for|so|then|when|while|if|because|since)\b)")
_NORP_IN_NAME_AFTER = re.compile(r" & [A-Z]")
_ROYAL_OF_BEFORE = re.compile(r"\b(?:Queen|King|Prince|Princess|Emperor|Empress) of $")
_LANGUAGE_AND = re.compile(r" (?:and|or) (?:[Hh]is |[Hh]er |[Mm]y |[Tt]heir )?[A-Z][a-z]+")


def _language_named(text: str, start: int, end: int) -> bool:
    """Whether the demonym at text[start:end] names a language: "in English", "my French and his English are not
    very good", "Spanish-language films" (but "in English football", "English clubs": the people's adjective)."""
    if text.startswith("-language", end):
        return True
    if not _LANGUAGE_BEFORE.search(text, max(0, start - 16), start):
        return False
    after = _LANGUAGE_AND.match(text, end)  # "in English and Welsh": the pair ends the noun phrase together
    return bool(_LANGUAGE_AFTER.match(text, after.end() if after else end))


# "City" before the people and words of finance: the City of London, the financial district ("City economists").
_FINANCIAL_CITY = re.compile(r"(?<![\w'’&-])City (?=(?:economists|analysts|forecasts|experts|traders|investors|"
                             r"dealers|firms|institutions|watchers|commentators|observers|brokers|bankers|fund managers|"
                             r"editor|expectations|sentiment|consensus)\b)")


def _financial_city(out: list[_Mention], text: str) -> None:
    """"City" opening a phrase about finance ("Most City economists", "short of City forecasts") is a mention of the
    City of London (a GPE, the guidelines' name), not of a club or a city ("Manchester City fans")."""
    taken = [(m.start, m.end) for m in out]
    for hit in _FINANCIAL_CITY.finditer(text):
        a, b = hit.start(), hit.start() + 4
        before = _WORD_BEFORE_ANY.search(text, max(0, a - 30), a)
        if before and before.group(1)[0].isupper() and before.group(1).lower() not in _stopwords() \
                or a >= 2 and text[a - 2] in "'’":
            continue  # "Manchester City analysts", "Leeds's City ...": a club's or a town's name
        if not any(x < b and a < y for x, y in taken):
            out.append(_Mention(a, b, "City of London", "GPE", "United Kingdom", named=True))
    out.sort(key=_START)


def _demonym_in_longer_name(found: list[_Mention], toks: list[_Tok], person_after: bool = False) -> list[_Mention]:
    """A demonym opening a longer capitalised name whose other words name nothing the rules keep is part of that
    name (a law, a work, an event: "European Convention", "The American Boy", "Australian Open"), not a NORP mention;
    before a title ("Israeli Prime Minister"), an Olympic word ("British Olympic relay") or a date it stays one, and
    before a lower-case noun for a person (*person_after*: "a senior Israeli Defence official", the run a modifier)."""
    if not found or len(toks) < 2 or found[0].type != "NORP" or found[0].end >= toks[-1].end or found[0].start != toks[0].start \
            and toks[0].low != "the" or any(m.type != "ORG" or m.named or " " in m.name for m in found[1:]) or person_after:
        return found  # (the other words gave nothing, or one word no rule vouches for: dropped later)
    titles = _titles_royal()
    rest = [t for t in toks if t.start >= found[0].end]
    if not rest or any(t.low in titles or t.low.rstrip("s") in titles or t.text in _EVENT_WORDS or t.low in _CALENDAR
                       or t.text.rstrip("s").isupper() or t.low in _ORG_HEADS or _demonym_of(t.text) or _place(t.text)
                       for t in rest) or rest[-1].low.endswith("s") and not rest[-1].low.endswith("ss"):
        return found  # (a plural is a common noun named with capitals: "Soviet Republics", "Ugandan NGOs")
    return found[1:]


# "the City" as the financial district of London: named in full, or bare "City" before the nouns finance copy puts
# after it ("City analysts", "City forecasts"); not "Manchester City", "City striker", "City Hall".
_CITY_OF_LONDON = re.compile(r"\bCity of London\b|(?<![A-Z][\w'’-] )(?<![.!?:;\n\"“‘] )(?<!^)(?<=[\w,] )City(?= (?:"
                             r"analysts?|economists?|strategists?|forecasts?|expectations|estimates|consensus|investors?|"
                             r"institutions?|firms?|traders?|dealers?|brokers?|bankers?|fund managers?|financiers?|"
                             r"insiders?|observers?|commentators?|sources?|watchdog|regulators?|opinion|sentiment|jobs|"
                             r"workers|bonuses|figures|grandees|veterans|experts?|predictions?)\b)")


_CAPITALISED_BEFORE = re.compile(r"[A-Z][\w'’-]* $")


def _city_of_london(found: list[_Mention], text: str) -> list[_Mention]:
    """London's financial district, a GPE of its own (canonical "City of London"): its full name, in place of the
    "London" found inside it, and the bare "City" of finance copy (see _CITY_OF_LONDON)."""
    if "City" not in text:
        return found  # (both of _CITY_OF_LONDON's forms hold the word)
    hits = [(h.start(), h.end()) for h in _CITY_OF_LONDON.finditer(text)
            if h.end() - h.start() > 4 or not _CAPITALISED_BEFORE.search(text, max(0, h.start() - 40), h.start())]
    if not hits:  # (not after a capitalised word: "Manchester City analysts" is the club's)
        return found
    kept = [m for m in found if not any(a <= m.start < b for a, b in hits)]
    kept.extend(_Mention(a, b, "City of London", "GPE", "United Kingdom", named=True) for a, b in hits)
    return sorted(kept, key=_START)


# A member's seat after "MP for": capitalised words, and more of them joined by "and" (after commas), one constituency
_SEAT_PART = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
_SEAT = re.compile(rf"\b(?:MPs?|MSPs?|AMs?|MEPs?|MLAs?|TDs?) for ({_SEAT_PART}(?:(?:, {_SEAT_PART})* and {_SEAT_PART})?)")


def _constituencies(found: list[_Mention], text: str) -> list[_Mention]:
    """The seat after "MP for" is one place, a GPE, however many names "and" joins in it ("Labour MP for Hornsey and
    Wood Green", "MSP for Ross, Skye and Inverness West"); a seat the gazetteer knows keeps its own mention."""
    hits = []
    for h in _SEAT.finditer(text):
        a, b = h.span(1)
        seat = h.group(1)
        if " and " in seat and seat.rsplit(" and ", 1)[1].split(" ", 1)[0].lower() in _titles_royal():
            a, b = a, a + len(seat.rsplit(" and ", 1)[0])  # "MP for Sedgefield and Prime Minister": the seat ends before
            seat = text[a:b]
        inside = [m for m in found if m.start < b and a < m.end]
        if len(inside) == 1 and inside[0].start == a and inside[0].end == b and inside[0].type == "GPE":
            continue
        if any(m.start < a or m.end > b for m in inside):
            continue  # a longer name runs across the seat's edge
        hits.append((a, b, inside))
    if not hits:
        return found
    drop = {id(m) for _, _, inside in hits for m in inside}
    kept = [m for m in found if id(m) not in drop]
    kept += [_Mention(a, b, text[a:b], "GPE", "", named=True) for a, b, _ in hits]
    return sorted(kept, key=_START)


# A lower-case noun for a kind of land or water right after a name ("near Tora Bora mountain", "the Amazon river",
# "the mountainous Kunar region"), or "suburb of" before it ("the Perth suburb of Rivervale"): a place with no
# government of its own (LOC), whatever the name's words looked like (two given names, a company's name)
_REGION_NOUN_AFTER = re.compile(r" (?:mountains?|region|river|valley|desert|plateau|basin|gorge|peninsula|"
                                r"glacier|canyon|suburbs?|district)\b(?!['’-])")
_SUBURB_OF_BEFORE = re.compile(r"\bsuburbs? of $")


def _regions_by_cue(mentions: list[_Mention], text: str) -> None:
    """Names no gazetteer places that such a noun follows, or "suburb of" precedes, become LOC, every mention of them
    (and a name joined to a placed one by "and": "at Rivervale and Kewdale"). A name written with a title anywhere
    (a person's), an acronym or a known place keeps its type."""
    if " suburb" not in text and not any(w in text for w in (" mountain", " region", " river", " valley", " desert",
                                                             " plateau", " basin", " gorge", " peninsula",
                                                             " glacier", " canyon", " district")):
        return
    cands = [m for m in mentions if m.type in (None, "PERSON", "ORG") and not m.titled and not m.royal
             and not m.name.isupper() and m.ntok <= 3 and text[m.start:m.end] == m.name]
    if not cands:
        return
    titled = {m.name for m in mentions if m.titled or m.royal}
    placed: set[str] = set()
    prev: _Mention | None = None
    for m in sorted(cands, key=_START):
        if m.name in titled or _place(m.name) is not None:
            prev = None
            continue
        if _REGION_NOUN_AFTER.match(text, m.end) or _SUBURB_OF_BEFORE.search(text, max(0, m.start - 12), m.start) \
                or prev is not None and prev.name in placed and text[prev.end:m.start] in (" and ", ", "):
            placed.add(m.name)
        prev = m
    for m in mentions:
        if m.name in placed and m.type != "GPE":
            m.type, m.link, m.named = "LOC", "", True


# "the Larrakia people", "the Yolngu peoples", "the Hmong tribe": a people named by a word no list holds
_PEOPLE_AFTER = re.compile(r" (?:people|peoples|tribe|tribes|tribesmen|clan|clans)\b(?!['’])")
# An adjective only a people takes, after which the name is that people wherever it stands ("to Pashtun tribal leaders",
# "the dominant Pashtun ethnic group", "Hazara tribesmen")
_PEOPLE_ADJECTIVE_AFTER = re.compile(r" (?:tribal|ethnic|tribe|tribes|tribesmen)\b(?!['’])")


def _peoples_by_cue(mentions: list[_Mention], text: str) -> None:
    """A rare one-word name no rule vouches for (untyped, or an organisation or a person only by its look: no title,
    no list, no given name) between "the" and a noun for a people ("the Larrakia people"), or before an adjective only a
    people takes ("Pashtun tribal leaders", "the Pashtun ethnic group"), is that people, NORP, every mention of it."""
    if " people" not in text and " tribe" not in text and " clan" not in text and " ethnic" not in text:
        return
    named = set()
    for m in mentions:
        if m.type in (None, "ORG", "PERSON") and not m.named and not m.titled and not m.royal and m.ntok == 1 \
                and m.name[1:].islower() and text[m.start:m.end] == m.name \
                and (_PEOPLE_AFTER.match(text, m.end) and text[max(0, m.start - 4):m.start] in ("the ", "The ")
                     or _PEOPLE_ADJECTIVE_AFTER.match(text, m.end)) and _place(m.name) is None \
                and _wordfreq()(m.name.lower()) < 3.0 and m.name not in _first_names():  # (not "the Google people")
            named.add(m.name)
    if named:
        titled = {m.name for m in mentions if m.titled or m.royal or m.named and m.type in ("ORG", "PERSON")}
        for m in mentions:
            if m.name in named and m.name not in titled and m.type != "GPE":
                m.type, m.link, m.named = "NORP", "", True


# Heads of places' names that news writes alone, capitalised, for the place named in full before ("the Cocos
# Islands" ... "the Islands", "the Northern Territory" ... "the Territory", "the Gaza Strip" ... "the Strip")
_PLACE_SHORT_HEADS = frozenset("Islands Isles Territory Strip Peninsula".split())


def _place_heads_alone(found: list[_Mention], text: str) -> list[_Mention]:
    """"the <Head>" after a place of the document named "<...> <Head>" (and no other place with that head) is a mention
    of that place, in place of what the head alone gave ("Islands" as a LOC of its own); so is "the <Name>" after "the
    <Name> River"."""
    heads: dict[str, set] = {}
    for m in found:
        if m.type in ("GPE", "LOC") and " " in m.name and m.name.rsplit(" ", 1)[1] in _PLACE_SHORT_HEADS:
            heads.setdefault(m.name.rsplit(" ", 1)[1], set()).add((m.name, m.type, m.link))
    heads = {h: next(iter(s)) for h, s in heads.items() if len(s) == 1}
    # a river named without its head word ("the Franklin River" ... "the Franklin", as "the Thames")
    rivers = {m.name.rsplit(" ", 1)[0]: (m.name, m.type, m.link) for m in found
              if m.type == "LOC" and m.name.endswith(" River") and m.name.count(" ") <= 2}
    heads.update({r: v for r, v in rivers.items() if r not in heads})
    if not heads:
        return found
    added = []
    for h, (name, typ, link) in heads.items():
        for hit in re.finditer(rf"\b[Tt]he ({re.escape(h)})\b(?![\w'’-]| [A-Z])", text):
            a, b = hit.span(1)
            inside = [m for m in found if m.start < b and a < m.end]
            if all(m.start == a and m.end == b for m in inside):
                added.append((_Mention(a, b, name, typ, link, named=True), inside))
    if not added:
        return found
    drop = {id(m) for _, inside in added for m in inside}
    return sorted([m for m in found if id(m) not in drop] + [m for m, _ in added], key=_START)


def _states_named_like_people(mentions: list[_Mention], text: str) -> None:
    """A one-word "person" that is a state's or a province's name ("Victoria", "Georgia"), never written with a title,
    a surname or a given name beside it in the document, and that a place's preposition precedes at least once ("in
    Victoria") or whose people the document names ("Victorian"), is the state: GPE, every mention."""
    cands = [m for m in mentions if m.type == "PERSON" and m.ntok == 1 and not m.titled and not m.royal and not m.named
             and m.name in _subdivision_names() and text[m.start:m.end] == m.name]
    if not cands:
        return
    fuller = {w for m in mentions if m.type == "PERSON" and " " in m.name for w in m.name.split()}
    titled = {m.name for m in mentions if m.titled or m.royal}
    # (or the text names the state's people: "the Victorian State Government" ... "Victoria's third biggest")
    peoples_of = {state for form, (state, _) in _state_demonyms().items() if form in text}
    states = {m.name for m in cands if m.name not in fuller and m.name not in titled
              and (_TOWN_CUE.search(text[max(0, m.start - 12):m.start]) or m.name in peoples_of)}
    for m in mentions:
        if m.name in states and m.type == "PERSON" and m.ntok == 1:
            place = _place(m.name)
            m.type, m.link, m.named = "GPE", place[2] if place else "", True
