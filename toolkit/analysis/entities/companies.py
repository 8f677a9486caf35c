"""Well-known companies named bare ("streams Netflix", "at Home Depot", "Motorola and Cisco"): a gazetteer of the
short names of the 1,800-odd companies of twenty stock indices (``pytickersymbols``: "Netflix, Inc.", "The Home Depot",
"Motorola Solutions", "Verizon Communications"), legal forms and a trade's tail stripped, with the one-word
organisations of TextBlob's entity list ("Google", "Facebook"), built once and kept on disk (``toolkit.text.diskcache``).

Precision first: a short name that is also an ordinary English word ("Apple", "Target", "Shell", "Gap", "Block",
"Visa": the lower-case word in TextBlob's Brill lexicon or spelling list), a given name or a surname ("Ford",
"Douglas", "Gates"), a place or a people ("Gibraltar", "Hartford") is never taken on the gazetteer's word alone.

Input: a name as the chunker wrote it. Output: ``_bare_company(name)``, whether the name alone is a company's.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from pathlib import Path
from urllib.parse import unquote

from ...text.diskcache import stored
from .wordlists import _LEGAL_FORMS, _ORG_HEADS, _PRODUCT_ACRONYMS, _TRADE_TAILS
from .gazetteers import _file_extensions, _first_names, _last_names, _need, _plural_noun_end, _stopwords, _wordfreq
from .geography import _demonym_of, _place, warm_up as _warm_up_places
from .spans import _outside

# A company's legal form, or its listing's word for a holding, after its name ("Netflix, Inc.", "Aegon N.V.",
# "Booking Holdings", "Elior Group", "Carnival Corporation & plc")
_LEGAL_TAIL = re.compile(r"(?:,? (?:Inc\.?|Incorporated|Corporation|Corp\.?|Company|Companies|Co\.?|plc|PLC|Plc|N\.V\.|NV|"
                         r"SE|AG|S\.A\.|SA|S\.p\.A\.|SpA|Ltd\.?|Limited|LLC|L\.P\.|LP|ASA|AB|A/S|Oyj|Holdings?|Group|"
                         r"KGaA|SCA|Trust|&))+$")
# A trade's word that news drops after a well-known company's own name ("Motorola Solutions", "Verizon
# Communications", "Akamai Technologies", "Hilton Worldwide"): both forms are kept
_TRADE_TAIL_WORDS = ("Solutions", "Technologies", "Technology", "Systems", "Communications", "Networks", "Industries",
                     "International", "Enterprises", "Brands", "Entertainment", "Platforms", "Worldwide", "Global", "Motor",
                     "Motors")
_TRADE_TAIL = re.compile(r" (?:" + "|".join(_TRADE_TAIL_WORDS) + r")$")
_SMALL_WORDS = frozenset(("&", "and", "of", "de", "the"))


def _short_names(name: str) -> set[str]:
    """The names news gives a listed company: its listed name less the legal form, "The" and a bracket, with and
    without a trade's tail.

    >>> sorted(_short_names("The Walt Disney Company"))
    ['Walt Disney']
    >>> sorted(_short_names("Motorola Solutions, Inc."))
    ['Motorola', 'Motorola Solutions']
    """
    name = re.sub(r"\s*\(.*\)$", "", name).strip()
    prev = None
    while prev != name:
        prev, name = name, _LEGAL_TAIL.sub("", name).strip()
    if name.startswith("The "):
        name = name[4:]
    out = {name} if name else set()
    short = _TRADE_TAIL.sub("", name)
    if short and short != name:
        out.add(short)
    return out


def _founder_surnames(names: set[str], founders: str) -> set[str]:
    """The surname of a company that bears its founder's two names, which news names it by ("The Walt Disney
    Company", founded by Walt Disney: "Disney"; "Charles Schwab", founded by Charles R. Schwab: "Schwab").

    >>> _founder_surnames({"Walt Disney"}, "Walt Disney Roy O. Disney")
    {'Disney'}
    >>> _founder_surnames({"Morgan Stanley"}, "Henry Sturgis Morgan Harold Stanley")
    set()
    """
    out = set()
    for n in names:
        if n.count(" ") == 1:
            given, surname = n.split()
            # (one founder's names, a middle initial between them: not "Morgan Stanley", founded by Henry S. Morgan
            # and Harold Stanley)
            if re.search(rf"\b{re.escape(given)}(?: [A-Z]\.)* {re.escape(surname)}\b", founders):
                out.add(surname)
    return out


def _textblob_brands() -> set[str]:
    """The one-word names TextBlob's entity list (its package data, ``en-entities.txt``) types ORG: well-known
    companies no stock index lists under the name news uses ("Google", "Facebook", "Samsung", "YouTube", "IKEA")."""
    out = set()
    with (Path(_need("textblob", "textblob").__file__).with_name("en") / "en-entities.txt").open(encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if len(parts) == 2 and parts[1] == "ORG" and parts[0][:1].isupper():
                out.add(parts[0])
    return out - _NOT_BODIES


# What TextBlob's list types ORG that is no body: a browser, a faith
_NOT_BODIES = frozenset(("Firefox", "Scientology"))


def _plain_letters(name: str) -> str:
    """*name* with its accents dropped and its typographic apostrophe and dash made plain, as English news copy writes
    a foreign company's name ("Nestlé" -> "Nestle", "Société Générale" -> "Societe Generale", "BJ’s" -> "BJ's").

    >>> _plain_letters("Société Générale"), _plain_letters("Brown–Forman")
    ('Societe Generale', 'Brown-Forman')
    """
    name = name.replace("’", "'").replace("–", "-")
    return "".join(ch for ch in unicodedata.normalize("NFKD", name) if not unicodedata.combining(ch))


def _build() -> tuple[list[str], set[str]]:
    """(the gazetteer's names, those the encyclopaedia's title says another sense of the word comes first: a
    bracket after it, "Legrand (company)", "Puig (company)", "Iron Mountain (company)")."""
    tickers = _need("pytickersymbols", "pytickersymbols")
    names: set[str] = set()
    founders: set[str] = set()
    ambiguous: set[str] = set()
    for stock in tickers.PyTickerSymbols().get_all_stocks():
        wiki = stock.get("metadata", {}).get("wikipedia_url") or ""
        title = unquote(wiki.rsplit("/", 1)[-1]).replace("_", " ") if "/wiki/" in wiki else ""
        for listed in (stock["name"], title):  # (the article's title: "Amazon (company)", "Home Depot")
            names |= _short_names(listed) if listed else set()
        if title.endswith(")") and " (" in title:
            ambiguous |= _short_names(title)
        surnames = _founder_surnames(_short_names(stock["name"]), stock.get("metadata", {}).get("founder") or "")
        names |= surnames
        founders |= {n for n in _short_names(stock["name"]) if n.count(" ") == 1 and n.split()[1] in surnames}
    names -= founders  # (the founder's two names are his as well: "Walt Disney drew the mouse")
    # ("Nestle", "Societe Generale", "L'Oreal": as English copy writes them; one word only when English texts use
    # it for nothing else, below 2.5 on the frequency scale: not "Hermes", the god)
    names |= {p for n in names if (p := _plain_letters(n)) != n and (" " in p or _wordfreq()(p.lower()) < 2.5)}
    names |= _textblob_brands()
    return sorted(n for n in names if len(n) >= 3 and not n.isupper()
                  and all(w[:1].isupper() or w[:1].isdigit() or w in _SMALL_WORDS for w in n.split())), ambiguous


def _ordinary_words() -> frozenset:
    """Lower-case English words of TextBlob's Brill lexicon and spelling list (its package data): words that
    news writes for themselves, whatever company bears one as its name."""
    folder = Path(_need("textblob", "textblob").__file__).with_name("en")
    words: set[str] = set()
    proper: set[str] = set()  # (words the lexicon holds only with a capital: a name, "Barclays", "Lloyds")
    for file, lower_only in (("en-lexicon.txt", True), ("en-spelling.txt", False)):
        with (folder / file).open(encoding="utf-8") as fh:
            for line in fh:
                word = line.split(" ", 1)[0]
                if word and not line.startswith(";;;") and (word.islower() or not lower_only):
                    words.add(word.lower())
                elif lower_only and word[:1].isupper() and word[1:].islower():
                    proper.add(word.lower())
    # (the spelling list is lower-cased throughout: a word it holds that the lexicon writes only with a capital is a
    # name it met in its texts, no ordinary word: "barclays", "caesars")
    lexicon_lower = _lexicon_lower(folder)
    return frozenset(w for w in words if w in lexicon_lower or w not in proper)


def _lexicon_lower(folder: Path) -> set[str]:
    """The lower-case words of TextBlob's Brill lexicon."""
    with (folder / "en-lexicon.txt").open(encoding="utf-8") as fh:
        return {w for line in fh if (w := line.split(" ", 1)[0]) and w.islower() and not line.startswith(";;;")}


def _build_split() -> list[list[str]]:
    """[the gazetteer's names that are no ordinary lower-case word (of several words: not all ordinary),
    its names of ordinary words ("Home Depot", "General Motors", "Apple", "Target")]; not the names whose
    encyclopaedia title puts another sense first (see ``_build``)."""
    ordinary = _ordinary_words()
    plain, common = [], []
    names, ambiguous = _build()
    for name in names:
        words = name.split()
        if name in ambiguous:
            continue  # (never taken for the company on the gazetteer's word: "Puig scored", "Ethan Allen's statue")
        if all(w.lower() in ordinary or w in _SMALL_WORDS for w in words):
            common.append(name)
        else:
            plain.append(name)
    return [plain, common]


@lru_cache(maxsize=1)
def _company_names() -> tuple[frozenset, frozenset]:
    """(short names of listed companies that are no ordinary word, those of ordinary words): see
    ``_build_split``."""
    plain, common = stored("entity-companies", _build_split, sources=(__file__,), packages=("pytickersymbols", "textblob"))
    return frozenset(plain), frozenset(common)


# A listing's words after its own name that only say it is a bank or a financial holding ("Lloyds Banking Group",
# "Mizuho Financial Group", "Ameris Bancorp"; "Chase", the bank JPMorgan took over, in "JPMorgan Chase & Co."): news
# names the firm by its first word ("Lloyds", "Mizuho", "JPMorgan")
_BANK_LISTING_WORDS = frozenset(("Bank", "Banking", "Financial", "Bancorp", "Bancshares", "Chase"))


def _build_first_words() -> list[str]:
    """The first word of listed names whose other words are a bank's listing words (``_BANK_LISTING_WORDS``) or
    that is a coined word with a capital inside ("NextEra Energy", "JPMorgan Chase"): not an ordinary word, a given
    name, a surname, a place or a word English texts use for something else ("Lincoln Financial", "Cincinnati
    Financial", "First Bancorp", "Fulton Financial" stay whole)."""
    tickers = _need("pytickersymbols", "pytickersymbols")
    ordinary = _ordinary_words()
    out: set[str] = set()
    for stock in tickers.PyTickerSymbols().get_all_stocks():
        for name in _short_names(_plain_letters(stock["name"])):
            words = name.split()
            first = words[0]
            if len(words) < 2 or len(first) < 4 or not first[:1].isupper() or not first.isalpha() or first.isupper():
                continue
            if all(w in _BANK_LISTING_WORDS for w in words[1:]) or re.search(r"[a-z][A-Z]", first):
                out.add(first)
    return sorted(w for w in out if w.lower() not in ordinary and w not in _first_names() and w not in _last_names()
                  and _place(w) is None and _demonym_of(w) is None and _wordfreq()(w.lower()) < 2.5)


@lru_cache(maxsize=1)
def _listed_first_words() -> frozenset:
    """First words that name a listed bank or a coined listed name in a firm's frame: see ``_build_first_words``."""
    return frozenset(stored("entity-company-first-words", _build_first_words, sources=(__file__,),
                            packages=("pytickersymbols", "textblob")))


def _build_bracketed_words() -> list[str]:
    """The one-word listed names whose encyclopaedia title puts another sense first ("Amazon (company)": the river;
    ``_build``), which are no ordinary word, given name, surname or place ("Box", "Douglas", "Puma" stay out)."""
    ordinary = _ordinary_words()
    _, ambiguous = _build()
    return sorted(w for w in ambiguous if " " not in w and len(w) >= 4 and w[:1].isupper() and w[1:].islower()
                  and w.lower() not in ordinary and w.lower() not in _stopwords() and w not in _first_names()
                  and w not in _last_names() and _place(w) is None and _demonym_of(w) is None)


@lru_cache(maxsize=1)
def _bracketed_words() -> frozenset:
    """Listed one-word names another sense comes first for, taken only in a frame only a firm fills: see
    ``_build_bracketed_words`` and ``_strict_firm_frame``."""
    return frozenset(stored("entity-company-bracketed-words", _build_bracketed_words, sources=(__file__,),
                            packages=("pytickersymbols", "textblob")))


@lru_cache(maxsize=4096)
def _bare_company(name: str, initial: bool = False) -> bool:
    """A listed company's short name that only the company bears: no ordinary word, given name, surname, place or
    people, and of four letters or more (three are written in capitals: "AXA") ("Netflix", "Comcast"; not "Apple",
    "Ford", "Gibraltar", "Walt Disney"); or several ordinary words
    that make a company's name ("Home Depot", "General Motors") not at the start of a sentence (a heading's words).

    >>> _bare_company("Netflix"), _bare_company("Target"), _bare_company("Ford"), _bare_company("Home Depot")
    (True, False, False, True)
    """
    plain, common = _company_names()
    if name not in plain and (initial or " " not in name or name not in common):
        return False
    words = name.split()
    if words[0] in _first_names() or _place(name) is not None:
        return False
    return len(words) > 1 or len(name) > 3 and not (name in _last_names() or _demonym_of(name) is not None
                                  or name.lower() in _stopwords())


# Ends of one-word names coined from a trade ("Citibank", "Rabobank", "Infosoft", "Eurotelecom"); not "-tech" nor
# "-pharma", which make sectors' common nouns ("Fintech is booming", "Biopharma")
_TRADE_WORD_ENDS = ("bank", "soft", "telecom", "corp")


# What may follow such a name: a stop, a verb, a conjunction, a firm's people (not a common noun it modifies: "his
# Wincobank gym", a district's name before a venue)
_AFTER_TRADE_COMPOUND = re.compile(r"(?:['’]s)?(?:[.,;:)]| (?:is|was|has|had|have|said|says|and|or|will|would|could|may|"
                                   r"also|cut|cuts|posted|reported|announced|shares|chief|staff|customers|employs|plans|"
                                   r"agreed|bought|sold|both)\b)")


def _trade_compound_name(name: str, text: str = "", ends: tuple = ()) -> bool:
    """A one-word name coined from a firm's word and its trade, which no dictionary, place list or name list holds
    ("Citibank is the most copied brand", "Rabobank said"; its first part no common word either: not "Riverbank",
    "Foodbank", "Databank"): a company, with no cue around it, when what follows it
    (at each end in *ends*) is no common noun it modifies (_AFTER_TRADE_COMPOUND)."""
    if len(name) < 7 or not name.isalpha() or not name[1:].islower():
        return False  # (the word's own shape first; then what follows it, a pattern at each end)
    low = name.lower()
    end = next((e for e in _TRADE_WORD_ENDS if low.endswith(e)), None)
    if end is None or ends and not all(_AFTER_TRADE_COMPOUND.match(text, e) for e in ends):
        return False
    return _wordfreq()(low[:-len(end)]) < 3.5 and _wordfreq()(low) < 2.5 and _place(name) is None \
        and name not in _first_names() and name not in _last_names()


# Words after a listed company's name that make the run a body of its own ("Amazon Web Services", "Walmart Stores",
# "Cisco Systems", "Sony Pictures"): the run stays whole
_BODY_WORDS = frozenset(w.lower() for w in _TRADE_TAIL_WORDS)


# Heads that name a public body after a place or a field ("Home Office", "Foreign Ministry", "Arts Council"), never a
# company's arm after its name: a listed company's name before one names its product ("Microsoft Office")
_PUBLIC_BODY_HEADS = frozenset("office ministry department council commission parliament tribunal".split())


# Last words of a competition, a venue or an award that a sponsor names ("Honda Classic", "Heineken Cup", "Allianz
# Arena", "Volvo Ocean Race", "Sony Open"): the event's or the place's name, no mention of the company
_SPONSORED_TAILS = frozenset("""cup open classic championship championships trophy race challenge series masters
invitational arena stadium park centre center field dome ground prize award awards festival week tour league
premiership prix marathon games rally bowl shield plate final finals""".split())


def _names_no_body(rest: list[str]) -> bool:
    """Words after a listed company's name that name no body of its own: no organisation's head but a product's
    acronym or a public body's head, no trade, legal form or place, no sponsor's event or venue ("Honda Classic"),
    no arm named by a plural noun ("Penguin Books", "Sony Pictures")."""
    return bool(rest) and rest[0].lower() not in _SMALL_WORDS and not any(
        w not in _PRODUCT_ACRONYMS and w.lower() not in _PUBLIC_BODY_HEADS
        and (w.lower() in _ORG_HEADS or w.lower().rstrip("s") in _ORG_HEADS)
        or w.lower() in _TRADE_TAILS or w.lower() in _BODY_WORDS or w in _LEGAL_FORMS or w.rstrip(".") in _LEGAL_FORMS
        or _place(w) is not None for w in rest) and rest[-1].lower() not in _SPONSORED_TAILS \
        and not _plural_noun_end(rest[-1])


def _listed_maker_products(mentions: list, text: str) -> list:
    """A run that opens with a listed company's own name (``_bare_company``) and goes on with words that name no body
    (``_names_no_body``: "Verizon Fios TV", "Microsoft Word", "Microsoft Office"): the company, the product after it
    not annotated, so the mention is the company's name alone."""
    for m in mentions:
        if m.type not in ("ORG", "PERSON", None) or m.titled or m.royal or m.named or " " not in m.name:
            continue
        words = m.name.split()
        for k in range(len(words) - 1, 0, -1):
            head = " ".join(words[:k])
            if _bare_company(head, m.initial) and text.startswith(head + " ", m.start):
                break
        else:
            if not (len(words) == 2 and m.type in ("ORG", "PERSON") and _placed_maker_before_model(words, text, m.start)):
                continue
            k, head = 1, words[0]
        if " ".join(words) in _company_names()[0] or not _names_no_body(words[k:]):
            continue
        if m.type == "PERSON" and (k > 1 or len(words) != 2 or not _model_after_maker(words[1])):
            continue  # (typed a person: only a maker's one-word name and a model's, no name of a person's)
        m.name, m.end, m.type, m.named = head, m.start + len(head), "ORG", True
    return mentions


# A determiner before a maker and its model: "a Toyota Prius", "her Toyota Prius", "the Toyota Prius"
_DETERMINER_BEFORE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|[Nn]ew|[Uu]sed|[Ss]tolen) $")


def _placed_maker_before_model(words: list[str], text: str, start: int) -> bool:
    """A listed company's one-word name that is a town's as well ("Toyota") after a determiner and before a model's
    word (``_model_after_maker``): the maker and its model ("a Toyota Prius"), however the two were typed."""
    return words[0] in _company_names()[0] and words[0] not in _first_names() and words[0] not in _last_names() \
        and _place(words[0]) is not None and _DETERMINER_BEFORE.search(text, max(0, start - 8), start) is not None \
        and _model_after_maker(words[1])


def _model_after_maker(word: str) -> bool:
    """A word after a listed company's own name that can be its product's model and no part of a person's name: no
    given name, surname or place, no listed company's name ("Sony Ericsson"), a rare word (below 3.3 on the
    frequency scale: no common word's sense) ("Razr", "Startac", "N-Gage", "Prius"; not "Smith", "Ericsson", "Paris",
    "Focus")."""
    return word not in _first_names() and word not in _last_names() and _place(word) is None \
        and word not in _company_names()[0] and word not in _company_names()[1] and _wordfreq()(word.lower()) < 3.3


def _listed_companies_named_like_people(mentions: list, text: str) -> None:
    """A run that is a listed company's whole name of two words or more but looks like a person's ("Morgan Stanley",
    "Goldman Sachs", "Assa Abloy": unknown capitalised words, or a given name first) is the company, unless a title
    goes with it or its last word stands alone in the text, as a person's surname does ("Ethan Allen ... Allen led");
    a founder's own two names are no listed name ("Walt Disney")."""
    plain, common = _company_names()
    alone = {m.name for m in mentions if " " not in m.name}
    for m in mentions:
        if m.type == "PERSON" and " " in m.name and not m.titled and not m.royal and (m.name in plain or m.name in common) \
                and m.name.rsplit(" ", 1)[-1] not in alone and text[m.start:m.end] == m.name:
            m.type, m.named = "ORG", True

    _listed_words_in_strict_firm_frames(mentions, text)


# A firm's verb and what only a firm cuts, posts or raises, a few words on ("cut 9,000 jobs", "posted a record
# loss", "raised its forecast", "added two million subscribers")
_FIRM_OBJECT_FRAME = re.compile(r" (?:cut|cuts|shed|sheds|axed|axes|slashed|slashes|added|adds|posted|posts|reported|"
                                r"reports|raised|raises|lowered|lowers|trimmed|trims|lifted|lifts)\b[^.;:!?]{0,30}?\b"
                                r"(?:jobs|roles|staff|workers|employees|prices|profits?|loss|losses|revenues?|sales|"
                                r"earnings|forecasts?|guidance|outlook|dividend|subscribers|customers|users)\b")
# A firm's possessive before its money, never a person's ("Meta's shares", "Amazon's quarterly profit")
_FIRM_MONEY_POSSESSIVE = re.compile(r"['’]s (?:shares?|share price|stock|profits?|revenues?|sales|earnings|"
                                    r"market value|valuation|dividend|shareholders|quarterly|half-year|full-year)\b")


def _strict_firm_frame(text: str, start: int, end: int) -> bool:
    """A frame only a firm fills, with no article before the name: "X is testing", "X cut 9,000 jobs", "shares in
    X", "X stock", "X's quarterly profit" (not "X said", "X won", "X told", which people fill as well)."""
    if text.endswith(_ARTICLES_BEFORE, max(0, start - 4), start):
        return False
    return bool(_FIRM_AUXILIARY_VERB.match(text, end) or _FIRM_OBJECT_FRAME.match(text, end)
                or _FIRM_MONEY_POSSESSIVE.match(text, end) or _FIRM_STOCK_AFTER.match(text, end)
                or _FIRM_HOLDING_BEFORE.search(text, max(0, start - 14), start))


# A person's pronoun: "Dana cut her prices", "Otis is building a boat with his father" (a person, no firm)
_PERSONAL_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|himself|herself)\b", re.IGNORECASE)


def _sentence_after(text: str, end: int) -> str:
    """The rest of the sentence after *end* (to the next full stop, question or exclamation mark)."""
    stop = re.search(r"[.!?](?:\s|$)", text[end:end + 300])
    return text[end:end + (stop.start() if stop else 300)]


def _firm_not_person(text: str, end: int) -> bool:
    """The sentence after a given name in a firm's frame names no person's pronoun, and, after "is" or "has" and a
    firm's verb (which people fill too: "Tyler is planning a party"), speaks of "its" own ("Meta is testing a
    feature for its app")."""
    rest = _sentence_after(text, end)
    return not _PERSONAL_PRONOUN.search(rest) and (not _FIRM_AUXILIARY_VERB.match(text, end)
                                                   or re.search(r"\bits\b", rest) is not None)


def _listed_words_in_strict_firm_frames(mentions: list, text: str) -> None:
    """A listed company's one-word name that is also a given name or a foreign province's ("Meta": a Colombian
    department and a given name) is the company, every mention of it, when one mention is in a frame only a firm
    fills (``_strict_firm_frame``), no mention is titled or part of a longer person's name, and, for a place, the
    text names no place of the province's country ("Shares in Meta rose ... Meta said"; not "farmers in Meta,
    Colombia")."""
    from .geography import _capitals, _country_of, _subdivision_countries
    plain, common = _company_names()
    cands = {m.name for m in mentions if m.type in ("PERSON", "GPE") and " " not in m.name and len(m.name) >= 4
             and m.name[1:].islower() and (m.name in plain or m.name in common) and not _bare_company(m.name)
             and (m.name in _first_names() or m.name in _subdivision_countries())}
    if not cands:
        return
    longer = {w for m in mentions if m.type == "PERSON" and " " in m.name for w in m.name.split()}
    places = {m.link or m.name for m in mentions if m.type == "GPE"} | {m.name for m in mentions if m.type == "GPE"}
    for name in cands:
        ms = [m for m in mentions if m.name == name]
        if name in longer or any(m.titled or m.royal or m.type not in ("PERSON", "GPE") for m in ms) \
                or name in _capitals() or _country_of(name) or _demonym_of(name) is not None \
                or not _subdivision_countries().get(name, frozenset()).isdisjoint(places) \
                or not any(text[m.start:m.end] == name and _strict_firm_frame(text, m.start, m.end)
                           and (name not in _first_names() or _firm_not_person(text, m.end)) for m in ms):
            continue
        for m in ms:
            m.type, m.named, m.link = "ORG", True, ""


# A product's coined name: a capital inside a word ("iPad", "iPhone", "eBook", "PlayStation", "MacBook")
_COINED_PRODUCT = re.compile(r" (?:[a-z]{1,2}[A-Z]|[A-Z][a-z]+[A-Z])[A-Za-z]*\b")


def _maker_of_coined_product(name: str, text: str, end: int) -> bool:
    """A listed company's one-word name, an ordinary word too ("Apple", "Amazon"), right before a product's coined
    name: the maker ("the Apple iPad", "an Apple iPhone"; not "Apple growers", "apple pie")."""
    return " " not in name and name in _company_names()[1] and _COINED_PRODUCT.match(text, end) is not None


def _build_indices() -> list[list]:
    """[[an index's name without its number, whether a number follows it], ...] of the stock indices pytickersymbols
    lists ("S&P 500" -> ["S&P", True], "CAC_40" -> ["CAC", True], "DAX" -> ["DAX", False]); not a name that is a
    place's ("Switzerland 20": "Switzerland 2 Spain 1" is the country)."""
    tickers = _need("pytickersymbols", "pytickersymbols")
    out = []
    for name in tickers.PyTickerSymbols().get_all_indices():
        words = name.replace("_", " ").split()
        numbered = len(words) > 1 and words[-1].isdigit()
        stem = " ".join(words[:-1] if numbered else words)
        if stem and not _place(stem) and [stem, numbered] not in out:
            out.append([stem, numbered])
    return out


@lru_cache(maxsize=1)
def _indices() -> tuple[tuple[str, ...], frozenset]:
    """(the lower-cased names of pytickersymbols' indices that a number follows, without it: "s&p", "cac", "nasdaq",
    "euro stoxx"; the names no number follows as news writes them: "DAX", "Dax", "TecDAX", "AEX")."""
    rows = stored("entity-indices", _build_indices, sources=(__file__,), packages=("pytickersymbols",))
    bare = set()
    for stem, numbered in rows:
        if not numbered and stem.lower() != "dow jones":  # (the Dow's name is the publisher's too: below)
            bare |= {stem, stem.upper(), stem[:1].upper() + stem[1:].lower()}
    return tuple(sorted({s.lower() for s, n in rows if n}, key=len, reverse=True)), frozenset(bare)


# A number or "Composite" after a word, where a stock index's name may end ("the S&P 500", "the CAC 40", "the Nasdaq
# Composite"); not a share or a decimal ("500%", "40.5")
_INDEX_TAIL = re.compile(r" (?:\d{2,4}|Composite)(?![\w%]|[.,]\d)")
_DOW_AVERAGE = re.compile(r"\bDow Jones (?:Industrial|Transportation|Utility) Average\b")
_BARE_INDEX = re.compile(r"\b[A-Z][A-Za-z]{2,5}\b")


def _index_spans(text: str) -> list[tuple[int, int]]:
    """The spans of the stock indices a text names (the lists of ``_indices``): a listed name, any case, before a
    number or "Composite" ("the S&P 500", "the FTSE 250", "the Nasdaq Composite"); a listed name no number follows
    after "the" or in capitals ("the Dax", "the DAX"); "Dow Jones Industrial Average"."""
    numbered, bare = _indices()
    spans = []
    for hit in _INDEX_TAIL.finditer(text):
        a = hit.start()
        before = text[max(0, a - 16):a].lower()
        for stem in numbered:
            k = a - len(stem)
            if before.endswith(stem) and (k == 0 or not (text[k - 1].isalnum() or text[k - 1] == "&")):
                spans.append((k, hit.end()))
                break
    if "Average" in text:
        spans += [h.span() for h in _DOW_AVERAGE.finditer(text)]
    from .cues import _words  # (cues reads this module: imported here)

    if not _words(text).isdisjoint(bare):  # (_BARE_INDEX's match is a whole run of ASCII letters: one set test)
        spans += [h.span() for h in _BARE_INDEX.finditer(text) if h.group() in bare
                  and (h.group().isupper() or text[max(0, h.start() - 4):h.start()] in ("the ", "The "))]
    return spans


def _market_indices(found: list, text: str) -> list:
    """Drops the mentions inside a stock index's name (``_index_spans``): "S&P" in "the S&P 500", "CAC" in "the CAC
    40", "Nasdaq Composite", "the Dax": an index, not annotated, nor the agency, the exchange or the town whose name
    it bears ("S&P cut its rating", "Nasdaq said", "in Dax" stay)."""
    return _outside(found, _index_spans(text), whole=True)  # (one binary search per mention, not a look at each span)


def warm_up() -> None:
    """Build every gazetteer now, the listed companies' names with the rest (``geography.warm_up``).

    >>> warm_up()
    """
    _warm_up_places()
    _company_names()
    _indices()
    _file_extensions()


# A firm's verb after "is" or "has" ("Apple is testing a feature", "Ford has cut prices")
_FIRM_AUXILIARY_VERB = re.compile(r" (?:is|has|was|had) (?:testing|cutting|raising|launching|planning|selling|buying|"
                                  r"building|hiring|recalling|offering|opening|closing|investing|developing|rolling|"
                                  r"shedding|slashing|cut|raised|launched|sold|bought|agreed|recalled|unveiled|posted|"
                                  r"reported|announced)\b")
# What a firm's possessive goes before: its money, its people, its shops and wares ("Apple's shares", "Ford's chief
# executive", "Shell's profits", "Next's stores")
_FIRM_POSSESSIVE_NOUN = re.compile(r"['’]s (?:shares?|share price|stock|profits?|revenues?|sales|earnings|results|"
                                   r"chief|boss|chairman|chairwoman|board|shareholders|investors|customers|staff|"
                                   r"employees|workers|stores|shops|factory|factories|plants?|products|devices|"
                                   r"market value|valuation|takeover|bid|dividend|executives|headquarters|annual|"
                                   r"quarterly|half-year|full-year|latest|new)\b")
# A capitalised name right after a possessive: a product's ("Apple's Vision Pro", "Apple's iPhone")
_NAME_AFTER_POSSESSIVE = re.compile(r"['’]s (?:[A-Z][a-z]*[A-Z]?[a-z]*|[a-z]{1,2}[A-Z]\w*)\b")
# Words before a firm's name that only a body follows ("according to Apple", "the regulator fined Shell")
_FIRM_OBJECT_BEFORE = re.compile(r"\b(?:[Aa]ccording to|fined|fines|fining) $")
# A holding in a firm before its name ("shares of Shell", "a stake in Apple") or its stock after it ("Apple stock")
_FIRM_HOLDING_BEFORE = re.compile(r"\b(?:[Ss]hares|[Ss]take|[Ss]takes|[Ss]tock) (?:of|in) $")
_FIRM_STOCK_AFTER = re.compile(r" (?:stock|share price|shareholders|stockholders)\b")
# Another name beside it in a list ("Tesla and Ford", "Ford, Toyota and Honda")
_NAME_LISTED_BEFORE = re.compile(r"\b([A-Z][\w&.-]*)(?:,| and|, and) $")
_NAME_LISTED_AFTER = re.compile(r"(?:,| and|, and) ([A-Z][\w&.-]*)\b")


def _listed_word_in_firm_frame(name: str, text: str, start: int, end: int) -> bool:
    """A listed company's one-word name that is also an ordinary word, a given name or a surname ("Apple", "Ford",
    "Shell", "Meta"; never taken on the gazetteer's word alone, ``_bare_company``), written as the text names it, with
    no article before it, in a firm's frame: before a firm's verb (``cues`` list: "Ford cut prices", "Apple is testing
    a feature"), its stock ("Apple stock", "shares of Shell"), its possessive before a firm's noun ("Shell's
    profits", "Ford's chief executive") or, for no surname,
    before a product's name ("Apple's Vision Pro") or after "according to", "fined" or a suit ("sued Apple"), an
    apposition that says company ("Ford, the carmaker,"), or listed beside a listed company's own name or an acronym
    ("Tesla and Ford", "Ford and GM"). Not a place's or a people's name ("Amazon", "Orange"), nor a stop word ("Next")."""
    from .cues import _FIRM_VERBS_AFTER, _ORG_AFTER, _org_apposed, _sued_frame  # (cues reads this module: imported here)
    plain, common = _company_names()
    first_word = name in _listed_first_words() and name not in plain and name not in common
    if name in _bracketed_words() and name not in plain and name not in common:
        return text[start:end] == name and _strict_firm_frame(text, start, end)  # ("Amazon cut 9,000 jobs")
    if " " in name or text[start:end] != name \
            or not (name in common or name in plain and not _bare_company(name) or first_word) \
            or len(name) < 4 or not (name[1:].islower() or first_word) or name.lower() in _stopwords() or _place(name) is not None \
            or _demonym_of(name) is not None:
        return False
    if text.endswith(_ARTICLES_BEFORE, max(0, start - 4), start):
        return _FIRM_PREMISES_AFTER.match(text, end) is not None  # ("the Ford plant", "the Apple store")
    surname = name in _last_names() or name in _first_names()
    nxt = re.match(r" ([a-z]+)\b", text[end:end + 20])
    if nxt is not None and (nxt.group(1) in _FIRM_VERBS_AFTER or nxt.group(1).endswith("ed") and not surname):
        return True
    if _ORG_AFTER.match(text, end) or _FIRM_AUXILIARY_VERB.match(text, end) or _FIRM_POSSESSIVE_NOUN.match(text, end) \
            or _FIRM_STOCK_AFTER.match(text, end) or _FIRM_HOLDING_BEFORE.search(text, max(0, start - 14), start):
        return True  # ("Apple stock fell", "sold shares of Shell")
    if _org_apposed(text, end) or not surname and (
            _NAME_AFTER_POSSESSIVE.match(text, end) or _FIRM_OBJECT_BEFORE.search(text, max(0, start - 16), start)
            or _sued_frame(text, start, end)):
        return True  # ("Ford, the carmaker,", "according to Apple", "regulators fined Apple", "sued Apple")
    for hit in (_NAME_LISTED_BEFORE.search(text, max(0, start - 40), start), _NAME_LISTED_AFTER.match(text, end)):
        if hit is not None and (_bare_company(hit.group(1)) or hit.group(1).isupper() and 2 <= len(hit.group(1)) <= 5):
            return True
    return False


_ARTICLES_BEFORE = ("the ", "The ", " a ", " an ", "A ", "An ")
# A firm's premises, people or shares after its name and an article before it ("the Nissan factory", "the Ford plant",
# "the Apple store", "the Shell refinery", "the Olympus board"): the company's own, not a river's or a product's
_FIRM_PREMISES_AFTER = re.compile(r" (?:plants?|factory|factories|stores|store|refinery|refineries|dealerships?|"
                                  r"showrooms?|warehouses?|headquarters|offices|smelter|board|boss|chief executive|"
                                  r"workers|employees|staff|shareholders|shares|share price|takeover|workforce)\b")


def _listed_name_with_premises(name: str, text: str, start: int, end: int) -> bool:
    """A listed company's own name (``_bare_company``) after an article and before a firm's premises, people or
    shares (``_FIRM_PREMISES_AFTER``): "the Nissan factory", "the Olympus board"."""
    return text.endswith(_ARTICLES_BEFORE, max(0, start - 4), start) and _FIRM_PREMISES_AFTER.match(text, end) is not None
