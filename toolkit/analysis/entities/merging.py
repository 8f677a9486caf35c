"""Merging aliases within one document (``_merge``): runs the document passes, then joins the names that
mean one entity (Joe Biden / President Biden / Biden; US / U.S. / United States; Labour / Labour Party;
EU / European Union) and gives each mention its canonical name, type and link.

Input: the resolved mentions of one document and its text. Output: the final list of ``_Mention``.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from functools import lru_cache
from operator import attrgetter
from typing import Container

from .wordlists import (
    _CLUB_HEADS, _DOMAINS, _FAITH_NORP, _GENERIC_ACRONYMS, _GENERIC_ORG_TAILS, _GROUP_NORP, _INITIALS_SKIP, _IRREGULAR_DEMONYMS,
    _LEGAL_FORMS,
    _NEWSPAPERS, _OFFICE_AND_KIN, _ORG_HEADS, _PARTY_NAMES, _PARTY_ORDER, _RANK_WORDS, _ROYAL, _UK_NATIONS,
)
from .gazetteers import _first_names, _last_names, _pet_given_names, _stopwords, _titles, _wordfreq
from .geography import _country_of, _demonym_of, _place, _small_towns
from .chunking import _literal_hits, _Mention, _overlap_test
from .companies import (
    _trade_compound_name, _bare_company, _listed_companies_named_like_people, _listed_word_in_firm_frame, _listed_name_with_premises, _listed_maker_products, _maker_of_coined_product, _names_no_body,
)
from .cues import _CLUB_WORD_AFTER, _result_frame, _COMPANY_AFTER, _FIRM_VERBS_AFTER, _HONORIFIC_BEFORE, _ORG_AFTER, _org_before, _org_before_phrase, _role_before, _TITLE_BEFORE, _word_before
from .people import (
    _FIRM_CUE_TEXT, _firm_by_pronoun, _given_names_as_firms, _his_wife_by_title, _kin_candidates, _kin_names, _line_up,
    _listed_people, _peers_named_in_full, _person_by_possession, _pet_form_full_names, _pet_form_owner, _pick_person,
    _people_named_like_places, _places_named_like_people, _possessive_names, _things_named_like_people,
)
from .works import _document_pass, _named_by_stance, _products
from .acronyms import (
    _acronym_extends, _bracketed_acronyms, _clipped_forms, _country_code_names, _joined_by_short_form,
    _company_first_words, _named_by_short_form, _short_forms, _spelled_out_lower,
)
from .organisations import (
    _fought_as_group, _group_noun, _militant_noun_after, _org_name_variants, _legal_core,
    _legal_name_short_forms, _maker_products, _MILITANT_AFTER,
    _merged_company_names, _org_by_evidence, _list_names, _schools, _single_word_evidence,
    _lineup_clubs, _towns_as_clubs, _towns_as_companies,
)
from .places import (
    _facilities, _financial_city, _language_named, _NORP_IN_NAME_AFTER, _peoples_by_cue, _regions_by_cue, _ROYAL_OF_BEFORE,
    _detention_centre_towns, _places_by_bearing, _places_by_kind_noun, _river_short_forms, _states_named_like_people,
    _towns_before_their_state, _towns_by_cue, _towns_in_their_state, _given_name_cities_by_cue, _us_counties_named, _suburbs_by_city_cue, _unknown_places_by_cue, _islands_by_cue,
)


# A US party's word for its member right before a name ("Republican Chuck Hagel", "Democratic Senator ...")
_PARTY_MEMBER_BEFORE = re.compile(r"(?<![\w'’-])(?:Republican|Democrat|Democratic)(?: (?:[Ss]enator|Sen\.|[Rr]epresentative|"
                                  r"Rep\.|[Cc]ongressman|[Cc]ongresswoman|[Gg]overnor|Gov\.))? $")
_REGNAL = re.compile(r"[IVX]+|[JS]r\.?")  # (a numeral or a generation: "Jr", "Jr.")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _INITIALS_SKIP and w[:1].isupper())


_ORDINAL_BEFORE = re.compile(r"\b(?:the|this|its|a) (?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
                             r"\d+(?:st|nd|rd|th)) $", re.IGNORECASE)
_ORDINAL_ENDS = ("st ", "nd ", "rd ", "th ")  # (how every ordinal the pattern finds ends: a cheap test first)
_PRODUCT_HEADS = frozenset("""player players messenger organiser organizer trojan virus worm browser console handset
phone camera chronometer calculator walkman""".split())
_AWARD_FIRST = ("first", "debut", "novel", "book", "poetry", "children", "literary", "art", "music", "fiction", "prize",
                "award")
_AWARD_NAMED = re.compile(r" (?:(?:first |debut )?(?:novel|book|poetry|children's|literary|art|music|fiction) )?(?:prize|award|awards)\b")


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


def _slip_index(surnames: dict[int, dict[str, set]]) -> dict[tuple, set]:
    """Keys under which a word of the same length that ``_one_slip`` may pair with a surname finds it: the surname
    with two neighbouring letters swapped, and with a vowel blanked out (at its place)."""
    index: dict[tuple, set] = defaultdict(set)
    for by_len in surnames.values():
        for s in by_len:
            for k in range(len(s) - 1):
                index[("swap", s[:k] + s[k + 1] + s[k] + s[k + 2:])].add(s)
            for k, ch in enumerate(s):
                if ch in _VOWELS:
                    index[("vowel", k, s[:k] + s[k + 1:])].add(s)
    return index


def _slip_candidates(n: str, index: dict[tuple, set]) -> set[str]:
    """The surnames of *index* (``_slip_index``) of *n*'s length that one swap or one vowel may make *n* (a superset
    of those ``_one_slip`` pairs with it)."""
    out = set(index.get(("swap", n), ()))
    for k, ch in enumerate(n):
        if ch in _VOWELS:
            out |= index.get(("vowel", k, n[:k] + n[k + 1:]), set())
    return out


def _letter_slip(variant: str, name: str) -> bool:
    """Whether *variant* is *name* with one letter dropped or added past the first two ("Shearon" for "Shearson",
    "Romanszko" for "Romaszko"), both six letters or more, and *variant* no word or name of its own (a surname such as
    "Thomson" beside "Thompson", a word such as "Philips" beside "Phillips" is somebody else)."""
    if abs(len(variant) - len(name)) != 1 or min(len(variant), len(name)) < 6 or variant[:2] != name[:2]:
        return False
    short, long_ = sorted((variant, name), key=len)
    k = next((i for i in range(len(short)) if short[i] != long_[i]), len(short))
    if short[k:] != long_[k + 1:]:
        return False
    return _wordfreq()(variant.lower()) == 0.0 and variant not in _last_names() and variant not in _first_names()


def _acronym_case_variants(out: list[_Mention]) -> None:
    """An acronym written as a word ("Opec", "Nato": British style) in a document that also writes it in capitals
    ("OPEC", American and wire style) is the same organisation, named in capitals."""
    caps = {m.name for m in out if m.type == "ORG" and len(m.name) >= 3 and m.name.isalpha() and m.name.isupper()}
    if caps:
        for m in out:
            if m.type == "ORG" and m.name[1:].islower() and m.name.isalpha() and m.name.upper() in caps:
                m.name = m.name.upper()


_NAME_TYPE = attrgetter("name", "type")


def _misspelt_variants(out: list[_Mention], text: str) -> None:
    """Misspelt aliases of a document's name are mentions of it: an organisation's name of several words with one
    slip in one word ("Institute of Fiscal Studies" beside "Institute for Fiscal Studies"), an acronym with two
    letters swapped ("the CSA" beside "CAS"), a surname with one vowel wrong ("Anderson" beside Hans Christian
    Andersen). The form written more often (then the longer) is the name; a form written once only moves."""
    count = Counter(map(_NAME_TYPE, out))
    orgs = [n for (n, t) in count if t == "ORG" and " " in n]
    rename: dict[tuple[str, str], str] = {}
    buckets: dict[tuple, list[tuple[str, str]]] = defaultdict(list)  # the name less one word -> (that word, name)
    for a in orgs if len(orgs) >= 2 else ():  # (a pair of names at least)
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
    slips = [(n, t) for (n, t), c in count.items() if c == 1 and t in ("PERSON", "ORG") and " " not in n
             and len(n) in surnames and n not in surnames[len(n)] and n[1:].islower()] if surnames else ()
    if slips:  # (the index only when a name may be a slip of a surname)
        near = _slip_index(surnames)
        for n, t in slips:
            fits = {f for s in _slip_candidates(n, near) if _one_slip(n, s) for f in surnames[len(n)][s]}
            if len(fits) == 1:
                rename[(n, t)] = next(iter(fits))
    # a one-word name written once with a letter dropped or added ("Mr Romanszko" beside Richard Romaszko, "Shearon's
    # access" beside Shearson ... Shearson): the surname of a person named in full, or a one-word form of an
    # organisation the text names twice or more
    words: dict[str, set] = defaultdict(set)  # one-word surface form -> the names it stands for
    for by_len in surnames.values():
        for last, names in by_len.items():
            words[last] |= names
    if text:
        for m in out:
            if m.type == "ORG" and count[(m.name, "ORG")] >= 2 and " " not in (w := text[m.start:m.end]) and w[1:].islower():
                words[w].add(m.name)
    # (_letter_slip pairs words of six letters or more: a shorter name has no fit)
    letter_slips = [(n, t) for (n, t), c in count.items() if c == 1 and (n, t) not in rename and len(n) >= 6
                    and t in ("PERSON", "ORG") and " " not in n and n[1:].islower() and n not in words] if words else ()
    if letter_slips:
        dropped: dict[str, set] = defaultdict(set)  # a word less one letter -> the words it comes from
        longer = {len(n) + 1 for n, _ in letter_slips}  # (only the words one letter longer than a name are looked up)
        for w in words:
            if len(w) in longer:
                for j in range(len(w)):
                    dropped[w[:j] + w[j + 1:]].add(w)
        for n, t in letter_slips:
            # (the words one letter longer or shorter that n comes from or gives by dropping a letter: one look
            # each, not a look at every word of the text)
            near_words = dropped.get(n, set()) | {v for j in range(len(n)) if (v := n[:j] + n[j + 1:]) in words}
            fits = {f for w in near_words if _letter_slip(n, w) for f in words[w]}
            if len(fits) == 1 and (new := next(iter(fits))) != n:
                rename[(n, t)] = new
    if rename:
        for m in out:
            if (m.name, m.type) in rename:
                new = rename[(m.name, m.type)]
                m.type = "PERSON" if (new, "PERSON") in count else "ORG"
                m.name = new


def _regional_arm(words: list[str]) -> bool:
    """A company's arm for a region, named by three words or more that end in the place ("Sony Computer Entertainment
    Europe"), or a body's own organ, named by it and a head for a board or a committee ("Uefa Executive Committee",
    "Treasury Select Committee"): the parent's one-word name is another organisation, no short form of it."""
    return len(words) >= 3 and (words[-2].lower() not in ("of", "for", "the") and _place(words[-1]) is not None
                                or words[-1] in _ORGAN_HEADS and words[1][:1].isupper())


# The heads of a body's organs (a committee or a board of the body the first word names: "Uefa Executive Committee")
# (not "Council": a town's name alone is its council, "Kennetside Borough Council" ... "Kennetside said")
_ORGAN_HEADS = frozenset(("Committee", "Board", "Executive", "Commission", "Secretariat", "Bureau"))


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


# Heads of a house of the arts that its short name leaves out ("La Fenice" for "La Fenice Theatre").
_VENUE_TAILS = frozenset("theatre theater gallery museum playhouse".split())


# A party's adjective whose people's noun differs ("Democratic Sen. Harry Reid", "Democratic lawmakers" ... "Democrats"):
# one NORP entity with the noun, when the text names the people by it
_PARTY_ADJECTIVES = {"Democratic": "Democrat"}


def _party_adjectives(out: list[_Mention]) -> None:
    """Renames the NORP mentions of a party's adjective to its people's noun when the document has that NORP too."""
    norp = {m.name for m in out if m.type == "NORP"}
    for m in out:
        if m.type == "NORP" and _PARTY_ADJECTIVES.get(m.name) in norp:
            m.name = _PARTY_ADJECTIVES[m.name]


@lru_cache(maxsize=256)  # (asked at each mention of a titled name: one scan of the text per name)
def _written_lower(text: str, word: str) -> bool:
    """Whether *text* writes *word* in lower case as a word of its own ("steel" beside "Chairman Steel")."""
    return bool(_literal_hits(text, word.lower(), "'’-", "'’-"))


# A post "of" a body right before a name ("director of Georgia Sea Grant", "president of Harlow Foods"): the body's name
_POST_OF_BEFORE = re.compile(r"\b(?:director|directors|president|chairman|chairwoman|chair|head|chief|editor|dean|founder|"
                             r"co-founder|members?|executive|boss|manager|owner|spokesman|spokeswoman|spokesperson) of $")


def _bodies_after_posts(out: list[_Mention], text: str) -> None:
    """A "person" of two words or more named only right after a post and "of" ("Charles Hopkinson, director of Georgia
    Sea Grant"), never alone by a surname, nor titled, nor before a possessive: the body the post is held in, ORG."""
    cued = Counter(m.name for m in out if m.type == "PERSON" and " " in m.name and not m.titled and not m.royal
                   and text[m.start:m.end] == m.name and not text.startswith(("'s", "’s"), m.end)
                   and text.endswith(("of ", "of \n"), 0, m.start)  # (how every match ends: a quick test first)
                   and _POST_OF_BEFORE.search(text, max(0, m.start - 16), m.start))
    if not cued:
        return
    people = Counter(m.name for m in out if m.type == "PERSON")
    for m in out:
        if m.type == "PERSON" and cued[m.name] and cued[m.name] == people[m.name]:
            m.type, m.named = "ORG", True


def _place_short_forms(out: list[_Mention]) -> None:
    """A one-word place (LOC) that opens the name "W of X" of a place of the document ("the Gulf" after "Gulf of
    Mexico", "the Bay" after "Bay of Biscay") or, when it is no place of its own, ends it ("the Reef" after "Great
    Barrier Reef"; not "Europe" after "Western Europe"): a mention of that place, when only one place of the document
    is named so."""
    longs = {m.name for m in out if m.type == "LOC" and " " in m.name}
    if not longs:
        return
    for m in out:
        if m.type == "LOC" and " " not in m.name:
            fits = [n for n in longs if n.startswith(m.name + " of ") or n.endswith(" " + m.name) and not _place(m.name)]
            if len(fits) == 1:
                m.name = fits[0]


def _acronym_led_short_forms(out: list[_Mention]) -> None:
    """An organisation's name of two words or more that a longer organisation of the document writes after an acronym
    ("Security Council" after "U.N. Security Council", "Food Programme" after "UN Food Programme"): a mention of that
    organisation, when only one is named so."""
    longs: dict[str, list[str]] = defaultdict(list)
    for m in out:
        if m.type == "ORG" and " " in m.name:
            lead, rest = m.name.split(" ", 1)
            if " " in rest and lead.replace(".", "").isupper() and lead.replace(".", "").isalpha():
                longs[rest].append(m.name)
    if not longs:
        return
    for m in out:
        if m.type == "ORG" and len(set(longs.get(m.name, ()))) == 1:
            m.name = longs[m.name][0]


def _office_titled(m: _Mention, text: str) -> bool:
    """A one-word name after the title of an office ("President Obama", "Chairman Steel"), not after an honorific
    ("Mr Howard", which the gender of the title may show to be nobody named in full): a person, however frequent the
    word."""
    return m.titled and not _HONORIFIC_BEFORE.search(text, max(0, m.start - 5), m.start) \
        and not _TITLE_BEFORE.search(text, max(0, m.start - 6), m.start)


_LOWER_WORD_AFTER = re.compile(r" ([a-z][a-z-]*)")
_ARTICLES = ("the ", "The ", " a ", " an ", "A ", "An ")


def _company_named_bare(m: _Mention, text: str, mid: int) -> bool:
    """A mention of a listed company's own name (companies._bare_company) written as a name: as the text writes it,
    with no article ("the Indus", "the Olympus": a river, a mountain; "drives a Porsche": a product; but "the Nissan
    factory": ``companies._listed_name_with_premises``), and, opening a sentence with no mention of it
    mid-sentence, not before a lower-case content word other than a company's cue, a past tense or a firm's verb
    (``cues._FIRM_VERBS_AFTER``) ("Volvo ocean racer Tyco": a sponsor's race named attributively; "Netflix said",
    "Netflix raised", "Google faces", "Barclays cut" are the company)."""
    if text[m.start:m.end] != m.name:
        return False
    if text.endswith(_ARTICLES, max(0, m.start - 4), m.start):
        return _listed_name_with_premises(m.name, text, m.start, m.end)  # ("the Nissan factory")
    if m.initial and not mid and (after := _LOWER_WORD_AFTER.match(text, m.end)) is not None \
            and after.group(1) not in _stopwords():  # ("Motorola and Cisco")
        return after.group(1).endswith("ed") or after.group(1) in _FIRM_VERBS_AFTER \
            or _ORG_AFTER.match(text, m.end) is not None
    return True


# Names' own connectors after their first word: there the first word is the body's head ("Bank of England", "Forum for the
# Future", "Committee to Protect Journalists"), which alone can be the body's short form ("the Bank", "the Forum")
_HEAD_CONNECTORS = frozenset(("of", "for", "to", "&", "and", "on"))


def _regional_legislature(full: str, head: str) -> bool:
    """*full* is a legislature named by a people with no state of its own or a home nation of the UK ("European
    Parliament", "Scottish Parliament", "Welsh Assembly"), and *head* its head word written bare: "Parliament has
    spoken", "consult Parliament" name the nation's own legislature, another body (a sovereign people's, "the Indian
    Parliament", is the nation's: its bare head is a short form of it)."""
    words = full.split()
    return head in ("Parliament", "Assembly") and len(words) == 2 and (dem := _demonym_of(words[0])) is not None \
        and (not dem[1] or dem[1] in _UK_NATIONS)


def _modifier_opening(word: str, name: str, zipf) -> bool:
    """*word*, an everyday word of English (among the commonest: "State", "House", "National", "Team"), opens the longer
    name *name* as a modifier of the words after it ("State Emergency Services", "House Democratic Leadership"), not as
    its head: alone ("the State", "the House") it names something else, not that body."""
    words = name.split()
    return len(words) >= 2 and words[0] == word and words[1] not in _HEAD_CONNECTORS and zipf(word.lower()) >= 5.5


def _town_and_club_word(m: _Mention, text: str, club_words: Container[str]) -> bool:
    """A town (one to three words of a place of a country) and one more word, no person's, that the story names as a
    club alone ("Storm coach", in club_words) or that a result and its score follow ("the Melbourne Storm beat the
    Broncos 24-10"): the club, named by its town and a singular nickname (no plural for _town_and_nickname)."""
    last = m.name.rsplit(" ", 1)[1]
    if not last[1:].islower() or last in _last_names() or last in _first_names() \
            or not (last in club_words or _result_frame(text, m.start, m.end)):
        return False
    town = _place(m.name.rsplit(" ", 1)[0])
    return town is not None and town[0] == "GPE" and bool(town[2])


def _name_starts(name: str) -> list[str]:
    """The names *name* opens with, up to a space: what ``name.startswith(x + " ")`` holds for.

    >>> _name_starts("Kirrawee Nagano Financial Group")
    ['Kirrawee', 'Kirrawee Nagano', 'Kirrawee Nagano Financial']
    """
    return [name[:i] for i, c in enumerate(name) if c == " "]


# Heads of public bodies written both before their field and, with "of", after it ("the Health Department", "the
# Department of Health"; "the Defence Ministry", "the Ministry of Defence")
_INVERTIBLE_HEADS = frozenset("department ministry office agency bureau commission council board".split())


def _inverted_head_names(mentions: list[_Mention]) -> None:
    """A body named "<prefix> <Field> <Head>" in a document that also names "<prefix> <Head> of <Field>" (a head of
    _INVERTIBLE_HEADS; a capitalised field of three words at most) is that body: "New York State Health Department"
    ... "New York State Department of Health", "Russian Defence Ministry" ... "Russian Ministry of Defence"; and
    "<Field> <Head>" alone, when one such body has that field and head ("the Defence Ministry")."""
    formal: dict[str, str] = {}
    bare: dict[str, set] = defaultdict(set)  # (the field and head alone: "Defence Ministry" for the one body so named)
    for name in {m.name for m in mentions if m.type == "ORG" and " of " in m.name}:
        before, field = name.split(" of ", 1)
        words = before.split()
        if words and words[-1].lower() in _INVERTIBLE_HEADS and field[:1].isupper() and " of " not in field \
                and field.count(" ") <= 2:
            formal[" ".join(words[:-1] + [field, words[-1]])] = name
            bare[f"{field} {words[-1]}"].add(name)
    for short, names in bare.items():
        if len(names) == 1:
            formal.setdefault(short, next(iter(names)))
    if formal:
        for m in mentions:
            if m.type == "ORG" and m.name in formal:
                m.name = formal[m.name]


def _clipped_first_words(out: list[_Mention]) -> None:
    """An organisation's name of two words or more whose first word is clipped from the first word of one other
    organisation's name of the document, the other words the same ("Met Police" beside "Metropolitan Police", "Man
    United" beside "Manchester United"), is that organisation, in its mentions (and those merged into it: "the Met")."""
    by_rest: dict[str, set] = defaultdict(set)
    for m in out:
        if m.type == "ORG" and " " in m.name:
            first, rest = m.name.split(" ", 1)
            by_rest[rest].add(first)
    to: dict[str, str] = {}
    for rest, starts in by_rest.items():
        for short in starts if len(starts) > 1 else ():
            longs = [w for w in starts if len(w) > len(short) and w.startswith(short)]
            if len(short) >= 3 and short[1:].islower() and len(longs) == 1:
                to[f"{short} {rest}"] = f"{longs[0]} {rest}"
    for m in out if to else ():
        if m.type == "ORG" and m.name in to:
            m.name, m.named = to[m.name], True


def _known_body_acronym(name: str) -> bool:
    """An organisation's acronym of WordNet's or compromise's tables ("CIA", "NSA", "FBI"; wordnet.py)."""
    from .wordnet import _acronyms  # (wordnet.py reads no module of the merge: imported when needed)
    return name in _acronyms()[0]


def _merge(mentions: list[_Mention], text: str = "") -> list[_Mention]:
    """Canonical names within a document: persons by surname or unique first name, parties, acronyms,
    short forms of organisations; chunks kept aside come back when a name seen elsewhere vouches for them."""
    firsts = _first_names()
    zipf = _wordfreq()
    if text:
        mentions = _document_pass(mentions, text)
        _possessive_names(mentions, text)
        mentions = _country_code_names(mentions, text)
        if ", " in text:
            _towns_in_their_state(mentions, text)  # ("Tyler, Texas", "Eugene, Ore.": the town, whatever its words)
        _given_name_cities_by_cue(mentions, text)  # ("in Austin", "Orlando-based": the city, named like a person)
        if "County" in text or "Parish" in text:
            _us_counties_named(mentions, text)  # ("across Cook County": a US county, GPE)
        _towns_by_cue(mentions, text)
        _places_by_kind_noun(mentions, text)
        _places_by_bearing(mentions, text)
        if "etention" in text:
            mentions = _detention_centre_towns(mentions, text)  # ("the Woomera Detention Centre" ... "at Woomera")
        _towns_before_their_state(mentions, text)
        _regions_by_cue(mentions, text)
        _river_short_forms(mentions, text)
        _suburbs_by_city_cue(mentions, text)
        _islands_by_cue(mentions, text)  # ("the Scottish island of Mull", "New Providence island": no government)
        _unknown_places_by_cue(mentions, text)
        _peoples_by_cue(mentions, text)
        _states_named_like_people(mentions, text)
        if " and " in text or " & " in text:
            mentions = _joined_by_short_form(mentions, text)
    if text and " (" in text:
        mentions = _bracketed_acronyms(mentions, text)
    _named_by_short_form(mentions, firsts, text)
    if text:
        mentions = _company_first_words(mentions, text)  # "Zun Microsystems" ... "Zun said"
        mentions = _legal_name_short_forms(mentions, text)  # "Exco International Plc" ... "Exco said"
        mentions = _maker_products(mentions, text)  # "Apple TV" ... "Apple is", "Apple TV+": the maker of the product
        mentions = _listed_maker_products(mentions, text)  # ("Verizon Fios TV", "Microsoft Word")
        _listed_companies_named_like_people(mentions, text)  # "Morgan Stanley", "Assa Abloy"
    singles = Counter(m.name for m in mentions if " " not in m.name and m.type in ("ORG", "PERSON"))
    typed = {m.name: m.type for m in mentions if m.type in ("ORG", "PERSON") and " " in m.name}
    # Chunks of ordinary words kept aside: back as ORG when their first word or their joined form
    # is a name of the document ("Tate Britain" ... "Tate", "Time Warner" ... "TimeWarner"); with the type the
    # same name has elsewhere ("IT firm Dimension Data" ... "behalf of Dimension Data").
    person_names = [n for n, t in typed.items() if t == "PERSON"]
    # one-word clubs a club's word named ("Storm coach", "Storm striker"), for a town and that word ("Melbourne Storm")
    club_words = {m.name for m in mentions if m.type == "ORG" and m.named and " " not in m.name and m.name[1:].islower()}
    # "La Fenice" for "La Fenice Theatre": a house of the arts named without its head word (typed yet or not)
    venue_of = {n.rsplit(" ", 1)[0]: n for n, t in typed.items() if t == "ORG" and n.count(" ") >= 2
                and n.rsplit(" ", 1)[1].lower() in _VENUE_TAILS and not _place(n.rsplit(" ", 1)[0])}
    at_start = {m.start: m for m in mentions if m.type == "ORG"} if text and " and the " in text else {}
    at_end = {m.end: m for m in at_start.values()}
    for m in mentions:
        if venue_of and m.type in (None, "ORG") and m.name in venue_of:
            m.type, m.name, m.named = "ORG", venue_of[m.name], True
        if at_start and m.type is None and " " in m.name and text[max(0, m.start - 4):m.start] in ("the ", "The ") \
                and ((o := at_start.get(m.end + 9)) is not None and text.startswith(" and the ", m.end)
                     or (o := at_end.get(m.start - 9)) is not None and text[m.start - 9:m.start] == " and the ") \
                and " " in o.name and not _ORG_HEADS.isdisjoint(o.name.lower().split()) \
                and any(_wordfreq()(w.lower()) < 5.0 for w in m.name.split()):
            # "the Tate Modern and the Natural History Museum": paired with an institution (not everyday words only:
            # "between the Soviet Union and the Free World")
            m.type, m.named = "ORG", True
        if m.type in (None, "PERSON") and not m.titled and m.ntok == 2 and m.name.split(" ", 1)[0].lower() in _RANK_WORDS \
                and any(n.endswith(" " + m.name.split(" ", 1)[1]) for n in person_names):
            # "General Musharraf" after "Pervez Musharraf", "Chairman Arafat" after "Yasser Arafat": the rank, then the
            # surname of a person of the story
            rank = m.name.split(" ", 1)[0]
            m.name, m.type, m.start, m.named = m.name.split(" ", 1)[1], "PERSON", m.start + len(rank) + 1, True
        if m.type is None and m.name in typed:
            m.type = typed[m.name]
        elif m.type is None and any(n.endswith(" " + m.name) or n.lower().endswith(" " + m.name.lower()) for n in person_names):
            m.type = "PERSON"  # "El Guerrouj", "Van Gogh": the end of a person's full name (a particle capitalised or not:
            # "Van Doren Stern" ... "Philip van Doren Stern")
        if m.type is None and m.ntok <= 3 and text[max(0, m.start - 5):m.start] in ("said ", "says ") \
                and text[m.end:m.end + 1] in (",", ".") and not _GENERIC_ORG_TAILS & {w.lower() for w in m.name.split()}:
            m.type = "PERSON"  # "..., said Sri Mulyani Indrawati, State Minister": a speaker named after the verb
        if m.type is None and " " in m.name and _bare_company(m.name, m.initial):
            m.type = "ORG"  # "at Home Depot", "General Motors": a listed company's name
        if m.type is None and m.ntok == 2 and text and zipf(m.name.rsplit(" ", 1)[1].lower()) == 0.0 \
                and (text.startswith(", who ", m.end) or _PARTY_MEMBER_BEFORE.search(text, max(0, m.start - 24), m.start)):
            m.type = "PERSON"  # "commentators like Rush Limbaugh, who", "Republican Chuck Hagel": a common word and a
            # rare one, no list's name, that a person's relative pronoun or a party member's word marks (not "that
            # Almighty Being who rules")
        if m.type is None and 2 <= m.ntok <= 3 and text and m.name.rsplit(" ", 1)[1].lower() in _CLUB_HEADS \
                and m.name.split(" ", 1)[0] not in firsts and zipf(m.name.split(" ", 1)[0].lower()) < 4.5 \
                and (_result_frame(text, m.start, m.end) or _CLUB_WORD_AFTER.match(text, m.end)):
            m.type = "ORG"  # "lost 2-1 to Ashgate Town", "Carrow City manager": a club by its head, a result or a role
        if m.type is None and 2 <= m.ntok <= 4 and text and _town_and_club_word(m, text, club_words):
            m.type = "ORG"  # "the Melbourne Storm" ... "Storm coach", "the Melbourne Storm beat the Broncos 24-10"
        if m.type is None:
            words = m.name.split()
            head = words[0]
            surname_led = singles[words[-1]] > singles[head] and len(words) <= 3 \
                and not _GENERIC_ORG_TAILS & {w.lower() for w in words}  # "Phillips Idowu" ... "Idowu" x4, "Phillips" x1
            if singles[m.name.replace(" ", "")] or singles[head] and singles[words[-1]] and head not in firsts \
                    and not surname_led or singles[head] and len(words) == 2 and head not in firsts and _place(words[-1]):
                m.type = "ORG"  # "Time Warner" ... "TimeWarner"; "Allied Domecq" ... "Allied", "Domecq"
            elif (singles[head] or _bare_company(head) and text.startswith(head + " ", m.start)
                  and _names_no_body(words[1:])) and head not in firsts \
                    and not surname_led:
                # a maker before a product ("Apple Powerbook"): the maker is the organisation
                m.type, m.name, m.end, m.named = "ORG", head, m.start + len(head), True
            elif len(words) <= 3 and singles[words[-1]] and not _GENERIC_ORG_TAILS & {w.lower() for w in words}:
                m.type = "PERSON"  # "Ed Balls" ... "Balls said": a surname standing alone
        if m.type is None and m.wordnet:
            m.type, m.named = m.wordnet, True  # "the Tamil Tigers": a name WordNet types, no rule did
    mentions = [m for m in mentions if m.type is not None]
    # A multi-word "person" whose first word is no first name and stands alone elsewhere is a
    # company named by its first word ("Pernod Ricard" ... "Pernod shares"), when a mention of either has a
    # company's cue (a person is named by the given name alone too: "Saddam Hussein" ... "Saddam's regime").
    business = None
    org_starts: set | None = None  # (the names an ORG's name opens with, made when first asked, kept up to date)
    for m in mentions:
        if m.type == "PERSON" and " " in m.name and not m.titled and not m.royal:
            head = m.name.split()[0]
            if head not in firsts and singles[head] and zipf(head.lower()) < 4.0 and not singles[m.name.split()[-1]]:
                if business is None:
                    business = {x.name for x in mentions if x.type in ("ORG", "PERSON") and text and (
                        _COMPANY_AFTER.match(text, x.end) or _org_before_phrase(text, x.start))}
                if org_starts is None and head not in business and m.name not in business:
                    org_starts = {s for x in mentions if x.type == "ORG" for s in _name_starts(x.name)}
                if head in business or m.name in business or m.name in org_starts:
                    m.type = "ORG"  # (or the start of an organisation's name: "Kirrawee Nagano" ... Financial Group)
                    if org_starts is not None:
                        org_starts.update(_name_starts(m.name))
    merged_names = _merged_company_names(mentions, text, firsts)
    listed_orgs, listed_people = _list_names(mentions, text, people=" like" in text or " such as " in text
                                             or " including " in text or " by " in text or "xhibition" in text
                                             or "etrospective" in text) if text else (set(), set())
    # (one walk over the mentions for the organisations listed after a plural noun for them and for the people)
    if text:
        _org_by_evidence(mentions, text, firsts, listed_orgs)
        if " (" in text:
            _acronym_extends(mentions, text)
        if " stud" in text or "educated" in text or "graduate" in text or " don" in text or "alumn" in text:
            _schools(mentions, text)
    kin = _kin_names(mentions, text, firsts) if text else set()
    persons = [m for m in mentions if m.type == "PERSON" and " " in m.name]
    _pet_form_full_names(persons, kin)  # "Jim Hansen" ... "James Hansen"
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
        alone = {m.name for m in mentions if m.type == "ORG" and " " not in m.name and "-" not in m.name} \
            | {text[m.start:m.end] for m in mentions if m.type == "ORG" and " " in m.name and m.end - m.start < len(m.name)
               and " " not in text[m.start:m.end] and "-" not in text[m.start:m.end]}
        # (and a short form written alone that a full name was given: "UFJ" of "UFJ Holdings")
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
    for m in mentions:
        if m.type == "ORG" and " " not in m.name and m.name[:1].isupper() and not m.name.isupper() \
                and len(caps := "".join(c for c in m.name if c.isupper())) >= 3 and m.name.isalpha():
            acronyms.setdefault(caps, m.name)  # "PWC" for PriceWaterhouseCoopers, "GSK" for GlaxoSmithKline: the
            # capitals of a one-word name written in parts
    shorts: dict[str, str] = {}
    first_words: dict[str, set] = defaultdict(set)
    for m in orgs:
        if m.name in merged_names:
            continue  # ("Soclair" is no short form of "Rheinfeld Soclair": each word is a firm of its own)
        ini = _initials(m.name)
        if len(ini) >= 2:
            acronyms.setdefault(ini, m.name)
            core = m.name.split()
            while len(core) > 2 and (core[-1] in _LEGAL_FORMS or core[-1].rstrip(".") in _LEGAL_FORMS):
                core = core[:-1]
            if len(core) < m.ntok:  # "GM" for General Motors Co, "TCS" for Tata Consultancy Services Ltd: the
                acronyms.setdefault(_initials(" ".join(core)), m.name)  # letters of the name without its legal form
            grown = m.name.rsplit(" and ", 1) if m.name.count(" ") >= 4 and " and " in m.name else ()
            if len(grown) == 2 and " " not in grown[1] and len(_initials(grown[0])) >= 3:
                # "CDC" for the Centers for Disease Control and Prevention: a body whose name grew by a last "and X"
                # keeps the acronym of the name before it
                acronyms.setdefault(_initials(grown[0]), m.name)
            amp = " ".join(_legal_core(m.name)) if " & " in m.name and m.name.count(" ") > 2 else m.name
            if " & " in amp and amp.count(" ") == 2:  # (and for "Marks & Spencer Group Plc")
                acronyms.setdefault(amp[0] + "&" + amp.split(" & ", 1)[1][0], m.name)  # "M&S" for Marks & Spencer
        words = m.name.split()
        if words[0] == "The":
            shorts.setdefault(" ".join(words[1:]), m.name)
            words = words[1:]
        if words[-1].lower() in _GENERIC_ORG_TAILS and len(words) >= 2:
            shorts.setdefault(" ".join(words[:-1]), m.name)
            if words[-1] == "Party" and len(words) == 2 and words[0][-1:] not in ("s", "y"):
                shorts.setdefault(words[0] + "s", m.name)  # "the Liberals" for the Liberal Party, "the Greens"
        if len(words) == 2 and words[1] == "Bank" and words[0].isupper() and len(words[0]) >= 2:
            shorts.setdefault(words[0], m.name)  # "ANZ chief economist" for the ANZ Bank, "HSBC" for HSBC Bank
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
        head_count = Counter(w for m in {m.name for m in orgs} - sub_of.keys() for w in set(m.split()) if w.lower() in _ORG_HEADS
                             and w[:1].isupper() and w.lower() not in _NEWSPAPERS  # "The Times" is no short form of the FT
                             and w not in _GENERIC_ACRONYMS)  # ("TV" alone is no short form of "Fios TV")
        head_of = {w: m.name for m in orgs for w in m.name.split() if head_count[w] == 1}
    seen = {m.name for m in mentions}
    # a party's fullest name counts wherever the text writes it, inside a longer name too ("the Conservative Party
    # Conference": the party is the Conservative Party)
    seen |= {order[0] for order in _PARTY_ORDER.values() if " " in order[0] and order[0] in text}
    clipped = _clipped_forms(mentions, orgs, (acronyms.__contains__, shorts.__contains__, sub_of.__contains__,
                                              head_of.__contains__, first_words.__contains__, by_last.__contains__,
                                              by_first.__contains__), text) if orgs else {}
    # one-word names of people named after an office's title ("President Bush"): the same word alone before a noun
    # is that person too ("the Bush administration"), unless a cue made it an organisation
    # (or after an honorific: "Mr Hunt visited Leeds. Hunt said ...", "Ms Rice ... Rice said": one person, not a
    # person and an organisation of the same name; unless "it" takes the name up: "Ford said it would cut jobs. Mr Ford")
    titled_singles = {m.name for m in mentions if m.type == "PERSON" and " " not in m.name and m.titled and not m.royal
                      and _office_titled(m, text)} - by_last.keys() if text else set()
    if text and ("Mr" in text or "Ms" in text or "Dr" in text or "Miss" in text):
        honoured = {m.name for m in mentions if m.type == "PERSON" and " " not in m.name and m.titled and not m.royal
                    and _HONORIFIC_BEFORE.search(text, max(0, m.start - 5), m.start)} - by_last.keys() - titled_singles
        if honoured and any(m.type == "ORG" and m.name in honoured for m in mentions):
            titled_singles |= honoured - _firm_by_pronoun(mentions, text)
    # a one-word name a role noun made a person ("Barcelona forward Neymar", "soccer legend Pele") is that person where
    # no cue typed it ("but Neymar had other ideas"), as a titled one is, unless "it" takes the name up
    if text and any(m.type == "ORG" and " " not in m.name and not m.name.isupper() for m in mentions):
        roled = {m.name for m in mentions if m.type == "PERSON" and " " not in m.name and m.named and not m.titled
                 and not m.royal and not m.name.isupper() and _role_before(text, m.start)
                 and _word_before(text, m.start, 20) not in ("played", "playing", "plays")} - by_last.keys() - titled_singles
        # (not a verb's object: "after playing AlphaGo", a machine)
        if roled and any(m.type == "ORG" and m.name in roled and not m.named for m in mentions):
            titled_singles |= roled - _firm_by_pronoun(mentions, text)
    out: list[_Mention] = []
    for m in mentions:
        name = m.name
        if titled_singles and m.type == "ORG" and name in titled_singles and (
                not m.named or text and text[m.end:m.end + 3] in ("'s ", "’s ") and not _COMPANY_AFTER.match(text, m.end)):
            m.type = "PERSON"  # (a possessive alone is no organisation's cue: "How the BBC covered Trump's list")
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
                    if m.name == name and text and (wife := _his_wife_by_title(name, m, text)) is not None:
                        m.name = wife  # "Mrs Howard" after "John Howard and his wife Janette": Janette
            elif " " not in m.name and len(by_first.get(name, ())) == 1 and (m.type == "PERSON" or name in firsts or (
                    m.type == "ORG" and not name.isupper() and (not m.named and zipf(name.lower()) < 3.5
                                                                or name not in firsts and not (business and name in business)
                                                                and text[max(0, m.start - 4):m.start] != "the "))):
                # ("Saddam's regime" for Saddam Hussein: a given name no package knows, no company's cue)
                m.type, m.name = "PERSON", next(iter(by_first[name]))
            elif " " not in m.name and name not in by_first and by_first and not m.royal and (
                    m.type == "PERSON" or not m.named and (name in firsts or name in _pet_given_names())
                    and text[max(0, m.start - 4):m.start] not in ("the ", "The ")) \
                    and (owner := _pet_form_owner(name, by_first, text, m.start)) is not None:
                # "Jim said" for James Hansen, "Chuck said" for Charles Brattonby: a pet form of the given name of one
                # person of the story (typed an organisation too when no list knows it as a name, unless a cue named it)
                m.type, m.name = "PERSON", owner
            elif m.type == "ORG" and name in acronyms and (name.isupper() or " " not in m.name):
                m.name = sub_of.get(acronyms[name], acronyms[name])
            elif (m.type == "ORG" or m.type == "PERSON" and not m.titled and not m.royal) and len(name) >= 4 \
                    and name[1:].islower() and name.upper() in acronyms and " " not in name \
                    and zipf(name.lower()) < 4.5:
                m.name = sub_of.get(acronyms[name.upper()], acronyms[name.upper()])  # "Bafta", "Elspa": an acronym
                # written as a word (though a given name too: "Safta", a Romanian one, for the Scottish Academy of ...)
                if m.type == "PERSON":
                    m.type, m.named, m.link = "ORG", True, ""
            elif m.type == "ORG" and name in shorts:
                m.name = shorts[name]
            elif m.type == "ORG" and name in sub_of:
                m.name = sub_of[name]
            elif m.type == "ORG" and name in head_of and not _modifier_opening(name, head_of[name], zipf) \
                    and (text[max(0, m.start - 4):m.start] in ("the ", "The ")
                                                          or head_of[name].endswith(" " + name)
                                                          and text[max(0, m.start - 3):m.start] not in ("'s ", "’s ")
                                                          and not _regional_legislature(head_of[name], name)):
                # ("the Forum"; "Commission president" for the European Commission: the last word of its name, but
                # not after a possessive: "Queen's Club" is no short form of the All England Club)
                m.name, m.named = head_of[name], True
            elif m.type == "ORG" and " " not in m.name and len(first_words.get(name, ())) == 1 and name not in firsts \
                    and not (name.lower() in _NEWSPAPERS and text[max(0, m.start - 4):m.start] in ("the ", "The ")) \
                    and not _modifier_opening(name, next(iter(first_words[name])), zipf):
                # ("The Guardian" is the paper, not the Guardian Media Group)
                m.name = next(iter(first_words[name]))
            elif m.type == "ORG" and " " not in m.name and len(first_words.get(name, ())) > 1 and name not in firsts \
                    and len(fit := [n for n in first_words[name] if not _place(n.rsplit(" ", 1)[-1])]) == 1:
                m.name = fit[0]  # "the Tate" beside Tate Gallery and Tate Britain: not the one named after a place
            elif name in clipped and (m.type == "ORG" or m.type == "PERSON" and " " not in m.name and text
                                      and _COMPANY_AFTER.match(text, m.end)):
                m.name, m.named = clipped[name], True  # "Fed", "CalMac", "Bafta": written from the longer name
                m.type = "ORG"  # (a person-like mention of it too when a company's noun follows: "Senior Austrade staff")
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
    if text and any(n.startswith("The ") for n in names):
        # ("the White House" written too, which the short forms gave the name "The White House": the name without "The")
        names |= {text[m.start:m.end] for m in out if m.type == "ORG" and m.name.startswith("The ")
                  and text[m.start:m.end] == m.name[4:]}
    for m in out:
        if m.type == "ORG" and m.name + "s" in names:
            m.name = m.name + "s"
        if m.type == "ORG" and m.name.startswith("The ") and m.name[4:] in names:
            m.name = m.name[4:]
    _clipped_first_words(out)
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
    if text and _FIRM_CUE_TEXT.search(text):
        _given_names_as_firms(out, text, by_first, full_names)
    named = {m.name for m in out if m.named}
    cued, placed = _single_word_evidence(out, text, full_names, named, mid) if text else (set(), set())
    if text:
        cued |= _firm_by_pronoun(out, text) - placed  # ("Zentrix said it would cut jobs")
    if text and "(" in text and (clubs := _lineup_clubs(out, text)):
        cued |= clubs  # "Tom Reid (Harlequins), Ian Law (Ospreys)": the players' clubs on a team sheet
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
    # a name that a lower-case office or a relative's word marks as a person in one mention ("then-president
    # Suharto", "governor Gul Agha") is that person where other cues say organisation ("Suharto claimed", "a
    # spokesman for Gul Agha")
    titled_once = {m.name for m in out if m.type == "PERSON" and not m.name.isupper()
                   and _word_before(text, m.start, 20) in _OFFICE_AND_KIN} if text else set()
    if text and " regime" in text:
        # "the Assad regime", "the Franco regime": a one-word name no list knows as a body, nor a place or a people's,
        # between "the" and "regime" is the ruler (not "the Taliban regime", a group WordNet knows)
        titled_once |= {m.name for m in out if m.type == "ORG" and " " not in m.name and not m.name.isupper()
                        and not m.wordnet and text.startswith(" regime", m.end) and text[m.end + 7:m.end + 8] in " '’,.s"
                        and text[max(0, m.start - 4):m.start] in ("the ", "The ") and _place(m.name) is None
                        and _demonym_of(m.name) is None and not _bare_company(m.name)}
    cued -= titled_once  # (a person's verbs follow organisations too: "Suharto claimed", "Suharto told")
    who |= titled_once
    vouched = _person_by_possession(out, text) - _firm_by_pronoun(out, text) if text else set()
    cued -= vouched  # ("Eminem said he was delighted": a person, though "said" also follows organisations)
    who |= vouched
    # ... and a given name and a surname that is an organisation's head word ("Nathalie Press who", "Emma House, who")
    who |= {m.name for m in out if m.type == "ORG" and m.ntok == 2 and text and m.name.split(" ", 1)[0] in firsts
            and text.startswith((", who ", " who "), m.end)
            and text[max(0, m.start - 4):m.start] not in ("the ", "The ")}
    # (not "the Tories, who", "the Taliban, who", "this Chamber, who": groups)
    # "the Midlands", "the Highlands": a region, not a state or an organisation (a gazetteer's "-lands" without "the"
    # too: "Rover's Midlands plant")
    regions = {m.name for m in out if " " not in m.name and m.name.endswith("lands") and m.type in ("GPE", "ORG") and text
               and (text[max(0, m.start - 4):m.start] in ("the ", "The ") or m.type == "GPE") and not _country_of(m.name)}
    # a people named once ("Carib Indians") is that people when named alone or in the plural ("Caribs", "Carib council")
    _peers_named_in_full(out)
    if text:
        _people_named_like_places(out, text)
        _places_named_like_people(out, text)
        _things_named_like_people(out, text)
    peoples = {m.name for m in out if m.type == "NORP" and not m.link and m.name not in _GROUP_NORP
               and m.name not in _IRREGULAR_DEMONYMS}
    if peoples:
        for m in out:
            if " " not in m.name and m.type in ("ORG", "PERSON") and not m.named and (
                    m.name in peoples or m.name[-1:] == "s" and m.name[:-1] in peoples):
                m.type, m.name, m.link = "NORP", m.name if m.name in peoples else m.name[:-1], ""
    final = []
    trade_contexts: dict[str, bool] = {}

    def trade_context(name: str) -> bool:
        """What follows every mention of *name* lets it be a coined trade name (tested once per name, so a text that
        repeats one name stays linear)."""
        if name not in trade_contexts:
            trade_contexts[name] = _trade_compound_name(name, text, [x.end for x in out if x.name == name])
        return trade_contexts[name]

    for m in out:
        if m.type == "NORP" and text and (_language_named(text, m.start, m.end) and m.name not in _FAITH_NORP
                                          or _NORP_IN_NAME_AFTER.match(text, m.end)
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
            if m.name.endswith("side") and len(m.name) > 6 and m.name not in _small_towns():
                m.type = "LOC"  # "in Tyneside", "across Wearside": a region named by its river's bank, no town
            final.append(m)
            continue
        if " " not in m.name and m.type == "ORG" and (m.name in _GENERIC_ACRONYMS or m.name in things
                                                or m.name[-1:] == "s" and m.name[:-1] in _GENERIC_ACRONYMS
                                                or m.name.isupper() and m.name not in named
                                                and _spelled_out_lower(m.name, text) and not _known_body_acronym(m.name)):
            continue  # ("international financial reporting standards" ... "IFRS": a common noun phrase's initials;
            # not a body's acronym WordNet or compromise knows, "CIA" after "the communications intelligence agency")
        if " " not in m.name and m.type == "ORG" and m.name not in full_names and m.name not in named:
            w = m.name
            if w in awards:
                continue
            if w in cued or _bare_company(w) and _company_named_bare(m, text, mid[w]) or _trade_compound_name(w) and trade_context(w) \
                    or text[m.start:m.end] == w and _maker_of_coined_product(w, text, m.end) \
                    or _listed_word_in_firm_frame(w, text, m.start, m.end):
                final.append(m)  # (a listed company's own name: "streams Netflix", "Motorola and Cisco")
                continue
            if w in _GENERIC_ACRONYMS or w.endswith("s") and w[:-1] in _GENERIC_ACRONYMS:
                continue
            if w.isupper() and (w.lower() in _stopwords() and not m.wordnet or len(w) >= 6 and zipf(w.lower()) >= 4.0):
                continue  # capitals for emphasis ("IS", "AMAZING"), not an acronym the text defines (but an
                # organisation's acronym WordNet has, in its frame: "The WHO said", wordnet.py)
            if w.isupper() and text[m.end:m.end + 1] in ("+", "-") and not text[m.end + 1:m.end + 2].isalnum():
                continue  # a grade ("BB+", "BBB-"), not an organisation
            if not (w.isupper() and len(w) > 1):
                z = zipf(w.lower())
                if m.initial and not mid[w] and z >= 3.3 or z >= 4.0 and mid[w] < 3 \
                        or mid[w] < 2 and not _org_before(text, m.start) \
                        and not (mid[w] and z < 3.5 and sum(x.name == w for x in out) >= 2) \
                        and not (z < 4.0 and _militant_noun_after(text, m.end) and _group_noun(text, w)) \
                        and not (z < 4.0 and _fought_as_group(text, m.start, m.end, w)) \
                        and not _named_by_stance(text, m.start, m.end, w):
                    # one unexplained capitalised word: a product, a work, a nickname (unless a rare word seen twice,
                    # once mid-sentence: "Hezbollah fired... struck Hezbollah positions"); or a famous name no cue
                    # typed, WordNet's type kept (wordnet.py: "to fight Hitler", "Hezbollah and Hamas condemned")
                    if not m.wordnet:
                        continue
                    m.type, m.named, m.link = m.wordnet, True, ""
        if m.type == "PERSON" and not m.royal and not m.titled and text[max(0, m.start - 8):m.start].endswith(_ORDINAL_ENDS) \
                and _ORDINAL_BEFORE.search(text, max(0, m.start - 16), m.start):
            continue  # "the third Harry Potter film", "the sixth Potter": one of a series of works named after a character
        if " " not in m.name and m.type == "PERSON" and m.name not in full_names and m.name not in named \
                and m.name not in vouched and not m.wordnet and not _office_titled(m, text) \
                and not (m.name in titled_singles and not _written_lower(text, m.name)) \
                and not (_HONORIFIC_BEFORE.search(text, max(0, m.start - 5), m.start)
                         and not any(full.endswith(" " + m.name) for full in full_names)):
            if m.initial and not mid[m.name] and zipf(m.name.lower()) >= 3.8 or m.name in firsts \
                    or zipf(m.name.lower()) >= 4.5:
                continue  # a first name alone that names nobody of the story ("Alexander", "Jacob's Creek"); not a name the
                # story writes after an office's title ("President Obama" ... "Obama also said") and never in lower case
                # (but "Mr Howard", "Mrs Brown": a surname after an honorific, whatever else the word is, when nobody
                # named in full has it: else the title's gender ruled it out for them)
        final.append(m)
    _party_adjectives(final)
    _place_short_forms(final)
    if text and " of " in text:
        _bodies_after_posts(final, text)
    _acronym_led_short_forms(final)
    _acronym_case_variants(final)
    _misspelt_variants(final, text)
    if text and "City " in text:
        _financial_city(final, text)
    _inverted_head_names(final)  # ("Health Department" ... "Department of Health": one body)
    return _org_name_variants(final, text) if text else final


# Words before a title that make it a description of an office, no one's surname ("the King", "his Bishop", "Spain's
# King"), and after it that make it a title before a name or a place ("King Abdullah", "King of Spain")
_DETERMINERS_BEFORE_TITLE = frozenset("the a an his her its their our my your this that former late new".split())
_POSSESSIVE_BEFORE_NAME = re.compile(r"['’]s [A-Z]")


def _title_word_surnames(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A person of the story named in full with a surname that is also a title word ("Harriet King", "Tom Bishop", "Ellen
    Judge"; nameparser's titles) is named by that surname alone too ("King said", "Bishop apologised"), which alone
    resolves to no one (a title with no name after it): those are mentions of that person, when nobody else of the
    story has that surname and the story writes the word as nobody's title ("King Abdullah", "Judge Smith": not then),
    and the word is not an office's after a determiner or a possessive ("the King", "Spain's King") nor part of a longer
    capitalised name ("Burger King")."""
    titles = _titles()
    people: dict[str, _Mention | None] = {}
    for m in mentions:
        if m.type == "PERSON" and " " in m.name and not m.royal:
            last = m.name.rsplit(" ", 1)[1]
            if last[1:].islower() and last[:1].isupper() and last.lower() in titles:
                other = people.get(last)
                people[last] = m if other is None and last not in people or other is not None and other.name == m.name \
                    else None  # (two people with it: neither)
    people = {w: m for w, m in people.items() if m is not None}
    if not people:
        return mentions
    added: list[_Mention] = []
    for word, person in people.items():
        hits = _literal_hits(text, word, "'’-", "-")
        spans = []
        for a, b in hits:
            after = text[b:b + 4]
            before = text[max(0, a - 30):a]
            prev = re.search(r"([\w'’.]+)\s+$", before)
            if len(after) >= 2 and after[0] == " " and after[1].isupper() or after.startswith(" of ") \
                    or after.startswith((" of\n", " of,")):
                if not (prev and prev.group(1)[:1].isupper() and prev.group(1)[-1:] not in ".'’"):
                    spans = None  # written as a title before a name or a place ("King Abdullah", "King of Spain")
                    break
                continue
            if _POSSESSIVE_BEFORE_NAME.match(text, b):
                continue  # "King's Cross", "the Prince's Trust", "Bishop's Stortford": a place's or a body's own name
            if prev and (prev.group(1)[:1].isupper() and prev.group(1)[-1:] != "." or prev.group(1).lower() in _DETERMINERS_BEFORE_TITLE
                         or prev.group(1).endswith(("'s", "’s", "s'", "s’"))):
                continue  # "Harriet King" itself, "Burger King", "the King", "Spain's King"
            spans.append((a, b))
        if spans:
            added += [_Mention(a, b, person.name, "PERSON", person.link, named=True) for a, b in spans]
    if not added:
        return mentions
    overlaps = _overlap_test(mentions)  # (a binary search per added mention)
    added = [m for m in added if not overlaps(m.start, m.end)]
    return sorted(mentions + added, key=attrgetter("start")) if added else mentions


# First words of a paper's name whose last word alone names another paper ("The Sunday Times" and "The Times", the
# "Financial Times" and "The Times" are different papers; "the FT" is the Financial Times' short form)
_OTHER_PAPER_FIRSTS = frozenset(("Sunday", "Financial"))


def _newspaper_short_forms(mentions: list[_Mention]) -> list[_Mention]:
    """A newspaper of the story named in full ("The Washington Post", "the Los Angeles Times", "The Sydney Morning
    Herald") is named by its last word alone after it ("the Post said", "The Times said", "the Herald reported"): those
    mentions are that paper's, not a second organisation, when one paper of the story ends in that word and no other
    body of the story starts with it ("Telegraph Group", whose short form "the Telegraph" is)."""
    alone = {m.name for m in mentions if m.type == "ORG" and " " not in m.name and m.name.lower() in _NEWSPAPERS}
    if not alone:
        return mentions
    full: dict[str, set] = defaultdict(set)
    opened: set = set()
    for m in mentions:
        if m.type == "ORG" and " " in m.name:
            words = m.name.split()
            if words[-1] in alone and words[0] not in _OTHER_PAPER_FIRSTS:
                full[words[-1]].add(m.name)
            opened.add(words[0])
    for m in mentions:
        if m.type == "ORG" and m.name in alone and len(full.get(m.name, ())) == 1 and m.name not in opened:
            m.name = next(iter(full[m.name]))
    return mentions


def _demonym_short_forms(mentions: list[_Mention]) -> list[_Mention]:
    """A people named by a country's two-word adjective and, in the same story, by its first word alone, the country's
    one-word people ("Saudi Arabian oil minister" and "Saudi officials"): one people, under the word written alone (as
    written when the story has only the long form)."""
    norp = {m.name: m.link for m in mentions if m.type == "NORP" and m.link}
    longs = {name: name.split(" ", 1)[0] for name in norp if name.count(" ") == 1}
    longs = {name: short for name, short in longs.items() if short in norp and norp[short] == norp[name]}
    if longs:
        for m in mentions:
            if m.type == "NORP" and m.name in longs:
                m.name = longs[m.name]
    return mentions
