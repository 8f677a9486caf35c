"""Candidate chunks: the capitalised runs of a text, split into tokens and into the parts that are separate
names ("Iran's Foreign Minister Javad Zarif"), and the first guess at a chunk's type from its words (``_classify``).

Input: the text. Output: lists of ``_Tok`` (word, start, end) per chunk; the ``_Mention`` record every later
stage fills in (name, type, link, span, cues).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from operator import attrgetter
from typing import Callable, Container, Iterable

from .wordlists import (
    _TRADE_COMPOUND_ENDS, _TRADE_TAILS,
    _BODY_BEFORE, _CALENDAR, _CLUB_HEADS, _CONNECTORS, _EVENT_WORDS, _FIRM_BEFORE, _INITIALS_SKIP, _LOC_OF_HEADS, _NEWSPAPERS, _ORG_HEADS,
    _INSTITUTIONS, _LEGAL_FORMS_INSIDE, _PARTIES, _PEERAGE, _PURPOSE_HEADS, _ROYAL, _SKIP_HEADS, _legal_form_name,
)
from .gazetteers import (
    _TITLE_PREFIXES, _first_names, _last_names, _pet_given_names, _short_given_names, _stopwords, _titles, _wordfreq,
)
from .geography import _country_of, _demonym_of, _place, _us_counties
from .gazetteers import _plural_noun_end
from .spans import _outside  # noqa: F401  (other stages import it from here too)


_PARTICLE_RE = r"(?:bin|bint|ibn|al|el|de|del|della|di|da|dos|das|du|van|von|der|den|la|le|ter|abu)"
# (one initial with its full stop goes on to the capitalised word after it, "Mr R. Sridharan", "George W. Bush", but not
# to a word that opens a sentence: "Plan B. The ..."); other initials may come between ("H. G. Wells")
# Words that open a sentence: after a full stop they say the stop ends one ("Plan B. The ...", "Sen. The ...")
_SENTENCE_OPENING_WORDS = ("The", "A", "An", "But", "And", "He", "She", "It", "They", "We", "In", "On", "At", "This", "That",
                           "There", "Its", "His", "Her", "Their", "Our", "Your", "My", "You", "For", "To", "As", "If", "So",
                           "By", "With", "From", "Of", "Yet", "Now", "Then", "When", "What", "These", "Those", "Let", "All",
                           "No", "Each", "Every", "After", "Before", "Since", "While", "Today", "Here", "Why", "How", "Where",
                           "Is", "Are", "Was", "Were")
# (at most six more initials looked past: no name has more, and an unbounded look made a run of initials cost the
# square of its length)
# Given names abbreviated to two or more letters and a full stop among a person's initials, as Dutch, German and older
# English names are written ("Marcel J. L. Th. Niekus", "Wm. H. Taylor", "Chas. Dickens"): initials too
_GIVEN_NAME_ABBREVIATIONS = frozenset("Th Ch Chr Ph Wm Thos Chas Jas Jos Geo Edw Hy Joh Jac Jno Saml Benj".split())
_ABBREVIATED_GIVEN = "|".join(sorted(_GIVEN_NAME_ABBREVIATIONS, key=len, reverse=True))
# (and a surname's particles after the initials: "Pieter J. M. van den Berg", "Ch. de Wit")
_LONE_INITIAL = (r"\.(?= (?:(?:[A-Z]|" + _ABBREVIATED_GIVEN + r")\. ){0,6}(?:(?:van|von|de|der|den|du|da|dos|ter|le|la) ){0,2}"
                 + r"(?!(?:" + "|".join(_SENTENCE_OPENING_WORDS) + r")\b)[A-Z][a-z])")
# Capital letters that open a word: ASCII and the accented capitals of Latin scripts ("Özil", "Ødegaard", "Édouard",
# "Ángel", "Łukasz", "Šťastný"), whose names news copy keeps with their diacritics
_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x250)) if c.isupper() and c not in "×")
_WORD_RE = rf"(?:[A-Z](?:\.[A-Z])+\.?|[A-Z]{_LONE_INITIAL}|(?:{_ABBREVIATED_GIVEN}){_LONE_INITIAL}|(?:Mc|Mac|O['’])?[{_UPPER}][\w&]*(?:[-'’][\w&]+)*)"
# Arabic articles written in lower case and joined by a hyphen inside a name ("Ali al-Naimi", "Sheikh Ahmad Fahd
# al-Ahmad al-Sabah", "Abu Musab al-Zarqawi"): the run goes on through them
_HYPHEN_PARTICLE_RE = r"(?:al|el|ad|ar|as|ash|at|az|an|ul|bin|ibn|abu)-"
_CHUNK_PLAIN = rf"(?<![\w&@#/.])(?<![^-]-){_WORD_RE}(?: (?:{_PARTICLE_RE} )*(?:{_HYPHEN_PARTICLE_RE})?{_WORD_RE})*"
# The same runs, found about 2.5x faster: a pattern that opens with a character class lets the regex
# engine skip to the next capital letter, while one that opens with a look-behind is tried at every
# position. So the first word is its first capital, the look-behind (checked behind that capital), then
# what _WORD_RE matches after its first capital ("Mc"/"Mac"/"O'" add nothing: "[A-Z][\w&]*" covers them).
# tests/test_entities_cache.py checks both give the same runs; change them together.
_FIRST_WORD_TAIL = (rf"(?:(?:\.[A-Z])+\.?|{_LONE_INITIAL}|(?:"
                    + "|".join(f"(?<={a[0]}){a[1:]}" for a in sorted(_GIVEN_NAME_ABBREVIATIONS, key=len, reverse=True))
                    + rf"){_LONE_INITIAL}|[\w&]*(?:[-'’][\w&]+)*)")
_CHUNK = re.compile(rf"[{_UPPER}](?<![\w&@#/.][{_UPPER}])(?<![^-]-[{_UPPER}]){_FIRST_WORD_TAIL}(?: (?:{_PARTICLE_RE} )*(?:{_HYPHEN_PARTICLE_RE})?{_WORD_RE})*")
_POSSESSIVE = re.compile(r"['’]s?$")
# Hyphenated lower-case particles that go on a given name ("Ali al-Naimi", "Ahmad Fahd al-Ahmad al-Sabah").
_ARABIC_PARTICLES = (" al-", " el-", " bin-", " ibn-", " abu-", " ad-", " as-", " ash-", " ar-", " az-", " an-", " at-")
_ARABIC_TAIL = re.compile(r"(?: (?:al|el|bin|ibn|abu|ad|as|ash|ar|az|an|at)-[A-Z][\w]*(?:['’]s?)?(?![\w'’-]))+")
_ARABIC_WORD = re.compile(r"(?<= )[a-z]+-[A-Z][\w]*(?:['’]s?)?")
_MODEL = re.compile(r"(?!G\d+$)(?![A-Z]{3}\d$)(?:(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[A-Z][\w-]*\d[\w-]*|[A-Z]{1,3}-?\d+[A-Za-z]*)")
_NUMBER_AFTER = re.compile(r" (\d{1,2})\b")
_STATION_LIVE = re.compile(r" (live)(['’]s)?(?![\w'’-])")
_DIGIT = re.compile(r"\d")
_OPENERS = set(" \t\"'“‘([-—–*•·▪►●◦")  # (and list bullets: "• If Republicans had succeeded" opens a sentence)


@dataclass(slots=True)
class _Tok:
    text: str
    start: int
    end: int
    poss: bool = False
    low: str = ""  # (the text in lower case; an abbreviated title's without its stop: "Gov." -> "gov")


_START = attrgetter("start")  # (a sort key in C: where a mention or token starts)


def _overlap_test(spans: list) -> Callable[[int, int], bool]:
    """A test ``meets(start, end)``: whether any of *spans* (``start``, ``end``) overlaps the span *start*-*end*
    (``s.start < end and start < s.end``; with *start* == *end*: a span runs across that offset). One binary search
    per test, through the spans sorted by start and the furthest end so far (linear on long texts, where a look at
    every span for every mention took the square of their number)."""
    ordered = sorted((s.start, s.end) for s in spans)
    starts = [a for a, _ in ordered]
    reach = list(accumulate((b for _, b in ordered), max))  # (the furthest end of the spans starting so far)

    def meets(start: int, end: int) -> bool:
        k = bisect_left(starts, end)  # (the spans starting before *end*: starts[:k])
        return k > 0 and start < reach[k - 1]

    return meets


def _not_overlapped(found: list, added: list) -> list:
    """The items of *found* (mentions or tokens) that overlap none of *added*, in their order (``_overlap_test``)."""
    if not added:
        return list(found)
    meets = _overlap_test(added)
    return [m for m in found if not meets(m.start, m.end)]


def _trailing_run_start(text: str, lo: int, hi: int, chars: frozenset[str]) -> int:
    """Where the run of *chars* that ends at *hi* (or before a line break there) starts, not before *lo*: where a
    ``$``-anchored pattern made of those characters can first match in ``text[lo:hi]``, so a search from there finds
    what a search from *lo* finds, in time of the run instead of the span."""
    w = hi
    if w > lo and text[w - 1] == "\n":
        w -= 1
    while w > lo and text[w - 1] in chars:
        w -= 1
    return w


def _matches_at_words(rx: re.Pattern, text: str, words: tuple[str, ...]) -> list[re.Match]:
    """``list(rx.finditer(text))`` for a pattern whose every match opens with one of a few *words*: *rx* is tried only
    where one is written (found by ``str.find``, far quicker than the engine's try at every position of the text), in
    the order ``finditer`` tries them, past the end of the last match as ``finditer`` goes on. *rx* must match no empty
    string. (Worth it only for words rarely written: each place one stands costs a try.)"""
    starts: set[int] = set()
    for w in words:
        i = text.find(w)
        while i >= 0:
            starts.add(i)
            i = text.find(w, i + 1)
    return _matches_at(rx, text, starts)


def _line_starts(text: str) -> set[int]:
    """Where the lines of *text* start (0 and each place after a newline): where a pattern opening with ``(?m)^`` can
    match (tried there alone, not at every position of the text)."""
    starts = {0}
    i = text.find("\n")
    while i >= 0:
        starts.add(i + 1)
        i = text.find("\n", i + 1)
    return starts


def _starts_before(text: str, literal: str, widths: tuple[int, ...]) -> set[int]:
    """The offsets *widths* characters before each place *literal* is written: where a pattern can start whose every
    match holds *literal* after a word of one of those widths ("MP for", "MSPs for": " for" after 2 to 4)."""
    starts = set()
    i = text.find(literal)
    while i >= 0:
        starts.update(i - w for w in widths if i >= w)
        i = text.find(literal, i + 1)
    return starts


def _offsets(text: str, chars: str) -> list[int]:
    """Where each of *chars* (single characters) stands in *text*, in order: what a class of them finds with
    ``finditer``, by ``str.find`` (quick for one character, where the engine tests the class at every position)."""
    out: list[int] = []
    for ch in chars:
        i = text.find(ch)
        while i >= 0:
            out.append(i)
            i = text.find(ch, i + 1)
    if len(chars) > 1:
        out.sort()
    return out


def _matches_at_chars(rx: re.Pattern, text: str, chars: str) -> list[re.Match]:
    """``list(rx.finditer(text))`` for a pattern whose every match opens with one of *chars* (a class of quotation
    marks, of a few capitals): tried only where one stands (_offsets)."""
    return _matches_at(rx, text, _offsets(text, chars))


def _search_at_chars(rx: re.Pattern, text: str, chars: str) -> bool:
    """Whether ``rx.search(text)`` finds anything, for a pattern whose every match opens with one of *chars*."""
    match = rx.match
    return any(match(text, i) is not None for i in _offsets(text, chars))


def _matches_at(rx: re.Pattern, text: str, starts: Iterable[int]) -> list[re.Match]:
    """The matches of *rx* tried at *starts* alone, in order, each past the end of the last one, as ``finditer`` goes
    on (``list(rx.finditer(text))`` when every match opens at one of *starts*)."""
    out: list[re.Match] = []
    done = 0
    for i in sorted(starts):
        if i >= done and (m := rx.match(text, i)) is not None:
            out.append(m)
            done = m.end()
    return out


def _literal_hits(text: str, literal: str, before: str, after: str) -> list[tuple[int, int]]:
    """The spans ``re.finditer(rf"(?<![\\w{before}]){re.escape(literal)}(?![\\w{after}])", text)`` finds (*literal*
    not after a letter, digit, "_" or a character of *before*, nor before one of those or of *after*), in order, without
    a pattern compiled per literal (the names of a document are new each time: each compile costs more than the scan)."""
    if not literal:
        return [h.span() for h in re.finditer(rf"(?<![\w{re.escape(before)}])(?![\w{re.escape(after)}])", text)]
    out = []
    n, size = len(literal), len(text)
    i = text.find(literal)
    while i >= 0:
        if (i == 0 or not ((c := text[i - 1]).isalnum() or c == "_" or c in before)) \
                and (i + n >= size or not ((c := text[i + n]).isalnum() or c == "_" or c in after)):
            out.append((i, i + n))
            i = text.find(literal, i + n)
        else:
            i = text.find(literal, i + 1)
    return out


def _stripped_end(text: str, at: int, chars: str | None = None) -> int:
    """``len(text[:at].rstrip(chars))`` for 0 <= *at*, read back from *at* without copying the text before it (a copy at
    each of many places is the square of the length on a long text).

    >>> _stripped_end("Yes.   No", 7), _stripped_end("ab,,", 4, ","), _stripped_end("  ", 2)
    (4, 2, 0)
    """
    k = min(at, len(text))
    if chars is None:
        while k > 0 and text[k - 1].isspace():
            k -= 1
    else:
        while k > 0 and text[k - 1] in chars:
            k -= 1
    return k


def _char_before(text: str, at: int) -> str:
    """``text[:at].rstrip()[-1:]``: the last character before *at* that is no white space, "" when none."""
    k = _stripped_end(text, at)
    return text[k - 1:k] if k else ""


def _with_added(found: list, added: list) -> list:
    """*found* less the items that an item of *added* overlaps, with *added*, in order of start (``_not_overlapped``);
    *found* itself when nothing is added."""
    if not added:
        return found
    return sorted(_not_overlapped(found, added) + added, key=_START)


def _split_tokens(text: str, start: int, end: int) -> list[_Tok]:
    out, pos = [], start
    for piece in text[start:end].split(" "):
        out.append(_Tok(piece, pos, pos + len(piece)))
        pos += len(piece) + 1
    return out


_SENTENCE_ENDS = frozenset(".!?\n:;…")


# A wire story's dateline and the dash after it ("WASHINGTON (AP) — ", "LONDON (Reuters) - ", "MONTGOMERY, Ala. — "):
# the story's first sentence starts after it
_DATELINE_DASH = re.compile(r"(?:^|\n)[A-Z][A-Z.' -]*(?:, [A-Z][A-Za-z.]*(?: \d{1,2})?)*(?: \([A-Za-z. ]{1,30}\))? (?:—|–|--?) $")


def _is_initial(text: str, start: int) -> bool:
    if start > 1 and text[start - 1] == " " and text[start - 2] not in _OPENERS:  # the usual case: "... word Name"
        return text[start - 2] in _SENTENCE_ENDS \
            or text[start - 2] == ")" and _LIST_NUMBER.search(text, max(0, start - 8), start - 1) is not None \
            or text[start - 2].isalpha() and _after_page_furniture(text, start - 1)
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    return i < 0 or text[i] in _SENTENCE_ENDS or text[start - 2:start] in ("— ", "– ", "- ") \
        and _DATELINE_DASH.search(text, max(0, start - 80), start) is not None


# The last words of a news site's page furniture that scraped copy keeps inline, with no full stop after it, before the
# story's next sentence ("Media playback is not supported on this device Head coach ...", "... or update your browser
# Share this with ...", "Read the rest of Laura's blog Former Lords leader ...", "Get news from the BBC in your inbox,
# each weekday morning Have you been ..."): what follows opens a sentence
_FURNITURE_TAILS = ("supported on this device", "update your browser", "Share this with", "each weekday morning", " blog",
                    " on Twitter")
_FURNITURE_LINE = re.compile(r"(?:Read (?:the rest|more) of [A-Z][\w']*(?: [A-Z][\w']*)?'s blog|Follow [A-Z][\w'.]*(?: [A-Z][\w'.]*)?"
                             r" on Twitter)$")


def _after_page_furniture(text: str, end: int) -> bool:
    """*text[:end]* ends with a line of page furniture kept inline without its full stop (_FURNITURE_TAILS)."""
    if not text.endswith(_FURNITURE_TAILS, max(0, end - 26), end):
        # ("Read more from Sarah The SNP ...": the writer's given name ends the line)
        return text.find("Read more from ", max(0, end - 32), end) >= 0 \
            and _READ_MORE_FROM.search(text, max(0, end - 32), end) is not None
    if text.endswith((" blog", " on Twitter"), max(0, end - 11), end):
        return _FURNITURE_LINE.search(text, max(0, end - 60), end) is not None
    return True


_READ_MORE_FROM = re.compile(r"Read more from [A-Z][a-z]+$")
# Words that open a sentence after a furniture line's given name ("Read more from Nick Follow Nick on Twitter")
_FURNITURE_OPENERS = frozenset(_SENTENCE_OPENING_WORDS) | {"Follow", "I"}


# A list's number or letter and a closing bracket opening a line ("1) When Ann Vole took over", "(b) Under the plan"):
# what follows opens a sentence, as after a bullet
_LIST_NUMBER = re.compile(r"(?:^|\n)[ \t]*\(?(?:\d{1,2}|[a-z])\)$")


# Organisation heads that descriptive words often precede ("Previous Government", "Local Government"): no evidence that
# a very common word before them at a sentence start is part of a name
_GENERIC_HEADS = frozenset("government administration party parties group company companies cabinet police force forces "
                           "army navy".split())


def _opens_name(toks: list) -> bool:
    """The run *toks* starts with a name of its own (a place, a people, a party, an acronym, a given name): so a common
    word before it is a modifier ("Top Labour Party figures"), not the first word of one name."""
    w = toks[0].text
    return bool(_place(w) or _demonym_of(w) or w in _PARTIES or w.isupper() and len(w) > 1 or w in _first_names()
                or len(toks) > 1 and (w + " " + toks[1].text) in _PARTIES)


def _named_mid_sentence(text: str, start: int, end: int) -> bool:
    """The run *text[start:end]* (at a sentence start) is written elsewhere in *text* as a whole, after a lower-case
    word or a comma: so its first word is part of a name, not a capitalised common word ("General Motors"). (The places
    a run is so written are found once per text and run: a text repeating one sentence-opening run thousands of times
    is read once for it, not once per opening.)"""
    surface = text[start:end]
    if _MID_RUNS[0] is not text:
        _MID_RUNS[0], _MID_RUNS[1] = text, {}
    seen = _MID_RUNS[1].get(surface)
    if seen is None:
        seen = _MID_RUNS[1][surface] = _mid_sentence_places(text, surface)
    return any(i != start for i in seen)


# The text last asked about and, per run, the first two places it is written mid-sentence (``_named_mid_sentence``)
_MID_RUNS: list = [None, {}]


def _mid_sentence_places(text: str, surface: str) -> tuple[int, ...]:
    """The first two places *surface* is written whole after a lower-case word or a comma."""
    n = len(surface)
    out: list[int] = []
    i = text.find(surface)
    while i >= 0:
        if i >= 2 and text[i - 1] == " " and (text[i - 2] in ",;(" or text[i - 2].islower()
                                               and _word_before_lower(text, i - 1)) \
                and (i + n >= len(text) or not (text[i + n].isalnum() or text[i + n] in _WORDISH)):
            out.append(i)
            if len(out) == 2:
                break
        i = text.find(surface, i + 1)
    return tuple(out)


def _word_before_lower(text: str, end: int) -> bool:
    """The word ending at *end* is written in lower case ("said General Motors"; not "Neither Ask Jeeves")."""
    k = end
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] in _WORDISH):
        k -= 1
    return text[k].islower()


def _org_named_mid_sentence(text: str, toks: list) -> bool:
    """A run of two or more words that the document also writes whole mid-sentence (``_named_mid_sentence``): its first
    word is part of the name at a sentence start too, with an organisation's head after it ("General Motors", "Home
    Office") or without one ("Blue Harlow said" after "shares in Blue Harlow", "All Blacks coach" after "the All
    Blacks"), not a capitalised common word to drop (which left "Harlow" a second entity, "Blacks" a person). (Not a
    title opening a run without such a head: a sentence-initial "General McCaffrey" trimmed to "McCaffrey" is what
    shows that "General Barry McCaffrey", written mid-sentence too, is a person.)"""
    return len(toks) > 1 and (toks[0].low not in _titles() and toks[0].low not in _TITLE_PREFIXES
                              or any(t.low in _ORG_HEADS for t in toks[1:])) \
        and _named_mid_sentence(text, toks[0].start, toks[-1].end)


# Short particles written between the capitalised parts of one hyphenated name (Urdu, Persian and Arabic names of
# groups and people: "Lashkar-e-Taiba", "Jaish-e-Mohammed", "Hizb-ul-Mujahideen", "Jamiat Ulema-i-Islam")
_INNER_PARTICLES = frozenset("e i ul ut ud al el ud-din".split())


def _clean_token(tok: _Tok) -> tuple[_Tok | None, bool]:
    """Possessive and hyphen suffixes cut off; returns (token, chunk ends here)."""
    t = tok.text
    if "'" not in t and "’" not in t and "-" not in t and t[-1:] != ".":  # nothing to cut (most tokens)
        return (tok, False) if t else (None, True)
    ends = False
    m = _POSSESSIVE.search(t)
    if m and len(t) > 2:
        t = t[: m.start()]
        ends = True
    if "-" in t and not (t.count("-") >= 2 and _place(t)):  # ("Stoke-on-Trent", "Southend-on-Sea": a town's own name)
        parts = t.split("-")
        keep = [parts[0]]
        for j, p in enumerate(parts[1:], 1):
            if p[:1].isupper() or p[:1].isdigit():
                keep.append(p)
            elif p in _INNER_PARTICLES and j + 1 < len(parts) and parts[j + 1][:1].isupper() and parts[0][:1].isupper():
                keep.append(p)  # "Lashkar-e-Taiba", "Hizb-ul-Mujahideen": a particle inside one name
            else:
                ends = True
                break
        t = "-".join(keep)
    if t.endswith(".") and not re.fullmatch(r"(?:[A-Z]\.)+", t) and t[:-1] not in _GIVEN_NAME_ABBREVIATIONS:
        t = t[:-1]
    if not t:
        return None, True
    return _Tok(t, tok.start, tok.start + len(t), bool(m and len(tok.text) > 2)), ends


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    name: str      # the surface without titles
    type: str | None
    link: str = ""
    titled: bool = False
    royal: str = ""  # a kept royal title ("King")
    initial: bool = False
    named: bool = False  # something says it is a name (possessive, a role noun before it)
    wordnet: str = ""  # WordNet's type for a name no cue typed: the rules' fallback where they would drop it (wordnet.py)

    @property
    def ntok(self) -> int:
        return self.name.count(" ") + 1


_MATCH_CACHE: dict[str, list] = {}


_COMBINING_FORM = re.compile(r"[A-Z][a-z]{2,6}o")  # "Franco", "Anglo", "Sino", "Russo": a people as a prefix
_POSS_INSTITUTIONS = frozenset("hospital college university school institute union society church cathedral infirmary "
                               "clinic academy palace park square".split())  # (venues too: "St James's Palace")


# Irregular plural nouns for people, whose possessive ("People's", "Women's") is no person's nor place's
_COLLECTIVE_POSSESSORS = frozenset(("People", "Women", "Children", "Men"))
# Posts whose holder's office or department is a body named with the post's possessive ("Sheriff's Department")
_POST_POSSESSORS = frozenset(("Sheriff", "Attorney", "Marshal", "Coroner", "Prosecutor", "Auditor", "Comptroller",
                              "Ombudsman", "Solicitor", "Examiner"))


# Tails that make a capitalised word a modifier before a name, not part of it ("Frankfurt-based Helmholtz Bank").
_PLACE_MODIFIER_TAILS = ("-based", "-owned", "-listed", "-controlled", "-backed", "-born", "-funded", "-run", "-led")


_CALENDAR_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun".split())


def _calendar_word_in_name(word: str, words: list[str], k: int) -> bool:
    """A three-letter date abbreviation that is a name's word: before a capitalised word that is no date ("Jan Molby",
    "Sun Microsystems", "Sun Life"), or the newspaper "Sun" alone or after "The" ("told The Sun")."""
    if word.lower() not in _CALENDAR_SHORT or not word[1:].islower():
        return False
    if k + 1 < len(words):
        nxt = _POSSESSIVE.sub("", words[k + 1])
        return nxt[:1].isupper() and nxt.lower() not in _CALENDAR and not any(c.isdigit() for c in nxt)
    return word == "Sun" and (k == 0 or k == 1 and words[0] == "The")


# Lower-case words after a hyphen that make a name a modifier ("Hong Kong-based", "Seoul-born"), no syllable of a name
_COMPOUND_TAILS = frozenset("""based born bred led run made owned style type like era wide bound free proof fed held
built grown sized esque ish ite ites ism ist ists""".split())
_SYLLABLE_NAME = re.compile(r"[A-Z][a-z]{1,4}-[a-z]{1,5}(?:['’]s)?")


def _syllable_given_name(word: str, before: str) -> bool:
    """*word* ("Jong-il") is a two-syllable given name after *before*, a family name of one syllable ("Kim"): a
    capitalised syllable, a hyphen and a lower-case one that is no modifier's tail ("-based", "-led") nor a word of
    the sentence after a dash written as a hyphen ("the World War-was")."""
    if _SYLLABLE_NAME.fullmatch(word) is None or not 2 <= len(before) <= 5 or not before[:1].isupper() \
            or not before[1:].islower():
        return False
    tail = _POSSESSIVE.sub("", word).split("-")[1]
    return tail not in _COMPOUND_TAILS and tail not in _stopwords()


def _org_head_after(words: list[str], k: int, memo: list[bool]) -> bool:
    """Whether a word after ``words[k]`` is an organisation's head ("Low-fare ... Association"); ``memo`` (empty at
    first) keeps the answer for every k, made in one pass from the end, so a long run costs no rescan per word.

    >>> _org_head_after(["Low-fare", "Airlines", "Association"], 0, [])
    True
    """
    if not memo:
        seen = False
        after = [False] * len(words)
        for i in range(len(words) - 1, -1, -1):
            after[i] = seen
            low = words[i].lower()
            seen = seen or low in _ORG_HEADS or low.rstrip("'’s") in _ORG_HEADS
        memo.extend(after)
    return memo[k]


def _split_match(surface: str) -> list[list[tuple[str, int, int, bool]]]:
    """One capitalised run cut into chunks: (token, start, end, possessive) relative to the run."""
    out: list[list[tuple[str, int, int, bool]]] = []
    toks: list[tuple[str, int, int, bool]] = []
    words = surface.split(" ")  # (the tokens _split_tokens makes, read as plain strings)
    n = len(words)
    heads_after: list[bool] = []
    end = -1
    for k, word in enumerate(words):
        start = end + 1
        end = start + len(word)
        low = word.lower()
        if len(word) == 2 and word[1] == "." and k and k + 1 < n and words[k - 1] not in _first_names() \
                and words[k - 1].lower().rstrip(".") not in _titles() and not _DOTTED_INITIALS.fullmatch(words[k - 1]) \
                and not (words[k - 1][-1:] == "." and words[k - 1][:-1] in _GIVEN_NAME_ABBREVIATIONS):
            # "Group B. Smith scored", "Plan B. Jones said": a letter that ends a name before the next sentence
            toks.append((word[0], start, start + 1, False, low[0]))
            out.append(toks)
            toks = []
            continue
        if k == 0 and (word[:5] == "Anti-" and word[5:6].isupper() or word[:4] == "Pro-" and word[4:5].isupper()) \
                and (n == 1 or not any(w.lower() in _ORG_HEADS for w in words[1:])):
            cut = 5 if word[0] == "A" else 4  # "Anti-Taliban fighters", "Pro-Moscow rebels": the name after the prefix
            word, start = word[cut:], start + cut  # (not "Anti-Slavery International", a body's own name)
            low = word.lower()
        if word in ("NGO", "NGOs") and k + 1 < n:
            # "the NGO Front Line Defenders": a kind of body before a name, no part of it
            if toks:
                out.append(toks)
            out.append([(word, start, end, False, low)])
            toks = []
            continue
        if k and toks and (k + 1 == n and word in _NO_NAME_ENDS
                           or word in _CLAUSE_OPENERS and len(toks) >= 2 and toks[0][0] in _first_names()
                           or (word == "I" or word[-3:] == "ing" and len(word) >= 6 and word[1:].islower()
                               and _wordfreq()(low) >= 4.3 and toks[-1][0] not in _first_names())
                           and len(toks) >= 2 and toks[0][0] in _first_names() and not toks[-1][3]):
            # (and "I", or a common word in -ing, after a full name: "editor Ann Lee I do not believe", "editor Ann Lee
            # Speaking to me today": a sentence's first word; a regnal "I" follows a title: "Pope John Paul I")
            # "editor Ann Lee At Westminster there has been", "correspondent Ann Lee Now we know": a word that opens a
            # clause and is no part of any name, after a person's given name and surname, where a full stop was lost
            # (a byline run into the text): the name ends before it, and the word names nothing (a run of other words
            # that holds one is a title: "Where Was My River")
            out.append(toks)
            toks = []
            continue
        if word[-1:] == "." and k + 1 < n and words[k + 1] in _SENTENCE_PRONOUNS:
            # "Washington, D.C. We must ...": a pronoun after a full stop opens the next sentence
            toks.append((word, start, end, False, low))
            out.append(toks)
            toks = []
            continue
        if k == 0 and word in ("I.", "V.", "X.") and n > 1 and not _DOTTED_INITIALS.fullmatch(words[1]):
            continue  # a section's Roman numeral before its first sentence ("X. Our rights ..."), no initial of a name
        if word[-2:] in ("s'", "s’") and k + 1 < n:  # "Critics' Circle": a plural possessive inside a name
            toks.append((word, start, end, False, low))
            continue
        if word[-2:] in ("'s", "’s"):  # (the possessives' tests below, made only for a possessive)
            if k + 1 < n and len(word) > 3 and word[0].isupper() \
                    and (j := next((j for j in range(k + 1, min(n, k + 4))
                                    if words[j].lower().rstrip("'’s") in _POSS_INSTITUTIONS), None)) is not None \
                    and (j == n - 1 or _place(" ".join(words[j + 1:]))) \
                    and not (_place(word[:-2]) or _demonym_of(word[:-2]) or word[:-2].lower() in _ORG_HEADS
                             or word[:-2].isupper()):
                # "St Mary's Hospital", "King's College", "Women's Institute": a possessive inside an institution's name
                # (not "Iran's Foreign Ministry", "BBC's Research Department": a place's or an organisation's own body)
                toks.append((word, start, end, False, low))
                continue
            if 1 <= n - 1 - k <= 3 and words[-1] == "UK" \
                    and _wordfreq()(low.replace("’", "'")) > _wordfreq()(low[:-2]) \
                    and all(w[:1].isupper() and w[1:].islower() and _wordfreq()(w.lower()) >= 3.0 for w in words[k + 1:-1]):
                # "Alzheimer's Research UK", "Parkinson's UK": an eponym, written mostly as a possessive (a disease), opens
                # a body's name before "UK"
                toks.append((word, start, end, False, low))
                continue
            if k + 1 < n and word[-2] == "'" and words[k + 1][1:].islower() \
                    and _place(f"{word} {words[k + 1]}"):
                # "King's Lynn", "Lee's Summit": a possessive inside a town's name (the gazetteer's)
                toks.append((word, start, end, False, low))
                continue
            if k + 1 < n and word[:-2] in _POST_POSSESSORS \
                    and _POSSESSIVE.sub("", words[k + 1]) in ("Office", "Department", "Court"):
                # "the Elkhart County Sheriff's Department", "the Manhattan District Attorney's Office": an official's
                # office is a body named with the post's possessive
                toks.append((word, start, end, False, low))
                continue
            if k + 1 < n and word[:-2] in _COLLECTIVE_POSSESSORS and words[k + 1][:1].isupper():
                # "People's Alliance Against Child Abuse", "the Women's Royal Voluntary Service", "Children's Society": a plural
                # noun for people owns no one thing of the story; its possessive opens a body's or a paper's name
                toks.append((word, start, end, False, low))
                continue
        if (low in _CALENDAR and not (len(word) == 3 and word.isupper()) or word in _EVENT_WORDS) \
                and not (toks and word in ("May", "March", "August", "June")) \
                and not _calendar_word_in_name(word, words, k) \
                and not (k + 1 < n and words[k + 1][:1].isupper() and _place(word + " " + _POSSESSIVE.sub("", words[k + 1]))) \
                and not (low == "sunday" and k + 1 < n and _POSSESSIVE.sub("", words[k + 1]).lower() in _NEWSPAPERS) \
                and not (low in _NEWSPAPERS and len(toks) == 1 and toks[0][0] == "The") \
                and not (word in _EVENT_WORDS and any(_POSSESSIVE.sub("", w).lower() in _ORG_HEADS for w in words[k + 1:k + 4])):
            # (an event word before an organisation head is part of its name: "International Olympic Committee",
            # "Olympic Primary School", "Commonwealth Games Federation"; a calendar word that opens a place's name is
            # part of it: "Christmas Island", "Easter Island")
            # "On Monday Lib Dem ...": a day is no part of a name (but "Theresa May" is one); a name
            # before an event word belongs to the event ("Sydney Olympic champion", "Athens Olympics")
            if toks and (word not in _EVENT_WORDS or toks[-1][0] != "The" and len(toks) - (toks[0][0] == "The") == 1
                         and _demonym_of(toks[-1][0]) and not _place(toks[-1][0])):
                out.append(toks)  # (a people before an event word is no part of the event: "the Greek Olympic team")
            toks = []
            continue
        if "-" in word and k + 1 < n and not _POSSESSIVE.search(word) and not word.endswith(_PLACE_MODIFIER_TAILS) \
                and _org_head_after(words, k, heads_after) \
                and not (_place(word.split("-")[0]) or _demonym_of(word.split("-")[0])):
            # "European Low-fare Airlines Association": a hyphenated word inside an organisation's name
            toks.append((word, start, end, False, low))
            continue
        if word and "'" not in word and "’" not in word and "-" not in word and word[-1] != ".":
            toks.append((word, start, end, False, low))  # nothing to cut (what _clean_token gives back)
            continue
        if toks and _syllable_given_name(word, toks[-1][0]):
            # "Kim Jong-il", "Roh Moo-hyun", "Ban Ki-moon's", "Chen Shui-bian": a given name of two syllables after a
            # one-syllable family name, as Korean and Taiwanese names are written (not "Hong Kong-based")
            base = _POSSESSIVE.sub("", word)
            toks.append((base, start, start + len(base), base != word, base.lower()))
            if base != word:
                out.append(toks)
                toks = []
            continue
        if word.count("-") == 1 and toks and word[-1].isalpha() and (head := word.split("-")[0]).isalpha() \
                and not head.isupper() and word.split("-")[1].islower() and not (_place(head) or _demonym_of(head)) \
                and _wordfreq()(low.replace("-", "")) >= 3.0:
            # "Economic Co-operation": one word written with a hyphen, inside a name (not "US-led", "Moscow-based")
            toks.append((word, start, end, False, low))
            continue
        if "-" in word and k + 1 == n and (parts := _POSSESSIVE.sub("", word).split("-")) and len(parts) >= 2 \
                and all(p[:1].isupper() for p in parts) and not _place(_POSSESSIVE.sub("", word)) \
                and all(_place(p) or _demonym_of(p) or j < len(parts) - 1 and _COMBINING_FORM.fullmatch(p)
                        for j, p in enumerate(parts)) and (_place(parts[-1]) or _demonym_of(parts[-1])):
            # "US-German carmaker", "British-Irish council": each part names its own place or people (last in its run:
            # not "Chancay-Huaral Valley"); a combining form before them names none ("Franco-German", "Sino-US")
            if toks:
                out.append(toks)
            toks = []
            a = start
            for p in parts:
                if _place(p) or _demonym_of(p):
                    out.append([(p, a, a + len(p), False, p.lower())])
                a += len(p) + 1
            continue
        clean, ends = _clean_token(_Tok(word, start, end))
        if clean is not None:
            toks.append((clean.text, clean.start, clean.end, clean.poss, clean.text.lower()))
        if ends:
            if toks:
                out.append(toks)
            toks = []
    if toks:
        out.append(toks)
    if len(out) == 1 and len(out[0]) == 3 and not any(t[3] for t in out[0][:2]) \
            and out[0][1][0] in _first_names() and out[0][2][0] in _last_names() \
            and out[0][0][0] not in _first_names() and out[0][0][0] not in _last_names() \
            and out[0][2][0] not in _first_names() and _place(out[0][0][0]) is not None:
        # "a beach in Cornwall Madeleine Berg of Fidra said": a caption's place run into the next sentence's speaker,
        # a known place (no person's name) and a given name and a surname: the place, then the person
        out = [out[0][:1], out[0][1:]]
    return out


def _places_paired(prev: list[_Tok], toks: list[_Tok]) -> bool:
    """Two places joined by "&" that stay two: two countries ("England & Wales", "UK & Ireland") or a pair that is
    itself a place ("Trinidad & Tobago"). A firm named after towns, or after a people and a town, keeps its ampersand
    ("Bradford & Bingley", "Marlow & Leigh", "Scottish & Newcastle")."""
    left, right = " ".join(t.text for t in prev), " ".join(t.text for t in toks)
    return bool(_country_of(prev[-1].text) and _country_of(toks[0].text)) or _place(left + " and " + right) is not None


# Titles that US copy abbreviates with a full stop before a name ("Sen. Scott Beason", "Republican Sen.", "Lt. Gen.",
# "Mr. Smith"), and the abbreviated first words of places' names ("St. Louis", "Ft. Worth", "Mt. Hood")
_TITLE_ABBREVIATIONS = frozenset("""Mr Mrs Ms Dr Sen Rep Gov Lt Gen Col Capt Cmdr Sgt Cpl Pvt Maj Adm Rev Prof Supt Insp Det
Atty Pres Hon""".split())
_PLACE_ABBREVIATIONS = frozenset("St Ft Mt".split())
_GENERATION_SUFFIXES = frozenset(("Jr", "Sr"))  # (after a full name, written "Jr." in US copy)
# The full words of the abbreviations that are surnames too, which the title list leaves out ("Amartya Sen"): with the
# stop they are titles, read as their full word
_STOPPED_TITLES = {"Sen": "senator", "Atty": "attorney", "Cmdr": "commander"}


def _join_abbreviations(chunks: list[list[_Tok]], text: str) -> list[list[_Tok]]:
    """A run that ends in a title's abbreviation and its full stop goes on to the capitalised run right after it
    ("Sen. Scott Beason", "Lt. Gen. Ann Hix"), and so does a place's abbreviated first word alone ("St. Louis"); not
    when the word after the stop opens a sentence ("... Dr. The ..."). The abbreviation's token keeps its stop in its
    text, not in its lower-case form ("Gov." -> "gov"; "Sen." -> "senator", see _STOPPED_TITLES); so does a
    generation's suffix after a full name ("James Roosevelt Jr.")."""
    out: list[list[_Tok]] = []
    for toks in chunks:
        if len(toks) >= 3 and toks[-1].text in _GENERATION_SUFFIXES and text.startswith(".", toks[-1].end):
            last = toks[-1]  # "James Roosevelt Jr.": the suffix keeps its stop, in the name as in the span
            toks = toks[:-1] + [_Tok(last.text + ".", last.start, last.end + 1, False, last.low)]
        if out:
            prev = out[-1]
            last = prev[-1]
            if toks[0].start == last.end + 2 and text.startswith(". ", last.end) and not last.poss \
                    and (last.text in _TITLE_ABBREVIATIONS or last.text in _PLACE_ABBREVIATIONS and len(prev) == 1) \
                    and toks[0].text not in _SENTENCE_OPENING_WORDS:
                low = _STOPPED_TITLES.get(last.text, last.low)
                out[-1] = prev[:-1] + [_Tok(last.text + ".", last.start, last.end + 1, False, low)] + toks
                continue
        out.append(toks)
    return out


# The most words one capitalised run is read as (the longest in the dev texts, a State of the Union heading in
# capitals, has 18; no name comes near 40).
MAX_RUN = 40


def _gerund_field(prev: list[_Tok]) -> bool:
    """*prev* ends with an organisation's head, "for" and a verb's -ing form ("Department for Exiting", "Office for
    Promoting"): the field goes on with the verb's object."""
    return len(prev) >= 3 and prev[-2].low == "for" and prev[-1].low.endswith("ing") and len(prev[-1].low) > 5 \
        and not prev[-1].poss and prev[-1].text[1:].islower() \
        and (prev[-3].low in _ORG_HEADS or prev[-3].low[-1:] == "s" and prev[-3].low[:-1] in _ORG_HEADS)


def _chunks(text: str) -> list[list[_Tok]]:
    """Capitalised sequences, possessives and hyphen tails cut, joined across org connectors."""
    chunks: list[list[_Tok]] = []
    cache = _MATCH_CACHE
    for m in _CHUNK.finditer(text):
        surface = m.group()
        pieces = cache.get(surface)
        if pieces is None:
            if len(cache) > 100_000:
                cache.clear()
            pieces = cache[surface] = _split_match(surface)
        base = m.start()
        for piece in pieces:
            toks = [_Tok(t, base + a, base + b, p, lo) for t, a, b, p, lo in piece]
            if toks[-1].low in _NEWSPAPERS and not toks[-1].poss and text.startswith(" on Sunday", toks[-1].end) \
                    and not text[toks[-1].end + 10:toks[-1].end + 11].isalnum():
                # "the Mail on Sunday", "the Independent on Sunday": a paper's Sunday title, one name
                a = toks[-1].end + 1
                poss = text.startswith(("'s", "’s"), a + 9)
                toks += [_Tok("on", a, a + 2, False, "on"), _Tok("Sunday", a + 3, a + 9, poss, "sunday")]
            if toks[-1].text in ("Radio", "Channel", "Formula", "BBC") and not toks[-1].poss \
                    and (num := _NUMBER_AFTER.match(text, toks[-1].end)) \
                    and (toks[-1].text != "BBC" or text.startswith(" live", num.end(1))):
                toks.append(_Tok(num.group(1), num.start(1), num.end(1), False, num.group(1)))
                if toks[-2].text in ("Radio", "BBC") and (live := _STATION_LIVE.match(text, num.end(1))):
                    # "BBC Radio 5 live", "told BBC 5 live's ...": the station's name ends in its lower-case "live"
                    toks.append(_Tok("live", live.start(1), live.end(1), bool(live.group(2)), "live"))
            if len(toks) >= 2 and (toks[1].text in _FURNITURE_OPENERS or toks[1].text in _CLAUSE_OPENERS) \
                    and toks[0].text in _first_names() and not toks[0].poss \
                    and text.endswith("Read more from ", max(0, toks[0].start - 15), toks[0].start):
                # "Read more from Sarah The SNP conference ...", "Read more from Nick Follow Nick on Twitter": a news
                # site's furniture line kept inline ends with the writer's given name; the next word opens a sentence
                chunks.append(toks[:1])
                toks = toks[1:]
            if len(toks) >= 3 and toks[-2].text == "Follow" and text.startswith(" on Twitter", toks[-1].end):
                # "... Nick Follow Nick on Twitter": "Follow" opens a furniture line, no part of a name
                if len(toks) > 3:
                    chunks.append(toks[:-2])
                toks = toks[-1:]
            elif toks[0].text == "Follow" and len(toks) == 2 and text.startswith(" on Twitter", toks[-1].end):
                toks = toks[1:]
            if text.startswith(_ARABIC_PARTICLES, toks[-1].end) and not toks[-1].poss \
                    and (toks[0].text in _first_names() or toks[0].low in _ROYAL) \
                    and (tail := _ARABIC_TAIL.match(text, toks[-1].end)):
                # "Ali al-Naimi", "Sheikh Ahmad Fahd al-Ahmad al-Sabah": the name goes on with its hyphenated particles
                for w in _ARABIC_WORD.finditer(text, tail.start(), tail.end()):
                    word = _POSSESSIVE.sub("", w.group())
                    toks.append(_Tok(word, w.start(), w.start() + len(word), word != w.group(), word.lower()))
            chunks.append(toks)
    if ". " in text:
        chunks = _join_abbreviations(chunks, text)
    # "Bank of America", "Food and Agriculture Organisation", "Secretary of State": join when either side has an org head
    out: list[list[_Tok]] = []
    for toks in chunks:
        if out and len(out[-1]) <= MAX_RUN:  # (a run already longer than any name joins nothing more)
            prev = out[-1]
            gap = text[prev[-1].end: toks[0].start]
            if gap in ("' ", "’ ") and len(prev) >= 2 and prev[-1].text[-1:] == "s" and not prev[-1].poss \
                    and toks[-1].low in _ORG_HEADS and not any(
                        t.low in _ORG_HEADS and u.low == "of" for t, u in zip(prev, prev[1:-1])):
                # (not after a body's whole name, a head and what it is of: "the Polish Academy of Sciences' Institute
                # of Zoology" is the academy's institute, a body of its own)
                # "British Athletics Writers' Association": a plural possessive inside a longer name with a head
                last = prev[-1]
                if _owner_named_alone(text, text[prev[0].start:prev[-1].end], len(toks)):
                    # "National Amusements' Arsenal Holdings Inc" beside "National Amusements Inc": the owner, then a
                    # company of its own
                    out[-1] = prev[:-1] + [_Tok(last.text, last.start, last.end, True, last.low)]
                    out.append(toks)
                    continue
                out[-1] = prev[:-1] + [_Tok(last.text + gap[0], last.start, last.end + 1, False, last.low + gap[0])] + toks
                if len(out) >= 2 and _field_before_and(out[-2], out[-1], text):
                    # "Transport and General Workers' Union": the field before "and" is the name's too (the run after
                    # "and" had no head yet when the two met)
                    before = out.pop(-2)
                    out[-1] = before + [_Tok("and", before[-1].end + 1, out[-1][0].start - 1, False, "and")] + out[-1]
                continue
            if gap == " the " and _gerund_field(prev):
                # "the Department for Exiting the European Union", "Office for Tackling the Drugs Trade": a body's field
                # written as a verb and its object, "the" and all
                out[-1] = prev + [_Tok("the", prev[-1].end + 1, toks[0].start - 1, False, "the")] + toks
                continue
            if gap in _CONNECTORS:
                heads = _ORG_HEADS
                if gap == " to ":
                    # only "<Committee> to <Verb> ...": a common verb after an organisation head, no place
                    if prev[-1].low in _PURPOSE_HEADS and _wordfreq()(toks[0].low) >= 4.0 and toks[0].low not in heads \
                            and not _place(" ".join(t.text for t in toks)):
                        out[-1] = prev + [_Tok("to", prev[-1].end + 1, toks[0].start - 1, False, "to")] + toks
                    else:
                        out.append(toks)
                    continue
                tail_join = gap in (" and ", " of ", " for ") and (len(toks) == 1 or gap == " of " and _purpose_run(prev)
                                                                  and _field_words(toks, 3)) \
                    and any(t.low in heads or t.low[-1:] == "s" and t.low[:-1] in heads for t in prev[:-1]) \
                    and prev[-1].text.lower() not in heads \
                    and not _place(" ".join(t.text for t in prev)) and not _place(toks[0].text) and not _demonym_of(toks[0].text) \
                    and (gap != " and " or _field_words(toks, 1) and not _place(prev[-1].text)
                         and not (len(prev) >= 3 and prev[-2].text in _first_names()))
                # (after "and", a field's common word: "Department of Trade and Industry", not "Bank of England and
                # Barclays", "Institute of Directors and Tesco", nor after a person's name: "Police Minister David
                # Llewellyn and Labor backbencher Steven Kons")
                left_head = prev[-1].text.lower() in heads or tail_join \
                    or gap in (" for ", " of ") and prev[-1].low[-1:] == "s" and prev[-1].low[:-1] in heads
                # (a plural head: "the Centers for Disease Control", "the National Institutes of Health")
                right_head = any(t.text.lower() in heads for t in toks) and not (gap == " and " and len(prev) == 1 and _country_of(prev[0].text))
                title_join = prev[-1].text.lower() in ("secretary", "minister") and toks[0].text == "State" \
                    or gap == " of " and len(prev) == 2 and prev[0].low in _PEERAGE and len(toks) == 1 \
                    and prev[1].low not in _ORG_HEADS and not _place(prev[1].text)
                # ("Lord Nicholls of Birkenhead": a peer's territorial title is part of the name)
                title_join = title_join or gap == " of " and _members_of_place(prev, toks)
                # ("Associated General Contractors of Alabama", "Communications Workers of America": a members' body)
                if right_head and not left_head and (gap in (" of ", " of the ") or gap in (" for ", " for the ") and not any(
                        "-" in t.text for t in prev)) and (_person_run(prev) or len(prev) > 2 and (
                        _group_word(prev[0]) or prev[0].low in _SENTENCE_CONJUNCTIONS) and (
                        _person_run(prev[1:]) or _name_pair(prev[1:]))):
                    right_head = False  # "analyst Orin Middleton of Barclays Capital": a person, then where they work;
                    # "Ziyi Zhang for House of Flying Daggers": a nominee, then the work (an award list); "Republican
                    # Chuck Hagel of the Foreign Relations Committee": a party's or a people's word before the person
                if right_head and not left_head and gap == " of the " and _post_title(prev):
                    right_head = False  # "Chairman of the Joint Chiefs", "President of the Law Society": a post, then
                    # the body it is held in; the post is no part of the body's name
                if right_head and gap == " and " and len(prev) - (prev[0].text == "The") == 1 and prev[-1].low in heads \
                        and prev[-1].low[-1:] != "s" and not _fields_then_body(toks, heads):
                    right_head = False  # "Army and Navy", "House and Senate": two institutions (but "Securities and ...")
                if right_head and gap == " and " and ("&" in [t.text for t in prev] or _person_run(prev) and (
                        _person_run(toks) or len(toks) == 2 and toks[0].text in _first_names())):
                    right_head = False  # "Ogilvy & Mather and Cordiant Communications", "Emily Blunt and Nathalie Press": two
                if right_head and gap == " and " and len(prev) >= 2 and len(toks) >= 2 and prev[0].text != "The" \
                        and toks[0].text == prev[0].text:
                    right_head = False  # "BBC Sport and BBC Radio 4", "Bank Austria and Bank Leumi": two, named alike
                if right_head and gap == " and " and len(toks) >= 2 and toks[-1].low in _NEWSPAPERS:
                    right_head = False  # "The Daily and Sunday Telegraph", "the Times and Sunday Times": a paper of its own
                if right_head and gap in (" and ", " of the ", " for ", " for the ") and not left_head \
                        and _places_on_both_sides(prev, toks, gap):
                    right_head = False  # "the Gaza Strip and West Bank": two places ("Bank" is no bank's head there);
                    # "a meeting in London of the Commonwealth Action Group": where, then the body that meets; "left
                    # Liberia for the United States": where from, where to
                if right_head and gap == " and " and len(prev) >= 2 and prev[-1].text == "live" and prev[-2].text.isdigit():
                    right_head = False  # "BBC 5 live and World Service": a station of its own, then another body
                if right_head and gap == " and " and len(prev) == 1 and prev[0].text.isupper() and len(prev[0].text) > 1:
                    right_head = False  # "ITV and Channel 4", "BT and Cable & Wireless": an acronym names one of its own
                if right_head and not left_head and gap in (" of ", " of the ") and len(prev) == 1 \
                        and _plural_opener(text, prev[0]):
                    right_head = False  # "Members of the Royal Ballet", "Critics of the Research Council": people of it
                if right_head and gap == " and " and len(prev) == 1 and len(toks) == 2 and toks[1].low in _CLUB_HEADS \
                        and _place(toks[0].text) is not None and not _place(prev[0].text + " and " + toks[0].text):
                    right_head = False  # "Arsenal and Manchester United": a club named by its town is a name of its own
                if right_head and gap == " and " and len(prev) == 1 and (_named_alone(text, prev[0])
                                                                          or _listed_company_run(toks)):
                    right_head = False  # "Fiat and General Motors ... Fiat said": a name the text also uses alone;
                    # "Tesla and General Motors": the run after "and" is a listed company's whole name
                # "the charity Friends of the Earth": a body's name after a word for one holds its "of the"
                cue_join = gap in (" of ", " of the ", " for ", " for the ") and len(toks) <= 3 \
                    and (len(prev) <= 2 or len(prev) <= 6 and any(t.low in ("of", "for", "of the", "for the") for t in prev)
                         and not _place(" ".join(t.text for t in toks))) \
                    and _body_cue_before(text, prev[0])
                # (and on after a connector the cue already let in: "the group People for the Ethical Treatment of
                # Animals", but not on to a place: "Friends of the Earth of Leeds", a branch's town)
                join = left_head and (gap != " and " or tail_join) or right_head and gap != " on " or title_join or cue_join
                if join and gap in (" for ", " for the ") and _body_for_body(prev, toks):
                    join = False  # "the Australian National University for the New South Wales Bureau of Crime
                    # Statistics": one body's work for another, two names
                if not join and gap == " & ":
                    # "Marks & Spencer", "Langlands & Bell": an ampersand between capitalised words makes one name
                    join = len(prev) <= 3 and len(toks) <= 3 and not _places_paired(prev, toks) \
                        and not (prev[-1].text in _first_names() and toks[0].text in _first_names())  # not "Richard & Judy"
                elif not join and gap in (" of ", " of the ") and len(prev) - (prev[0].text == "The") == 1 and len(toks) <= 2 \
                        and text[prev[0].start - 3:prev[0].start] not in ("'s ", "’s "):  # (not "People's Republic of China")
                    # "Isle of Man", "District of Columbia", "Gulf of Mexico": a place named with "of"
                    hit = _place(prev[-1].text + gap + " ".join(t.text for t in toks))
                    right = _place(" ".join(t.text for t in toks))
                    join = hit is not None and hit[1] != toks[-1].text and not (
                        hit[0] == "LOC" and right is not None and right[0] == "LOC" and prev[-1].low not in _LOC_OF_HEADS)
                    # (not "Farmers of the Chancay-Huaral Valley": a place's own head word, not the join, made it one)
                elif not join and gap == " and " and len(toks) <= 2 and len(prev) <= 3:
                    # "Trinidad and Tobago", "St Kitts and Nevis": a country named with "and"
                    left = [t.text for t in prev if t.text != "The"]
                    hit = _place(" ".join(left) + " and " + " ".join(t.text for t in toks)) if 0 < len(left) <= 2 else None
                    join = hit is not None and hit[0] == "GPE" and not (
                        (lc := _country_of(" ".join(left))) and (rc := _country_of(" ".join(t.text for t in toks))) and lc != rc)
                    # (not "South Korea and North Korea": two countries of their own)
                    # "accountants Ernst and Young": two names joined by "and" after a word that says company
                    if not join and len(prev) == 1 and len(toks) == 1 and text[prev[0].start - 1:prev[0].start] == " " \
                            and _FIRM_BEFORE.search(text, max(0, prev[0].start - 24), prev[0].start):
                        join = not _place(prev[0].text) and not _place(toks[0].text)
                if not join and gap == " and " and len(toks) == 1 and toks[0].text in ("Co", "Company", "Sons") \
                        and not toks[0].poss and 1 <= len(prev) <= 3 and not prev[-1].poss:
                    join = True  # "McKiernan and Co", "Dombey and Sons": a firm's name, whatever the name before it
                if join:
                    if not (gap == " and " and right_head and len(prev) - (prev[0].text == "The") >= 2 and any(
                            t.low in heads or t.low[-1:] == "s" and t.low[:-1] in heads for t in prev)):
                        # (two organisations: "Labour Party and Liberal Party"; one head word alone is no name of its
                        # own: "Securities and Exchange Commission")
                        out[-1] = prev + [_Tok(gap.strip(), prev[-1].end + 1, toks[0].start - 1, False, gap.strip())] + toks
                        continue
        out.append(toks)
    if " and " in text:
        out = _join_field_lists(out, text)
    if (" for " in text or " of " in text) and _POST_OF_FIELD.search(text):
        out = _portfolio_before_holder(out, text)  # ("Minister for Immigration Philip Ruddock": the holder's name)
    if any(len(toks) > MAX_RUN for toks in out):
        # a run of capitalised words longer than any name (all-caps or title-case running text): read in pieces, so
        # the rules' cost stays linear in the text (some read every tail of a run)
        out = [toks[i:i + MAX_RUN] for toks in out for i in range(0, len(toks), MAX_RUN)]
    return out


# A minister's or a commissioner's post named by its field after "for" or "of" ("Minister for Immigration", "Minister of
# Finance", "Secretary of State for Trade", "Commissioner for Human Rights", "Minister for the Environment"), the field
# capitalised as part of the title; the holder's name may follow ("Minister for Immigration Philip Ruddock")
_POST_OF_FIELD = re.compile(r"\b(?:(?:Minister|Secretary|Commissioner|Spokes(?:man|woman|person)|Envoy)(?: of State)? "
                            r"(?:for|of) (?:the )?(?!State\b)(?=[A-Z])|"
                            r"Leader of the (?=(?:Commons|Lords|Opposition|House(?! of))\b))")
# (a parliament's leaders too: "Leader of the Commons Jo Hart", "Leader of the Lords Lady Ames", "Leader of
# the Opposition Tom Reid")


def _portfolio_before_holder(chunks: list[list[_Tok]], text: str) -> list[list[_Tok]]:
    """The run after a post named by its field (_POST_OF_FIELD), or after the field's first words and "and" or a comma
    ("Minister for Rehabilitation and Reconstruction Nimal Perera"), when it opens with the field's words and ends
    with a person's name: the field's common words are part of the title, no name (dropped); a place or an
    institution among them is named on its own ("Secretary of State for Northern Ireland Paul Murphy", "Secretary
    of the Treasury Paul O'Neill"); the rest is the holder's name."""
    starts = {m.end() for m in _POST_OF_FIELD.finditer(text)}
    out: list[list[_Tok]] = []
    chained = False  # (the run before was the field's words alone, and this one follows it after "and" or a comma)
    for toks in chunks:
        follows = chained and out and text[out[-1][-1].end:toks[0].start] in (" and ", ", ", " & ")
        chained = False
        k = 0
        if toks[0].start not in starts and not follows:
            # (or the post joined to its field as one run, the field holding an organisation's head: "Commissioner for
            # Police Mick Keelty"): the post as a run of its own, as it is when nothing joins them
            k = next((k for k, t in enumerate(toks[2:-2], 2) if t.start in starts), 0)
            if not k:
                out.append(toks)
                continue
        pieces, rest = _field_then_holder(toks[k:])
        if rest is None:
            chained = pieces is None and not k  # (the field's words alone: a holder may follow after "and")
            out.append(toks)
            continue
        if k:
            out.append(toks[:max(j for j in range(k) if toks[j].low not in _CONNECTOR_WORDS) + 1])
        out.extend(pieces)
        out.append(rest)
    return out


_CONNECTOR_WORDS = frozenset(("and", "of", "&", "the", "for", "of the", "for the"))


def _field_then_holder(toks: list[_Tok]) -> tuple[list[list[_Tok]] | None, list[_Tok] | None]:
    """(the places and institutions among the field's words, the holder's name) of a run that opens with a post's
    field and ends with a person's name of two words or more, the first a given name or no common word; (None, None)
    when the run is the field's words alone; ([], None) when it is anything else."""
    zipf = _wordfreq()
    firsts = _first_names()
    pieces: list[list[_Tok]] = []
    i, n = 0, len(toks)
    while i < n:
        t = toks[i]
        if i and t.low in _CONNECTOR_WORDS:
            i += 1
            continue
        if t.text in firsts:
            break  # (the holder's given name: "Security Tom Ridge" is no place's name)
        j = next((j for j in (3, 2, 1) if i + j <= n and not any(u.poss or u.text in firsts for u in toks[i:i + j])
                  and (_place(" ".join(u.text for u in toks[i:i + j]))
                       or " ".join(u.text for u in toks[i:i + j]) in _INSTITUTIONS)), 0)
        if not j and _demonym_of(t.text) and not t.poss:
            j = 1  # "Minister for Aboriginal Affairs John Herron": the people, named on its own
        if j:
            pieces.append(toks[i:i + j])  # "Northern Ireland", "Treasury": named on their own
            i += j
            continue
        if t.poss or t.text.isupper() or zipf(t.low) < 3.0:
            break
        i += 1  # a common word naming the field ("Immigration", "Human Rights", "Foreign Affairs")
    if i == n:
        return None, None
    rest = toks[i:]
    if i == 0 or len(rest) < 2 or toks[i - 1].low in _CONNECTOR_WORDS \
            or not (rest[0].text in firsts or zipf(rest[0].low) < 3.0) \
            or any(not u.text[:1].isupper() or u.low in _ORG_HEADS for u in rest):
        return [], None
    return pieces, rest


def _field_before_and(prev: list[_Tok], run: list[_Tok], text: str) -> bool:
    """*prev* is one or two words naming a field of work (no head, place, person or party) right before " and " and
    *run*, a body's name that opens with no head of its own and ends in one ("Transport" before "General Workers'
    Union"): one name."""
    return text[prev[-1].end:run[0].start] == " and " and run[0].low not in _ORG_HEADS and run[-1].low in _ORG_HEADS \
        and _field_words(prev, 2) and not any(t.text in _PARTIES or _wordfreq()(t.low) < 3.9 for t in prev)
    # (a common word: not a brand's coined name, "Fiat and General Workers' Union")


def _fields_then_body(toks: list[_Tok], heads: Container[str]) -> bool:
    """After "<field> and", a body's name of three words or more that opens with no head word of its own ("Energy and
    Environment Policy Center", "Energy and Resources Research Institute"): the fields the body covers, then its head;
    not a second institution ("Army and Navy", "House and Senate Intelligence Committees")."""
    return len(toks) >= 3 and toks[0].low not in heads and toks[-1].low in heads and not toks[-1].poss \
        and all(t.text[:1].isupper() for t in toks)


def _owner_named_alone(text: str, owner: str, words_after: int) -> bool:
    """Before a plural possessive ("National Amusements' Arsenal Holdings Inc"), a name the text writes elsewhere without
    the possessive, and after it a name of two words or more: an owner and what it owns, two names (not "British
    Athletics Writers' Association", whose possessor is named nowhere else, nor "Writers' Guild")."""
    return words_after >= 2 and _written_without_possessive(text, owner)


@lru_cache(maxsize=256)  # (asked at each plural possessive: one scan of the text per owner, not one per possessive)
def _written_without_possessive(text: str, owner: str) -> bool:
    """*text* writes *owner* somewhere with no apostrophe right after it."""
    n, at = len(owner), text.find(owner)
    while at >= 0:
        if text[at + n:at + n + 1] not in ("'", "’"):
            return True
        at = text.find(owner, at + 1)
    return False


def _places_on_both_sides(prev: list[_Tok], toks: list[_Tok], gap: str) -> bool:
    """Around "and" or "for", two places a gazetteer knows ("Gaza Strip and West Bank", "Liberia for the United
    States"); before "of the", one city or country
    word that no organisation's head follows ("London of the Commonwealth Ministerial Action Group")."""
    left = [t.text for t in prev if t.text != "The"]
    if not left or len(left) > 3 or any(t.low in _ORG_HEADS for t in prev):
        return False
    here = _place(" ".join(left))
    if here is None or here[0] != "GPE":
        return False
    if gap == " of the ":
        return len(left) == 1 and here[1] == left[0] or _country_of(left[0]) is not None
    there = _place(" ".join(t.text for t in toks))
    return there is not None and there[0] in ("GPE", "LOC")


def _body_cue_before(text: str, tok: _Tok) -> bool:
    """A word for a body of campaigners or carers right before *tok* ("the charity Friends of the Earth")."""
    return tok.start > 2 and text[tok.start - 1] == " " and "a" <= text[tok.start - 2] <= "z" \
        and _BODY_BEFORE.search(text, max(0, tok.start - 16), tok.start) is not None


def _plural_opener(text: str, tok: _Tok) -> bool:
    """*tok* opens its sentence and is an everyday plural noun, no organisation's head ("Members", "Critics",
    "Supporters" before "of the <Body>": the people of a body, not part of its name)."""
    low = tok.low
    return len(low) > 3 and low.endswith("s") and not low.endswith("ss") and low not in _ORG_HEADS \
        and low[:-1] not in _ORG_HEADS and _wordfreq()(low) >= 4.0 \
        and _char_before(text, tok.start) in ("", ".", "!", "?", "\n", "\"", "”")


def _listed_company_run(toks: list[_Tok]) -> bool:
    """The words of *toks*, two or more, are the short name of a listed company (the company gazetteer's: "General
    Motors", "Home Depot"), a name of its own after "and"."""
    if len(toks) < 2:
        return False
    from .companies import _company_names  # (the gazetteer module reads this one's helpers: imported when needed)
    plain, common = _company_names()
    name = " ".join(t.text for t in toks)
    return name in plain or name in common


def _named_alone(text: str, tok: _Tok) -> bool:
    """The word of *tok* stands alone elsewhere in *text*, mid-sentence (after a lower-case word or a comma), before no
    "and" and no other capitalised word: a name of its own ("Fiat and General Motors ... shares in Fiat fell"), not the first word of a longer
    name ("Food and Drug Administration")."""
    word = tok.text
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if at != tok.start and at >= 2 and text[at - 1] == " " and (text[at - 2].islower() or text[at - 2] == ",") \
                and not (end < len(text) and (text[end].isalnum() or text[end] in "-&")) \
                and not text.startswith(" and ", end) and not text.startswith(" & ", end) \
                and not (text[end:end + 1] == " " and text[end + 1:end + 2].isupper()):
            return True  # (not "the Economic Social Research Council": the word opens a longer name there too)
        at = text.find(word, end)
    return False


# Endings of plural nouns for people who work or act ("Contractors", "Workers", "Agents", "Pharmacists"), that a body of
# members is named by
_AGENT_PLURAL_ENDS = ("ers", "ors", "ists", "ants", "ents")


def _members_of_place(prev: list[_Tok], toks: list[_Tok]) -> bool:
    """A name of two or three capitalised words that ends in a plural noun for people who work, then "of" and a state's
    or a country's name: one body of members ("Associated General Contractors of Alabama", "Communications Workers of
    America"); not a title's plural ("Foreign Ministers of France"), nor a person's name before it."""
    words = [t.text for t in prev]
    last = prev[-1].low
    return 2 <= len(words) <= 3 and last.endswith(_AGENT_PLURAL_ENDS) and not prev[-1].poss and len(toks) <= 2 \
        and all(w[:1].isupper() and w.isalpha() for w in words) and words[0] not in _first_names() \
        and last[:-1] not in _titles() and prev[-2].low not in ("foreign", "prime", "finance", "defence", "defense") \
        and _wordfreq()(last) >= 3.0 and (place := _place(" ".join(t.text for t in toks))) is not None \
        and place[0] == "GPE" and not _place(" ".join(words))


def _purpose_run(toks: list[_Tok]) -> bool:
    """A run that ends in "for (the)" and an abstract noun of an aim ("Office for the Coordination", "Organisation for
    the Prohibition"): the name goes on with "of" and the fields the aim is about ("... of Humanitarian Affairs",
    "... of Chemical Weapons")."""
    return len(toks) >= 3 and toks[-2].low in ("for", "for the") and toks[-1].low.endswith(("tion", "sion", "ment", "ance",
                                                                                           "ence"))


def _field_words(toks: list[_Tok], limit: int, *, mid: bool = False) -> bool:
    """1..limit ordinary words naming fields of work ("Television Arts", "Sciences", "Rural Affairs"): common, no
    place, no people, no given name, the last no organisation's head (unless *mid*: "Culture, Media and Sport")."""
    zipf = _wordfreq()
    return 0 < len(toks) <= limit and (mid or toks[-1].low not in _ORG_HEADS) and not toks[0].poss and not toks[-1].poss \
        and all(t.text[:1].isupper() and (zipf(t.low) >= 3.5 or len(t.low) >= 6 and t.low.endswith(_FIELD_LIST_SUFFIXES)
                                          and not t.low.endswith(("bury", "berry")) and t.text not in _last_names())
                and not _place(t.text) and not _demonym_of(t.text)
                and (t.text not in _first_names() or _field_given_name(toks, t, zipf)) for t in toks)


def _field_given_name(toks: list[_Tok], t: _Tok, zipf) -> bool:
    """A given name that is also a common word (zipf >= 4.5), opening a field's name of more words none of which is a
    surname: "Urban Development", not "Mark Smith"."""
    return t is not toks[-1] and zipf(t.low) >= 4.5 and not any(u.text in _last_names() for u in toks)


# Endings of abstract nouns, the names of fields however rare the word ("Witchcraft and Wizardry", "Herbology"), which
# the names of firms seldom have ("Institute of Directors and Tesco"; not "-ing", "-bury", "-berry": "Boeing",
# "Sainsbury", "Burberry")
_FIELD_SUFFIXES = ("ry", "craft", "ism", "ics", "logy", "ence", "ance", "ment", "tion", "sion", "ity", "ship", "ure")
# and, in a list of fields, adjectives of fields ("Multicultural Affairs", "Agricultural Sciences")
_FIELD_LIST_SUFFIXES = _FIELD_SUFFIXES + ("al",)
# Organisations' heads that also name a field of work, which can end a list of fields after "and" ("Department of Health
# and Human Services", "Department of Transport and Communications"), as a body's own head would not ("Bank of England
# and Barclays Bank")
_FIELD_HEADS = frozenset("services communications industries technologies technology economics research media energy "
                         "broadcasting television telecommunications insurance entertainment".split())


def _join_field_lists(chunks: list[list[_Tok]], text: str) -> list[list[_Tok]]:
    """A body named "<Head> of <fields>" whose fields run on with "and" or a list is one name: "British Academy of Film
    and Television Arts", "Department for Culture, Media and Sport", "Academy of Motion Picture, Arts and Sciences"
    (not "Institute of Directors and Tesco": the fields are common words; nor "Bank of England and ...": a place)."""
    out: list[list[_Tok]] = []
    k = 0
    n = len(chunks)
    while k < n:
        toks = chunks[k]
        j = None
        if len(toks) >= 3 and k + 1 < n and text[toks[-1].end:toks[-1].end + 2] in (" a", ", ") \
                and (" of " in (seg := text[toks[0].start:toks[-1].end]) or " for " in seg):  # (a cheap test first)
            j = next((j for j in range(1, len(toks) - 1) if toks[j].low in ("of", "for")
                      and (toks[j - 1].low in _ORG_HEADS or toks[j - 1].low in _PURPOSE_HEADS)), None)
        if j is not None and k + 1 < len(chunks) and _field_words([t for t in toks[j + 1:] if t.low != "the"], 3):
            nxt = chunks[k + 1]
            gap = text[toks[-1].end:nxt[0].start]
            if gap == " and " and (_field_words(nxt, 2) or nxt[-1].low in _FIELD_HEADS
                                   and (len(nxt) == 1 or nxt[0].low not in _ORG_HEADS) and _field_words(nxt, 2, mid=True)):
                out.append(toks + [_Tok("and", toks[-1].end + 1, nxt[0].start - 1, False, "and")] + nxt)
                k += 2
                continue
            if gap == ", " and k + 2 < len(chunks) and _field_words(nxt, 2, mid=True) \
                    and text[nxt[-1].end:chunks[k + 2][0].start] == " and " and _field_words(chunks[k + 2], 2):
                last = toks[-1]
                out.append(toks[:-1] + [_Tok(last.text + ",", last.start, last.end + 1, False, last.low + ",")] + nxt
                           + [_Tok("and", nxt[-1].end + 1, chunks[k + 2][0].start - 1, False, "and")] + chunks[k + 2])
                k += 3
                continue
        out.append(toks)
        k += 1
    return out


# Heads of a body's name strong enough to say, on both sides of "for", that two bodies are named
_BODY_FOR_HEADS = frozenset("university college institute bureau department ministry commission council agency office "
                            "authority service police".split())


def _body_for_body(prev: list[_Tok], toks: list[_Tok]) -> bool:
    """A body's name ending in its head before "for (the)", then a place's name or its people's adjective opening a run
    with a head of its own ("Monash University for the Victorian Department of Health"): two bodies, not one."""
    return len(prev) - (prev[0].low == "the") >= 2 and prev[-1].low in _BODY_FOR_HEADS and len(toks) >= 2 \
        and any(t.low in _BODY_FOR_HEADS for t in toks[1:]) \
        and any(_place(" ".join(t.text for t in toks[:k])) is not None or k == 1 and _demonym_of(toks[0].text) is not None
                for k in (1, 2, 3) if k < len(toks))


def _name_after_titles(toks: list[_Tok], k: int, titles, firsts) -> bool:
    """After more titles from *k* on, a given name starts a name ("... Commissioner Sir John Stevens"; not "Commission
    on Social Security", whose words nameparser also lists as titles); a short form of given names that the lists leave
    out, or a pet form of one, counts when a capitalised surname alone ends the run ("Rural Fire Service Commissioner
    Phil Koperberg", "Chuck Renwick")."""
    while k < len(toks) and toks[k].low in titles:
        k += 1
    return k < len(toks) - 1 and (toks[k].text in firsts or k == len(toks) - 2
                                  and (toks[k].text in _short_given_names() or toks[k].text in _pet_given_names())
                                  and toks[k + 1].text[:1].isupper() and toks[k + 1].text[1:].islower())


def _person_run(toks: list[_Tok]) -> bool:
    """A run that is a person's name, an ordinary title before it or not ("Dr Jeremy Philpott",
    "Orin Middleton"): a given name and a surname, no organisation head, no place."""
    k = 1 if toks[0].low.rstrip(".") in _titles() and toks[0].low not in _ROYAL else 0
    words = [t.text for t in toks[k:]]
    if len(words) < 2 or len(words) > 4 or any(t.low in _ORG_HEADS for t in toks) or _place(" ".join(words)):
        return False
    return words[0] in _first_names() or _classify(words, titled=bool(k)) == "PERSON" and not words[0].isupper()


# Conjunctions that open a sentence before a name ("But Bijan Moussavar-Rahmani of Harvard University said")
_SENTENCE_CONJUNCTIONS = frozenset(("but", "and", "yet", "so", "still"))


# Words for posts that are no personal titles in nameparser's list but head "<post> of the <body>" ("Chairman of the
# Joint Chiefs", "Head of the Australian Council of Trade Unions")
_POST_WORDS = frozenset("chairman chairwoman chair head".split())


def _post_title(toks: list[_Tok]) -> bool:
    """A run that is only a post, a prefix before it or not ("President", "Vice President", "Deputy Chairman",
    "The Chief"): the words of a title, no organisation's head, no name."""
    words = [t.low for t in toks if t.text != "The"]
    return 0 < len(words) <= 3 and not toks[-1].poss and all(w in _titles() or w in _POST_WORDS or w in _TITLE_PREFIXES
                                                          for w in words) \
        and (words[-1] in _titles() or words[-1] in _POST_WORDS) and not any(w in _ORG_HEADS for w in words)


def _name_pair(toks: list[_Tok]) -> bool:
    """Two capitalised words after a party's or a people's word that look like a given name and a surname the lists
    lack ("Republican Chuck Hagel"): no organisation's head, no place, no people, the surname no common word."""
    return len(toks) == 2 and all(t.text.isalpha() and t.text[:1].isupper() and t.text[1:].islower() and not t.poss
                                  and t.low not in _ORG_HEADS and _place(t.text) is None and _demonym_of(t.text) is None
                                  for t in toks) and _wordfreq()(toks[1].low) < 4.0


def _group_word(tok: _Tok) -> bool:
    """A people's or a party's word before a person's name ("Republican", "Australian", "Labour")."""
    return not tok.poss and (_demonym_of(tok.text) is not None or tok.text in _PARTIES)


def _looks_common(word: str) -> bool:
    return _wordfreq()(word.lower()) >= 4.6


_DOTTED_INITIALS = re.compile(r"(?:[A-Z]\.){1,3}")
_SENTENCE_PRONOUNS = frozenset("We I You They He She It Our Your Their".split())
# Capitalised words that open a clause and are no word of a name inside a run of capitals (pronouns, adverbs of time
# and place, forms of "be", "At"); not "The", "Of", "And", "In", "For", which title-case names hold ("Save The
# Children", "Bank Of England" in a headline), nor "Today" ("USA Today"), nor "That" or "This", which titles of works
# hold ("All's Well That Ends Well")
_CLAUSE_OPENERS = frozenset("""We You They He She It Its Our Your Their His My There Here Now Then Yet Why How Where When
Is Are Was Were At""".split())
# ... and small words that end no name, last in a run of capitals ("Ann Lee The party said": a lost full stop)
_NO_NAME_ENDS = frozenset("The An And But In With From Of By".split())
# Plural nouns after a town that name a time or a story, not a club ("Hollywood Years", "London Nights")
_NOT_NICKNAMES = frozenset("year day night time month week decade hour minute story tale way life letter diary".split())
# ... nor an abstract noun of an agreement or a meeting ("Geneva Agreements", "Paris Accords", "Madrid Talks")
_NOT_NICKNAME_ENDS = ("ment", "tion", "sion", "ance", "ence", "ity", "ship", "ism", "accord", "talk", "rule", "protocol")


# Plural nouns that end the names of places, not of clubs ("Hollywood Hills", "Sydney Heights", "London Docklands")
_PLACE_PLURALS = frozenset("""heights springs falls hills lakes islands isles keys downs fields gardens docks docklands
sands woods flats plains highlands lowlands midlands rapids narrows glades meadows oaks pines palms waters wells marshes
banks shores cliffs moors fens dales forests mountains ranges rocks reefs towers estates villas mews terraces
territories counties provinces states districts regions colonies suburbs parishes boroughs townships""".split())


# Club heads (wordlists._CLUB_HEADS) that end no place's, person's or day's name ("Town", "City", "County", "Vale",
# "Villa", "Wednesday", "Alexandra" do: "Cape Town", "Ash Wednesday", "David Villa")
_CLUB_ONLY_HEADS = frozenset("united rovers wanderers athletic albion hotspur argyle athletico harlequins saracens".split())


def _town_and_nickname(words: list[str], low: list[str]) -> bool:
    """A town or a state (a place of a country, one to three words) and a plural noun: a club named by its nickname
    ("Leeds Rhinos", "New York Yankees", "Brisbane Broncos": a plural common as a word though its singular is not);
    not a place's plural head ("Beverly Hills"), a party's people ("Texas Democrats") nor an event's word."""
    last, lo = words[-1], low[-1]
    if not (len(last) > 4 and last[-1] == "s" and last[-2] not in "s'’iu" and last[1:].islower()) \
            or lo in _PLACE_PLURALS or last in _last_names() or last in _first_names() \
            or lo[:-1] in _SKIP_HEADS or lo[:-1] in _NOT_NICKNAMES or lo[:-1].endswith(_NOT_NICKNAME_ENDS) \
            or _demonym_of(last):
        return False
    zipf = _wordfreq()
    if zipf(lo) < 1.5 or max(zipf(lo[:-1]), zipf(lo[:-2]), zipf(lo[:-3] + "f")) < 2.0 \
            and not (zipf(lo) >= 3.0 and zipf(lo[:-1]) == 0.0):
        return False
    town = _place(" ".join(words[:-1]))
    return town is not None and town[0] == "GPE" and bool(town[2])


def _legal_form_run(words: list[str]) -> bool:
    """A company's name by its legal form (wordlists._legal_form_name), or opened by "AB" before a word that is no
    given name, surname nor particle ("AB Volvo", "AB Investor"; not "AB de Villiers", "AB Smith": initials)."""
    return _legal_form_name(words) or len(words) >= 2 and words[0] in _LEGAL_FORMS_INSIDE and words[1][:1].isupper() \
        and words[1] not in _first_names() and words[1] not in _last_names()


# The last word of a firm's name that names its field and is nobody's surname (the life sciences' and technology's)
_FIRM_ONLY_TAILS = frozenset("""pharma therapeutics biosciences bioscience biotech biologics genomics diagnostics
robotics biopharma""".split())
# A utility's or a public service's word after the place it serves ("Idaho Power", "Sydney Water", "Dublin Bus")
_UTILITY_TAILS = frozenset("power water gas electric hydro transit buses".split())


def _classify(words: list[str], *, titled: bool) -> str | None:
    """PERSON, ORG or None for a name that is not in a gazetteer (None: an event, a work, a phrase)."""
    low = [w.lower() for w in words]
    if low[-1] in _SKIP_HEADS:
        return None
    if any(w in _ORG_HEADS or w[-1:] == "s" and w[:-1] in _ORG_HEADS for w in low) or "&" in words \
            or len(words) == 3 and words[1] == "and" or _legal_form_run(words):
        return "ORG"  # (a plural head too: "Nortel Networks")
    if len(words) >= 2 and low[-1] in _FIRM_ONLY_TAILS:
        return "ORG"  # "Halvern Pharma", "Mira Biosciences", "Nova Genomics": a firm's field, though a given name opens it
    if len(words) >= 2 and (low[-1] in _UTILITY_TAILS and _place(" ".join(words[:-1]))
                            or len(words) >= 3 and low[-2:] == ["public", "health"]
                            and (_place(" ".join(words[:-2])) or " ".join(words[:-2]) in _us_counties())):
        return "ORG"  # a place and a utility's or a service's word: the body that serves it ("Idaho Power", "Sydney
        # Water", "Linn County Public Health"), though the word is a surname and the place a given name
    if titled:
        return "PERSON"
    if len(words) >= 2 and (low[-1] in _TRADE_TAILS and words[0] not in _first_names()
                            or len(low[-1]) > 6 and low[-1].endswith(_TRADE_COMPOUND_ENDS) and low[-1].isalpha()
                            and _wordfreq()(low[-1]) < 3.0):
        return "ORG"  # "Velko Steel", "Zun Microsystems": a firm's own word and its trade
    first = words[0].split("-")[0]
    if len(words) >= 2:
        if len(words) == 2 and len(words[0]) == 2 and words[0].isupper() and words[1][1:].islower() \
                and _wordfreq()(low[1]) < 3.5:
            return "PERSON"  # initials before a surname ("JK Rowling", "PD James")
        if words[-1][1:].islower() and any(_DOTTED_INITIALS.fullmatch(w) and not _place(w)
                                           or w[-1] == "." and w[:-1] in _GIVEN_NAME_ABBREVIATIONS for w in words[:-1]):
            return "PERSON"  # initials with full stops before a surname ("R. Sridharan", "George W. Bush", "J.K. Rowling";
            # not "U.S. Steel")
        if any(w.isupper() and len(w) > 1 for w in words) and words[-1] not in ("II", "III", "IV", "Jr", "Jr.", "Sr", "Sr."):
            return "ORG"
        if 2 <= len(words) <= 4 and _town_and_nickname(words, low):
            return "ORG"  # a town and a plural noun: a club named by its nickname ("Leeds Rhinos", "Leicester Tigers",
            # "New York Yankees", "Brisbane Broncos")
        if low[-1] in _CLUB_ONLY_HEADS and first not in _first_names() and not words[0].isupper():
            return "ORG"  # "Hulme Albion", "Penford United": a word that ends only a club's name
        if first in _first_names():
            return "PERSON"
        if len(words) == 2 and (first in _short_given_names() or first in _pet_given_names()) and words[1][1:].islower() \
                and not _place(words[1]) and (words[1] in _last_names() or _wordfreq()(low[1]) < 2.5 and low[1][-1] != "s"):
            return "PERSON"  # a short given name or a pet form of one before a surname ("Phil Lowther", "Geoff Hoon",
            # "Chuck Renwick", "Hank Olsen")
        zipf = _wordfreq()
        if len(words) == 2 and words[1] in _last_names() and zipf(low[0]) < 4.5 and not words[0].isupper():
            return "PERSON"  # a rare given name before a known surname ("Zadie Smith", "Mini Grey")
        if all(zipf(w) >= 3.5 for w in low if w not in _INITIALS_SKIP):
            return None  # ordinary words in capitals: a title, a slogan, a product ("Cloud Atlas")
        if zipf(low[0]) >= 4.0 or zipf(low[-1]) >= 4.5:
            return None  # "Ugly Duckling", "Coudenberg Palace": a given name is a known name or a rare word
        if _plural_noun_end(words[-1]):
            return "ORG"  # "Calder Vale Textiles", "Kelso Mills": nobody's name ends in a common plural noun (a surname
            # that is one, "Banks", "Woods", is a surname)
        return "PERSON"
    if first in _first_names() and not words[0].isupper():
        return "PERSON"  # kept only when a full name or a cue vouches for it ("Jesus" is nobody's company)
    return "ORG"
_WORDISH = frozenset("_'’-")
