"""Document passes about titles of works, products and brands: films, books and shows ("Eve Green by Susan
Fletcher", "starring", subtitles), double-act brands, software and devices, and the whole-document pass that
drops or trims what those evidences show is not a name (``_document_pass``).

Input: the document's mentions and text. Output: the mentions kept, dropped or retyped, and the names found to be
works or products.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from functools import lru_cache

from .wordlists import (
    _DOMAINS, _GENERIC_ACRONYMS, _INSTITUTIONS, _NEWSPAPERS, _OFFICE_AND_KIN, _ORG_HEADS, _PARTIES, _PERSON_CUES, _ROYAL,
    _SKIP_HEADS,
)
from .gazetteers import _first_names, _last_names, _seats, _stopwords, _titles, _wordfreq
from .geography import _country_of, _demonym_of, _place
from .chunking import _is_initial, _matches_at_chars, _matches_at_words, _Mention, _outside, _owner_named_alone, _START
from .cues import (
    _coined_model, _DESCRIPTOR_OPENERS, _FIRM_ROLE_PLURALS, _employer_before, _LISTED_ON, _ORG_APPOSITION, _org_before, _ORG_BEFORE_LAST,
    _org_before_phrase, _org_before_search, _org_context, _ORG_CUES, _ORG_CUES_AFTER, _ORG_CUES_STRICT, _PERSON_AFTER,
    _role_before, _sport_text, _WORD_AFTER, _word_before, _WORK_BY, _ORG_AFTER,
)
from .people import _person_by_possession
from .companies import _company_names


def _prefixed_names(mentions: list[_Mention], text: str, types: dict[str, str]) -> list[_Mention]:
    """Names after a lower-case prefix ("ex-Tory", "anti-American", "pro-European", "non-US"): no capitalised run finds
    them. Each match looks only at the mentions near it (a binary search through their starts) and the additions are
    sorted in once, so a text of many prefixed names costs time in proportion to its length."""
    base = mentions
    order = sorted(range(len(base)), key=lambda i: base[i].start)
    starts = [base[i].start for i in order]
    longest = max((m.end - m.start for m in base), default=0)
    person_words = Counter(w for m in base if m.type == "PERSON" for w in m.name.split())
    dropped: set[int] = set()
    added: list[_Mention] = []
    for pm in _HYPHEN_CAP.finditer(text):
        a, b = pm.start(1), pm.end(1)
        word = pm.group(1)
        if not _PREFIXED.match(text, max(0, a - 6), a) \
                and not (word.isupper() and _PREFIXED_CAPITAL.match(text, max(0, a - 6), a)):
            continue  # (a capital prefix only before an acronym: "Non-EU workers", not "the Non-Aligned Movement")
        if word.isupper():
            held = []  # the mentions that overlap the acronym, in their order
            for k in range(bisect_left(starts, a - longest), bisect_left(starts, b)):
                i = order[k]
                if i not in dropped and base[i].end > a:
                    held.append(i)
            held.sort()
            if any(base[i].start == a and base[i].end == b for i in held) \
                    or any(base[i].end != b or base[i].start < a - 6 for i in held):
                continue  # (found already; or inside a longer name)
            for i in held:  # the prefix and the acronym read as one name ("Non-EU"): the acronym alone
                dropped.add(i)
                if base[i].type == "PERSON":
                    person_words.subtract(base[i].name.split())
        if word in _PARTIES:
            added.append(_Mention(a, b, word, "ORG", named=True))
        elif (place := _place(word)) is not None:
            added.append(_Mention(a, b, place[1], place[0], place[2], named=True))
        elif (dem := _demonym_of(word)) is not None:
            added.append(_Mention(a, b, dem[0], "NORP", dem[1], named=True))
        elif types.get(word) == "ORG" or word not in types and _named_by_stance(text, a, b, word) \
                and person_words[word] <= 0:
            added.append(_Mention(a, b, word, "ORG", named=True))  # "non-Opec": an organisation of the document
            # ("anti-Taliban forces", "a post-Taliban government": a group the text names nowhere else)
    if not dropped and not added:
        return mentions
    out = [m for i, m in enumerate(base) if i not in dropped] + added
    if added:
        out.sort(key=_START)
    return out


def _document_pass(mentions: list[_Mention], text: str) -> list[_Mention]:
    """Evidence from the whole document, before aliases merge: ".com" names; titles of works
    ("Eve Green by Susan Fletcher") dropped; a sentence-initial word trimmed when the rest is a
    name used elsewhere in the document ("Neither Ask Jeeves" / "Ask Jeeves")."""
    firsts = _first_names()
    mentions = _maker_models(mentions, text)  # "17,815 Buick Raniers", "the Sony PSP console": the maker
    names_mid = {m.name for m in mentions if not m.initial and m.type is not None}
    types = {m.name: m.type for m in mentions if m.type is not None}
    # names that an office or a relative's word marks as a person ("former governor Gul Agha"): a body's cue before
    # another mention ("a spokesman for Gul Agha") does not make them an organisation
    in_office = {m.name for m in mentions if m.type == "PERSON" and " " in m.name
                 and _word_before(text, m.start, 20) in _OFFICE_AND_KIN}
    out: list[_Mention] = []
    mentions = _prefixed_names(mentions, text, types)
    surnamed: dict[str, set] = {}  # a surname -> the people named in full with it ("the McLaughlin family")
    if " family" in text:
        for m in mentions:
            if m.type == "PERSON" and " " in m.name:
                surnamed.setdefault(m.name.rsplit(" ", 1)[1], set()).add(m.name)
    if ": " in text:
        # "Joshua Reynolds: The Creation of Celebrity", "Raphael: From Urbino to Rome": a title with a subtitle
        # (an exhibition, a film, a book); the names in it are not mentions
        spans = _subtitled_titles(mentions, text)
        if spans:
            mentions = _outside(mentions, spans)
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
            mentions = _outside(mentions, spans)
    if " and " in text:
        # "Harry Potter and the Half-Blood Prince", "Tom Kettle and the Prisoner of Brindle": a character's name, "and"
        # and a title-case phrase, the title of a book or a film; no mention of the character, nor of names inside
        spans = _and_titles(mentions, text)
        if spans:
            mentions = _outside(mentions, spans)
    if " - The " in text or " – The " in text:
        # "Jerry Springer - The Opera", "Billy Budd – The Musical": a person's name, a dash, then "The" and a title-case
        # word or two ending the phrase: a work named after the person, no mention of them
        mentions = [m for m in mentions if not (m.type == "PERSON" and _DASH_SUBTITLE.match(text, m.end))]
    if len(mentions) > 2:
        mentions = _split_fused_names(mentions, text)  # "At La Fenice Viotti was acclaimed": a venue, then a person
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
                and text[end:end + 2] not in ("'s", "’s")  # ("La Traviata and Richard Strauss's Salome": another author)
                or out and (n >= 2 or m.titled) and _work_after(out[-1], m, text)
                or before and before.rstrip("s") in _WORK_NOUNS and before not in _PERSON_CUES):  # ("plays Hector")
            work_end = end
            continue  # "Susanna Clarke's Jonathan Strange", "Fletcher for Eve Green", "the film Michael Collins"
        if (typ is None or typ == "ORG") and (name[-1] == "s" or name.endswith("in")) and text.startswith(("' ", "’ "), end) \
                and (poss := _PLURAL_POSSESSIVE.match(text, end)) and poss.group(1).split()[0] not in firsts \
                and not _owner_named_alone(text, text[m.start:end], poss.group(1).count(" ") + 1) \
                and not (typ == "ORG" and _head_of_field(name)):
            # (not after a body's whole name, a head and what it is of: "the Chinese Academy of Sciences' FAST
            # committee" is the academy's)
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
            if legal := _LEGAL_FORM_AFTER.match(text, end):
                # "Amazon.com Inc., the retailer": the company's legal form after its web name is part of its name
                m.end = end = covered = legal.end()
                m.name = name = name + legal.group()
        if person_like and not m.royal and text.find(" by ", end, end + 60) >= 0 and _WORK_BY.match(text, end):
            continue  # a book, film or show followed by its author
        if person_like and m.titled and " " not in name and _ROLE_BY_HONORIFIC.search(text, max(0, m.start - 10), m.start):
            continue  # "the Mr Nasty of books", "a Mr Big": an honorific after an article makes a role, no one named
        if person_like and " " in name and text[max(0, m.start - 5):m.start] in ("born ", " née ", " nee ") \
                and (subject := next((o for o in reversed(out) if o.type == "PERSON" and " " in o.name), None)) is not None \
                and subject.name != name:
            m.name, m.type, m.named = subject.name, "PERSON", True  # "She was born Lilian Alicia Marks": a birth name
            out.append(m)
            continue
        if person_like and not m.titled and text[max(0, m.start - 4):m.start] in ("the ", "The ", " an ") \
                or person_like and text[max(0, m.start - 2):m.start] == "a " and not m.titled:
            if _NAMED_EVENT_AFTER.match(text, end):
                continue  # "the Gino Marinuzzi conducting competition", "a Tom Kettle memorial lecture": an event's name
        if n == 1 and text.startswith(" family", end) and not text.startswith(" family-", end) \
                and text[max(0, m.start - 4):m.start] in ("the ", "The ") \
                and len(surnamed.get(name, ())) == 1:
            # "a priest visited the McLaughlin family" beside "Danielle McLaughlin": a mention of the one person of the
            # story with that surname (not "the Conlon and Maguire families", whom no one named in full stands for)
            m.type, m.named = "PERSON", True
            out.append(m)
            continue
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
            if m.initial and n >= 3 and (first.lower() in _ORG_CUES_STRICT or first.lower() in _FIRM_ROLE_PLURALS):
                # "Bookmaker William Hill has placed...": the cue, then the name
                m.start, m.name, m.type, m.named, m.initial = m.start + len(first) + 1, name[len(first) + 1:], "ORG", True, False
            elif not m.titled and not m.royal and (
                    before in (_ORG_CUES_STRICT if first in firsts else _ORG_CUES)
                    or _employer_before(text, m.start, before_any) and not text.startswith(("'s ", "’s "), end)
                    # (not a person owning the group: "members of John Smith's family")
                    or first not in firsts and name not in in_office and (
                        before_any in _ORG_BEFORE_LAST and _org_before_search(text, m.start)
                        or out and out[-1].type == "PERSON" and " " in out[-1].name and text[out[-1].end:m.start] in (" of ", ", of "))):
                m.type, m.named = "ORG", True  # "Bookmaker William Hill", "analyst at Dresdner Kleinwort Wasserstein"
            elif not m.titled and not m.royal and (text.startswith(("-based ", "-owned "), max(0, m.start - 7))
                                                   or text.startswith((", which ", " which "), end)):
                m.type, m.named = "ORG", True  # "Hong Kong-based Hutchison Whampoa", "Bharti Televentures, which"
            elif not m.titled and not m.royal and text.startswith((", a", ", the"), end) and _PART_OF_BODY.match(text, end):
                m.type, m.named = "ORG", True  # "Ezzedin al-Qassam, the military wing of Hamas": a part of a named body
                # (nobody is a body's wing or arm, whatever a given name in the name says)
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
                    and not text[end + 1:end + 2].isupper() and not _PLACE_NOUN_AFTER.match(text, end) \
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
        if n == 1 and (typ == "PERSON" or typ == "ORG") and text.startswith(" administration", end) \
                or n == 1 and typ == "PERSON" and text.startswith((" government", " Government"), end):
            m.type, m.named = "PERSON", True  # "the Clinton administration"; "the Howard Government" (a given name too)
        if m.initial and n >= 3 and (m.type is None or m.type == "ORG"):
            first, rest = m.name.split(" ", 1)
            if rest in names_mid and first not in firsts and first.lower() not in _ROYAL and _wordfreq()(first.lower()) >= 4.0:
                m.start = m.start + len(first) + 1
                m.name, m.type, m.initial = rest, types[rest], False
        out.append(m)
    return out
_SUBTITLE = re.compile(r": ((?:[A-Z][\w'’-]*|of|the|and|to|from|in|a|an|at|for|on|with|by)(?: (?:[A-Z][\w'’-]*|of|the|and|"
                       r"to|from|in|a|an|at|for|on|with|by))*)")
_ABBREVIATION_BEFORE = re.compile(r"\b([A-Za-z]+)\.$")
_SUBTITLE_OPENERS = frozenset("The A An From No In On At Of To For My Our Beyond After Before Inside Through".split())
_SUBTITLE_LINKS = frozenset("of the and to from in a an at for on with by".split())


_DASH_SUBTITLE = re.compile(r" [-–] The [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2}(?:[.,;:!?)\"”’']|\n| [a-z]|$)")


_AND_THE_RUN = re.compile(r" and the ([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")
_AND_OF_RUN = re.compile(r" and (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* of (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)")


def _and_titles(mentions: list[_Mention], text: str) -> list[tuple[int, int]]:
    """Spans of titles "<Given name> <Surname> and (the) <Title-Case Phrase>": the phrase holds "of" ("... and the
    Order of the Phoenix") or the whole title is written more than once ("... and the Half-Blood Prince"); its first
    word is no title nor given name ("Prince Charles and the Duchess of Cornwall", "Justin Gatlin and Francis Obikwelu
    of Portugal"), none an organisation's head and
    it is no place ("... and the Bank of England", "... and the Isle of Man")."""
    spans = []
    titles, firsts = _titles(), _first_names()
    for m in mentions:
        if m.type not in (None, "PERSON") or m.titled or m.royal or " " not in m.name or not text.startswith(" and ", m.end) \
                or m.name.split(" ", 1)[0] not in firsts or text[m.start:m.end] != m.name:
            continue
        run = _AND_OF_RUN.match(text, m.end) or _AND_THE_RUN.match(text, m.end)
        if run is None:
            continue
        words = run.group(1).split()
        if words[0].lower() in titles or words[0].lower() in _ROYAL or words[0] in firsts \
                or any(w.lower() in _ORG_HEADS for w in words) \
                or _place(run.group(1)) or _place(" ".join(w for w in words if w not in ("of", "the"))):
            continue
        if " of " not in run.group(1) and text.count(text[m.start:run.end()]) < 2:
            continue  # ("Tom Kettle and the Brindle Rovers": a title only if written so twice)
        spans.append((m.start, run.end()))
    return spans


# Makers and their models. A product's name is its maker's name and a model's ("Chevrolet Avalanche", "Cadillac XLR
# coupes", "Sony PSP"): the maker is an organisation, the model is not annotated. Evidence that a capitalised run is
# maker + model: a count of them ("17,815 Buick Raniers, GMC Envoys and Isuzu Ascenders": companies are not counted),
# a product's plural noun after it ("Pontiac Grand Prix sedans"), one maker shared by a list of bare models ("the
# Chevrolet Avalanche, Express, Kodiak and Suburban"), or a model's code and a product's noun ("Sony PSP console").
_PRODUCT_PLURALS = ("coupes|sedans|saloons|estates|hatchbacks|convertibles|roadsters|pickups|pick-ups|vans|trucks|lorries|"
                    "cars|vehicles|models|motorbikes|motorcycles|scooters|tractors|jets|airliners|planes|helicopters|"
                    "phones|handsets|consoles|cameras|players|laptops|notebooks|computers|machines|devices|printers|tablets")
_MODEL_WORD = r"[A-Z][\w-]*"
_MODEL_ITEM = rf"{_MODEL_WORD}(?: {_MODEL_WORD}){{0,3}}(?: (?:{_PRODUCT_PLURALS}))?"
_MODEL_GAP = re.compile(r",? (?:and|or) |, ")
_MODEL_LEAD = re.compile(r"(?=[\dtia])(?:(?<![\w.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}) $|\b(?:the|its|their|an|a) $)")
_MODEL_LIST = re.compile(rf"(\d{{1,3}}(?:,\d{{3}})+|\d{{1,3}}|the|its|their|an|a) "
                         rf"({_MODEL_ITEM}(?:(?:, |,? and |,? or ){_MODEL_ITEM})*)(?![\w'’-])")
_ACRONYM_PLURAL = re.compile(r"[A-Z]{2,}s")  # "SUVs", "PCs": a common noun's plural
_CODE = re.compile(r"[A-Z]{2,4}|[A-Z]*\d[\w-]*|[A-Z][\w-]*\d[\w-]*|[A-Z]-[A-Z][a-z]+")  # "XLR", "PSP", "XC90", "N-Gage"


_INNER_CAPITAL = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")  # "GameBoy", "NetMD": a coined model's name
_ARTICLE_NEAR_BEFORE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)(?: [a-z0-9][\w-]*){0,2} $")
# A device's noun after a maker's one-word name, with up to three words between ("the Zenith remote control", "the Pez
# sweet dispenser", "the Breville pie maker"); not software (a browser or a game is named after itself).
_PRODUCT_PHRASE = re.compile(r" ((?:[a-z][a-z0-9-]* ){0,3})(?:camera|phone|handset|player|console|computer|laptop|"
                             r"machine|device|car|model|dispenser|recorder|watch|radio|television|tv|toy|gadget|"
                             r"organiser|calculator|printer|scanner|tablet|remote|control|maker|scrambler|opener|razor|"
                             r"kettle|toaster|vacuum|cleaner|fridge|cooker)s?\b(?![\w'’-])")


def _maker_word(word: str, *, strict: bool = False, limit: float = 4.0) -> bool:
    """A word that can be a maker's name before its model: no given name, no people's adjective; a rare word (below
    ``limit``) or initials (strict: no surname either)."""
    if word in _first_names() or _demonym_of(word) is not None or not word[1:2].isalpha():
        return False
    if word.isupper():
        return 2 <= len(word) <= 4
    return _wordfreq()(word.lower()) < limit and (not strict or word not in _last_names())


def _rare_model(word: str) -> bool:
    """A model's name: a code ("XLR"), or a rare word ("Savana", "Raniers" for the plural of a coined name)."""
    return _CODE.fullmatch(word) is not None or _wordfreq()(word.lower()) < 3.0 and word not in _first_names()


def _maker_models(mentions: list[_Mention], text: str) -> list[_Mention]:
    """Cuts maker + model runs to the maker (an ORG) and drops the models and model-only names ("SRX SUVs")."""
    cut: dict[int, str] = {}  # where a maker starts: its name
    dropped: list[tuple[int, int]] = []  # spans of models
    done = -1
    for m in mentions:  # (a list opens with a mention after a count or an article: only there is the list read)
        if m.start <= done or m.start < 2 or text[m.start - 1] != " " or not (
                (c := text[m.start - 2]).isdigit() or c in "esran") \
                or (lead := _MODEL_LEAD.search(text, max(0, m.start - 12), m.start)) is None \
                or (lm := _MODEL_LIST.match(text, lead.start())) is None:
            continue
        done = lm.end()
        count = lm.group(1)[0].isdigit()
        a = lm.start(2)
        items = []
        for piece in _MODEL_GAP.split(lm.group(2)):
            words = piece.split(" ")
            noun = words[-1] if words[-1][:1].islower() else ""
            caps = words[:-1] if noun else words
            items.append((a, a + len(piece), caps, noun))
            a += len(piece)
            if a < lm.end(2):
                a = _MODEL_GAP.match(text, a).end()
        first = items[0][2]
        if count and all(noun or _ACRONYM_PLURAL.fullmatch(caps[-1]) or caps[-1][-1] == "s" and len(caps) >= 2
                         and _rare_model(caps[-1]) for _, _, caps, noun in items):
            # a count of products: each item's first word is its maker, unless the item is all codes
            for s, e, caps, noun in items:
                if all(_CODE.fullmatch(w) or _ACRONYM_PLURAL.fullmatch(w) for w in caps):
                    dropped.append((s, e))  # "SRX SUVs": a model alone
                elif len(caps) >= 2 and _maker_word(caps[0]):
                    cut[s] = caps[0]
                    dropped.append((s + len(caps[0]) + 1, e))
        elif len(items) >= 2 and len(first) == 2 and not items[0][3] and all(len(c) == 1 and not n for _, _, c, n in items[1:]) \
                and (len(items) >= 3 or _rare_model(first[1])) and _maker_word(first[0], strict=True) \
                and first[1] not in _last_names():
            # one maker shared by a list of bare models: "the Chevrolet Avalanche, Express, Kodiak and Suburban"
            cut[items[0][0]] = first[0]
            dropped.append((items[0][0] + len(first[0]) + 1, lm.end(2)))
    for m in mentions:
        if " " in m.name and m.type != "NORP" and not m.titled and not m.royal and m.start not in cut:
            maker, model = m.name.split(" ", 1)
            if m.end != m.start + len(m.name) or " " in model:
                continue
            if (_CODE.fullmatch(model) and _PRODUCT_NOUN_AFTER.match(text, m.end)
                    or _INNER_CAPITAL.fullmatch(model) and (text[max(0, m.start - 4):m.start] in ("the ", "The ", " an ")
                                                            or text[max(0, m.start - 2):m.start] in ("a ", "A "))) \
                    and _maker_word(maker, limit=4.5):
                cut[m.start] = maker  # "Sony PSP console", "the Nintendo GameBoy": a maker, its model's code or coinage
                dropped.append((m.start + len(maker) + 1, m.end))
        elif " " not in m.name and m.type in ("ORG", None) and not m.named and text[m.end:m.end + 1] == " " \
                and (p := _PRODUCT_PHRASE.match(text, m.end)) and not _stopwords().intersection(p.group(1).split()) \
                and _ARTICLE_NEAR_BEFORE.search(text, max(0, m.start - 24), m.start) and _maker_word(m.name, limit=4.5):
            m.type, m.named = "ORG", True  # "the 1956 Zenith remote control", "the Pez sweet dispenser": the maker
    if not cut and not dropped:
        return [m for m in mentions if not _ACRONYM_PLURAL.fullmatch(m.name)]
    models = {text[s:e] for s, e in dropped if " " not in text[s:e] and _CODE.fullmatch(text[s:e])}
    out = []
    for m in mentions:
        if m.start in cut:
            maker = cut.pop(m.start)
            m.end, m.name, m.type, m.named, m.link = m.start + len(maker), maker, "ORG", True, ""
        elif any(s <= m.start < e for s, e in dropped) or m.name in models or _ACRONYM_PLURAL.fullmatch(m.name):
            continue  # a model ("Yukon", "PSP" after "Sony PSP"), or an acronym's plural ("SUVs")
        out.append(m)
    out.extend(_Mention(s, s + len(maker), maker, "ORG", named=True) for s, maker in cut.items())  # ("Pontiac Grand Prix")
    out.sort(key=_START)
    return out


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
        listed = text[max(0, m.start - 5):m.start] in (" and ", ", ") or before == ", "
        if not (m.start == 0 or before[-1:] in ("\n", '"', "“", "‘") or before in (". ", "- ", "! ", "? ") or listed):
            continue  # (or listed after "and" or a comma: "programme of El Greco and Raphael: From Urbino to Rome")
        if before == ". " and (w := _ABBREVIATION_BEFORE.search(text, max(0, m.start - 12), m.start - 1)) \
                and w.group(1).lower() in _titles():
            continue  # "Mrs. Hastert: ...": an abbreviated title, not a sentence's end
        sub = _SUBTITLE.match(text, m.end)
        if sub is None:
            continue
        words = sub.group(1).split()
        while words and words[-1] in _SUBTITLE_LINKS:
            words.pop()
        end = m.end + 2 + len(" ".join(words))
        if (m.start == 0 or before[-1:] == "\n") and text[end:end + 2] == ", " and text[end + 2:end + 3].islower():
            continue  # "Mashable: Unlike with Twitter, the founding story ...": an interview's speaker label opening a
            # line, then a sentence that goes on in lower case after its first words, no subtitle
        if len(words) >= 3 and words[0][:1].isupper() and (
                words[0] in _SUBTITLE_OPENERS or not listed and any(w in _SUBTITLE_LINKS and w != "and" for w in words[1:])):
            # (a link word other than "and": "Lyn Gibson and Wenling Chestnut" is two names, no title)
            spans.append((m.start, end))
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
    r"(?=[abcdfmnoprst])\b(?:(?:novel|book|film|movie|musical|album|single|song|sitcom|drama|opera|documentary|biography|memoir|"
    r"thriller|poem|painting|programme|series|comedy|screenplay|novella|soap|cartoon|blockbuster|biopic|sequel|prequel|"
    r"remake)s?,?|stars? of|starring in|starred in|roles? in|sequel to|nominated for) "
    r"((?:The |A |An )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*"
    r"(?: (?:of the|of|into|in|and the|from the|on the|under the|at the|to the) [A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+)")
_TITLE_LINK = re.compile(r" (?:of the|of|into|in|and the|from the|on the|under the|at the|to the) ")
# (the words every match of _LINKED_TITLE opens with: the pattern is tried only where one is written)
_LINKED_TITLE_OPENERS = ("novel", "book", "film", "movie", "musical", "album", "single", "song", "sitcom", "drama", "opera",
                         "documentary", "biography", "memoir", "thriller", "poem", "painting", "programme", "series",
                         "comedy", "screenplay", "soap", "cartoon", "blockbuster", "biopic", "sequel", "prequel", "remake",
                         "star", "role", "nominated")


def _linked_title_spans(text: str) -> list[tuple[int, int]]:
    """Spans of every occurrence of a title that a work's cue introduces and whose title-case words a lower-case link
    word joins ("the screenplay Flight into Danger", "star of Pirates of the Caribbean"); "in" joins only one word to a
    name that is no place and no "The ..." ("Shakespeare in Love", not "Hanks in The Terminal", "Mary Poppins in
    London")."""
    titles = set()
    for m in _matches_at_words(_LINKED_TITLE, text, _LINKED_TITLE_OPENERS):
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
_LEGAL_FORM_AFTER = re.compile(r" (?:Inc|Corp|Co|Ltd|Plc|PLC|LLC)(?![\w'’-])")
_PRODUCT_NOUN_AFTER = re.compile(r" (?:camera|phone|handset|player|console|computer|laptop|notebook|machine|device|car|"
                                 r"model|dispenser|recorder|watch|radio|television|tv|system|software|game|toy|gadget|"
                                 r"organiser|calculator|browser|printer|scanner|tablet|remote)s?\b")
# A lower-case noun for a piece of land after "the" and two words: a place's name ("the Mosh Khil area", "the Zarko
# Delan district"), no maker and its model
_PLACE_NOUN_AFTER = re.compile(r" (?:area|region|district|province|valley|village|township|mountains?|hills|river|"
                               r"desert|plains?|plateau|highlands|border|frontier)s?\b(?!['’-])")
_FAMILY_FIRST = (" and ", " fam", " bro", " sis", " twi", " cla", " dyn", " Two", " Thr", " Fou", " Fiv", " Six", " Sev",
                 " Eig", " Nin", " Ten")
_FAMILY_AFTER = re.compile(r"(?: and [A-Z][\w'’-]+)? (?:famil(?:y|ies)|brothers|sisters|twins|clan|dynasty)\b"
                           r"| (?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b")
_GROUP_NUMBERS = frozenset("Two Three Four Five Six Seven Eight Nine Ten".split())
# (a capitalised word or an acronym: "ex-Tory", "non-Opec", "non-US banks", "anti-EU parties")
_HYPHEN_CAP = re.compile(r"-([A-Z][a-z]+|[A-Z]{2,5})\b")
# A stance's prefix and a hyphen right before a name, and a noun for a side in a conflict or a government right after
# it ("anti-Taliban forces", "Anti-Taliban fighters", "a post-Taliban government", "the pro-Hamas militia")
_STANCE_PREFIX_BEFORE = re.compile(r"(?<![\w-])(?:[Aa]nti|[Pp]ro|[Pp]ost)-$")
_SIDE_NOUN_AFTER = re.compile(r" (?:forces|fighters|troops|alliance|coalition|militias?|rebels|guerrillas|government|"
                              r"administration|regime|leadership|movement|groups?|factions?|opposition|commanders?)\b")


def _named_by_stance(text: str, start: int, end: int, word: str) -> bool:
    """A rare capitalised word (*word*, text[start:end]) after "anti-", "pro-" or "post-" and before a noun for a side
    or a government, that is no given name nor surname: the name of a group ("anti-Taliban forces had captured", "a
    post-Taliban government"; GUIDELINES: "anti-Taliban" is a Taliban mention); not "anti-Trump marchers" (a person),
    "post-Brexit Britain", "anti-Semitic attacks" (no side's noun after)."""
    return _STANCE_PREFIX_BEFORE.search(text, max(0, start - 5), start) is not None \
        and _SIDE_NOUN_AFTER.match(text, end) is not None and word.isalpha() and word not in _first_names() \
        and word not in _last_names() and _wordfreq()(word.lower()) < 4.0
_PREFIXED = re.compile(r"(?:^|.*[^\w-])(?:ex|pro|anti|non|post|pre)-$", re.DOTALL)
_PREFIXED_CAPITAL = re.compile(r"(?:^|.*[^\w-])(?:Ex|Pro|Anti|Non|Post|Pre)-$", re.DOTALL)
_ROLE_BY_HONORIFIC = re.compile(r"\b(?:[Tt]he|a|[Aa]nother) (?:Mr|Mrs|Ms|Miss)\.? $")
# After a person's name: a common noun for a contest, prize or lecture named after them (one modifier may come between)
# An apposition that makes a name a part of another named body (", the military wing of Hamas", ", the mobile arm of
# France Telecom", ", a breakaway faction of the IRA"): bounded, a few lower-case words before the part's noun
_PART_OF_BODY = re.compile(r", (?:the|an?) (?:[a-z][a-z-]* ){0,2}(?:wing|arm|faction|offshoot) of (?:the )?[A-Z]")
_NAMED_EVENT_AFTER = re.compile(r"(?:['’]s)? (?:[a-z]+ )?(?:competition|contest|prize|award|trophy|scholarship|lecture|"
                                r"memorial|bursary|fellowship)s?\b")
_AWARD_AFTER = re.compile(r" (?:award|awards|prize|prizes|trophy|medal)\b")
_PLURAL_POSSESSIVE = re.compile(r"['’] ([A-Z][\w&-]*(?: [A-Z][\w&-]*)*)")


def _head_of_field(name: str) -> bool:
    """An organisation's name that holds a head word of bodies and "of" after it ("Chinese Academy of Sciences",
    "Institute of Directors"): a body's whole name, which a plural possessive after it owns with, not extends."""
    words = name.split()
    return any(words[k + 1] == "of" and w.lower() in _ORG_HEADS for k, w in enumerate(words[:-2]))


_WORK_CUE_BEFORE = re.compile(r"(?=\b[A-Za-z])(?:\b(?:role|roles) in (?:the )?"  # ("the role of Tom": a character)
                              r"|\b(?:starred|starring|appeared|premiere|sequel|remake|adaptation|version|"
                              r"screening|staging|revival|cast) (?:in|of) (?:the )?"
                              r"|\b(?:films?|plays?|books?|novels?|shows?|musicals?|albums?|hits?|games?|titles),? (?:such as|including|like) "
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
        if m.type == "GPE" and m.start >= 2 and text[m.start - 1] == " " and "a" <= text[m.start - 2] <= "z" \
                and _word_before(text, m.start, 16) in _WORK_NOUNS_NO_VERB \
                and not text.startswith(("'s", "’s"), m.end):
            works.add(id(m))  # "the film Notting Hill", "the musical Chicago": this mention is a title (the place
            continue  # elsewhere stays: "the musical Chicago ... in Chicago"; not "England play Wales")
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
    if _lists_things(text):
        by_pos = sorted(mentions, key=_START)
        listing = False
        for k, m in enumerate(by_pos):
            a = m.start
            if a >= 2 and text[a - 1] == " " and text[a - 2] in "segd" and text.endswith(_WORK_LIST_ENDS, 0, a) \
                    and _WORK_LIST_BEFORE.search(text, max(0, a - 32), a):
                listing = True
            elif not (listing and k and (text[by_pos[k - 1].end:a] in (", ", " and ", ", and ", "'s ", "’s ")
                                         # ("Knights of the Old Republic", "Schindler's List")
                                         or text[by_pos[k - 1].end:a] in _TITLE_LINKS)
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
    return text[a - 1] == " " and _lists_things(text) \
        and text[a - 2] in "segd" and text.endswith(_WORK_LIST_ENDS, 0, a) \
        and _WORK_LIST_BEFORE.search(text, max(0, a - 32), a) is not None
@lru_cache(maxsize=8)
def _lists_things(text: str) -> bool:
    """The text has a word that opens a list ("such as", "including", "like", "include"): looked for once per text."""
    return "such as" in text or "includ" in text or " like " in text


_TITLE_LINKS = frozenset((" of the ", " of ", " in the ", " on the ", " at the ", " for the ", " to the ", " from the "))
_WORK_LIST_ENDS = ("such as ", "including ", "like ", "include ", "includes ", "included ")  # (how every match of
# _WORK_LIST_BEFORE ends) ... or a work's plural as the subject of "include" ("whose films include Schindler's List,
# Michael Collins and ...", "her novels include"; not "roles", whose names are characters, nor "games" or "titles",
# whose lists in sport copy name clubs and events)
_WORK_LIST_BEFORE = re.compile(r"\b(?:(?:films|plays|books|novels|shows|musicals|albums|hits|movies|series|songs|titles|games),? "
                               r"(?:such as|including|like)|(?:films|plays|books|novels|musicals|albums|movies|songs|"
                               r"singles|credits|programmes|sitcoms|dramas|documentaries) (?:include|includes|included)) $")


# the work nouns that are no verbs nor adjectives ("England play Wales", "book Paris hotels")
_WORK_NOUNS_NO_VERB = frozenset("""film films movie movies musical musicals album sitcom drama opera documentary biopic
thriller comedy miniseries series programme soap cartoon blockbuster""".split())


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
_NOMINEE_PAIR = re.compile(r"(?=[A-Z, ])(?:(?:[A-Z][\w'’-]+ )+for (?:[A-Z][\w'’-]*(?: (?:of |the |and )?[A-Z0-9][\w'’-]*)*)(?:,| and) $"
                           r"|(?:,| and) (?:[A-Z][\w'’-]+ )+for [A-Z])")


def _split_fused_names(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A person-like run made of a name the document gives an organisation or a place elsewhere, then the surname of
    a person it names in full elsewhere, is the two ("At La Fenice Viotti was acclaimed", "In Gdansk Kowalski said"):
    a phrase opening the clause with no comma after it."""
    others = {m.name: m for m in mentions if m.type in ("ORG", "GPE") and not m.initial}
    untyped = Counter(m.name for m in mentions if m.type is None and not m.initial)
    if untyped:
        longer = [m.name for m in mentions if m.type == "ORG" and m.name.count(" ") >= 2]
        others.update({m.name: m for m in mentions if m.type is None and m.name not in others and (
            untyped[m.name] >= 2 or any(n.startswith(m.name + " ") for n in longer))})
    # (a name not yet typed, written alone twice mid-sentence or the start of an organisation's longer name: "La
    # Fenice" before the merge finds its theatre)
    if not others:
        return mentions
    surnames: dict[str, set] = defaultdict(set)  # surname -> the full names that end with it
    full = Counter()  # the full names of people, as written
    for m in mentions:
        if m.type == "PERSON" and " " in m.name:
            surnames[m.name.rsplit(" ", 1)[-1]].add(m.name)
            if text[m.start:m.end] == m.name:
                full[m.name] += 1
    if not surnames:
        return mentions
    out: list[_Mention] = []
    for m in mentions:
        if m.type in (None, "PERSON") and m.name.count(" ") >= 2 and not m.titled and not m.royal \
                and text[m.start:m.end] == m.name and (last := m.name.rsplit(" ", 1)[-1]) in others \
                and others[last].type == "GPE" and full[(head := m.name[:-len(last) - 1])] and full[m.name] == 1:
            # "More from Ann Lee Scotland voted to stay": a person the story names in full, then a place it names alone,
            # run together where a full stop was lost (a byline before the text)
            o = others[last]
            out.append(_Mention(m.start, m.start + len(head), head, "PERSON", named=True))
            out.append(_Mention(m.end - len(last), m.end, o.name, o.type, o.link, named=True))
            continue
        if m.type in (None, "PERSON") and " " in m.name and not m.titled and not m.royal \
                and text[m.start:m.end] == m.name and (last := m.name.rsplit(" ", 1)[-1]) in surnames \
                and (left := m.name[:-len(last) - 1]) in others and surnames[last] - {m.name}:
            o = others[left]
            out.append(_Mention(m.start, m.start + len(left), o.name, o.type, o.link, named=True))
            out.append(_Mention(m.end - len(last), m.end, last, "PERSON", named=True))
            continue
        out.append(m)
    return out


def _work_after(prev: _Mention, m: _Mention, text: str) -> bool:
    """A person's name right after a person's possessive or "<person> for" is the title of a work
    ("Susanna Clarke's Jonathan Strange", "Susan Fletcher for Eve Green"; not after a given name alone)."""
    if prev.type != "PERSON" or m.type not in (None, "PERSON"):
        return False
    if " " not in prev.name and prev.name in _first_names() and not prev.titled:
        return False  # "Chelsea's Frank Lampard": a given name alone is no author named for a work (a club, a place)
    gap = text[prev.end:m.start]
    if m.titled and gap[3:] in _WORK_TITLE_WORDS and gap[:3] in ("'s ", "’s "):
        return True  # "Puccini's Madame Butterfly", "Mozart's Don Giovanni": a form of address opens the work's title
    return gap in ("'s ", "’s ", " for ") and (gap == " for " or prev.end < len(text) and text[prev.end] in "'’")


# A form of address, then a space, opening a work's title after its author's possessive
# (not "Mr", "Dr", "Sir", "Lord": "Tony Blair's Mr Brown", "Thatcher's Lord Young" name a protégé)
_WORK_TITLE_WORDS = frozenset(w + " " for w in "Madame Madam Monsieur Mrs Miss Lady Dame Don Donna Doctor "
                              "Signor Signora Herr Frau Mademoiselle Uncle Aunt Saint St".split())


# Words around a name that say it is a product or a program, not its maker ("download Firefox",
# "Linux users", "Microsoft's Windows", "the Zafi virus").
_PRODUCT_BEFORE = re.compile(r"(?=\b[a-zU])(?:\b(?:use|uses|used|using|run|runs|running|install|installs|installed|installing|download|"
                             r"downloads|downloaded|downloading|upgrade to|version of|versions of|copies of|copy of|"
                             r"switch to|switched to|play|plays|playing|own|owns|[Uu]sers of|[Uu]ser of|bugs? in|flaws? in|"
                             r"vulnerability in|vulnerabilities in|glitch in) $)")
# (after a possessive only the nouns a product has, not what a maker or a party makes: "Labour's programme",
# "Sony's console" name their owner)
_PRODUCT_AFTER = re.compile(r"(?:['’]s (?:users?|flaws?|bugs?|versions?|updates?|patch(?:es)?|code|installations?|"
                            r"licen[cs]e)\b| (?:\d{1,3} )?(?:software|browser|browsers|program|programs|programme|operating system|"
                            r"users|user|flaws?|bugs?|versions?|update|updates|patch|patches|console|consoles|handheld|"
                            r"virus|viruses|worm|worms|trojan|machines?|desktops?|installations?|code|licence|license|chips?|processors?|"
                            r"technology|standard|handsets?|video|videos|tapes?|cassettes?|discs?|formats?)\b)"
                            # an apposition that says what the product is ("UMD, the disc format for the machine"); its
                            # comma is needed: "to send Congress a program designed to ..." is an object, no apposition
                            r"|, (?:the|a|an) (?:[a-z-]+ ){0,2}(?:format|standard|technology|console|device|handheld|"
                            r"software|program|programme|operating system|chip|processor)"
                            r"(?=[.,;:)]| (?:for|of|that|which|used|designed|developed|from|by)\b)")
# A noun for a machine or a program, then "known as", "called", "named", "dubbed" right before a name ("the Google
# machine, known as AlphaGo", "a chatbot called Tay", "an app named Yik"): the product's name
_PRODUCT_CALLED_BEFORE = re.compile(r"\b(?:machine|system|program|programme|software|computer|robot|app|device|"
                                    r"algorithm|chatbot|bot|tool|drone|rover|probe|supercomputer)s?,? "
                                    r"(?:(?:also |now |later )?known as|called|named|dubbed) $")
# A noun and "of" before a product's name, the noun the head of the phrase ("users of Excel", "copies of Windows")
_PRODUCT_OF_BEFORE = re.compile(r"\b(?:[Uu]sers?|[Vv]ersions?|[Cc]opies|[Cc]opy) of $")
_MAKER_POSSESSIVE = re.compile(r"([A-Z][\w&.-]*)['’]s $")
# Nouns for software written for a platform ("Android malware", "Android ransomware", "iOS apps"), which a maker's
# name takes too now and then ("Google apps"): a cue only when two mentions or more have one (not nouns for hardware,
# which name the maker: "Huawei phones", "Samsung devices")
_PLATFORM_AFTER = re.compile(r" (?:apps|malware|ransomware|spyware|adware)\b")


def _products(out: list["_Mention"], text: str, full_names) -> set:
    """One-word organisation names that the words around them show to be products (software, a
    console, a virus) and that nothing in the document shows acting as an organisation (an acronym
    needs the cue at half its mentions: "EU software patent law" is about the EU). In a sport report "play X" names
    an opponent, no game ("Arsenal play Everton on Sunday")."""
    by_name: dict[str, list[_Mention]] = defaultdict(list)
    firsts = _first_names()
    for m in out:
        if m.type == "ORG" and " " not in m.name and m.name not in full_names and not m.name.endswith(_DOMAINS) \
                or m.type == "PERSON" and " " in m.name and not m.titled and not m.royal and m.name.split(" ", 1)[0] not in firsts:
            by_name[m.name].append(m)  # (a two-word "person" with no first name: "Internet Explorer")
    orgs = {m.name for m in out if m.type == "ORG"}
    found = set()
    companies = _company_names()
    for name, ms in by_name.items():
        cue = platform = 0
        listed = name in companies[0] or name in companies[1] \
            or any(m.named and m.wordnet == "ORG" for m in ms)  # (a platform a frame named: "Twitter users", platforms.py)
        for m in ms:
            a, b = m.start, m.end
            before = text[a - 2:a] if a >= 2 else ""
            if before[-1:] == " " and ("a" <= before[:1] <= "z" and (pb := _PRODUCT_BEFORE.search(text, max(0, a - 16), a))
                                       and not (pb.group(0).startswith("play") and _sport_text(text))
                                       and text[b:b + 2] not in ("'s", "’s")  # ("playing Berry's song": its owner)
                                       or before[:1] == "s" and " " not in m.name and (maker := _MAKER_POSSESSIVE.search(text, max(0, a - 30), a))
                                       and maker.group(1) in orgs and maker.group(1) != name) \
                    or text[b:b + 1] in (" ", "'", "’", ",") and _PRODUCT_AFTER.match(text, b) and not listed \
                    or before in ("s ", "d ") and _PRODUCT_CALLED_BEFORE.search(text, max(0, a - 48), a):
                cue += 1  # (a listed company's own name before a product's noun is its maker: "the Google machine",
                # "Microsoft software", "Netflix users")
            elif text[b:b + 1] == " " and _PLATFORM_AFTER.match(text, b):
                platform += 1
        if platform >= 2 and not name.isupper():
            cue += platform
        if cue and (not name.isupper() or 2 * cue >= len(ms)) and not any(
                (_org_context(text, m.start, m.end) or _org_before(text, m.start))
                and not (text[m.end:m.end + 1] == " " and _PRODUCT_AFTER.match(text, m.end))
                and not (_PRODUCT_OF_BEFORE.search(text, max(0, m.start - 12), m.start)
                         and name not in _company_names()[0] and name not in _company_names()[1])
                for m in ms):
            found.add(name)  # (a cue before the name counts for nothing when a product's noun follows: "its rival DS
            # console"; nor a verb after it when a noun and "of" come before: "Users of Excel reported outages" is
            # said of the users)
    return found


# An award's title after a run of capitalised words ("BBC Sports Personality of the Year", "Whitbread Book of the Year",
# "Player of the Month"): the run is the award's, not a name of its own
_AWARD_TITLE_AFTER = re.compile(r" of the (?:Year|Month|Season|Decade|Century|Tournament|Match)\b")


# A craft's name after the noun for its kind ("the shuttle Endeavour", "the oil tanker Prestige", "the yacht Black
# Magic", "Space Shuttle Atlantis"): a vessel, not annotated, in that mention and wherever the story names it alone
_CRAFT_BEFORE = re.compile(r"\b(?:[Ss]pace [Ss]huttle|[Ss]huttle|yacht|tanker|ferry|liner|freighter|frigate|destroyer|"
                           r"submarine|warship|cruiser|trawler|schooner|spacecraft|lander|boat|maxi|supermaxi|catamaran|"
                           r"trimaran|sloop|ketch|ocean racers?)(?: [\"“]?|, [\"“]?(?=[A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|\d+))?[\"”]?,))"
                           r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|\d+))?)")
# (after a comma only an apposition closed by a comma: "Another Victorian boat, Tevake, claimed"; not "the boat, Navy
# officials said")
# ... or before the words for its crew, in a race report ("San Miguel, skippered by Gary Clapham", "Kontrol skipper
# Peter Blake" in a text about a yacht race)
_CRAFT_CREWED = re.compile(r"([A-Z][\w'’-]*(?: (?:[A-Z][\w'’-]*|\d+))?)[\"”]?,? (?:skippered|crewed|helmed|sailed) by\b")
_CRAFT_SKIPPER = re.compile(r"([A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) skipper [A-Z]")
# ... or after a navy's or a registry's prefix ("HMS Prince of Wales", "USS Gerald R. Ford", "HMAS Sydney", "RRS Sir
# David Attenborough", "RMS Titanic"): the ship's whole name, whatever person or place it is named after
_CRAFT_PREFIX = re.compile(r"\b(?:HMS|HMAS|HMCS|HMNZS|USS|USNS|RRS|RMS) ([A-Z][\w'’.-]*(?: (?:(?:of|the|de) )?(?:[A-Z][\w'’.-]*|\d+)){0,3})")
_CRAFT_PREFIXES = ("HMS ", "HMAS ", "HMCS ", "HMNZS ", "USS ", "USNS ", "RRS ", "RMS ")


def _craft_names(found: list["_Mention"], text: str) -> list["_Mention"]:
    """Drops the mentions of vessels and spacecraft the text names after a noun for their kind (_CRAFT_BEFORE): the
    name alone ("aboard Endeavour", "the Endeavour crew") is the craft too, even one named like a place ("the shuttle
    Columbia"); a people's word after the noun is no name ("the tanker British Pride" aside: "a ferry Dutch police
    boarded" is the people)."""
    names = set()
    spans = []
    if any(w in text for w in _CRAFT_PREFIXES):
        for hit in _CRAFT_PREFIX.finditer(text):
            spans.append(hit.span())
            if not _place(hit.group(1)):  # ("HMAS Sydney": the city's other mentions stay)
                names.add(hit.group(1).rstrip("."))
    hits = list(_CRAFT_BEFORE.finditer(text)) + list(_CRAFT_CREWED.finditer(text))
    if "yacht" in text:
        hits += list(_CRAFT_SKIPPER.finditer(text))
    for hit in hits:
        name = hit.group(1)
        if _demonym_of(name.split()[0]) or name.split()[0].lower() in _stopwords():
            continue
        if hit.group().startswith("boat ") and _place(name):
            continue  # ("a boat Darwin police boarded": the place, after a plain "boat"; "the boat, Tevake," is named)
        names.add(name)
        if " " in name and name.rsplit(" ", 1)[1].isdigit():
            names.add(name.rsplit(" ", 1)[0])  # "Steinlager 2" ... "Steinlager"
    found = _outside(found, spans, whole=True)
    if not names:
        return found
    return [m for m in found if not (m.type in ("ORG", "PERSON", None, "GPE")
                                     and (m.name in names or text[m.start:m.end] in names)
                                     or m.type in ("ORG", None) and any(m.name.endswith(" " + n) for n in names))]


# What follows "the <town>" when the words name a thing called after the town (a ship, a hotel, a theatre): the end of a
# clause (not a comma before the town's state or country: "the Jackson, Mississippi, schools"), a possessive, a verb or
# a relative word ("The Tampa, carrying 433 asylum seekers, was refused entry", "the Kursk sank", "the Tampa's
# captain"); not a preposition, "and" before another name or a noun the town's name modifies ("the Sydney of the
# 1950s", "the Yanbu and Jubail refineries", "the Tampa crisis")
_THING_AFTER_TOWN = re.compile(r"['’]s\b|,(?! [A-Z])|[.;:!?)\]\"”]|\s+(?:was|is|were|are|has|had|have|will|would|could|can|"
                               r"did|does|sank|sailed|docked|arrived|carried|carrying|which|that|who)\b|\s+(?:and|or) [a-z]|"
                               r"\s*$")


def _towns_named_as_things(found: list["_Mention"], text: str) -> list["_Mention"]:
    """Drops every mention of a one-word town (a place of the city gazetteer linked to its country; no country, state
    or other seat, no name that takes "The" itself: "The Hague") that the text once writes after "the" with nothing
    after it that the name modifies (_THING_AFTER_TOWN): a ship, a hotel or a theatre named after the town ("The Tampa,
    carrying 433 asylum seekers, was refused entry", "the Kursk sank"), no mention of the town."""
    things = set()
    seats = None
    for m in found:
        if m.type == "GPE" and m.link and " " not in m.name and text[m.start:m.end] == m.name \
                and m.name not in things and text[max(0, m.start - 4):m.start] in ("the ", "The ") \
                and _THING_AFTER_TOWN.match(text, m.end) is not None:
            seats = _seats() if seats is None else seats
            if m.name not in seats and _country_of(m.name) is None and f"River {m.name}" not in text \
                    and f"{m.name} River" not in text and f"river {m.name}" not in text:
                things.add(m.name)  # (not a river the text names so: "the River Severn ... the Severn was high")
    if not things:
        return found
    return [m for m in found if not (m.type == "GPE" and m.name in things)]


def _award_titles(found: list["_Mention"], text: str) -> list["_Mention"]:
    """Drops the mentions that a run of an award's title holds: those between its first capital (back over capitalised
    words and spaces) and " of the Year"."""
    cuts = []
    for hit in _AWARD_TITLE_AFTER.finditer(text):
        a = hit.start()
        while a > 0:
            w = text.rfind(" ", 0, a)
            word = text[w + 1:a]
            if not word[:1].isupper() or not word.replace("'", "").replace("-", "").isalnum():
                break
            a = w if w >= 0 else 0
            if w < 0:
                break
        cuts.append((a, hit.start()))
    return _outside(found, cuts, whole=True)  # (one binary search per mention, not a look at each cut)


# A decoration named "Cross" after "the" and one to three capitalised words ("awarded the Victoria Cross", "the George
# Cross", "won the Military Cross", "the Distinguished Flying Cross"): an award, not annotated, no person whose given
# name and surname the words look like (not "the Red Cross", "the British Red Cross": the aid organisation)
_DECORATION = re.compile(r"\b[Tt]he (?!(?:[A-Z][a-z]+ )*Red Cross)((?:[A-Z][a-z]+ ){1,3}Cross)\b(?!['’-])")


def _decorations(found: list["_Mention"], text: str) -> list["_Mention"]:
    """Drops the people and the untyped runs inside a decoration's name (_DECORATION)."""
    spans = [h.span(1) for h in _DECORATION.finditer(text)]
    if not spans:
        return found
    # (one binary search per mention through _outside, not a look at each span: thousands on a hostile text)
    kept = {id(m) for m in _outside([m for m in found if m.type in ("PERSON", None)], spans, whole=True)}
    return [m for m in found if m.type not in ("PERSON", None) or id(m) in kept]


# A league named as the competition a team plays, wins or leaves, in a report of sport ("finished second in the Premier
# League", "won the Champions League", "knocked out of the Europa League", "qualified for the Nations League"): an event,
# not annotated (GUIDELINES: competitions), unless one mention shows the league acting as a body ("the Premier League
# said", "Premier League chief executive"); "the Arab League" in a report of politics is no sport text
_COMPETITION_BEFORE = re.compile(r"\b(?:won|win|wins|winning|lift|lifts|lifted|retain|retains|retained|clinch|clinched|"
                                 r"claim|claimed|in|of|from|into|for|to|top of|bottom of|out of) the $")


# A sport or a part of a season after a league's name: the competition ("Premier League football", "the Super League
# season", "a Champions League match", "the Premier League title", "made Champions League history", "the 2005 Champions
# League final")
_COMPETITION_AFTER = re.compile(r" (?:football|rugby|cricket|basketball|hockey|season|seasons|title|fixtures?|matches|match|"
                                r"games?|campaign|table|leaders|champions|history|finals?|semi-finals?|quarter-finals?|"
                                r"ties?|draw|trophy|winners|holders|knockout|qualifiers?|qualification|places|spots?|"
                                r"stages?|debut|glory)\b(?!['’-])")


# Words before "League" that name a competition whatever the text's other words ("the Premier League", "the
# Champions League", "the Europa League", "the Nations League", "the Super League")
_COMPETITION_LEAGUE_WORDS = frozenset("Premier Champions Europa Conference Nations Super".split())


def _competitions(found: list["_Mention"], text: str) -> list["_Mention"]:
    """Drops the organisations of two words or more ending in "League" that one mention names as a competition
    (_COMPETITION_BEFORE) and none shows acting (_ORG_AFTER), in a report of sport (or, outside one, named by
    _COMPETITION_LEAGUE_WORDS)."""
    leagues = {m.name for m in found if m.type in ("ORG", None) and m.name.endswith(" League") and not m.name.isupper()
               and (_COMPETITION_BEFORE.search(text, max(0, m.start - 16), m.start) or _COMPETITION_AFTER.match(text, m.end))}
    if leagues and not _sport_text(text):
        leagues = {n for n in leagues if n.rsplit(" ", 2)[-2] in _COMPETITION_LEAGUE_WORDS}
    if not leagues:
        return found
    leagues -= {m.name for m in found if m.name in leagues and _ORG_AFTER.match(text, m.end)}
    return [m for m in found if not (m.type in ("ORG", None) and m.name in leagues)] if leagues else found


# The last word of a meeting's name in sport copy ("the Norwich Union International", "Leipzig International", "the
# Norwich Union European Indoor"): an event, named by a sponsor or a city, not an organisation -- after "at the", "won
# the", "in next month's" in a report of races
_MEET_TAILS = (" International", " Indoor", " Indoors", " Invitational")
_MEET_BEFORE = re.compile(r"\b(?:at|in|to|won|wins|win|winning|for) (?:the|[A-Z]?[a-z]+ ?[a-z]*['’]s) $")
_RACE_TEXT = re.compile(r"\b(?:athletics|athletes?|sprint(?:er|ers|s)?|hurdles|marathon|races?|medal(?:s|list)?|"
                        r"\d{2,5}m|relay|cross-country|tournament|seeded|title)\b")


def _sport_meets(found: list["_Mention"], text: str) -> list["_Mention"]:
    """Drops the organisations of two words or more ending in a meeting's last word after "at the" (and the like) in a
    report of races (unless an acronym or a cue showed them acting: named)."""
    hits = [m for m in found if m.type in ("ORG", "PERSON", None) and m.name.endswith(_MEET_TAILS) and " " in m.name
            and not m.named and not m.name.isupper() and _MEET_BEFORE.search(text, max(0, m.start - 24), m.start)]
    if not hits or not _RACE_TEXT.search(text):
        return found
    drop = {id(m) for m in hits}
    return [m for m in found if id(m) not in drop]


# A stage race or a tour named by the land it crosses ("the Tour of Britain", "the Tour of Flanders"): an event, whose
# place is no mention (as "Athens Olympics")
_TOUR_OF = re.compile(r"\bTour of (?:the )?([A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2})")


# A head of state's yearly speech named "<Word> of (the) <Word>" before "address" or "speech" ("the State of the Nation
# address", "his State of the Union speech", a headline's "State of Nation address"): an event's title, not annotated;
# its words are no body's names ("State", "Nation", "Union")
_ADDRESS_TITLE = re.compile(r"\b(State of (?:the )?(?:Nation|Union|Republic|State|Province|City))(?:['’]s)? (?:address|addresses|"
                            r"speech|speeches|message|debate)\b")


def _address_titles(found: list["_Mention"], text: str) -> list["_Mention"]:
    """Drops the mentions inside a yearly speech's title before "address" or "speech" (_ADDRESS_TITLE)."""
    spans = [h.span(1) for h in _ADDRESS_TITLE.finditer(text)]
    if not spans:
        return found
    return _outside(found, spans, whole=True)


def _tours(found: list["_Mention"], text: str) -> list["_Mention"]:
    """Drops the mentions inside the place of a "Tour of <Place>"."""
    spans = [h.span(1) for h in _TOUR_OF.finditer(text)]
    if not spans:
        return found
    return _outside(found, spans, whole=True)


# A work's noun, then its title in quotation marks ('TIME's video "Oil Spill Anxiety on the Bayou."', 'the documentary
# "Harbour Gas Blues"'): the title, a work (not annotated), whatever words of a name it holds
_WORK_NOUNS_BEFORE_MARKS = ("video", "videos", "film", "movie", "documentary", "book", "novel", "song", "album", "single",
                            "show", "series", "podcast", "episode", "essay", "article", "column", "play", "musical", "poem",
                            "programme", "program")
# (group 1 is what r'\b(?:video|...|program) ["“]([A-Z][^"“”\n]{0,100}?)["”]' finds, the noun tested behind the opening
# mark: a pattern that opens with the marks is tried only at them, one that opens with a word boundary everywhere)
_TITLE_IN_MARKS = re.compile(r"[\"“](?:" + "|".join(rf"(?<=\b{noun} [\"“])" for noun in _WORK_NOUNS_BEFORE_MARKS)
                             + r")([A-Z][^\"“”\n]{0,100}?)[\"”]")


def _titles_in_marks(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops the mentions inside a work's title in quotation marks: right after the work's noun (_TITLE_IN_MARKS), or
    a title-case phrase that a work's cue, a list or another quoting of it marks as a title (_quoted_title_spans)."""
    spans = [h.span(1) for h in _matches_at_chars(_TITLE_IN_MARKS, text, '"“')] \
        if ' "' in text or " “" in text else []  # (_TITLE_IN_MARKS.finditer: it opens with a mark)
    spans += _quoted_title_spans(text)
    if not spans:
        return found
    return _outside(found, spans, whole=True)


# Titles of works in quotation marks, as US and web copy writes them ('South Korean thriller "Parasite"', '"Parasite"
# director Bong Joon Ho', 'his role in "Once Upon A Time in Hollywood,"', 'NBC's "Meet the Press"'): a title-case
# phrase in double marks (or curly single ones), the writer's comma or full stop inside the marks, that a work's cue
# marks as a title; the names inside it are no mentions ("Hollywood", "Irishman", "Judy") and it is no quotation.
# (in single curly marks an apostrophe before a letter is no closing mark: "‘Schindler’s List’"; written to open with
# the mark, so that the engine looks only at marks, the character before it tested behind)
_QUOTED_PHRASE = re.compile(r"[\"“‘'](?<![\w\"“”‘’'].)(?=[A-Z0-9])(?:(?<=“)([A-Z0-9][^\"“”\n]{0,100}?)”"
                            r"|(?<=\")([A-Z0-9][^\"“”\n]{0,100}?)\"|(?<=‘)([A-Z0-9](?:[^\"“”‘’\n]|’(?=\w)){0,100}?)’"
                            r"|(?<=')([A-Z0-9][^\"“”'\n]{0,100}?)')(?![\w'’])")
_QUOTE_MARKS = "\"“‘'"  # (how every match of _QUOTED_PHRASE opens: it is tried at them alone)
# a word that says a title follows, whatever its commas ('a report entitled "India: New Economy, Old Economy"', 'a
# documentary called 'No More Mr Nasty'')
_TITLED_BEFORE = re.compile(r"(?:\b(?:titled|entitled)|(?:" + "|".join(_WORK_NOUNS_BEFORE_MARKS) + r"|report|exhibition|"
                            r"campaign) (?:called|named)),? $")
_TITLE_SMALL_WORDS = frozenset("of the a an and in on for to at with or by from into nor but vs upon".split())
_TITLE_WORD_SPLIT = re.compile(r"[\s:]+")
# the nouns of a work right before its title's opening mark ("the drama", "Hollywood movies", "novel adaptation")
_TITLE_NOUNS = frozenset(("""novel book film movie musical play album single song sitcom drama opera documentary
biography memoir thriller poem painting programme program serie series comedy comedie screenplay novella soap cartoon
blockbuster biopic sequel prequel remake satire video podcast episode essay article column show game miniseries
adaptation franchise anthem ballad track hit bestseller best-seller"""
                       ).split())
# a phrase naming a work's part in a career right before the opening mark ("his role in", "star of", "nominated for")
# (one lower-case word may come between: "a role in the upcoming"; a song's or a record's verb: "sang", "a recording
# of")
_TITLE_CUE_BEFORE = re.compile(r"\b(?:(?:co-)?(?:stars?|directors?|creators?|authors?|writers?|producers?|cast|makers?) of"
                               r"|(?:recording|version|rendition|cover) of"
                               r"|(?:starring|starred|stars|appeared|appears|roles?|part|turn|performance|cameo) in"
                               r"|(?:nominated|nominations?|nods?|Oscars?|Emmys?|Baftas?|awards?|prizes?|won|wins) for"
                               r"(?: his| her| their)?"
                               r"|(?:co-)?(?:starring|directed|written|produced|released|sang|sings|sung|singing|"
                               r"performed|performing|recorded|covered))(?: (?:the|a|an|his|her|their)(?: [a-z][a-z-]*)?)? $")
# an apposition that says what the quoted title is ('"Harbour Lights," the South African thriller about ...', '"Cold
# Harbour" - the Danish drama set in ...'): a work's noun heads it (not '"Absolutely," the film director said')
_TITLE_APPOSITION = re.compile(r",? (?:[-–—] )?(?:the|a|an|his|her|their|[A-Z][\w'’-]*['’]s)(?: [\w'’-]+){0,4}? "
                               r"(?:novel|book|film|movie|drama|play|musical|album|single|song|story|tale|comedy|thriller|"
                               r"documentary|biopic|sitcom|satire|opera|series|show|programme|memoir|biography)"
                               r"(?= (?:about|by|starring|set|based|directed|written|which|that|from|of)\b|[,.;:)]| [-–—]|$)")
# a person of a work named right after its title (no comma inside the marks: '"Never Again," director Ann Lee said'
# quotes her words)
_TITLE_ROLE_AFTER = re.compile(r" (?:co-)?(?:directors?|stars?|actress(?:es)?|actors?|creators?|authors?|writers?|"
                               r"producers?|cast|screenwriters?|showrunners?|composers?|premiere|sequel|trailer|"
                               r"soundtrack)\b(?!['’-])")
_OWNER_BEFORE = re.compile(r"\b([A-Z][\w&.-]*)['’]s $")
# a reporting clause right after the closing mark ('"Yes," said Ann Lee', '"Yes," Tom Hale told reporters', '..., she
# added')
_SAID_AFTER = re.compile(r"(?:,? (?:[A-Z][\w'’.-]*|he|she|they|we|I|it|(?:the|a|an|his|her|their)(?: [\w'’-]+){1,3})"
                         r"(?: [A-Z][\w'’.-]*){0,3})?,? (?:said|says|"
                         r"told|tells|added|adds|asked|asks|replied|replies|explained|insisted|recalled|quipped|joked|"
                         r"laughed|shouted|wrote|writes|noted|continued|conceded|admitted|agreed|warned|declared)\b")
_LIST_GAP = re.compile(r"(?:,? (?:and|or|&|as well as) |, | )")


def _title_core(body: str, commas: bool = False) -> str | None:
    """The title a quoted body holds (the writer's comma or full stop inside the marks cut off), or None when the
    body is no title: every word capitalised, a number or a small link word, ten words at most (twelve and commas
    inside when *commas*: after "entitled")."""
    core = body[:-1] if body[-1:] in ",." else body
    if not core or core[-1:] in ",.;:" or ". " in core or ", " in core and not commas or len(core) > 100:
        return None
    words = [w for w in _TITLE_WORD_SPLIT.split(core.replace(",", " ") if commas else core) if w]
    if not words or len(words) > (12 if commas else 10):
        return None
    for w in words:
        c = w[0]
        if not (c.isupper() or c.isdigit() or w in _TITLE_SMALL_WORDS or c in "&-'’("):
            return None
    return core


def _title_key(core: str) -> str:
    """A title compared across its forms: case folded, a leading article dropped ("The Irishman", headline "IRISHMAN")."""
    key = core.casefold()
    for article in ("the ", "a ", "an "):
        if key.startswith(article) and len(key) > len(article):
            return key[len(article):]
    return key


def _title_cued(text: str, start: int, end: int, core: str, body: str) -> bool:
    """A work's cue at the quoted phrase text[start:end] (the marks included): a work's noun or a career's phrase
    right before it, an organisation's or an author's possessive, or a work's person right after it."""
    before = text[max(0, start - 40):start]
    if before.endswith(" "):
        word = before[:-1].rsplit(None, 1)[-1] if before[:-1].strip() else ""
        if word.endswith(","):  # 'his new book, "The Road to Kabul," is out': an apposition closed by its comma
            word = word[:-1] if body[-1:] == "," and _SAID_AFTER.match(text, end) is None else ""
        low = word.lower()
        if low in _TITLE_NOUNS or low.endswith("s") and (low[:-1] in _TITLE_NOUNS or low[:-3] + "y" in _TITLE_NOUNS
                                                          and low.endswith("ies")):
            return True
        owner = _OWNER_BEFORE.search(before)
        if owner is not None and owner.group(1).isupper() and core not in _PARTIES:
            return True  # 'NBC's "Meet the Press"', 'HBO's "The Wire"': a broadcaster's or a maker's work
    if any(w.lower() in _ORG_HEADS for w in core.split()) or core in _PARTIES:
        return False  # (a body's name in marks: 'star of "Manchester United"', 'Hale's "Brindle Group"')
    if before.endswith(" ") and (_TITLE_CUE_BEFORE.search(before) is not None
                                 or (owner := _OWNER_BEFORE.search(before)) is not None
                                 and _place(owner.group(1)) is None and _demonym_of(owner.group(1)) is None
                                 and owner.group(1).lower() not in _stopwords()):  # (not "It's", "That's")
        return True  # 'his role in "Goodbye Berlin"', 'Scorsese's "The Irishman"' (not 'Britain's "Iron Lady"')
    if before.endswith(("-winning ", "-nominated ")):
        return True  # 'the Oscar-winning "Brindle Bay"'
    if body[-1:] != "." and text[end:end + 1] in (",", " ") and _TITLE_APPOSITION.match(text, end) is not None:
        return True
    return body == core and _TITLE_ROLE_AFTER.match(text, end) is not None


@lru_cache(maxsize=8)
def _quoted_title_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Spans (inside the marks) of the titles of works that the text writes in quotation marks: each quoted
    title-case phrase with a work's cue (_title_cued), every other quoted phrase of the same title, and every phrase
    quoted in one list with a title ('"Joker," "Marriage Story," and "Little Women."')."""
    found = []  # (start, end, body start, body end, key, cued)
    for m in _matches_at_chars(_QUOTED_PHRASE, text, _QUOTE_MARKS):  # (_QUOTED_PHRASE.finditer)
        g = m.lastindex or 1
        body = m.group(g)
        core = _title_core(body)
        if core is None:
            if ", " in body and _TITLED_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None \
                    and _title_core(body, commas=True) is not None:
                found.append([m.start(), m.end(), m.start(g), m.end(g), _title_key(body), True])
            continue
        titled = _TITLED_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
        found.append([m.start(), m.end(), m.start(g), m.end(g), _title_key(core),
                      titled or _title_cued(text, m.start(), m.end(), core, body)])
    if not found or not any(f[5] for f in found):
        return ()
    # titles spread along lists and to the same title quoted elsewhere: the phrases joined so (union-find), a group
    # holding a cued phrase is all titles; a phrase a reporting clause follows is speech whatever else the text calls
    # so ('"Yes," said Ann Lee') and joins no group unless cued itself
    group = list(range(len(found)))

    def root(k: int) -> int:
        while group[k] != k:
            group[k] = group[group[k]]
            k = group[k]
        return k

    joins = [f[5] or _SAID_AFTER.match(text, f[1]) is None for f in found]
    first_of_key: dict[str, int] = {}
    for k, f in enumerate(found):
        if not joins[k]:
            continue
        if k and joins[k - 1] and _LIST_GAP.fullmatch(text, found[k - 1][1], f[0]) is not None:
            group[root(k)] = root(k - 1)
        if (j := first_of_key.setdefault(f[4], k)) != k:
            group[root(k)] = root(j)
    cued = {root(k) for k, f in enumerate(found) if f[5]}
    for k, f in enumerate(found):
        if joins[k] and root(k) in cued:
            f[5] = True
    return tuple((f[2], f[3]) for f in found if f[5])


# A science story's citation of a paper ("More information: Ann Lee et al. Tar-backed tools from the Dutch North Sea,
# Proceedings of the National Academy of Sciences (2019). DOI: ..."): the paper's title runs from "et al." to the
# comma before the journal's name and the year in brackets; the names in a title are no mentions (the journal is)
_CITED_TITLE = re.compile(r"\bet al\.,? ([A-Z0-9][^\n]{8,400}?), [A-Z][^\n,()]{1,120}? \((?:19|20)\d\d\)")


def _cited_titles(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops the mentions inside the titles of the papers a text cites (_CITED_TITLE)."""
    spans = [h.span(1) for h in _CITED_TITLE.finditer(text)]
    if not spans:
        return found
    return _outside(found, spans, whole=True)


# A painting's title: a capitalised "Portrait of" (a running text writes "a portrait of") and the title-case words
# after it ("Reynolds' Portrait of Omai", "Self-Portrait of Ann Lee", "Portrait of a Lady"): the names in it are no
# mentions
_PORTRAIT_TITLE = re.compile(r"\bPortrait of (?:the |a |an |[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)+")


def _painting_titles(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops the mentions inside a painting's "Portrait of ..." title (_PORTRAIT_TITLE)."""
    spans = [h.span() for h in _PORTRAIT_TITLE.finditer(text)]
    if not spans:
        return found
    return _outside(found, spans, whole=True)


def _titled_demonyms(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a people's word that a capitalised "The" opens inside a sentence, with nothing capitalised after it: a
    title ("his performance in The Irishman", "Scorsese's The Irishman", "she read The Italian"), or a paper ("told
    The Australian"); a people's word is no mention there (not "The American won", which opens its sentence, nor
    "The Australian Government")."""
    drop = {id(m) for m in found if m.type == "NORP" and _titled_demonym_at(m, text)}
    return [m for m in found if id(m) not in drop] if drop else found


def _titled_demonym_at(m: _Mention, text: str) -> bool:
    """*m* is a people's word right after "The " that follows a lower-case letter (mid-sentence), no capitalised
    word after it."""
    a = m.start
    if m.type != "NORP" or a < 6 or text[a - 5:a] != " The " or not "a" <= text[a - 6] <= "z":
        return False
    nxt = text[m.end:m.end + 2]
    return not (nxt[:1] == " " and nxt[1:2].isupper() or nxt[:1].isalpha())
