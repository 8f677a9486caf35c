"""Context cues: what the words just before or after a span say about it ("shares in X", "X said it",
"the firm X", "striker X"), and whether the text is about sport or a match.

Input: the text and a span's start or end. Output: booleans (and the word before a span); no mentions are made here.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .wordlists import _NEWSPAPERS, _ORG_HEADS, _PERSON_CUES
from .gazetteers import _first_names, _last_names, _wordfreq, _ZIPF_FLOOR
from .geography import _country_of, _place


_SPORT_TEXT = re.compile(r"\b(?:goals?|striker|midfielder|goalkeeper|premiership|penalty|penalties|tries|wicket|innings|"
                         r"half-time|kick-off|racecourse|fixture|referee|fly-half|scrum-half|flanker|winger|"
                         r"replacements|subs)\b", re.IGNORECASE)
_SPORT_TEXT_LOWER = re.compile(_SPORT_TEXT.pattern)  # (the same words, case-sensitive: for a text in lower case)
# The words _SPORT_TEXT and _MATCH_TEXT's word branches match, as each can be written ("goals?": "goal", "goals"): a
# quick test by str.find before the patterns, which open with a word boundary and so are tried at every position of
# the many texts (no sport) that hold none of them; the score branch and "equalis..." have tests of their own.
_SPORT_WORDS = ("goal", "goals", "striker", "midfielder", "goalkeeper", "premiership", "penalty", "penalties", "tries",
                "wicket", "innings", "half-time", "kick-off", "racecourse", "fixture", "referee", "fly-half", "scrum-half",
                "flanker", "winger", "replacements", "subs")
_MATCH_WORDS = ("goal", "goals", "penalty", "striker", "midfielder", "goalkeeper", "premiership", "league", "cup",
                "fixture", "kick-off", "half-time", "try", "tries", "relegation")
_SCORE_LIKE = re.compile(r"-(?<=\d-)\d")  # (in every match of _MATCH_TEXT's score branch; a digit, a hyphen and a
# digit, found from the hyphen: the engine skips to each hyphen instead of testing every character for a digit)


def _is_word_char(c: str) -> bool:
    """A character ``\\w`` matches (and a word boundary is read against): a letter, a digit, a numeral, "_"."""
    return c.isalnum() or c == "_"


def _bounded_word_in(low: str, words: tuple[str, ...], prefix: str = "") -> bool:
    """Whether *low* holds one of *words* (each opening and closing with a letter) between word boundaries, as
    ``\\b(?:word|...)\\b`` would find it; or *prefix* after a boundary and before a word character (``\\bprefix\\w``)."""
    size = len(low)
    for w, open_end in [(w, False) for w in words] + ([(prefix, True)] if prefix else []):
        n = len(w)
        i = low.find(w)
        while i >= 0:
            if (i == 0 or not _is_word_char(low[i - 1])) \
                    and (i + n < size and _is_word_char(low[i + n]) if open_end
                         else i + n == size or not _is_word_char(low[i + n])):
                return True
            i = low.find(w, i + 1)
    return False


# Every byte but an ASCII letter's made a space: the text encoded in ASCII (a '?' for each other character), passed
# through it and split, gives its runs of ASCII letters (as re.findall(r"[A-Za-z]+") does, at a third of the cost)
_LETTERS_ONLY = bytes(c if 65 <= c <= 90 or 97 <= c <= 122 else 32 for c in range(256))


@lru_cache(maxsize=4)
def _words(text: str) -> frozenset[str]:
    """The text's maximal runs of ASCII letters, as written (case kept): built by one scan per document and shared by
    the passes whose patterns need a whole word. A word of ASCII letters that a case-sensitive pattern reads between a
    non-word character (``\\b``, a space, a comma, the text's edge) and another is one of them, so a pass can skip a
    text whose set meets none of its pattern's words (``_words(text).isdisjoint(KEYS)``: one set test, not a substring
    scan of the text for each word).

    >>> sorted(_words("The shuttle's crew, 3 men (HMS Ark)"))
    ['Ark', 'HMS', 'The', 'crew', 'men', 's', 'shuttle']
    """
    return frozenset(text.encode("ascii", "replace").translate(_LETTERS_ONLY).decode("ascii").split())


# The only characters outside ASCII that a case-insensitive pattern takes for an ASCII letter, or whose lower case
# is ASCII or longer than one character, or a word character where they are not (checked over all of Unicode):
# dotted and dotless I, long s, the Kelvin sign.
_FOLDS_TO_ASCII = ("\u0130", "\u0131", "\u017f", "\u212a")


@lru_cache(maxsize=4)
def _folded(text: str) -> str | None:
    """The text in lower case when a case-insensitive search for lower-case ASCII words in it finds the same
    matches, at the same places, as a case-sensitive search in that lower case (a faster scan); else None.

    >>> _folded("Cup Final"), _folded("\u212aick-off")
    ('cup final', None)
    """
    if any(c in text for c in _FOLDS_TO_ASCII):
        return None
    return text.lower()


@lru_cache(maxsize=4)
def _sport_text(text: str) -> bool:
    """Whether the text holds a word of sport reports (_SPORT_TEXT): one scan per document, for every rule asking."""
    low = _folded(text)
    if low is not None and not _bounded_word_in(low, _SPORT_WORDS):
        return False  # (no word of the pattern's: it cannot match)
    return (_SPORT_TEXT.search(text) if low is None else _SPORT_TEXT_LOWER.search(low)) is not None


@lru_cache(maxsize=4)
def _football_text(text: str) -> bool:
    """Whether the text holds a word of football or rugby reports (_FOOTBALL_TEXT): one scan per document."""
    low = _folded(text)
    return (_FOOTBALL_TEXT.search(text) if low is None else _FOOTBALL_TEXT_LOWER.search(low)) is not None


def _match_text(text: str) -> bool:
    """Whether the text holds two or more words of a match report (_MATCH_TEXT): the scan stops at the second."""
    low = _folded(text)
    if low is not None and not _bounded_word_in(low, _MATCH_WORDS, "equalis") and _SCORE_LIKE.search(low) is None:
        return False  # (no word of the pattern's, no score: not even one match)
    hits = _MATCH_TEXT.finditer(text) if low is None else _MATCH_TEXT_LOWER.finditer(low)
    return next(hits, None) is not None and next(hits, None) is not None


_WORD_BEFORE = re.compile(r"([a-z]+) $")
_ASCII_LOWER = "abcdefghijklmnopqrstuvwxyz"
_ASCII_LETTERS = _ASCII_LOWER + _ASCII_LOWER.upper()


def _word_before(text: str, start: int, width: int) -> str | None:
    """``_WORD_BEFORE.search(text, max(0, start - width), start).group(1)`` (None when it does not match), without
    the search's tries from every position of the window: the lower-case letters right before the space that ends
    it (or before a space and a final newline, where ``$`` matches too), back to the window's start."""
    lo = max(0, start - width)
    e = start - 1
    if e < lo:
        return None
    if text[e] != " ":
        if text[e] != "\n" or e - 1 < lo or text[e - 1] != " ":
            return None
        e -= 1
    word = text[lo:e]
    word = word[len(word.rstrip(_ASCII_LOWER)):]  # (the letters at its end, found in C)
    return word or None


_RELEASED_BY = re.compile(r"\b(?:released|distributed|published|financed|bankrolled|reissued)(?: (?:in|on|at|the|this|"
                          r"next|last|[A-Z][\w'’-]*|[a-z]+ly|autumn|spring|summer|winter|year|month|week)){0,7}? by $")


def _released_by(text: str, start: int) -> bool:
    """Whether a work's release verb and "by" come right before *start* ("released in the UK in the autumn by")."""
    return text.endswith(" by ", 0, start) and _RELEASED_BY.search(text, max(0, start - 64), start) is not None


def _paper_named_like_a_day(text: str, start: int, end: int) -> bool:
    """ "According to The Sun", "the Sun newspaper said": a newspaper whose one-word name is also a day's short form
    (after a capitalised "The", which the chunk holds; not "orbits the Sun")."""
    if text[start:end].lower() not in _NEWSPAPERS:
        return False
    before = text[max(0, start - 4):start]
    return before == "The "  # (the chunk's own surface: "the Sun" alone is dropped as a day before this test)


# (a trade or medium word may come between: "Variety trade magazine", "the Parlophone record label")
_WORD_AFTER = re.compile(r" (?:(?:trade|music|film|fashion|celebrity|gossip|weekly|listings|showbiz|entertainment|record|"
                         r"terror|terrorist|militant|rebel|armed|pressure|campaign|lobby|consumer|protest|"
                         r"separatist|guerrilla|paramilitary|extremist|opposition|"
                         r"cinema|casino|bingo|betting|hotel|restaurant|pub|supermarket|retail|clothing|coffee|bookshop|toy) "
                         r"(?=[a-z]))?([a-z]+)")
# A business's premises, after its name ("34 Grosvenor casinos", "the Pinewood studios", "Odeon cinemas").
_PREMISES = frozenset("studios casinos cinemas stores shops restaurants pubs outlets branches".split())
# A firm's workplace after a name of two words or more that opens with no given name and names no place ("the Nu-Wood
# Decorative Millwork factory", "the Acme Steel plant"; not "the Longbridge plant", "the John Smith factory")
_WORKPLACES = frozenset("factory plant refinery smelter mill works".split())
# Words right after a name that say it is an organisation ("the Reuters news agency").
_ORG_CUES_AFTER = frozenset("newspaper news agency magazine channel network charity firm company group bank academy "
                            "chain label studio airline website broadcaster foundation movement organisation "
                            "organization faction union gang".split()) | _PREMISES | _WORKPLACES


def _org_cue_after(text: str, end: int, words: list[str]) -> bool:
    """The word after a name (a trade word may come between) is an organisation's cue ("the Reuters news agency",
    "the Odeon cinema chain"); a plural of premises only after a rare word ("34 Grosvenor casinos", not "Three film
    studios")."""
    if not (text.startswith(" ", end) and (word := _LOWER_RUN.match(text, end + 1)) is not None
            and word.group() in _WORD_AFTER_OPENERS):
        return False  # (no match of _WORD_AFTER, or none whose word is a cue)
    cue = _WORD_AFTER.match(text, end)
    return cue is not None and cue.group(1) in _ORG_CUES_AFTER and (
        cue.group(1) not in _PREMISES or len(words) > 1 or _wordfreq()(words[0].lower()) < 4.0) and (
        cue.group(1) not in _BODY_NOUNS_AFTER or _owned_body(text, end, words)) and (
        cue.group(1) not in _WORKPLACES or len(words) > 1 and words[0] not in _first_names()
        and not any(_place(w) for w in words) and _place(" ".join(words)) is None) and not (
        cue.group(1) in ("group", "gang") and len(words) == 1 and _INDEFINITE_BEFORE.search(text, max(0, end - len(words[0]) - 4),
                                                                              end - len(words[0])))
# ("linked a Kashmiri group to the attack": one word after "a" before "group" says of whom the group is, as an
# adjective; "the Virgin group" names the firm)
_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?) $")
# (a movement or an organisation is a body's cue only for a rare name; a one-word name also needs an owner before it, as
# a people's adjective takes these nouns too: "Arafat's Fatah movement", "his Al Qaeda organisation", "the Hare Krishna
# movement"; not "the Tamil movement", "the Pop movement", "the Surrealist movement")
_BODY_NOUNS_AFTER = frozenset(("movement", "organisation", "organization", "faction"))  # ("Arafat's Fatah faction")


def _owned_body(text: str, end: int, words: list[str]) -> bool:
    """A rare name before "movement"/"organisation" that is no school of art or thought, and, for one word, owned."""
    if _wordfreq()(words[-1].lower()) >= 4.0 or words[-1].lower().endswith(_SCHOOL_ENDS):
        return False
    if len(words) > 1:
        return True
    before = text[max(0, end - len(words[0]) - 7):end - len(words[0])]
    return before.endswith(("'s ", "’s ", "his ", "her ", "its ", "their "))
_SCHOOL_ENDS = ("ist", "ists", "ism", "ian", "ic", "ical", "art", "arts")
# Words that open a sentence before a group's name without being part of it ("Many Tories said").
_QUANTIFIERS = frozenset("""many most some several few all both other others more fewer local senior junior leading
top young old former ordinary rank grassroots fellow""".split())
# Words right after a sentence-initial two-word run that say it is an organisation ("National Grid said").
_ORG_SAID_AFTER = re.compile(r"(?:['’]s?)? (?:said|says|announced|reported|posted|shares|chief executive|"
                             r"spokesman|spokeswoman|spokesperson)\b")
# Words right after an unknown one-word name that say it is a football or rugby club ("Everton striker").
_CLUB_WORD_AFTER = re.compile(r"(?:['’]s?)? (?:manager|boss|striker|midfielder|defender|goalkeeper|winger|"
                              r"full-back|centre-back|centre-half|coach)\b")
# (the first letters of the words after the space in each of the two: a quick test at a lower-case word)
_ORG_SAID_FIRST = frozenset("sarpc")
_CLUB_WORD_FIRST = frozenset("mbsdgwfc")


def _alternatives_first_words(pattern: re.Pattern, group: str = r" \(\?:([^()]*)\)\\b") -> frozenset[str]:
    """The first word (run of lower-case letters) of each alternative of the group of words in *pattern* (found by
    *group*, by default its " (?:a|b|c d)\\b"): a lower-case word after a space can open a match of that group only if
    it is one of them, so a caller reads the word and tries the pattern only then. Taken from the pattern itself, so
    they cannot fall out of step (and an import fails loudly if the pattern's shape changes)."""
    words = re.search(group, pattern.pattern).group(1).split("|")
    return frozenset(re.match(r"[a-z]+", w).group() for w in words)


_LOWER_RUN = re.compile(r"[a-z]+")  # (the lower-case word after a space: what the sets below are looked up with)
_ORG_SAID_WORDS = _alternatives_first_words(_ORG_SAID_AFTER)
_CLUB_WORDS = _alternatives_first_words(_CLUB_WORD_AFTER)
# The words a match of _WORD_AFTER can open with (after its space): a trade word, else the word it captures, which a cue
# must be; a lower-case word not among them opens no match whose word is a cue (a trade word opens a match only as the
# whole word before a space)
_WORD_AFTER_OPENERS = _alternatives_first_words(_WORD_AFTER, r"^ \(\?:\(\?:([^()]*)\) \(\?=") | _ORG_CUES_AFTER
_ORG_CUES = frozenset("""firm company group maker giant rival bank club side team carrier operator retailer chain
brewer airline publisher broadcaster network agency label insurer lender supermarket manufacturer developer
movement faction militia ngo
""".split())  # ("the Islamic movement Hamas", "the rival faction Fatah")


def _org_before(text: str, start: int, *, strict: bool = False) -> bool:
    m = _word_before_any(text, start, 20)
    return m is not None and text[m[0]:m[1]].lower() in (_ORG_CUES_STRICT if strict else _ORG_CUES) and text[m[1]] == " "


# Cue words that say organisation even before a person-like name ("bookmaker William Hill")
_ORG_CUES_STRICT = frozenset("""firm company bookmaker retailer chain bank group band label airline carrier brewer publisher
broadcaster supermarket insurer lender manufacturer carmaker chipmaker agency studio studios ngo""".split())
# (an agency or a studio is never a person's role: "literary agency Curtis Brown", "Hollywood studio Warner Brothers")


# An award's category before the award's name ("the best actress Oscar", "the best supporting actor Golden Globe",
# "the best director Bafta"): the role noun names the category, no person's role before a name
_AWARD_CATEGORY_BEFORE = re.compile(r"\b[Bb]est (?:(?:supporting|leading|new|young|original|international|debut) )?"
                                    r"(?:actor|actress|director|artist|newcomer|singer|composer|screenwriter|writer|"
                                    r"comedian|performer|cinematographer) $")


def _role_before(text: str, start: int) -> bool:
    if start > 1 and text[start - 1] == " " and text[start - 2] not in _PERSON_CUES_LAST:
        return False  # (the word before ends in a letter no role noun ends in, or is no word)
    return _word_before(text, start, 20) in _PERSON_CUES \
        and not _AWARD_CATEGORY_BEFORE.search(text, max(0, start - 42), start)


# Document-level evidence read around a mention (used by _document_pass and _merge).
_ORG_AFTER = re.compile(r"(?:['’]s?)? (?:said|says|told|announced|reported|earned|posted|agreed|bought|sold|owns|employs|"
                        r"launched|unveiled|denied|insisted|warned|claimed|expects|hopes|plans|wants|make|makes|chief|boss|"
                        r"chairman|chairwoman|spokesman|spokeswoman|spokesperson|president|founder|deputy|executives?|"
                        r"shareholders|shares|staff|employees|workers|analysts?|guitarist|singer|drummer|bassist|frontman|"
                        r"administrators|receivers|liquidators|creditors|subsidiary|subsidiaries|"
                        r"vocalist|issued|union|(?:ransomware|hacking|hacker|cybercrime) (?:gang|group)|"
                        r"and its (?:allies|members?|partners|affiliates|subsidiaries|rivals)|"
                        r"(?:has|had) (?:agreed|bought|sold|posted|reported|announced|launched|unveiled)|"
                        r"is to (?:close|cut|shed|axe|buy|sell|merge|float)|will float)\b")
# What a firm does, in the present's -s form or an irregular past (a regular past ends in "-ed"), right after a listed
# company's own name opening a sentence ("Google faces a fine", "Barclays cut 500 jobs", "Nvidia reports results",
# "Walmart lifts its forecast"): the company acting, not a word of a name or a noun it modifies ("Volvo ocean racer")
_FIRM_VERBS_AFTER = frozenset("""faces cut cuts sheds shed axes slashes lifts lowers raises trims reports posts sells sold
buys bought makes made wins won loses lost pays paid hires fires sets set takes took gives gave offers tests beats beat
misses says told tells warns expects plans wants needs owns employs runs ran leads led opens closes launches unveils
agrees agreed denies rejects seeks sought sues sued rose fell grew spent spends struck strikes holds held keeps
kept scraps drops dropped delays pulls halts stops blames shut shuts moves""".split())
# (the look-ahead first: a match opens at a word's first letter or at a possessive's apostrophe, a quick test at each
# position of the window before the alternatives, which the engine tries one by one under IGNORECASE)
_ORG_BEFORE = re.compile(r"(?=\b[a-z]|['’])(?:\b(?:rival|firm|company|group|maker|giant|bank|club|side|team|carrier|operator|retailer|chain|"
                         r"brewer|airline|publisher|broadcaster|network|agency|label|insurer|lender|supermarket|manufacturer|"
                         r"developer|charity|ngo|organisation|organization|band|subsidiary|consultancy|watchdog|regulator|journal|newspaper|body|"
                         r"union|association|think tank|website|news site|(?:radio|tv|television) station|"
                         r"magazine|engine)[,:]? "
                         r"|\b(?:analyst|president|director|chairman|chairwoman|head|chief|executive|spokesman|spokeswoman|"
                         r"spokesperson|economist|strategist|editor|founder|boss|employee|researcher|analysts|executives|"
                         r"manager|officer|partner|consultant)"
                         r" (?:of|at|for) "
                         r"|(?:\bthe|\ba|\blocal|\bleading|['’]s) (?:daily|weekly|tabloid) "
                         r"|\b(?:market|sector|industry) leader "
                         r"|\b(?:at|from|of|by|with) analysts? |\banalysts "
                         r"|\b(?:listed|quoted|traded|floated|float|listing|flotation) on (?:the )?"
                         r"|\b(?:profits?|sales|revenues?|earnings|turnover|losses|jobs) at "
                         r"|\b(?:bids?|offers?) for |\bvalu(?:es|ed|ing) "
                         r"|\b(?:buy|bought|buying|acquire|acquired|acquiring|takeover of|merger with|merge with|stakes? in|"
                         r"(?:which|that|also|it|and) owns|"
                         r"shares in|investors? in|(?:car|chip|drug|book|toy|steel|aircraft|plane|phone|handset|software|computer|"
                         r"chocolate|drinks?|food|games?|printer|tyre|truck)maker) )$", re.IGNORECASE)


def _org_width(pattern: re.Pattern) -> int:
    """The most characters one match of *pattern* spans (the regex parser's own measure; 40 if it cannot say)."""
    try:
        from re import _parser as sre_parse
    except ImportError:  # pragma: no cover - Python before 3.11
        import sre_parse
    try:
        return min(40, int(sre_parse.parse(pattern.pattern, pattern.flags).getwidth()[1]))
    except Exception:  # noqa: BLE001
        return 40


_ORG_BEFORE_SPAN = _org_width(_ORG_BEFORE) + 1  # (+1: "$" matches before a final newline too)


def _org_before_search(text: str, start: int) -> bool:
    """Whether ``_ORG_BEFORE.search(text, max(0, start - 40), start)`` finds a match: its matches end at *start*
    (or before a newline there) and span at most ``_ORG_BEFORE_SPAN`` characters, so only the positions that
    close are tried (``\\b`` still reads the character before the window)."""
    return _ORG_BEFORE.search(text, max(0, start - 40, start - _ORG_BEFORE_SPAN), start) is not None


_ORG_APPOSITION = re.compile(r",? (?:a|an|the|(?:the )?[A-Z][\w.]*['’]s)\b[^.,;:\n]{0,40}?\b(?:firm|company|group|organisation|organization|"
                             r"charity|agency|body|bank|maker|retailer|chain|network|website|band|newspaper|broadcaster|"
                             r"consultancy|association|publisher|developer|operator|carrier|airline|brewer|insurer|lender|engine|"
                             r"supermarket|manufacturer|giant|rival|arm|subsidiary|division|[a-z]*maker|"
                             # (a young firm by its field, "Seagen, a Washington state biotech", "Kelvix, a London-based
                             # fintech", "Humane, a start-up": not before a noun for a person of it, "a biotech founder")
                             r"(?:biotech|fintech|start-?up|conglomerate)(?! (?:founder|entrepreneur|executive|boss|"
                             r"investor|chief|billionaire|pioneer|veteran|tycoon|analyst|worker|employee)))"
                             r"\b(?! (?:said|says|added|told))")
# Words after a name that say it is a company, not a person ("Pernod shares", "Pernod's takeover").
_COMPANY_AFTER = re.compile(r"(?:['’]s?)? (?:shares|shareholders|staff|employees|workers|executives?|chief|boss|chairman|"
                            r"spokesman|spokeswoman|spokesperson|board|takeover|profits?|sales|revenues?|brands?|"
                            r"subsidiary|stake|bid|merger)\b")


def _place_before(text: str, start: int) -> bool:
    """ "in X", "near X", "outside X" (not "stake in X", "shares in X", "a bug in X")."""
    seg = text[max(0, start - 24):start]
    if not seg.endswith((" in ", " In ", " near ", " outside ")) and seg not in ("In ",):
        return False
    return bool(_PLACE_BEFORE.search(seg))


_PLACE_BEFORE = re.compile(r"(?<!\bstake )(?<!\bstakes )(?<!\bshares )(?<!\bshare )(?<!\binvest )(?<!\binvested )"
                           r"(?<!\binvestors )(?<!\binvestment )(?<!\binterest )(?<!\bbug )(?<!\bbugs )(?<!\bflaw )"
                           r"(?<!\bflaws )(?<!\bvulnerability )(?<!\bvulnerabilities )(?<!\bglitch )"
                           r"\b(?:in|near|outside) $", re.IGNORECASE)
# (nor "a bug in X", "a flaw in X", "a vulnerability in X": software, works._PRODUCT_BEFORE)
_WORK_BY = re.compile(r"['’\"”]?,? (?:and (?:Mr |Mrs |Ms |Dr |the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)* )?by [A-Z]")
_HONORIFIC_BEFORE = re.compile(r"\b(?:Mrs|Ms|Miss|Mr|Dr)\.? $")  # (a surname follows them; "Sir" takes a given name)
_TITLE_BEFORE = re.compile(r"\b(Mrs|Ms|Miss|Mr|Lady|Dame|Sir|Lord)\.? $")


# A speaker's full name, then "at": the speaker's employer follows ("said Ilse Brandt at Nordbank").
_SPEAKER_AT = re.compile(r"\b(?:said|says|added|according to) (?:(?:Mr|Mrs|Ms|Dr|Prof)\.? )?[A-Z][\w'’-]+(?: [A-Z][\w'’.-]+){1,2}"
                         r" at $")


def _org_apposed(text: str, end: int) -> bool:
    """An apposition right after *end* says what kind of organisation the name is: ", the Russian oil giant,",
    ", a charity", ", Britain's biggest retailer," (_ORG_APPOSITION)."""
    return text.startswith(", ", end) and (text.startswith(("a", "the"), end + 2) or text[end + 2:end + 3].isupper()) \
        and bool(_ORG_APPOSITION.match(text, end))


def _org_context(text: str, start: int, end: int, *, initial: bool = False) -> bool:
    """Words around a one-word name say it is an organisation ("rival Google", "Yahoo earned",
    "CompTIA, an umbrella organisation", "analyst at Gartner", "said Ilse Brandt at Nordbank")."""
    return _org_before_phrase(text, start) or _org_apposed(text, end) \
        or bool(_ORG_AFTER.match(text, end)) \
        or text.endswith(" at ", 0, start) and _SPEAKER_AT.search(text, max(0, start - 60), start) is not None


def _org_before_phrase(text: str, start: int) -> bool:
    """_ORG_BEFORE, tried only when the word before could end one of its phrases (cheap first test)."""
    m = _word_before_any(text, start, 16)
    return m is not None and text[m[0]:m[1]].lower() in _ORG_BEFORE_LAST \
        and _org_before_search(text, start)


_WORD_BEFORE_ANY = re.compile(r"([A-Za-z]+)[,:]? $")


def _word_before_any(text: str, start: int, width: int) -> tuple[int, int] | None:
    """``_WORD_BEFORE_ANY.search(text, max(0, start - width), start).span(1)`` (None when it does not match), read
    backwards from the space that ends the window (or that a final newline follows, where ``$`` matches too)."""
    lo = max(0, start - width)
    s = start - 1
    if s < lo:
        return None
    if text[s] != " ":
        if text[s] != "\n" or s - 1 < lo or text[s - 1] != " ":
            return None
        s -= 1
    e = s - 1 if s - 1 >= lo and text[s - 1] in ",:" else s
    p = lo + len(text[lo:e].rstrip(_ASCII_LETTERS))
    return (p, e) if p < e else None
_ORG_BEFORE_LAST = frozenset("""rival firm company group maker giant bank club side team carrier operator retailer chain
brewer airline publisher broadcaster network agency label insurer lender supermarket manufacturer developer charity
organisation organization band subsidiary consultancy watchdog regulator journal newspaper magazine engine body union association of at for buy bought buying acquire acquired
daily weekly tabloid ngo tank website site station
analyst analysts on the
leader
acquiring in with values valued valuing owns""".split()) | frozenset(w + "maker" for w in """car chip drug book toy steel aircraft plane phone handset
software computer chocolate drink drinks food game games printer tyre truck""".split())


# A job or field right before "at", or plural analysts right before a name: where someone works, or the firm that
# speaks, never a person ("head of commodities research at Hallam Fairbank", "media analysts Enders Analysis").
_EMPLOYER_AT = re.compile(r"\b(?:analysts?|economists?|strategists?|director|head|research|researcher|partner|chief|"
                          r"traders?|dealers?|consultants?|manager|executive|officer|banker|brokers?|adviser|advisor|"
                          r"specialist|economics|equities|markets|investment|trading|marketing|sales|technology|"
                          r"spokes(?:man|woman|person)|vice-president|president|founder|employee|staff|engineers?|"
                          r"lawyers?|attorneys?|accountants?|scientists?|professor|lecturer|fellow) at $")


# Members or a band's players right before "of"/"with": a band's (or a group's) name follows ("members of Franz
# Ferdinand", "guitarist with Duran Duran"), never one person's
_MEMBERS_OF = re.compile(r"\b(?:members? of|(?:frontman|guitarist|drummer|bassist|keyboardist|vocalist|lead singer) "
                         r"(?:of|with)) (?:the )?$")


def _employer_before(text: str, start: int, before_any: str | None) -> bool:
    """A name right after "<job or field> at" or after "analysts": an employer (see _EMPLOYER_AT); after "members of"
    or "<band role> of/with": a band or a group (see _MEMBERS_OF)."""
    if before_any == "analysts":
        return text[start - 1:start] == " "
    if before_any in ("of", "with", "the"):
        return _MEMBERS_OF.search(text, max(0, start - 30), start) is not None
    return before_any == "at" and _EMPLOYER_AT.search(text, max(0, start - 32), start) is not None


_LISTED_ON = re.compile(r"\b(?:listed|quoted|traded|floated|float|listing|flotation) on (?:the )?$")


def _coined_model(word: str) -> bool:
    """A model's coined name after its maker ("the Toshiba Libretto", "a Motorola Startac"): no common English word,
    no surname, no given name, no plural (a team's nickname: "the Warrington Wolves")."""
    return word[-1:] != "s" and _wordfreq()(word.lower()) < _ZIPF_FLOOR and word not in _last_names() \
        and word not in _first_names() and word.isalpha()


# Nouns for a kind of organisation (never a person's role) right before a name.
_FIRM_KIND_NOUNS = _ORG_CUES_STRICT | frozenset("agency operator developer network regulator watchdog body charity".split())


def _demonym_led_firm(text: str, rest: list, after: list[str]) -> bool:
    """A people's adjective and one more word right after a noun for a kind of organisation: one organisation's
    name ("development agency Scottish Enterprise", "retailer French Connection"), not a people and a person."""
    if len(after) != 1 or after[0] in _first_names() or after[0] in _last_names() or _country_of(after[0]):
        return False
    m = _word_before_any(text, rest[0].start, 20)
    return m is not None and text[m[1]] == " " and text[m[0]:m[1]].lower() in _FIRM_KIND_NOUNS


# A sentence-opening modifier before a noun for a kind of organisation and its name ("Telecoms firm Eircom", "Ad firm
# WPP", "Clothing chain Harwick & Leigh"): the opening word names nothing.
_MODIFIER_BEFORE_KIND = re.compile(r" (?:[a-z][\w-]* ){0,2}(?:" + "|".join(sorted(
    _FIRM_KIND_NOUNS | _ORG_CUES | frozenset("consultancy union association analysts".split()) - {"club", "side", "team"}))
    + r"|[a-z]+maker) [A-Z]")


# Plural roles that firms hold for a client, opening a sentence before the firm's name ("Advisors Goldman Sachs are
# understood to ...", "Auditors Ernst & Young said"): no part of the name.
_FIRM_ROLE_PLURALS = frozenset("""advisers advisors auditors brokers stockbrokers consultants administrators receivers
liquidators accountants underwriters""".split())
# Common nouns that open a sentence before an organisation's name and say what it is ("Charity Age Concern said").
# (not "bank", "group": words that open names too, "Bank Leumi", "Group 4 Securicor")
_DESCRIPTOR_OPENERS = _ORG_CUES_STRICT - frozenset(("bank", "group")) \
    | frozenset("charity watchdog regulator broadcaster promoter promoters rival".split()) | _FIRM_ROLE_PLURALS

# Nouns of trade that name what a firm or a public body is ("Regulator Ofcom", "Insurer Aviva", "Miner Xstrata", "Supplier
# Acme"), opening a sentence before its name: the noun is no part of the name, and the name is the body's. The nouns
# that never name a person's job make a body of any name after them ("Retailer John Lewis"); the others ("Broadcaster",
# "Publisher", "Developer", "Producer") a body only of a name that is no given name and a surname ("Broadcaster David
# Dimbleby" is a person). Any "<product>maker" but a person's ("Film-maker", "Playmaker", "Policymaker") is a firm's.
# (not "bank", "group", "band", "label", "studio": words that open names too, "Bank Leumi", "Band Aid", "Studio Ghibli")
_FIRM_OPENERS_UNLESS_PERSON = frozenset("broadcaster publisher producer developer miner brewer builder promoter".split())
_FIRM_OPENERS_ALWAYS = ((_ORG_CUES_STRICT - frozenset("bank group band label studio studios".split()))
                        | frozenset("""regulator watchdog insurer reinsurer lender retailer wholesaler carrier airline supplier distributor
housebuilder conglomerate operator refiner exporter importer""".split())) - _FIRM_OPENERS_UNLESS_PERSON
_PERSON_MAKERS = frozenset("""filmmaker moviemaker policymaker playmaker peacemaker kingmaker matchmaker dressmaker lawmaker
homemaker troublemaker programmemaker documentarymaker decisionmaker holidaymaker merrymaker haymaker pacemaker""".split())
# (a craft's maker is a firm's trade and a person's: "Watchmaker Swatch", "Watchmaker John Harrison", as the name says)


def _firm_opener(low: str) -> str:
    """What a sentence-opening common noun says of the name after it: "always" a body's (a firm's or a regulator's
    noun that is no person's job, or a "<product>maker"), "unless person" (a trade that is a person's job too), or
    ""."""
    if low in _FIRM_OPENERS_ALWAYS:
        return "always"
    if low in _FIRM_OPENERS_UNLESS_PERSON:
        return "unless person"
    if len(low) > 6 and low.endswith("maker") and low.replace("-", "") not in _PERSON_MAKERS:
        return "unless person"
    return ""


_PERSON_AFTER = re.compile(r",? (?:said|says|told|added|who|whose)\b")


_DEAL_WITH = re.compile(r"\b(?:deals?|contracts?|agreements?|partnership|alliance|talks|tie-up|joint venture) with $")


def _deal_with(text: str, start: int, end: int, word: str) -> bool:
    """A one-word name (no given name, no surname) that a deal, contract or talks are "with", and that modifies no
    noun after it: a company ("signed a deal with Vodafone", "in talks with Orange"; not "a deal with Hollywood
    studio Warner Brothers")."""
    if start < 6 or text[start - 5:start] != "with " or word in _first_names() or word in _last_names():
        return False
    after = _WORD_AFTER.match(text, end)
    if after is not None and (after.group(1) in _ORG_CUES or after.group(1) in _ORG_CUES_AFTER
                              or after.group(1) in _ORG_PLURAL_WORDS or after.group(1) == "studio"):
        return False
    return _DEAL_WITH.search(text, max(0, start - 20), start) is not None


# A plural noun for organisations right before a list of names ("chains such as Dunkin' Donuts and Baskin-Robbins",
# "the firms Young & Rubicam and J Walter Thompson", "rivals Sony and Nintendo", "publications such as Variety").
_ORG_PLURAL_WORDS = frozenset("""firms companies groups banks chains retailers publishers broadcasters networks airlines
carriers operators insurers lenders supermarkets manufacturers makers carmakers brewers labels studios publications
newspapers papers magazines websites clubs teams charities organisations organizations agencies rivals competitors
giants conglomerates consultancies distributors suppliers sponsors""".split())
_ORG_PLURALS = re.compile(r"\b(?i:" + "|".join(sorted(_ORG_PLURAL_WORDS - {"makers"})) + r"|[a-z]*makers)"
                          r"(?:,? (?:such as|like|including|notably|namely))?:? (?:the )?$")


_ORG_LIST_LAST = _ORG_PLURAL_WORDS | {"as", "like", "including", "notably", "namely"}
_LIST_CUE_ENDS = frozenset("sSeEgGfFyY:")  # the last letter before the space: "firms", "the", "including", "of", "namely", ":"


def _org_plural_before(text: str, a: int) -> bool:
    """A plural noun for organisations ends right before *a* ("makers such as ", "the firms ", "rivals ")."""
    if a > 4 and text[a - 1] == " " and text[a - 2] in _LIST_CUE_ENDS:
        words = text[max(0, a - 30):a - 1].rsplit(" ", 2)
        w = words[-1].rstrip(":,").lower()
        if w == "the" and len(words) > 1:
            w = words[-2].rstrip(":,").lower()
        return (w in _ORG_LIST_LAST or w.endswith("makers")) and _ORG_PLURALS.search(text, max(0, a - 48), a) is not None
    return False
# (not "side" nor "team": "London side Wasps" names the club after them)
_CLUB_BEFORE = re.compile(r"\b(?:beat|beating|beaten|drew with|draw with|drawn with|lost to|losing to|defeat by|"
                          r"defeated by|defeat to|victory over|win over|win against|wins over|face|faces|facing|"
                          r"at home to|away to|away at|visit of|trip to|hosts|host|play|plays|playing|against|"
                          r"joined|join|joins|signed for|sign for|move to|loan at|loan to|playing for|plays for|played for|"
                          r"points? clear of|points? behind|points? above|"
                          r"signed from|signing from|bought from|on loan from|trials? at|travel to|travels to|"
                          r"(?:drew|drawn|draw|lost|losing|won|winning|win|victory|defeat|beat|beaten) \d{1,2}-\d{1,2} "
                          r"(?:with|to|against|over|at|by)) $")
_MATCH_TEXT = re.compile(r"\b(?:\d{1,2}-\d{1,2}|goals?|equalis\w+|penalty|striker|midfielder|goalkeeper|"
                         r"premiership|league|cup|fixture|kick-off|half-time|try|tries|relegation)\b", re.IGNORECASE)
_MATCH_TEXT_LOWER = re.compile(_MATCH_TEXT.pattern)  # (case-sensitive: for a text in lower case)


_FOOTBALL_TEXT = re.compile(r"\b(?:goals?|striker|midfielder|goalkeeper|premiership|penalty|penalties|"
                            r"free-kick|corner|own goal|tries)\b", re.IGNORECASE)
_FOOTBALL_TEXT_LOWER = re.compile(_FOOTBALL_TEXT.pattern)  # (case-sensitive: for a text in lower case)
_RESULT_AFTER = re.compile(r" (?:beat|beats|drew with|draw with|lost to|thrashed|hammered|edged past|edged out|"
                           r"(?:drew|lost|won) \d{1,2}-\d{1,2}) ")


_PERSON_CUES_LAST = frozenset(w[-1] for w in _PERSON_CUES)


# A match's result around a one-word name, its score written in the frame: the name is a team ("beat Dunmore 3-1",
# "a 2-0 win over Castlebury", "lost 2-1 to Burnley", "were held 1-1 by Fulham", "Harlowe beat Dunmore 3-1"); a second
# score after the first is a tennis set or a frame's count, whose players are people ("beat Kovac 6-4 6-3")
_SCORE = r"\d{1,3}-\d{1,3}\b(?![,;]? \d{1,3}-\d| in (?:straight )?(?:sets|frames|games|legs)\b)"
_RESULT_BEFORE = re.compile(r"(?=\b[a-z\d])\b(?:(?:beat|beats|beating|beaten|defeated|defeating|thrashed|thrashing|hammered|edged|"
                            r"drew|drawn|draw|lost|losing|won|winning|held|holding|trailed|led) \d{1,3}-\d{1,3} "
                            r"(?:at home |away from home |away |on the road )?(?:with|to|against|over|by)|"
                            r"\d{1,3}-\d{1,3} (?:home |away )?(?:win|victory|defeat|loss|draw|drubbing|thrashing|success|"
                            r"triumph) (?:over|against|to|by|with)) (?:the )?$")
# (not "at": "won 3-1 at Anfield", "drew 1-1 at Ibrox" name the ground, a venue)
_SCORED_RESULT_BEFORE = re.compile(r"\b(?:beat|beats|beating|beaten|defeated|defeating|thrashed|thrashing|hammered|"
                                   r"edged|edged past|held|holding|edged out|crushed|routed|outclassed) (?:the )?$")
_RESULT_VERB_AFTER = re.compile(r" (?:(?:came from behind|fought back|rallied|battled back|hit back|recovered) to )?"
                                r"(?:beat|beats|defeated|thrashed|hammered|edged past|edged out|crushed|routed|"
                                r"outclassed|held) (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} " + _SCORE + r"|"
                                r" (?:(?:drew|lost|won|were beaten|were held|was beaten|was held) " + _SCORE + r"|"
                                r"(?:were|was) (?:beaten|held|thrashed|defeated) " + _SCORE + r" by)")
_SCORE_RIGHT_AFTER = re.compile(r" " + _SCORE)


# A move between employers or clubs: who one joins from whom, signs for, is loaned to ("joined Brenford from Kelsby",
# "signed for Ravensby", "on loan from Kelsby", "joins from the Ospreys"): both ends are the bodies, a club or a firm
_MOVE_BEFORE = re.compile(r"\b(?:signed for|signs for|signing for|on loan (?:from|at|to|with)|loaned (?:out )?to|"
                          r"joins from|joined from|signed from|re-signed from|"
                          r"joined (?:the )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,2} from) (?:the )?$")
_MOVE_AFTER = re.compile(r" from (?:the )?[A-Z]")
_JOINED_BEFORE = re.compile(r"\bjoined (?:the )?$")


def _move_frame(text: str, start: int, end: int) -> bool:
    """A move between employers or clubs frames the name at *start*-*end* (_MOVE_BEFORE, or "joined X from Y")."""
    near = text[max(0, start - 64):start]
    if "sign" not in near and "join" not in near and "loan" not in near:
        return False  # (a word every branch holds before the name: the cheap test first)
    return _MOVE_BEFORE.search(text, max(0, start - 64), start) is not None \
        or _MOVE_AFTER.match(text, end) is not None and _JOINED_BEFORE.search(text, max(0, start - 12), start) is not None


# What a governing body or a regulator does, right after its name (an auxiliary between or not): "Fifa fined the
# federation", "Uefa has also opened an inquiry", "Ofcom launched an investigation" - a name no dictionary holds, written
# so, is the body (British style writes such acronyms in title case: "Fifa", "Ofcom", "Opec")
_BODY_VERB_AFTER = re.compile(r" (?:also |has |had |will |would |could |may |has also |will also )?"
                              r"(?:fined|fines|(?:opened|launched) (?:an? )?(?:inquiry|investigation|disciplinary))\b")
# (not "banned", "suspended", "imposed": leaders named by surname alone do those - "Putin banned the group")


# A civil suit's defendant: who is sued ("sued Quorvia", "a lawsuit against Quorvia", "Quorvia was sued"); firms are
# sued by one word, people are named in full first (and a known surname is left alone by the caller)
_SUED_BEFORE = re.compile(r"\b(?:sued|suing|sues|sue|(?:class[- ]action |antitrust |civil |patent )?(?:lawsuits?|suits?) "
                          r"(?:filed )?against|class[- ]action against) (?:the )?$")
_SUED_AFTER = re.compile(r" (?:was|is|has been|had been|have been|were|are|is being|are being) (?:also )?sued\b")


def _sued_frame(text: str, start: int, end: int) -> bool:
    """The name at *start*-*end* is the defendant of a civil suit (_SUED_BEFORE, _SUED_AFTER)."""
    near = text[max(0, start - 40):end + 30]
    return ("su" in near or "action" in near) and (
        _SUED_BEFORE.search(text, max(0, start - 48), start) is not None or _SUED_AFTER.match(text, end) is not None)


@lru_cache(maxsize=4)
def _scored_text(text: str) -> bool:
    """Whether the text holds a digit, a hyphen and a digit anywhere (_SCORE_LIKE): every frame of _result_frame holds
    one, so a text with none has no result frame (one scan per document)."""
    return _SCORE_LIKE.search(text) is not None


def _result_frame(text: str, start: int, end: int) -> bool:
    """A match's result with its score frames the name at *start*-*end* as a team (_RESULT_BEFORE and the others):
    "a 2-0 win over X", "lost 2-1 to X", "beat X 3-1", "X beat Y 3-1", "X drew 1-1 with Y"."""
    if "-" not in text[max(0, start - 40):end + 60]:
        return False  # (no score near: the cheap test first)
    return _RESULT_BEFORE.search(text, max(0, start - 48), start) is not None \
        or _SCORE_RIGHT_AFTER.match(text, end) is not None \
        and _SCORED_RESULT_BEFORE.search(text, max(0, start - 20), start) is not None \
        or _RESULT_VERB_AFTER.match(text, end) is not None


_POSS_CAP = re.compile(r"['’]s? ([A-Z][\w'’-]*)((?: [A-Z][\w'’&-]*){0,12})")  # (twelve words at most: linear on any text)


def _poss_before_name(text: str, end: int) -> bool:
    """A possessive at *end* governs a capitalised word that is no given name ("Schindler's List", "Jacob's Creek",
    "St James's Palace"): the two may be one longer name (a work, a brand, a place), so the possessive alone says
    nothing of the first (not so "Kenya's Susan Chepkemei", "Microsoft's Gates", nor an organisation it owns:
    "Pearson's Financial Times")."""
    m = _POSS_CAP.match(text, end)
    return m is not None and m.group(1) not in _first_names() and m.group(1) not in _last_names() \
        and _ORG_HEADS.isdisjoint((m.group(1) + m.group(2)).lower().split())


def _lower_after(text: str, end: int) -> bool:
    """A lower-case word follows *end* ("Pole vaulter")."""
    return text[end:end + 1] == " " and "a" <= text[end + 1:end + 2] <= "z"
