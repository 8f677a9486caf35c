"""Document passes about places: towns named by a cue ("in Cobh"), airports and other facilities, languages
("in French") rather than peoples, "the City" as the City of London, demonyms inside longer names.

Input: the document's mentions and text. Output: mentions added or retyped.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .wordlists import _CALENDAR, _EVENT_WORDS, _ORG_HEADS, _SKIP_HEADS, _US_STATE_ABBREVIATIONS, \
    _CANADIAN_PROVINCE_ABBREVIATIONS
from .gazetteers import _first_names, _stopwords, _titles_royal, _wordfreq
from .geography import (
    _as_written, _capitals, _country_of, _demonym_of, _place, _small_towns, _state_codes, _state_demonyms, _subdivision_countries,
    _given_name_cities, _language_names, _official_heads, _subdivision_names, _town_in, _town_regions, _us_counties, _us_postal_codes, _villages,
)
from .chunking import (_is_initial, _line_starts, _matches_at, _matches_at_words, _Mention, _outside, _overlap_test,
                       _starts_before, _START, _Tok, _with_added)
from .cues import _sport_text, _WORD_BEFORE_ANY, _words
from .organisations import _EDUCATED_BEFORE


# A place's preposition before a name ("in", "from", "near", "the port of"); "at" only outside sport (where it is
# the ground: "at Highbury")
_TOWN_CUE = re.compile(r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|[Aa]round|port of|town of|village of|city of|"
                       r"island of|outskirts of)|"
                       r"(?:, |\b(?:comes?|came|is|was|are|were|people|residents?|man|woman|boy|girl|famil(?:y|ies)|"
                       r"year-olds?|miles|moved|born|originally|hails?) )from|"
                       r"\b[Bb]etween|\d, of|"
                       r"\b(?:travel(?:s|led|ling)?|flew|fly|moved?|relocated|returned|headed|drove|sailed|evacuated|"
                       r"transferred|taken|sent|rushed|airlifted) to|"
                       r"\b(?:left|leaving|reached|reaching|visited|visiting|toured|touring)) $")
# (a person's home: "Murray, 18, from Dunblane", "Tom Reed, 31, of Ravenshoe", "a man from Oban", "the 32-year-old from
# Nambour"; not "the rights from Paramount"; one end of a
# stretch, "closed between Wilton and Bulli"; a journey's end or start, "relocated to Port Augusta", "canoes left
# Yarrawonga", "the Premier visited Moree")
_ROAD_TAILS = frozenset("Road Street Highway Lane Avenue Way Drive".split())
_ROUTE_END_AFTER = re.compile(r" to [A-Z]")  # ("closed from Appin to Bulli": one end of a route)
_LIST_GAPS = (" and ", ", ", ", and ")
_FACILITY_AFTER = r"(?:['’]s)? (?:[Aa]irports?|[Ss]tation|[Ss]tadium|[Pp]rison|[Rr]acecourse|[Tt]erminals?|[Rr]unways?)\b"


# A disaster, an attack or a trial named by where it happened, right after a town, one word of its kind between ("a
# year after the Newtown school shooting", "the Thredbo landslide", "the Port Arthur massacre", "the Interlaken canyoning
# accident", "the Lockerbie bombing trial"), or a person's role noun for one who comes from it ("the 35-year-old Cobh
# runner", "a Soham schoolgirl"): the town
_TOWN_EVENT_AFTER = re.compile(r" (?:[a-z]+ )?(?:shootings?|massacres?|bombings?|siege|landslide|earthquake|floods?|"
                               r"bushfires?|tragedy|disaster|riots|accident|crash|inquest|trial)\b(?!['’-])"
                               r"| (?:runner|athlete|boxer|jockey|golfer|cyclist|swimmer|fisherman|trawlerman|farmer|"
                               r"schoolboy|schoolgirl|teenager|pensioner|publican)s?\b(?!['’-])")


def _towns_by_cue(mentions: list[_Mention], text: str) -> None:
    """One- to three-word names no rule typed (an unexplained word, a run kept aside) that the small-town list holds
    and a place's preposition precedes (or that follow such a town after "and" or a comma) are towns: GPE."""
    firsts = _first_names()
    towns = _small_towns()
    # (a two-word "person" whose first word is a given name only when the whole is a town's name: "in Glen Innes")
    cands = [m for m in mentions if (m.type is None or m.type == "ORG" and not m.named and " " not in m.name
                                     or m.type == "PERSON" and m.ntok == 2 and (m.name.split(" ", 1)[0] not in firsts
                                                                                or m.name in towns))
             and not m.titled and not m.royal]
    if not cands:
        return
    villages = _villages()
    if villages.keys().isdisjoint(m.name for m in cands):
        villages = {}
    else:  # (a village only in a text that names a place of its country: "At Boonah" in a story about Queensland)
        countries = {m.link or m.name for m in mentions if m.type == "GPE"}
        villages = {m.name: villages[m.name] for m in cands if villages.get(m.name) in countries}
    cands = [m for m in cands if (m.name in towns or m.ntok == 1 and m.name in villages) and text[m.start:m.end] == m.name]
    if not cands:
        return
    titled = {m.name for m in mentions if m.titled or m.royal}
    # a known place a town is listed after, in a list a place's preposition opens ("around Tamworth, Gunnedah and
    # Quirindi", "in Campbeltown, Hornsby, Warringah"; not "what Lafayette, Pulaski and Von Steuben were")
    place_ends = _cued_list_place_ends(mentions, text, titled)
    surnames = {w for m in mentions if m.type == "PERSON" for w in m.name.split()[1:]}
    longer = {m.name.split(" ", 1)[0] for m in mentions if m.type in (None, "ORG") and " " in m.name
              and m.name.rsplit(" ", 1)[1] not in _ROAD_TAILS}  # (a road named after a town: "Appin Road")
    if "irport" in text:  # airports named by their place ("the airports at Heathrow and Gatwick")
        longer |= _facilities(mentions, text)
    sport = None
    prev_end = -1
    placed = set()
    facility: dict[str, bool] = {}  # (once per name: a scan of the text per mention is quadratic on a repeated name)
    for m in sorted(cands, key=_START):
        if m.name in surnames or m.name in longer or m.name in titled:
            continue  # (or the short form of a longer name: "Sundance TV Channel")
        if m.name not in facility:
            facility[m.name] = _named_before_facility(m.name, text)
        if m.name not in placed and facility[m.name]:
            continue  # an airport or a ground named by its place ("at Heathrow" ... "Heathrow airport")
        before = text[max(0, m.start - 16):m.start]
        cue = _TOWN_CUE.search(before) or before.endswith("from ") and _ROUTE_END_AFTER.match(text, m.end) \
            or _TOWN_EVENT_AFTER.match(text, m.end)
        if cue and before.endswith(("at ", "At ")):
            if sport is None:
                sport = _sport_text(text)
            if sport:
                continue
        if cue or prev_end >= 0 and text[prev_end:m.start] in _LIST_GAPS \
                or any(m.start - len(gap) in place_ends and text.startswith(gap, m.start - len(gap)) for gap in _LIST_GAPS):
            placed.add(m.name)
            prev_end = m.end
        else:
            prev_end = -1
    for m in cands:  # every mention of a town so placed
        if m.name in placed:
            m.type, m.link, m.named = "GPE", towns.get(m.name) or villages[m.name], True


def _cued_list_place_ends(mentions: list[_Mention], text: str, titled: set) -> set:
    """The ends of the GPE mentions that stand in a list (", ", " and ") of places: one whose first item a place's
    preposition precedes (_TOWN_CUE, or "between"), or that holds two known places or more."""
    by_pos = sorted(mentions, key=_START)
    out: set = set()
    lists: list[list[_Mention]] = []
    for k, m in enumerate(by_pos):
        if k and text[by_pos[k - 1].end:m.start] in _LIST_GAPS:
            lists[-1].append(m)
        else:
            lists.append([m])
    for items in lists:
        places = [m for m in items if m.type == "GPE" and m.name not in titled]
        if not places:
            continue
        before = text[max(0, items[0].start - 16):items[0].start]
        if len(places) >= 2 or _TOWN_CUE.search(before) or before.endswith(("between ", "Between ")):
            out.update(m.end for m in places)
    return out


# A noun for a settlement or a province with "of" before a name ("the West Bank city of Tulkarem", "the Jewish
# settlement of Qadim", "the north-eastern township of Bayt Hanun", "the state of Victoria"), or a lower-case
# "village" or "province" right after it ("Dora village", "the Zabul province"): a place with a government, whatever
# the name looked like alone (a company's one word, two words read as a person's name)
_SETTLEMENT_OF_BEFORE = re.compile(r"\b[Tt]he (?:[\w'’-]+ ){0,3}(?:city|cities|towns?|townships?|villages?|settlements?|hamlets?|"
                                   r"provinces?|state|port) of $")
_OF_ENDS = ("of ", "of \n")  # (how every _SETTLEMENT_OF_BEFORE match ends, "$" matching before a final line break too:
# a quick test before the search)
_SETTLEMENT_AFTER = re.compile(r" (?:village|township|province)\b(?!['’-])")


# A race named by its two ends ("the 57th Sydney to Hobart", "this year's Sydney to Hobart yacht race", "a yacht in
# the Sydney to Hobart has been towed"): an event, whose names are no mentions (the guidelines: names inside events);
# an edition's ordinal or "this year's" says event, and so does "the A to B" that no noun follows. "The Melbourne to
# Hobart yacht race" (no edition) and "the Sydney to Melbourne flight" keep their places, names before a common noun.
_NAMED_PLACE = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}"
# (the look-ahead: the first letters of its matches, a quick test before the word boundary: far fewer places tried)
_ROUTE_EVENT = re.compile(rf"(?=[TtLlNn])\b(?:(?:[Tt]he \d+(?:st|nd|rd|th)|(?:[Tt]his|[Ll]ast|[Nn]ext) year['’]s) ({_NAMED_PLACE}) to ({_NAMED_PLACE})\b"
                          rf"|[Tt]he ({_NAMED_PLACE}) to ({_NAMED_PLACE})(?=[.,;:!?]| (?:has|had|is|was|will|would|"
                          rf"starts?|started|began|begins|ended|ends|in|on|at|with|for|from|this|last|next|yesterday|"
                          rf"today|tomorrow)\b))")
# (how every match of _ROUTE_EVENT opens: it is tried only where one is written, not at every "t", "l" or "n")
_ROUTE_EVENT_OPENERS = ("The ", "the ", "This ", "this ", "Last ", "last ", "Next ", "next ")


def _route_events(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops the two names of a race named by its ends (_ROUTE_EVENT) when one at least is a place the rules found."""
    if _ROUTE_END_AFTER.search(text) is None:
        return found  # (every match holds " to " and a capital: most texts have none, and this search is quick)
    drop = set()
    for hit in _matches_at_words(_ROUTE_EVENT, text, _ROUTE_EVENT_OPENERS):
        spans = [hit.span(g) for g in (1, 2, 3, 4) if hit.group(g)]
        inside = [[m for m in found if m.start == a and m.end == b] for a, b in spans]
        if not all(inside) or not any(m.type == "GPE" for ms in inside for m in ms):  # (a town typed later, "Perth", too)
            continue
        if hit.group(3) and (text[max(0, hit.start() - 5):hit.start()] in ("from ", "From ")
                             or any(m.type == "LOC" or _country_of(m.name) for ms in inside for m in ms)):
            continue  # "from the Middle East to Haiti": a range of places, no race (the bare form only between towns)
        drop.update(id(m) for ms in inside for m in ms)
    return [m for m in found if id(m) not in drop] if drop else found


# A post for a place before a person's name ("UN special envoy for Afghanistan Lakhdar Brahimi", "ambassador to
# Pakistan Abdul Salam Zaeef", "minister for Europe Denis MacShane"): the place ends the post, the person follows
# (the post in capitals too, as a title before the name: "Russian Ambassador to the Republic of Cyprus Ivan Petrov",
# "Consul General in Hamburg Anna Berg"; the country by its official name's head too)
_POST_FOR_PLACE_BEFORE = re.compile(r"\b(?i:envoy|envoys|ambassador|ambassadors|emissary|representative|consul|"
                                    r"consul[- ]general|commissioner|minister|secretary|coordinator|co-ordinator|"
                                    r"correspondent|delegate|negotiator|adviser|advisor|administrator|governor|viceroy) "
                                    r"(?:to|for|in|on) (?:the (?:Republic|Kingdom|Federation|State|Principality|"
                                    r"Sultanate|Emirate|Grand Duchy|Commonwealth) of )?$"
                                    # (a head of state or of government "of" a country: "the president of Russia
                                    # Vladimir Putin", "the prime minister of Italy Paolo Gentiloni"; there only a
                                    # GPE, then a given name: not "president of Pacific Steel Workers of Oregon")
                                    r"|\b(?P<of>president|prime minister|premier|chancellor|king|queen|emir|"
                                    r"foreign minister|minister|governor|mayor|leader) \(?of (?:the )?$")


def _place_before_person(found: list[_Mention], text: str) -> list[_Mention]:
    """A run no rule typed, or typed a person with no title, that opens with a place (a gazetteer's GPE or LOC) after
    a post's "envoy for", "ambassador to", and goes on with two or more capitalised words: the place, then the person."""
    out = []
    for m in found:
        if m.type in (None, "PERSON") and not m.titled and not m.royal and m.ntok >= 3 \
                and text[m.start:m.end] == m.name \
                and (post := _POST_FOR_PLACE_BEFORE.search(text, max(0, m.start - 60), m.start)):
            words = m.name.split()
            for j in (2, 1):
                if len(words) - j < 2:
                    continue
                place = _place(" ".join(words[:j]))
                if place and (place[0] == "GPE" and words[j] in _first_names() if post.group("of")
                              else place[0] in ("GPE", "LOC")):
                    cut = m.start + len(" ".join(words[:j]))
                    out.append(_Mention(m.start, cut, place[1], place[0], place[2], named=True))
                    out.append(_Mention(cut + 1, m.end, " ".join(words[j:]), "PERSON", named=True))
                    break
            else:
                out.append(m)
            continue
        out.append(m)
    return out


# (what r"(?<![\w'’.&-])[A-Z]{3,4}(?![\w&-])" finds, the look-behind tested after the first capital: a pattern that
# opens with a letter class is scanned for it, one that opens with a look-behind tried at every position)
_CAPS_CODE = re.compile(r"[A-Z](?<![\w'’.&-][A-Z])[A-Z]{2,3}(?![\w&-])")


@lru_cache(maxsize=1)
def _code_countries() -> frozenset:
    """The countries of the state codes (_state_codes): Australia, Mexico ..."""
    return frozenset(country for _, country in _state_codes().values())


def _state_code_mentions(found: list[_Mention], text: str) -> list[_Mention]:
    """A state's or a territory's ISO 3166-2 code in capitals ("NSW", "the ACT") in a text that names a place of the
    same country is a mention of that state (a code that is also a word only after "the": "the ACT and Tasmania");
    named by the code, or by the state's full name when the text writes that too."""
    codes = _state_codes()
    countries = {m.link or m.name for m in found if m.type == "GPE"}
    if countries.isdisjoint(_code_countries()):
        return found  # (no place of a country with such codes: no code is read, whatever the text holds; the scan is
        # the costly part)
    hits = [h for h in _CAPS_CODE.finditer(text) if h.group() in codes]
    if not hits:
        return found
    names = {m.name for m in found if m.type == "GPE"}
    added = []
    replaced = set()
    for h in hits:
        a, b = h.span()
        name, country = codes[h.group()]
        inside = [m for m in found if m.start < b and a < m.end]
        if country not in countries or any(not (m.start == a and m.end == b and m.type in (None, "ORG")) for m in inside):
            continue  # (an acronym the rules read as an organisation's gives way: "NSW" is the state)
        if _wordfreq()(h.group().lower()) >= 3.9 and text[max(0, a - 4):a] not in ("the ", "The "):
            continue  # ("ACT" alone may be a test's or a party's name)
        added.append(_Mention(a, b, name if name in names else h.group(), "GPE", country, named=True))
        replaced.update(id(m) for m in inside)
    return sorted([m for m in found if id(m) not in replaced] + added, key=_START) if added else found


def _places_by_kind_noun(mentions: list[_Mention], text: str) -> None:
    """Names no rule placed (untyped, an organisation only by its look, a person with no title) that such a noun
    names as a settlement or a province are GPE, every mention of them; so is a name joined to one so placed by
    "and" ("the village of At Tira and Beitunya"). A name written with a title, or the start or end of a longer
    person's name, keeps its type."""
    if " of " not in text and not any(w in text for w in (" village", " township", " province")):
        return
    firsts = _first_names()
    cands = [m for m in mentions if (m.type is None or m.type == "ORG" and not m.named
                                     or m.type == "PERSON" and (m.ntok == 1 or m.name.split(" ", 1)[0] not in firsts))
             and not m.titled and not m.royal and not m.name.isupper() and m.ntok <= 3
             and text[m.start:m.end] == m.name and _place(m.name) is None]
    if not cands:
        return
    titled = {m.name for m in mentions if m.titled or m.royal}
    people = {w for m in mentions if m.type == "PERSON" and " " in m.name for w in (m.name.split()[0], m.name.split()[-1])}
    placed: set[str] = set()
    prev: _Mention | None = None
    prev_placed = False
    # (a known town can open the list too: "the West Bank towns of Salfit and Tulkarem")
    cued_places = [m for m in mentions if m.type == "GPE" and text.endswith(_OF_ENDS, 0, m.start)
                   and _SETTLEMENT_OF_BEFORE.search(text, max(0, m.start - 60), m.start)]
    for m in sorted(cands + cued_places, key=_START):
        if m.type == "GPE":
            prev, prev_placed = m, True
            continue
        if m.name in titled or m.name in people:
            prev, prev_placed = None, False
            continue
        if text.endswith(_OF_ENDS, 0, m.start) and _SETTLEMENT_OF_BEFORE.search(text, max(0, m.start - 60), m.start) \
                or _SETTLEMENT_AFTER.match(text, m.end) \
                or prev is not None and prev_placed and text[prev.end:m.start] in (" and ", ", ", ", and "):
            placed.add(m.name)
        prev, prev_placed = m, m.name in placed
    for m in mentions:
        if m.name in placed and m.type in (None, "ORG", "PERSON") and not m.titled and not m.royal:
            m.type, m.link, m.named = "GPE", "", True


# A bearing from a known place after a name ("Spencer north of Sydney", "Ballidu just west of Burakin", "Tarin, 240
# kilometres north-east of Perth"): the name is a place too
_BEARING_FROM_TOWN = re.compile(r", (?:about |some |just |roughly |around |[\d,.]+ ?(?:km|kilometres|kilometers|miles) )*"
                                r"(?:north|south|east|west)(?:-?(?:east|west))? of the (?:city|town|capital)\b")
_PLACE_PREP_BEFORE = re.compile(r"\b(?:at|in|near|from) $")
_BEARING_AFTER = re.compile(r",? (?:about |some |just |roughly |around |[\d,.]+ ?(?:km|kilometres|kilometers|miles) )*"
                            r"(?:north|south|east|west)(?:-?(?:east|west))? of (?=[A-Z])")


def _towns_before_their_state(mentions: list[_Mention], text: str) -> None:
    """A name no rule placed (untyped, a one-word organisation only by its look, a one-word person with no title who
    is nobody's given name or surname in the text) written before a comma and the state, county or province it lies
    in ("grew up in Beverley, East Yorkshire, and", "Gunnedah, New South Wales."), after a place's preposition: a town,
    GPE, every mention."""
    if ", " not in text:
        return
    states = _subdivision_names()  # (a state, a province or a county: not a town listed next, "At X, Leeds and ...")
    by_start = {m.start: m for m in mentions if m.type == "GPE" and not _country_of(m.name) and m.link
                and (m.name in states or m.name.endswith("shire"))}
    if not by_start:
        return
    titled = {m.name for m in mentions if m.titled or m.royal}
    people = {w for m in mentions if m.type == "PERSON" and " " in m.name for w in m.name.split()}
    placed = set()
    for m in mentions:
        if (m.type is None or m.type == "ORG" and not m.named and m.ntok == 1
                or m.type == "PERSON" and m.ntok == 1 and not m.named) and not m.titled and not m.royal \
                and m.name not in titled and m.name not in people and text.startswith(", ", m.end) \
                and not text.endswith(("St. ", "St ", "Mt. ", "Mt "), 0, m.start) \
                and (state := by_start.get(m.end + 2)) is not None and _STATE_END.match(text, state.end) \
                and _TOWN_CUE.search(text[max(0, m.start - 12):m.start]) and _place(m.name) is None:
            placed.add(m.name)
    for m in mentions:
        if m.name in placed and m.type in (None, "ORG", "PERSON") and not m.titled and not m.royal:
            m.type, m.link, m.named = "GPE", "", True


_STATE_END = re.compile(r"(?:[,.;:)!?]|$)")


_STATE_END_OR_OWNER = re.compile(r"(?:[,.;:)!?]|['’]s\b| ?(?:--?|—|–) | \(|$|-(?:based|area)\b)")
# (and "-based" after the state: "a Madison, Wis.-based firm", "Tyler, Texas-based")


def _us_counties_named(mentions: list[_Mention], text: str) -> None:
    """A US county's or parish's name as written ("across Cook County", "deputies in Madison County", "Lafayette Parish
    schools": geography._us_counties), that no rule typed or only a look made a person or an organisation, is the
    county, GPE, every mention; one whose first word is a British town or county too only in a text that names the
    United States or a place of it (not the clubs "Newport County", "Essex County")."""
    counties = _us_counties()
    cands = [m for m in mentions if m.name in counties and (m.type in (None, "PERSON") or m.type == "ORG" and not m.named)
             and not m.titled and not m.royal]
    if not cands:
        return
    american = None
    for m in cands:
        first = m.name.rsplit(" ", 1)[0]
        if "United Kingdom" in _town_regions().get(first, "") or "United Kingdom" in _subdivision_countries().get(first, ()):
            if american is None:  # (the text names the United States or a place of it)
                american = any(c.type == "GPE" and "United States" in (c.name, c.link) for c in mentions)
            if not american:
                continue
        m.type, m.link, m.named = "GPE", "United States", True


# A city's own nouns after its name ("Austin police", "the Orlando-based operator", "an Austin-area man", "the Madison
# area")
_CITY_NOUN_AFTER = re.compile(r"-(?:based|area)\b| (?:police|city council|city hall|metro area|area|suburbs?)\b(?!['’-])")
# A place's preposition before such a name ("in Austin", "near Orlando", "a woman from Tyler", "Tom Lee, 31, of
# Eugene", "the mayor of Tyler"; "from" only after a person of the place: not "the cross came from Tyler")
_CITY_CUE_BEFORE = re.compile(r"(?:\b(?:[Ii]n|[Nn]ear|[Oo]utside|[Aa]t|[Aa]round|(?:city|town|outskirts|suburbs?|mayor|"
                              r"residents|streets|people) of)|"
                              r"\b(?:people|residents?|man|woman|men|women|boy|girl|famil(?:y|ies)|year-olds?|"
                              r"originally) from|\d, of|\b(?:moved|relocated|flew|travell?ed) to) $")
# A journey's end, a place's name, then "from" ("heading towards London from", "flights to New York from")
_ROUTE_BEFORE = re.compile(r"\b(?:to|towards|into) ([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?) from $")
# A city's own things after its possessive ("Austin's mayor", "Orlando's theme parks", "Charlotte's downtown")
_CITY_OWNED_AFTER = re.compile(r"['’]s (?:[a-z]+ )?(?:mayor|police|city council|downtown|suburbs|airport|residents|streets|"
                               r"economy|population|housing market|skyline|neighbou?rhoods|theme parks|city centre|"
                               r"city center)\b(?!['’-])")
# US local news's "a/an <city> <noun>" ("a Charlotte jury", "an Austin man", "a Madison company")
_INDEFINITE = ("a ", "an ", "A ", "An ")
_LOCAL_NOUN_AFTER = re.compile(r" (?:man|woman|boy|girl|teenager|teen|couple|resident|jury|judge|company|firm|school|"
                               r"hospital|restaurant|church|nonprofit|developer)\b(?!['’-])")
# A person's verb, age or relative pronoun after a name ("Austin said", "Tyler, 24,", "Regina, who")
_PERSON_AFTER = re.compile(r"(?:['’]s)? (?:said|says|told|added|admitted|insisted|explained|replied|who|whose)\b|, \d{1,3},")


def _given_name_cities_by_cue(mentions: list[_Mention], text: str) -> None:
    """A big city named like a given name (geography._given_name_cities: "Austin", "Orlando", "Madison", "Regina"),
    written alone as a one-word name after a place's preposition ("in Austin", "a woman from Tyler"; "at" not in a
    report of a game), or before a city's noun ("Austin police", "Orlando-based"): the city, GPE, every mention, when
    no person of the text bears the name (no title, no longer name holding it, no person's verb or age after it:
    "Madison Keys", "Tyler said")."""
    cities = _given_name_cities()
    cands = [m for m in mentions if m.type in (None, "PERSON") and m.ntok == 1 and m.name in cities
             and not m.titled and not m.royal and text[m.start:m.end] == m.name]
    if not cands:
        return
    names = {m.name for m in cands}
    people = {w for m in mentions if m.type == "PERSON" and " " in m.name for w in m.name.split()}
    bad = {m.name for m in mentions if m.name in names and (
        m.titled or m.royal or m.type not in (None, "PERSON")
        or _PERSON_AFTER.match(text, m.end) and not _CITY_CUE_BEFORE.search(text, max(0, m.start - 16), m.start))} | people
    # (a verb after a place that a preposition opens is its sentence's: "officials in Austin said")
    sport = None
    placed = set()
    place_ends = None
    for m in cands:
        if m.name in bad or m.name in placed:
            continue
        before = text[max(0, m.start - 16):m.start]
        if before.endswith(_LIST_GAPS):  # (listed after a place of a list a place's cue opens: "in Dallas and Austin")
            if place_ends is None:
                place_ends = _cued_list_place_ends(mentions, text, {x.name for x in mentions if x.titled or x.royal})
            if any(m.start - len(gap) in place_ends and text.startswith(gap, m.start - len(gap)) for gap in _LIST_GAPS):
                placed.add(m.name)
                continue
        owner = text.startswith(("'s", "’s"), m.end)
        cue = _CITY_NOUN_AFTER.match(text, m.end) or owner and _CITY_OWNED_AFTER.match(text, m.end) \
            or before.endswith(_INDEFINITE) and _LOCAL_NOUN_AFTER.match(text, m.end) \
            or not owner and _CITY_CUE_BEFORE.search(before) \
            and not _PERSON_PREPOSITION_BEFORE.search(before) and not _EDUCATED_BEFORE.search(text, max(0, m.start - 24), m.start)
        if not cue and before.endswith("from ") and (route := _ROUTE_BEFORE.search(text, max(0, m.start - 48), m.start)) \
                and (end := _place(route.group(1))) is not None and end[0] == "GPE":
            cue = True  # "heading towards London from Kent", "flights to Leeds from Austin": where a journey starts,
            # after where it goes (not in a report of a game: "a pass to Kane from Ali")
            if sport is None:
                sport = _sport_text(text)
            if sport:
                continue
        if cue and before.endswith(("at ", "At ")):
            if sport is None:
                sport = _sport_text(text)
            if sport:
                continue
        if cue:
            placed.add(m.name)
    for m in mentions:
        if m.name in placed and m.type in (None, "PERSON"):
            m.type, m.link, m.named = "GPE", "", True


def _towns_in_their_state(mentions: list[_Mention], text: str) -> None:
    """A name of one to three words that no rule placed, written before a comma and a state or a province that geonames
    has a town of that name in ("Tyler, Texas", "Eugene, Ore.", "Regina, Saskatchewan", "in Orlando, Florida"): the
    town, GPE, whatever its words (a given name, a surname, a common word). Every mention of the name when the text
    names nobody with it (no title, no longer person's name holding it), else that mention only ("Orlando Bloom ... a
    thriller set in Orlando, Florida"; "Dorothy Mae Tyler, 88, of Tyler, Texas")."""
    states = _subdivision_countries()
    by_start = {m.start: m for m in mentions if m.type == "GPE" and m.name in states}
    if not by_start:
        return
    cued: dict[str, list[_Mention]] = {}
    for m in mentions:
        state = by_start.get(m.end + 2)  # (a state's mention two characters on first: most mentions have none)
        if state is None or m.type not in (None, "PERSON", "ORG") or m.type == "ORG" and m.named or m.titled or m.royal \
                or m.ntok > 3 or not text.startswith(", ", m.end) or text[m.start:m.end] != m.name:
            continue
        if not _STATE_END_OR_OWNER.match(text, state.end):
            continue
        if _town_in(m.name, state.name) is not None:
            cued.setdefault(m.name, []).append(m)
    if not cued:
        return
    people = {w for m in mentions if m.type == "PERSON" and " " in m.name for w in m.name.split()}
    titled = {m.name for m in mentions if m.titled or m.royal}
    for name, hits in cued.items():  # (link "": placed by a cue, not a gazetteer's guess a surname may undo)
        shared = name in people or name in titled
        for m in (mentions if not shared else hits + [
                x for x in mentions if x.name == name and x not in hits and not text.startswith(("'s", "’s"), x.end)
                and (_TOWN_CUE.search(text, max(0, x.start - 16), x.start)
                     or _PLACE_PREPOSITION_BEFORE.search(text, max(0, x.start - 8), x.start))]):
            # (where a person bears the name too, the cued mention and those a place's preposition opens: "Dorothy
            # Tyler, 88, of Tyler, Texas ... she returned to Tyler")
            if m.name == name and m.type in (None, "PERSON", "ORG") and not m.titled and not m.royal:
                m.type, m.link, m.named = "GPE", "", True


def _places_by_bearing(mentions: list[_Mention], text: str) -> None:
    """Names no rule placed (untyped, a one-word organisation only by its look, a one-word person with no title who
    is nobody's given name or surname in the text; after a place's preposition, a two-word person too, "at Baccus
    Marsh, west of Melbourne") that a bearing from a place follows are towns: GPE, every mention. After a place's
    preposition the bearing may be from "the city" or "the town" ("a flare-up at Spencer, north of the city")."""
    if " of " not in text or not any(w in text for w in ("north", "south", "east", "west")):
        return
    titled = {m.name for m in mentions if m.titled or m.royal}
    people = {w for m in mentions if m.type == "PERSON" and " " in m.name for w in m.name.split()}
    alone = {m.name for m in mentions if m.type == "PERSON" and " " not in m.name}
    cands = [(m, hit.end()) for m in mentions
             if (m.type is None or m.type == "ORG" and not m.named and m.ntok == 1
                 or m.type == "PERSON" and not m.named and (
                     m.ntok == 1 or m.ntok == 2 and m.name.split(" ")[1] not in alone and m.name.split(" ")[0] not in alone
                     and m.name.split(" ")[0] not in _first_names()
                     and _PLACE_PREP_BEFORE.search(text, max(0, m.start - 6), m.start) is not None))
             and not m.titled and not m.royal
             and m.name not in titled and (m.name not in people or m.ntok == 2) and not m.name.isupper()
             and text[m.start:m.end] == m.name and (hit := _BEARING_AFTER.match(text, m.end)) and _place(m.name) is None]
    by_town = {m.name for m in mentions if (m.type is None or m.type == "PERSON" and m.ntok == 1 and not m.named)
               and not m.titled and not m.royal and m.name not in titled and m.name not in people and not m.name.isupper()
               and text[m.start:m.end] == m.name and _PLACE_PREP_BEFORE.search(text, max(0, m.start - 6), m.start)
               and _BEARING_FROM_TOWN.match(text, m.end) and _place(m.name) is None}
    for m in mentions:
        if m.name in by_town and m.type in (None, "PERSON") and not m.titled and not m.royal:
            m.type, m.link, m.named = "GPE", "", True
    for _ in range(2):  # (twice: "Ballidu just west of Burakin", then "Burakin, 240 kilometres north-east of Perth")
        starts = {m.start for m in mentions if m.type == "GPE"}
        placed = {m.name for m, after in cands if after in starts}
        if not placed:
            return
        for m in mentions:
            if m.name in placed and m.type in (None, "ORG", "PERSON") and not m.titled and not m.royal:
                m.type, m.link, m.named = "GPE", "", True


# A detention centre named after its town ("the Woomera Detention Centre", "Villawood immigration detention centre")
_DETENTION_CENTRE = re.compile(r"\b(?:[Tt]he )?([A-Z][a-z]+(?: [A-Z][a-z]+)??) (?:[Ii]mmigration )?(?:[Dd]etention|[Rr]eception and "
                               r"[Pp]rocessing) (?:[Cc]entre|[Cc]enter)\b")


def _detention_centre_towns(mentions: list[_Mention], text: str) -> list[_Mention]:
    """The town a detention centre is named after ("the Woomera Detention Centre"), written alone elsewhere ("incidents
    at Woomera", "losing control of Woomera", "the Woomera centre"): the town, GPE (the centre is a venue, as prisons
    are, GUIDELINES); "the Woomera Centre", the venue's capitalised short form, is no mention."""
    towns = {hit.group(1) for hit in _DETENTION_CENTRE.finditer(text)}
    towns = {t for t in towns if not t.startswith(("The ", "A ")) and t not in ("The", "A", "An")
             and ((place := _place(t)) is None or place[0] == "GPE")}
    if not towns:
        return mentions
    shorts = {f"{t} Centre" for t in towns} | {f"{t} Center" for t in towns}
    people = {w for m in mentions if m.type == "PERSON" for w in m.name.split()}
    out = []
    for m in mentions:
        if m.name in shorts and m.type in (None, "ORG") and not m.titled:
            continue
        if m.name in towns and m.type in (None, "ORG") and not m.titled and not m.royal and m.name not in people:
            m.type, m.link, m.named = "GPE", (_place(m.name) or ("", "", ""))[2], True
        out.append(m)
    return out


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
_LANGUAGE_BEFORE = re.compile(r"(?=\b[a-z])\b(?:in|into|speak|speaks|spoke|speaking|learn|learns|learning|learnt|learned|teach|"
                              r"teaches|teaching|taught|my|his|her|their|our|your|better|fluent|good|broken|perfect|"
                              r"poor|conversational|native|from) $", re.IGNORECASE)
_LANGUAGE_AFTER = re.compile(r"(?:['’]s)?(?:[.,;:!?)\"”’]|\s*$| (?:and|or|but|is|are|was|were|as|than|with|too|to|"
                             r"has|had|have|will|would|could|can|at|on|for|so|then|when|while|if|because|since)\b)")
# (and "from" after a language's name, which no plural is: "translated into English from the Arabic"; not "poor
# Americans from Ohio")
_LANGUAGE_SOURCE_AFTER = re.compile(r" from\b")
_NORP_IN_NAME_AFTER = re.compile(r" & [A-Z]")
_ROYAL_OF_BEFORE = re.compile(r"\b(?:Queen|King|Prince|Princess|Emperor|Empress) of $")
_LANGUAGE_AND = re.compile(r" (?:and|or) (?:[Hh]is |[Hh]er |[Mm]y |[Tt]heir )?[A-Z][a-z]+")


# Nouns of a language's teaching, learning and speaking after its name ("an English teacher", "French lessons", "a
# German course", "Welsh speakers", "an Arabic translator")
_LANGUAGE_TAUGHT_AFTER = re.compile(r" (?:teachers?|teaching|lessons?|classes|tuition|tutors?|courses?|lecturers?|"
                                    r"speakers|speaking|grammar|dictionary|dictionaries|translators?|translation|"
                                    r"interpreters?|subtitles|exams?|GCSE|A-level|degree)\b")


def _language_named(text: str, start: int, end: int) -> bool:
    """Whether the demonym at text[start:end] names a language: "in English", "my French and his English are not
    very good", "Spanish-language films", "the Korean language", "translated into English from the Arabic" (but "in
    English football", "English clubs": the people's adjective)."""
    if text.startswith(("-language", " language"), end):
        return True  # ("the Korean language social satire")
    if _LANGUAGE_TAUGHT_AFTER.match(text, end) and text[start:end] in _language_names():
        return True  # "an English teacher", "French lessons", "Welsh speakers": the language taught or spoken
    if text[end - 1] == "s" and _demonym_of(text[start:end - 1]) is not None:
        return False  # "poor Americans", "my Britons": a people's plural noun, no language (none is plural)
    if not _LANGUAGE_BEFORE.search(text, max(0, start - 16), start):
        return False
    after = _LANGUAGE_AND.match(text, end)  # "in English and Welsh": the pair ends the noun phrase together
    at = after.end() if after else end
    return bool(_LANGUAGE_AFTER.match(text, at) or text[at - 1] != "s" and _LANGUAGE_SOURCE_AFTER.match(text, at))


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
    kept = _outside(found, hits)
    kept.extend(_Mention(a, b, "City of London", "GPE", "United Kingdom", named=True) for a, b in hits)
    return sorted(kept, key=_START)


# A member's seat after "MP for": capitalised words, and more of them joined by "and" (after commas), one constituency
_SEAT_PART = r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}"
# (r"\b(?:MPs?|MSPs?|AMs?|MEPs?|MLAs?|TDs?) for ...", the boundary tested after each title's first letter: a pattern
# that opens with letters is scanned for them, one that opens with a word boundary tried at every position)
_SEAT = re.compile(rf"(?:M(?<=\bM)(?:Ps?|SPs?|EPs?|LAs?)|A(?<=\bA)Ms?|T(?<=\bT)Ds?) for ({_SEAT_PART}(?:(?:, {_SEAT_PART})* and {_SEAT_PART})?)")


def _constituencies(found: list[_Mention], text: str) -> list[_Mention]:
    """The seat after "MP for" is one place, a GPE, however many names "and" joins in it ("Labour MP for Hornsey and
    Wood Green", "MSP for Ross, Skye and Inverness West"); a seat the gazetteer knows keeps its own mention."""
    hits = []
    for h in _matches_at(_SEAT, text, _starts_before(text, " for ", (2, 3, 4))):  # (_SEAT.finditer)
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


# A lower-case noun for a kind of land or water right after a name ("near Tora Bora mountain", "the Amazon river", "the
# Humber estuary", "the mountainous Kunar region"), or "suburb of" before it ("the Perth suburb of Rivervale"): a place
# with no government of its own (LOC), whatever the name's words looked like (two given names, a company's name)
_REGION_NOUN_AFTER = re.compile(r" (?:mountains?|region|river|valley|desert|plateau|basin|gorge|peninsula|"
                                r"glacier|canyon|estuary|suburbs?|district)\b(?!['’-])")
# ... and more nouns for land, water and the shore ("the remote Dawodang depression", "found on Zandmotor beach", "the
# Irrawaddy delta", "the Tubbataha reef"), for a name that is no given name and a surname ("Anna Kendrick beach photos")
_LAND_NOUN_AFTER = re.compile(r" (?:depression|lowlands|highlands|steppes?|delta|lagoon|reef|atoll|archipelago|beach|"
                              r"wetlands|marshes|swamp|rainforest|crater|volcano|continent|supercontinent|"
                              r"super-continent|landmass)\b(?!['’-])"
                              # ... or a continent, a landmass said to be one, as science copy names the lost and
                              # ancient ones ("classifying Zealandia as a continent", "Rodinia was a supercontinent")
                              r"| (?:as|is|was) an? (?:[a-z-]+ )?(?:continent|supercontinent|super-continent|"
                              r"landmass|micro-?continent)(?![\w'’-])")
_SUBURB_OF_BEFORE = re.compile(r"\bsuburbs? of $")
# Weaker cues, for names that only look like a person's or that nothing typed: a battlefield after the name ("the
# Tora Bora battleground", "the Pilkem Ridge battlefield"; not "the Microsoft battleground"), or a noun for rough land
# with "of", "around" or "near" before it ("the forests of Spin Ghar", "the cave complex of Tora Bora")
_VENUE_TAILS = _SKIP_HEADS | {"cemetery", "cemeteries", "church", "hospital", "school", "college", "university", "museum"}
_BATTLEFIELD_AFTER = re.compile(r" (?:battlefields?|battlegrounds?)\b(?!['’-])")
_ROUGH_LAND_BEFORE = re.compile(r"\b(?:mountains|hills|foothills|forests?|caves|cave complex|slopes) (?:of|around|near) $")


# Every word one of the patterns above needs, whole (each opens after a space or a word boundary and closes before a
# space or one, case-sensitive): a text none of whose words (cues._words) is one of them places nothing by a cue
_REGION_CUE_WORDS = frozenset("""mountain mountains region river valley desert plateau basin gorge peninsula glacier canyon
    estuary suburb suburbs district depression lowlands highlands steppe steppes delta lagoon reef atoll archipelago beach
    wetlands marshes swamp rainforest crater volcano battlefield battlefields battleground battlegrounds hills foothills
    forest forests caves cave slopes continent supercontinent super-continent landmass microcontinent""".split())


def _rare_place_words(name: str) -> bool:
    """Every word of *name* is rare in English (zipf < 3.0) and none is a given name: a coined or foreign name, as a
    remote place's is ("Dawodang", "Tubbataha"), not a firm's everyday word ("Apple", "Vodafone") nor a person's."""
    zipf = _wordfreq()
    return all(zipf(w.lower()) < 3.0 and w not in _first_names() for w in name.split())


def _regions_by_cue(mentions: list[_Mention], text: str) -> None:
    """Names no gazetteer places that such a noun follows, or "suburb of" precedes, become LOC, every mention of them
    (and a name joined to a placed one by "and": "at Rivervale and Kewdale"). A name written with a title anywhere
    (a person's), an acronym or a known place keeps its type."""
    if _words(text).isdisjoint(_REGION_CUE_WORDS) \
            or " suburb" not in text and not any(w in text for w in (" mountain", " region", " river", " valley", " desert",
                                                             " plateau", " basin", " gorge", " peninsula",
                                                             " glacier", " canyon", " estuary", " district", " battle",
                                                             " hills", " forest", " cave", " slopes", " depression",
                                                             "lands", " stepp", " delta", " lagoon", " reef", " atoll",
                                                             " archipelago", " beach", " marshes", " swamp", " crater",
                                                             " volcano", " rainforest", "continent", " landmass")):
        return
    cands = [m for m in mentions if m.type in (None, "PERSON", "ORG") and not m.titled and not m.royal
             and not m.name.isupper() and m.ntok <= 3 and text[m.start:m.end] == m.name]
    if not cands:
        return
    titled = {m.name for m in mentions if m.titled or m.royal}
    # (a person named elsewhere with a role or a possessive, or by the surname alone, stays one)
    people = {m.name for m in mentions if m.type == "PERSON" and m.named} \
        | {n for m in mentions if m.type == "PERSON" and m.ntok == 1 for n in (m.name,)}
    people |= {m.name for m in mentions if m.type == "PERSON" and m.ntok >= 2 and m.name.rsplit(" ", 1)[1] in people}
    placed: set[str] = set()
    prev: _Mention | None = None
    for m in sorted(cands, key=_START):
        if m.name in titled or _place(m.name) is not None:
            prev = None
            continue
        weak = (m.type is None or m.type == "PERSON" and m.ntok >= 2 and m.name not in people) \
            and m.name.rsplit(" ", 1)[-1].lower() not in _VENUE_TAILS
        if _REGION_NOUN_AFTER.match(text, m.end) or _SUBURB_OF_BEFORE.search(text, max(0, m.start - 12), m.start) \
                or _LAND_NOUN_AFTER.match(text, m.end) and not m.named and _rare_place_words(m.name) \
                or weak and (_BATTLEFIELD_AFTER.match(text, m.end)
                             or _ROUGH_LAND_BEFORE.search(text, max(0, m.start - 20), m.start)) \
                or prev is not None and prev.name in placed and text[prev.end:m.start] in (" and ", ", "):
            placed.add(m.name)
        prev = m
    for m in mentions:
        if m.name in placed and m.type != "GPE":
            m.type, m.link, m.named = "LOC", "", True


def _river_short_forms(mentions: list[_Mention], text: str) -> None:
    """A river named in the British style, "River X" ("the River Severn"), and then "the X" alone ("the Severn burst its
    banks"): a mention of the river (LOC), whatever the word alone looked like (a town's name, a firm's), as "the
    Murray" after "the Murray River" is; not a country ("the River Congo" ... "the Congo")."""
    if "River " not in text:
        return
    rivers = {m.name[6:]: m.name for m in mentions if m.type == "LOC" and m.name.startswith("River ")
              and m.name[6:7].isupper()}
    if not rivers:
        return
    for m in mentions:
        if m.name in rivers and text[max(0, m.start - 4):m.start] in ("the ", "The ") and text[m.start:m.end] == m.name \
                and not _country_of(m.name):
            m.name, m.type, m.link, m.named = rivers[m.name], "LOC", "", True


# A city's part after a name: "in" and a compass word before the city ("Brockley in south London"), or the city's
# possessive and one after it ("Wahroonga in Sydney's north", "Beaumont in Adelaide's eastern suburbs")
_COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west)(?:ern)?"
_CITY_PART_AFTER = re.compile(rf",? in (?:(?:{_COMPASS}|inner|outer|central) ([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)(?![\w'’-])"
                              rf"|([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)['’]s (?:far |inner |outer )?(?:{_COMPASS}|inner|outer)\b)")


# A city's possessive right before a name ("Tokyo's Akihabara", "London's Brixton"): a district of that city, when the
# name is a town the gazetteers know (not an untyped name: "London's Tate Britain", "Milan's La Scala") and the owner a city (no country, state or province: "Texas's Houston" is a city; a
# capital that is a subdivision too is a city: "Tokyo")
_CITY_POSSESSIVE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)['’]s $")


# ("the suburb of Hornsby", "the Sydney suburbs of Heathcote and Engadine"; not "a suburb of Sydney", "the suburbs of
# Sydney": the city whose suburb it is)
_THE_SUBURB_OF = re.compile(r"(?:\b[Tt]he suburb|\b[A-Z][\w'’-]+ suburbs?) of (?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?,? and )?$")


def _suburbs_by_city_cue(mentions: list[_Mention], text: str) -> None:
    """A name after "the suburb of" (_THE_SUBURB_OF; a known town too: "the suburb of Hornsby"), after a city's
    possessive (_CITY_POSSESSIVE_BEFORE: "Tokyo's Akihabara"), or that _CITY_PART_AFTER shows to lie in a part of a city (a known town that is no country nor a state or province: not
    "Mackay in north Queensland", "Mt Gambier in South Australia's south-east") is a suburb or a district of it, LOC by
    the guidelines, every mention of it. Only a known town or a name nothing typed (not a person or a firm "in central
    London"); a name written with a title anywhere, a country or a state keeps its type."""
    if " in " not in text and "suburb" not in text:
        return
    titled = {m.name for m in mentions if m.titled or m.royal}
    placed: set[str] = set()
    for m in mentions:
        if m.type in (None, "GPE") and not m.titled and not m.royal and m.ntok <= 3 and text[m.start:m.end] == m.name \
                and _THE_SUBURB_OF.search(text, max(0, m.start - 40), m.start) \
                and m.name not in titled and not _country_of(m.name) and m.name not in _subdivision_names():
            placed.add(m.name)  # "the suburb of Hornsby", "the Sydney suburbs of Heathcote and Engadine"
            continue
        if m.type not in (None, "GPE") or m.titled or m.royal or m.ntok > 3 or text[m.start:m.end] != m.name:
            continue
        hit = _CITY_PART_AFTER.match(text, m.end)
        if hit is None and m.type == "GPE" and m.start > 3 and text[m.start - 3:m.start] in ("'s ", "’s ") \
                and not _country_of(m.name) and m.name not in _subdivision_names() and m.name not in titled \
                and (owner := _CITY_POSSESSIVE_BEFORE.search(text, max(0, m.start - 40), m.start)) \
                and (town := _place(owner.group(1))) and town[0] == "GPE" and town[2] and not _country_of(owner.group(1)) \
                and (owner.group(1) not in _subdivision_names() or owner.group(1) in _capitals()) and owner.group(1) != m.name:
            placed.add(m.name)  # "Tokyo's Akihabara", "London's Brixton": a district of the city before it
            continue
        if hit is None:
            continue
        city = hit.group(1) or hit.group(2)
        place = _place(city)
        if place is None or place[0] != "GPE" or _country_of(city) or city in _subdivision_names() or city == m.name:
            continue
        if m.name in titled or _country_of(m.name) or m.name in _subdivision_names():
            continue
        placed.add(m.name)
    for m in mentions:
        if m.name in placed and not m.titled and not m.royal:
            m.type, m.link, m.named = "LOC", "", True


# What says a name is an island's: "the island of" before it, with up to three words between ("the Scottish island of
# ", "the remote Greek island of "), lower-case "island" right after it ("his home in New Providence island"), or an
# appositive that calls it one ("Mull, a Hebridean island")
_ISLAND_OF_BEFORE = re.compile(r"\b(?:[Tt]he|an?) (?:[\w'’-]+ ){0,3}island of $")
_ISLAND_AFTER = re.compile(r" island\b(?!['’-])|, (?:an?|the) (?:[\w'’-]+ ){0,3}island\b(?!['’-])")


def _islands_by_cue(mentions: list[_Mention], text: str) -> None:
    """A name the text calls an island (_ISLAND_OF_BEFORE, _ISLAND_AFTER) is LOC, every mention of it, when it is a
    town's or village's name in the gazetteers or a name nothing typed: an island with no government of its own, as the
    guidelines type islands (or an organisation or a person only by its look, no cue vouching for it); not a country or
    a territory ("Christmas island", "the island of Cyprus"), nor a state or a province that is an island ("the island of
    Tasmania"), nor a name written with a title or vouched for as a person or an organisation."""
    if "island" not in text:
        return
    placed: set[str] = set()
    for m in mentions:
        if not (m.type in (None, "GPE") or m.type in ("ORG", "PERSON") and not m.named) or m.titled or m.royal \
                or m.ntok > 3 or text[m.start:m.end] != m.name \
                or not (_ISLAND_AFTER.match(text, m.end) or _ISLAND_OF_BEFORE.search(text, max(0, m.start - 60), m.start)):
            continue
        if _country_of(m.name) or m.name in _subdivision_names():
            continue
        placed.add(m.name)
    if not placed:
        return
    titled = {m.name for m in mentions if m.titled or m.royal or m.named and m.type in ("ORG", "PERSON")}
    for m in mentions:
        if m.name in placed and m.name not in titled:
            m.type, m.link, m.named = "LOC", "", True


# A country's code glued to a currency sign ("US$2 billion", "HK$15", "NZ$40", "U.S.$5"): the currency, money (not
# annotated), no mention of the country nor an organisation's acronym
_CURRENCY_CODE = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z]{1,3}")


def _currency_codes(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a mention whose surface is a short code of capitals (dotted or not) written right before "$"."""
    return [m for m in found if not (text.startswith("$", m.end) and m.type in ("GPE", "ORG", None)
                                     and _CURRENCY_CODE.fullmatch(text, m.start, m.end))]


# The world and its neighbourhood in space, written with capitals as science and news copy write them ("life on Earth",
# "beyond the Milky Way", "outside the Solar System"): places with no government, LOC (the planets, the Moon and the
# Sun are left out: "Mars" and "Mercury" name firms and gods, "the Sun" a newspaper)
_HEAVENLY_BODY = re.compile(r"(?<![\w'’&.-])(?:Earth|Milky Way|Solar System)(?![\w&-]|['’](?!s\b))")
# (a capitalised word right after it makes it part of a longer name: "Earth Day", "Earth Wind and Fire", "The Day the
# Earth Stood Still"; a sweet's noun makes "Milky Way" a product)
_HEAVENLY_BODY_NOT_AFTER = re.compile(r"(?:['’]s)?,? [A-Z0-9]| (?:bars?|chocolate|chocolates)\b")
# (a capitalised word before it, or before "on", "of", "the" before it, that does not open a sentence: a longer name or
# a title, "Google Earth", "Middle Earth", "Planet Earth", "Peace on Earth", "Friends of the Earth")
_CAPITALISED_BEFORE_BODY = re.compile(r"[A-Z][\w'’-]* (?:(?:on|of|to|in) )?(?:the )?$")


def _heavenly_bodies(found: list[_Mention], text: str) -> list[_Mention]:
    """Earth, the Milky Way and the Solar System named in running text (_HEAVENLY_BODY) are LOC mentions, in place of
    what their words gave alone (an untyped word, a guessed organisation); not inside a longer mention nor a longer
    capitalised name or title (_HEAVENLY_BODY_NOT_AFTER, _CAPITALISED_BEFORE_BODY)."""
    added = []
    for hit in _HEAVENLY_BODY.finditer(text):
        start, end = hit.span()
        if _HEAVENLY_BODY_NOT_AFTER.match(text, end):
            continue
        before = _CAPITALISED_BEFORE_BODY.search(text, max(0, start - 40), start)
        if before is not None and (not _is_initial(text, before.start()) or before.end() - before.start() == len(
                word := before.group().split(" ", 1)[0]) + 1 and word.lower() not in _stopwords()):
            continue  # (at a sentence start, only a word right before that is no stop word: "Middle Earth", not "In")
        if any(m.start <= start and end <= m.end and (m.start, m.end) != (start, end) for m in found):
            continue  # (inside a longer name: "Friends of the Earth", "Earth Institute")
        added.append(_Mention(start, end, hit.group(), "LOC", "", named=True))
    if added and "Milky Way" in text and "the Galaxy" in text:
        # "as they sweep through the Galaxy": astronomy's capitalised name for the Milky Way, in a text that names it (not
        # a club, "the Galaxy", nor a phone, "the Galaxy S10")
        overlaps = _overlap_test([m for m in found if m.ntok > 1])  # (a binary search per hit)
        for hit in re.finditer(r"(?<=\bthe )Galaxy(?![\w&-]|['’](?!s\b)| [A-Z0-9])", text):
            if not overlaps(hit.start(), hit.end()):
                added.append(_Mention(hit.start(), hit.end(), "Milky Way", "LOC", "", named=True))
        added.sort(key=_START)
    return _with_added(found, added)


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
        elif m.type == "ORG" and m.name.count(" ") >= 2 and any(h in m.name for h in _PLACE_SHORT_HEADS):
            # a place named at the start of a body's name ("the Northern Territory Aids Council ... the Territory's
            # rate"): "the Territory" is that place
            words = m.name.split(" ")
            for k in range(2, min(len(words), 4)):
                if words[k - 1] in _PLACE_SHORT_HEADS and (place := _place(" ".join(words[:k]))) and place[0] == "GPE":
                    heads.setdefault(words[k - 1], set()).add((place[1], "GPE", place[2]))
                    break
    heads = {h: next(iter(s)) for h, s in heads.items() if len(s) == 1}
    # a river named without its head word ("the Franklin River" ... "the Franklin", as "the Thames")
    rivers = {m.name.rsplit(" ", 1)[0]: (m.name, m.type, m.link) for m in found
              if m.type == "LOC" and m.name.endswith(" River") and m.name.count(" ") <= 2}
    heads.update({r: v for r, v in rivers.items() if r not in heads})
    if not heads:
        return found
    added = []
    for h, (name, typ, link) in heads.items():
        for hit in re.finditer(rf"\b[Tt]he ({re.escape(h)})\b(?!(?!['’]s\b)[\w'’-]| [A-Z])", text):
            a, b = hit.span(1)
            inside = [m for m in found if m.start < b and a < m.end]
            if all(m.start == a and m.end == b for m in inside):
                added.append((_Mention(a, b, name, typ, link, named=True), inside))
    if not added:
        return found
    drop = {id(m) for _, inside in added for m in inside}
    return sorted([m for m in found if id(m) not in drop] + [m for m, _ in added], key=_START)


# A state's office after a possessive ("Victoria's Premier", "Georgia's Agriculture Minister")
_STATE_OFFICE_AFTER = re.compile(r"['’]s (?:[A-Z][a-z]+ ){0,3}(?:Premier|Governor|Minister|Treasurer|Attorney-General|"
                                 r"Government|Parliament|Legislature|Assembly)\b")


def _country_core_alone(found: list[_Mention]) -> list[_Mention]:
    """A country of the document named by a compass word and one more ("East Timor", "South Korea") is named by that
    word alone too ("Timor has been calm"), when the word is no place of its own and no other place of the document
    ends in it: the one-word organisation or person the rules made of it is a mention of the country."""
    cores: dict[str, _Mention] = {}
    seen: set = set()
    for m in found:
        if m.type == "GPE" and m.ntok == 2 and m.name not in seen:
            seen.add(m.name)
            first, core = m.name.split()
            if first.lower() in _COMPASS_WORDS and _country_of(m.name) and _place(core) is None:
                cores[core] = None if core in cores else m  # (two countries ending in it: neither)
    cores = {c: m for c, m in cores.items() if m is not None}
    if not cores:
        return found
    for m in found:
        if m.type in ("ORG", "PERSON") and m.ntok == 1 and not m.titled and not m.royal and m.name in cores:
            country = cores[m.name]
            m.name, m.type, m.link, m.named = country.name, "GPE", country.link, True
    return found


_COMPASS_WORDS = frozenset("north south east west".split())


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
    # (or listed right beside a state or a country: "in both Queensland and Victoria", "Victoria and Tasmania"; or
    # owning a state's office: "Victoria's Industrial Relations Minister")
    # (or the text names the state's people: "the Victorian State Government" ... "Victoria's third biggest")
    # (the state or country listed beside it is of the same country: not "St. Paul, Minnesota")
    ends = {m.end: m.link or m.name for m in mentions if m.type == "GPE"}
    starts = {m.start: m.link or m.name for m in mentions if m.type == "GPE"}
    of = _subdivision_countries()
    peoples_of = {state for form, (state, _) in _state_demonyms().items() if form in text}
    states = {m.name for m in cands if m.name not in fuller and m.name not in titled
              and (_TOWN_CUE.search(text[max(0, m.start - 12):m.start])
                   or any(ends.get(m.start - len(gap)) in of[m.name] and text.startswith(gap, m.start - len(gap))
                          or starts.get(m.end + len(gap)) in of[m.name] and text.startswith(gap, m.end)
                          for gap in _LIST_GAPS)
                   or _STATE_OFFICE_AFTER.match(text, m.end) or m.name in peoples_of)}
    for m in mentions:
        if m.name in states and m.type == "PERSON" and m.ntok == 1:
            place = _place(m.name)
            m.type, m.link, m.named = "GPE", place[2] if place else "", True


# A dateline: a place in capitals opening a paragraph, then a comma, a dash or the agency's name in brackets
# ("MONTGOMERY, Ala. --", "NEW YORK--Verizon ...", "WASHINGTON (AP) —")
_DATELINE = re.compile(r"(?m)^([A-Z][A-Z'’.-]*[A-Z.](?: [A-Z][A-Z'’.-]*[A-Z.]){0,3})(?=,| ?--| ?[—–] | \()")
_DOTTED = re.compile(r"(?:[A-Z]\.)+")


# What follows a dateline's place when the line is surely a dateline: a state or country and the day, then the agency
# in brackets or the dash ("OKMULGEE, Okla. —", "VELDHOVEN, Netherlands, Oct 15 (Reuters) -"), or the agency alone
# ("BEND (AP) —")
_DATELINE_FRAME = re.compile(r"(?:, [A-Z][A-Za-z.'’]*(?: [A-Z][A-Za-z.'’]*)?(?: \d{1,2})?){1,2}(?: \([A-Z][A-Za-z&. ]{0,30}\))?"
                             r" ?(?:--?|[—–]) | \([A-Z][A-Za-z&. ]{0,30}\) ?(?:--?|[—–]) ")


def _title_cased(word: str) -> str:
    """A word written in capitals, in title case, each part after a hyphen or an apostrophe too ("WINSTON-SALEM" ->
    "Winston-Salem")."""
    return re.sub(r"(?<=[A-Za-z])[A-Z]+", lambda m: m.group().lower(), word) if "-" not in word and "'" not in word \
        else re.sub(r"[A-Za-z]+", lambda m: m.group()[0] + m.group()[1:].lower(), word)


def _datelines(found: list[_Mention], text: str) -> list[_Mention]:
    """The place of each dateline, written in capitals: a GPE mention of the place the gazetteers know under the
    words in title case ("NEW YORK" -> New York), in place of what the capitals gave (an acronym-like organisation);
    one they do not know, in title case, where the words after it make the line a dateline (_DATELINE_FRAME: "OKMULGEE,
    Okla. —", "VELDHOVEN, Netherlands, Oct 15 (Reuters) -")."""
    added = []
    for hit in _matches_at(_DATELINE, text, _line_starts(text)):  # (what _DATELINE.finditer finds: it opens lines)
        words = hit.group(1).split(" ")
        name = " ".join(w if _DOTTED.fullmatch(w) else w[0] + w[1:].lower() for w in words)
        place = _as_written(_place(name), name)
        if place is not None and place[0] == "GPE":
            added.append(_Mention(hit.start(1), hit.end(1), place[1], "GPE", place[2], named=True))
        elif place is None and (state := _DATELINE_STATE.match(text, hit.end(1))) is not None \
                and _town_in(name, _US_STATE_ABBREVIATIONS.get(state.group(1), state.group(1))) is not None:
            # a town no gazetteer of places knows under its name, a given name ("AUSTIN, Texas (AP)", "EUGENE, Ore."),
            # placed by its state: a town of that name lies in it
            added.append(_Mention(hit.start(1), hit.end(1), name, "GPE", "", named=True))
        elif place is None and not _DOTTED.fullmatch(hit.group(1)) and _DATELINE_FRAME.match(text, hit.end(1)):
            name = " ".join(_title_cased(w) for w in words)
            added.append(_Mention(hit.start(1), hit.end(1), name, "GPE", "", named=True))
    return _with_added(found, added)


_DATELINE_STATE = re.compile(r", ([A-Z][a-z]+\.?(?: [A-Z][a-z]+)*|(?:[A-Z]\.){2})(?=[,(]| ?(?:--?|—|–) | \(|$)")


def _by_first_letter(words: list[str]) -> list[tuple[str, list[str]]]:
    """*words* grouped by their first letter, the groups in order of their first word, each in the words' order."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[0], []).append(w)
    return list(groups.items())


# A US state's agency abbreviation after a town and a comma, or after a party's letter ("Montgomery, Ala.", "Sen. Dianne
# Feinstein, D-Calif.")
# (what r"(?:(?<=, )|(?<=\b[DRI]-))(Ala\.|...)(?!\w)" finds, the look-behinds tested after each abbreviation's first
# letter: a pattern that opens with letters is scanned for them, one that opens with a look-behind tried everywhere;
# the abbreviations grouped by their first letter, so a capital is tested against each letter once and the look-behinds
# once, not once for every abbreviation: each ends with a stop and none opens another, so at most one matches anywhere)
_STATE_ABBREVIATION = re.compile("(" + "|".join(
    re.escape(first) + r"(?:(?<=, .)|(?<=\b[DRI]-.))(?:" + "|".join(re.escape(a[1:]) for a in group) + ")"
    for first, group in _by_first_letter(sorted(_US_STATE_ABBREVIATIONS, key=len, reverse=True))) + r")(?!\w)")

# A lawmaker's party letter and state written in full, AP style, between commas ("Sen. Ann Cole, R-Texas,", "D-Ohio",
# "R-New Hampshire"): the states that style never abbreviates, and any other written out
_STATE_IN_FULL = frozenset(_US_STATE_ABBREVIATIONS.values()) | frozenset(
    "Alaska Hawaii Idaho Iowa Maine Ohio Utah".split())
_PARTY_STATE = re.compile(r"(?<=, )[DRI]-([A-Z][a-z]+(?: [A-Z][a-z]+)?)(?=[,;)]| and\b|$)")


def _abbreviation_starts(text: str) -> set[int]:
    """Where a state's abbreviation can start (_STATE_ABBREVIATION's look-behinds): after a comma and a space, or
    after "D", "R" or "I" and a hyphen; the pattern is tried there alone (its first letters are capitals, which the
    engine tests at every position of the text)."""
    starts = set()
    firsts = _STATE_FIRST_LETTERS
    i = text.find(", ")
    while i >= 0:
        if text[i + 2:i + 3] in firsts:
            starts.add(i + 2)
        i = text.find(", ", i + 2)
    i = text.find("-", 1)
    while i >= 0:
        if text[i - 1] in "DRI" and text[i + 1:i + 2] in firsts:
            starts.add(i + 1)
        i = text.find("-", i + 1)
    return starts


_STATE_FIRST_LETTERS = frozenset(a[0] for a in _US_STATE_ABBREVIATIONS)  # (how each match of the pattern opens)


# A Canadian province's abbreviation after a town and a comma ("Kelowna, B.C.", "Regina, Sask."): group 1 (the comma
# and the space opening the match, a literal the engine skips to; a look-behind for them was tried at every position)
_PROVINCE_ABBREVIATION = re.compile(r", (" + "|".join(
    re.escape(a) for a in sorted(_CANADIAN_PROVINCE_ABBREVIATIONS, key=len, reverse=True)) + r")(?!\w)")


def _state_abbreviations(found: list[_Mention], text: str) -> list[_Mention]:
    """A state's abbreviation (_US_STATE_ABBREVIATIONS) right after a town (or another place) of the document and a
    comma, or after a party's letter and a hyphen: a GPE mention of the state, its span with the stop. The town may be a name no rule
    placed (a given name, "Eugene, Ore.", "Charlotte, N.C."), when geonames has a town so named in that state."""
    original = found
    towns: set = set()
    names: dict | None = None  # (both built at the first abbreviation or code only: most texts have none)
    added = []
    for hit in _matches_at(_STATE_ABBREVIATION, text, _abbreviation_starts(text)):  # (_STATE_ABBREVIATION.finditer)
        if names is None:
            towns = {m.end for m in found if m.type in ("GPE", "LOC")}  # (or a place with no government: "Long Island, N.Y.")
            names = _unplaced_ends(found)
        state = _US_STATE_ABBREVIATIONS[hit.group(1)]
        if hit.start() - 2 in towns or text[hit.start() - 2:hit.start() - 1] in ("D", "R", "I") \
                or hit.start() - 2 in names and state in _town_regions().get(names[hit.start() - 2], "").split("|"):
            added.append(_Mention(hit.start(1), hit.end(1), state, "GPE", "United States", named=True))
    if ", D-" in text or ", R-" in text or ", I-" in text:  # (a cheap test first: few texts have a party's tag)
        for hit in _PARTY_STATE.finditer(text):
            if hit.group(1) in _STATE_IN_FULL:
                added.append(_Mention(hit.start(1), hit.end(1), hit.group(1), "GPE", "United States", named=True))
    if ", " in text:
        for hit in _PROVINCE_ABBREVIATION.finditer(text):  # (a town of Canada before it: "Kelowna, B.C.")
            if names is None:
                towns = {m.end for m in found if m.type in ("GPE", "LOC")}
                names = _unplaced_ends(found)
            if hit.start(1) - 2 in towns or hit.start(1) - 2 in names \
                    and "Canada" in _town_regions().get(names[hit.start(1) - 2], "").split("|"):
                province = _CANADIAN_PROVINCE_ABBREVIATIONS[hit.group(1)]
                added.append(_Mention(hit.start(1), hit.end(1), province, "GPE", "Canada", named=True))
    if ", D" in text:  # (what _DC_AFTER opens with)
        found = _district_of_columbia(found, text)
    for hit in _POSTAL_CODE.finditer(text):  # ("Austin, TX", "Portland, OR": only a town of that state before it)
        if names is None:
            names = _unplaced_ends(original)  # (the mentions before the D.C. pass, as at the first loop)
        state = _us_postal_codes().get(hit.group(1))
        name = names.get(hit.start(1) - 2) or next((m.name for m in found if m.type == "GPE" and m.end == hit.start(1) - 2), None)
        if state and name and _town_in(name, state) is not None:
            added.append(_Mention(hit.start(1), hit.end(1), state, "GPE", "United States", named=True))
    return _with_added(found, added)


def _unplaced_ends(found: list[_Mention]) -> dict[int, str]:
    """End -> name of the mentions no rule placed (no title, three words at most): names a town may bear."""
    return {m.end: m.name for m in found if m.type not in ("GPE", "LOC") and not m.titled and not m.royal and m.ntok <= 3}


# A US state's two-letter postal code after a town and a comma, where no word goes on ("Austin, TX, and", "Tyler, TX -")
_POSTAL_CODE = re.compile(r", ([A-Z]{2})(?![\w&.'’-])")  # (the comma matched, not looked behind for: a quick literal scan)


_DC_AFTER = re.compile(r", (?:D\.C\.|DC)(?![\w&-])")


def _district_of_columbia(found: list[_Mention], text: str) -> list[_Mention]:
    """"D.C." or "DC" after "Washington" and a comma is part of the city's name ("Washington, D.C., on Sunday",
    "WASHINGTON, D.C. (AP)"), as "Washington DC" is (GUIDELINES): one mention of Washington, no organisation "D.C."."""
    out = found
    for m in found:
        if m.type == "GPE" and m.name == "Washington" and (hit := _DC_AFTER.match(text, m.end)) is not None:
            out = [o for o in out if not (m.end < o.start < hit.end())]
            m.end = hit.end()
    return out


# A movement's adjective named after its leader, in the singular before a noun of politics ("Peronist candidate Sergio
# Massa", "Blairite MPs", "the Thatcherite policies"): its people (NORP), as the plural is ("Peronists")
_MOVEMENT_ADJECTIVE = re.compile(r"([A-Z][a-z]{3,}(?:ist|ite))(?= (?:candidates?|governments?|MPs|MP|"
                                 r"wing|left|right|policies|policy|rule|leaders?|president|senators?|lawmakers|"
                                 r"factions?|ideology|camp|supporters|voters|revolution|regime|reforms?|agenda|"
                                 r"orthodoxy|bloc|base|loyalists|allies|politicians?|ministers?|activists|unions?)\b)")


_IST_ITE_END = re.compile(r"i(?:st|te) ")


def _movement_adjectives(found: list[_Mention], text: str) -> list[_Mention]:
    """The singular of a movement's people (_MOVEMENT_ADJECTIVE) before a noun of politics is a NORP mention, where the
    plural would be one (geography._demonym_of: a rare word, no given name, surname, place, field or profession), in
    place of what the word gave alone (nothing, a person's surname)."""
    added = []
    for end in _IST_ITE_END.finditer(text):  # (a cheap scan for the ending; then the capitalised word it ends)
        a = end.start()
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        if not text[a].isupper() or a and text[a - 1] in "'’-" or (hit := _MOVEMENT_ADJECTIVE.match(text, a)) is None:
            continue
        word = hit.group(1)
        dem = _demonym_of(word + "s")
        if dem is None or dem[0] != word:
            continue
        a, b = hit.span(1)
        if any(m.start < b and a < m.end and not (m.start == a and m.end == b and m.type in (None, "PERSON", "ORG")
                                                  and not m.titled) for m in found):
            continue
        added.append(_Mention(a, b, word, "NORP", dem[1], named=True))
    return _with_added(found, added)


# A people's adjective joined by a hyphen to the people of a nation of settlers ("a Liberian-American", "Mexican-American
# voters", "African-Americans"): one group of origin, named as written; not a pair of nations before a noun of their
# dealings ("Chinese-American relations", "the Mexican-American War")
_HERITAGE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)-(American|Canadian|Australian)(s?)(?![\w'’-])")
_BETWEEN_NATIONS_AFTER = re.compile(r" (?:relations|ties|talks|trade|war|War|border|summit|alliance|agreement|deal|treaty|"
                                    r"partnership|conflict|cooperation|co-operation|friendship|accord|negotiations|rivalry)\b")
_SETTLER_PEOPLES = frozenset(("American", "Canadian", "Australian", "New Zealander"))


def _heritage_groups(found: list[_Mention], text: str) -> list[_Mention]:
    """One NORP mention for each _HERITAGE name whose first part is a people's adjective (not itself a settler nation's:
    "Australian-American" stays two), in place of the two the hyphen gave."""
    added = []
    for hit in _HERITAGE.finditer(text):
        dem = _demonym_of(hit.group(1))
        if dem is None or dem[0] in _SETTLER_PEOPLES or _BETWEEN_NATIONS_AFTER.match(text, hit.end()):
            continue
        added.append(_Mention(hit.start(), hit.end(), f"{hit.group(1)}-{hit.group(2)}", "NORP", "", named=True))
    return _with_added(found, added)


_CAPITAL_AFTER = re.compile(r" [A-Z]")  # (a longer name the run was cut from: "in Scholastic Aptitude Test scores")
_ANGLO_COUNTRIES = frozenset(("United Kingdom", "United States", "Australia", "Canada", "Ireland", "New Zealand"))
# A place's preposition right before a name ("lives in", "at", "near", "off", "outside"); not "to" or "from" (a gift
# to somebody, a letter from somebody), and "at" not in a report of a game (where it is the ground: "at Highbury")
_PLACE_PREPOSITION_BEFORE = re.compile(r"(?<![\w'’-])(?:[Ii]n|[Aa]t|[Nn]ear|[Oo]ff|[Oo]utside) $")
# ... but not after a word that takes a person there ("confidence in", "faith in", "a swipe at", "angry at"), nor a
# document or a work ("written in Magna Charta", "starred in Donnie Darko")
_PERSON_PREPOSITION_BEFORE = re.compile(r"\b(?:confidence|faith|trust|belief|believes?|believed|believing|interest|"
                                        r"interested|role|stake|hope|hopes|pride|proud|lies|lay|invested|invest|"
                                        r"looks?|looked|looking|glanced?|stared?|laughed|laugh|angry|furious|shot|aimed|"
                                        r"directed|swipe|dig|jibe|jibes|attack|attacks|lashed out|shouted|yelled|"
                                        r"pointed|smiled|waved|sneered|hit out|fired|swung|written|enshrined|set out|"
                                        r"laid down|spelled out|published|printed|starred|appeared|appears|appearing|"
                                        r"featured|cast) (?:in|at) $")


def _unknown_places_by_cue(mentions: list[_Mention], text: str) -> None:
    """A two-word name that only its look made a person (its first word no given name, no title before it) and that
    a place's preposition precedes ("Azza lives in Tel Rumeida", "run down by a car at Baccus Marsh", "the race in
    Puerto Rice") is a place, every mention of it, when neither of its words names a person of the story alone or in
    another name and it is never written as a possessive ("in Ngozi Okafor's office"). A town, GPE; a part of a city,
    LOC, when a comma and a known place that is no country nor a state or county of an English-speaking country follow
    ("in Tel Rumeida, Hebron")."""
    firsts = _first_names()
    cands = [m for m in mentions if m.type == "PERSON" and m.ntok == 2 and not m.titled and not m.royal
             and " " in m.name and m.name.split(" ", 1)[0] not in firsts and text[m.start:m.end] == m.name]
    if not cands:
        return
    names = {m.name for m in cands}
    # (a word of a person's name, or a word standing alone anywhere: "Mboya Kariuki" ... "Kariuki said")
    people = {w for m in mentions if m.type == "PERSON" and m.name not in names for w in m.name.split()} \
        | {m.name for m in mentions if " " not in m.name}
    bad = {m.name for m in mentions if m.name in names and (m.titled or m.royal or text[m.start:m.end] != m.name
                                                           or text.startswith(("'s", "’s", "'", "’"), m.end))}
    sport = None
    placed: dict[str, str] = {}
    gpe_at: dict[int, _Mention] = {}  # (the first GPE mention starting at each offset)
    for c in mentions:
        if c.type == "GPE":
            gpe_at.setdefault(c.start, c)
    for m in cands:
        if m.name in bad or any(w in people for w in m.name.split()) or _CAPITAL_AFTER.match(text, m.end) \
                or not _PLACE_PREPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start) \
                or _EDUCATED_BEFORE.search(text, max(0, m.start - 24), m.start) \
                or _PERSON_PREPOSITION_BEFORE.search(text, max(0, m.start - 16), m.start):
            continue  # (not where someone studies: "educated at Haverstock Comprehensive")
        if text[max(0, m.start - 3):m.start] in ("at ", "At "):
            if sport is None:
                sport = _sport_text(text)
            if sport:
                continue
        kind = placed.get(m.name, "GPE")
        if text.startswith(", ", m.end):
            city = gpe_at.get(m.end + 2)
            if city is not None and not _country_of(city.name) and _STATE_END.match(text, city.end) \
                    and _ANGLO_COUNTRIES.isdisjoint(_subdivision_countries().get(city.name, ())):
                kind = "LOC"  # ("Tel Rumeida, Hebron": a part of the city; "Baxter Creek, Victoria": a town, as English
                # news of a state of its own country writes it)
        placed[m.name] = kind
    for m in mentions:
        if m.name in placed and m.type == "PERSON":
            m.type, m.link, m.named = placed[m.name], "", True


def _official_name_heads(found: list[_Mention], text: str) -> list[_Mention]:
    """The head of a country's official name written alone after "the" or a possessive ("officials in the Islamic
    Republic", "the founder of Iran's Islamic Republic": geography._official_heads) for the one country of the story so
    styled: a mention of that country, in place of what its words gave ("Islamic" a faith's word, "Republic"); not the
    full name ("... of Iran") nor a longer name it opens ("the Islamic Republic News Agency")."""
    heads = [(head, countries) for head, countries in _official_heads().items() if head in text]
    if not heads:
        return found
    named = {m.name: m for m in found if m.type == "GPE"}
    added: list[_Mention] = []
    for head, countries in heads:
        fit = [c for c in countries if c in named]
        if len(fit) != 1:
            continue
        for hit in re.finditer(rf"(?:(?<=the )|(?<=The )|(?<='s )|(?<=’s )){re.escape(head)}(?![\w'’-])(?! of\b)(?! [A-Z])",
                               text):
            added.append(_Mention(hit.start(), hit.end(), fit[0], "GPE", named[fit[0]].link, named=True))
    return _with_added(found, added)
