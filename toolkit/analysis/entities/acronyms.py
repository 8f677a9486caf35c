"""Document passes about acronyms and short forms of organisations' names: "Office for National Statistics
(ONS)", "BSkyB" for "British Sky Broadcasting", clipped forms ("Man Utd"), country codes as names, and short forms
that join two mentions.

Input: the document's mentions and text. Output: the mentions renamed or joined, and maps of short form to full name.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import defaultdict
from functools import lru_cache

from .wordlists import (
    _CALENDAR, _DOMAINS, _GENERIC_ORG_TAILS, _INITIALS_SKIP, _NEWSPAPERS, _ORG_HEADS, _PURPOSE_HEADS,
    _TRADE_COMPOUND_ENDS, _TRADE_TAILS,
)
from .gazetteers import _file_extensions, _first_names, _stopwords, _titles, _wordfreq
from .geography import _demonym_of, _place
from .chunking import _Mention, _outside, _START
from .cues import _CLUB_BEFORE, _CLUB_WORD_AFTER, _RESULT_AFTER


def _acronym_letters(words: list[str]) -> str:
    """The letters an acronym takes from *words*: a word in capitals whole, else the first capital of each
    hyphenated part ("US Anti-Doping Agency" -> USADA)."""
    out = ""
    for w in words:
        if w.lower() in _INITIALS_SKIP:
            continue
        out += w if w.isupper() else "".join(p[0] for p in w.split("-") if p[:1].isupper())
    return out


def _country_code_names(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A country code that the acronym in brackets shows to be part of an organisation's name ("US Anti-Doping
    Agency (USADA)"): that name, with the code, wherever the code stands right before the rest of it."""
    if "(" not in text:
        return mentions
    by_pos = sorted(mentions, key=_START)
    owned: set[str] = set()
    for code, org, acro in zip(by_pos, by_pos[1:], by_pos[2:]):
        if code.type == "GPE" and org.type == "ORG" and " " in org.name and text[code.end:org.start] == " " \
                and text[org.end:acro.start] == " (" and text[acro.end:acro.end + 1] == ")" and " " not in acro.name \
                and text[acro.start:acro.end].isupper() and len(text[code.start:code.end]) <= 3 \
                and _acronym_letters([text[code.start:code.end]] + org.name.split()) == text[acro.start:acro.end]:
            owned.add(org.name)
    if not owned:
        return mentions
    drop = set()
    full: dict[str, str] = {}
    for code, org in zip(by_pos, by_pos[1:]):
        if org.name in owned and org.type == "ORG" and code.type == "GPE" and text[code.end:org.start] == " " \
                and len(text[code.start:code.end]) <= 3:
            drop.add(id(code))
            full.setdefault(org.name, text[code.start:code.end] + " " + org.name)
            org.start = code.start
    for m in mentions:  # the rest of the name alone is a short form of it
        if m.type == "ORG" and m.name in full:
            m.name = full[m.name]
    return [m for m in mentions if id(m) not in drop]


_SHORT_FORM_TAILS = _GENERIC_ORG_TAILS | frozenset("financial international worldwide global".split())


def _short_forms(names) -> dict[str, str]:
    """Organisation name -> the one longer name of *names* it is a short form of: its words in order, the same
    first word, and either the same last word ("Greek Federation", "Foreign Office") or a prefix with no
    organisation head of its own that leaves off only generic words ("Sumitomo Mitsui" of "... Financial",
    "Mitsubishi Tokyo" of "... Financial Group"; but "European Commission" is no short form of "European
    Commission Delegation", nor "United Nations" of "United Nations Charter")."""
    split = {n: (n[4:] if n.startswith("The ") else n).split() for n in names}
    longer = [n for n in split if len(split[n]) >= 2]
    out: dict[str, str] = {}
    for short, sw in split.items():
        if len(sw) < 2:
            continue
        fits = []
        for long in longer:
            lw = split[long]
            if len(lw) <= len(sw) or lw[0] != sw[0]:
                continue
            k = 0
            for w in lw:
                if k < len(sw) and w == sw[k]:
                    k += 1
            if k < len(sw):
                continue
            if sw[-1] == lw[-1] or lw[:len(sw)] == sw and sw[-1].lower() not in _ORG_HEADS and all(
                    w.lower() in _SHORT_FORM_TAILS for w in lw[len(sw):]):
                fits.append(long)
        if len(fits) == 1 or fits and all(split[f][:len(split[fits[0]])] == split[fits[0]] or
                                           split[fits[0]][:len(split[f])] == split[f] for f in fits):
            out[short] = max(fits, key=lambda f: len(split[f]))
    return out


_CAP_WORD_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*) $")


def _acronym_extends(mentions: list[_Mention], text: str) -> None:
    """An organisation's name before its acronym in brackets takes back the capitalised word before it that the
    acronym spells ("World Anti-Doping Agency (WADA)" when a sentence start dropped "World"), in every mention."""
    renamed: dict[str, str] = {}
    for a, b in zip(mentions, mentions[1:]):
        if a.type == "ORG" and " " not in b.name and text[a.end:b.start] == " (" and text[b.end:b.end + 1] == ")" \
                and b.name.isupper() and a.start >= 2 and text[a.start - 1] == " ":
            letters = _acronym_letters(a.name.split())
            if letters != b.name and b.name.endswith(letters) \
                    and (w := _CAP_WORD_BEFORE.search(text, max(0, a.start - 30), a.start)) \
                    and _acronym_letters([w.group(1)] + a.name.split()) == b.name:
                renamed[a.name] = w.group(1) + " " + a.name
                a.start = w.start(1)
    for m in mentions:
        if m.type == "ORG" and m.name in renamed:
            m.name = renamed[m.name]


# Heads that name a body of people, besides _ORG_HEADS and _PURPOSE_HEADS ("National Hi-Tech Crime Unit (NHTCU)").
_BODY_HEADS = frozenset("unit units squad panel team taskforce".split())


def _survey_body(words: list[str]) -> bool:
    """A survey named by a science's or a region's adjective is a body that surveys ("British Antarctic Survey", "US
    Geological Survey"); one named by nouns is a statistic's ("Labour Force Survey", "Annual Business Survey")."""
    return len(words) >= 2 and words[-1] == "Survey" and words[-2].lower().endswith(("ic", "ical"))
_ACRONYM_HEAD_ENDS = frozenset("of for on to".split())  # the head of "Office for National Statistics" is "Office"
_BRACKET_WORD = re.compile(r"(?<![\w'’-])([A-Z][\w'’-]*|and|of|for|on|the|&),? $")


def _people_led_acronym_names(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A people's or a place's name and one more word before an acronym in brackets that opens with their letters are
    one organisation's name, as written ("European Athletics (EAA)", "Swedish Rowing (SRF)": the acronym of a longer
    form), not a demonym and a word."""
    joined: dict[int, int] = {}  # id of the word's mention -> where the name starts
    for o, acr in zip(mentions, mentions[1:]):
        if " " not in o.name and o.type in (None, "ORG", "PERSON") and o.name[1:].islower() and o.start >= 2 \
                and text[o.end:acr.start] == " (" and text[acr.end:acr.end + 1] == ")" and acr.name.isupper() \
                and 3 <= len(acr.name) <= 6 and (w := _CAP_WORD_BEFORE.search(text, max(0, o.start - 30), o.start)) \
                and (_demonym_of(w.group(1)) or _place(w.group(1))) \
                and acr.name.startswith(_acronym_letters([w.group(1), o.name])):
            joined[id(o)] = w.start(1)
    if not joined:
        return mentions
    starts = set(joined.values())
    out = []
    for m in mentions:
        if m.start in starts and m.type in ("NORP", "GPE") and " " not in m.name:
            continue  # (the people's word, now inside the name)
        if id(m) in joined:
            a = joined[id(m)]
            m = _Mention(a, m.end, text[a:m.end], "ORG", "", named=True)
        out.append(m)
    return out


def _norp_between(norps: list[_Mention], starts: list[int], a: int, b: int) -> bool:
    """Whether one of *norps* (sorted by start, *starts* their starts) still a NORP starts in [*a*, *b*)."""
    for k in range(bisect_left(starts, a), bisect_left(starts, b)):
        if norps[k].type == "NORP":
            return True
    return False


def _bracketed_acronyms(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A name introduced with its acronym in brackets: an organisation, acronym and all, when the head of the name
    names a body ("the National Hi-Tech Crime Unit (NHTCU)", "Office for National Statistics (ONS)"); when the head is
    an ordinary word that names none, a product, a standard or a policy, so the acronym is no organisation either
    ("PlayStation Portable (PSP)", "High-Speed Downlink Packet Access (HSDPA)"). A name whose acronym spells words
    before it takes them back ("The Entertainment and Leisure Software Publishers Association (Elspa)")."""
    zipf = _wordfreq()
    drop: set = set()
    renamed: dict[str, str] = {}
    bodies: set[str] = set()  # acronyms of bodies defined in brackets
    cut: list[tuple[int, int]] = []
    mentions = _people_led_acronym_names(mentions, text)
    # the peoples' and faiths' words by start, for the look between a name's new start and its old one (a binary
    # search, not a look at every mention per name; the loop below never moves a NORP's start nor types one NORP)
    norps = sorted((m for m in mentions if m.type == "NORP"), key=_START)
    norp_starts = [m.start for m in norps]
    for a, b in zip(mentions, mentions[1:]):
        if text[a.end:b.start] != " (" or text[b.end:b.end + 1] != ")" or " " in b.name or len(b.name) < 2 \
                or not b.name[0].isupper() or a.type not in (None, "ORG") or " " not in a.name:
            continue
        acr = b.name.upper()
        words = a.name.split()
        letters = _acronym_letters(words).upper()
        body_head = (words[-1].lower() in _BODY_HEADS or _survey_body(words)) and a.type is None  # ("British Antarctic Survey (BAS)": a
        # people's word the chunk left out opens the body's name)
        named_body = a.type is None and b.type == "ORG"  # (the acronym a body's: "State West Africa Province (ISWAP)",
        # whose opening people's or faith's word a rule split off, "Islamic")
        if letters != acr and len(letters) >= 2 and acr.endswith(letters) and (a.type == "ORG" or body_head or named_body):
            # walk back over capitalised words and the links of a long name until the letters are the acronym's
            start, extra = a.start, []
            while len(_acronym_letters(extra + words)) < len(acr) \
                    and (w := _BRACKET_WORD.search(text, max(0, start - 40), start)):
                extra.insert(0, w.group(1))
                start = w.start(1)
            if named_body and not body_head and not _norp_between(norps, norp_starts, start, a.start):
                continue  # (only a people's or a faith's word split off: not "Screen" of "Screen Actors Guild (SAG)")
            if _acronym_letters(extra + words).upper() == acr and extra[0][:1].isupper() \
                    and extra[0] != "The":
                cut.append((start, a.start))
                renamed[a.name] = text[start:a.end]
                a.start, a.name, a.named = start, text[start:a.end], True
                if body_head or named_body:
                    a.type = b.type = "ORG"
                    bodies.add(b.name)
            continue
        if letters != acr and "".join(c for w in words if w.lower() not in _INITIALS_SKIP for c in w if c.isupper()) != acr:
            continue  # (the capitals inside a word count too: "PlayStation Portable (PSP)")
        head = next((words[k - 1] for k, w in enumerate(words) if k and w in _ACRONYM_HEAD_ENDS), words[-1]).lower()
        if head in _ORG_HEADS or head in _PURPOSE_HEADS or head in _BODY_HEADS or _survey_body(words):
            a.type = b.type = "ORG"
            a.named = True
            bodies.add(b.name)
        elif a.type is None and zipf(head) >= 3.0:
            drop.add(b.name)
    mentions = _outside(mentions, cut, whole=True)  # (one binary search per mention, not a look at each cut)
    for m in mentions:
        if m.name in drop and not m.named:
            m.type = None
        elif m.type == "ORG" and m.name in renamed:
            m.name = renamed[m.name]
        elif m.name in bodies and m.type != "ORG" and not m.titled and not m.royal:
            m.type, m.named = "ORG", True  # the acronym everywhere after "(Alva)": "Alva members", "Alva director X"
    return mentions


def _clipped_from(short: str, words: list[str]) -> bool:
    """Whether *short* is written from the starts of *words* in order, case aside: every word's start ("CalMac" of
    Caledonian MacBrayne, "Bafta" of British Academy of Film and Television Arts, "Ofcom" of Office of
    Communications; words such as "of" and "and" may be left out), or a clipped first word alone ("Fed" of
    Federal Reserve)."""
    low = short.lower()
    first = words[0].lower()
    if low[0] != first[0]:
        return False  # (the cheap test first: every such form starts with the name's first letter)
    if len(low) >= 3 and len(low) < len(first) and first.startswith(low):
        return True
    parts = [w.lower() for w in words]
    if sum(p not in _INITIALS_SKIP for p in parts) < 2:
        return False
    if len(parts) >= 3 and parts[-1] in _ORG_HEADS and len(low) >= 6 and _written_from_starts(low, parts[:-1]):
        return True  # "Austrade" of Australian Trade Commission: the body's head word left out
    return _written_from_starts(low, parts)


def _written_from_starts(low: str, parts: list[str]) -> bool:
    """Whether *low* is the starts of every word of *parts* in order (words such as "of" and "and" may be left out)."""
    if sum(p not in _INITIALS_SKIP for p in parts) < 2:
        return False
    reach = {0}  # the positions of *low* that the words so far can have written up to
    for w in parts:
        nxt = set(reach) if w in _INITIALS_SKIP else set()
        for i in reach:
            n = 1
            while n <= len(w) and i + n <= len(low) and low[i + n - 1] == w[n - 1]:
                nxt.add(i + n)
                n += 1
        if not nxt:
            return False
        reach = nxt
    return len(low) in reach


def _clipped_forms(mentions: list[_Mention], orgs: list[_Mention], taken, text: str = "") -> dict[str, str]:
    """One-word organisation name -> the one longer organisation name of the document it is clipped or contracted
    from (see _clipped_from), for the one-word names no other rule resolves (*taken*: tests of the names they do)."""
    longs: dict[str, list[str]] = defaultdict(list)  # first letter -> the longer names
    for n in {m.name for m in orgs if " " in m.name and not m.name.endswith(_DOMAINS)}:
        longs[(n[4:] if n.startswith("The ") else n)[0]].append(n)
    out: dict[str, str] = {}
    if not longs:
        return out
    # (a body the text names by its acronym is not the one it clips: "the Fed" beside the Federal Trade Commission and
    # "the FTC" is the Federal Reserve)
    acronyms = {m.name for m in mentions if m.name.isupper() and " " not in m.name}
    for name in {m.name for m in mentions if m.type == "ORG" and " " not in m.name and m.name[:1] in longs
                 and len(m.name) >= 3 and m.name.isalpha() and not any(name_of(m.name) for name_of in taken)
                 and m.name.lower() not in _NEWSPAPERS}:  # ("The Sun" is a paper of its own, not "Sunday Telegraph")
        fits = [n for n in longs[name[0]] if _clipped_from(name, (n[4:] if n.startswith("The ") else n).replace("-", " ").split())
                and not any(w == name for w in n.split())]
        if len(fits) > 1:
            fits = _parent_body(fits)
        if len(fits) > 1 and any(m.name == name and text[max(0, m.start - 4):m.start] in ("the ", "The ") for m in mentions):
            fits = [n for n in fits if _acronym_letters(n.split()) not in acronyms] or fits
        if len(fits) == 1 and not (" " not in name and fits[0].lower().startswith(name.lower()) and (
                name.lower() in _NEWSPAPERS or fits[0].split()[0].lower() in _CALENDAR
                or any(m.name == name and (_CLUB_WORD_AFTER.match(text, m.end) or _RESULT_AFTER.match(text, m.end)
                                           or _CLUB_BEFORE.search(text, max(0, m.start - 30), m.start))
                       for m in mentions))):
            # (a clipped first word, but not "the Sun" of the Sunday Times, nor a club: "Inter beat Juventus")
            out[name] = fits[0]
    return out


def _parent_body(fits: list[str]) -> list[str]:
    """Of several names one short form is clipped from ("Fed": Federal Reserve, Federal Reserve Bank of Kansas City,
    Federal Open Market Committee), the parent body: the one shortest name whose words open another of them (the
    other names are its arms, named from it); else all of them (no choice)."""
    shortest = min(len(n.split()) for n in fits)
    short = [n for n in fits if len(n.split()) == shortest]
    if len(short) == 1 and shortest >= 2 and any(n.startswith(short[0] + " ") for n in fits):
        return short
    return fits


def _joined_by_short_form(mentions: list[_Mention], text: str) -> list[_Mention]:
    """Two names joined by "and" or "&" are one organisation's name when the document's acronym or contraction is
    written from the whole ("the Entertainment and Leisure Software Publishers Association (Elspa)", "the British
    Academy of Film and Television Arts" ... "Bafta"): one ORG mention, in place of the two."""
    shorts = {m.name for m in mentions if " " not in m.name and len(m.name) >= 3 and m.name.isalpha()
              and m.name[:1].isupper() and m.type in ("ORG", None)}
    if not shorts:
        return mentions
    by_pos = sorted(mentions, key=_START)
    drop: set[int] = set()
    for a, b in zip(by_pos, by_pos[1:]):
        sep = text[a.end:b.start]
        if sep not in (" and ", " & ") or id(a) in drop or a.type not in ("ORG", None) or b.type not in ("ORG", None) \
                or text[a.start:a.end] != a.name or text[b.start:b.end] != b.name:
            continue
        whole = a.name + sep + b.name
        words = whole.replace("-", " ").split()
        letters = _acronym_letters(whole.split())
        if any(s.upper() == letters or not s.isupper() and not s[1:].islower() and _clipped_from(s, words) for s in shorts):
            b.start, b.name, b.type, b.named, b.initial = a.start, whole, "ORG", True, a.initial
            drop.add(id(a))
    upper = {s for s in shorts if s.isupper()}
    for b in by_pos:
        # the word before "and" left no mention of its own ("the University and College Union" ... "UCU", where the
        # text also writes "university" in lower case): taken back when the acronym spells the whole
        if b.type in ("ORG", None) and id(b) not in drop and " " in b.name and text[b.start:b.end] == b.name \
                and text.endswith(" and ", 0, b.start) and (w := _CAP_WORD_BEFORE.search(text, max(0, b.start - 30), b.start - 4)) \
                and not any(m.start <= w.start(1) < m.end for m in by_pos) \
                and _acronym_letters([w.group(1), "and"] + b.name.split()) in upper:
            b.start, b.name, b.type, b.named = w.start(1), w.group(1) + " and " + b.name, "ORG", True
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _named_by_short_form(mentions: list[_Mention], firsts, text: str) -> None:
    """A name of several words that an organisation's acronym or contraction of the document is written from is that
    organisation ("Calder Vale Textiles" ... "CVT", "Caledonian MacBrayne" ... "CalMac"): people are not named so. Not a
    name led by a given name, a title or a royal word, nor one introduced with its acronym in brackets (typed by
    ``_bracketed_acronyms`` from the name's head)."""
    shorts = {m.name for m in mentions if " " not in m.name and len(m.name) >= 3 and m.name.isalpha()
              and (m.type == "ORG" or m.type is None and m.name.isupper()) and m.name[:1].isupper()
              and not m.name[1:].islower()}  # (an acronym or a contraction: "NHTCU", "CalMac", not "Calder")
    if not shorts:
        return
    upper = {s for s in shorts if s.isupper()}
    letters = {s[0] for s in shorts}
    for m in mentions:
        if m.type in (None, "PERSON") and " " in m.name and m.name[0] in letters and not m.titled and not m.royal \
                and m.ntok >= 2 and not (text and text.startswith(" (", m.end)):
            words = m.name.replace("-", " ").split()
            if words[0] in firsts or words[0].lower() in _INITIALS_SKIP:
                continue
            if _acronym_letters(m.name.split()) in upper or any(
                    not s.isupper() and _clipped_from(s, words) and s.lower() != words[0].lower()[:len(s)] for s in shorts):
                m.type, m.named = "ORG", True


# Words that open many names and alone name none of them ("General Motors" is never "General").
_NOT_OWN_WORDS = frozenset("""new first great national royal international global general standard central northern
southern eastern western north south east west united british american european world universal""".split())


def _trade_name(words: list[str]) -> bool:
    """A company's own word and its trade ("Velko Steel", "Zun Microsystems", "Tarvo Teleservices"), after a founder's
    initials perhaps ("RJ Velko Tobacco")."""
    low = words[-1].lower()
    if len(words) == 3 and words[0].isupper() and len(words[0]) <= 3 and words[0].isalpha():
        words = words[1:]
    return len(words) == 2 and (low in _TRADE_TAILS or len(low) > 6 and low.endswith(_TRADE_COMPOUND_ENDS) and low.isalpha()
                                and _wordfreq()(low) < 3.0)


def _company_first_words(mentions: list[_Mention], text: str) -> list[_Mention]:
    """A company named in full by its own word and its trade is named later by that word alone ("Zun Microsystems" ...
    "Zun said", "by Zun", "Zun's chief"; "Tarvo Teleservices" ... "at Tarvo"), even where the word alone would be a
    place, a day's abbreviation or a common word; and before a product of its own ("Zun Grid"). Not where the word is a
    given name, a people, a title or an opener of many names, nor a person's surname after a title ("Mr Velko")."""
    full: dict[str, str] = {}
    for m in mentions:
        if m.type in ("ORG", "PERSON", None) and not m.titled and not m.royal and " " in m.name:
            words = m.name.split()
            own = words[-2] if len(words) == 3 else words[0]
            if _trade_name(words) and own[1:].islower() and own.isalpha() and own not in _first_names() \
                    and own.lower() not in _NOT_OWN_WORDS and own.lower() not in _titles() and own.lower() not in _stopwords() \
                    and _demonym_of(own) is None and (_place(own) is None or _wordfreq()(own.lower()) < 3.5) \
                    or m.type == "ORG" and _acronym_firm(words):
                if full.setdefault(own, m.name) != m.name:
                    full[own] = ""  # two companies of one word ("Velko Steel", "Velko Motors"): neither is "Velko"
    full = {own: name for own, name in full.items() if name}
    if not full:
        return mentions
    surnames = {m.name.rsplit(" ", 1)[-1] for m in mentions if m.type == "PERSON" and " " in m.name and m.name not in full.values()}
    by_start = {m.start: m for m in mentions}
    out = []
    for m in mentions:
        words = m.name.split()
        own = words[0]
        if own in full and m.name != full[own] and not m.titled and own not in surnames and text.startswith(own, m.start) \
                and (len(words) == 1 or (m.type is None or m.type == "PERSON") and not _trade_name(words)
                     and words[-1].lower() not in _ORG_HEADS):  # ("Zun Grid": its product; not "Zun Films": a sister firm)
            m.end, m.name, m.type, m.link, m.named = m.start + len(own), full[own], "ORG", "", True
        out.append(m)
    for own, name in full.items():
        if own in surnames:
            continue
        for a in _word_alone_at(own, text):  # (the pattern r"(?<![\w'’&.-])" + own + r"(?![\w&-])", without compiling it)
            if a in by_start or any(o.start <= a < o.end for o in out) or text[max(0, a - 4):a].lower() == "the " \
                    or _TITLE_RIGHT_BEFORE.search(text, max(0, a - 6), a):
                continue
            out.append(_Mention(a, a + len(own), name, "ORG", named=True))  # ("Zun offers ...", "by Zun": dropped as common)
    out.sort(key=_START)
    return out


# Words after a company's acronym that name the company itself, not a unit of it ("RSA Security", "BAE Systems", "KPX
# Energy"; not "BBC Films", "ITV Digital")
_SAME_FIRM_TAILS = frozenset("""security systems holdings group technologies software networks energy industries engineering
aerospace electronics communications telecom pharmaceuticals petroleum steel mining insurance""".split())


def _acronym_firm(words: list[str]) -> bool:
    """A company's acronym and a word for its trade or its group (_SAME_FIRM_TAILS): "RSA Security", "BAE Systems", whose
    acronym alone names the company too; not a place's or a country's code ("US Energy")."""
    return len(words) == 2 and words[0].isupper() and words[0].isalpha() and 2 <= len(words[0]) <= 5 \
        and words[1].lower() in _SAME_FIRM_TAILS and _place(words[0]) is None and _demonym_of(words[0]) is None


def _word_alone_at(own: str, text: str) -> list[int]:
    r"""Where ``re.finditer(r"(?<![\w'’&.-])" + own + r"(?![\w&-])", text)`` matches the word *own* (letters only): no
    letter, digit or one of "_'’&.-" right before it, none of "_&-" nor a letter or digit right after it."""
    out = []
    n, size = len(own), len(text)
    i = text.find(own)
    while i >= 0:
        j = i + n
        if (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'’&.-")) \
                and (j >= size or not (text[j].isalnum() or text[j] in "_&-")):
            out.append(i)
        i = text.find(own, i + 1)
    return out


_TITLE_RIGHT_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sir)\.? $")


# Runs of k lower-case words of three letters or more, each initial captured (k = 3..6), and the start of a lower-case
# word by its first letter (the letter first: the engine looks for it before testing the boundary): with them
# _spelled_out_lower reads an acronym's words where a pattern of the acronym's own letters, compiled for each new
# acronym, read them
_LOWER_WORD_RUNS = {k: re.compile(r"(?<![\w-])" + r"[\s-]+".join([r"([a-z])[a-z]{2,}"] * k) + r"(?![\w-])") for k in range(3, 7)}
_LOWER_WORD_STARTS = {c: re.compile(rf"{c}(?<![\w-]{c})") for c in "abcdefghijklmnopqrstuvwxyz"}


@lru_cache(maxsize=256)  # (asked once per mention: one scan of the text per acronym)
def _spelled_out_lower(acronym: str, text: str) -> bool:
    """The text writes, in lower case, words whose initials spell *acronym* (three to six capitals), one after another
    ("international financial reporting standards" ... "IFRS", "gross domestic product" ... "GDP"; words of three
    letters or more, no stopword): the acronym is short for a common noun phrase, no organisation's name."""
    if not (3 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
        return False
    letters = acronym.lower()
    stop = _stopwords()
    if not acronym.isascii():  # (a letter beyond a-z: the acronym's own pattern)
        words = r"[\s-]+".join(rf"{c}[a-z]{{2,}}" for c in letters)
        return any(not any(w in stop for w in re.split(r"[\s-]+", hit.group()))
                   for hit in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text))
    # what finditer of "(?<![\w-])a[a-z]{2,}[\s-]+b[a-z]{2,}...(?![\w-])" finds: each word there is the whole run of
    # lower-case letters, each gap the whole run of spaces and hyphens, so a match at a word's start is the run of
    # _LOWER_WORD_RUNS there with the acronym's initials; tried at each lower-case word opening with the first letter,
    # past the last match
    runs = _LOWER_WORD_RUNS[len(letters)]
    done = 0
    for start in _LOWER_WORD_STARTS[letters[0]].finditer(text):
        if start.start() < done:
            continue
        hit = runs.match(text, start.start())
        if hit is None or "".join(hit.groups()) != letters:
            continue
        if not any(w in stop for w in re.split(r"[\s-]+", hit.group())):
            return True
        done = hit.end()
    return False


_DOTTED = re.compile(r"(?:[A-Z]\.){2,}")


def _dotted_acronyms(found: list[_Mention]) -> list[_Mention]:
    """An organisation's acronym written with full stops ("U.N.", "E.U.") where the document also names it without
    them ("UN") or in full ("United Nations", whose initials spell it): the same name, so the merge joins them (the
    dotted form alone keeps its stops: "U.N." is the entity's name then)."""
    dotted = [m for m in found if m.type == "ORG" and _DOTTED.fullmatch(m.name)]
    if not dotted:
        return found
    orgs = {m.name for m in found if m.type == "ORG"}
    spelled = {_acronym_letters(n.split()) for n in orgs if " " in n}
    for m in dotted:
        plain = m.name.replace(".", "")
        if plain in orgs or plain in spelled:
            m.name = plain
    return found


def _initialled_short_forms(found: list[_Mention]) -> list[_Mention]:
    """An organisation's short form that puts its first words' initials before the word that follows them in its full
    name ("IC Gas" for "Imperial Continental Gas Association", "BC Hydro" for "British Columbia Hydro and Power
    Authority"), where the story names it in full: a mention of the full name."""
    fulls = [m.name for m in found if m.type == "ORG" and m.name.count(" ") >= 2]
    if not fulls:
        return found
    by_form: dict[str, str] = {}
    for full in fulls:
        words = full.split()
        for k in (2, 3):
            if len(words) > k + 1 and all(w[:1].isupper() for w in words[:k + 1]) and not any(w.isupper() for w in words[:k]):
                by_form.setdefault("".join(w[0] for w in words[:k]) + " " + words[k], full)
    if not by_form:
        return found
    for m in found:
        if m.type in ("ORG", None) and m.name in by_form and m.name.split(" ", 1)[0].isupper():
            m.name, m.type, m.named = by_form[m.name], "ORG", True
    return found


_UN_BEFORE_BODY = re.compile(r"(U\.N\.|UN) ((?:[A-Z][\w-]* )+(?:on|for|of) (?:the )?[A-Z][\w-]*(?: [A-Z][\w-]*)*)$")


def _un_before_named_body(found: list[_Mention]) -> list[_Mention]:
    """The UN's acronym before a body's own full name, one that says what it is for ("the U.N. Intergovernmental
    Panel on Climate Change", "the UN Commission on Human Rights"): the UN, then the body, as "US" before a body is
    the country, then the body (a short organ's name stays whole: "the U.N. Security Council")."""
    out = []
    for m in found:
        hit = _UN_BEFORE_BODY.match(m.name) if m.type == "ORG" and m.name.startswith("U") else None
        if hit is None:
            out.append(m)
            continue
        rest = m.start + len(hit.group(1)) + 1
        out.append(_Mention(m.start, m.start + len(hit.group(1)), hit.group(1), "ORG", named=True))
        out.append(_Mention(rest, m.end, hit.group(2), "ORG", named=True))
    return out


# Symbols of units of data, frequency and power, written after a number ("200 KB", "5 MB", "64 GB of storage", "a 2 GHz
# chip", "a 500 MW plant"): a closed class, no organisation's acronym (nor "GB" for Great Britain)
_UNIT_SYMBOLS = frozenset("""KB kB MB GB TB PB Kb Mb Gb Tb KiB MiB GiB TiB Kbps Mbps Gbps kHz KHz MHz GHz THz kW MW GW
TW kWh MWh GWh TWh mAh""".split())
_NUMBER_RIGHT_BEFORE = re.compile(r"\d[ \u00a0]?$")
# A file format's acronym before a noun for a file or what one holds ("PNG files", "a DOC attachment", "JPEG images"),
# or in a list of such acronyms ("DOC, PPT, JPEG and others", "JPEG, JPG and PNG files", "MP4/MOV")
_FILE_NOUN_AFTER = re.compile(r" (?:files?|formats?|images?|photos?|pictures?|documents?|attachments?|extensions?|"
                              r"filetypes?|file types?|videos?|clips?)\b")
_LIST_GAP = re.compile(r"(?:,? (?:and|or|and/or) |, |/)")
# An acronym before a standard identifier's number, the scheme's name ("DOI: 10.1073/pnas.1907828116", "ISBN
# 978-0-14-044913-6", "ISSN 0028-0836"), no organisation
_IDENTIFIER_AFTER = re.compile(r":? ?(?:10\.\d{4,}/|97[89]-?\d|\d{4}-\d{3}[\dX]\b)")
# A scale of temperature named for its inventor (a closed list), after "degrees" or a number ("40 degrees Fahrenheit",
# "minus 5 degrees Celsius", "a degree Kelvin", "-40 Celsius"): a unit, nobody's mention (its inventor's full name stays:
# "Anders Celsius"; "Kelvin" as a given name elsewhere: "Kelvin said")
_DEGREES_BEFORE = re.compile(r"(?:\b[Dd]egrees?|\d|°) ?$")
_TEMPERATURE_SCALES = frozenset(("Fahrenheit", "Celsius", "Centigrade", "Kelvin", "Rankine", "Reaumur", "Réaumur"))


def _formats_and_units(found: list[_Mention], text: str) -> list[_Mention]:
    """Drops a unit's symbol after a number (_UNIT_SYMBOLS), whatever it was typed, and, in every mention, the acronym of
    a file format (gazetteers._file_extensions) that one mention shows to be one: a noun for files after it
    (_FILE_NOUN_AFTER) or another file format beside it in a list (not an acronym the text defines in brackets); and the
    name of an identifier's scheme before its number (_IDENTIFIER_AFTER), in every mention; and a scale of temperature
    after "degrees" (_DEGREES_BEFORE), in every mention of it alone."""
    exts = _file_extensions()
    formats = [m for m in found if m.type in ("ORG", None) and m.name in exts and text[m.start:m.end] == m.name]
    cued = {m.name for m in formats if _FILE_NOUN_AFTER.match(text, m.end)}
    for a, b in zip(formats, formats[1:]):
        if _LIST_GAP.fullmatch(text, a.end, b.start):
            cued.update((a.name, b.name))
    cued = {n for n in cued if f"({n})" not in text}
    cued.update(m.name for m in found if m.type in ("ORG", None) and m.name.isupper() and _IDENTIFIER_AFTER.match(text, m.end))
    if any(m.name in _TEMPERATURE_SCALES for m in found):
        scales = {m.name for m in found if m.name in _TEMPERATURE_SCALES and text[m.start:m.end] == m.name
                  and _DEGREES_BEFORE.search(text, max(0, m.start - 8), m.start)}
        if scales:
            found = [m for m in found if m.name not in scales]
    return [m for m in found if not (
        m.type in ("ORG", None) and m.name in cued
        or text[m.start:m.end] in _UNIT_SYMBOLS and _NUMBER_RIGHT_BEFORE.search(text, max(0, m.start - 2), m.start))]
