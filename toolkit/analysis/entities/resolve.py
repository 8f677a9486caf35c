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
    _ARTS_HEADS, _AWARD_WORDS, _CALENDAR, _DEMONYM_NOUNS, _FEDERATION_SPORTS, _GENERIC_ACRONYMS, _GROUP_NORP, _INSTITUTIONS,
    _NEVER_TITLE, _NEWSPAPERS, _OPENERS_WORDS, _ORG_HEADS, _PARTIES, _PARTY_NAMES, _PEERAGE, _ROLE_HEADS, _ROLE_START, _ROYAL,
    _INITIALS_SKIP, _SHIP, _SKIP_HEADS,
)
from .gazetteers import (
    _CAPS_TITLES, _first_names, _last_names, _particles, _PERSON_TITLES, _stopwords, _TITLE_ACRONYMS, _TITLE_PREFIXES,
    _TITLE_WORDS_IN_NAMES, _titles, _titles_royal, _wordfreq,
)
from .wordlists import _HOSPITAL_HEADS, _STATION_HEADS, _VENUE_CENTRES
from .geography import _compound_demonym, _country_of, _demonym_of, _place, _small_towns
from .chunking import (
    _calendar_word_in_name, _classify, _DIGIT, _legal_form_run, _GENERIC_HEADS, _Mention, _MODEL, _name_after_titles, _opens_name,
    _org_named_mid_sentence, _plural_noun_end, _POSSESSIVE, _Tok,
)
from .cues import (
    _CLUB_WORD_AFTER, _demonym_led_firm, _DESCRIPTOR_OPENERS, _lower_after, _ORG_CUES_AFTER, _org_plural_before,
    _ORG_PLURAL_WORDS, _ORG_SAID_AFTER, _paper_named_like_a_day, _poss_before_name, _QUANTIFIERS, _released_by,
    _org_cue_after, _PREMISES, _role_before, _WORD_AFTER,
)


# Nations whose people are named by their origin too, as one group ("Irish American", "Greek Australian")
_SETTLER_NATIONS = frozenset(["United States", "Canada", "Australia", "New Zealand"])
# The armed services, written before a rank as part of it ("Navy Captain", "Army Colonel", "Marine Sergeant")
_ARMED_SERVICES = frozenset("army navy marine marines".split())
_NUMERAL_OR_LETTER = re.compile(r"[IVXLC]+|[A-Z]|I['’].*")  # (compiled once: the hot paths skip re's cache lookup)
# What a saint does or is, after "St X" / "Saint X": the saint, no place ("Saint Augustine, a saint of my church,
# wrote ...", "St Jerome translated")
_SAINT_AFTER = re.compile(r",? (?:a|an|the) (?:\w+ )?(?:saint|bishop|monk|martyr|apostle|theologian|hermit|abbot|nun)\b"
                          r"| (?:wrote|writes|said|says|taught|teaches|preached|prayed|translated|warned|told)\b")


# Heads of bodies that are no arm of a state: a country code before them is part of the name ("UK Film Council").
_NON_STATE_HEADS = frozenset("""council party association federation league union society academy institute foundation
trust club airways airlines corporation company group alliance coalition movement forum""".split())


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
_BRAND_CUES = _PREMISES | frozenset("chain label studio group airline channel network".split())


def _resolve_chunk(text: str, toks: list[_Tok], initial: bool, lower_seen: Container[str]) -> list[_Mention]:
    """The mentions in one capitalised chunk (titles stripped, leading country/demonym split off)."""
    out: list[_Mention] = []
    titles = _titles()
    firsts = _first_names()
    if not toks:
        return out
    # A whole event, award or work ("Athens Olympics", "European Indoor Championships") is not annotated.
    if toks[-1].text.lower() in _SKIP_HEADS or len(toks) >= 2 and toks[-1].low == "country" and toks[-2].low == "cross":
        # (a race named by its kind: "Great Edinburgh International Cross Country")
        if 2 <= len(toks) <= 3 and toks[-1].low == "bridge" and (town := " ".join([t.text for t in toks])) in _small_towns():
            return [_Mention(toks[0].start, toks[-1].end, town, None, initial=initial)]  # a town, if a cue says so
        return out
    if len(toks) >= 2 and toks[-1].text in ("Poll", "Polls") and not toks[-2].poss:
        # "an NBC News/Wall Street Journal Poll", "a Gallup Poll": the poll (a work, not annotated) of the organisation
        # that took it, named before it; nothing when that is no name of one ("the Sunday Poll")
        rest = _resolve_chunk(text, toks[:-1], initial, lower_seen)
        if len(rest) == 1 and rest[0].type in ("ORG", "PERSON", None) and rest[0].end == toks[-2].end \
                and not rest[0].titled:
            rest[0].type, rest[0].named = "ORG", True
            return rest
        return [m for m in rest if m.type == "ORG"]
    if len(toks) >= 2 and toks[-1].low in _STATION_HEADS:
        return out  # "the International Space Station", "Waterloo Station": a venue
    if len(toks) >= 2 and toks[-1].low in ("centre", "center") and toks[-2].low in _VENUE_CENTRES:
        return out  # "the World Trade Centre", "Kennedy Space Centre": a site (buildings are not annotated)
    if len(toks) >= 2 and toks[-1].low in _HOSPITAL_HEADS and not _ORG_SAID_AFTER.match(text, toks[-1].end):
        return out  # "suspended at Wollongong Hospital": where it happened, a venue (not "Guy's Hospital said")
    # ... nor one named past its head ("Peter Sellers Award For Comedy", "Awards Dinner"), when no organisation's
    # head follows ("World Cup Organising Committee" is one)
    k = next((k for k in range(len(toks) - 1) if toks[k].low in _AWARD_WORDS), None) \
        if not _AWARD_WORDS.isdisjoint([t.low for t in toks]) else None  # (most chunks hold no award word)
    if k is not None and not any(t.low in _ORG_HEADS for t in toks[k + 1:]):
        return out
    # A sport and a country: the national federation ("UK Athletics", "Athletics Kenya"); "Team" and a country: the
    # national squad as a body of its own ("Team New Zealand", "Team GB").
    if 2 <= len(toks) <= 3 and toks[0].text == "Team" and _country_of(" ".join(t.text for t in toks[1:])) \
            and not toks[-1].poss:
        return [_Mention(toks[0].start, toks[-1].end, " ".join(t.text for t in toks), "ORG", named=True)]
    if len(toks) == 2:
        a, b = toks[0].text, toks[1].text
        if a.lower() in _FEDERATION_SPORTS and _country_of(b) or b.lower() in _FEDERATION_SPORTS and _country_of(a):
            return [_Mention(toks[0].start, toks[1].end, f"{a} {b}", "ORG", named=True)]
    if len(toks) >= 3 and 2 <= len(toks[-1].text) <= 6 and toks[-1].text.isupper() and toks[-1].text.isalpha() \
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
    described = initial and len(toks) > 1 and (toks[0].low in _DESCRIPTOR_OPENERS or toks[0].low in _ORG_PLURAL_WORDS) \
        and toks[1].text[:1].isupper() and toks[1].low not in ("of", "and", "for", "on", "to", "&")
    while toks and initial:
        w = toks[0].text
        low = w.lower()
        if low == "the" and len(toks) > 1:
            toks = toks[1:]
            initial = False
            continue
        if named_mid:
            break
        if len(toks) > 1 and (low not in _CALENDAR or _place(w + " " + toks[1].text)) \
                and any(_place(" ".join([t.text for t in toks[:j]])) for j in range(2, min(len(toks), 4) + 1)):
            break  # "New York is big", "United States officials", "South Korea said": a place named with a common word
        if len(toks) > 1 and _compound_demonym(w, toks[1].text):
            break  # "South Korean operators", "New Zealanders"
        if len(toks) >= 2 and toks[1].text == "Party" and not toks[0].poss and low not in _stopwords() \
                and low not in _OPENERS_WORDS and low not in _CALENDAR and low not in _QUANTIFIERS:
            break  # "National Party President Helen Dickie says": a party named by a common word, opening the sentence
        if len(toks) == 2 and low in titles and w not in firsts and not toks[1].poss and _demonym_of(toks[1].text) \
                and not _demonym_of(w) and _lower_after(text, toks[1].end):
            toks = toks[1:]  # "Chief Palestinian negotiator Saeb Erakat", "Senior Israeli officials": a rank, then the people
            initial = False
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
                    len(toks) >= 3 or len(toks) == 2 and (toks[1].text in firsts or toks[1].text in _last_names())):
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
                    and any(t.low in _ORG_HEADS and t.low not in _GENERIC_HEADS for t in toks[1:]) \
                    and not _opens_name(toks[1:]):
                break  # "Human Rights Watch said", "Home Office officials": a very common word opening an organisation's name
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
    if len(toks) >= 2 and toks[0].text in ("NGO", "NGOs") and toks[1].text[:1].isupper() and not toks[0].poss:
        toks = toks[1:]  # "the NGO Front Line Defenders": the common noun's acronym for the kind of body, then its name
        initial = False
    if len(toks) >= 2 and len(toks[-1].text) == 1 and toks[-1].text.isupper() and toks[-2].text[1:].islower() \
            and _place(" ".join(t.text for t in toks[:-1])):
        toks = toks[:-1]  # "the Athens B standard", "London A": a place, then a letter
    if len(toks) == 2 and (toks[-1].text in _GENERIC_ACRONYMS or toks[-1].text == "HQ") \
            and (_place(toks[0].text) or _demonym_of(toks[0].text)) and toks[0].low not in lower_seen:
        toks = toks[:-1]  # "London HQ", "British TV": a place before a common abbreviation
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
    if len(toks) >= 2 and (toks[-1].text in _GOVERNMENT_WORDS or toks[-1].text == "Opposition"
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
                                  or len(toks) > 2 and toks[-1].low in _NEWSPAPERS and toks[-1].low not in ("post", "star")):
        # ("The Sunday Telegraph", "The Financial Times": the paper's name without "The", as its short form is written)
        toks = toks[1:]
        if not toks:
            return out
    # A model number ("Casio QV-10", "Airbus A321", "PB100"): a product, its maker (if named) an organisation.
    if _DIGIT.search(text, toks[0].start, toks[-1].end) and any(_MODEL.fullmatch(t.text) for t in toks):  # (_MODEL needs a digit)
        k = next(k for k, t in enumerate(toks) if _MODEL.fullmatch(t.text))
        if 1 <= k <= 3 and (owner := _place(" ".join(t.text for t in toks[:k])) or (
                _demonym_of(toks[0].text) if k == 1 else None)):
            # "US B-52 bombers", "Israeli F-16 warplanes": whose the craft are, a country or its people, no maker
            typ, canon, link = owner if len(owner) == 3 else ("NORP", *owner)
            return [_Mention(toks[0].start, toks[k - 1].end, canon, typ, link, initial=initial)]
        if k == 1 and not toks[0].text.isupper() and toks[0].text.lower() not in titles:
            return [_Mention(toks[0].start, toks[0].end, toks[0].text, "ORG", named=True)]
        return out
    if len(toks) == 1 and toks[0].text in ("Test", "Tests"):
        return out  # "the first Test", "one Test match", "Test cricket": the cricket match, no name
    if len(toks) >= 2 and toks[-1].text == "Test" and not toks[-1].poss and toks[-2].low not in ("nuclear", "the"):
        # "the Melbourne Test", "the Boxing Day Test": a cricket Test (match), no one's name; a place before it is
        # named as a modifier ("London marathon"), the rest resolves on its own
        return out + _resolve_chunk(text, toks[:-1], initial, lower_seen)
    whole = " ".join([t.text for t in toks])
    if whole in _INSTITUTIONS and not initial:  # "the Treasury", "Commons speeches"
        return [_Mention(toks[0].start, toks[-1].end, whole, "ORG", named=True)]
    if whole in _PARTIES:
        return [_Mention(toks[0].start, toks[-1].end, whole, "ORG", named=True)]
    if len(toks) == 2 and not toks[1].poss and _firm_before_country(toks[0].text, toks[1].text, whole):
        # "Ansett Australia", "Telecom Italia"-like: a coined word no dictionary holds, then a country: a company's name
        return [_Mention(toks[0].start, toks[1].end, whole, "ORG", initial=initial, named=True)]
    if len(toks) == 2 and not initial and _era_before_country(toks[0].text, toks[1].text, whole):
        # "Tudor England", "Bolshevik Russia": a rare modifier of a country, which is named on its own
        country = _place(toks[1].text)
        dem = _demonym_of(toks[0].text)  # ("Nazi Germany": the people too, though "Nazi" is a given name somewhere)
        return ([_Mention(toks[0].start, toks[0].end, dem[0], "NORP", dem[1])] if dem else []) \
            + [_Mention(toks[1].start, toks[1].end, country[1], "GPE", country[2])]
    i = 0
    titled = False
    royal: list[_Tok] = []
    n = len(toks)
    org_chunk = not _ORG_HEADS.isdisjoint([t.text.lower() for t in toks]) and not _place(whole) \
        or _legal_form_run(whole.split())  # ("Nobel Industrier Sweden AB": no title "AB" after a person's name)
    if org_chunk and n >= 3 and (lead := _country_before_title(toks, titles)):
        title_at = lead + _title_after_portfolio([t.text for t in toks[lead:]], titles)
        org_chunk = not _ORG_HEADS.isdisjoint([t.low for t in toks[title_at:]])
        # "United States Secretary of State Colin Powell": "United" is the country's word, no organisation's head
    if org_chunk and n >= 3:
        # "Communications Minister Kourosh Ahmadi", "Foreign Office Minister Bill Rammell": the heads end before
        # a personal title that a name follows; the words before the title resolve on their own
        k = next((k for k in range(1, n - 1) if (toks[k].low in _PERSON_TITLES and toks[k].low in titles
                                                  or toks[k].low in titles and _name_after_titles(toks, k + 1, titles, firsts)
                                                  or toks[k].low in _ROLE_HEADS and toks[k - 1].low in titles and toks[k + 1].text in firsts
                                                  or _title_then_person(toks, k, titles))
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
    while i < n:
        rest = toks[i:]
        words = [t.text for t in rest]
        # Leading country code before an organisation, country or demonym before a title or name.
        if (not org_chunk or words[0] in ("US", "U.S.", "UK") and len(words) > 1
                and not (len(words) > 2 and words[-1].lower() in _NON_STATE_HEADS)) \
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
                place = _place(name)
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
                if not after or typ == "NORP" or after[0].lower() in titles or after[0].lower() in _ROYAL \
                        or words[0] in ("US", "U.S.", "UK") \
                        or typ == "GPE" and len(after) == 1 and after[0] in _GROUP_NORP \
                        or (typ == "GPE" and _country_of(" ".join(words[:j])) and (_place(" ".join(after[:2])) or _place(after[0])
                                                                                    or j >= 2 and _title_after_portfolio(after, titles) > 0)):
                    if typ == "NORP" and after and (any(w.lower() in _ORG_HEADS for w in after) or after[0] == "&"
                                                    or i == 0 and _demonym_led_firm(text, rest, after)):
                        pass  # "British Airways", "Iranian Foreign Ministry", "Scottish & Newcastle": one organisation
                    elif typ == "NORP" and len(after) == 1 and (dem2 := _demonym_of(after[0])) and after[0] not in firsts \
                            and not (link and dem2[1] and dem2[1] != link and dem2[1] not in _SETTLER_NATIONS):
                        # (not two nations' peoples, "a French Moroccan man": one mention of each, below)
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
            if len(words) > j and " ".join(words[:j]) in _PARTIES:
                out.append(_Mention(rest[0].start, rest[j - 1].end, " ".join(words[:j]), "ORG", named=True))
                i += j
                break
        else:
            j = 0
        if j:
            continue
        low = words[0].lower().rstrip(".")
        if len(words) > 1 and low.endswith(("man", "woman")) and _demonym_of(words[0][: -5 if low.endswith("woman") else -3]):
            i += 1  # "Dutchman Patrick van Balkom"
            continue
        if not org_chunk and len(words) > 2 and low in _TITLE_PREFIXES \
                and words[1].lower() in titles:
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
        if not org_chunk and (low in _titles_royal() or titled and low in _ROLE_HEADS) and len(words) > 1 \
                and not (words[0].isupper() and 1 < len(words[0]) <= 3 and low not in _CAPS_TITLES):  # "MG Rover"
            if low in _ROYAL:
                royal.append(rest[0])
            else:
                royal = []
            titled = True
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
            k = next((k for k in range(1, len(words)) if (words[k].lower().rstrip(".") in titles
                      or words[k].endswith("s") and words[k][:-1].lower() in titles)
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
            and _org_after_title(words, firsts):
        # "Credit Suisse First Boston", "Cardinal Health": a word nameparser lists as a title, then words that name
        # nobody (no given name, no surname, a common word or a place among them): one organisation's name
        return [_Mention(toks[0].start, rest[-1].end, " ".join(t.text for t in toks), "ORG",
                         initial=initial, named=True)]
    if titled and len(words) == 1 and rest[0].low in _ROLE_HEADS:
        return out  # "the Attorney General's advice", "the Chief Executive": a title with no name after it
    honorific = i > 0 and toks[i - 1].low.rstrip(".") in ("mr", "mrs", "ms", "miss", "dr")  # "Mr King": a surname
    if len(words) == 1 and (name.lower() in _CALENDAR and not _paper_named_like_a_day(text, rest[0].start, rest[0].end)
                            and not (len(name) == 3 and name.isupper())  # ("DEC", "SAT": an acronym, no day nor month)
                            or _NUMERAL_OR_LETTER.fullmatch(name)
                            or name.lower() in titles and not (honorific and name[1:].islower())
                            and not (name.lower() in _NEWSPAPERS and text[max(0, rest[0].start - 4):rest[0].start] in ("the ", "The "))
                            and not (name.isupper() and name.lower() not in _TITLE_ACRONYMS)
                            or name.lower() in _stopwords() and not name.isupper()):
        return out  # (an upper-case "WHO" goes on: it may be an acronym defined in the text)
    place = None if org_chunk else _place(name)
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
    if typ is None and (initial and i == 0 or described and i == 0 and not initial) and 2 <= len(words) <= 3 and not titled \
            and not royal and words[-1][1:].islower() \
            and words[-1].lower() not in _SKIP_HEADS and words[0].lower() not in _particles() \
            and words[0].lower() not in ("el", "le", "mac", "mc", "o") \
            and words[0] not in firsts and _ORG_SAID_AFTER.match(text, rest[-1].end):
        # "Universal Music said", "Crimson Anvil shares" opening a sentence: a name no rule types that speaks or
        # trades as a company (not mid-sentence: "prisoner B in Longmoor Jail said")
        out.append(_Mention(rest[0].start, rest[-1].end, name, "ORG", initial=initial and i == 0, named=True))
        return out
    cued = _org_cue_after(text, rest[-1].end, words)
    if typ is None and not cued:
        # kept aside: a later name may show it is one ("Time Warner" ... "TimeWarner")
        if len(words) > 1 and words[-1].lower() not in _SKIP_HEADS:
            out.append(_Mention(rest[0].start, rest[-1].end, name, None, initial=initial and i == 0))
        return out
    role = _role_before(text, rest[0].start)
    if cued and typ != "PERSON" or typ is None and cued:
        typ, role = "ORG", False  # "the Reuters news agency", "Uganda's New Vision newspaper"
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


def _title_then_person(toks: list[_Tok], k: int, titles: Container[str]) -> bool:
    """A title and a role head ("Chief Executive") at *k*, then the last two words of the chunk, capitalised words that
    are no organisation's head nor a place: a person's given name and surname, whatever list knows the given name
    ("Qantas Chief Executive Geoff Dixon")."""
    n = len(toks)
    return toks[k].low in titles and k + 1 < n and toks[k + 1].low in _ROLE_HEADS and n - (k + 2) == 2 \
        and all(t.text[:1].isupper() and t.text[1:].islower() and t.low not in _ORG_HEADS and not t.poss
                and not _place(t.text) for t in toks[k + 2:])


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
    if head in _GOVERNMENT_WORDS or head == "Opposition":
        if len(toks) == 2 and toks[0].text in _LEVEL_WORDS:
            return []
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


def _firm_before_country(first: str, second: str, whole: str) -> bool:
    """A word no dictionary holds (Zipf 0), no era's adjective by its ending, no person's name, no place nor people,
    before a country's name: the two are a company's name ("Ansett Australia"; not "Tudor England", a known word, nor
    "Edwardian England", "Tsarist Russia")."""
    return len(first) > 3 and first[1:].islower() and first.isalpha() and _wordfreq()(first.lower()) == 0.0 \
        and not first.lower().endswith(_ERA_ENDINGS) and _country_of(second) is not None \
        and first not in _first_names() and first not in _last_names() and not _place(first) and not _place(whole) \
        and not _demonym_of(first) and first.lower() not in _titles_royal()


def _common_word_place(word: str, lower_seen: Container[str]) -> bool:
    """A town named like a common word (Zipf >= 4) that the document also writes in lower case: at a sentence start,
    the word ("Mobile operators", with "mobile phones" later; not "Reading" in a text without "reading")."""
    low = word.lower()
    return low in lower_seen and _wordfreq()(low) >= 4.0 and _country_of(word) is None


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
    return frozenset(_POSSESSIVE.sub("", w) for w in _HONORIFIC_SURNAME.findall(text))


def _surname_by_honorific(text: str, word: str) -> bool:
    """Whether the text writes *word* after Mr, Mrs, Ms, Miss or Dr: it is somebody's surname ("Mr King").
    (_extract's cache key holds the chunk's words that are such surnames.)"""
    return word in _honorific_surnames(text)


def _org_after_title(words: list[str], firsts) -> bool:
    """The words after a title name nobody: none is a given name, a surname, a date word or a role (nor is the last a
    title), and one is a
    common word ("Suisse First Boston", "Health")."""
    if any(w in firsts or w in _last_names() or w in _first_names() or w.lower() in _CALENDAR or w.isupper()
           or not w[:1].isupper() or w.lower() in _NEVER_TITLE or w.lower() in _ROLE_HEADS for w in words) \
            or words[-1].lower() in _titles_royal():
        return False
    return any(_wordfreq()(w.lower()) >= 4.0 for w in words)


def _portfolio_words(words: list[str], firsts: Container[str]) -> bool:
    """Capitalised common words (Zipf >= 3.5) naming a portfolio between a title word and the next ("Federal Science
    Minister", "Federal Privacy Commissioner"): none a given name, a place or a people."""
    return bool(words) and all(w == "and" or w[:1].isupper() and w[1:].islower() and w.isalpha() and w not in firsts
                               and _wordfreq()(w.lower()) >= 3.5 and not _place(w) and not _demonym_of(w)
                               for w in words)


def _country_before_title(toks: list[_Tok], titles: Container[str]) -> int:
    """The number of words of a country's name of two or three words that opens *toks* before a title word, or before
    a portfolio's words and a title ("United States Secretary of State ...", "United States Defense Secretary ...",
    "United Arab Emirates Foreign Minister ..."), else 0."""
    for j in (3, 2):
        if len(toks) > j + 1 and _title_after_portfolio([t.text for t in toks[j:]], titles) >= 0 \
                and _country_of(" ".join(t.text for t in toks[:j])):
            return j
    return 0


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
