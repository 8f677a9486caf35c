"""The rules backend for one text (``_extract``): chunks, each chunk resolved in its context (with a per-process
cache of resolved chunks, ``_RESOLVE_CACHE``), the extraction-time passes, then the merge; and lower-case aliases
("the party" after "Labour Party").

Input: a text. Output: the list of ``_Mention`` for it.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from typing import Container

from .wordlists import (
    _DEMONYM_NOUNS, _DISTRICT_STREETS, _INSTITUTIONS, _LEGAL_FORMS, _NEWSPAPERS, _ORG_HEADS, _PARTIES, _PERSON_CUES, _SKIP_HEADS,
    _STATION_HEADS, _VENUE_CENTRES,
)
from .geography import _country_of, _demonym_of, _place, _state_demonyms
from .gazetteers import _first_names, _lexicon_adjectives, _wordfreq
from .chunking import _chunks, _is_initial, _literal_hits, _Mention, _not_overlapped, _org_named_mid_sentence, _outside, _overlap_test, _START, _WORDISH
from .organisations import (
    _arabic_article_bodies, _faith_led_names, _firms_before_analysts, _lower_case_terms, _militant_groups, _newswire_marks,
    _care_schemes, _diseases, _eponym_adjectives, _numbered_units, _owned_products, _partners_firms,
    _plural_nouns_in_capitals, _publications, _campaign_groups, _CAMPAIGN_WORDS, _firms_before_officers, _firms_named_like_people, _OFFICER_WORDS,
    _broadcasters, _AIRED_WORDS, _legal_form_stops, _campus_names, _dateline_agencies, _exchange_codes, _lower_case_parties, _journals, _JOURNAL_CUES,
    _AIRED_KEYS, _DISEASE_KEYS, _JOURNAL_KEYS, _FAITH_ADJECTIVES, _OFFICER_KEYS,
)
from .works import _CRAFT_PREFIXES, _craft_names, _towns_named_as_things
from .wordnet import _acronym_full_names, _wordnet_fallback, _wordnet_spellings
from .cues import (
    _alternatives_first_words, _CLUB_WORD_AFTER, _CLUB_WORDS, _LIST_CUE_ENDS, _lower_after, _LOWER_RUN, _MODIFIER_BEFORE_KIND,
    _ORG_AFTER, _org_before_phrase, _ORG_CUES_AFTER, _org_plural_before, _ORG_SAID_AFTER, _ORG_SAID_WORDS, _PERSON_CUES_LAST,
    _poss_before_name, _released_by, _WORD_AFTER, _WORD_AFTER_OPENERS, _word_before, _words,
)
from .resolve import _TOWN_AFTER, _TOWN_CUE_BEFORE, _UK_AS_ADJECTIVE, _frames_read, _honorific_surnames, _resolve_chunk
from .people import (
    _al_given_names, _kunya_names, _particle_surnames_alone, _appositive_people, _east_asian_names, _bracketed_name_parts, _descriptor_before_full_name, _epithets, _family_plurals,
    _given_names_opening, _kin_pairs, _lineup_people, _named_as_people, _aliases_by_cue, _named_storms, _nicknamed_people, _STORM_WORDS, _STORM_KEYS,
)
from .places import (
    _city_of_london, _constituencies, _currency_codes, _heavenly_bodies, _country_core_alone, _datelines, _demonym_in_longer_name, _heritage_groups,
    _official_name_heads,
    _place_before_person, _place_heads_alone, _route_events, _state_abbreviations, _state_code_mentions,
    _movement_adjectives,
)
from .companies import _company_names
from .platforms import _platforms
from .merging import _demonym_short_forms, _merge, _newspaper_short_forms, _title_word_surnames
from .acronyms import _acronym_letters, _dotted_acronyms, _formats_and_units, _initialled_short_forms, _un_before_named_body
from .companies import _market_indices
from .works import (
    _address_titles, _award_titles, _cited_titles, _competitions, _decorations, _painting_titles, _sport_meets, _titled_demonyms, _titles_in_marks, _tours,
)


def _drop_kind_modifiers(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a one-word sentence-opening "name" that only modifies a noun for a kind of organisation before that
    organisation's name (see _MODIFIER_BEFORE_KIND); a people, a place or an acronym stays ("British retailer Tesco")."""
    return [m for m in found if not (
        m.initial and " " not in m.name and m.type in ("ORG", None) and not m.name.isupper() and text[m.start:m.end] == m.name
        and _MODIFIER_BEFORE_KIND.match(text, m.end) and not _place(m.name) and not _demonym_of(m.name))]


# Nouns after a state's adjective that make it an era's or a style's ("Victorian era", "Victorian terraces")
_ERA_NOUNS_AFTER = re.compile(r" (?:era|eras|age|times|period|style|architecture|values|morality|house|houses|home|homes|"
                              r"terrace|terraces|building|buildings|mansion|villa|novel|novels|novelist|novelists|poet|"
                              r"poets|gothic|England|Britain|London|society|literature|fiction|melodrama)\b")


def _state_peoples_at_home(found: list[_Mention], text: str) -> list[_Mention]:
    """Keeps a state's people ("Victorian", "Texan": geography._state_demonyms) only in a text that names the state, its
    country or a place or people of that country, and not before an era's noun: "a Victorian boat" in a story naming
    Hobart and Sydney; not "Victorian terraces" in a London story."""
    states = _state_demonyms()
    if not any(m.type == "NORP" and m.name in states for m in found):
        return found
    named = {state for state, _ in states.values()}
    countries = {m.name for m in found if m.type == "GPE" or m.name in named} \
        | {m.link for m in found if m.type in ("GPE", "NORP") and m.link and m.name not in states}
    return [m for m in found if not (m.type == "NORP" and m.name in states and (
        states[m.name][1] not in countries and states[m.name][0] not in countries and not _STATE_OFFICE_AFTER.match(text, m.end)
        or _ERA_NOUNS_AFTER.match(text, m.end)))]


# A state's office or government after its people's adjective ("the Victorian Premier", "the Texan governor", "the
# Tasmanian Government"): the state's, whatever else the text names
_STATE_OFFICE_AFTER = re.compile(r" (?:[Pp]remier|[Gg]overnor|[Gg]overnment|[Ss]tate|[Pp]arliament|[Ll]egislature|[Ss]enator|"
                                 r"[Aa]ttorney|[Tt]reasurer|[Mm]inister|[Pp]olice|[Oo]pposition|[Cc]oroner|[Ss]upreme)\b")


def _hyphenated_people(found: list[_Mention]) -> list[_Mention]:
    """Two people of the story joined by a hyphen ("the Ford-Suharto meeting", "the Blair-Brown feud"): a mention of
    each (merged later with the person each names), in place of what the joined word gave, when one part is the
    surname of a person named in full and the other that too or a name the text writes alone."""
    surnames = {m.name.rsplit(" ", 1)[-1] for m in found if m.type == "PERSON" and " " in m.name}
    alone = {m.name for m in found if " " not in m.name and "-" not in m.name and m.type in ("PERSON", "ORG")}
    if not surnames:
        return found
    out = []
    for m in found:
        parts = m.name.split("-")
        if m.type in ("ORG", "PERSON", None) and len(parts) == 2 and " " not in m.name and m.end - m.start == len(m.name) \
                and all(p[:1].isupper() and p[1:].islower() for p in parts) \
                and all(p in surnames or p in alone for p in parts) and any(p in surnames for p in parts):
            cut = m.start + len(parts[0])
            out.append(_Mention(m.start, cut, parts[0], "PERSON", named=True))
            out.append(_Mention(cut + 1, m.end, parts[1], "PERSON", named=True))
            continue
        out.append(m)
    return out


# A condition named after who described it ("Parkinson's disease", "Down's syndrome", "Bell's palsy"): no mention of
# anyone of the story, nor an organisation
_CONDITION_AFTER = re.compile(r"['’]s (?:disease|diseases|syndrome|disorder|palsy|lymphoma|sarcoma|chorea|ataxia)\b"
                              r"| scale\b")  # (and a scale named after its maker: "6.1 on the Richter scale")


# A condition named by its eponym's possessive alone, after words for having, treating or dying of an illness
# ("diagnosed with Alzheimer's", "patients with Parkinson's in Scotland", "died after a long battle with Parkinson's",
# "a cure for Huntington's"): the possessive ends the noun phrase (a stop, a comma, a preposition follows), so it names
# the illness, no shop or firm ("a deal with Sainsbury's" has no such cue)
_CONDITION_CUE_BEFORE = re.compile(r"\b(?i:diagnosed with|suffer(?:s|ed|ing)? (?:from|with)|sufferers? of|"
                                   r"(?:living|lives|lived|live|patients|people|those|children|adults|man|woman|men|women) with|"
                                   r"(?:battle|battles|fight|struggle) (?:with|against)|battling|cure for|treat(?:s|ed|ing)?|"
                                   r"treatments? for|drugs? for|therapy for|died (?:of|from)|risk of|symptoms of|"
                                   r"has|had|have|develop|developed|developing) "
                                   r"(?:(?:early|young|late)-onset |advanced |mild |severe |late-stage )?$")
_CONDITION_CUE_WORDS = ("diagnosed", "suffer", " with ", "battling", "cure ", "treat", "drug", "therapy", "died ",
                        "risk of", "symptoms", "has ", "had ", "have ", "develop")
_POSSESSIVE_ENDS_PHRASE = re.compile(r"(?:['’]s)?(?:[.,;:)!?]|$| (?:in|at|for|since|but|when|after|before|"
                                     r"is|was|has|had|which|who|while|because|as|to|from|by|until|than)\b)")


def _ellipsis_condition(text: str, m: _Mention) -> bool:
    """*m* is one word in its possessive ("Parkinson's") that ends its phrase, after words for an illness
    (_CONDITION_CUE_BEFORE): a condition named by its eponym."""
    poss = text[m.end - 2:m.end] in ("'s", "’s")
    if not (poss or text[m.end:m.end + 2] in ("'s", "’s")):
        return False
    return _POSSESSIVE_ENDS_PHRASE.match(text, m.end) is not None \
        and _CONDITION_CUE_BEFORE.search(text, max(0, m.start - 40), m.start) is not None


def _drop_eponym_conditions(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a one-word name whose possessive names a disease or syndrome ("Alzheimer's disease", "diagnosed with
    Parkinson's": _ellipsis_condition), or that names a scale ("the Richter scale")."""
    return [m for m in found if not (" " not in m.name and m.type in ("ORG", "PERSON", None)
                                     and (_CONDITION_AFTER.match(text, m.end) or _ellipsis_condition(text, m)))]


# A street's head word and a place's preposition (or "the") before the street's name ("a blast in Elliot Street", "the
# corner of Smith Road"): the street, a venue (GUIDELINES), not the person a given name and a surname-like word seem to
# name; not a street that stands for an institution ("Downing Street", "Wall Street": _DISTRICT_STREETS)
_STREET_HEADS = (" Street", " Road", " Avenue", " Boulevard")
_STREET_PREP_BEFORE = re.compile(r"\b(?:in|on|at|along|off|near|from|into|down|up|of|the|The) $")


def _drop_streets(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a name of two or three words ending in a street's head word, untyped or typed a person, after a place's
    preposition or "the" (see _STREET_HEADS)."""
    return [m for m in found if not (
        m.type in ("PERSON", None) and m.name.endswith(_STREET_HEADS) and 1 <= m.name.count(" ") <= 2
        and text[m.start:m.end] == m.name and m.name not in _DISTRICT_STREETS and m.name != "Downing Street"
        and _STREET_PREP_BEFORE.search(text, max(0, m.start - 6), m.start))]


_NAME_BEFORE_BRACKET = re.compile(r"((?:[A-Z][\w'’-]*|of|the|for|and)(?: (?:[A-Z][\w'’-]*|of|the|for|and)){1,6}) \($")


# (a cheap test before the numbered units' pass: a digit, an ordinal's ending, a space and a capital, found from the
# space, which the engine skips to, instead of testing every character for a digit)
_ORDINAL_DIGIT = re.compile(r" (?<=\d(?:st|nd|rd|th) )[A-Z]")


# An exchange's suffix closing a stock's code in brackets ("(TSLA.O)", "(VOD.L)"): the quick test before
# _exchange_codes (one search, from each full stop, for what twelve str.find scans of the text looked for)
_EXCHANGE_SUFFIX = re.compile(r"\.(?:O|N|L|T|PA|DE|HK|TO|AX|KS|SS|MI)\)")


def _ordinal_before_capital(text: str) -> bool:
    """Whether _ORDINAL_DIGIT finds anything ("the 3rd Battalion"): each "st ", "nd ", "rd ", "th " found by str.find,
    then the digit before it (\\d: a decimal character) and the capital after it read (the pattern was tried at every
    space)."""
    for suffix in ("st ", "nd ", "rd ", "th "):
        i = text.find(suffix, 1)
        while i >= 0:
            if "A" <= text[i + 3:i + 4] <= "Z" and text[i - 1].isdecimal():
                return True
            i = text.find(suffix, i + 1)
    return False


# Words of a report of a game, in a text where "the MCG", "the SCG" are grounds ("... Cricket Ground")
_GAME_TEXT = re.compile(r"\b(?:wickets?|innings|Test|bowl(?:er|ers|ing|ed)|batsm[ae]n|overs|matches|match|goals?|"
                        r"kick-off|tries|half-time|grand final|premiership|crowd)\b")


def _venue_acronyms(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops an acronym in brackets right after a venue's or a site's name that spells it ("the International Space
    Station (ISS)"), there and wherever the text uses it: the venue, not annotated, as its name is not."""
    venues = set()
    for m in found:
        if m.type == "ORG" and m.name.isupper() and 2 <= len(m.name) <= 6 and text[m.start - 2:m.start] == " (" and m.start >= 2 \
                and (before := _NAME_BEFORE_BRACKET.search(text, max(0, m.start - 80), m.start)) is not None:
            words = before.group(1).split()
            last = words[-1].lower()
            venue = last in _SKIP_HEADS or last in _STATION_HEADS \
                or last in ("centre", "center") and len(words) > 1 and words[-2].lower() in _VENUE_CENTRES
            initials = "".join(w[0] for w in words[words[0] == "The":] if w[0].isupper())
            if venue and (initials.endswith(m.name) or _skips_letters_of(initials, m.name)):
                venues.add(m.name)
        elif m.type == "ORG" and m.name.isupper() and 3 <= len(m.name) <= 4 and m.name[-1] == "G" \
                and text[max(0, m.start - 4):m.start] in ("the ", "The ") and _GAME_TEXT.search(text):
            venues.add(m.name)  # "at the MCG", "the SCG": a sports ground named by its initials ("... Ground")
    return [m for m in found if not (m.type == "ORG" and m.name in venues)] if venues else found


def _skips_letters_of(initials: str, acronym: str) -> bool:
    """*acronym* takes the first and the last of *initials* and some of those between, in order ("FAST" of the
    initials of "Five-hundred-meter Aperture Spherical Radio Telescope"): a name's acronym that leaves words out."""
    if len(acronym) < 3 or acronym[0] != initials[:1] or acronym[-1] != initials[-1:]:
        return False
    rest = iter(initials)
    return all(c in rest for c in acronym)


# Words whose absence from a text spares it a pass (substring tests, faster than one scan by a pattern of alternatives)
_CRAFT_WORDS = ("huttle", "yacht", "tanker", "ferry", "liner", "freighter", "frigate", "destroyer", "submarine", "warship",
                "cruiser", "trawler", "schooner", "spacecraft", "lander", "boat", "maxi", "maran", "sloop", "ketch",
                "skippered", "ocean racer")
# ... and the words works._craft_names's patterns need whole (each after a word boundary or a space, before a space or a
# comma, case-sensitive: _CRAFT_BEFORE's nouns, _CRAFT_CREWED's and _CRAFT_SKIPPER's verbs and noun, _CRAFT_PREFIX's
# prefixes): a text none of whose words (cues._words) is one of them has no craft named (one set test first)
_CRAFT_KEYS = frozenset("""shuttle Shuttle yacht tanker ferry liner freighter frigate destroyer submarine warship cruiser
    trawler schooner spacecraft lander boat maxi supermaxi catamaran trimaran sloop ketch racer racers skippered crewed
    helmed sailed skipper HMS HMAS HMCS HMNZS USS USNS RRS RMS""".split())
_FAITH_WORDS = ("Islamic ", "Muslim ", "Christian ", "Jewish ", "Catholic ", "Hindu ", "Sikh ", "Buddhist ", "Protestant ",
                "Anglican ")
_DISEASE_WORDS = (" outbreak", "pidemic", "andemic", " virus", " vaccine", " infect", " patient", " symptoms")
_CONDITION_WORDS = ("disease", "syndrome", "disorder", "palsy", "lymphoma", "sarcoma", "chorea", "ataxia", " scale")


def _number_variant_seen(low: str, lower_seen: Container[str]) -> bool:
    """The singular or plural of a word opening a sentence is written in lower case in the document ("Airline shares
    fell" ... "hurting airlines"): an ordinary word."""
    return low + "s" in lower_seen or len(low) > 4 and low[-1] == "s" and low[-2] != "s" and low[:-1] in lower_seen


# A party's one-word name before a noun for its people or its posts ("Labour candidate Karen Bellingham", "Tory
# leader", "Labour officials"): the party, even at a sentence start in a text that writes the word in lower case too
# ("the labour ward")
# (each name's look-behind tested after its first letter: a pattern that opens with letters is scanned for them)
_PARTY_BEFORE_ROLE = re.compile(r"(" + "|".join(re.escape(p[0]) + r"(?<![\w'’-].)" + re.escape(p[1:])
                                               for p in sorted((p for p in _PARTIES if " " not in p and not p.isupper()),
                                                               key=len, reverse=True))
                                + r")(?= (?:candidates?|MPs?|MEPs?|MSPs?|AMs?|leader|leadership|deputy|chairman|peers?|"
                                  r"councillors?|officials|activists|ministers?|government|spokes(?:man|woman)|"
                                  r"manifesto|backbenchers?|frontbenchers?|whips?|members?|voters|supporters|senators?|"
                                  r"premier|attorney-general|treasurer|MLAs?|MHRs?|politicians?)\b)")


def _parties_before_roles(found: list[_Mention], text: str) -> list[_Mention]:
    """Adds the party mentions that _PARTY_BEFORE_ROLE finds and no mention covers."""
    overlaps = _overlap_test(found)  # (a binary search per hit)
    added = [_Mention(h.start(), h.end(), h.group(1), "ORG", named=True) for h in _PARTY_BEFORE_ROLE.finditer(text)
             if not overlaps(h.start(), h.end())]
    return sorted(found + added, key=_START) if added else found


# A minister's or a secretary's title and a name after a word ("Immigration Minister Philip Ruddock", "a spokesman for
# Transport Minister John Anderson"): the word names the portfolio, part of the title, no body of its own
_MINISTER_NAME_AFTER = re.compile(r" (?:[Mm]inister|[Ss]ecretary) [A-Z]")


def _drop_portfolios(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a one-word organisation no cue vouched for that is a common word of English (zipf >= 3.0), no institution's
    name or organisation's head ("Home Office Minister", "Treasury Secretary" stay) nor an acronym, before a minister's
    or a secretary's title and a name (_MINISTER_NAME_AFTER)."""
    zipf = _wordfreq()
    return [m for m in found if not (
        m.type == "ORG" and not m.named and " " not in m.name and not m.name.isupper() and text[m.start:m.end] == m.name
        and _MINISTER_NAME_AFTER.match(text, m.end) and m.name not in _INSTITUTIONS and m.name.lower() not in _ORG_HEADS
        and m.name not in _PARTIES and zipf(m.name.lower()) >= 3.0)]


# A noun for a substance, or a test for one, right before an acronym ("the banned substance EPO", "an explosive called
# TATP", "tested positive for THG"): the acronym names the substance, no organisation
_SUBSTANCE_BEFORE = re.compile(r"\b(?:(?:substance|steroid|drug|stimulant|hormone|explosive|chemical|compound|toxin|"
                               r"pesticide|additive)s?(?: called| known as)?|tested (?:positive )?for|traces of) $")
_SUBSTANCE_WORDS = ("substance", "steroid", "drug", "stimulant", "hormone", "explosive", "chemical", "compound", "toxin",
                    "pesticide", "additive", "tested ", "traces of")  # (a cheap test first)
# ... and the words _SUBSTANCE_BEFORE needs whole (after a word boundary, before a space, case-sensitive): a text none of
# whose words (cues._words) is one of them names no substance (one set test first)
_SUBSTANCE_KEYS = frozenset(w + s for w in ("substance", "steroid", "drug", "stimulant", "hormone", "explosive", "chemical",
                                            "compound", "toxin", "pesticide", "additive") for s in ("", "s")) \
    | frozenset(("tested", "traces"))


def _drop_substances(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops, in every mention, an acronym typed ORG that one mention shows to be a substance's (_SUBSTANCE_BEFORE)."""
    names = {m.name for m in found if m.type == "ORG" and m.name.isupper() and 2 <= len(m.name) <= 6
             and text[m.start:m.end] == m.name and _SUBSTANCE_BEFORE.search(text, max(0, m.start - 32), m.start)}
    return [m for m in found if not (m.type == "ORG" and m.name in names)] if names else found


# A heading in title case, a line of its own before the body ("Union Calls Fresh Strike Over Pay", "Why Sales Are
# Falling", "Read More: Why Prices Are Rising"): every word capitalised but the small ones, so a capital there says
# nothing of a name; its common words are no organisation ("Calls Fresh Strike Over Pay", "Sales")
_HEADING_SMALL = frozenset("a an the and or but nor of in on at to for by with as from vs via into per".split())
_HEADING_STRIP = "\"'“”‘’():,;-–—|"


def _heading_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the lines of *text* that a line break follows and that are title-case headings: three to fourteen
    words, no full stop, exclamation mark or comma at the end, every word capitalised but _HEADING_SMALL, and at
    least two capitalised words after the first (half of them or more) common words of English (zipf >= 4.0)."""
    zipf = _wordfreq()
    spans = []
    pos = 0
    for line in text.split("\n")[:-1]:  # (the last line, no break after it, is the body's)
        a, pos = pos, pos + len(line) + 1
        stripped = line.rstrip()
        if not stripped or stripped[-1] in ".!,;" or not 3 <= stripped.count(" ") + 1 <= 14:
            continue
        words = [w.strip(_HEADING_STRIP) for w in stripped.split()]
        words = [w for w in words if w and w[:1].isalpha()]
        if len(words) < 3 or not all(w[:1].isupper() or w in _HEADING_SMALL for w in words):
            continue
        caps = [w for w in words[1:] if w[:1].isupper()]
        common = sum(1 for w in caps if zipf(w.lower()) >= 4.0)
        if common >= 2 and 2 * common >= len(caps):
            spans.append((a, a + len(line)))
    return spans


# Prepositions a title-case heading capitalises ("Police Officers At Afghan Checkpoint", "Toll in NYC With 4 Children",
# "Strike Over Pay"): no name of an organisation or a person goes on across one set so, so a run of capitals there is cut
# at it ("of", "and", "for" and "the" stay: "Bank Of America", "Centers For Disease Control")
_HEADING_CUTS = frozenset("At With In On To By From Into Via Vs Over After Amid Against Before Under About Amongst Among "
                          "Despite Near Than".split())


def _heading_cut(chunks: list, spans: list[tuple[int, int]]) -> list:
    """The chunks with those inside a title-case heading (*spans*) cut at a capitalised preposition (_HEADING_CUTS),
    which itself goes."""
    if not spans:
        return chunks
    starts = [a for a, _ in spans]  # (sorted and disjoint: the span a chunk may open in, found by bisection)
    out = []
    for toks in chunks:
        k = bisect_right(starts, toks[0].start) - 1 if len(toks) >= 2 else -1
        if k < 0 or not toks[0].start < spans[k][1] or not any(t.text in _HEADING_CUTS for t in toks[1:]):
            out.append(toks)
            continue
        piece: list = []
        for t in toks:
            if piece and t.text in _HEADING_CUTS:
                out.append(piece)
                piece = []
            elif t.text not in _HEADING_CUTS:
                piece.append(t)
        if piece:
            out.append(piece)
    return out


_HEADING_BOUNDARY = re.compile(r"[\w'’-]")


def _in_heading_words(surface: str, form: str, at: int) -> bool:
    """*form* starts at *at* in *surface* and ends there on a word's boundary."""
    end = at + len(form)
    return surface.startswith(form, at) and (end == len(surface) or not _HEADING_BOUNDARY.match(surface, end))


def _body_form_in(surface: str, forms: dict[str, list[str]]) -> tuple[int, str] | None:
    """The longest of *forms* (by their first word) that a word of *surface* opens, and where: the earliest of the
    longest."""
    best = None
    for w in re.finditer(r"\S+", surface):
        for form in forms.get(w.group().strip(_HEADING_STRIP), ()):
            if _in_heading_words(surface, form, w.start()) and (best is None or len(form) > len(best[1])):
                best = (w.start(), form)
    return best


def _title_case_headings(found: list[_Mention], text: str, spans: list[tuple[int, int]] | None = None) -> list[_Mention]:
    """In a title-case heading (_heading_spans) every word is capitalised, so a capital there says nothing of a name:
    a mention there is a name the body also uses, or one of its words is a given name, a place or a company's name.
    Cut an organisation's, a person's or an untyped run there to the longest name the body uses inside it ("Secretary
    John Kelly Defends Travel Ban" -> "John Kelly"; "Taliban Fighters Kill" -> "Taliban"); drop one of common words of
    English only (zipf >= 3.5; one alone >= 4.0: "Calls Fresh Strike Over Pay") or none of whose words the body's names
    use ("Regrets Quick Rollout"), unless it is an institution or a party ("Home Office", "Labour"); and count the
    body's names the heading holds that no mention covers."""
    spans = _heading_spans(text) if spans is None else spans
    if not spans:
        return found
    zipf = _wordfreq()
    firsts = _first_names()

    outside = {id(m) for m in _outside(found, spans, whole=True)}  # (one binary search per mention, not a look at
    # each heading: thousands on a hostile text)

    def inside(m: _Mention) -> bool:
        return id(m) not in outside

    companies = _company_names()
    body = [m for m in found if not inside(m)]
    elsewhere = {m.name for m in body if not m.initial}
    by_form: dict[str, _Mention] = {}
    for m in body:
        if m.type is not None:
            by_form.setdefault(text[m.start:m.end], m)
    forms: dict[str, list[str]] = {}
    for form in by_form:
        forms.setdefault(form.split(" ", 1)[0], []).append(form)
    body_words = {w for form in by_form for w in form.split()}

    def kept_word(w: str) -> bool:
        return w in firsts or bool(_place(w)) or w in companies[0] or w in companies[1]

    out = []
    for m in found:
        if m.type not in ("ORG", "PERSON", None) or m.name in elsewhere or m.name in _INSTITUTIONS \
                or m.name in _PARTIES or not inside(m):
            out.append(m)
            continue
        surface = text[m.start:m.end]
        hit = _body_form_in(surface, forms) if surface not in by_form else None
        if hit is not None:
            at, form = hit
            out.append(replace(by_form[form], start=m.start + at, end=m.start + at + len(form), initial=m.initial))
            continue
        words = surface.split()
        if all(zipf(w.lower()) >= (4.0 if " " not in m.name else 3.5) and not kept_word(w) for w in words):
            continue
        if len(words) >= 2 and not any(w.strip(_HEADING_STRIP) in body_words or kept_word(w.strip(_HEADING_STRIP))
                                       for w in words):
            continue
        out.append(m)
    return _heading_body_names(out, text, spans, by_form, forms) if by_form else out


def _heading_body_names(found: list[_Mention], text: str, spans: list[tuple[int, int]], by_form: dict[str, _Mention],
                        forms: dict[str, list[str]]) -> list[_Mention]:
    """The body's names (*by_form*) a title-case heading holds where no mention is yet ("Taliban Fighters Kill 12
    Police Officers": the Taliban of the body), each a mention of the body's entity."""
    starts = sorted((m.start, m.end) for m in found)
    keys = [s for s, _ in starts]
    added = []
    for a, b in spans:
        line = text[a:b]
        i = bisect_left(keys, a) - 1
        taken = [se for se in starts[max(0, i):bisect_left(keys, b)]]  # (one before the line too: it may reach in)
        for w in re.finditer(r"[^\s\"“”‘(]\S*", line):
            word = w.group().strip(_HEADING_STRIP)
            if word not in forms or w.start() and line[w.start() - 1] in "-'’":
                continue
            best = max((f for f in forms[word] if _in_heading_words(line, f, w.start())), key=len, default=None)
            if best is None:
                continue
            start, end = a + w.start(), a + w.start() + len(best)
            if any(s < end and start < e for s, e in taken) or any(m.start < end and start < m.end for m in added):
                continue
            added.append(replace(by_form[best], start=start, end=end, initial=False))
    return sorted(found + added, key=lambda m: m.start) if added else found


# A country's (or a member's) leaving a union, named by a blend of its name and "exit" ("Brexit", "Grexit", "Frexit",
# "Czexit", "Italexit"): a process, no organisation nor place, in every mention
_EXIT_BLEND = re.compile(r"[A-Z][a-z]{0,4}xit")


def _exit_blends(found: list[_Mention]) -> list[_Mention]:
    """Drops the mentions named by a blend of a name and "exit" (_EXIT_BLEND)."""
    return [m for m in found if not (m.type in ("ORG", "GPE", "PERSON", None) and _EXIT_BLEND.fullmatch(m.name))]


# A company's legal name with its country or territory in brackets before the legal form, as Asian and European
# business copy writes a subsidiary ("Nomura International (Hong Kong) Limited", "HSBC Bank (China) Co Ltd", "Acme
# Holdings (UK) Plc"): one organisation, no mention of the place
_BRACKETED_SEAT = re.compile(r" \(([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2})\)((?: (?:Co|Pte|Pty|Sdn|Private|Public)\.?,?)?"
                             r" [A-Z][\w.]*(?: (?:Ltd|Limited|Bhd|Co)\.?)?)(?![\w'’-])")


def _bracketed_seats(found: list[_Mention], text: str) -> list[_Mention]:
    """An organisation's mention, a place in brackets and a legal form (_BRACKETED_SEAT, the last word one of
    _LEGAL_FORMS) make one organisation's name; the place's and the form's mentions go."""
    out: list[_Mention] = []
    skip_until = -1
    for m in found:
        if m.start < skip_until:
            continue
        hit = _BRACKETED_SEAT.match(text, m.end) if m.type == "ORG" and text.startswith(" (", m.end) else None
        if hit is not None and hit.group(2).split()[-1].rstrip(".,") in _LEGAL_FORMS and _place(hit.group(1)) is not None:
            name = text[m.start:hit.end()]
            out.append(_Mention(m.start, hit.end(), name, "ORG", named=True))
            skip_until = hit.end()
            continue
        out.append(m)
    return out


# A name of capitalised words (and "of", "on", "and", "the", "for") before an acronym in brackets
_NAME_THEN_ACRONYM = re.compile(r"((?:[A-Z][\w'’-]*)(?: (?:(?:of|on|and|the|for|in|to) )*[A-Z][\w'’-]*)+) \(([A-Z]{2,8})\)")


def _unannotated_name_acronyms(found: list[_Mention], text: str) -> list[_Mention]:
    """An acronym defined in brackets after a name whose head (its last word, or the word before "of", "on", "for") is
    one the guidelines leave unannotated (a plan, a treaty, an accord, an act, a summit: _SKIP_HEADS) and whose
    initials it is ("the Joint Comprehensive Plan of Action (JCPOA)", "the Coastal Fisheries Accord (CFA)") is that
    document's or event's, no organisation: every mention of it goes."""
    acronyms = {m.name for m in found if m.type in ("ORG", None) and m.name.isupper()}
    if not acronyms:
        return found
    drop = set()
    for acro in acronyms:
        at = text.find(f" ({acro})")  # (the acronym's definition, then the name before it: no scan of the text)
        hit = next((h for h in _NAME_THEN_ACRONYM.finditer(text, max(0, at - 160), at + len(acro) + 3)
                    if h.group(2) == acro), None) if at > 0 else None
        if hit is None:
            continue
        words = hit.group(1).split()
        for k in range(len(words) - 1):  # (the name may open after a capitalised word of the sentence: "Iran and the")
            tail = words[k:]
            if acro in (_acronym_letters(tail), "".join(w[0] for w in tail).upper()):  # ("Plan of Action": PoA too)
                head = next((w for w, nxt in zip(tail, tail[1:]) if nxt in ("of", "on", "for")), tail[-1])
                if head.lower() in _SKIP_HEADS:  # (the name's head: "Plan" of "Plan of Action", not "Highway" of
                    # "National Highway Traffic Safety Administration")
                    drop.add(acro)
                break
    return [m for m in found if not (m.type in ("ORG", None) and m.name in drop)] if drop else found


def _extract(text: str) -> list[_Mention]:
    lower_seen = _LowerWords(text)
    found: list[_Mention] = []
    cache = _RESOLVE_CACHE
    honorific = _honorific_surnames(text)
    spans: dict[int, int] = {}  # where each chunk ends -> where it starts
    heading_spans = _heading_spans(text) if "\n" in text else []
    for toks in _heading_cut(_chunks(text), heading_spans):
        last = toks[-1]
        start = toks[0].start
        end = last.end
        spans[end] = start
        initial = _is_initial(text, start)
        key = (text[start:end], last.poss, initial, _context(text, start, end),
               (tuple([t.low in lower_seen for t in toks]), _org_named_mid_sentence(text, toks))
               if initial else (), tuple([t.text in honorific for t in toks]) if honorific and len(toks) > 1 else (),
               _place_cues(text, toks) if last.text in ("Park", "UK") or last.poss and toks[0].text in ("St", "St.") else (),
               _frames_read(text, start, end))
        hit = cache.get(key)
        if hit is None:
            if len(cache) > 100_000:
                cache.clear()
            hit = cache[key] = [(m.start - start, m.end - start, m.name, m.type, m.link, m.titled, m.royal, m.initial, m.named)
                                for m in _demonym_in_longer_name(_resolve_chunk(text, toks, initial, lower_seen), toks,
                                                                 key[3][-1])]
        if hit:
            for a, b, *rest in hit:
                found.append(_Mention(start + a, start + b, *rest))
    if ">" in text:
        found = _newswire_marks(found, text, spans)  # ("Mobil Corp <MOB>": a stock code; "<Exco Plc>": a company)
    if _EXCHANGE_SUFFIX.search(text):  # (".O)", ".N)", ".L)" ...: one search from each full stop)
        found = _exchange_codes(found, text)  # ("Tesla Inc (TSLA.O)": a stock's code)
    if " or " in text or " (" in text:
        found = _lower_case_terms(found, text)  # ("an exchange for physical or EFP": a term, no organisation)
    found = _lineup_people(found, text)
    if "\n" in text:
        found = _title_case_headings(found, text, heading_spans)  # ("Union Calls Fresh Strike Over Pay": a headline's capitals)
    if "-" in text:
        found = _east_asian_names(found, text)  # ("Actor Song Kang-ho", "Park Chan-wook said": a person)
    if text[:1].isupper() or "\n" in text:
        found = _datelines(found, text)  # ("MONTGOMERY, Ala. --": the town)
        if ") " in text or " /" in text:
            found = _dateline_agencies(found, text)  # ("LOS ANGELES (Reuters) -", "MOSCOW, May 2. /TASS/.": the agency)
    if "ist " in text or "ite " in text:
        found = _movement_adjectives(found, text)  # ("Peronist candidate Sergio Massa": a movement's people)
    if "-Americ" in text or "-Canadian" in text or "-Australian" in text:
        found = _heritage_groups(found, text)  # ("a Liberian-American": one group)
    if "." in text:
        found = _state_abbreviations(found, text)  # ("Montgomery, Ala.", "D-Calif.": the state)
    found = _named_as_people(found, text)
    if ", " in text:
        found = _appositive_people(found, text)  # ("Mr Ali's spokesman, Amin, told")
    if ") " in text:
        found = _bracketed_name_parts(found, text)  # ("me and Ato (Boldon) in the crowd": one person)
    if "“" in text or '"' in text or "'" in text or "‘" in text:
        found = _nicknamed_people(found, text)  # ("Lee “Faker” Sang-hyeok" ... "Faker")
    found = _aliases_by_cue(found, text)  # ('The 26-year-old, nicknamed "the Bulldog"', "also known as Ann Lee")
    if '"' in text or "“" in text or "‘" in text or " '" in text:
        found = _titles_in_marks(found, text)  # ('the video "Oil Spill Anxiety on the Bayou"': a work's title)
    if " The " in text:
        found = _titled_demonyms(found, text)  # ("his performance in The Irishman": a title)
    if "titled " in text:
        found = [m for m in found if m.royal or m.titled or not _ENTITLED_BEFORE.search(text, max(0, m.start - 10), m.start)]
        # ("The album, entitled Chuck, was recorded in St Louis": a work's title, no mention of whom it is named after)
    if "Portrait of " in text:
        found = _painting_titles(found, text)  # ("Reynolds' Portrait of Omai": a painting)
    if ") " in text:
        found = _bracketed_seats(found, text)  # ("Nomura International (Hong Kong) Limited": one company)
        found = _unannotated_name_acronyms(found, text)  # ("the Joint Comprehensive Plan of Action (JCPOA)": a deal)
    if "et al" in text:
        found = _cited_titles(found, text)  # ("Ann Lee et al. Tar tools from the Dutch North Sea, PNAS (2019)")
    if "Labour" in text or "Tor" in text or "Conservative" in text or "Lib" in text:
        found = _parties_before_roles(found, text)
    if " party" in text or " alliance" in text:
        found = _lower_case_parties(found, text)  # ("the ruling Morena party", "the Law and Justice party")
    words = _words(text)
    if not words.isdisjoint(_STORM_KEYS) and any(w in text for w in _STORM_WORDS):
        found = _named_storms(found, text)  # ("Hurricane Katrina", "after Katrina": an event, nobody)
    if "$" in text:
        found = _currency_codes(found, text)  # ("US$2 billion", "HK$15": a currency, no place)
    if "Earth" in text or "Milky Way" in text or "Solar System" in text:
        found = _heavenly_bodies(found, text)  # ("life on Earth", "beyond the Milky Way": LOC)
    found = _descriptor_before_full_name(found, text)  # ("former Beatle George Harrison" ... "George Harrison")
    found = _drop_kind_modifiers(found, text)
    found = _state_peoples_at_home(found, text)
    if any(m.type is None for m in found):
        _militant_groups(found, text)  # ("Al Qaeda fighters")
        if "Al " in text:
            _arabic_article_bodies(found, text)  # ("helped Al Qaeda develop")
            _al_given_names(found, text)  # ("Robert De Niro, Al Pacino, and Joe Pesci": a person)
        if "Abu " in text:
            _kunya_names(found)  # ("Palestinian gunman Abu Nidal": a person named by the kunya)
    if "l-" in text:
        found = _particle_surnames_alone(found, text)  # ("Hassan al-Jabouri ... al-Jabouri said")
    if _ordinal_before_capital(text):
        found = _numbered_units(found, text)  # ("the 3rd Battalion, Royal Australian Regiment")
    if " analyst" in text or " economist" in text or " strategist" in text:
        _firms_before_analysts(found, text)  # ("Piper Jaffray analyst Gene Munster")
    if "nalyst" in text or "conomist" in text or "trategist" in text:
        found = _partners_firms(found, text)
    if not words.isdisjoint(_SUBSTANCE_KEYS) and any(w in text for w in _SUBSTANCE_WORDS):
        found = _drop_substances(found, text)  # ("the banned substance EPO": a drug)
    found = _formats_and_units(found, text)
    if "xit" in text:
        found = _exit_blends(found)  # ("the Brexit talks": a process)
    found = _market_indices(found, text)  # ("the S&P 500", "the CAC 40": a stock index, no agency's mention)  # ("JPEG, JPG and PNG files", "5 MB": a file format, a unit)
    if "University of " in text:
        found = _campus_names(found, text)  # ("the University of California, Berkeley": one name)
    if "inister " in text or "ecretary " in text:
        found = _drop_portfolios(found, text)  # ("a spokesman for Immigration Minister Philip Ruddock": a portfolio)
    if not words.isdisjoint(_OFFICER_KEYS) and any(w in text for w in _OFFICER_WORDS):
        _firms_before_officers(found, text)  # ("Harbour Ferries owner Jim Blake")
    if "hare" in text or "chief executive" in text or "board of directors" in text:
        _firms_named_like_people(found, text)  # ("shares in John Lewis", "Merrill Lynch shares fell")
    if not words.isdisjoint(_AIRED_KEYS) and any(w in text for w in _AIRED_WORDS):
        _broadcasters(found, text)  # ("shown live on Sky Sports", "told Five Live's Sportsweek")
    if not words.isdisjoint(_CAMPAIGN_WORDS):  # (_CAMPAIGNERS_AFTER: one of them whole, after a space)
        _campaign_groups(found, text)  # ("Greenpeace demonstrators")
    if not words.isdisjoint(_JOURNAL_KEYS) and any(w in text for w in _JOURNAL_CUES):
        found = _journals(found, text)  # ("published in Nature", "writing in the Lancet": a journal)
    if "agazine" in text or " newspaper" in text or " tabloid" in text or " the " in text:
        found = _publications(found, text)  # ("posed for Maxim magazine", "PC Pro Magazine": a publication)  # ("analyst at Prescott, Ball and Turben Inc": one firm)
    if not words.isdisjoint(_FAITH_ADJECTIVES) and any(a in text for a in _FAITH_WORDS):  # (_ADJECTIVE_BEFORE's word whole)
        found = _faith_led_names(found, text)  # ("Islamic Jihad")
    if any(w in text for w in _CONDITION_WORDS) \
            or ("'s" in text or "’s" in text) and any(w in text for w in _CONDITION_CUE_WORDS):
        found = _drop_eponym_conditions(found, text)
    if any(w in text for w in _STREET_HEADS):
        found = _drop_streets(found, text)  # ("a blast in Elliot Street": a venue)
    if "City" in text:
        found = _city_of_london(found, text)
    if "Mr" in text or "Ms" in text:
        found = _epithets(found, text)  # ("the Mr Nasty of books": a role, nobody's name)
    if " of the " in text:
        found = _award_titles(found, text)
    if " Cross" in text:
        found = _decorations(found, text)  # ("awarded the Victoria Cross": an award, no person)
    if "State of " in text:
        found = _address_titles(found, text)  # ("the State of the Nation address": a speech)
    if "Tour of " in text:
        found = _tours(found, text)  # ("won the Tour of Britain": an event)
    if " League" in text:
        found = _competitions(found, text)  # ("won the Champions League": a competition, no body)
    found = _sport_meets(found, text)  # ("at the Norwich Union International": a meeting)  # ("the BBC Sports Personality of the Year": an award)
    if " for " in text and "M" in text:
        found = _constituencies(found, text)  # ("Labour MP for Hornsey and Wood Green": one seat)
    if not words.isdisjoint(_CRAFT_KEYS) and (any(w in text for w in _CRAFT_WORDS)
                                                    or any(w in text for w in _CRAFT_PREFIXES)):
        found = _craft_names(found, text)  # ("aboard the shuttle Endeavour": a spacecraft)
    if "the " in text or "The " in text:
        found = _towns_named_as_things(found, text)  # ("The Tampa, carrying 433 asylum seekers,": a ship)
    if " (" in text or "G" in text:
        found = _venue_acronyms(found, text)  # ("the International Space Station (ISS)", "at the MCG": a venue's acronym)
    found = _state_code_mentions(found, text)  # ("the ACT and Tasmania": a territory's code)
    if "Republic" in text or "Kingdom" in text or "State" in text or "Duchy" in text:
        found = _official_name_heads(found, text)  # ("Iran ... the Islamic Republic": the country)
    if " to " in text or " for " in text or " in " in text or " on " in text or "of " in text:
        found = _place_before_person(found, text)  # ("envoy for Afghanistan Lakhdar Brahimi": a place, then a person)
    if " to " in text:
        found = _route_events(found, text)  # ("the 57th Sydney to Hobart": a race, no mention of either city)
    if "-" in text:
        found = _hyphenated_people(found)  # ("the Ford-Suharto meeting")
    if "s " in text or "s'" in text or "s’" in text:
        found = _family_plurals(found, text)  # ("the Kennedys": the family of Ted Kennedy)
    found = _given_names_opening(found, text)  # ("Jack was into it" after "Jack Dorsey" and "you and Jack")
    if "its " in text or "Its " in text or "their " in text or "Their " in text:
        found = _owned_products(found, text)  # ("its Fios TV service": a product, here and where else it is named)
    if not words.isdisjoint(_DISEASE_KEYS) and any(w in text for w in _DISEASE_WORDS):
        found = _diseases(found, text)  # ("the Ebola outbreak", "Dallas Ebola patient": a disease, the city)
    if "ian " in text or "ean " in text or "esque " in text:
        found = _eponym_adjectives(found, text)  # ("a Faustian bargain": an adjective from a name)
    if "care" in text:
        found = _care_schemes(found, text)  # ("cuts to Medicare", "mandates under Obamacare": a scheme)
    if "UN " in text or "U.N. " in text:
        found = _un_before_named_body(found)  # ("the U.N. Intergovernmental Panel on Climate Change": two bodies)
    if "." in text:
        found = _dotted_acronyms(found)  # ("U.N." and "UN" in one story: one name)
    found = _initialled_short_forms(found)  # ("IC Gas" for "Imperial Continental Gas Association")
    found = _plural_nouns_in_capitals(found)  # ("UK INSTITUTES have thrown ...": a headline's capitals)
    if " and " in text:
        found = _kin_pairs(found, text)  # ("brothers Ralf and Michael Schumacher": Ralf Schumacher too)
    if " on " in text or " users" in text or " account" in text or " page" in text or " feed" in text \
            or " post" in text or " followers" in text or " channel" in text or " via " in text:
        found = _platforms(found, text)  # ("posted on Twitter", "his Instagram account": a platform, a company)
    found = _wordnet_fallback(found, text)  # ("to fight Hitler", "Hezbollah and Hamas": WordNet's famous names)
    # surface forms that also appear lower-case are ordinary words, not names ("Internet", "Budget")
    heads = _org_names_by_head(found)
    kept = [m for m in found if not (m.type == "ORG" and not m.named and " " not in m.name and not m.name.isupper() and (
        m.name.lower() in lower_seen or m.initial and _number_variant_seen(m.name.lower(), lower_seen))
        and not (not m.initial and _ORG_AFTER.match(text, m.end) and _org_before_phrase(text, m.start))
        and not _head_short_form(m, heads, text))]
    # (but not a word a noun for organisations names, that speaks or acts: "civil liberties group Liberty said")
    if "Government" in text or "Administration" in text or "Opposition" in text:
        kept = [m for m in kept if not (m.type == "ORG" and m.name in _DESCRIPTION_HEADS)]
    merged = _title_word_surnames(_merge(kept, text), text)  # ("Harriet King" ... "King said": her surname alone)
    merged = _wordnet_spellings(merged)  # ("al-Qaeda" ... "al-Qaida": one name's spellings)
    merged = _acronym_full_names(merged)  # ("United Nations Children's Fund" ... "Unicef": one organisation)
    merged = _newspaper_short_forms(merged)  # ("The Washington Post" ... "the Post said": the paper)
    if " " in text and any(m.type == "NORP" and " " in m.name for m in merged):
        merged = _demonym_short_forms(merged)  # ("Saudi Arabian" ... "Saudi": one people)
    if "Inc." in text or "Corp." in text or "Co." in text or "Ltd." in text or "Bros." in text:
        merged = _legal_form_stops(merged, text)  # ("Amazon.com Inc., the retailer": the abbreviation's full stop)
    return _country_core_alone(_place_heads_alone(_lower_case_names(_lower_aliases(merged, text), text), text))


def _org_names_by_head(found: list[_Mention]) -> dict[str, set]:
    """Each capitalised organisation head word -> the names of the document's organisations that hold it (one walk)."""
    out: dict[str, set] = {}
    for o in found:
        if o.type == "ORG" and " " in o.name:
            for w in o.name.split():
                if w.lower() in _ORG_HEADS:
                    out.setdefault(w, set()).add(o.name)
    return out


def _head_short_form(m: _Mention, heads: dict[str, set], text: str) -> bool:
    """A capitalised organisation head after "the" ("resigned from the Bank", "The Committee said") where one
    organisation of the document has that head in its name (the Bank of England; the Treasury Select Committee, of
    which "Treasury Committee" is a shorter form): its short form, though the word is written lower-case too ("worked
    for the bank"); the merge takes it to that organisation."""
    if m.name.lower() not in _ORG_HEADS or text[max(0, m.start - 4):m.start] not in ("the ", "The ") \
            or m.name[1:] != m.name[1:].lower():
        return False
    names = heads.get(m.name, ())
    if len(names) > 8:
        return False  # (a body named by so many names has no one short form)
    longest = [n for n in names if not any(n != o and set(n.split()) < set(o.split()) for o in names)]
    return len(longest) == 1


# The word that introduces a work's title written without marks ("an album entitled Chuck", "a report titled Britain
# Rising"; not "titled Lord Ashby", a peer)
_ENTITLED_BEFORE = re.compile(r"\b(?:entitled|[Tt]itled) $")


# A head word that stands alone for the government of the day is a description, no name ("the Government's
# programme", "the Administration's plan"; as "the executive" is, GUIDELINES), and so is "the Opposition" (Lee annotator
# q's call); with a level of government before it too ("the Federal Government": resolve._level_of_government)
_DESCRIPTION_HEADS = frozenset(("Government", "Administration", "Governments", "Administrations", "Opposition"))


# Heads of institutions that news style also writes in lower case after the name ("the European parliament")
_LOWER_ALIAS_HEADS = frozenset("""party parliament commission council committee executive assembly government senate
congress ministry department office court tribunal police""".split())


def _lower_aliases(mentions: list[_Mention], text: str) -> list[_Mention]:
    """An organisation of the document named in capitals ("European Parliament", "Scottish Executive") is also
    mentioned with its institutional head in lower case ("the European parliament"): those are its mentions too,
    in place of what the capitalised words alone gave ("European" as a demonym)."""
    variants: dict[str, _Mention] = {}
    absent: set[str] = set()  # (the forms the text does not hold: one look at the text per form, not one per mention)
    for m in mentions:
        if m.type == "ORG" and " " in m.name and text[m.start:m.end] == m.name:
            words = m.name.split()
            if words[-1].lower() in _LOWER_ALIAS_HEADS and words[0] != "The" and 2 <= len(words) <= 4 \
                    and all(w[:1].isupper() for w in words):
                low = " ".join([words[0]] + [w.lower() for w in words[1:]])
                if low not in variants and low not in absent:
                    if low in text:
                        variants[low] = m
                    else:
                        absent.add(low)
    if not variants:
        return mentions
    added: list[_Mention] = []
    for low, m in variants.items():
        for a, b in _literal_hits(text, low, "'’-", "'’-"):
            added.append(_Mention(a, b, m.name, "ORG", m.link, named=True))
    if not added:
        return mentions
    kept = _not_overlapped(mentions, added)
    return sorted(kept + added, key=_START)


def _lower_case_names(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A one-word name of the document written again all in lower case, as newswire and hurried copy do ("OPEC" ...
    "talks of opec's committee", "Qatar" ... "the Gulf state of qatar", "Shearson" ... "sell shearson"): a mention of
    the same entity, when the lower-case word is no word of English of its own: an acronym's letters (four or more)
    or a country's name below the common words (wordfreq), or a rare word (a surname, a firm's coined name); not
    "square" after the firm Square, "labour" after Labour, nor a web address ("amazon.co.uk")."""
    zipf = _wordfreq()
    wanted: dict[str, _Mention] = {}
    in_text: dict[str, bool] = {}
    for m in mentions:
        surface = text[m.start:m.end]
        if m.type not in ("ORG", "GPE", "PERSON") or " " in surface or "-" in surface or len(surface) < 4 \
                or not surface.isalpha():
            continue
        low = surface.lower()
        if low in wanted:
            continue
        if (written := in_text.get(low)) is None:
            written = in_text[low] = low in text  # (one look at the text per word, not one per mention)
        if not written:
            continue
        z = zipf(low)
        if surface.isupper() and z < 4.0 or surface[1:].islower() and (
                z == 0.0 or m.type == "GPE" and _country_of(surface) and z < 4.0 and low.capitalize() not in _first_names()):
            wanted[low] = m
    if not wanted:
        return mentions
    added = []
    for low, m in wanted.items():
        for hit in re.finditer(rf"(?<![\w'’@#/.-]){low}(?![\w’@-]|['](?!s\b)|\.\w)", text):
            added.append(_Mention(hit.start(), hit.end(), m.name, m.type, m.link, named=True))
    added = _not_overlapped(added, mentions)
    return sorted(mentions + added, key=_START) if added else mentions


# Chunk resolutions, shared by every document of the process: the same run in the same context
# always resolves the same way. The context is what ``_resolve_chunk`` reads beyond the run itself:
# sentence start or not; whether the word before the run is a role noun (``_role_before``) and the
# word after it an organisation cue (``_ORG_CUES_AFTER``), after a demonym noun a lower-case word
# (``_lower_after``; also after a two-word run ending in a demonym: "Retired Canadian general"), "the" before a newspaper's one-word name, a capitalised word after a possessive
# (``_poss_before_name``), a club's role noun after it (``_CLUB_WORD_AFTER``), "said" after it (``_ORG_SAID_AFTER``),
# a plural noun for organisations before it (``_org_plural_before``) -- see ``_context``; and, at a sentence
# start only (the only place it looks), which of the run's words the document also writes in lower
# case and whether it writes the whole run mid-sentence (``_org_named_mid_sentence``). A rule that reads more
# of the text around a run must add it to this key.
_RESOLVE_CACHE: dict[tuple, list] = {}
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")
_LOWER_ONLY = re.compile(r"[a-z][a-z]+")
_ORG_CUES_AFTER_FIRST = frozenset(w[0] for w in _ORG_CUES_AFTER) | frozenset("tmfcgwlserhpb")  # (and _WORD_AFTER's trade words)


def _place_cues(text: str, toks: list) -> tuple[bool, bool, bool]:
    """The words around a run ending in "Park" or "UK", or a saint's possessive, that ``_resolve_chunk`` tests (a town's
    cue after "<X> Park", "UK" as an adjective, a place's preposition before "St John's"): part of the cache key."""
    end = toks[-1].end
    return (_TOWN_AFTER.match(text, end) is not None, _UK_AS_ADJECTIVE.match(text, end) is not None,
            _TOWN_CUE_BEFORE.search(text, max(0, toks[0].start - 8), toks[0].start) is not None)


def _context(text: str, start: int, end: int) -> tuple:
    """(the word before *start* is a role noun, the word after *end* an organisation cue, a lower-case
    word follows a demonym noun, "the" comes before a newspaper's one-word name, a possessive at *end*
    governs a capitalised word, a club's role noun follows *end*, "said" or a company's cue follows *end*, a plural
    noun for organisations ends before *start*, a work's release verb and "by" end before *start*, a lower-case noun
    for a person follows a run of two or more words, an article ends before *start*): all the
    words around a run that
    ``_resolve_chunk`` tests (through ``_role_before``, ``_WORD_AFTER``, ``_lower_after``, the newspaper rule,
    "told the Times", ``_poss_before_name``, ``_CLUB_WORD_AFTER``, ``_ORG_SAID_AFTER`` and ``_org_plural_before``)."""
    role = False
    # (else the patterns cannot match, or not a word of the lists: a role noun ends in one of its last letters)
    if start > 1 and text[start - 1] == " " and "a" <= text[start - 2] <= "z" and text[start - 2] in _PERSON_CUES_LAST:
        role = _word_before(text, start, 20) in _PERSON_CUES
    cue = False
    after = text[end:end + 1]
    lower_next = after == " " and "a" <= text[end + 1:end + 2] <= "z"  # (what _lower_after tests)
    # (the lower-case word after the space, read once: each pattern below is tried only when it opens one of its
    # matches)
    word = _LOWER_RUN.match(text, end + 1).group() if lower_next else ""
    if lower_next and text[end + 1] in _ORG_CUES_AFTER_FIRST and word in _WORD_AFTER_OPENERS:
        m = _WORD_AFTER.match(text, end)
        cue = m is not None and m.group(1) in _ORG_CUES_AFTER
    surface = text[start:end]
    paper = surface.lower() in _NEWSPAPERS and text[max(0, start - 4):start] in ("the ", "The ")
    poss_cap = after in ("'", "’") and _poss_before_name(text, end)
    club = said = False
    if lower_next:  # (a space and a lower-case word: one of the patterns' words only if it opens with one's letter)
        club = word in _CLUB_WORDS and _CLUB_WORD_AFTER.match(text, end) is not None  # "Everton striker"
        said = word in _ORG_SAID_WORDS and _ORG_SAID_AFTER.match(text, end) is not None  # "National Grid said"
    elif after in ("'", "’"):  # (else neither pattern can match: both open with a possessive or a space and a
        # lower-case word)
        club = _CLUB_WORD_AFTER.match(text, end) is not None  # "Everton striker" (a one-word club)
        said = _ORG_SAID_AFTER.match(text, end) is not None  # "National Grid said" (at a sentence start)
    # (each helper's own first test, made here: most runs have neither a list's plural nor "by" before them)
    listed = start > 4 and text[start - 1] == " " and text[start - 2] in _LIST_CUE_ENDS \
        and _org_plural_before(text, start)  # "makers such as Electronic Arts"
    released = text.endswith(" by ", 0, start) and _released_by(text, start)  # "published by Bloomsbury"
    demonym_last = lower_next and (surface in _DEMONYM_NOUNS
                                   or surface.count(" ") == 1 and _demonym_of(surface.rsplit(" ", 1)[1]) is not None)
    # a lower-case noun for a person after the run (read by _demonym_in_longer_name: "a senior Israeli Defence official")
    person_after = lower_next and " " in surface and word in _PERSON_NOUN_WORDS \
        and _PERSON_NOUN_AFTER.match(text, end) is not None
    determiner = text.endswith(("the ", "The ", " a ", " an "), max(0, start - 4), start)  # ("the President Hotel")
    # the lower-case word after a one-word run named like an adjective (read by _adjective_before_noun: "Mobile phone")
    noun_after = word if lower_next and " " not in surface and surface.lower() in _lexicon_adjectives() else ""
    return role, cue, demonym_last, paper, poss_cap, club, said, listed, \
        released, determiner, noun_after, person_after  # (person_after last: _extract reads it as key[3][-1])


_PERSON_NOUN_AFTER = re.compile(r" (?:official|officials|spokesman|spokeswoman|spokesperson|source|sources|officer|officers|"
                                r"minister|ministers|commander|commanders|envoy|diplomat|diplomats|negotiator|leader|leaders)\b")
_PERSON_NOUN_FIRST = frozenset("osmcednl")  # (their first letters: a quick test)
_PERSON_NOUN_WORDS = _alternatives_first_words(_PERSON_NOUN_AFTER)  # (their words: the test _context makes)


class _LowerWords:
    """``word in _LowerWords(text)``: whether *text* writes *word* in lower case as a word of its own
    (what ``frozenset(_LOWER_WORD.findall(text))`` holds), looked up only for the words asked about."""

    __slots__ = ("text", "memo")

    def __init__(self, text: str) -> None:
        self.text = text
        self.memo: dict[str, bool] = {}

    def __contains__(self, word: str) -> bool:
        hit = self.memo.get(word)
        if hit is None:
            hit = self.memo[word] = _has_lower_word(self.text, word)
        return hit


def _has_lower_word(text: str, word: str) -> bool:
    if _LOWER_ONLY.fullmatch(word) is None:
        return False
    n, size = len(word), len(text)
    i = text.find(word)
    while i >= 0:
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in _WORDISH)) \
                and (i + n >= size or not (text[i + n].isalnum() or text[i + n] in _WORDISH)):
            return True
        i = text.find(word, i + 1)
    return False
