"""One chunk to its mentions (``_resolve_chunk``): strips titles and openers, splits lists and possessives,
types each part as PERSON, ORG, GPE, NORP or LOC (or leaves it untyped) from the gazetteers, the words in it and
its context cues.

Input: the text, one chunk's tokens, whether it opens a sentence, the document's lower-case words.
Output: a list of ``_Mention``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Container

from .wordlists import (
    _ARTS_HEADS, _AWARD_WORDS, _CALENDAR, _DEMONYM_NOUNS, _DISTRICT_STREETS, _FAITH_NORP, _FEDERATION_SPORTS,
    _GENERIC_ACRONYMS, _GROUP_NORP, _INSTITUTIONS, _NEVER_TITLE, _NEWSPAPERS, _OPENERS_WORDS, _ORG_HEADS,
    _PARTIES, _PARTY_NAMES, _US_LABOR_AFTER, _PEERAGE, _POLICE_RANKS, _POSITION_START, _ROLE_HEADS, _ROLE_START, _ROYAL, _RANK_WORDS,
    _SHIP, _SKIP_HEADS, _INITIALS_SKIP, _COMPETITION_NAMES, _LOC_HEADS, _LEGAL_FORMS, _COMPASS,
)
from .gazetteers import (
    _CAPS_TITLES, _first_names, _last_names, _lexicon_words, _particles, _PERSON_TITLES, _stopwords, _TITLE_ACRONYMS,
    _TITLE_PREFIXES, _TITLE_WORDS_IN_NAMES, _titles, _titles_royal, _wordfreq, _lexicon_adjectives, _lexicon_nouns,
)
from .wordlists import _HOSPITAL_HEADS, _STATION_HEADS, _TRADE_TAILS, _VENUE_CENTRES, _US_STATE_ABBREVIATIONS
from .companies import _company_names
from .geography import (
    _as_written, _city_named_with_the, _compound_demonym, _country_of, _demonym_of, _language_people, _place, _small_towns, _subdivision_names,
)
from .chunking import (
    _calendar_word_in_name, _classify, _DIGIT, _GENERIC_HEADS, _matches_at_chars, _Mention, _MODEL, _name_after_titles,
    _opens_name, _FIELD_SUFFIXES, _org_named_mid_sentence, _person_run, _plural_noun_end, _POSSESSIVE, _Tok,
    _legal_form_run,
)
from .cues import (
    _CLUB_WORD_AFTER, _demonym_led_firm, _DESCRIPTOR_OPENERS, _firm_opener, _lower_after, _ORG_CUES_AFTER, _org_plural_before,
    _ORG_PLURAL_WORDS, _ORG_SAID_AFTER, _paper_named_like_a_day, _poss_before_name, _QUANTIFIERS, _released_by,
    _org_cue_after, _ORG_CUES_STRICT, _PREMISES, _role_before, _WORD_AFTER, _WORKPLACES, _sport_text, _match_text,
    _org_before, _org_before_phrase,
)


# A team's plural verb right after a name (British English: "West Ham have", "West Brom are bottom", "face", "host")
_TEAM_VERB_AFTER = re.compile(r" (?:are|were|have|go|face|need|want|host|visit|travel|remain|stay)\b"
                              r"(?! (?:been )?(?:born|named)\b)")

# A team's standing in its competition, written before its name at a sentence start in sports copy ("Champions Chelsea
# have", "Leaders Arsenal face", "Holders Liverpool host", "Neighbours Stockport are")
_STANDING_OPENERS = frozenset("champions holders leaders hosts visitors neighbours neighbors rival rivals strugglers "
                              "newcomers debutants favourites favorites underdogs opponents runners-up".split())


def _compass_team(text: str, second) -> bool:
    """A team's plural verb follows the word *second* (a token), in a text about sport or a match; the second word is
    no place, people or given name ("West Ham have", not "South Africa have", "North Koreans are")."""
    return _TEAM_VERB_AFTER.match(text, second.end) is not None and not _place(second.text) \
        and not _demonym_of(second.text) and (_sport_text(text) or _match_text(text))


# Nations whose people are named by their origin too, as one group ("Irish American", "Greek Australian")
_SETTLER_NATIONS = frozenset(["United States", "Canada", "Australia", "New Zealand"])
# The armed services, written before a rank as part of it ("Navy Captain", "Army Colonel", "Marine Sergeant")
_ARMED_SERVICES = frozenset("army navy marine marines".split())
# A Roman numeral as written (well formed, up to 399: "XIV", "CCL"; any two of its letters: "VX"), a letter, or "I'm": no
# name alone. Longer acronyms of the same letters that are no numeral ("ICC", "ICCL", "CLC") are names (compiled once:
# the hot paths skip re's cache lookup)
_NUMERAL_OR_LETTER = re.compile(r"(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})|[IVXLC]{2}|[A-Z]|I['’].*")
# What a saint does or is, after "St X" / "Saint X": the saint, no place ("Saint Augustine, a saint of my church,
# wrote ...", "St Jerome translated")
_SAINT_AFTER = re.compile(r",? (?:a|an|the) (?:\w+ )?(?:saint|bishop|monk|martyr|apostle|theologian|hermit|abbot|nun)\b"
                          r"| (?:wrote|writes|said|says|taught|teaches|preached|prayed|translated|warned|told)\b")


# Heads of bodies that are no arm of a state: a country code before them is part of the name ("UK Film Council").
_NON_STATE_HEADS = frozenset("""council party association federation league union society academy institute foundation
trust club airways airlines corporation company group alliance coalition movement forum""".split())


# A post held for a country, capitalised before its holder's name ("Ambassador to", "Special Envoy to", "Envoy for")
_POST_TO_BEFORE = re.compile(r"\b(?:Ambassador|Envoy|Representative|Consul|Commissioner|High Commissioner|Minister) (?:to|for) $")


# A nation's parties named after its code ("the UK Labour Party leader", "the US Democratic Party"): the country, then
# the party, whose own name holds no code (not "UK Independence Party")
_NATIONAL_PARTIES = _PARTIES | frozenset(["Democratic Party", "Republican Party", "Libertarian Party"])


def _country_named_in_full(words: list[str]) -> bool:
    """"United States" or "United Kingdom" before an arm of the state ("the United States Federal Reserve", "United
    States Air Force"): the country, then its agency, as "US Federal Reserve" is; its legislature keeps the country in
    its name ("United States Congress", the guidelines' example) and so does a body that is no arm of the state."""
    return len(words) > 2 and words[0] == "United" and words[1] in ("States", "Kingdom") \
        and words[-1] not in ("Congress", "Senate") and not (len(words) > 3 and words[-1].lower() in _NON_STATE_HEADS)


def _arts_head_misplaced(text: str, toks: list[_Tok], initial: bool, lower_seen: Container[str]) -> list[_Mention] | None:
    """The mentions of a chunk whose only organisation heads are words of the arts standing where they name an art
    or a work ("The Opera", "Professor of Ballet", "Firefox and Opera"), or None when they head a company's name."""
    if any(t.low in _ORG_HEADS and t.low not in _ARTS_HEADS for t in toks):
        return None  # "Royal School of Ballet", "Opera Software"
    body = toks[1:] if toks[0].low == "the" else toks
    k = next(k for k, t in enumerate(body) if t.low in _ARTS_HEADS)
    if len(body) == 1:
        return []  # "The Opera", "Ballet" alone
    before = body[k - 1].low.split(" ", 1)[0] if k else ""  # (a connector token may be "of the")
    if before in ("of", "for", "the"):
        return []  # "Professor of Ballet", "Phantom of the Opera"
    if before in ("and", "&"):
        return _resolve_chunk(text, body[:k - 1], initial, lower_seen) if k > 1 else []  # "Firefox and Opera"
    return None


def _town_named_business(place: tuple, name: str, text: str, end: int) -> bool:
    """A small town's one-word name (a rare word, no country) with a business's cue after it ("the Pinewood studios",
    "the Tarbury cinema chain"): the business."""
    return place[0] == "GPE" and _wordfreq()(name.lower()) < 3.5 and not _country_of(name) \
        and (cue := _WORD_AFTER.match(text, end)) is not None and cue.group(1) in _BRAND_CUES \
        and _org_cue_after(text, end, [name])


# Nouns after a name that the name brands ("the Pinewood studios"); not a firm or a bank a place is the seat of ("the
# Wolverhampton firm", "the Frankfurt bank").
# Words before a building's "<Name> House" that say it is where something is or happens: a place's preposition, a
# residence named in apposition, a place's possessive ("outside Kirribilli House", "residence, Bute House", "New
# York's Soho House")
_HOUSE_VENUE_BEFORE = re.compile(r"(?:\b(?:outside|inside|near|in|into|residence,|home,)|[A-Z][\w-]*['’]s) $")
# Words before "Unit" that name a hospital's ward, no body of people ("Intensive Care Unit", "Burns Unit")
_WARD_WORDS = frozenset("care burns stroke maternity renal neonatal cardiac coronary trauma dependency psychiatric".split())
_BRAND_CUES = _PREMISES | frozenset("chain label studio group airline channel network".split())


# The heads of a state's arms, and the words that open their generic names ("Federal Court", "Air Force", "Border
# Agency", "Central Command", "Defence Ministry"): after a country's name these name the country's own body
_STATE_BODY_HEADS = frozenset("""court reserve force forces army navy ministry department command agency office bureau police
guard service corps""".split())
_STATE_BODY_OPENERS = frozenset("""federal supreme high district central air defence defense foreign interior justice
border coast armed special naval military national""".split())


def _country_before_state_body(toks: list[_Tok]) -> int:
    """How many words of a chunk spell out a country's name before the generic name of one of its state's arms
    ("United States Federal Reserve", "United States Air Force": the country, then the body, as the rule for "US"
    before a body has it), or 0; a body named by more than generic words keeps the country ("Kosovo Liberation
    Army", "Israel Army Radio"), as does a legislature ("United States Congress")."""
    for j in (3, 2, 1):
        rest = toks[j:]
        if not 2 <= len(rest) <= 3 or rest[-1].low not in _STATE_BODY_HEADS or rest[-1].poss \
                or any(t.low not in _STATE_BODY_OPENERS for t in rest[:-1]) or any(t.poss for t in toks[:j]):
            continue
        name = " ".join(t.text for t in toks[:j])
        if _country_of(name) and (place := _place(name)) and place[0] == "GPE":
            return j
    return 0


# A model's bare number, then a noun for an aircraft, a vehicle or a gun, after a maker's one-word name ("Boeing 767-300
# aircraft", "Beech 200 plane", "Cessna 172 light aircraft"); not a spacecraft or a mission ("Apollo 11 spacecraft")
_NUMBERED_CRAFT_AFTER = re.compile(r" \d{2,4}(?:-\d{1,4})?s? (?:[a-z][\w-]* )?(?:aircraft|airliners?|planes?|jets?|"
                                   r"helicopters?|bombers?|fighters?|cars?|trucks?|buses|bus|rifles?|pistols?|engines?)\b")


def _craft_maker_word(word: str) -> bool:
    """A maker's one-word name before a model's number: no common word, no given name, no place, no people's word."""
    return word[1:].islower() and word.isalpha() and _wordfreq()(word.lower()) < 4.0 and word not in _first_names() \
        and _demonym_of(word) is None and _place(word) is None


# Plural fields that name a minister's portfolio before the title ("Emergency Services Minister", "Community Services
# Minister", "Resources Minister"): part of the title, no body's name
_PORTFOLIO_PLURALS = frozenset("services industries communications affairs resources relations".split())


# A lower-case role after a body and a region ("United Nations Middle East envoy Terje Roed-Larsen")
_ENVOY_AFTER = re.compile(r" (?:special |peace |chief |top )?(?:envoy|envoys|ambassador|representative|coordinator|"
                          r"co-ordinator|negotiator|mediator|correspondent|observers?|inspectors?|monitors?|mission)\b")


def _body_then_region(text: str, toks: list[_Tok], lower_seen: Container[str]) -> list[_Mention]:
    """The mentions of a chunk that is an organisation's name, then a place or region (one to three words) before an
    envoy's role; [] when the chunk is no such pair."""
    for j in (3, 2, 1):
        if len(toks) - j < 1 or toks[-1].poss or any(t.poss for t in toks[:-j]):
            continue
        place = _place(" ".join(t.text for t in toks[-j:]))
        if place is None:
            continue
        body = _resolve_chunk(text, toks[:-j], False, lower_seen)
        if len(body) == 1 and body[0].type == "ORG" and body[0].end == toks[-j - 1].end:
            return body + [_Mention(toks[-j].start, toks[-1].end, place[1], place[0], place[2])]
    return []


# Nouns after "Coalition" for a war's allies, no party alliance ("Coalition forces", "Coalition troops")
_COALITION_ARMS_AFTER = re.compile(r" (?:forces|troops|soldiers|aircraft|jets|warplanes|partners|members|countries|nations|"
                                   r"allies|commanders|bombing|air|military|of)\b")


def _person_after_head(toks: list[_Tok], firsts, titles) -> int:
    """Where a person's name (a given name and a surname, nothing else) starts right after an organisation's head
    word in a chunk with no title ("European Commission Jose Manuel Barroso"; not "Chief Executive Martin Sorrell"),
    or 0. Not after a head that is also a firm's cue word ("Bank", "Group"), which would type the person a firm, nor
    after a head alone ("Front Line Defenders": a body's name of three words, a given name inside it)."""
    for k in range(len(toks) - 2, 1, -1):
        if toks[k - 1].low in _ORG_HEADS and toks[k - 1].low not in _ROLE_HEADS and not toks[k - 1].poss \
                and toks[k - 1].low not in _ORG_CUES_STRICT \
                and toks[k].text in firsts and not any(t.low in titles for t in toks[:k]) \
                and 2 <= len(toks) - k <= 3 and _person_run(toks[k:]):
            return k
    return 0


def _participle_of_title(word: str, firsts: Container[str]) -> bool:
    """A common word in "-ing" that names nobody ("Assisting", "Commanding"; not "Manning", "Fleming"): after a title,
    a word of the office ("Counsel Assisting", "Officer Commanding"), no name."""
    return len(word) > 5 and word.endswith("ing") and word[1:].islower() and word not in firsts \
        and word not in _last_names() and _wordfreq()(word.lower()) >= 3.0


# A town's cue after its name: "-based", "-area", a US state written out or abbreviated after a comma ("Menlo Park-based",
# "Overland Park, Kan.", "Highland Park, Illinois")
_TOWN_AFTER = re.compile(r"-(?:based|area)\b|, (?:" + "|".join(sorted(
    [re.escape(a) for a in _US_STATE_ABBREVIATIONS] + list(_US_STATE_ABBREVIATIONS.values())
    + "Alaska Hawaii Idaho Iowa Maine Ohio Texas Utah".split(), key=len, reverse=True)) + r")(?![\w-])")


# "UK" before a lower-case word that names no act of a body: the country as an adjective ("Several UK firms", "Leading
# UK retailers"), not the end of a body's name ("Diabetes UK said", "Age UK chief executive")
_UK_AS_ADJECTIVE = re.compile(r"['’]?s? (?!(?:said|says|has|have|had|is|was|warned|welcomed|called|added|urged|found|"
                              r"estimates|spokes\w+|chief|director|charity|research|[a-z]+ed)\b)[a-z]")


# A place's preposition before a town's name ("in", "from", "to", "near")
_TOWN_CUE_BEFORE = re.compile(r"\b(?:in|from|to|near|outside) $")


def _common_words_before_uk(toks: list[_Tok], firsts: Container[str]) -> bool:
    """Whether *toks* are ordinary words in title case (zipf >= 3, no stop word, no given name, place, people or listed
    company), the name of a body before "UK" ("Diabetes", "Cancer Research", "Alzheimer's Research")."""
    plain, common = _company_names()
    return all(t.text[:1].isupper() and t.text[1:2].islower() and t.low not in _stopwords() and t.text not in firsts
               and t.low not in _QUANTITY_WORDS
               and t.text not in plain and t.text not in common and _wordfreq()(t.low) >= 3.0
               and _place(t.text) is None and _demonym_of(t.text) is None for t in toks) \
        and _place(" ".join(t.text for t in toks)) is None


# The head of a news agency's name that its own style writes with "The" ("The Associated Press", "The Canadian Press"),
# which the name is indexed without (as a paper's: "The Times", Times)
_WIRE_HEADS = frozenset(("press",))


# The parts of a treaty, a law or a bill, numbered ("Article 50", "Clause 4", "Section 28", "Schedule 7")
_NUMBERED_PARTS = frozenset("article articles clause clauses section sections schedule paragraph subsection".split())
_PART_NUMBER_AFTER = re.compile(r" \d{1,3}[A-Za-z]?\b")


def _resolve_chunk(text: str, toks: list[_Tok], initial: bool, lower_seen: Container[str]) -> list[_Mention]:
    """The mentions in one capitalised chunk (titles stripped, leading country/demonym split off)."""
    out: list[_Mention] = []
    titles = _titles()
    firsts = _first_names()
    if not toks:
        return out
    n = len(toks)  # (the run's length: read by the tests below, before an opening word is dropped)
    # (the tests that need two or more words are made only for such runs: most runs are of one word)
    # an article before the run ("the President Hotel"; _context keys the cache on it)
    article_before = toks[0].low in ("the", "a", "an") \
        or text.endswith(("the ", "The ", " a ", " an "), max(0, toks[0].start - 4), toks[0].start)
    if (n == 1 or n == 2 and (toks[0].low in _stopwords() or toks[0].low in _QUANTITY_WORDS)) \
            and toks[-1].text[1:].islower() and (people := _language_people(toks[-1].text)):
        # "Tamil rebels", "an independent Basque state", "the Uighurs": a people without a state of its own, named
        # alone by the adjective its language shares, after a sentence's opening word too ("Two Tamils were held", "An
        # Inuit hunter"); in a longer name it is that name's ("Tamil Tigers")
        return [_Mention(toks[-1].start, toks[-1].end, people, "NORP", "", initial=initial and n == 1)]
    if initial and n > 1 and (firm := _firm_opener_rest(toks, titles, firsts)):
        # "Regulator Ofcom said", "Chipmaker Intel said", "Insurer Aviva said": a noun of trade opening the sentence says
        # what the body after it is; it is no part of the name, and the name is the body's
        named = _resolve_chunk(text, firm, False, lower_seen)
        if not named and len(firm) <= 3 and not any(t.poss for t in firm[:-1]):
            # (a name no rule keeps alone: "Lender Abbey", "Developer Quillsoft Games")
            named = [_Mention(firm[0].start, firm[-1].end, " ".join(t.text for t in firm), None)]
        head = named[0] if named and named[0].start == firm[0].start else None
        if head is not None and not head.titled and not head.royal and (
                head.type in (None, "PERSON", "ORG")
                or head.type in ("GPE", "LOC") and len(named) == 1 and head.end == firm[-1].end and not _country_of(head.name)):
            head.type, head.named, head.link = "ORG", True, ""
        return named
    if n >= 2:
        if n == 2 and toks[1].text == "Street" and f"{toks[0].text} Street" in _DISTRICT_STREETS:
            return [_Mention(toks[0].start, toks[1].end, f"{toks[0].text} Street", "LOC", initial=initial, named=True)]
        if n <= 3 and toks[-1].poss and toks[0].text in ("St", "St.") and text.startswith(("'s", "’s"), toks[-1].end) \
                and _TOWN_CUE_BEFORE.search(text, max(0, toks[0].start - 8), toks[0].start) \
                and (town := _place(" ".join(t.text for t in toks) + "'s")) is not None and town[0] == "GPE":
            # "flew from St. John's to Toronto", "in St George's": a town named with a saint's possessive, after a place's
            # preposition (not "a service at St John's", a church)
            return [_Mention(toks[0].start, toks[-1].end + 2, town[1], "GPE", town[2], initial=initial, named=True)]
        if 3 <= n <= 7 and toks[-1].low in _LOC_HEADS and (split := _state_then_region(toks)):
            # "the New South Wales Hunter Valley", "the Queensland Gold Coast": the state, then the region in it
            return [_Mention(t.start, t.end, name, typ, link, initial=initial and t is toks[0]) for t, name, typ, link in split]
        if 3 <= n <= 4 and toks[-1].text == "Ministry" and not toks[-2].poss and toks[-2].text[1:].islower() \
                and (toks[0].low in ("the", "a", "an")) + 3 == n and (dem := _demonym_of(toks[-3].text)) and dem[1]:
            # "An Israeli Foreign Ministry spokesman", "the Russian Defence Ministry": the people, then the ministry's name
            # (as "US Federal Reserve" gives the country and the body)
            return [_Mention(toks[-3].start, toks[-3].end, dem[0], "NORP", dem[1], initial=initial and n == 3),
                    _Mention(toks[-2].start, toks[-1].end, f"{toks[-2].text} Ministry", "ORG", named=True)]
        if n <= 5 and toks[-1].text in ("Islander", "Islanders"):
            # "Torres Strait Islanders", "Pacific Islander", "Cook Islanders": the people of the islands (NORP), no
            # organisation nor person (after the words of a sentence's start: "Many Torres Strait Islanders")
            j = next((j for j in range(n - 1) if toks[j].low not in _stopwords() and toks[j].low not in _QUANTITY_WORDS),
                     n - 1)
            if (people := _islanders(toks[j:-1])) is not None:
                return [_Mention(toks[j].start, toks[-1].end, people[0], "NORP", people[1], initial=initial and j == 0)]
        if n == 2 and toks[0].text == "The" and (city := _city_named_with_the([toks[0].text, toks[1].text])):
            # "near The Hague", "The Hague said": a city whose name opens with "The", which stays in its name and span
            return [_Mention(toks[0].start, toks[1].end, city[1], city[0], city[2], initial=initial, named=True)]
    elif text.endswith("the ", 0, toks[0].start) and (city := _city_named_with_the(["The", toks[0].text])):
        # "talks in the Hague": the same city, its "The" written in lower case (the word alone is a surname: "Hague")
        return [_Mention(toks[0].start, toks[0].end, city[1], city[0], city[2], named=True)]
    # A whole event, award or work ("Athens Olympics", "European Indoor Championships") is not annotated.
    if n == 1 and toks[0].low in _NUMBERED_PARTS and not toks[0].poss and _PART_NUMBER_AFTER.match(text, toks[0].end):
        return out  # "Article 50", "Clause 4", "Section 28": a numbered part of a treaty or a law, no body
    if n <= 4 and " ".join(t.text for t in (toks[1:] if toks[0].text == "The" else toks)) in _COMPETITION_NAMES:
        return out  # "the Six Nations", "The Ashes series" (a series: a head of its own): a competition, not annotated
    if toks[-1].text.lower() in _SKIP_HEADS and not _person_named_like_a_venue(text, toks) \
            or n >= 2 and toks[-1].low == "country" and toks[-2].low == "cross":
        # (a race named by its kind: "Great Edinburgh International Cross Country")
        if 2 <= n <= 3 and toks[-1].low == "bridge" and (town := " ".join([t.text for t in toks])) in _small_towns():
            return [_Mention(toks[0].start, toks[-1].end, town, None, initial=initial)]  # a town, if a cue says so
        if 2 <= n <= 3 and toks[-1].low == "park" and _TOWN_AFTER.match(text, toks[-1].end) \
                and (town := _place(" ".join(t.text for t in toks))) is not None and town[0] == "GPE":
            # "Menlo Park-based Meta", "Overland Park, Kan.": a town named "<X> Park" (geonames), placed by a town's cue
            # after it ("-based", a US state or its abbreviation); not a park ("in Hyde Park", "Central Park")
            return [_Mention(toks[0].start, toks[-1].end, town[1], "GPE", town[2], initial=initial, named=True)]
        if 3 <= n <= 5 and toks[-1].low == "park" and toks[-2].low == "national" and toks[0].low != "the":
            # "Royal National Park", "Kakadu National Park": a natural area where fires burn and people walk, LOC (the
            # Lee annotators sB and sC), not a park as a venue ("Holloway Park")
            return [_Mention(toks[0].start, toks[-1].end, " ".join(t.text for t in toks), "LOC", named=True,
                             initial=initial)]
        return out
    if n >= 2:
        if toks[-1].text in ("Poll", "Polls") and not toks[-2].poss:
            # "an NBC News/Wall Street Journal Poll", "a Gallup Poll": the poll (a work, not annotated) of the organisation
            # that took it, named before it; nothing when that is no name of one ("the Sunday Poll")
            rest = _resolve_chunk(text, toks[:-1], initial, lower_seen)
            if len(rest) == 1 and rest[0].type in ("ORG", "PERSON", None) and rest[0].end == toks[-2].end \
                    and not rest[0].titled:
                rest[0].type, rest[0].named = "ORG", True
                return rest
            return [m for m in rest if m.type == "ORG"]
        if toks[-1].low in _STATION_HEADS:
            return out  # "the International Space Station", "Waterloo Station": a venue
        if toks[-1].low in ("unit", "units") and (toks[-2].low in _WARD_WORDS or n - (toks[0].low == "the") == 2
                                                   and _wordfreq()(toks[-2].low) >= 3.5):
            return out  # "the Intensive Care Unit", "a Burns Unit": a hospital's ward, a place; "the institute's
            # Statistics Unit": one field's word, a department named by its work inside a body (a police or a crime
            # unit named in full, "the Marine Policing Unit", "the Computer Crime Unit", is a body)
        if toks[-1].low in ("centre", "center") and toks[-2].low in _VENUE_CENTRES:
            return out  # "the World Trade Centre", "Kennedy Space Centre": a site (buildings are not annotated)
        if n == 2 and toks[0].text == "Fort" and toks[1].text[1:].islower() and not toks[1].poss \
                and not _place(f"Fort {toks[1].text}") and not _small_towns().get(f"Fort {toks[1].text}"):
            return out  # "based at Fort Campbell", "Fort Bragg": an army base, a venue (no person); a town a gazetteer
            # knows is one ("Fort Worth", "Fort William")
        if n == 2 and toks[-1].text == "House" and toks[0].low != "white" and toks[0].low not in _ORG_HEADS \
                and not toks[0].poss and _HOUSE_VENUE_BEFORE.search(text, max(0, toks[0].start - 24), toks[0].start) \
                and not _ORG_SAID_AFTER.match(text, toks[-1].end):
            return out  # "a picket outside Kirribilli House", "her official residence, Bute House", "at New York's Soho
            # House": a residence or a building where something happens, a venue (the White House is an institution by
            # the guidelines, and a house that speaks is one: "Chatham House said")
        if toks[-1].low in _HOSPITAL_HEADS and not _ORG_SAID_AFTER.match(text, toks[-1].end):
            return out  # "suspended at Wollongong Hospital": where it happened, a venue (not "Guy's Hospital said")
    # ... nor one named past its head ("Peter Sellers Award For Comedy", "Awards Dinner"), when no organisation's
    # head follows ("World Cup Organising Committee" is one)
    k = next((k for k in range(n - 1) if toks[k].low in _AWARD_WORDS), None) \
        if not _AWARD_WORDS.isdisjoint([t.low for t in toks]) else None  # (most chunks hold no award word)
    if k is not None and not any(t.low in _ORG_HEADS for t in toks[k + 1:]):
        return out
    if n >= 2:
        # A sport and a country: the national federation ("UK Athletics", "Athletics Kenya"); "Team" and a country: the
        # national squad as a body of its own ("Team New Zealand", "Team GB").
        if n <= 3 and toks[0].text == "Team" and _country_of(" ".join(t.text for t in toks[1:])) \
                and not toks[-1].poss:
            return [_Mention(toks[0].start, toks[-1].end, " ".join(t.text for t in toks), "ORG", named=True)]
        # "Team" before a sponsor's coined name: a racing or sailing team ("Team Tyco", "Team Ineos", "Team Penske"); not
        # before a common word ("Team Leader Jo Hart", "Team Sky" stays with the rules for common words)
        if n <= 3 and toks[0].text == "Team" and not toks[0].poss \
                and all(t.text[:1].isupper() and not t.text.isupper() and _wordfreq()(t.low) < 3.0 for t in toks[1:]) \
                and not any(t.poss for t in toks[1:-1]):
            return [_Mention(toks[0].start, toks[-1].end, " ".join(t.text for t in toks), "ORG", named=True)]
        if n <= 4 and toks[-1].text == "UK" and not _UK_AS_ADJECTIVE.match(text, toks[-1].end) \
                and _common_words_before_uk(toks[:-1], firsts):
            # "Diabetes UK", "Age UK", "Cancer Research UK", "Energy UK": ordinary words and the country's code name one
            # body (a charity, a trade body), as "UK Athletics" does; no United Kingdom ("Sony UK": the company, then UK)
            return [_Mention(toks[0].start, toks[-1].end, " ".join(t.text for t in toks), "ORG", initial=initial, named=True)]
        if n == 2 and not toks[0].poss and (region := _place(toks[0].text)) is not None and region[0] == "LOC" \
                and (dem := _demonym_of(toks[1].text)) is not None and not _place(f"{toks[0].text} {toks[1].text}"):
            # "several Gulf Arab producers", "the Caribbean Indian community": a region, then a people of it, each named
            return [_Mention(toks[0].start, toks[0].end, region[1], "LOC", region[2], initial=initial, named=True),
                    _Mention(toks[1].start, toks[1].end, dem[0], "NORP", dem[1], named=True)]
        if n == 2 and toks[1].text == "State" and _us_state_university(toks[0].text):
            # "coached at Michigan State", "Ohio State's Jim Tressel": a US state's university by its short name (news style
            # writes the state itself "Washington state", and the capital "State" is the school's)
            return [_Mention(toks[0].start, toks[1].end, f"{toks[0].text} State", "ORG", initial=initial, named=True)]
        if n == 2:
            a, b = toks[0].text, toks[1].text
            if a.lower() in _FEDERATION_SPORTS and _country_of(b) or b.lower() in _FEDERATION_SPORTS and _country_of(a) \
                    or _field_before_country(a, b):
                return [_Mention(toks[0].start, toks[1].end, f"{a} {b}", "ORG", named=True)]
        if n >= 3 and 2 <= len(toks[-1].text) <= 6 and toks[-1].text.isupper() and toks[-1].text.isalpha() \
                and not toks[-2].poss and _spells(toks[-1].text, [t.text for t in toks[:-1]]):
            # "the official Saudi Press Agency SPA said": a name, then its acronym without brackets (newswire style); the
            # name resolves on its own, an organisation's as its acronym shows
            named = _resolve_chunk(text, toks[:-1], initial, lower_seen)
            if len(named) == 1 and named[0].type in ("ORG", None) and named[0].end == toks[-2].end:
                named[0].type, named[0].named = "ORG", True  # (not a place's: "New York NY")
                return named + [_Mention(toks[-1].start, toks[-1].end, toks[-1].text, "ORG", named=True)]
    # Drop leading sentence-initial common words ("In Washington", "However", "The").
    # (unless the document writes the whole run mid-sentence too: "General Motors said", "Home Office officials")
    named_mid = initial and _org_named_mid_sentence(text, toks)
    # a noun that says what a body is, opening the sentence before its name ("Promoters Northern Star Concerts said")
    described = initial and n > 1 and (toks[0].low in _DESCRIPTOR_OPENERS or toks[0].low in _ORG_PLURAL_WORDS) \
        and toks[1].text[:1].isupper() and toks[1].low not in ("of", "and", "for", "on", "to", "&")
    if n > 1 and _position_before_player(text, toks, firsts):
        toks = toks[1:]  # "Wing Tom Pryce returns", "Props Ann Bell and": a player's position, then the player
        initial = False
    while toks and initial:
        w = toks[0].text
        low = w.lower()
        if low == "the" and len(toks) > 1:
            toks = toks[1:]
            initial = False
            continue
        if len(toks) == 2 and low in _STANDING_OPENERS and toks[1].text[1:].islower() and not toks[0].poss \
                and not toks[1].poss and _TEAM_VERB_AFTER.match(text, toks[1].end) \
                and (_sport_text(text) or _match_text(text)):
            # "Champions Chelsea have signed", "Rival Wolverhampton are keen", "Hosts Brazil have named their squad": a
            # team's standing opens the sentence before its name and its plural verb; a country stays the country
            # (a national team named by its country is GPE)
            if _country_of(toks[1].text) or _demonym_of(toks[1].text):
                toks = toks[1:]
                initial = False
                continue
            return [_Mention(toks[1].start, toks[1].end, toks[1].text, "ORG", named=True)]
        if len(toks) == 2 and low in ("north", "south", "east", "west") and toks[1].text[1:].islower() \
                and not toks[0].poss and not toks[1].poss and _compass_team(text, toks[1]):
            # "West Ham have sacked their manager", "West Brom are bottom": a compass word opening a team's name (no
            # place's: "West Yorkshire", "South Africa") before a team's plural verb, in a text about sport
            return [_Mention(toks[0].start, toks[1].end, f"{w} {toks[1].text}", "ORG", named=True)]
        if named_mid:
            break
        if _participle_opener(text, toks, firsts, lower_seen):
            toks = toks[1:]  # "Defeating Weibo Gaming 3-0, ...", "Striking Latrobe Valley workers": the verb goes
            initial = False
            continue
        if len(toks) > 1 and (low not in _CALENDAR or _place(w + " " + toks[1].text)) \
                and any(_place(" ".join([t.text for t in toks[:j]])) for j in range(2, min(len(toks), 4) + 1)) \
                and not (len(toks) >= 3 and toks[1].text in firsts and w not in firsts
                         and (low in _ROLE_START or _agent_noun_before_name(toks, firsts))):
            break  # "New York is big", "United States officials", "South Korea said": a place named with a common word
            # (not a role noun before a given name and a surname named like a landform: "Striker Tom Lake")
        if len(toks) > 1 and _compound_demonym(w, toks[1].text):
            break  # "South Korean operators", "New Zealanders"
        if len(toks) > 2 and low in ("north", "south", "east", "west") and not toks[0].poss and not toks[1].poss \
                and (_place(toks[1].text) or toks[1].text in _subdivision_names()) \
                and any(t.low in _ORG_HEADS or t.low[-1:] == "s" and t.low[:-1] in _ORG_HEADS for t in toks[2:]):
            break  # "South Wales Police said", "East Kent Hospitals Trust": a compass word and a place open a body's name
        if len(toks) >= 2 and toks[1].text == "Party" and not toks[0].poss and low not in _stopwords() \
                and low not in _OPENERS_WORDS and low not in _CALENDAR and low not in _QUANTIFIERS:
            break  # "National Party President Helen Dickie says": a party named by a common word, opening the sentence
        if len(toks) == 2 and low in titles and w not in firsts and not toks[1].poss and _demonym_of(toks[1].text) \
                and not _demonym_of(w) and _lower_after(text, toks[1].end):
            toks = toks[1:]  # "Chief Palestinian negotiator Saeb Erakat", "Senior Israeli officials": a rank, then the people
            initial = False
            continue
        if len(toks) == 1 and not out and _adjective_before_noun(text, toks) and _place(w):
            return out  # "Mobile phone users", "Mobile phone firm Nokia": an adjective opening a noun phrase, no town
        if _legal_form_opener(toks, low, titles):
            break  # "Computer Terminal Systems Inc said": a company's registered name, written whole, common word and all
        if low in ("former", "senior") and len(toks) > 1 and not toks[0].poss:
            toks = toks[1:]  # "Former Labour leader Ann Hale", "Senior Tory MPs": when, or how high, the post or the
            initial = False  # people are, before the body's name; no part of it (nameparser lists both as titles)
            continue
        if _place(w) and not _common_word_place(w, lower_seen) or _demonym_of(w) or w.isupper() and len(w) > 1 \
                or low in titles or low in _ROYAL \
                or len(toks) == 2 and w in firsts and toks[1].text in _last_names():  # "Mark Carroll, who ..."
            break
        if low in lower_seen or low in _CALENDAR and not (len(toks) > 1 and _calendar_word_in_name(w, [w, toks[1].text], 0)) \
                or low in _stopwords() or low in _OPENERS_WORDS \
                or len(toks) == 2 and w not in firsts and _wordfreq()(low) >= 3.0 and _lower_after(text, toks[1].end) \
                and (dem := _demonym_of(toks[1].text)) and (dem[1] or low in titles) and not _place(w) and not toks[1].poss \
                or len(toks) > 1 and w not in firsts and (_wordfreq()(low) >= 5.0 or low in _ORG_PLURAL_WORDS) \
                or (low in _ROLE_START or low[-1:] == "s" and low[:-1] in _ROLE_START) and (
                    len(toks) >= 3 or len(toks) == 2 and (toks[1].text in firsts or toks[1].text in _last_names())) \
                or _agent_noun_before_name(toks, firsts):
            # "Teenager LaShawn Merritt", "Compatriots Mulugeta Wondimu", "Sprinter Walker"
            if len(toks) > 1 and toks[1].text == "&":
                break  # "Standard & Poor's said": the ampersand makes one name of it
            if len(toks) > 2 and toks[1].low in ("of", "of the") and (low in _PORTION_WORDS or low in _QUANTIFIERS):
                toks = toks[2:]  # "Much of the IFRS Committee's time", "Most of the Reporting Council": a share of it
                initial = False
                continue
            if len(toks) > 2 and toks[1].low in ("of", "and", "for", "on", "to"):
                if low[-1:] == "s" and _wordfreq()(low[:-1]) >= 4.0:
                    toks = toks[2:]  # "Members of Congress said": a plural noun of people, then the name
                    initial = False
                    continue
                break  # "Bank of England said": a joined name goes on with its connector, no "of England"
            if not (low in lower_seen or low in _CALENDAR or low in _stopwords() or low in _OPENERS_WORDS
                    or low in _ROLE_START or low in _ORG_PLURAL_WORDS or low in _TITLE_PREFIXES - _NEVER_TITLE) \
                    and w not in firsts and _wordfreq()(low) >= 5.0 \
                    and any(t.low in _ORG_HEADS and t.low not in _GENERIC_HEADS
                            or t is toks[-1] and len(toks) >= 3 and t.low in _TRADE_TAILS for t in toks[1:]) \
                    and not _opens_name(toks[1:]):
                break  # "Human Rights Watch said", "Home Office officials": a very common word opening an organisation's name
                # (or a firm's, its trade last: "Red Rock Mining said")
            if len(toks) == 2 and w not in firsts and toks[1].text[1:].islower() and not toks[1].poss \
                    and not (low in lower_seen or low in _CALENDAR or low in _stopwords() or low in _OPENERS_WORDS
                             or low in _ROLE_START or low in _ORG_PLURAL_WORDS or low in titles) \
                    and low not in _QUANTIFIERS and toks[1].text not in _PARTY_NAMES and toks[1].text not in _PARTIES \
                    and toks[1].text not in _INSTITUTIONS and not _place(toks[1].text) \
                    and _wordfreq()(toks[1].low) >= 3.0 and _ORG_SAID_AFTER.match(text, toks[1].end):
                # "National Grid said", "Universal Music reported": a common word alone ("Grid") names nothing,
                # so the capitalised word before it is part of the company's name
                return [_Mention(toks[0].start, toks[1].end, f"{w} {toks[1].text}", "ORG", named=True)]
            if len(toks) >= 3 and toks[1].low in _ORG_HEADS and toks[1].low not in _GENERIC_HEADS \
                    and toks[2].low not in ("of", "and", "for", "on", "to", "&") and not toks[1].poss \
                    and w not in firsts and not (low in _CALENDAR or low in _stopwords() or low in _OPENERS_WORDS
                                                 or low in _ROLE_START or low in _ORG_PLURAL_WORDS or low in titles
                                                 or low in _QUANTIFIERS):
                break  # "Arts Council England, which ...": no name starts with its head word ("Council England")
            toks = toks[1:]
            initial = False  # what follows is capitalised on purpose
            continue
        break
    if not toks:
        return out
    if len(toks) == 2 and (pair := _chamber_and_party(toks)):
        return pair  # "Senate Republicans", "House Democratic source", "the Republican Senate candidate"
    if len(toks) >= 2 and toks[0].text in ("NGO", "NGOs") and toks[1].text[:1].isupper() and not toks[0].poss:
        toks = toks[1:]  # "the NGO Front Line Defenders": the common noun's acronym for the kind of body, then its name
        initial = False
    if len(toks) >= 2 and len(toks[-1].text) == 1 and toks[-1].text.isupper() and toks[-2].text[1:].islower() \
            and _place(" ".join(t.text for t in toks[:-1])):
        toks = toks[:-1]  # "the Athens B standard", "London A": a place, then a letter
    if len(toks) == 2 and (toks[-1].text in _GENERIC_ACRONYMS or toks[-1].text == "HQ") \
            and (_place(toks[0].text) or _demonym_of(toks[0].text)) and toks[0].low not in lower_seen:
        toks = toks[:-1]  # "London HQ", "British TV": a place before a common abbreviation
    if len(toks) >= 2 and ("'" in toks[-1].text or "’" in toks[-1].text) and _CONTRACTION.fullmatch(toks[-1].text):
        toks = toks[:-1]  # "if I were Hafner and Franzese I’d be ...": a pronoun and its verb after the name, no part of it
    if len(toks) == 1 and (toks[0].low in _DEICTIC_DAYS or toks[0].poss and toks[0].text in _COLLECTIVE_WORDS
                           or ("'" in toks[0].text or "’" in toks[0].text) and _CONTRACTION.fullmatch(toks[0].text)):
        return out  # "We'll make a team appraisal", "They're good": a pronoun and a verb, no name; "Yesterday's rain";
        # "the Women's and Children's Hospital": a plural noun's possessive alone names nothing
    if len(toks) == 1 and toks[0].text in _FAITHS:
        return out  # "an interest in Islam": a faith, no organisation (the Lee annotators gave it NORP Islamic, the BBC
        # ones left "under Islam", "the origins of Christianity" unannotated)
    while toks and toks[0].low in _CONNECTOR_TOKENS:
        toks = toks[1:]  # "News of the Worl editor" at a sentence start, the opener dropped: no name opens with "of the"
    if not toks:
        return out
    if len(toks) >= 3 and toks[-1].text in _POST_NOMINALS and toks[-2].text[:1].isupper() and not toks[-2].text.isupper():
        toks = toks[:-1]  # "Ross Ray QC, representing the club", "Terrence Cole QC", "Sir Tom Arle MBE": letters after a
        # person's name, no part of it
    if len(toks) >= 3 and toks[-1].text == "I" and any(t.low in _ORG_HEADS for t in toks[:-1]):
        toks = toks[:-1]  # "the International Council of Red Cross I understand": the speaker's "I" after a body's
        # name (a numeral ends a person's or a war's: "George I", "World War I")
    if toks[0].text in _SHIP:
        return out
    if len(toks) >= 2 and text.find("huttle", toks[0].start, toks[-2].end) >= 0 \
            and (k := next((k for k, t in enumerate(toks[:-1]) if t.low == "shuttle"), None)) is not None:
        # "The United States Space Shuttle Endeavour": a craft (not annotated), after whose it is
        j = k - 1 if k and toks[k - 1].low == "space" else k
        return _resolve_chunk(text, toks[:j], initial, lower_seen) if j else out
    if len(toks) >= 2 and (toks[-1].text in _GOVERNMENT_WORDS or toks[-1].text in ("Opposition", "Cabinet")
                           or toks[0].text == "Federal"):
        level = _level_of_government(toks)
        if level is not None:
            if not level:
                return out
            toks, initial = level, False
    if not toks:
        return out
    if not _ARTS_HEADS.isdisjoint([t.low for t in toks]) and (arts := _arts_head_misplaced(text, toks, initial, lower_seen)) is not None:
        return arts  # "The Opera", "Phantom of the Opera", "Firefox and Opera": an art or a work, no company
    # Leading "The" mid-sentence belongs to an organisation's name only ("The Wall Street Journal").
    if toks[0].text == "The" and (not any(t.text.lower() in _ORG_HEADS for t in toks[1:])
                                  or len(toks) == 2 and toks[1].low in _NEWSPAPERS  # "The Guardian": Guardian
                                  or len(toks) > 2 and toks[-1].low in _NEWSPAPERS and toks[-1].low not in ("post", "star")
                                  or len(toks) > 2 and toks[-1].low in _WIRE_HEADS):
        # ("The Sunday Telegraph", "The Financial Times": the paper's name without "The", as its short form is written;
        # "The Associated Press": a news agency's too)
        toks = toks[1:]
        if not toks:
            return out
    # A model number ("Casio QV-10", "Airbus A321", "PB100"): a product, its maker (if named) an organisation.
    n = len(toks)  # (toks is not changed again below)
    if _DIGIT.search(text, toks[0].start, toks[-1].end) and any(_MODEL.fullmatch(t.text) for t in toks):  # (_MODEL needs a digit)
        k = next(k for k, t in enumerate(toks) if _MODEL.fullmatch(t.text))
        if 1 <= k <= 3 and (owner := _place(" ".join(t.text for t in toks[:k])) or (
                _demonym_of(toks[0].text) if k == 1 else None)):
            # "US B-52 bombers", "Israeli F-16 warplanes": whose the craft are, a country or its people, no maker
            typ, canon, link = owner if len(owner) == 3 else ("NORP", *owner)
            return [_Mention(toks[0].start, toks[k - 1].end, canon, typ, link, initial=initial)]
        if k == 1 and not toks[0].text.isupper() and toks[0].text.lower() not in titles:
            return [_Mention(toks[0].start, toks[0].end, toks[0].text, "ORG", named=True)]
        if n == 1 and _LETTERS_THEN_NUMBER.fullmatch(toks[0].text) \
                and (_BODY_SPEAKS_AFTER.match(text, toks[0].end) or _org_before_phrase(text, toks[0].start)
                     or _org_before(text, toks[0].start)):
            # "MI5 said", "a former head of MI6", "the mobile operator O2": letters and a number named as a body in
            # an organisation's frame, no product's model
            return [_Mention(toks[0].start, toks[0].end, toks[0].text, "ORG", initial=initial, named=True)]
        if 2 <= k <= 4 and toks[k - 1].low in _ORG_HEADS and not toks[k - 1].poss:
            lead = 1 if toks[0].text in ("A", "An", "The") else 0
            return _resolve_chunk(text, toks[lead:k], initial and not lead, lower_seen)  # "an Air Force B-52 bomber":
            # whose craft it is
        return out
    if n == 1 and _NUMBERED_CRAFT_AFTER.match(text, toks[0].end) and _craft_maker_word(toks[0].text):
        # "a Boeing 767-300 aircraft", "a Beech 200 plane": a maker's name, its model's number, a craft's noun
        return [_Mention(toks[0].start, toks[0].end, toks[0].text, "ORG", initial=initial, named=True)]
    if n == 1 and toks[0].text in ("Test", "Tests"):
        return out  # "the first Test", "one Test match", "Test cricket": the cricket match, no name
    if n >= 2 and toks[-1].text == "Test" and not toks[-1].poss and toks[-2].low not in ("nuclear", "the"):
        # "the Melbourne Test", "the Boxing Day Test": a cricket Test (match), no one's name; a place before it is
        # named as a modifier ("London marathon"), the rest resolves on its own
        return out + _resolve_chunk(text, toks[:-1], initial, lower_seen)
    whole = " ".join([t.text for t in toks])
    if whole == "Coalition" and not toks[-1].poss and text[max(0, toks[0].start - 4):toks[0].start] in ("the ", "The ") \
            and not _COALITION_ARMS_AFTER.match(text, toks[-1].end) or whole == "Coalition" and toks[-1].poss \
            and text[max(0, toks[0].start - 4):toks[0].start] in ("the ", "The "):
        # "when the Coalition was elected", "the Coalition's stance": the governing parties' alliance, named so with a
        # capital (not the allies of a war: "Coalition forces")
        return [_Mention(toks[0].start, toks[-1].end, whole, "ORG", named=True)]
    if whole in _INSTITUTIONS and not initial:  # "the Treasury", "Commons speeches"
        return [_Mention(toks[0].start, toks[-1].end, whole, "ORG", named=True)]
    if whole in _INSTITUTIONS and initial and not toks[-1].poss and _INSTITUTION_ACTS_AFTER.match(text, toks[-1].end):
        # "Parliament has spoken", '"Congress passed the bill': an institution opening its sentence (or a quotation)
        # before its verb, the body acting (not "Cabinet ministers met": a common noun's modifier)
        return [_Mention(toks[0].start, toks[-1].end, whole, "ORG", initial=True, named=True)]
    if whole == "Labor" and text[toks[-1].end:toks[-1].end + 1] == " " \
            and text[toks[-1].end + 1:toks[-1].end + 14].split(" ", 1)[0].rstrip(",.") in _US_LABOR_AFTER:
        return out  # "Labor Secretary Elaine Chao", "Labor Day": a US portfolio or holiday, no party
    if whole in _PARTIES:
        return [_Mention(toks[0].start, toks[-1].end, whole, "ORG", named=True)]
    if n == 2 and not toks[1].poss and _firm_before_country(toks[0].text, toks[1].text, whole):
        # "Ansett Australia", "Telecom Italia"-like: a coined word no dictionary holds, then a country: a company's name
        return [_Mention(toks[0].start, toks[1].end, whole, "ORG", initial=initial, named=True)]
    if n == 2 and not initial and _era_before_country(toks[0].text, toks[1].text, whole):
        # "Tudor England", "Bolshevik Russia": a rare modifier of a country, which is named on its own
        country = _place(toks[1].text)
        dem = _demonym_of(toks[0].text)  # ("Nazi Germany": the people too, though "Nazi" is a given name somewhere)
        return ([_Mention(toks[0].start, toks[0].end, dem[0], "NORP", dem[1])] if dem else []) \
            + [_Mention(toks[1].start, toks[1].end, country[1], "GPE", country[2])]
    i = 0
    titled = False
    royal: list[_Tok] = []
    org_chunk = not _ORG_HEADS.isdisjoint([t.text.lower() for t in toks]) and not _place(whole) \
        or _legal_form_run(whole.split())  # ("Nobel Industrier Sweden AB": no title "AB" after a person's name)
    if org_chunk and n >= 3 and (lead := _country_before_title(toks, titles)):
        at = _title_after_portfolio([t.text for t in toks[lead:]], titles)
        title_at = lead + at if at >= 0 else n - 1  # (a title that ends the run: "Nigerian Oil Minister")
        org_chunk = not _ORG_HEADS.isdisjoint([t.low for t in toks[title_at:]])
        # "United States Secretary of State Colin Powell": "United" is the country's word, no organisation's head
    if org_chunk and n >= 3 and (k := _person_after_head(toks, firsts, titles)):
        # "the Football Association Geoff Thompson" (after "President of"): the body's name ends at its head, then a
        # person's name follows
        out.extend(_resolve_chunk(text, toks[:k], initial, lower_seen))
        return out + _resolve_chunk(text, toks[k:], False, lower_seen)
    if org_chunk and n == 4 and toks[1].low in _ROLE_HEADS and _title_then_person(toks, 0, titles):
        org_chunk = False  # "Chief Executive Satya Nadella said": a title and its role head open the run, then a
        # person's given name and surname, whatever list knows the given name (as after a company's name below)
    if org_chunk and n >= 3:
        # "Communications Minister Kourosh Ahmadi", "Foreign Office Minister Bill Rammell": the heads end before
        # a personal title that a name follows; the words before the title resolve on their own
        k = next((k for k in range(1, n - 1) if (toks[k].low in _PERSON_TITLES and toks[k].low in titles
                                                  or toks[k].low in titles and _name_after_titles(toks, k + 1, titles, firsts)
                                                  or toks[k].low in _ROLE_HEADS and toks[k - 1].low in titles and toks[k + 1].text in firsts
                                                  or _title_then_person(toks, k, titles)
                                                  or _rank_before_name([t.text for t in toks[k:k + 4]], firsts))  # (it reads four words at most)
                  and toks[k - 1].low not in ("of", "and", "for")
                  and toks[k + 1].low not in ("of", "and", "for")), None)
        # (also a title before a title or a given name: "Metropolitan Police Commissioner Sir John Stevens",
        # "Chief Executive Martin Sorrell")
        if k is not None and not any(t.low in _ORG_HEADS and not (j == k + 1 and t.low in _ROLE_HEADS)
                                     for j, t in enumerate(toks[k + 1:], k + 1)):
            org_chunk = False
            if k == 2 and _place(toks[0].text) and toks[1].low in _ORG_HEADS:
                pass  # "US Energy Secretary Samuel Bodman": the country, then a portfolio that is part of the title
            elif k == 1 and toks[0].low in _ARMED_SERVICES:
                toks, n = toks[1:], n - 1  # "Navy Captain Timothy Taylor": a service before its rank, part of the rank
            elif toks[k - 1].low in _PORTFOLIO_PLURALS and not toks[k - 1].poss and toks[k].low in titles:
                # "Emergency Services Minister Ted Quinlan", "New South Wales Community Services Minister": a portfolio
                # named by a plural field, part of the title (no body's name); a place before it is named on its own
                lead = next((j for j in range(min(k - 1, 4), 0, -1) if _place(" ".join(t.text for t in toks[:j]))), 0)
                if lead:
                    out.extend(_resolve_chunk(text, toks[:lead], initial, lower_seen))
                toks, n, initial = toks[k:], n - k, False
            elif k >= 3 and toks[k].low in ("minister", "secretary") and any(t.low == "and" for t in toks[:k]) \
                    and not any(t.poss for t in toks[:k]) and _portfolio_words([t.text for t in toks[:k]], firsts):
                toks, n, initial = toks[k:], n - k, False  # "Finance and Petroleum Minister Sheikh ...": two fields of
                # one minister's portfolio, part of the title (no body's name)
            elif toks[k].low == "officer" and (c := _chief_of_officer(toks, k)) is not None:
                # "Chief Financial Officer Amy Hood", "Acme Chief Technology Officer Raj Patel": a company's officer
                # named by "Chief", a field and "Officer" is one title (the field is no body's name); a name before
                # "Chief" resolves on its own
                if c:
                    out.extend(_resolve_chunk(text, toks[:c], initial, lower_seen))
                toks, n, initial = toks[k:], n - k, False
            elif any(t.low in _ORG_HEADS for t in toks[:k]):  # the organisation before the title, on its own
                out.extend(_resolve_chunk(text, toks[:k], False, lower_seen))
                toks, n, initial = toks[k:], n - k, False
    if org_chunk and n == 2 and toks[0].low in _ORG_HEADS and toks[1].low in titles and toks[1].low not in _ORG_HEADS:
        return out  # "as Cabinet Secretary", "a Council Leader": a post named by its institution's head, no name
    if n == 2 and toks[1].text in ("Government", "Administration") and (dem := _demonym_of(toks[0].text)):
        # "the Kenyan Government": the people, then a description of their state, no name of its own
        return out + [_Mention(toks[0].start, toks[0].end, dem[0], "NORP", dem[1], initial=initial)]
    if 2 <= n <= 4 and toks[-1].text in ("Government", "Administration") and not toks[-1].poss \
            and (state := _place(" ".join(t.text for t in toks[:-1]))) and state[0] == "GPE":
        # "the Israel Government", "the Queensland Government": the place, then a description of its state, as above
        return out + [_Mention(toks[0].start, toks[-2].end, state[1], "GPE", state[2], initial=initial)]
    if n >= 2 and _ENVOY_AFTER.match(text, toks[-1].end) and (split := _body_then_region(text, toks, lower_seen)):
        # "United Nations Middle East envoy", "EU Balkans envoy": the body, then the region its envoy serves
        return out + split
    if org_chunk and i == 0 and n >= 3 and toks[0].text in ("US", "U.S.", "UK") \
            and " ".join(t.text for t in toks[1:]) in _NATIONAL_PARTIES and (country := _place(toks[0].text)):
        # "the UK Labour Party leader", "the US Democratic Party": the country, then the party (as "US" before a body)
        out.append(_Mention(toks[0].start, toks[0].end, country[1], "GPE", country[2], initial=initial))
        return out + _resolve_chunk(text, toks[1:], False, lower_seen)
    if org_chunk and i == 0 and (j := _country_before_state_body(toks)):
        # "United States Federal Court", "United Kingdom Border Agency": the country, then its arm (as "US" before one)
        country = _place(" ".join(t.text for t in toks[:j]))
        out.append(_Mention(toks[0].start, toks[j - 1].end, country[1], "GPE", country[2], initial=initial))
        return out + _resolve_chunk(text, toks[j:], False, lower_seen)
    while i < n:
        rest = toks[i:]
        words = [t.text for t in rest]
        # Leading country code before an organisation, country or demonym before a title or name.
        if (not org_chunk or words[0] in ("US", "U.S.", "UK") and len(words) > 1
                and not (len(words) > 2 and words[-1].lower() in _NON_STATE_HEADS)
                or _country_named_in_full(words)) \
                and not (royal and royal[-1].low in _PEERAGE and royal[-1].end + 1 == rest[0].start) \
                and not (titled and not royal and i == n - 1 and not (
                    _bare_demonym(words[0], firsts) and toks[i - 1].low.rstrip(".") not in ("mr", "mrs", "ms", "miss", "dr"))):
            # (nor a one-word name after a personal title: "Mr Hamilton", "Mr Paisley" are people named like towns;
            # but a people's adjective there is the people: "Chief Palestinian negotiator", "Senior Israeli officials")
            # ("UK Film Council", "US Soccer Federation": a body that is no arm of the state keeps its country code;
            # "US Federal Reserve", "UK Patent Office": the country, then its agency)
            hit = None
            for j in range(min(len(words), 4), 0, -1):
                name = " ".join(words[:j])
                place = _as_written(_place(name), name)
                if place and j == 2 and words[0].lower() in _ROYAL and words[1] in firsts:
                    place = None  # "Prince Edward", "Prince George": a royal, not the island or the town
                if place and j == len(words) == 1 and _town_named_business(place, name, text, rest[-1].end):
                    place = None  # "the Pinewood studios", "the Tarbury cinema chain": a small town's name, a business cue
                if place:
                    hit = (j, place)
                    break
                if j == 2 and (dem := _compound_demonym(words[0], words[1])):
                    hit = (2, ("NORP", dem[0], dem[1]))  # "South Korean", "Sri Lankan", "New Zealander"
                    break
                if j == 1 and (dem := _demonym_of(name)) and (name not in firsts or len(words) == 1 or len(words) >= 3
                                                              and name in _DEMONYM_NOUNS):
                    # ("Scot Kathy Butler", "Dane Anna Berg": a demonym noun, also a given name, before a full name)
                    hit = (1, ("NORP", dem[0], dem[1]))
            if hit and hit[1][0] == "NORP" and initial and n == 1 and words[0] in _DEMONYM_NOUNS \
                    and _wordfreq()(words[0].lower()) >= 4.0 and _lower_after(text, toks[-1].end):
                return out  # "Pole vaulter Ann Smith" at a sentence start: the common noun, no Pole
            if hit and words[hit[0]:hit[0] + 1] == ["&"]:
                hit = None  # "Scottish & Newcastle", "Bradford & Bingley": a place or a people before "&" opens a firm's name
            if hit:
                j, (typ, canon, link) = hit
                after = words[j:]
                if not after or typ == "NORP" or rest[j].low in titles or after[0].lower() in _ROYAL \
                        or words[0] in ("US", "U.S.", "UK") or _country_named_in_full(words) \
                        or typ == "GPE" and len(after) == 1 and after[0] in _GROUP_NORP \
                        or (typ == "GPE" and _country_of(" ".join(words[:j])) and (_place(" ".join(after[:2])) or _place(after[0])
                                                                                    or j >= 2 and _title_after_portfolio(after, titles) > 0)) \
                        or typ == "GPE" and i == 0 and len(after) >= 2 and after[0] in firsts and words[0] not in firsts \
                        and _place(after[0]) is None \
                        and _country_of(" ".join(words[:j])) and _POST_TO_BEFORE.search(text, max(0, toks[0].start - 30), toks[0].start):
                    # ("Ambassador to Iraq Karen Whitfield", "Envoy to Sudan Tom Perriello": the post's country, then the
                    # holder)
                    if typ == "NORP" and after and (any(w.lower() in _ORG_HEADS for w in after) and not (
                            _title_after_portfolio(after, titles) >= 0 or _portfolio_then_title(after, titles)) or after[0] == "&"
                                                    or i == 0 and _demonym_led_firm(text, rest, after)):
                        pass  # "British Airways", "Iranian Foreign Ministry", "Scottish & Newcastle": one organisation
                    elif typ == "NORP" and j == 1 and words[0] in _HOME_NATION_PEOPLES and after \
                            and (party := next((k for k in (2, 1) if len(after) >= k and " ".join(after[:k]) in _PARTIES
                                                and " ".join(after[:k]) not in ("SNP", "DUP", "UKIP", "Plaid Cymru")), 0)):
                        # "the Scottish Greens", "Scottish Conservative leader", "Welsh Labour": a home nation's own
                        # party, one organisation (not the nation's people and the UK party)
                        own = " ".join(words[:party + 1])
                        if own.endswith(_PARTY_ADJECTIVES) and own + " Party" not in text:
                            own = own[:-len(own.rsplit(" ", 1)[1])] + _PARTY_ADJECTIVES_PLURAL[own.rsplit(" ", 1)[1]]
                            # ("Scottish Conservative leader" alone: the Scottish Conservatives, as "Conservative
                            # leader" is the Conservatives')
                        out.append(_Mention(rest[0].start, rest[party].end, own, "ORG", initial=initial and i == 0,
                                            named=True))
                        i += party + 1
                        titled = False
                        continue
                    elif typ == "NORP" and j == 1 and " ".join(after) in _PARTY_BRANCH_NAMES and _national_demonym(words[0]) \
                            and not rest[0].poss and words[0] != "American":  # (US copy's "American Democrats": a people)
                        out.append(_Mention(rest[0].start, rest[-1].end, " ".join(words), "ORG", named=True,
                                            initial=initial and i == 0))
                        return out  # "the Scottish Greens", "the Australian Democrats", "Welsh Conservatives": a
                        # nation's party or a party's branch in one nation, one organisation
                    elif typ == "NORP" and i == 0 and _demonym_led_body(text, rest, after):
                        out.append(_Mention(rest[0].start, rest[-1].end, " ".join(words), "ORG", named=True,
                                            initial=initial))
                        return out  # "the Islamic State group", "Islamic State militants": one armed group's name
                    elif typ == "NORP" and len(after) == 1 and (dem2 := _demonym_of(after[0])) and after[0] not in firsts \
                            and not (link and dem2[1] and dem2[1] != link and dem2[1] not in _SETTLER_NATIONS) \
                            and dem2[0] not in _FAITH_NORP:
                        # (not two nations' peoples, "a French Moroccan man", nor a people or a branch of a faith and
                        # the faith, "a British Islamic leader", "the Shiite Muslim movement": one mention of each, below)
                        # "Irish Americans", "Latin American": one group, named by the singular
                        out.append(_Mention(rest[0].start, rest[1].end, f"{words[0]} {dem2[0]}", "NORP", "",
                                            initial=initial and i == 0))
                        return out
                    else:
                        out.append(_Mention(rest[0].start, rest[j - 1].end, canon, typ, link, initial=initial and i == 0))
                        i += j
                        titled = False
                        continue
        # A party before a name ("Liberal Democrat Sarah Teather", "Labour MP ..."): the party, then the rest.
        for j in (2, 1):
            if len(words) > j and " ".join(words[:j]) in _PARTIES \
                    and not (words[0] == "Labor" and words[j] in _US_LABOR_AFTER):  # (not "US Labor Department")
                out.append(_Mention(rest[0].start, rest[j - 1].end, " ".join(words[:j]), "ORG", named=True))
                i += j
                break
        else:
            j = 0
        if j:
            continue
        low = rest[0].low.rstrip(".")  # (an abbreviated title's full word: "Sen." -> "senator")
        if len(words) > 1 and low.endswith(("man", "woman")) and _demonym_of(words[0][: -5 if low.endswith("woman") else -3]):
            i += 1  # "Dutchman Patrick van Balkom"
            continue
        if not org_chunk and len(words) > 2 and low in _TITLE_PREFIXES \
                and rest[1].low in titles:
            titled = True  # "Foreign Minister", "Vice President", "Home Secretary"
            i += 1
            continue
        if low in ("st", "saint") and len(words) == 2 and not royal and not titled and not rest[-1].poss \
                and words[1][1:].islower() and words[1] not in firsts and not _place(words[1]) \
                and not _SAINT_AFTER.match(text, rest[-1].end):
            # "the St Galmier event", "born in St Marnock": "St" before a word that is no given name opens a
            # place's name (a saint is named by a given name: "St Patrick")
            out.append(_Mention(rest[0].start, rest[-1].end, " ".join(words), "GPE", "",
                                initial=initial and i == 0))
            return out
        # Titles: "President", "Prime Minister", "Secretary of State", "Mr"; royal ones are kept.
        if not org_chunk and (low in _titles_royal() or titled and low in _ROLE_HEADS or _rank_before_name(words, firsts)
                              or titled and low == "class" and toks[i - 1].low == "first") and len(words) > 1 \
                and not (words[0].isupper() and 1 < len(words[0]) <= 3 and low not in _CAPS_TITLES
                         and low not in _POLICE_RANKS):  # "MG Rover" (a police rank passed _rank_before_name)
            # ("Sergeant First Class Dan Reed", "Private First Class": the army's rank in three words)
            if low in _ROYAL:
                royal.append(rest[0])
            else:
                royal = []
            titled = True
            i += 1
            continue
        if not org_chunk and titled and not rest[0].poss and _participle_of_title(words[0], firsts) \
                and (len(words) > 1 or text.startswith((", ", " the "), rest[0].end)):
            # "Counsel Assisting Wayne Martin", "Counsel Assisting, Wayne Martin", "Counsel Assisting the Commission": a
            # participle after a title, before a name or the body, belongs to the title ("Ambassador Jarring's" is a
            # surname)
            if len(words) == 1:
                return out
            i += 1
            continue
        if not org_chunk and words[0] in ("of", "State") and titled:
            if len(words) == 1:
                return out
            i += 1
            continue
        # Words before a later title ("Trade and Industry Secretary Patricia Hewitt", "Labour MP"):
        # resolved on their own, then the title.
        if not org_chunk:
            k = next((k for k in range(1, len(words)) if (rest[k].low.rstrip(".") in titles
                      or words[k].endswith("s") and words[k][:-1].lower() in titles
                      or _rank_before_name(words[k:], firsts))
                      and words[k - 1] not in ("of", "and")), None)
            if titled and k is not None and not _portfolio_words(words[:k], firsts):
                k = None  # after a title only a portfolio's common words ("Federal Science Minister", "Federal
                # Privacy Commissioner"); not a given name ("Dr Peter King")
            if titled and k is None:
                break
            while k is not None and k > 1 and words[k - 1].lower() in _TITLE_PREFIXES:
                k -= 1  # "NUJ General Secretary", "Labour Deputy Prime Minister": the title starts earlier
            if k is not None and k == len(words) - 1 and (words[k - 1] in firsts or words[k - 1][1:].islower() and (
                    _surname_by_honorific(text, words[k]) or k == 1 and _role_before(text, rest[0].start))) \
                    and words[k] in _last_names():
                k = None  # a given name, then a title word that is a surname too ("Graham King"; not "Mary Queen of Scots");
                # or a word no package knows as a given name when the text writes "Mr King" or a role noun comes before
                # ("governor Mervyn King")
            elif k == len(words) - 1 == 1 and words[1] in _last_names() and _rare_given_name(words[0]):
                k = None  # a rare word, then such a title word: a given name no list holds ("Mervyn King"; not "Lion King")
            if k is not None:
                if k >= 2 and not out and (dem := _demonym_of(words[0])) and not rest[0].poss \
                        and _portfolio_words(words[1:k], firsts):
                    # "German Finance Minister Wolfgang Schauble": a people (a given name too: "German"), then a
                    # portfolio's words, part of the title
                    out.append(_Mention(rest[0].start, rest[0].end, dem[0], "NORP", dem[1], initial=initial and i == 0))
                elif not (i and out and out[-1].type in ("NORP", "GPE") and out[-1].end == toks[i - 1].end
                        and _portfolio_words(words[:k], firsts)):
                    # (not a portfolio's words after a country or its people: "Iranian Oil Minister", "Nigerian Oil
                    # Minister": part of the title, no organisation)
                    out.extend(_resolve_chunk(text, rest[:k], False, lower_seen))
                i += k
                if i == n - 1:  # a title with no name after it ("Foreign Secretary")
                    return out
                continue
        break
    rest = toks[i:]
    if not rest:
        return out
    words = [t.text for t in rest]
    name = " ".join(words)
    if titled and not out and i == 1 and toks[0].low in _titles_royal() and toks[0].low not in _HONORIFICS \
            and toks[0].low not in _PEERAGE and toks[0].low != "grand" and toks[0].low not in _PERSON_ONLY_TITLES \
            and (toks[0].low not in _OFFICE_TITLES or article_before) \
            and _org_after_title(words, firsts, common=toks[0].low not in _FIRM_TITLE_WORDS):
        # "Credit Suisse First Boston", "Cardinal Health": a word nameparser lists as a title, then words that name
        # nobody (no given name, no surname, a common word or a place among them): one organisation's name
        return [_Mention(toks[0].start, rest[-1].end, " ".join(t.text for t in toks), "ORG",
                         initial=initial, named=True)]
    if titled and len(words) == 1 and rest[0].low in _ROLE_HEADS:
        return out  # "the Attorney General's advice", "the Chief Executive": a title with no name after it
    honorific = i > 0 and toks[i - 1].low.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr")  # "Mr King": a surname
    if len(words) == 1 and (name.lower() in _CALENDAR and not _paper_named_like_a_day(text, rest[0].start, rest[0].end)
                            and not (honorific and name[1:].islower())  # "Mrs May", "Mr March": a surname, no month
                            and not (len(name) == 3 and name.isupper())  # ("DEC", "SAT": an acronym, no day nor month)
                            or _NUMERAL_OR_LETTER.fullmatch(name)
                            or name.lower() in titles and not (honorific and name[1:].islower())
                            and not (name.lower() in _NEWSPAPERS and text[max(0, rest[0].start - 4):rest[0].start] in ("the ", "The "))
                            and not (name.isupper() and name.lower() not in _TITLE_ACRONYMS)
                            or name.lower() in _stopwords() and not name.isupper()):
        return out  # (an upper-case "WHO" goes on: it may be an acronym defined in the text)
    place = None if org_chunk else _as_written(_place(name), name)
    if place and len(words) == 1 and _town_named_business(place, name, text, rest[-1].end):
        place = None
    if place and (titled or royal) and (not _country_of(name) or royal and royal[-1].low in _PEERAGE):
        place = None  # "President Bush", "Mr Hamilton": a person named like a town; "Baroness Scotland": a peer
    if place:
        typ, canon, link = place
        out.append(_Mention(rest[0].start, rest[-1].end, canon, typ, link, initial=initial and i == 0))
        return out
    if len(words) == 2 and words[1] in ("Indians", "Aborigines", "tribesmen", "Tribe", "Tribes") and not titled \
            and not royal and words[0] not in firsts and _wordfreq()(words[0].lower()) < 3.5 and not _demonym_of(words[0]):
        # "Carib Indians", "Cherokee Indians": a people named by the first word
        out.append(_Mention(rest[0].start, rest[-1].end, words[0], "NORP", "", initial=initial and i == 0))
        return out
    if len(words) == 1 and (dem := _demonym_of(name)) and name not in firsts:
        out.append(_Mention(rest[0].start, rest[-1].end, dem[0], "NORP", dem[1], initial=initial and i == 0))
        return out
    typ = _classify(words, titled=titled or bool(royal))
    if typ is None and len(words) == 2 and out and out[-1].type == "NORP" and out[-1].end + 1 == rest[0].start \
            and words[1] in _last_names() and words[0][1:].islower() and words[0].isalpha() \
            and words[0].lower() not in _ORG_HEADS and words[1].lower() not in _ORG_HEADS:
        typ = "PERSON"  # "American Ed Moses", "Briton Al Hayes": a people, then a given name and a known surname (a
        # given name the lists lack or hold as a common word)
    if typ is not None and typ != "ORG" or not 2 <= len(words) <= 3 or any(t.low in _ORG_HEADS for t in rest) \
            or not _role_before(text, rest[0].start):
        pass
    elif typ is None or words[0].isupper() and len(words[0]) <= 3 and not any(w.isupper() for w in words[1:]) \
            or _plural_noun_end(words[-1]):
        typ = "PERSON"  # a role noun before a name of common words, after initials or ending like a plural ("attorney
        # Rich Nichols", "author JM Barry", "referee Rab Styles")
    if len(words) == 1 and not titled and not royal and not honorific and not name.isupper() \
            and _wordfreq()(rest[0].low) < 4.5 and not (initial and i == 0 and rest[0].low in lower_seen) \
            and (club := _CLUB_WORD_AFTER.match(text, rest[-1].end)) \
            and (not club.group().endswith("coach") or _wordfreq()(rest[0].low) < 3.0):
        # (a coach trains a squad named by a rare word, "Socceroos coach"; a common word names a sport: "Swim coach")
        # (not a common word: "Fund manager", "Project manager", "Team manager")
        # "Everton striker", "Chelsea manager Ray Dunn", "Hull boss": an unknown word before a club's role is the club
        out.append(_Mention(rest[0].start, rest[-1].end, name, "ORG", initial=initial and i == 0, named=True))
        return out
    if (typ is None or typ == "ORG") and len(words) <= 3 and not titled and not royal and not honorific \
            and words[0] not in firsts and _released_by(text, rest[0].start):
        # "released in the UK by Pathé", "published by Bloomsbury": who releases, distributes or publishes a work is a
        # company (not "directed by", "written by", "produced by": people do those)
        out.append(_Mention(rest[0].start, rest[-1].end, name, "ORG", initial=initial and i == 0, named=True))
        return out
    if typ is None and len(words) > 1 and i == 0 and _org_plural_before(text, rest[0].start):
        # "games makers such as Electronic Arts", "rivals Big Blue": a name no rule types, listed as an organisation
        out.append(_Mention(rest[0].start, rest[-1].end, name, "ORG", initial=initial, named=True))
        return out
    if typ is None and 2 <= len(words) <= 3 and not titled and not royal and not honorific \
            and all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in words) \
            and _PERSON_SAID_AFTER.match(text, rest[-1].end) \
            and not all(w.lower() in _lexicon_words() for w in words):
        typ = "PERSON"  # "Mo Farah said he would retire", "Xi Jinping says she": a body says "it", a person "he" or
        # "she"
        # (not a name of ordinary words, a body's or a thing's, speaking of someone: "Sky Sports said he was injured")
    if typ is None and (initial and i == 0 or described and i == 0 and not initial) and 2 <= len(words) <= 3 and not titled \
            and not royal and words[-1][1:].islower() \
            and words[-1].lower() not in _SKIP_HEADS and words[0].lower() not in _particles() \
            and words[0].lower() not in ("el", "le", "mac", "mc", "o") \
            and words[0] not in firsts and _ORG_SAID_AFTER.match(text, rest[-1].end):
        # "Universal Music said", "Crimson Anvil shares" opening a sentence: a name no rule types that speaks or
        # trades as a company (not mid-sentence: "prisoner B in Longmoor Jail said")
        out.append(_Mention(rest[0].start, rest[-1].end, name, "ORG", initial=initial and i == 0, named=True))
        return out
    cued = _org_cue_after(text, rest[-1].end, words) and not (
        initial and i == 0 and len(words) == 1 and not titled and _wordfreq()(rest[0].low) >= 6.0)
    # (not a sentence's first word that is among the commonest of English, a verb: "Get news from the BBC")
    if typ is None and not cued:
        # kept aside: a later name may show it is one ("Time Warner" ... "TimeWarner")
        if len(words) > 1 and words[-1].lower() not in _SKIP_HEADS:
            out.append(_Mention(rest[0].start, rest[-1].end, name, None, initial=initial and i == 0))
        return out
    role = _role_before(text, rest[0].start)
    if cued and typ != "PERSON" or typ is None and cued or cued and typ == "PERSON" and not titled and not royal \
            and (_WORD_AFTER.match(text, rest[-1].end).group(1) in _WORKPLACES
                 or len(words) == 1 and _MEDIUM_CUES_AFTER.match(text, rest[-1].end) is not None):
        typ, role = "ORG", False  # "the Reuters news agency", "Uganda's New Vision newspaper"
        # (and a firm's workplace after a name that looked like a person's: "the Nu-Wood Decorative Millwork factory";
        # a news agency's, a website's or a channel's noun after one word that is a given name too: "the Dogan news
        # agency", no person's)
    named = rest[-1].poss and not _poss_before_name(text, rest[-1].end) or role or (i > 0 and org_chunk) \
        or typ == "ORG" and cued
    if role and len(words) == 1 and not name.isupper():
        typ = "PERSON"  # "soccer legend Pele"
    if len(words) == 1 and name.lower() in _NEWSPAPERS and text[max(0, rest[0].start - 4):rest[0].start] in ("the ", "The "):
        typ, named = "ORG", True  # "told the Times", "The Guardian is hedging its bets"
    if royal and typ == "PERSON":  # royal titles stay in the name and the span ("King Abdullah II")
        out.append(_Mention(royal[0].start, rest[-1].end, " ".join([r.text for r in royal] + words), typ, titled=True,
                            royal=" ".join(r.text for r in royal), initial=False))
    else:
        out.append(_Mention(rest[0].start, rest[-1].end, name, typ, titled=titled, initial=initial and i == 0, named=named))
    return out


# The peoples of the UK's nations whose branches of the UK parties, and Green parties, are parties of their own
# ("Scottish Greens", "Scottish Conservatives", "Welsh Labour", "Ulster Unionists" are named otherwise)
_HOME_NATION_PEOPLES = frozenset(("Scottish", "Welsh"))
_PARTY_ADJECTIVES_PLURAL = {"Conservative": "Conservatives", "Democrat": "Democrats", "Dem": "Dems", "Tory": "Tories"}
_PARTY_ADJECTIVES = tuple(" " + w for w in _PARTY_ADJECTIVES_PLURAL)
# A party's name (or its people's) after a nation's adjective that names a nation's own party or a party's branch in one
# nation ("Scottish Greens", "Australian Democrats", "Welsh Conservatives", "Scottish Liberal Democrats")
_PARTY_BRANCH_NAMES = frozenset(["Greens", "Democrats", "Liberals", "Conservatives", "Conservative", "Tories", "Labour",
                                 "Labor", "Nationals", "Liberal Democrats", "Lib Dems", "Liberal Democrat", "Lib Dem",
                                 "Conservative Party", "Labour Party", "Green Party"])
# Nouns for a news medium after an organisation's one-word name ("the Dogan news agency", "the Ansa agency", "the Tanner
# website"): no person is called so, though the word is a given name too
_MEDIUM_CUES_AFTER = re.compile(r" (?:news (?:agency|site|website|service|channel|network)|agency|website|broadcaster|"
                                r"channel)\b")  # (not "the Biden news conference": an event of the person)
# A finite verb right after an institution's one word opening a sentence ("Parliament has decreed", "Congress passed")
_INSTITUTION_ACTS_AFTER = re.compile(r" (?:has|have|had|is|was|will|would|must|should|cannot|can|could|may|voted|votes|"
                                     r"passed|passes|approved|rejected|decreed|agreed|decided|ruled|backed|spoke|"
                                     r"said|says)\b")
# Capital letters, then a number, written as one word ("MI5", "MI6", "O2", "SCO19", "T1"): a body's name in an
# organisation's frame (a model's number otherwise)
_LETTERS_THEN_NUMBER = re.compile(r"[A-Z]{1,4}\d{1,3}")
# A body's speech or its officers right after a name (not what a product does: "the PS2 sold well")
_BODY_SPEAKS_AFTER = re.compile(r"(?:['’]s)? (?:said|says|told|announced|warned|denied|insisted|claimed|confirmed|"
                                r"spokesman|spokeswoman|spokesperson|chief|boss|director|officers|agents)\b")
# The nouns after a people's adjective and one more word that make the two an armed or a political group's name ("the
# Islamic State group", "Islamic State militants", "the Kurdish Freedom movement")
_BODY_OF_FIGHTERS_AFTER = re.compile(r"(?:['’]s)? (?:group|militants|fighters|jihadists|insurgents|rebels|movement|"
                                     r"faction|militia)\b")


def _demonym_led_body(text: str, rest: list, after: list[str]) -> bool:
    """A people's adjective and one capitalised word that is no name of a person or a place, before a noun for an armed
    or political group (_BODY_OF_FIGHTERS_AFTER): one group's name; not after "a" ("a Kurdish Freedom group" may be
    one of several), nor an acronym after the people ("the Kurdish YPG militia": the people, then the group)."""
    if len(after) != 1 or not after[0].isalpha() or not after[0][1:].islower() or after[0] in _first_names() or after[0] in _last_names() \
            or _place(after[0]) or _demonym_of(after[0]) or rest[-1].poss and not text.startswith(("'s", "’s"), rest[-1].end):
        return False
    return _BODY_OF_FIGHTERS_AFTER.match(text, rest[-1].end) is not None \
        and text[max(0, rest[0].start - 2):rest[0].start] not in ("a ", "A ")


def _frames_read(text: str, start: int, end: int) -> tuple:
    """The words around a run from *start* to *end* that the rules for bodies named by a people's adjective and a word
    (_demonym_led_body), by letters and a number (_LETTERS_THEN_NUMBER), by an institution's word opening a sentence
    (_INSTITUTION_ACTS_AFTER) and by a medium's noun after a given name (_MEDIUM_CUES_AFTER) read: part of the resolution
    cache's key (extract.py), each read only where its rule can apply."""
    surface = text[start:end]
    if text[end:end + 1] not in (" ", "'", "’"):
        return ()
    body = _BODY_OF_FIGHTERS_AFTER.match(text, end) is not None and text[max(0, start - 2):start] not in ("a ", "A ")
    medium = " " not in surface and _MEDIUM_CUES_AFTER.match(text, end) is not None
    acts = surface in _INSTITUTIONS and _INSTITUTION_ACTS_AFTER.match(text, end) is not None
    numbered = ()
    if _DIGIT.search(surface) is not None:
        # (where the rule reads the words before: the run's start, or past an article the run opens with)
        numbered = tuple(_org_before_phrase(text, a) or _org_before(text, a) for a in (start, start + 4))
        numbered += (_BODY_SPEAKS_AFTER.match(text, end) is not None,)
    return body, medium, acts, numbered


# A speech verb and a person's pronoun after a name ("X Y said he ...", "X Y says she ...")
_PERSON_SAID_AFTER = re.compile(r" (?:said|says|added|told [A-Za-z]+) (?:that )?(?:he|she)\b")


# Endings of nouns for what a person does or is ("Firefighter", "Businessmen", "Bystander", "Tourist", "Resident")
_AGENT_ENDINGS = ("er", "ers", "man", "men", "ist", "ists", "or", "ors", "ant", "ants", "ent", "ents")


def _us_state_university(word: str) -> bool:
    """A one-word US state whose name before "State" is a university's ("Michigan State", "Ohio State"); not Washington
    nor New York, whose "State" sets the state apart from the capital or the city ("Washington State", "New York State")."""
    place = _place(word)
    return place is not None and place[0] == "GPE" and place[2] == "United States" and place[1] == word \
        and word not in ("Washington", "York")


def _person_named_like_a_venue(text: str, toks: list[_Tok]) -> bool:
    """A given name and a surname that is also a venue's or an event's head word ("Bill Line", "Ann Hall"), after a
    role noun ("spokesperson Bill Line said"): a person, not a railway line or a hall."""
    return len(toks) == 2 and toks[0].text in _first_names() and toks[1].text[1:].islower() and not toks[1].poss \
        and _role_before(text, toks[0].start)


def _firm_opener_rest(toks: list[_Tok], titles: Container[str], firsts: Container[str]) -> list[_Tok]:
    """The name after a sentence-opening noun of trade that says it is a firm's or a public body's ("Regulator Ofcom",
    "Carmaker Vauxhall", "Broadcaster ITV"; see _firm_opener), or [] (no such noun; a name joined by a connector,
    "Carrier of ..."; a title or a head word alone after it, "Regulator General", "Insurer Group"; a person after a
    trade that is a person's job too, a given name first, a surname last, or two or three plain words and no body's or
    trade's head among them: "Broadcaster David Dimbleby", "Producer Ellis Marr"; not "Publisher Penguin Books")."""
    w = toks[0]
    if w.poss or not w.text[1:].islower() or not (kind := _firm_opener(w.low)):
        return []
    rest = toks[1:]
    r = rest[0]
    if not r.text[:1].isupper() or r.low in ("of", "and", "for", "on", "to", "&") or r.low in titles \
            or len(rest) == 1 and r.low in _ORG_HEADS:
        return []
    if kind != "always" and (r.text in firsts or rest[-1].text in _last_names() and rest[-1].low not in _ORG_HEADS
                             or 2 <= len(rest) <= 3 and all(t.text.isalpha() and t.text[1:].islower() and t.low not in _ORG_HEADS
                                                            and t.low not in _TRADE_TAILS and not _demonym_of(t.text)
                                                            for t in rest)
                             and not all(t.low in _lexicon_words() for t in rest)
                             and not (rest[-1].low[-1:] == "s" and rest[-1].low in _lexicon_words())):
        return []  # ("Broadcaster Dimbleby": a surname; "Producer Ellis Marr": two or three words named like a person's,
        # not all ordinary words, a people's nor ending in a plural noun: "Developer Electronic Arts", "Miner Anglo
        # American", "Developer Quillsoft Games")
    return rest


def _legal_form_opener(toks: list[_Tok], low: str, titles: Container[str]) -> bool:
    """A run of three or more capitalised words that ends in a company's legal form ("Computer Terminal Systems Inc",
    "General Cinema Corp") opening a sentence: its first word is the name's, though an everyday word, unless it is a
    function word, a date, a title, a role or a kind of firm ("Retailer Acme Stores Inc"), or a plural noun
    ("Shares", "Analysts")."""
    return len(toks) >= 3 and toks[-1].text in _LEGAL_FORMS and not toks[-1].poss \
        and all(t.text[:1].isupper() and not t.poss for t in toks[:-1]) \
        and low not in _stopwords() and low not in _OPENERS_WORDS and low not in _CALENDAR and low not in titles \
        and low not in _ROLE_START and low not in _DESCRIPTOR_OPENERS and low not in _ORG_PLURAL_WORDS \
        and low not in _QUANTIFIERS and not (low[-1:] == "s" and _wordfreq()(low[:-1]) >= 3.0)


def _position_before_player(text: str, toks: list[_Tok], firsts: Container[str]) -> bool:
    """A player's position written with a capital before a given name in a sports report ("Wing Tom Pryce returns",
    "Props Ann Bell and Kate Lee start", "Flanker Huw Evans"; a sentence's first word, or one after page furniture
    such as "Share this with"): the position is no part of the player's name. (Lower case, "fly-half Dan Biggar", it
    is never in the run.)"""
    low = toks[0].low
    return (low in _POSITION_START or low[-1:] == "s" and low[:-1] in _POSITION_START) and not toks[0].poss \
        and (toks[1].text in firsts or len(toks) >= 3 and toks[-1].text in _last_names()) and _sport_text(text)


def _agent_noun_before_name(toks: list[_Tok], firsts: Container[str]) -> bool:
    """A sentence opens with a common noun for a person ("Firefighter Robert Savarese", "Businessmen Solomon Lew and",
    "Bystander Ann Lee"), no given name, surname, title, place or people, before a given name and a surname (a
    surname of the lists; else no plural, after a given name or both rare words): the noun is no part of the name.
    (Not a noun for a body, "Advisors Goldman Sachs", "Promoters Northern Star"; nor a firm's name, "Calder Vale
    Textiles".) Before a given name, the noun may also be one of the further person endings ("Paramedic", "Publican",
    "Midwife", "Landlord", "Retiree"), a compound of two common words ("Shopkeeper", "Postman"), or a surname that is
    a frequent common noun too ("Farmer Ann Bell"; not "Baker Mayfield", a given name and a surname)."""
    w = toks[0].text
    low = toks[0].low
    if not (3 <= len(toks) <= 4 and w[1:].islower() and w not in firsts
            and all(t.text[:1].isupper() and t.text[1:].islower() and t.low not in _ORG_HEADS for t in toks[1:])
            and low not in _titles_royal() and low not in _DESCRIPTOR_OPENERS and low not in _ORG_PLURAL_WORDS
            and not _place(w) and not _demonym_of(w)):
        return False
    if (toks[-1].text in _last_names() or toks[-1].low[-1:] != "s" and (
            toks[1].text in firsts or all(_wordfreq()(t.low) < 4.0 for t in toks[1:]))) \
            and low.endswith(_AGENT_ENDINGS) and w not in _last_names() and _wordfreq()(low) >= 2.5:
        return True
    if toks[1].text not in firsts or toks[-1].poss or toks[-1].text not in _last_names() and (
            toks[-1].text in firsts or toks[-1].low[-1:] == "s"):
        return False  # (not "Calder Dale Textiles", a firm)
    if w in _last_names():
        return low.endswith(_AGENT_ENDINGS) and _wordfreq()(low) >= 3.5  # "Farmer Ann Bell", not "Porter Wagoner"
    return low.endswith(_AGENT_ENDINGS + _PERSON_ENDINGS) and (_wordfreq()(low) >= 3.0 or _common_compound(low)) \
        or _common_compound(low) \
        or len(toks) == 3 and toks[-1].text in _last_names() and _wordfreq()(low) >= 3.0
    # (any common word before a listed given name and a listed surname: "Quarterback Drew Hines", "Tycoon Philip
    # Greer", "Sophomore Jake Miller")


# Further endings of person nouns, trusted before a given name only ("Paramedic", "Publican", "Librarian", "Midwife",
# "Landlord", "Landlady", "Retiree", "Trainee")
_PERSON_ENDINGS = ("ic", "ian", "ican", "wife", "lord", "lady", "ee")


def _common_compound(low: str) -> bool:
    """A word made of two common English words, the second a person's noun ("shopkeeper", "postman", "fisherman";
    "lifeguard", "landlady": the heads of _PERSON_COMPOUND_ENDS), rarer in general English than its parts ("Nasser",
    "Amer" or "Calder", "cal" and "der", is none)."""
    return any(_wordfreq()(low[:i]) >= 3.5 and (
        low[i:] in _PERSON_COMPOUND_ENDS
        or _wordfreq()(low[i:]) >= 3.5 and len(low) - i >= 5 and low[i:].endswith(_AGENT_ENDINGS + _PERSON_ENDINGS))
        for i in range(3, len(low) - 2))


# (the heads of English compounds for people: "Postman", "Fishermen", "Midwife", "Landlady", "Lifeguard", "Schoolgirl")
_PERSON_COMPOUND_ENDS = frozenset("""man men woman women wife wives lady ladies lord lords boy boys girl girls guard guards
maid maids mate mates smith smiths""".split())


def _rank_before_name(words: list[str], firsts: Container[str]) -> bool:
    """"General" or "Major" opening a person's name: before a given name and a capitalised word ("General Tommy Franks",
    "Major Ken Hughes"), or before the other rank word ("Major General John Cantwell"); not "General Motors",
    "General Electric Company"."""
    if words[0].lower() in _POLICE_RANKS and words[0].isupper() and len(words) == 2:
        # "PC Kemp" (as "PC Sarah Kemp" before): a surname or a rare word, no common one ("PC World", "DC Comics")
        return words[1][1:].islower() and (words[1] in _last_names() or _wordfreq()(words[1].lower()) < 3.0) \
            and words[1].lower() not in _ORG_HEADS and not _place(words[1])
    if len(words) < 3:
        return False
    if words[0].lower() in _POLICE_RANKS and words[0].isupper():
        k = 1  # "PC Sarah Kemp", "DS Jane Pellow": a police rank in capitals
    elif words[0].lower() not in _RANK_WORDS:
        return False
    else:
        k = 2 if words[1].lower() in _RANK_WORDS and len(words) >= 4 else 1
    return words[k] in firsts and words[k + 1][:1].isupper() and words[k + 1][1:].islower() \
        and words[k + 1].lower() not in _ORG_HEADS and not _place(words[k + 1])
# Words for a share of something before "of (the)" at a sentence start, no name's first word ("Much of the ...")
_PORTION_WORDS = frozenset("much none half part parts each either neither any one".split())


def _spells(acronym: str, words: list[str]) -> bool:
    """*acronym* is made of the initials of *words* (those of "of", "and", "the" ... left out or not), a leading "The"
    aside ("Saudi Press Agency" SPA, "Kuwait News Agency" KUNA: a word's first two letters may stand for it)."""
    if words[0] == "The":
        words = words[1:]
    if len(words) < 2 or not all(w[:1].isupper() or w in _INITIALS_SKIP for w in words):
        return False
    main = [w for w in words if w not in _INITIALS_SKIP]
    return acronym in ("".join(w[0] for w in main), "".join(w[0] for w in words).upper()) \
        or len(acronym) == len(main) + 1 and any(acronym == "".join(w[:2].upper() if j == k else w[0] for j, w in enumerate(main))
                                                 for k in range(len(main)))


_HONORIFICS = frozenset("mr mrs ms miss dr sir dame lord lady rev rt hon mp mep".split())
# Titles no company's name opens with: a person follows, whatever list knows the words ("Professor Geoff Masters")
_PERSON_ONLY_TITLES = frozenset("professor prof doctor senator councillor judge detective sergeant inspector".split())
# Titles of an office before a name: a person follows unless an article comes before the title ("President Barack
# Obama", "Gov. Jan Brewer": a famous name is a common word by its frequency, yet names a person; "the President Hotel")
_OFFICE_TITLES = frozenset("""president vice-president chairman chairwoman chairperson governor mayor sen rep gov
congressman congresswoman ceo cfo coo cio cto""".split())


def _chief_of_officer(toks: list[_Tok], k: int) -> int | None:
    """Where "Chief" stands, one to three capitalised words before "Officer" at *k* ("Chief Financial Officer", "Chief
    Information Security Officer"); None when it does not."""
    c = next((j for j in range(max(0, k - 4), k - 1) if toks[j].text == "Chief"), None)
    if c is None or not all(t.text[:1].isupper() and not t.poss for t in toks[c + 1:k]):
        return None
    return c


def _title_then_person(toks: list[_Tok], k: int, titles: Container[str]) -> bool:
    """A title and a role head ("Chief Executive") at *k*, or a title no company's name opens with ("Chairman",
    "President"), then the last two words of the chunk, capitalised words that are no organisation's head nor a
    place: a person's given name and surname, whatever list knows the given name ("Qantas Chief Executive Geoff
    Dixon", "Ports Association Chairman Olu Bamidele")."""
    n = len(toks)
    if toks[k].low not in titles:
        return False
    j = k + 2 if k + 1 < n and toks[k + 1].low in _ROLE_HEADS \
        else k + 1 if toks[k].low in _PERSON_ONLY_TITLES or toks[k].low in _OFFICE_TITLES \
        or toks[k].low == "officer" and _chief_of_officer(toks, k) is not None else n
    # ("HSBC's Chief Financial Officer Ewen Stevenson": "Chief", a field and "Officer" are an office's title too)
    return n - j == 2 \
        and all(all(p[:1].isupper() and p[1:].islower() for p in t.text.split("-")) and t.low not in _ORG_HEADS
                and not t.poss and not _place(t.text) for t in toks[j:])
    # (a given name of two joined by a hyphen too: "Chief Executive Jean-Jacques Guiony")


# Single tokens and parts of chunks that name nothing: a pronoun's contraction, a day word, a plural noun's possessive,
# a connector left at a run's start, post-nominal letters, a faith
_GOVERNMENT_WORDS = frozenset(("Government", "Administration"))
_CONTRACTION = re.compile(r"(?:I|You|We|They|He|She|It|There|That|What|Who|Let)['’](?:ll|re|ve|d|m|s)")
_DEICTIC_DAYS = frozenset(("yesterday", "today", "tomorrow", "tonight"))
_COLLECTIVE_WORDS = frozenset(("People", "Women", "Children", "Men"))
_CONNECTOR_TOKENS = frozenset(("of", "of the", "and", "for", "for the", "on", "to", "&"))
_POST_NOMINALS = frozenset("QC KC SC OBE MBE CBE KBE DBE VC".split())
_FAITHS = frozenset("Islam Christianity Judaism Hinduism Buddhism Sikhism Catholicism Protestantism Anglicanism".split())
# Words for a level or kind of government before "Government" ("the Federal Government", "the State Government"):
# a description of the government of the day, no name of its own, as "the Government" alone is
_LEVEL_WORDS = frozenset(("Federal", "State", "Territory", "Provincial", "Commonwealth", "Central", "Coalition",
                          "Regional", "Interim", "Transitional"))


def _level_of_government(toks: list[_Tok]) -> list[_Tok] | None:
    """The tokens left to resolve of a chunk that ends in "Government", "Administration" or "Opposition" or opens with
    "Federal", or [] when nothing is named; None when the rule does not apply.

    - "Federal Government", "State Administration", "the Federal Opposition": a description, nothing named ([]).
    - "Israel Government", "Hong Kong Government", "the Howard Government", "the New South Wales Opposition": what
      comes before the description, resolved on its own as before a lower-case "government" (the place; the person, as
      "the Blair government" is a mention of Tony Blair in the BBC sets; "the Kenyan Government" gives the people).
    - "Federal" before a title, a person or a party ("Federal Science Minister Peter McGauran", "Federal Privacy
      Commissioner", "the Federal National Party"): the level is no part of the title or the party's name; the rest
      (not before a body's head word: "Federal Reserve", "Federal Bureau of Investigation", "Federal Court" keep it).
    """
    head = toks[-1].text
    if head == "Cabinet":  # "the Federal Cabinet", "Queensland Cabinet approval": a level's or a place's cabinet, a
        # description as the government is ("the Cabinet" alone stays the institution)
        if len(toks) == 2 and toks[0].text in _LEVEL_WORDS:
            return []
        lead = " ".join(t.text for t in toks[:-1] if t.text not in _LEVEL_WORDS)
        if toks[0].text != "The" and not any(t.poss for t in toks[:-1]) and lead \
                and (_demonym_of(lead) is not None or (place := _place(lead)) is not None and place[0] == "GPE"):
            return [t for t in toks[:-1] if t.text not in _LEVEL_WORDS]
        return None
    if head in _GOVERNMENT_WORDS or head == "Opposition":
        if len(toks) == 2 and toks[0].text in _LEVEL_WORDS:
            return []
        if len(toks) >= 3 and toks[-2].text in _LEVEL_WORDS and not any(t.poss for t in toks[:-1]):
            # "the Victorian State Government", "the NSW State Cabinet": the state's people or name, then the level
            lead_toks = toks[1:-2] if toks[0].text == "The" else toks[:-2]
            lead = " ".join(t.text for t in lead_toks)
            if 0 < len(lead_toks) <= 3 and not any(t.low in _ORG_HEADS for t in lead_toks):
                return lead_toks  # (whatever the state's name or people resolve to on their own)
            return None
        if len(toks) <= 4 and not any(t.poss for t in toks[:-1]) and toks[-2].low not in _ORG_HEADS \
                and (len(toks) == 2 or (place := _place(" ".join(t.text for t in toks[:-1]))) is not None and place[0] == "GPE"):
            return toks[:-1]  # read as "the Howard government", "the Queensland government", "the NSW opposition"
        return None
    if toks[0].text == "Federal" and toks[1].text[:1].isupper() and toks[1].low not in ("of", "and", "&"):
        rest = toks[1:]
        if rest[-1].low == "party" or not any(t.low in _ORG_HEADS for t in rest):
            return rest
    return None


def _era_before_country(first: str, second: str, whole: str) -> bool:
    """A rare capitalised modifier (Zipf < 4: an era, a regime) before a country's name, the two no place or
    organisation together ("Tudor England", "Bolshevik Russia"; not "Air France", "Telecom Italia", "New Zealand")."""
    low = first.lower()
    if not _country_of(second) or not first[1:].islower() or _place(whole) or _place(first):
        return False
    if _demonym_of(first):
        return True  # "Nazi Germany", "Soviet Russia": a people's adjective
    return _wordfreq()(low) < 4.0 and low not in _ORG_HEADS and low not in _titles_royal() \
        and first not in _first_names() and first not in _last_names() and low not in _TITLE_WORDS_IN_NAMES


# Endings of adjectives that name an era or a regime before a country ("Edwardian England", "Tsarist Russia",
# "Bolshevik Russia"), rare as they may be
_ERA_ENDINGS = ("an", "ist", "ite", "ik", "ic", "ish", "ese", "ine")


# Endings of nouns that name a field of work ("Nutrition", "Energy", "Geoscience", "Tourism", "Infrastructure")
_FIELD_NOUN_ENDS = _FIELD_SUFFIXES + ("gy",)


def _field_before_country(first: str, second: str) -> bool:
    """A noun for a field of work before a country's name: the country's body for that field ("Nutrition Australia",
    "Energy Australia", "Geo-science Australia", "Tourism Ireland"), as a sport before it names its federation; not an
    adjective or a period before it ("Rural Australia", "Modern Britain", "Victorian England": no such ending; "20th
    Century Britain")."""
    word = first.replace("-", "").lower()
    return len(word) >= 5 and first[1:].replace("-", "").islower() and word.isalpha() and word.endswith(_FIELD_NOUN_ENDS) \
        and not word.endswith(("bury", "berry", "ary", "century")) and _country_of(second) is not None and _country_of(first) is None \
        and not _place(first) and _demonym_of(first) is None and first not in _first_names() and first not in _last_names()


def _firm_before_country(first: str, second: str, whole: str) -> bool:
    """A word no dictionary holds (Zipf 0), no era's adjective by its ending, no person's name, no place nor people,
    before a country's name: the two are a company's name ("Ansett Australia"; not "Tudor England", a known word, nor
    "Edwardian England", "Tsarist Russia")."""
    return len(first) > 3 and first[1:].islower() and first.isalpha() and _wordfreq()(first.lower()) == 0.0 \
        and not first.lower().endswith(_ERA_ENDINGS) and _country_of(second) is not None \
        and first not in _first_names() and first not in _last_names() and not _place(first) and not _place(whole) \
        and not _demonym_of(first) and first.lower() not in _titles_royal()


def _participle_opener(text: str, toks: list, firsts: Container[str], lower_seen: Container[str]) -> bool:
    """At a sentence start, a capitalised verb's -ing form ("Defeating", "Striking": its stem a known word) before a
    name that the text also writes without it, or that a natural place's head ends ("Latrobe Valley"): the verb opens
    the clause and is no part of the name. (The -ing form rarer than the verb itself, as a verb's is; not "Evening".) (Not a given name, a place, a sport before a country, nor a word the text
    writes in lower case too: "Trading Standards" with "trading" later keeps its word.)"""
    if len(toks) < 2:
        return False
    w, low = toks[0].text, toks[0].low
    if len(low) < 6 or not low.endswith("ing") or not w[1:].islower() or not w.isalpha() or toks[0].poss \
            or w in firsts or low in lower_seen or _place(w) or low in _FEDERATION_SPORTS or low in _OPENERS_WORDS \
            or low in _CALENDAR:
        return False
    nxt = toks[1]
    if not nxt.text[:1].isupper() or nxt.low in ("of", "and", "for", "on", "to", "&", "the"):
        return False
    stem = low[:-3]
    stems = (stem, stem + "e", stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem)
    own = _wordfreq()(low)
    if own >= 4.6 or not any(_wordfreq()(s) >= max(3.0, own) for s in stems):
        return False  # (a noun in its own right, commoner than its verb, heads names: "Evening Standard", "Housing")
    if toks[-1].low in _LOC_HEADS:
        return True
    rest = text[nxt.start:toks[-1].end]
    i = text.find(rest)
    while i >= 0:
        if i != nxt.start and (i + len(rest) >= len(text) or not text[i + len(rest)].isalnum()):
            return True
        i = text.find(rest, i + 1)
    return False


def _common_word_place(word: str, lower_seen: Container[str]) -> bool:
    """A town named like a common word (Zipf >= 4) that the document also writes in lower case: at a sentence start,
    the word ("Mobile operators", with "mobile phones" later; not "Reading" in a text without "reading")."""
    low = word.lower()
    return low in lower_seen and _wordfreq()(low) >= 4.0 and _country_of(word) is None


def _adjective_before_noun(text: str, toks: list[_Tok]) -> bool:
    """A town named like a common adjective (the lexicon's first tag JJ, Zipf >= 4), alone at a sentence start before a
    common noun (the lexicon's first tag NN or NNS) that is no town's own (police, council, mayor, residents...), nor a
    title or a role: the adjective opening a noun phrase ("Mobile phone firm Nokia", "Mobile phone users", "Grand
    designs"), no place ("Mobile police said", "Mobile is", "Nice mayor Jean Roux" stay; a town named by a noun too:
    "Bath residents")."""
    tok = toks[0]
    if len(toks) != 1 or tok.poss or not _lower_after(text, tok.end) or tok.low not in _lexicon_adjectives() \
            or _wordfreq()(tok.low) < 4.0 or _country_of(tok.text) is not None:
        return False
    nxt = _LOWER_WORD_AFTER.match(text, tok.end)
    return nxt is not None and (word := nxt.group(1)) in _lexicon_nouns() and word not in _TOWN_OWN_NOUNS \
        and word not in _titles() and word not in _ROLE_START


_LOWER_WORD_AFTER = re.compile(r" ([a-z]+)\b")
# Nouns a town's name modifies as the town's own ("Mobile police", "Nice residents", "Bath city council")
_TOWN_OWN_NOUNS = frozenset("""police council councillors mayor residents people officials authorities authority airport
port harbour harbor streets suburbs area city town county hospital court schools university fans""".split())


def _rare_given_name(word: str) -> bool:
    """A capitalised word that may be a given name no list holds: rare in English (Zipf < 3.5), in lower case after
    its capital, and no place, people, title or particle ("Mervyn", not "Lion", "Opec", "Texas")."""
    return word[1:].islower() and word.isalpha() and _wordfreq()(word.lower()) < 3.5 and not _place(word) \
        and not _demonym_of(word) and word.lower() not in _titles_royal() and word.lower() not in _particles()


# (r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\w'’-]*)" written with its capital first and the word boundary as a look-behind
# after it, "(?<!\w.)": the same matches, but the scan jumps from M to D, three times faster)
_HONORIFIC_SURNAME = re.compile(r"(?:M(?<!\w.)(?:r|rs|s|iss)|D(?<!\w.)r)\.? ([A-Z][\w'’-]*)")


@lru_cache(maxsize=4)
def _honorific_surnames(text: str) -> frozenset:
    """The words the text writes after Mr, Mrs, Ms, Miss or Dr (a possessive's "'s" off): surnames there."""
    if "M" not in text and "D" not in text:
        return frozenset()
    # (_HONORIFIC_SURNAME.findall: its matches open with "M" or "D", tried there alone)
    return frozenset(_POSSESSIVE.sub("", m.group(1)) for m in _matches_at_chars(_HONORIFIC_SURNAME, text, "DM"))


def _surname_by_honorific(text: str, word: str) -> bool:
    """Whether the text writes *word* after Mr, Mrs, Ms, Miss or Dr: it is somebody's surname ("Mr King").
    (_extract's cache key holds the chunk's words that are such surnames.)"""
    return word in _honorific_surnames(text)


# Words nameparser lists as titles that news writes before a firm's name, never a person's ("Credit Suisse", "Credit
# Agricole", "Credit Karma"): the words after them need no common word to name a firm
_FIRM_TITLE_WORDS = frozenset("credit analytics docket banner".split())


def _org_after_title(words: list[str], firsts, common: bool = True) -> bool:
    """The words after a title name nobody: none is a given name, a surname, a date word or a role (nor is the last a
    title), and one is a
    common word ("Suisse First Boston", "Health"; not needed when *common* is false: "Suisse")."""
    if any(w in firsts or w in _last_names() or w in _first_names() or w.lower() in _CALENDAR or w.isupper()
           or not w[:1].isupper() or w.lower() in _NEVER_TITLE or w.lower() in _ROLE_HEADS for w in words) \
            or words[-1].lower() in _titles_royal():
        return False
    return not common or any(_wordfreq()(w.lower()) >= 4.0 for w in words)


def _portfolio_words(words: list[str], firsts: Container[str]) -> bool:
    """Capitalised common words (Zipf >= 3.5) naming a portfolio between a title word and the next ("Federal Science
    Minister", "Federal Privacy Commissioner"): none a given name, a place or a people."""
    return bool(words) and all(w == "and" or w[:1].isupper() and w[1:].islower() and w.isalpha() and w not in firsts
                               and _wordfreq()(w.lower()) >= 3.5 and not _place(w) and not _demonym_of(w)
                               for w in words)


def _country_before_title(toks: list[_Tok], titles: Container[str]) -> int:
    """The number of words of a country's name (or its people's adjective) that opens *toks* before a title word, or
    before a portfolio's words and a title ("United States Secretary of State ...", "United States Defense Secretary
    ...", "United Arab Emirates Foreign Minister ...", "Iranian Oil Minister ...", "Saudi Arabian Oil Minister"), else
    0."""
    for j in (3, 2, 1):
        if len(toks) > j + 1 and (_title_after_portfolio([t.text for t in toks[j:]], titles) >= 0
                                  or _portfolio_then_title([t.text for t in toks[j:]], titles)) \
                and (_country_of(" ".join(t.text for t in toks[:j])) or j == 1 and _national_demonym(toks[0].text)
                     or j == 2 and _compound_demonym(toks[0].text, toks[1].text)):
            return j
    return 0


# A legislature's chamber named by one word in US copy, and the words for a US party's people
_CHAMBERS = frozenset(("House", "Senate"))
_PARTY_PEOPLE = frozenset(("Republican", "Republicans", "Democrat", "Democrats", "Democratic"))


def _chamber_and_party(toks: list[_Tok]) -> list[_Mention]:
    """A chamber and a party's people's word, in either order ("Senate Republicans", "House Democratic source", "the
    Republican Senate candidate"): the chamber (ORG) and the people (NORP), no one organisation's name."""
    a, b = toks
    if a.text in _CHAMBERS and b.text in _PARTY_PEOPLE:
        chamber, party = a, b
    elif a.text in _PARTY_PEOPLE and b.text in _CHAMBERS and not b.poss:
        chamber, party = b, a
    else:
        return []
    dem = _demonym_of(party.text)
    if dem is None:
        return []
    pair = [_Mention(chamber.start, chamber.end, chamber.text, "ORG", named=True),
            _Mention(party.start, party.end, dem[0], "NORP", dem[1])]
    return pair if chamber is a else pair[::-1]


def _national_demonym(word: str) -> bool:
    """A country's people's adjective ("Iranian", "Nigerian"; not a group's, "Democratic", nor a given name)."""
    dem = _demonym_of(word)
    return dem is not None and bool(dem[1]) and word not in _first_names()


def _portfolio_then_title(words: list[str], titles: Container[str]) -> bool:
    """One or two words naming a portfolio, then a title that ends the run ("Oil Minister" in "who is also Nigerian
    Oil Minister")."""
    return 2 <= len(words) <= 3 and words[-1].lower() in titles and _portfolio_words(words[:-1], _first_names())


def _title_after_portfolio(words: list[str], titles: Container[str]) -> int:
    """The index of the title word that *words* open with, after at most two words naming a portfolio ("Secretary",
    "Defense Secretary", "Foreign Minister"), with a word after the title; else -1."""
    for k in range(min(3, len(words) - 1)):
        if words[k].lower() in titles:
            return k if k == 0 or words[0].lower() in _NEVER_TITLE or _portfolio_words(words[:k], _first_names()) else -1
    return -1


def _bare_demonym(word: str, firsts: Container[str]) -> bool:
    """A people's adjective that is no given name nor surname ("Palestinian", not "English" or "French", surnames)."""
    return word not in firsts and word not in _last_names() and _demonym_of(word) is not None


_QUANTITY_WORDS = frozenset(("many", "several", "most", "numerous", "two", "three", "four", "five", "young", "local"))


def _islanders(toks: list[_Tok]) -> tuple[str, str] | None:
    """(NORP name, linked place or "") for the words before "Islander(s)" when they name a place, or with "Islands"
    or "Island" after them ("Torres Strait", "Pacific", "Cook" for the Cook Islands); else None."""
    if not toks or not all(t.text[:1].isupper() and not t.poss for t in toks):
        return None
    stem = " ".join(t.text for t in toks)
    place = _place(stem)
    if place is not None and place[0] == "GPE":
        return None  # (a city or a state: "the New York Islanders" are a team)
    for name in (stem + " Islands", stem + " Island"):
        if (place := _place(name)) is not None:
            return f"{stem} Islander", place[1] if place[0] == "GPE" else ""
    return (f"{stem} Islander", "") if place is not None else None  # (a sea or a strait: "Pacific")


class _Span:
    """Where a run of tokens starts and ends (for _state_then_region's parts)."""

    __slots__ = ("start", "end")

    def __init__(self, start: int, end: int) -> None:
        self.start, self.end = start, end


def _state_then_region(toks: list[_Tok]) -> list[tuple] | None:
    """[(span, name, type, link)] for a state's or a country's name written in full before a region's name of two
    words or more that a place's head word ends ("New South Wales Hunter Valley"); else None."""
    skip = 1 if toks[0].low in ("the", "a", "an") else 0
    if any(t.poss for t in toks[:-1]):
        return None
    for k in range(min(3, len(toks) - skip - 2), 0, -1):
        pre, rest = toks[skip:skip + k], toks[skip + k:]
        pre_text, rest_text = " ".join(t.text for t in pre), " ".join(t.text for t in rest)
        state = _place(pre_text)
        if state is None or state[0] != "GPE" or state[1] != pre_text:
            continue
        region = _place(rest_text)
        if region is not None and region[1] == rest_text and rest[0].text[:1].isupper() and rest[0].low not in _COMPASS:
            return [(_Span(pre[0].start, pre[-1].end), pre_text, "GPE", state[2]),
                    (_Span(rest[0].start, rest[-1].end), rest_text, region[0], region[2])]
    return None
