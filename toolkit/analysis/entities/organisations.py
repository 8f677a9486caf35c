"""Document passes about organisations: one-word names vouched for by their context across the document,
lists of firms or of people ("firms such as X, Y and Z"), schools and universities, company names made of two
names, and towns written for their football clubs or companies.

Input: the document's mentions and text. Output: the mentions retyped in place, or the sets of names the evidence
vouches for, for ``merging``.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from typing import Callable

from .wordlists import (
    _CALENDAR, _CLUB_HEADS, _GENERIC_ACRONYMS, _LEGAL_FORMS, _LEGAL_FORMS_INSIDE, _OLD_CITY_SPELLINGS, _ORG_HEADS, _PARTIES,
    _PRODUCT_ACRONYMS,
)
from .gazetteers import _first_names, _last_names, _seats, _wordfreq
from .geography import _country_of, _demonym_of, _place, _subdivision_countries, _town_in
from .chunking import (
    _is_initial, _literal_hits, _Mention, _not_overlapped, _outside, _overlap_test, _START, _legal_form_run, _matches_at_words,
    _trailing_run_start, _with_added,
)
from .cues import (
    _CLUB_BEFORE, _CLUB_WORD_AFTER, _COMPANY_AFTER, _deal_with, _football_text, _LIST_CUE_ENDS, _match_text,
    _ORG_AFTER, _ORG_APPOSITION, _org_apposed, _org_before_phrase, _org_context, _ORG_LIST_LAST, _ORG_PLURALS, _place_before,
    _RESULT_AFTER, _coined_model, _sport_text, _result_frame, _scored_text, _move_frame, _sued_frame, _BODY_VERB_AFTER,
    _FIRM_VERBS_AFTER, _words,
)
from .people import _route
from .acronyms import _acronym_letters, _NOT_OWN_WORDS, _TITLE_RIGHT_BEFORE, _word_alone_at


# A name before these owns or backs something, and a one-word name after the first three is owned: a company,
# whatever the word means alone but a common noun ("Ford-owned Jaguar", "Microsoft-partnered devices"; not
# "State-owned"; a person owning is named in full)
_OWNER_TAILS = ("-owned", "-controlled", "-backed", "-partnered", "-funded", "-sponsored")
_OWNED_BEFORE = ("-owned ", "-controlled ", "-backed ")


# A relative clause after a one-word name that only a company fits ("Morrisons, which bought Safeway").
_ORG_RELATIVE = re.compile(r",? (?:which|that) (?:bought|buys|owns|owned|makes|sells|employs|operates|publishes|"
                           r"acquired|manufactures|supplies|reported|posted|floated)\b")


_POSSESSED_MODEL = re.compile(r"['’]s ((?:[a-z]{1,2}[A-Z]|[A-Z])[\w-]*)(?: (\d{1,3})\b)?")


def _maker_possessive(text: str, end: int) -> bool:
    """A possessive right after *end* owning a product's coined name, one with a capital inside ("PlayStation",
    "iPod", "GameBoy"), a number after it ("Walkman 2") or no English word at all ("Xbox"): the name is the maker
    ("Sony's PlayStation 2", "Apple's iPod", "Microsoft's Xbox"); not a person's work or a place ("Smith's Ulysses")."""
    if text[end:end + 1] not in ("'", "’"):
        return False
    got = _POSSESSED_MODEL.match(text, end)
    if got is None:
        return False
    word = got.group(1)
    inner = any(c.isupper() for c in word[1:]) and word[1:] != word[1:].upper()
    return inner or bool(got.group(2)) or _coined_model(word) and not _place(word)


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
        if not (m.initial and w.endswith("s") and not (zipf(w.lower()) < 3.0 and _org_apposed(text, m.end))
                and (max(zipf(w[:-1].lower()), zipf(w[:-2].lower()), zipf(w[:-3].lower() + "y")) >= 2.0
                     or w.endswith(("ans", "ers", "ites")))) \
                and (mid is None or mid[w] < 3 or w in named) \
                and (_org_context(text, m.start, m.end) if not m.initial or text[m.end:m.end + 1] != ","
                     or zipf(w.lower()) < 4.0 else
                     _org_before_phrase(text, m.start) or bool(_ORG_AFTER.match(text, m.end))
                     ) or _country_firm(text, m.start, w) or _deal_with(text, m.start, m.end, w) \
                or _maker_possessive(text, m.end) or _told_medium(text, m.start, w) \
                or w.lower() not in _CLUB_HEADS and w not in _last_names() \
                and (_result_frame(text, m.start, m.end) or _move_frame(text, m.start, m.end)
                     or _sued_frame(text, m.start, m.end)) \
                or zipf(w.lower()) < 4.5 and w not in _last_names() and _BODY_VERB_AFTER.match(text, m.end) is not None \
                and not (w[-1:] == "s" and zipf(w[:-1].lower()) >= 3.0):
            # (a body's verb after a word no dictionary holds as common: "Fifa fined", not "Regulators fined")
            # (a team framed by a result and its score, "beat Dunmore 3-1"; a club or a firm by a move, "joined X from Y")
            # (a common word opening a sentence before a comma is no apposition's subject: "Overall, the company's"; a
            # plural opening one is a common noun's, "Analysts said", "Witnesses told", or a people's, "Canberrans said",
            # unless its singular is no word: "Qantas has reported")
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


def _told_medium(text: str, start: int, word: str) -> bool:
    """A one-word name right after "told" that is nobody's name (no given name nor surname a package knows, no place):
    the news medium someone spoke to ("he told Reuters the deal was done", "she told Mashable in an interview")."""
    return text.endswith("told ", 0, start) and word[1:].islower() and word not in _first_names() \
        and word not in _last_names() and not _place(word)


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


# What a name is said to be, after it: "X is the firm at the centre", "X has become the third leading search firm",
# "X, the world's biggest printer firm," (the noun is the head of the description: not "the firm's founder", "a
# director at the firm", "a company director").
# The "-maker" nouns for people, not firms ("a veteran lawmaker", "the filmmaker", "the kingmaker"), and a "power broker":
# a person described, no organisation (a "carmaker", "drugmaker", "chipmaker", a "broker" alone are firms)
_PEOPLE_MAKERS = r"(?!(?:law|film|movie|policy|peace|king|trouble|match|play|dress|home|rain|deal|speech|merry|taste)maker)"
_ORG_NOUNS = (r"(?:firm|company|group|organisation|organization|charity|agency|bank|maker|retailer|chain|network|website|"
              r"newspaper|broadcaster|consultancy|association|publisher|developer|operator|carrier|airline|brewer|insurer|"
              r"lender|supermarket|manufacturer|giant|conglomerate|" + _PEOPLE_MAKERS + r"[a-z]*maker|firms|companies|"
              r"groups|banks|banker|bankers|auditor|auditors|(?<!power )broker|(?<!power )brokers|subsidiary)")
_ORG_SAID_TO_BE = re.compile(r"(?:['’]s)?(?:,| (?:is|was|has become|had become|became|remains|is now|was once)) "
                             r"(?:now |still |also )?(?:a|an|the|its|their)((?: [\w'’-]+){0,6}?) " + _ORG_NOUNS +
                             r"(?=[.,;:)]| (?:in|at|that|which|with|this|last|to|for|from|and|but|behind|based|since|"
                             r"whose|by|owned|run|on)\b)")
_NOT_ORG_DESCRIPTION = re.compile(r"\b(?:at|of|for|with|from|in|on|director|executive|chief|head|founder|boss|"
                                  r"analyst|spokes\w*|owner|chairman|employee|member|partner)\b")


# A plural noun for people right before a list of one-word names ("classical authors like Cicero, Virgil and
# Tacitus", "composers such as Elgar", "the likes of Pele").
# (the look-ahead first: every match opens at a word's first letter, a quick test at each position before the
# alternatives)
_PERSON_PLURALS = re.compile(r"(?=\b[a-z])\b(?:(?:authors|writers|novelists|poets|playwrights|dramatists|composers|painters|artists|"
                             r"sculptors|philosophers|thinkers|historians|scientists|musicians|singers|actors|actresses|"
                             r"players|athletes|stars|greats|legends|icons|figures|leaders|dictators|emperors|kings|"
                             r"saints|prophets|characters|villains|heroes|people|celebrities),? (?:such as|like|including)"
                             r"|the likes of"
                             # an artist named for the work: "exhibitions of the work of Caravaggio", "paintings by Turner"
                             r"|(?:exhibitions?|retrospectives?)(?: programme)? of(?: the (?:work|works|paintings) of)?"
                             r"|(?:paintings|drawings|sculptures|canvases|portraits|etchings|operas|symphonies|concertos|"
                             r"sonatas|novels|poems) (?:of|by)|works by) $", re.IGNORECASE)
_PERSON_LIST_LAST = frozenset({"as", "like", "including", "of", "by"})


def _person_list_names(mentions: list[_Mention], text: str) -> set:
    """One-word names listed right after a plural noun for people: people (not a possessive: "players like
    Arsenal's Henry")."""
    return _list_names(mentions, text, orgs=False, people=True)[1]


def _org_list_names(mentions: list[_Mention], text: str) -> set:
    """Names listed (", ", " and ", " or ") right after a plural noun for organisations: organisations."""
    return _list_names(mentions, text, orgs=True, people=False)[0]


def _list_names(mentions: list[_Mention], text: str, orgs: bool = True, people: bool = True) -> tuple[set, set]:
    """(_org_list_names, _person_list_names) of the mentions, each only when asked for (else an empty set): one sort
    and one walk over the mentions for both, each list's cue (the word before a name, then its pattern) tested at
    every name that a list's cue can end before."""
    by_pos = sorted(mentions, key=_START)
    # (the pattern ends where a name starts: tried only before a name whose word before can end it)
    org_starts, person_starts = set(), set()
    for m in by_pos:
        a = m.start
        if a > 4 and text[a - 1] == " " and text[a - 2] in _LIST_CUE_ENDS:
            words = text[max(0, a - 30):a - 1].rsplit(" ", 2)
            w = words[-1].rstrip(":,").lower()
            if w == "the" and len(words) > 1:
                w = words[-2].rstrip(":,").lower()
            if orgs and (w in _ORG_LIST_LAST or w.endswith("makers")) and _ORG_PLURALS.search(text, max(0, a - 48), a):
                org_starts.add(a)
            if people and w in _PERSON_LIST_LAST and _PERSON_PLURALS.search(text, max(0, a - 48), a):
                person_starts.add(a)
    return (_listed_from(by_pos, org_starts, text, False) if org_starts else set(),
            {n for n in _listed_from(by_pos, person_starts, text, True) if " " not in n} if person_starts else set())


def _listed_from(by_pos: list[_Mention], starts: set, text: str, people: bool) -> set:
    """The names of the mentions (in order of start) listed from each of *starts* on: each name a list goes on with
    after ", ", " and ", ", and ", " or "; a titled name, a country, a people ends it (and, for people, a possessive)."""
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


_PLACE_CUE_BEFORE = re.compile(r"\b(?:in|near|outside|from|to|at|of|across|around|visit|visited|visiting|via) $", re.IGNORECASE)


# A holding's noun before "in" ("shares in Toyota", "a stake in Nokia"): the company's shares, no place's "in"
_HOLDING_IN_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]take|[Ss]takes|[Ss]tock|[Hh]olding|[Hh]oldings) in $")


def _firm_verb_after_listed(name: str, text: str, end: int) -> bool:
    """A listed company's name (``companies._company_names``) before a firm's verb (``cues._FIRM_VERBS_AFTER``:
    "Toyota cut production", "Nokia faces a fine"): the company acting, though a town bears the name."""
    from .companies import _company_names  # (the gazetteer module reads this one's helpers: imported when needed)
    nxt = re.match(r" ([a-z]+)\b", text[end:end + 20])
    return nxt is not None and nxt.group(1) in _FIRM_VERBS_AFTER and (name in _company_names()[0]
                                                                      or name in _company_names()[1])


def _towns_as_companies(out: list[_Mention], text: str) -> None:
    """A one-word town of the city list (no country, capital or state) that the document names only with a company's
    cues ("bought Gillette", "Toyota said", "Gillette shares", "Fairfax-owned", "shares in Nokia"; a listed company's
    name before a firm's verb, "Toyota cut production") and never as a place ("in Gillette", "Gillette-based") is the
    company of that name."""
    towns: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        if m.type == "GPE" and " " not in m.name and m.link and not _country_of(m.name) and m.name not in _seats() \
                and m.name not in _OLD_CITY_SPELLINGS:  # (nor a capital by its older spelling: "Kiev said")
            towns[m.name].append(m)
    for name, ms in towns.items():
        # (an apposition that says company: "Orange, the mobile arm of France Telecom")
        apposed = [text.startswith((", a", ", the"), m.end) and bool(_ORG_APPOSITION.match(text, m.end)) for m in ms]
        owns = [text.startswith(_OWNER_TAILS, m.end) for m in ms]  # "Fairfax-owned The Age": a town owns nothing
        held = [_HOLDING_IN_BEFORE.search(text, max(0, m.start - 14), m.start) is not None for m in ms]
        if any(text[m.start:m.end] != name or _PLACE_CUE_BEFORE.search(text, max(0, m.start - 10), m.start) and not h
               or text.startswith(("-", ","), m.end) and not ap and not own for m, ap, own, h in zip(ms, apposed, owns, held)):
            continue
        if any(apposed) or any(owns) or any(held) or any(
                _org_before_phrase(text, m.start) or _ORG_AFTER.match(text, m.end) or _COMPANY_AFTER.match(text, m.end)
                or _deal_with(text, m.start, m.end, name) or _firm_verb_after_listed(name, text, m.end) for m in ms):
            for m in ms:
                m.type, m.link, m.named = "ORG", "", True


# Football and rugby: words that say a town's name is its club ("Everton striker", "the Arsenal manager", "beat
# Chelsea 2-1", "at home to Leeds"); a score or a club word elsewhere says the text is about matches.
_CLUB_AFTER = re.compile(r"(?:['’]s?)? (?:boss|manager|striker|strikers|midfielder|defender|keeper|goalkeeper|coach|"
                         r"captain|skipper|winger|forward|full-back|centre-back|fans|supporters|squad|chairman|"
                         r"youngster|academy|ahead|equalised|physiotherapist|physio|\d{1,2}-\d{1,2})\b")
_SCORE_AFTER = re.compile(r" \d{1,2}-\d{1,2}\b")
_PERSON_POSS_BEFORE = re.compile(r"\b[A-Z][a-z]+ [A-Z][\w'’-]+['’]s $")  # "Jose Mourinho's Chelsea"
# A club's rival or a suitor for a player, right before a name in a text about sport ("rival Wolverhampton", "interest
# from Fulham", "a bid from Burnley"): a team, not the town ("interest from" a town is a place's "from" otherwise)
_SUITOR_BEFORE = re.compile(r"(?<![\w'’-])(?:[Rr]ivals?|interest from|(?:bid|offer|approach) from) $")


# A plural verb right after a one-word name: in British English a team takes one ("Chelsea are top", "Leeds were
# relegated", "Arsenal have won", "Chelsea go top", "Leeds face Arsenal", "Tottenham want a striker"); a person or a
# town does not.
_TEAM_PLURAL_AFTER = re.compile(r" (?:are|were|have|aren['’]t|weren['’]t|haven['’]t|go|face|need|want|host|visit|"
                                r"remain|stay|climb|slip|travel|meet|play)\b(?! (?:been )?(?:born|named)\b)")


def _team_plural(name: str) -> bool:
    """*name* may be a team before a plural verb: one word, no common noun's plural ("Athletics play", "Republics
    have": a field or a kind of thing) nor a contraction."""
    low = name.lower()
    return name.isalpha() and not low.endswith("ics") and not (low.endswith("s") and _wordfreq()(low[:-1]) >= 3.5)


# A player's position and a full name after a name: the name is the player's club ("Bayer Leverkusen defender Jeremie
# Frimpong", "Aston Villa midfielder Douglas Luiz"); no person's name stands there (not "manager" nor "coach": a band's
# or a singer's manager, "Elton John manager John Reid")
_PLAYER_NAME_AFTER = re.compile(r" (?:striker|midfielder|defender|goalkeeper|winger|full-back|centre-back|centre-half|"
                                r"lock|prop|hooker|flanker|fly-half|scrum-half|quarterback|pitcher|batsman|bowler|"
                                r"wicketkeeper) (?:[A-Z][a-z]+ )+[A-Z][a-z]")


_PLAYER_WORDS = (" striker ", " midfielder ", " defender ", " goalkeeper ", " winger ", " full-back ", " centre-back ",
                 " centre-half ", " lock ", " prop ", " hooker ", " flanker ", " fly-half ", " scrum-half ", " quarterback ",
                 " pitcher ", " batsman ", " bowler ", " wicketkeeper ")  # (a cheap test first)
# ... and a word each of them holds whole (between spaces or a hyphen): a text none of whose words (cues._words) is one
# of these holds no match of _PLAYER_NAME_AFTER (one set test first)
_PLAYER_KEYS = frozenset("""striker midfielder defender goalkeeper winger full centre fly scrum lock prop hooker flanker
    quarterback pitcher batsman bowler wicketkeeper""".split())


def _clubs_named_like_people(out: list[_Mention], text: str) -> None:
    """A "person" of two or three words (no title) before a player's position and a full name (_PLAYER_NAME_AFTER) is
    the club, an ORG, in each of its mentions ("Aston Villa midfielder Douglas Luiz" ... "Aston Villa have agreed")."""
    clubs = {m.name for m in out if m.type == "PERSON" and 2 <= m.ntok <= 3 and not m.titled and not m.royal
             and _PLAYER_NAME_AFTER.match(text, m.end)}
    for m in out:
        if m.name in clubs and m.type == "PERSON" and not m.titled and not m.royal:
            m.type, m.link, m.named = "ORG", "", True


def _towns_as_clubs(out: list[_Mention], text: str) -> None:
    """A town of the gazetteer (no country: national teams named by their country stay GPE) that a text about
    matches names as a club ("Everton striker", "beat Chelsea 2-1", "the winners will face Portsmouth", "Liverpool's
    Steven Gerrard") and never as a place ("in Bolton", "a postman from Chelmsford", "Leeds-based") is the club, an
    ORG: the club the document names in full when there is one ("Bolton Wanderers" ... "Bolton")."""
    if not _words(text).isdisjoint(_PLAYER_KEYS) and any(w in text for w in _PLAYER_WORDS):
        _clubs_named_like_people(out, text)
    if not _match_text(text) and not (_scored_text(text) and any(
            m.type == "GPE" and m.link and " " not in m.name and not _country_of(m.name)
            and _result_frame(text, m.start, m.end) for m in out)):  # (no score in the text: no result frame)
        # (a match's result with its score around a town is a match report too: "Miami lost 101-98 to Boston")
        if any(w in text for w in _FOOTBALL_STEMS) and _FOOTBALL_WORD.search(text):
            _teams_opening_sentences(out, text)  # (one word of a football report, "striker": a name needs a cue)
            _town_clubs(out, text, weak=True)
        _towns_before_coaches(out, text)
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
                         or _team_plural(m.name) and _TEAM_PLURAL_AFTER.match(text, m.end)
                         or _CLUB_BEFORE.search(text, max(0, m.start - 28), m.start)
                         or _PERSON_POSS_BEFORE.search(text, max(0, m.start - 30), m.start)):
                m.type, m.link, m.named = "ORG", "", True
                scored.add(m.name)
    else:
        # whatever the sport: a one-word name no person of the story bears, framed by a result and its score ("Chelsea
        # lost 2-1 to Burnley", "a 2-0 win over Castlebury"), is a team
        parts = {w for m in out if m.type == "PERSON" and " " in m.name for w in m.name.split()}
        for m in out:
            if m.type in ("ORG", "PERSON") and " " not in m.name and not m.titled and not m.royal \
                    and m.name not in parts and m.name[1:].islower() and text[m.start:m.end] == m.name \
                    and m.name.lower() not in _CLUB_HEADS and m.name not in _last_names() \
                    and _result_frame(text, m.start, m.end):
                # (not a club's head word alone, "Rovers won 2-0": the short form of a club the text may not name)
                m.type, m.link, m.named = "ORG", "", True
                scored.add(m.name)
    # a one-word club ("Chelsea midfielder") is the club in its other mentions too ("a win over Chelsea")
    called = {m.name for m in out if m.type == "ORG" and " " not in m.name and (_CLUB_WORD_AFTER.match(text, m.end)
                                                                               or m.name in scored)}
    for m in out:
        if m.name in called and m.type == "PERSON" and not m.titled and not m.royal:
            m.type, m.link, m.named = "ORG", "", True
    _town_clubs(out, text)


# A word only a football report writes (not "penalty", "goals", "tries", which a court's, a firm's or anyone's text
# has): one is enough for a town with a club's cue to be the club ("Tottenham want the Portugal striker")
_FOOTBALL_WORD = re.compile(r"(?=\b[a-z])\b(?:striker|strikers|midfielder|midfielders|goalkeeper|goalkeepers|winger|wingers|"
                            r"centre-back|full-back|centre-half|premiership|goalless|relegation)\b", re.IGNORECASE)
# (a cheap test first)
_FOOTBALL_STEMS = ("triker", "idfielder", "oalkeeper", "winger", "Winger", "entre-", "ull-back", "remiership",
                   "oalless", "elegation")


def _teams_opening_sentences(out: list[_Mention], text: str) -> None:
    """A one-word name read as an organisation's or a person's, no common word (Zipf < 4.5: not "Officials are") nor
    part of a person's name in the story, opening its sentence before a team's plural verb ("Everton have signed the
    Ghana winger", "Juventus want"), or typed a team by its opener ("Champions Chelsea have"): the team, in each of its
    mentions (a person takes no plural verb: "Chelsea paid 20m" after it is the club)."""
    zipf = _wordfreq()
    parts = {w for m in out if m.type == "PERSON" and " " in m.name for w in m.name.split()}
    names = {m.name for m in out if m.type in ("ORG", "PERSON") and " " not in m.name and not m.titled and not m.royal
             and m.name[1:].islower() and m.name not in parts and text[m.start:m.end] == m.name
             and _TEAM_PLURAL_AFTER.match(text, m.end) and (_is_initial(text, m.start) or m.type == "ORG" and m.named)
             and _team_plural(m.name)
             and zipf(m.name.lower()) < 4.5}
    for m in out if names else ():
        if m.name in names and m.type in ("ORG", "PERSON") and not m.titled and not m.royal:
            m.type, m.link, m.named = "ORG", "", True


# A rugby or cricket player's position after a town or a county in a report of matches ("Bath number eight", "the
# Yorkshire batsman", "Durham all-rounder", "Leicester props"): the name is the player's club; a position that is a
# common word too ("lock", "centre", "wing", "opener") only before the player's full name ("Bath lock Tom Reid")
_POSITION_AFTER = re.compile(r"(?:['’]s)? (?:(?:props?|hooker|flanker|fly-half|scrum-half|number eight|batsman|batsmen|"
                             r"bowlers?|all-rounder|wicketkeeper|wicket-keeper|spinner|seamer|paceman|quarterback|"
                             r"pitcher)\b|(?:lock|centre|wing|opener) [A-Z][a-z]+ [A-Z])")
# A team sheet: a player's name and the club in brackets, several times over, separated by commas or semicolons
# ("Jo Hart (Leeds); Tom Reid (Bath), Ian Law (Bristol, capt), ...")
_LINEUP_ENTRY = re.compile(r"[A-Z][\w'’-]+ \([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?:, capt)?\)[;,.]")


def _lineup_bracket(text: str, m: _Mention, people_ends: set) -> bool:
    """*m* stands alone in brackets right after a person's name on a team sheet (_LINEUP_ENTRY, three times or more in
    the text): the player's club, not a town ("Tom Reid (Bath), Ian Law (Bristol)")."""
    return text[m.start - 1:m.start] == "(" and text[m.end:m.end + 1] in ")," and m.start - 2 in people_ends \
        and len(_LINEUP_ENTRY.findall(text)) >= 3


def _lineup_clubs(out: list[_Mention], text: str) -> set[str]:
    """The one-word names in brackets after a player's name on a team sheet (_lineup_bracket) in a report of matches,
    typed ORG: the clubs ("Tom Reid (Harlequins), Ian Law (Ospreys)"), however common or plural the word."""
    if not _match_text(text):
        return set()
    people_ends = {m.end for m in out if m.type == "PERSON"}
    clubs = {m.name for m in out if " " not in m.name and m.type in ("ORG", "PERSON", None) and not m.titled
             and text[m.start:m.end] == m.name and _lineup_bracket(text, m, people_ends)}
    for m in out if clubs else ():
        if m.name in clubs and m.type in ("ORG", "PERSON", None):
            m.type, m.link, m.named = "ORG", "", True
    return clubs


def _town_clubs(out: list[_Mention], text: str, weak: bool = False) -> None:
    """The towns of ``_towns_as_clubs`` named as a club by a cue at one of their mentions and never as a place; in a
    text with one football word only (*weak*), a team's plural verb counts only after a town opening its sentence
    ("Tottenham want", not "Bus drivers in Leeds have", "Residents of Norwich want")."""
    towns: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        if m.type == "GPE" and m.name.count(" ") <= 1 and m.link and not _country_of(m.name) \
                and text[m.start:m.end] == m.name:
            towns[m.name].append(m)  # (a town of two words too: "St Helens", "Milton Keynes")
        elif m.type == "LOC" and " " not in m.name and text[m.start:m.end] == m.name and _POSITION_AFTER.match(text, m.end):
            towns[m.name].append(m)  # a county named a region ("the Yorkshire batsman"): its club, by the position
    if not towns:
        return
    clubs = {m.name.split(" ", 1)[0]: m.name for m in out if m.type == "ORG" and m.name.count(" ") == 1
             and m.name.rsplit(" ", 1)[1].lower() in _CLUB_HEADS}
    # a team named by its town and its nickname, which the text also writes alone ("Denver Nuggets" ... "the Nuggets"):
    # the town as a team is that team ("for Denver, which has won six straight")
    alone = {text[m.start:m.end] for m in out if m.type == "ORG" and " " not in text[m.start:m.end]}
    for m in out:
        if m.type == "ORG" and m.name.count(" ") == 1 and m.name.split(" ", 1)[0] in towns \
                and m.name.rsplit(" ", 1)[1] in alone:
            clubs.setdefault(m.name.split(" ", 1)[0], m.name)
    people = {m.start for m in out if m.type == "PERSON"}
    people_ends = {m.end for m in out if m.type == "PERSON"}
    football = weak or _football_text(text)
    for name, ms in towns.items():
        def club_cue(m: _Mention) -> bool:
            if _CLUB_AFTER.match(text, m.end) or _CLUB_BEFORE.search(text, max(0, m.start - 28), m.start):
                return True
            if football and (_RESULT_AFTER.match(text, m.end)
                             or _TEAM_PLURAL_AFTER.match(text, m.end) and (not weak or _is_initial(text, m.start))
                             or _SUITOR_BEFORE.search(text, max(0, m.start - 16), m.start)):
                return True  # "Leeds beat Everton 2-0", "Leeds are fourth", "rival Leeds": the team, in a football text
            if _result_frame(text, m.start, m.end):
                return True  # "were held 1-1 by Fulham", "Bolton lost 2-1 to Hull": a result with its score
            if text.startswith(("'s ", "’s "), m.end) and m.end + 3 in people:
                return True  # "Liverpool's Steven Gerrard"
            return _POSITION_AFTER.match(text, m.end) is not None or _lineup_bracket(text, m, people_ends)
        cued = [m for m in ms if club_cue(m)]
        if name not in clubs and not cued:
            continue
        if " " in name and name not in clubs and not any(
                _CLUB_AFTER.match(text, m.end) or _CLUB_BEFORE.search(text, max(0, m.start - 28), m.start) for m in ms):
            continue  # a town of two words needs a club's word ("St Helens coach"): "New Jersey's Tom Kean" is a state's
        if any(_PLACE_CUE_BEFORE.search(text, max(0, m.start - 10), m.start) and not club_cue(m)
               or text.startswith(("-based", "-born"), m.end) for m in ms):
            continue  # named as a place too: leave it
        for m in ms:
            m.type, m.link, m.named = "ORG", "", True
            m.name = clubs.get(name, name)


# Nouns for a campaign's people right after a name ("Greenpeace demonstrators", "Sea Shepherd activists", "Fathers 4
# Justice protesters"): the name is the campaigning group's, an ORG
_CAMPAIGNERS_AFTER = re.compile(r"(?:['’]s?)? (?:demonstrators|protesters|protestors|activists|campaigners)\b")
_CAMPAIGN_WORDS = ("demonstrators", "protesters", "protestors", "activists", "campaigners")  # (a cheap test first)


def _campaign_groups(found: list[_Mention], text: str) -> None:
    """Types ORG, in every mention, a name before a noun for a campaign's people (_CAMPAIGNERS_AFTER): of several
    words that no rule typed, or of one word that a rule typed ORG or none, rare in English (zipf < 3.0: a people's
    word, "Tamil protesters", "Basque activists", is not) and no place's or people's name."""
    zipf = _wordfreq()
    names = {m.name for m in found if (m.type is None or m.type == "ORG" and " " not in m.name) and not m.titled
             and _CAMPAIGNERS_AFTER.match(text, m.end) and text[m.start:m.end] == m.name
             and (" " in m.name and m.type is None or zipf(m.name.lower()) < 3.0 and _place(m.name) is None
                  and _demonym_of(m.name) is None)}
    if not names:
        return
    for m in found:
        if m.name in names and (m.type is None or m.type == "ORG"):
            m.type, m.named = "ORG", True


# A team's coach, captain or skipper and a person's full name after a place's name ("Florida coach Urban Meyer",
# "Adelaide captain Mark Ricciuto"): sport's posts, held in a team, never in a town or a state
_COACH_NAME_AFTER = re.compile(r" (?:(?:head |assistant )?(?:coach|captain|skipper)|striker|midfielder|defender|goalkeeper|"
                               r"winger|full-back|centre-back|lock|prop|hooker|flanker|fly-half|scrum-half|number eight|"
                               r"quarterback|pitcher|point guard|batsman|bowler|all-rounder|wicketkeeper) "
                               r"(?:[A-Z][a-z]+ )+[A-Z][a-z]")
# (a player's position too: "Edinburgh lock Callum Munro", "Yorkshire batsman Joe Root", "Boston quarterback Tom Brady")


def _towns_before_coaches(out: list[_Mention], text: str) -> None:
    """In a text no match report's words mark as one (``_towns_as_clubs`` reads those), a town or a state (no country:
    national teams named by their country stay GPE) before a team's post and a person's full name (_COACH_NAME_AFTER),
    and never after a place's preposition nor before "-based"/"-born", is its team, an ORG, in each of its mentions:
    "Florida coach Urban Meyer ... Florida's practices"."""
    towns: dict[str, list[_Mention]] = defaultdict(list)
    for m in out:
        if m.type == "GPE" and m.name.count(" ") <= 1 and m.link and not _country_of(m.name) \
                and text[m.start:m.end] == m.name:
            towns[m.name].append(m)
    for ms in towns.values():
        if not any(_COACH_NAME_AFTER.match(text, m.end) and not text.endswith(("'s ", "’s "), 0, m.start) for m in ms) \
                or any(_PLACE_CUE_BEFORE.search(text, max(0, m.start - 10), m.start)
                       or text.startswith(("-based", "-born"), m.end) for m in ms):
            continue
        for m in ms:
            m.type, m.link, m.named = "ORG", "", True


# Nouns after a name that say it is an armed or militant group ("Al Qaeda fighters", "Abu Sayyaf gunmen", "the Tamil
# Tiger rebels' leader"): an organisation, for a name of several words no rule typed (a people's word alone is NORP)
_MILITANT_AFTER = re.compile(r"(?:['’]s?)? (?:fighters?|militants?|guerrillas?|gunmen|rebels?|bombers?|operatives?|"
                             r"cells?|networks?|militia|militiamen|leader|leaders|leadership|commanders?|training camps?|"
                             r"hideouts?|strongholds?|regime)\b")
# "and" and another name between a name and such a noun: the noun is said of both ("the Taliban and Al Qaeda networks")
_AND_NAME_BEFORE_NOUN = re.compile(r" and (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?=['’ ])")


def _militant_noun_after(text: str, end: int) -> bool:
    """A noun for an armed group's people or places follows *end*, right after it or after "and" and one more name."""
    if _MILITANT_AFTER.match(text, end):
        return True
    pair = _AND_NAME_BEFORE_NOUN.match(text, end)
    return pair is not None and _MILITANT_AFTER.match(text, pair.end()) is not None


# A body's officer and a person's name after a name ("Adventure World president Stephan Friedli", "Soccer Australia
# chairman Ian Knop"); not "director" nor "boss", which films, shows and sports have too ("Formula One boss")
_OFFICER_AFTER = re.compile(r" (?:president|chairman|chairwoman|chief executive|managing director|spokes(?:man|woman)|"
                            r"founder|treasurer|secretary-general) (?:[A-Z][a-z]+ )+[A-Z][a-z]")
# The same after a name read as a person's that opens with no given name ("Harbour Ferries owner Jim Blake", "Millbrook
# Dairies managing director, Jo Kerr,"; "a Millbrook Dairies spokeswoman said"): a firm's officer, and its owner, named
# after it; a person holds no such post in another person
_FIRM_OFFICER_AFTER = re.compile(r" (?:president|chairman|chairwoman|chief executive|managing director|general manager|"
                                 r"spokes(?:man|woman|person)|founder|owner|treasurer),? (?:[A-Z][a-z]+ )+[A-Z][a-z]")
_SPOKESMAN_AFTER = re.compile(r" spokes(?:man|woman|person)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he) $")
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:A|An|The) $)[A-Z][\w'’&-]* $")  # (a capitalised word, no article)


# A body's officers and board after its possessive ("the Old Vic's chairman", "the Harlow Vane's board"): with "the"
# before the name, no person's ("Tom Hale's chairman" is no phrase; "the Queen's spokesman" has one word)
_POSS_OFFICER_AFTER = re.compile(r"['’]s (?:chairman|chairwoman|chief executive|managing director|artistic director|board|"
                                 r"shareholders|trustees|spokes(?:man|woman|person))\b")


def _firm_officer_after(text: str, m: _Mention) -> bool:
    """A firm's officer and a person's name after *m* (_FIRM_OFFICER_AFTER), or "a"/"the" before it and a spokesman's
    noun after it, or "the" before it and its officers or board after its possessive (_POSS_OFFICER_AFTER)."""
    return (_FIRM_OFFICER_AFTER.match(text, m.end) is not None
            or _SPOKESMAN_AFTER.match(text, m.end) is not None and _ARTICLE_BEFORE.search(text, max(0, m.start - 4), m.start) is not None
            or _POSS_OFFICER_AFTER.match(text, m.end) is not None and text[max(0, m.start - 4):m.start] in ("the ", "The ")) \
        and not _NAME_WORD_BEFORE.search(text, max(0, m.start - 30), m.start)
    # (not the tail of a longer name whose opening word a rule cut: "Blue Tongue Helicopters owner")


def _group_noun(text: str, word: str) -> bool:
    """Whether the text uses *word* as a group's name of its own: after "the" with no noun after it ("fighting
    alongside the Taliban in", "the Taliban is finished") or after "anti-"/"pro-" ("Anti-Taliban fighters"), as a
    people's adjective is not ("the Chechen capital", "Chechen rebels")."""
    w = re.escape(word)
    return re.search(rf"(?:\b[Tt]he {w}(?=[.,;:!?)'’\"]| (?:is|are|was|were|has|have|had|in|on|of|and|or|who|which|said|"
                     rf"says|to|for|from|at|by|with|will|would|could|may)\b)|\b(?:[Aa]nti|[Pp]ro)-{w}\b)", text) is not None


# A fight's verb and "the" right before a name ("fighting alongside the X", "to fight the X", "battled against the X")
_FIGHT_THE_BEFORE = re.compile(r"\b(?:fight|fights|fighting|fought|battle|battles|battling|battled)"
                               r"(?: (?:alongside|with|against|for))? the $")


def _fought_as_group(text: str, start: int, end: int, word: str) -> bool:
    """A one-word name that the text says someone fights, or fights beside, used as a group's name of its own ("accused of
    fighting alongside the Taliban.", "to fight the Mafia and"), or that "the" and a militant's adjective open with no
    noun after it ("the fundamentalist Taliban."): an armed or criminal group (a people's word is NORP before this is
    asked)."""
    if word[-1:] == "s" and word[:-1] in _last_names():
        return False  # ("fought the Smiths in court": a family)
    if _FIGHT_THE_BEFORE.search(text, max(0, start - 30), start) is not None and _group_noun(text, word):
        return True
    return word not in _last_names() and _ZEALOT_THE_BEFORE.search(text, max(0, start - 20), start) is not None \
        and _GROUP_END_AFTER.match(text, end) is not None  # "who helped to create the fundamentalist Taliban."


# "the" and an adjective only a militant body takes, right before a name ("the fundamentalist Taliban", "the militant Hamas")
_ZEALOT_THE_BEFORE = re.compile(r"\b[Tt]he (?:fundamentalist|militant|radical|extremist|hardline|hard-line|Islamist) $")
# What follows a group's name that no noun follows: a stop or a verb ("... Taliban.", "... Hamas said")
_GROUP_END_AFTER = re.compile(r"[.,;:!?)'’\"]| (?:is|are|was|were|has|have|had|said|says|and|in|to|which|who)\b")


def _militant_groups(found: list[_Mention], text: str) -> None:
    """Types ORG a name of two or more words that no rule typed when a noun for militants follows one of its mentions
    (_MILITANT_AFTER): "a raid against Al Qaeda fighters", "Al Qaeda leader Osama bin Laden" (every mention of it); or
    a body's officer and a person's name (_OFFICER_AFTER, _FIRM_OFFICER_AFTER): "Adventure World president Stephan
    Friedli", "Blue Tongue Helicopters owner, Helen Gillies,".
    (A one-word name with such a noun after it is vouched for in ``merging`` when the text also uses it as a group's
    name of its own, _group_noun: "Chechen rebels" is a people.)"""
    names = {m.name for m in found if m.type is None and " " in m.name
             and (_militant_noun_after(text, m.end) or _OFFICER_AFTER.match(text, m.end)
                  or _FIRM_OFFICER_AFTER.match(text, m.end) and not _NAME_WORD_BEFORE.search(text, max(0, m.start - 30),
                                                                                           m.start))}
    if not names:
        return
    for m in found:
        if m.type is None and m.name in names:
            m.type, m.named = "ORG", True


_OFFICER_WORDS = ("president", "chair", "chief executive", "director", "general manager", "spokes", "founder", "owner",
                  "treasurer")  # (a cheap test first)
# ... and a word each alternative of _FIRM_OFFICER_AFTER, _SPOKESMAN_AFTER and _POSS_OFFICER_AFTER needs whole (after a
# space, before a space, a comma or a word boundary, case-sensitive): a text none of whose words (cues._words) is one of
# them names no firm by its officer (one set test first)
_OFFICER_KEYS = frozenset("""president chairman chairwoman chief managing general spokesman spokeswoman spokesperson founder
    owner treasurer artistic board shareholders trustees""".split())


def _firms_before_officers(found: list[_Mention], text: str) -> None:
    """Types ORG, in every mention, a name of two words or more read as a person's (no title) that opens with no given
    name, before a firm's officer (_firm_officer_after): "Harbour Ferries owner Jim Blake", "a Millbrook Dairies
    spokeswoman said"."""
    firms = {m.name for m in found if m.type in ("PERSON", None) and " " in m.name and not m.titled and not m.royal
             and m.name.split(" ", 1)[0] not in _first_names() and text[m.start:m.end] == m.name
             and _firm_officer_after(text, m)}
    for m in found if firms else ():
        if m.type in ("PERSON", None) and m.name in firms and not m.titled and not m.royal:
            m.type, m.named = "ORG", True  # (an untyped name too: "the Old Vic's chairman")


# Words before and after a name that only a company takes, a person never ("shares in John Lewis", "Merrill Lynch
# shares fell", "Arthur Andersen's chief executive", "Charles Schwab shareholders"); a person's own shares are written
# with a possessive ("Mr Lewis's shares"), so the bare "X shares" needs a market verb after it
_SHARES_IN_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]hareholders|[Ss]tock) (?:in|of) $")
_FIRM_ONLY_AFTER = re.compile(r"(?:['’]s)? (?:shareholders|share price|chief executive|chief financial officer|board of directors)\b"
                              r"| shares (?:rose|fell|jumped|slipped|closed|dropped|gained|lost|climbed|slumped|tumbled|"
                              r"soared|surged|edged|plunged|plummeted|were|are|have|had)\b")


def _firms_named_like_people(found: list[_Mention], text: str) -> None:
    """Types ORG, in every mention, a name of two words or more read as a person's (a given name first: "John Lewis",
    "Merrill Lynch") that the text gives a company's shares, shareholders or chief executive (_SHARES_IN_BEFORE,
    _FIRM_ONLY_AFTER) and never a title ("Mr Lewis" is a person)."""
    cands = {m.name for m in found if m.type == "PERSON" and " " in m.name and not m.titled and not m.royal
             and text[m.start:m.end] == m.name
             and (_FIRM_ONLY_AFTER.match(text, m.end) or _SHARES_IN_BEFORE.search(text, max(0, m.start - 20), m.start))}
    if not cands:
        return
    cands -= {m.name for m in found if m.name in cands and (m.titled or m.royal)}
    surnames = {n.rsplit(" ", 1)[1]: n for n in cands}
    cands -= {surnames[m.name] for m in found if m.name in surnames and m.titled}  # ("Mr Lewis" elsewhere: a person)
    for m in found if cands else ():
        if m.type == "PERSON" and m.name in cands:
            m.type, m.named = "ORG", True


def _arabic_article_bodies(found: list[_Mention], text: str) -> None:
    """Types ORG a two-word name no rule typed that opens with the Arabic article "Al" before a rare word written as
    Arabic is transliterated (_ARABIC_SHAPED) that is no surname, given name, place or people ("helped Al Qaeda develop", "aired by Al Jazeera"): the name of a group, a
    broadcaster, a paper or a club; not where a place's preposition comes before it ("in Al Qaim")."""
    zipf = _wordfreq()
    for m in found:
        if m.type is not None or not m.name.startswith("Al ") or m.name.count(" ") != 1 or text[m.start:m.start + 3] != "Al ":
            continue
        word = m.name[3:]
        if word[1:].islower() and word.isalpha() and _ARABIC_SHAPED.search(word.lower()) and zipf(word.lower()) < 4.0 \
                and word not in _first_names() \
                and word not in _last_names() and _place(word) is None and _place(m.name) is None \
                and _demonym_of(word) is None and not _PLACE_PREPOSITION.search(text, max(0, m.start - 8), m.start):
            m.type, m.named = "ORG", True


# A word written as Arabic is transliterated: "q" with no "u" after it, or the ending "-a"/"-ah" ("Qaeda", "Jazeera",
# "Aqsa", "Nusra", "Arabiya"), which "Al Pacino", "Al Capone", "Al Franken" do not have
_ARABIC_SHAPED = re.compile(r"q(?!u)|ah?$")
_PLACE_PREPOSITION = re.compile(r"\b(?:in|near|outside|at|around) $")


# A numbered military unit: an ordinal, up to three capitalised words and a unit's head ("3rd Battalion", "101st Airborne
# Division", "5th Special Forces Group"), and the larger unit after a comma ("3rd Battalion, Royal Australian Regiment")
_UNIT_HEAD = r"(?:Division|Battalion|Brigade|Regiment|Fleet|Corps|Squadron|Infantry|Cavalry|Army|Group|Commando|Marines)"
_NUMBERED_UNIT = re.compile(rf"(?<![\w-])\d{{1,3}}(?:st|nd|rd|th)((?: [A-Z][\w'’-]*){{0,3}}) {_UNIT_HEAD}\b"
                            rf"(?:, (?:\d{{1,3}}(?:st|nd|rd|th) )?(?:[A-Z][\w'’-]* ){{0,3}}{_UNIT_HEAD}\b)?")


def _numbered_units(found: list[_Mention], text: str) -> list[_Mention]:
    """A numbered military unit is one organisation, its ordinal and a larger unit after a comma included ("the 3rd
    Battalion, 5th Special Forces Group", "the 101st Airborne Division"), in place of what its words gave; not an
    ordinal before a bare "Group" or "Army", nor a sports league's "1st Division" in a report of a game.""" 
    added = []
    for hit in _NUMBERED_UNIT.finditer(text):
        if not hit.group(1) and "," not in hit.group() and (
                hit.group().endswith(("Group", "Army", "Corps", "Marines")) or hit.group().endswith("Division")
                and _sport_text(text)):
            continue  # ("finished 3rd Group stage", "the 1st Division" of a league: an ordinal and a bare head)
        added.append(_Mention(hit.start(), hit.end(), hit.group(), "ORG", named=True))
    return _with_added(found, added)


def _faith_led_names(found: list[_Mention], text: str) -> list[_Mention]:
    """A faith's adjective right before a rare one-word name (Zipf < 4) that the text never writes without it ("Islamic
    Jihad", "Muslim Brotherhood"): one organisation's name, in each mention; a name written alone too stays apart
    ("Islamic Hamas militants" ... "Hamas said"), and so do common words ("the Islamic Republic", "Christian Aid") and a
    word the text also writes in lower case ("jihad")."""
    pairs = []
    for n in found:
        if n.type in ("ORG", None) and " " not in n.name and n.name[1:].islower() and not n.titled and n.start > 2 \
                and text[n.start:n.end] == n.name and (before := _ADJECTIVE_BEFORE.search(text, max(0, n.start - 16), n.start)) \
                and before.group(1) in _FAITH_ADJECTIVES and _wordfreq()(n.name.lower()) < 4.0 and not _place(n.name):
            pairs.append((before.start(1), n))
    if not pairs:
        return found
    alone = Counter(m.name for m in found if m.type in ("ORG", None, "PERSON"))
    joined = Counter(n.name for _, n in pairs)
    drop = set()
    added = []
    lowered: dict[str, bool] = {}  # a name written in lower case anywhere: one scan of the text per name, not per pair
    for start, n in pairs:
        if alone[n.name] != joined[n.name]:
            continue
        if n.name not in lowered:
            lowered[n.name] = bool(_literal_hits(text, n.name.lower(), "'’-", "'’-"))
        if lowered[n.name]:
            continue
        drop.add(id(n))
        added.append(_Mention(start, n.end, text[start:n.end], "ORG", initial=n.initial and False, named=True))
    if not added:
        return found
    spans = [(a.start, a.end) for a in added]
    return sorted(_outside([m for m in found if id(m) not in drop], spans, whole=True) + added, key=_START)


# A faith's adjectives, which open the names of bodies of its people ("Islamic Jihad", "Muslim Brotherhood")
_FAITH_ADJECTIVES = frozenset("Islamic Muslim Christian Jewish Catholic Hindu Sikh Buddhist Protestant Anglican".split())
_ADJECTIVE_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+) $")


def _org_name_variants(mentions: list[_Mention], text: str) -> list[_Mention]:
    """The last passes of ``merging._merge`` over organisations' names: a head word's possessive dropped, and the
    spellings of one name with "and" for "&" or a lower-case Arabic article found as its mentions."""
    if any(m.name[-2:] in ("'s", "’s") and m.type == "ORG" for m in mentions):
        _head_possessives(mentions, text)  # ("the Intelligence Organisation's (ASIO) powers")
    if "Al " in text or "Al-" in text:
        mentions = _article_variants(mentions, text)  # ("Al Qaeda" ... "al-Qaeda")
    if " & " in text and " and " in text:
        mentions = _ampersand_variants(mentions, text)  # ("Dun & Bradstreet" ... "the Dun and Bradstreet survey")
    return mentions


def _head_possessives(mentions: list[_Mention], text: str) -> None:
    """An organisation's name that kept a possessive after its head word ("Australian Security Intelligence
    Organisation's" before its acronym in brackets) is named without it, and its span ends before it: a body's head
    word takes no "'s" in its name (as "Sotheby's" and "Sainsbury's" do, after a surname)."""
    for m in mentions:
        if m.type == "ORG" and m.name[-2:] in ("'s", "’s") and " " in m.name \
                and m.name[:-2].rsplit(" ", 1)[1].lower() in _ORG_HEADS:
            if text[m.start:m.end] == m.name:
                m.end -= 2
            m.name = m.name[:-2]


def _ampersand_variants(mentions: list[_Mention], text: str) -> list[_Mention]:
    """An organisation named with "&" between two words ("Dun & Bradstreet", "Marks & Spencer") is the same one written
    with "and" ("the Dun and Bradstreet survey"): that run is one mention of it, in place of what its words gave."""
    names = {m.name for m in mentions if m.type == "ORG" and m.name.count(" & ") == 1 and m.name.count(" ") == 2}
    if not names:
        return mentions
    added = []
    for name in names:
        for a, b in _literal_hits(text, name.replace(" & ", " and "), "'’-", "-"):
            added.append(_Mention(a, b, name, "ORG", named=True))
    if not added:
        return mentions
    kept = _not_overlapped(mentions, added)
    return sorted(kept + added, key=_START)


def _article_variants(mentions: list[_Mention], text: str) -> list[_Mention]:
    """An organisation named with the Arabic article ("Al Qaeda", "Al-Jazeera") is also written with it in lower case,
    hyphenated or not ("al-Qaeda", "al Qaeda"): those are its mentions too."""
    names = {m.name for m in mentions if m.type == "ORG" and len(m.name) > 4 and m.name[:3] in ("Al ", "Al-")
             and m.name.count(" ") + m.name.count("-") == 1}
    if not names:
        return mentions
    overlaps = _overlap_test(mentions)  # (a binary search per hit)
    added = []
    for name in names:
        for hit in re.finditer(rf"(?<![\w'’-])[Aa]l[- ]{re.escape(name[3:])}(?![\w'’-])", text):
            if not overlaps(hit.start(), hit.end()):
                added.append(_Mention(hit.start(), hit.end(), name, "ORG", named=True))
    return sorted(mentions + added, key=_START) if added else mentions


# Words that a company's own name can drop after it, besides its legal form ("Exco International Plc" is "Exco",
# "RMJ Holdings Corp" is "RMJ", "Tarxien Company Ltd" is "Tarxien")
_CORE_DROPS = frozenset("group corp corporation inc incorporated ltd limited plc co company holdings holding "
                        "international brands".split())  # ("Conagra Brands Inc" is "Conagra")


def _legal_core(name: str) -> list[str]:
    """The words of a company's name with a legal form ("Exco International Plc", "AB Investor") that the story
    calls it by later: without the legal form and the generic words before it (_CORE_DROPS), nor "The"."""
    words = name.split()
    k = next((k for k, w in enumerate(words[:-1]) if w in _LEGAL_FORMS_INSIDE), None)
    if k is not None:
        words = words[k + 1:]  # ("Forvaltnings AB Providentia" is "Providentia": the form and what says the trade)
    if words and words[0] == "The":
        words = words[1:]
    while len(words) > 1 and (words[-1] in _LEGAL_FORMS or words[-1].lower() in _CORE_DROPS or words[-1] == "&"):
        words = words[:-1]
    return words


_CONNECTORS = frozenset(("of", "and", "&", "the", "for", "de", "du", "la"))
_DOTTED = re.compile(r"(?:[A-Z]\.)+")
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][\w'’&.-]*(?<!\.) $")  # (not a full stop: "... Inc. Exco said")


def _legal_name_short_forms(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A company named in full with its legal form ("Exco International Plc", "Nippon Kokan KK", "Multi-Step Products
    Inc", "AB Investor") is named later without it: by the rest of its name less generic words ("Exco", "RMJ" for
    "RMJ Holdings Corp", "Waste Management", "Investor"), or by the first words of that ("Nobel Industrier" for "Nobel
    Industrier Sweden AB", "Multi-Step" for "Multi-Step Products Inc"; when several such names start so, the one named
    first, the story's subject). Those mentions, and the bare words where no mention covers them, become the company.
    Not a word that alone names a people, a place, a given name or an everyday thing ("American" of "American Express
    Co", "Bank" of "Bank of New York Co Inc"), nor the name of a person of the document."""
    companies: list[str] = []
    for m in mentions:
        if m.type == "ORG" and " " in m.name and m.name not in companies and _legal_form_run(m.name.split()):
            companies.append(m.name)
    if not companies:
        return mentions
    exact: dict[str, str] = {}
    prefix: dict[str, str] = {}
    for name in companies:
        core = _legal_core(name)
        if " ".join(core) == name:
            continue
        keys = [" ".join(core)]
        if len(core) > 1 and _DOTTED.fullmatch(core[0]):
            keys.append(" ".join(core[1:]))  # "Hutton" for "E.F. Hutton Group Inc": the founder's initials left off
        elif len(core) == 2 and _wordfreq()(core[0].lower()) >= 4.5 and _wordfreq()(core[1].lower()) < 3.0 \
                and core[1][1:].islower():
            keys.append(core[1])  # "Carbide" for "Union Carbide Corp": an everyday word, then the rare word that names it
        for key in keys:
            exact[key] = name if exact.get(key, name) == name else ""  # (two companies of one core: neither)
        for j in range(1, len(core)):
            prefix.setdefault(" ".join(core[:j]), name)  # (the first named keeps a shared prefix)
    clubs = {m.name.split()[0] for m in mentions if m.type == "ORG" and " " in m.name
             and (m.name.rsplit(" ", 1)[1].lower() in _CLUB_HEADS or m.name.endswith(" Club"))}
    # ("Arsenal" beside "Arsenal Holdings Plc" and "Arsenal Football Club" is the club)
    people = {w for m in mentions if m.type == "PERSON" and " " in m.name and m.name not in exact and m.name not in prefix
              for w in m.name.split()}  # (the words of the document's people: "Ford" of "Harold Ford", not of "Ford Motor")
    firsts = _first_names()
    zipf = _wordfreq()

    def fits(short: str, whole: bool) -> bool:
        if short in companies or short in people or short in clubs:
            return False
        if " " in short:  # (not "Bank of" of "Bank of New York Co Inc", nor "John Lewis" of "John Lewis Partnership Plc")
            return whole or not _place(short) and not _demonym_of(short.split()[0]) and short.split()[0] not in firsts \
                and short.rsplit(" ", 1)[1] not in _CONNECTORS
        return short not in firsts and short.lower() not in _NOT_OWN_WORDS and _demonym_of(short) is None \
            and (not _place(short) or zipf(short.lower()) < 3.5) and zipf(short.lower()) < (5.0 if whole else 4.0) \
            and short[:1].isupper()  # ("Investor" of "AB Investor"; not "News" of "News Corp")

    target = {s: n for s, n in prefix.items() if s not in exact and fits(s, False)}
    target.update({s: n for s, n in exact.items() if n and fits(s, True)})
    if not target:
        return mentions
    for short, name in target.items():
        mentions = _claim_occurrences(mentions, text, short, name, places=short in exact and " " not in short)
    return mentions


# A company's officer named after its short form, US style in capitals ("Exco CEO Ann Lee", "Exco Chief Executive
# Ann Lee"): the short form is the company, no longer name
_OFFICER_AFTER = re.compile(r" (?:CEO|CFO|COO|Chief|Chairman|Chairwoman|President|Vice President|Executive Chairman)\b")


def _claim_occurrences(mentions: list[_Mention], text: str, short: str, name: str,
                       places: bool = False) -> list[_Mention]:
    """Every occurrence of *short* in *text* that is no part of a longer capitalised name, nor "the" and one word,
    nor a surname after "Mr", becomes one ORG mention named *name*, in place of the mentions inside it ("British and
    Commonwealth": no NORP "British" there); an occurrence that a mention runs past is left alone. With *places*, a
    one-word mention a gazetteer took for a town is the company too ("Tarxien" for "Tarxien Company Ltd": a rare place,
    see ``fits``)."""
    # (the occurrences never overlap, so each sees the mentions as they were: the mentions that meet one are found
    # through their starts in order, and the claimed spans are made ORG mentions in one pass at the end)
    order = sorted(mentions, key=_START)
    starts = [m.start for m in order]
    longest = max((m.end - m.start for m in order), default=0)
    claimed: list[tuple[int, int]] = []
    for a, b in _literal_hits(text, short, "'’&.-", "&-"):
        hi = bisect_left(starts, b)
        lo = bisect_left(starts, a - longest, 0, hi)
        inside = [m for m in order[lo:hi] if a < m.end]
        if any(m.start < a or m.end > b for m in inside) \
                or text[b:b + 2] == " " + text[b + 1:b + 2].upper() and text[b + 1:b + 2].isalpha() \
                and not _OFFICER_AFTER.match(text, b) \
                or text[a - 1:a] == " " and _CAPITAL_WORD_BEFORE.search(text, max(0, a - 30), a) \
                or _TITLE_RIGHT_BEFORE.search(text, max(0, a - 6), a) \
                or " " not in short and not short.isupper() and text[max(0, a - 4):a].lower() == "the ":
            continue  # (inside a longer name: "Formula One Grand Prix"; "Mr Exco"; "the Investor"; not "the SHV offer")
        if len(inside) == 1 and inside[0].start == a and inside[0].end == b:
            m = inside[0]
            if (m.type in ("ORG", "PERSON", None) or places and m.type == "GPE") and not m.titled and not m.royal:
                m.name, m.type, m.link, m.named = name, "ORG", "", True
            continue
        claimed.append((a, b))
    if not claimed:
        return mentions
    gone = {id(m) for a, b in claimed for m in order[bisect_left(starts, a):bisect_left(starts, b)] if m.end <= b}
    return sorted([m for m in mentions if id(m) not in gone] + [_Mention(a, b, name, "ORG", named=True)
                                                                for a, b in claimed], key=_START)


# Newswire markup (Reuters): a stock code in angle brackets right after a company's name ("Mobil Corp <MOB>", "Swedish
# Match <SMBS ST>", "Toshin Steel Co Ltd <TOSS.T>"; a slip may open it with a round bracket) is an exchange's code, no
# name of the story, and shows the name before it to be a company's; a name in angle brackets elsewhere is a company the
# wire marks so ("<Exco International Plc>, a subsidiary of ...", "in its <SMS> unit")
_STOCK_CODE = re.compile(r"[A-Z][A-Z0-9&]{0,5}(?:\.[A-Z]{1,2})?(?: [A-Z]{1,2})?")
_NAME_END_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w.&'’-]* [<(]$")
_MARKED = re.compile(r"[<(]([A-Z][^<>()\n]{0,79}(?: \([A-Z][^<>()\n]{0,40}\)[^<>()\n]{0,60})?)>")  # (with a bracketed
# country inside: "<SHV (United Kingdom) Holding Co Ltd>")


def _newswire_marks(found: list[_Mention], text: str, spans: dict[int, int]) -> list[_Mention]:
    """Drops the mentions of stock codes (see _STOCK_CODE); makes the run before a code (*spans*: where each chunk of
    the text ends -> where it starts), and a name in angle brackets, one organisation's mention, and so every other
    mention of that name that is no part of a longer one ("Swedish Match" ... "The Swedish Match deal")."""
    codes: list[tuple[int, int]] = []
    marked: list[tuple[int, int]] = []
    for h in _MARKED.finditer(text):
        a, b = h.span(1)
        code = _STOCK_CODE.fullmatch(text, a, b) is not None
        if code and (_NAME_END_BEFORE.search(text, max(0, a - 40), a) or text[a - 1] == "<" and "." in text[a:b]):
            # (a code with its exchange's suffix is one even with no space before it: "Gas Association.<ICGS.L>")
            codes.append((a, b))
            s = spans.get(a - 2)
            if s is not None and not all(w in _LEGAL_FORMS for w in text[s:a - 2].split()):
                marked.append((s, a - 2))
        elif text[h.start()] == "<" and text[a:b].strip() == text[a:b]:
            marked.append((a, b))
    if codes:
        found = _outside(found, codes)
    names = set()
    for a, b in marked:
        if text.startswith("The ", a):
            a += 4
        if b - a >= 2:
            names.add(text[a:b])
    if not names:
        return found
    for name in names:
        found = _claim_occurrences(found, text, name, name)
    return found




# A stock's code with its exchange's suffix in round brackets after a company's name, as Reuters writes it since the
# 1990s ("Tesla Inc (TSLA.O)", "HSBC Holdings (HSBA.L)"): no name of its own
_EXCHANGE_CODE = re.compile(r"\(([A-Z][A-Z0-9&]{0,5}\.[A-Z]{1,2})\)")


def _exchange_codes(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops the mentions inside a stock's code in brackets (_EXCHANGE_CODE)."""
    codes = [h.span(1) for h in _EXCHANGE_CODE.finditer(text)]
    return _outside(found, codes)


def _maker_products(mentions: list[_Mention], text: str = "") -> list[_Mention]:
    """A maker's name and a common thing's acronym ("Apple TV", "Verizon Fios TV") in a document that names the maker
    alone as an organisation ("Apple is gearing up"), or written with the plus of a subscription service's brand ("the
    Apple TV+ streaming service"): the product (not annotated), so the mention is the maker's name alone, and no name
    for the acronym alone to join. Not a person's or a character's name before it ("Harry Potter DVD": a work)."""
    alone = {m.name: m.name for m in mentions if m.type == "ORG" and " " not in m.name}
    plus = "+" in text  # (one look at the text, not one per mention)
    # (and a short form already given its full name: "Verizon Communications" ... "Verizon said" ... "Verizon Fios TV")
    for m in mentions:
        if m.type == "ORG" and " " in m.name and m.end - m.start == len(first := m.name.split(" ", 1)[0]):
            alone.setdefault(first, m.name)
        elif plus and m.type in ("ORG", None) and m.name.count(" ") == 1 and text.startswith("+", m.end) \
                and m.name.split(" ", 1)[1] in _PRODUCT_ACRONYMS and text.startswith(m.name, m.start):
            alone.setdefault(m.name.split(" ", 1)[0], m.name.split(" ", 1)[0])
    if not alone:
        return mentions
    for m in mentions:
        words = m.name.split()
        if len(words) >= 2 and words[-1] in _PRODUCT_ACRONYMS and m.type in ("ORG", None) and words[0] in alone \
                and not m.titled and not m.royal:
            m.name, m.end, m.type, m.named = alone[words[0]], m.start + len(words[0]), "ORG", True
    return mentions


# Lower-case words, then "or" or an opening bracket, right before an acronym: the words it stands for ("an exchange
# for physical or EFP", "weapons of mass destruction (WMD)")
_LOWER_WORDS_BEFORE = re.compile(r"((?:[a-z][a-z'’-]* ){1,8})(?:or |\()$")
_LOWER_WORDS_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz'’- (")  # (every character a match of it can hold)


def _lower_words_from(text: str, lo: int, hi: int) -> int:
    """Where a match of _LOWER_WORDS_BEFORE ending at *hi* (or before a line break there) can start, at the earliest:
    the start of the run of its characters that ends there (a search from *lo* finds the same match, trying more)."""
    return _trailing_run_start(text, lo, hi, _LOWER_WORDS_CHARS)
_TERM_SKIPS = frozenset("of and for the in on to a an".split())


def _lower_case_terms(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops an acronym defined by the lower-case words before it ("called an exchange for physical or EFP",
    "weapons of mass destruction (WMD)"), there and at every mention: a term of the trade, no organisation's name
    (those are written in capitals)."""
    terms = set()
    for m in found:
        w = m.name
        if m.type in ("ORG", None) and w.isupper() and w.isalpha() and 2 <= len(w) <= 6 and m.start > 3 \
                and text[m.start - 1] in " (" \
                and (h := _LOWER_WORDS_BEFORE.search(text, _lower_words_from(text, max(0, m.start - 90), m.start), m.start)):
            words = [x for x in h.group(1).replace("-", " ").split()]
            initials = "".join(x[0] for x in words if x not in _TERM_SKIPS).upper()
            every = "".join(x[0] for x in words).upper()
            if initials.endswith(w) or every.endswith(w):
                terms.add(w)
    return [m for m in found if not (m.name in terms and m.type in ("ORG", None))] if terms else found


# Where a broadcaster is named: after a broadcast's verb and "on" ("shown live on Sky Sports", "broadcast on Triple J"),
# after "joined" ("she joined Comedy Central"), or after "told" with its programme, a stop or a comma after the name
# ("told Five Live's Sportsweek", "told Five Live.")
_AIRED_ON_BEFORE = re.compile(r"\b(?:shown|broadcast|screened|aired|televised|carried|streamed)(?: live)? on (?:the )?$"
                              r"|\bjoined $")
_TOLD_BEFORE = re.compile(r"\btold $")
_MEDIUM_END_AFTER = re.compile(r"['’]s [A-Z]|[.,](?!\w)")  # (not a colon: "told Good Morning Wales:", a programme)
_AIRED_WORDS = ("shown", "broadcast", "screened", "aired", "televised", "carried", "streamed", "joined", "told ")
# ... and the words _AIRED_ON_BEFORE or _TOLD_BEFORE needs whole (case-sensitive, each between a word boundary, a space or a
# whitespace and another): a text none of whose words (cues._words) is one of them names no broadcaster (one set test first)
_AIRED_KEYS = frozenset("shown broadcast screened aired televised carried streamed joined told".split())


def _broadcasters(found: list[_Mention], text: str) -> None:
    """Types ORG, in every mention, a name of several words that no rule typed (no person, place or known body) where
    a broadcaster or an employer is named (_AIRED_ON_BEFORE, or "told" and _MEDIUM_END_AFTER): "shown live on Sky
    Sports", "told Five Live's Sportsweek"; not a day's name ("screened on Boxing Day")."""
    names = {m.name for m in found if m.type is None and " " in m.name and text[m.start:m.end] == m.name
             and not any(w.lower() in _CALENDAR or w in ("Day", "Eve", "Night") for w in m.name.split())
             and (_AIRED_ON_BEFORE.search(text, max(0, m.start - 24), m.start)
                  or _TOLD_BEFORE.search(text, max(0, m.start - 6), m.start) and _MEDIUM_END_AFTER.match(text, m.end))}
    for m in found if names else ():
        if m.type is None and m.name in names:
            m.type, m.named = "ORG", True


# A publication's noun in lower case right after a name ("Maxim magazine", "the Bugle newspaper"): the name is the
# publication's, an ORG (news media, GUIDELINES), not a person's nor a place's
_PUBLICATION_AFTER = re.compile(r" (?:magazine|newspaper|tabloid)\b")
# ... or told, or interviewed by, with "the" before its name (quoted or not, as European agencies' English writes a
# paper's foreign name: 'told the "Passauer Neue Presse"', "in an interview with the Rheinische Post"): no person takes
# "the" there
_TOLD_THE_BEFORE = re.compile(r"\b(?:told|interview with|interviewed by|speaking to|spoke to|writing in|wrote in) "
                              r"the [\"“]?$")


def _publications(found: list[_Mention], text: str) -> list[_Mention]:
    """Types ORG a name typed as a person's (without a title) or not at all before a publication's lower-case noun
    (_PUBLICATION_AFTER): "She posed for Maxim magazine", "told the Bugle newspaper"; or after "told the", "an
    interview with the" (_TOLD_THE_BEFORE): 'told the "Passauer Neue Presse"'."""
    for m in found:
        if m.type in ("PERSON", None) and not m.titled and not m.royal and (
                _PUBLICATION_AFTER.match(text, m.end)
                or text[m.start - 5:m.start].endswith(("the ", "the \"", "the “"))
                and _TOLD_THE_BEFORE.search(text, max(0, m.start - 24), m.start)):
            m.type, m.link, m.named = "ORG", "", True
    return found


# A firm's analyst, economist or strategist and a person's name after a name ("Piper Jaffray analyst Gene Munster",
# "Morgan Stanley economist Ann Lee"): people work for firms, not for a person of that name
_ANALYST_AFTER = re.compile(r" (?:analysts?|economists?|strategists?) (?:[A-Z][a-z]+ )+[A-Z][a-z]")


def _firms_before_analysts(found: list[_Mention], text: str) -> None:
    """Types ORG a name of two or more words typed as a person's or not at all, when a firm's analyst and a person's
    name follow one of its mentions (_ANALYST_AFTER), in every mention of it."""
    names = {m.name for m in found if m.type in ("PERSON", None) and " " in m.name and not m.titled and not m.royal
             and _ANALYST_AFTER.match(text, m.end)}
    for m in found:
        if m.name in names and m.type in ("PERSON", None) and not m.titled and not m.royal:
            m.type, m.named = "ORG", True


# A firm's analyst, economist or strategist (and their name) and "at", "of" or "with" before names of one word each
# joined by commas and "and" or "&", a legal form after them or not ("analyst at Prescott, Ball and Turben Inc",
# "Analyst Jane Roe of Ingalls and Snyder"): the partners' names of one firm, as brokers and law firms are named
_PARTNERS_AFTER_ANALYST = re.compile(
    r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)(?: [A-Z][\w'’-]*){0,3},? (?:at|of|with) "
    r"([A-Z][a-z]+(?:(?:, |,? and | & )[A-Z][a-z]+)+( (?:Inc|Co|Corp|Ltd|Plc|LP|Cos))?)"
    r"(?=[.,;:)]| (?:said|says|told|added|noted|expects?|believes?|thinks?|estimates?|predicts?|who|in|on)\b)")
# (the words every match of _PARTNERS_AFTER_ANALYST opens with: the pattern is tried only where one is written)
_PARTNERS_OPENERS = ("Analyst", "analyst", "Economist", "economist", "Strategist", "strategist")


def _partners_firms(found: list[_Mention], text: str) -> list[_Mention]:
    """The partners' names after an analyst's "at"/"of"/"with" (_PARTNERS_AFTER_ANALYST) are one firm, in place of the
    mentions their words gave, when a stop or a verb follows; not where a name is a place's and no legal form follows
    ("analysts at London and Paris said")."""
    added = []
    for hit in _matches_at_words(_PARTNERS_AFTER_ANALYST, text, _PARTNERS_OPENERS):
        run = hit.group(1)
        if not hit.group(2) and any(_place(w) is not None or _demonym_of(w) is not None
                                    for w in re.split(r", |,? and | & | ", run)):
            continue  # (a legal form after the names makes them a firm's, whatever else a word names: "Prescott")
        added.append(_Mention(hit.start(1), hit.end(1), run, "ORG", named=True))
    return _with_added(found, added)


# A firm's own product or service named between "its" (or "their") and a noun for one ("its Fios TV service", "their
# Xpedia app", "its Zune platform")
# (the look-ahead: the first letters of its matches, a quick test before the word boundary: far fewer places tried)
_OWNED_PRODUCT = re.compile(r"(?=[IiTt])\b(?:[Ii]ts|[Tt]heir) ((?:[A-Z][\w-]*)(?: [A-Z][\w-]*){0,2}) (?:service|services|app|apps|"
                            r"platform|console|consoles|device|devices|handset|handsets|brand|subscription|"
                            r"subscriptions|package|packages|software|browser|range)\b")
_OWNED_PRODUCT_OPENERS = ("its ", "Its ", "their ", "Their ")  # (how every match opens: it is tried only there)


def _owned_products(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops the name of a firm's product or service that the text names after "its" and before a noun for one ("its
    Fios TV service"), there and wherever else it stands with its first word ("customers for Fios Internet", "Fios
    subscribers"): a product, not annotated; a name the story gives a person or a place, or an organisation's acronym,
    stays ("its BBC service")."""
    heads: set[str] = set()
    for hit in _matches_at_words(_OWNED_PRODUCT, text, _OWNED_PRODUCT_OPENERS):
        first = hit.group(1).split(" ", 1)[0]
        if not first.isupper() and not _place(first) and first not in _first_names():
            heads.add(first)
    if not heads:
        return found
    kept = {m.name for m in found if m.type in ("PERSON", "GPE", "LOC", "NORP")}
    heads -= {w for n in kept for w in n.split()}
    if not heads:
        return found
    heads |= {h + "s" for h in heads} | {h + "es" for h in heads}  # ("turn off their Xboxes")
    named = [m for m in found if m.type in ("ORG", "PERSON", None) and m.name.split(" ", 1)[0] in heads]
    # (not a name that acts or is spoken of as a body somewhere: "Parcelforce Worldwide staff struck", "Shares in
    # Eurostar")
    heads -= {m.name.split(" ", 1)[0] for m in named if _ORG_STAFF_AFTER.match(text, m.end) or _org_apposed(text, m.end)
              or _SHARES_IN.search(text, max(0, m.start - 12), m.start)}
    if not heads:
        return found
    return [m for m in found if not (m.type in ("ORG", "PERSON", None) and m.name.split(" ", 1)[0] in heads)]


_SHARES_IN = re.compile(r"\b(?:[Ss]hares|[Ss]take|[Ii]nvestors?) (?:in|of) $")
_ORG_STAFF_AFTER = re.compile(r"(?: [A-Z][\w-]*)* (?:said|says|staff|workers|employees|shares|spokesman|"
                              r"spokeswoman|spokesperson)\b")


# Nouns after a disease's name ("the Ebola outbreak", "an Ebola patient", "the Zika virus"), and words before it
# ("infected with Ebola", "cases of Zika")
_DISEASE_NOUN_AFTER = re.compile(r"(?:-related|-infected|-stricken|-hit)?\s(?:outbreaks?|epidemics?|pandemic|virus|viruses|"
                                 r"vaccines?|infections?|symptoms|patients?|wards?|treatments?|deaths|victims|"
                                 r"survivors?|crisis)\b")
_DISEASE_BEFORE = re.compile(r"\b(?:infected with|died of|dying of|sick with|ill with|cases of|spread of|exposed to|"
                             r"tested positive for|symptoms of|fight against) $")
# ... and the words one of _DISEASE_NOUN_AFTER's or _DISEASE_BEFORE's alternatives needs whole (case-sensitive, each between a word boundary, a space or a
# whitespace and another): a text none of whose words (cues._words) is one of them names no disease (one set test first)
_DISEASE_KEYS = frozenset("""outbreak outbreaks epidemic epidemics pandemic virus viruses vaccine vaccines infection
    infections symptoms patient patients ward wards treatment treatments deaths victims survivor survivors crisis infected
    died dying sick ill cases spread exposed tested fight""".split())


def _diseases(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a one-word name (no acronym) that the story writes before a noun for what a disease has or brings ("the
    Ebola outbreak", "an Ebola patient") or after "infected with", at half its mentions or more, and never acting as a
    body ("X said", "X staff"): a disease, not annotated; a place or a person named before it in one run is kept
    ("Dallas Ebola patient": the city Dallas)."""
    cands: dict[str, list[_Mention]] = defaultdict(list)
    for m in found:
        last = m.name.rsplit(" ", 1)[-1]
        if m.type in ("ORG", "PERSON", None) and last[1:].islower() and text[m.end - len(last):m.end] == last:
            cands[last].append(m)
    diseases = set()
    for word, ms in cands.items():
        alone = [m for m in ms if m.name == word]
        if not alone:
            continue
        cue = sum(1 for m in ms if _DISEASE_NOUN_AFTER.match(text, m.end)
                  or _DISEASE_BEFORE.search(text, max(0, m.start - 22), m.start))
        if 2 * cue >= len(ms) and not any(_ORG_STAFF_AFTER.match(text, m.end) or _org_apposed(text, m.end) for m in ms) \
                and not _place(word) and word not in _first_names():
            diseases.add(word)
    if not diseases:
        return found
    out = []
    for m in found:
        words = m.name.split(" ")
        if words[-1] not in diseases or m.type not in ("ORG", "PERSON", None):
            out.append(m)
        elif len(words) == 2 and (place := _place(words[0])) is not None and place[0] == "GPE":
            out.append(_Mention(m.start, m.start + len(words[0]), place[1], "GPE", place[2], named=True))
    return out


# The endings of adjectives made from a person's name ("a Faustian bargain", "an Orwellian plan", "a Kafkaesque
# ordeal", "Keynesian economics")
_EPONYM_ENDS = ("ian", "ean", "esque")
# Lower-case words after a one-word name that say it acts or is a place, not an adjective before a noun
_ACTS_AFTER = re.compile(r" (?:said|says|has|had|is|was|will|would|announced|told|spokesman|spokeswoman|staff|museum|"
                         r"institution)\b")


# A linking verb or a degree word before an adjective used as a predicate ("Talks were Kafkaesque", "more Orwellian")
_PREDICATE_BEFORE = re.compile(r"\b(?:is|was|were|are|be|been|seems?|seemed|sounds?|so|too|very|more|most|less|truly|"
                               r"almost|quite|positively) $")


# A determiner or an ordinal before an adjective and its noun ("a Faustian bargain", "our first Faustian payment")
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Tt]his|[Tt]hat|first|second|"
                                r"last|new|such|[a-z]+ly) $")


def _eponym_adjectives(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a one-word "organisation" that is an adjective made from a person's name: it ends as those do ("-ian",
    "-esque"), is no word of everyday English, no people's or place's name nor a given name, names no person of the
    story, and every mention of it stands between a determiner and a lower-case word that is no verb ("a Faustian
    bargain", "our first Faustian payment") or after a linking verb ("talks were Kafkaesque"): no entity ("the Smithsonian said", "the Guardian newspaper", "the work of Vermeer and Titian" stay)."""
    cands: dict[str, list[_Mention]] = defaultdict(list)
    for m in found:
        if m.type == "ORG" and not m.named and " " not in m.name and m.name.endswith(_EPONYM_ENDS) and m.name[1:].islower():
            cands[m.name].append(m)
    if not cands:
        return found
    zipf = _wordfreq()
    people = {w for m in found if m.type == "PERSON" for w in m.name.split()}
    drop = {name for name, ms in cands.items()
            if zipf(name.lower()) == 0.0 and name not in people and not _demonym_of(name) and not _place(name)
            and name not in _first_names()
            and all(text.startswith(" ", m.end) and text[m.end + 1:m.end + 2].islower() and not _ACTS_AFTER.match(text, m.end)
                    and _DETERMINER_BEFORE.search(text, max(0, m.start - 12), m.start)
                    or _PREDICATE_BEFORE.search(text, max(0, m.start - 12), m.start) for m in ms)}
    return [m for m in found if m.name not in drop] if drop else found


def _care_schemes(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a one-word name ending in "care" ("Medicare", "Obamacare"): a public health scheme, no organisation (the
    agency that runs one has a name of its own), unless the story speaks of it as a body ("X said", "X staff")."""
    schemes = {m.name for m in found if m.type == "ORG" and " " not in m.name and len(m.name) > 6
               and m.name.endswith("care") and m.name[1:].islower()}
    if not schemes:
        return found
    schemes -= {m.name for m in found if m.name in schemes and (_ORG_STAFF_AFTER.match(text, m.end) or _org_apposed(text, m.end))}
    return [m for m in found if m.name not in schemes] if schemes else found


def _plural_nouns_in_capitals(found: list[_Mention]) -> list[_Mention]:
    """Drops a one-word "acronym" of six letters or more that is an everyday plural noun set in capitals, as headlines
    and lead-ins are ("UK INSTITUTES have thrown their weight behind ..."): its singular is a common word and so is it
    (wordfreq); an organisation's acronym is no common word ("UNESCO", "NASDAQ", "UNICEF" stay)."""
    zipf = _wordfreq()
    drop = {m.name for m in found if m.type == "ORG" and len(m.name) >= 6 and m.name.isupper()
            and m.name.isalpha() and m.name.endswith("S") and zipf(m.name.lower()) >= 3.6
            and max(zipf(m.name[:-1].lower()), zipf(m.name[:-2].lower()), zipf(m.name[:-3].lower() + "y")) >= 4.0}
    return [m for m in found if not (m.type == "ORG" and m.name in drop)] if drop else found


# Legal forms written as abbreviations, and a full stop after one that does not end the sentence (a comma, a bracket, a
# lower-case word or a possessive follows: "Amazon.com Inc., the retailer", "Velkor Corp. said", "Netflix Inc.'s shares")
_LEGAL_ABBREVIATIONS = frozenset(("Inc", "Corp", "Co", "Ltd", "Bros"))
_STOP_MID_SENTENCE = re.compile(r"\.(?:[,;:)]| [a-z]|['’]s\b)")


def _legal_form_stops(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A company's name ending in a legal form's abbreviation that the text writes with its full stop mid-sentence keeps
    the stop, as written ("Amazon.com Inc., the world's largest online retailer" is "Amazon.com Inc."), in every
    mention's name; at a sentence's end the stop is the sentence's ("... shares of Velkor Inc.": "Velkor Inc")."""
    dotted = set()
    for m in mentions:
        if m.type == "ORG" and " " in m.name and (form := m.name.rsplit(" ", 1)[1]) in _LEGAL_ABBREVIATIONS \
                and text.endswith(form, m.start, m.end) and _STOP_MID_SENTENCE.match(text, m.end):
            dotted.add(m.name)
            m.end += 1
    for m in mentions:
        if m.name in dotted and m.type == "ORG":
            m.name += "."
    return mentions


# A campus after a state university's name and a comma ("the University of California, Berkeley", "the University of
# Maryland, College Park"): one to three capitalised words that end the name (a comma, a stop, a bracket or a
# lower-case word follows); or after "at" ("the University of Texas at Austin", "the University of Illinois at
# Urbana-Champaign")
_CAMPUS_AFTER = re.compile(r", ([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?=[,.;:)]|\s+[a-z]|$)")
_CAMPUS_AT = re.compile(r" at ([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?![\w&-]| [A-Z])")


def _campus_town(campus: str, state: str) -> bool:
    """Whether geonames has a town of the campus's name in the US state ("Berkeley", "California"); a campus of twin
    towns by its first ("Urbana-Champaign", "Illinois"); not a person named after a fronted phrase ("After four years at
    the University of Michigan, Johnson joined ...")."""
    return _town_in(campus, state) is not None or "-" in campus and _town_in(campus.split("-", 1)[0], state) is not None


def _campus_names(found: list[_Mention], text: str) -> list[_Mention]:
    """A US state's university, a comma and a campus's town (_CAMPUS_AFTER) are one institution's name, as US usage
    names a state system's campuses; not a country or a state after the comma ("the University of Texas, USA"), and not a
    university named after no US state ("the University of Kent, Canterbury": where it is). The university named
    without the campus, where the text names one campus of it, is that campus."""
    out = found
    campuses: dict[str, set[str]] = {}
    for m in found:
        if m.type != "ORG" or not m.name.startswith("University of ") or not text.startswith(m.name, m.start) \
                or not (hit := _CAMPUS_AFTER.match(text, m.end) or _CAMPUS_AT.match(text, m.end)):
            continue
        state, campus = m.name[len("University of "):], hit.group(1)
        if "United States" not in _subdivision_countries().get(state, ()) or _country_of(campus) \
                or campus in _subdivision_countries() or campus in ("US", "USA") or not _campus_town(campus, state):
            continue
        end = hit.end(1)
        out = [o for o in out if not (m.end <= o.start < end)]
        name = f"{m.name}{text[m.end:hit.start(1)]}{campus}"  # ("..., Berkeley", "... at Austin")
        campuses.setdefault(m.name, set()).add(name)
        m.end, m.name, m.named = end, name, True
    for m in out:  # the state's university named alone, where the text names one campus of it: that campus
        if m.type == "ORG" and len(campuses.get(m.name, ())) == 1 and not text.startswith(" at ", m.end):
            # (not another campus named with "at": "the University of Texas at Dallas")
            m.name = next(iter(campuses[m.name]))
    return out


# A news agency's name in brackets after a dateline's place in capitals, before the dash that opens the story ("LOS
# ANGELES (Reuters) -", "WASHINGTON (CNN) --", "Washington (AP) —"), a state or country and the day between them too
# ("LONDON, March 4 (Reuters) -", "HOUSTON, Texas, Jan 5 (Reuters) -")
_DATELINE_AGENCY = re.compile(r"(?m)^([A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){0,3})"
                              r"(?:, [A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*)?(?: \d{1,2})?){0,2} "
                              r"\(([A-Z][A-Za-z&]*(?: [A-Z][A-Za-z&]*)?)\) ?(?:--?|[—–])")
# (a date between the place and the agency, as Reuters writes it: "SYDNEY, March 3 (Reuters) -")
# ... or between slashes after the dateline and its date, as Russian agencies and press-release wires write it
# ("MOSCOW, February 7. /TASS/.", "NEW YORK, Jan. 5, 2017 /PRNewswire/ --")
_DATELINE_SLASHED_AGENCY = re.compile(r"(?m)^([A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){0,3})"
                                      r"(?:, [A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*)?(?: \d{1,2})?(?:, \d{4})?\.?){1,2} "
                                      r"/([A-Z][A-Za-z&-]*(?: [A-Z][A-Za-z&-]*)?)/(?=[ .,:-])")


def _dateline_agencies(found: list[_Mention], text: str) -> list[_Mention]:
    """The agency named in brackets or slashes in a dateline (_DATELINE_AGENCY, _DATELINE_SLASHED_AGENCY: after a place
    in capitals or one the gazetteers know) is an organisation's mention, whatever the words of the name are (a person's too: "(Dow Jones)")."""
    added = [_Mention(hit.start(2), hit.end(2), hit.group(2), "ORG", named=True)
             for pattern in ((_DATELINE_AGENCY, _DATELINE_SLASHED_AGENCY) if " /" in text else (_DATELINE_AGENCY,))
             for hit in pattern.finditer(text)
             if hit.group(1).isupper() or _place(hit.group(1))]  # (the dateline's place, in capitals or known)
    return _with_added([m for m in found if not any(a.start <= m.start < a.end for a in added)], added)


# A party's name before the lower-case word "party" (or "alliance"), as international copy writes it ("the Law and
# Justice party", "the ruling Morena party", "Donald Tusk's Civic Coalition alliance", "Fidesz party leader Viktor
# Orban"): after "the", a possessive or an opposition's or a ruling party's epithet, or right before a post of the
# party; the name may join words with "and", "of", "for" ("Alternative for Germany party")
_PARTY_EPITHETS = (r"((?:(?:ruling|governing|opposition|main|far-right|far-left|hard-right|right-wing|left-wing|centre-right|"
                   r"centre-left|center-right|center-left|nationalist|populist|conservative|liberal|socialist|"
                   r"communist|leftist|rightist|Islamist|junior|coalition|new|small|smaller|minor|breakaway|"
                   r"anti-[a-z]+|pro-[a-z]+) )*)")
_NAMED_PARTY = re.compile(
    r"(?:\b(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)|[A-Z][\w.-]*['’]s) " + _PARTY_EPITHETS
    + r"([A-Z][\w'’.-]*(?: (?:(?:and|of|for|the) )?[A-Z][\w'’.-]*){0,5}) (?:party|alliance)\b"
    r"|(?:^|(?<=[.!?:;,(\n] )|(?<=\n))([A-Z][\w'’.-]*(?: (?:(?:and|of|for) )?[A-Z][\w'’.-]*){0,4}) party "
    r"(?=(?:leader|chairman|chairwoman|chair|president|secretary|spokes(?:man|woman|person)|candidates?|members?|"
    r"officials?|lawmakers|MPs?|leadership)\b)")
_PARTY_WORD = re.compile(r" (?:party|alliance)\b")
# Capitalised words before "party" that name an occasion, not a party ("the Christmas party", "his birthday party")
_PARTY_OCCASIONS = frozenset("""Christmas Xmas Easter Halloween Hogmanay Eid Diwali Hanukkah Thanksgiving New Year Year's
Years Eve Oscars Oscar Bafta Baftas Grammys Emmys Brit Brits Super Bowl Met Gala Tea Garden Street Office Pool Hen Stag
Launch Wrap Birthday Victory Election Leaving Farewell Welcome Halloween""".split())


def _people_ending(found: list[_Mention]) -> Callable[[str], bool]:
    """A test ``ending(name)``: whether a mention of *found* typed PERSON now has a name ending in " " + *name*
    (``any(p.type == "PERSON" and p.name.endswith(" " + name) for p in found)``), through the mentions by the last
    words of their names. For a caller that may turn people into other types, never the reverse: a mention found no
    person is not looked at again."""
    by_tail: dict[str, list[_Mention]] = defaultdict(list)
    for p in found:
        words = p.name.split(" ")
        for k in range(1, len(words)):
            by_tail[" ".join(words[k:])].append(p)
    seen: dict[str, int] = {}

    def ending(name: str) -> bool:
        cands = by_tail.get(name)
        if not cands:
            return False
        k = seen.get(name, 0)
        while k < len(cands) and cands[k].type != "PERSON":
            k += 1
        seen[name] = k
        return k < len(cands)

    return ending


def _lower_case_parties(found: list[_Mention], text: str) -> list[_Mention]:
    """A party's name before lower-case "party" or "alliance" (_NAMED_PARTY) is an organisation's mention, in place of
    what its words gave alone ("Law", "Justice") or of a one-word person nothing else vouched for ("the ruling Morena
    party"); not where a place, a people or a person with a cue the name is (the mention of it found already says so:
    "the Paris party", "the Dutch party"), nor an occasion (_PARTY_OCCASIONS), nor a party the word lists know (their
    own rules name those: "the Labour party"), nor a possessive ("the President's party")."""
    added = []
    hits, seen = [], set()
    for word in _PARTY_WORD.finditer(text):  # (the pattern tried only in a window before each "party" or "alliance")
        for hit in _NAMED_PARTY.finditer(text, max(0, word.start() - 160), min(len(text), word.end() + 40)):
            if hit.span() not in seen and (hit.end() == word.end() or hit.end() == word.end() + 1):
                seen.add(hit.span())
                hits.append(hit)
    if not hits:
        return found
    # (the mentions read once, not at every hit: the spans running across a place, the mentions of each span, the
    # people by the last words of their names; no mention moves below and none becomes a person)
    across = _overlap_test(found)
    by_span: dict[tuple[int, int], list[_Mention]] = defaultdict(list)
    for m in found:
        by_span[(m.start, m.end)].append(m)
    ending = _people_ending(found)
    for hit in hits:
        g = 2 if hit.group(2) else 3
        strong = g == 3 or bool(hit.group(1))  # (an epithet or a post: a person's name of two words gives way too)
        start, end, name = hit.start(g), hit.end(g), hit.group(g)
        if name.endswith(("s'", "s’")):
            end, name = end - 1, name[:-1]  # "the Economic Freedom Fighters' party": the name without the plural's mark
        if name in _PARTIES or any(w in _PARTY_OCCASIONS for w in name.split()) or name.endswith(("'s", "’s")) \
                or across(start, start) or across(end, end):  # (a mention with *start* or *end* inside it)
            continue
        same = by_span.get((start, end))
        if same:
            m = same[0]
            if m.type in ("ORG", None) or m.type == "PERSON" and (strong or " " not in name) and not (m.named or m.titled) \
                    and not ending(name):
                m.type, m.named = "ORG", True  # (the cue vouches for it: no later rule drops it as a common word)
            continue
        added.append(_Mention(start, end, name, "ORG", named=True))
    return _with_added(found, added)


# A scientific or medical journal named after the words that say a paper appears in it ("published in Nature", "writing
# in the Lancet", "a paper in Oxford Open Climate Change", "the study in Science"): the journal, an ORG (a publication,
# as the studied sets annotate it); the name runs to the end of its capitalised words ("of", "the" and "and" inside)
_PUBLISHED_IN = re.compile(r"\b(?:[Pp]ublished|[Pp]ublishing|[Ww]riting|[Pp]apers?|[Ss]tudy|[Aa]rticles?|"
                           r"[Ff]indings) in (?:the (?:(?:medical |scientific |academic )?journal )?|journal )?"
                           r"([A-Z][\w'’&-]*(?: (?:(?:of|the|and|for|in|&) )*[A-Z][\w'’&-]*)*)")
_IN_BEFORE_NAME = re.compile(r" in (?=[A-Zt])")
_JOURNAL_WORDS = ("ublished", "ublishing", "riting", "aper", "apers", "tudy", "rticle", "rticles", "indings")
_JOURNAL_CUES = ("ublish", "riting in", "aper in", "apers in", "tudy in", "rticle in", "rticles in", "indings in")
# ... and the words _PUBLISHED_IN needs whole (case-sensitive, each between a word boundary, a space or a
# whitespace and another): a text none of whose words (cues._words) is one of them names no journal (one set test first)
_JOURNAL_KEYS = frozenset(w[:1].upper() + w[1:] for w in ("published", "publishing", "writing", "paper", "papers", "study",
                                                          "article", "articles", "findings")) \
    | frozenset(("published", "publishing", "writing", "paper", "papers", "study", "article", "articles", "findings"))


def _journals(found: list[_Mention], text: str) -> list[_Mention]:
    """The run after _PUBLISHED_IN is a journal's name, an ORG mention in place of what its words gave alone; not a
    place, a people, a month or a day ("published in London", "published in English", "published in March"), nor a
    person's name with a title or a cue."""
    added = []
    for at in _IN_BEFORE_NAME.finditer(text):  # (a cheap scan for " in " before a capital or "the"; then the cue word)
        a = at.start()
        while a > 0 and text[a - 1].isalpha():
            a -= 1
        if not text.endswith(_JOURNAL_WORDS, a, at.start()) or (hit := _PUBLISHED_IN.match(text, a)) is None:
            continue
        a, b = hit.span(1)
        name = hit.group(1)
        if name.startswith("The "):
            a, name = a + 4, name[4:]  # ("a letter in The Times": the paper's name without "The")
        words = name.split()
        if words[0] in _CALENDAR or words[0].lower() in _CALENDAR or _place(name) or _demonym_of(words[0]) \
                or name in ("The", "A", "An", "It", "This"):
            continue
        over = [m for m in found if m.start < b and a < m.end]
        if any(m.start < a or m.end > b for m in over) \
                or any(m.type in ("GPE", "LOC", "NORP") or m.type == "PERSON" and (m.titled or m.named) for m in over):
            continue
        added.append(_Mention(a, b, name, "ORG", named=True))
    return _with_added(found, added)
