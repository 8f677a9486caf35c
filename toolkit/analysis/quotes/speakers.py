"""A subject phrase resolved to a speaker: ``_resolve_phrase(ctx, a, b, ...)``.

The subject is a named entity when one is there (the last person named, else the first organisation or
place), a pronoun or "the minister" resolved to the person it refers to (:mod:`.referents`), or a
description ("unnamed officials", "a spokesman"). "they" goes to the plural group opening the sentence
before ("Unions attacked ...").

Descriptions follow the dev set's guidelines: unnamed people of a named body carry its name before the
role ("A spokesman for the World Summit (WSIS)" -> "a WSIS spokesman", "Lawyers for Tom Reed" -> "Tom
Reed's lawyers", "his lawyer" -> "<the man meant>'s lawyer"); documents speak as documents ("the World
Bank report said" -> "the report", "A statement from Acme said" -> "an Acme statement").

Input: the ``_Ctx``, the span of the phrase, whether it follows its verb (``inverted``), the quotation's
offset and the previous piece. Output: ``(speaker, surface, type)`` (PERSON, ORG, GPE, ... or DESC for a
description), or None when nothing fits.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .marks import _Piece, _last_break_end
from ..entities.chunking import _char_before
from .people import (
    _CALENDAR, _CAP_RUN, _ELECTED_TITLES, _RANKS, _Ctx, _Mention, _fallback_mentions, _inside_quote, _mentions_in, _person_noun,
)
from .referents import _CONNECTIVES, _joint_subject, _plural_opening, _plural_subject, _role_holder, _role_subject, _sentence_before, _topic
from .roles import (
    _DOC_NOUNS, _LEAD_NOUNS, _NONPERSON_NOUNS, _OFFICE_NOUNS, _PARTICIPLE_NOUNS, _PERSON_HEADS, _POSITIONS, _TITLE_GENDER, _all_genders, _definite, _definite_np, _description_gender,
    _genders, _name_genders, _named_as, _named_group, _named_kind, _nationals, _person_description, _roles,
    _sayer_description,
)
from .verbs import (
    _AUX, _DETERMINERS, _LETTERS, _MODALS, _NOT_HEADS, _NOT_MODIFIED, _ORG_HEADS, _ORG_NOUNS, _PREPOSITIONS, _PRONOUNS, _ROLE_NOUNS,
    _TITLES, _VERB_FORM, _VERB_PAST, _WORD, _verbs,
)

# singular or mass nouns that do stand as subjects without a determiner ("Police said", "Research shows")
_BARE_SUBJECTS = frozenset("""police staff management research evidence government everyone everybody nobody someone
somebody anyone anybody people security intelligence history science experience""".split())


def _last_person(ctx: _Ctx, before: int, types=("PERSON",)) -> _Mention | None:
    i = bisect_left(ctx.starts, before) - 1
    while i >= 0:
        m = ctx.mentions[i]
        if m.type in types and m.end <= before and not _inside_quote(ctx, m.start):
            return m
        i -= 1
    return None


def _first_person_after(ctx: _Ctx, after: int, gender: str, *, within: int = 400) -> _Mention | None:
    """The first person named outside quotation marks after *after* (up to *within* characters on) whose sex is
    not the other one; None if the first person named there is of the other sex, or none is."""
    i = bisect_left(ctx.starts, after)
    genders = _all_genders(ctx)
    while i < len(ctx.mentions) and ctx.mentions[i].start < after + within:
        m = ctx.mentions[i]
        if m.type == "PERSON" and not _inside_quote(ctx, m.start):
            return m if genders.get(m.entity, gender) == gender else None
        i += 1
    return None


def _pick(mentions: list[_Mention], *, last_person: bool = True) -> _Mention | None:
    people = [m for m in mentions if m.type == "PERSON"]
    if people:
        return people[-1] if last_person else people[0]
    others = [m for m in mentions if m.type in ("ORG", "GPE", "NORP", "OTHER", "LOC")]
    return others[0] if others else None


_DESC_APPOSITION = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|"
                              r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}['’]s?)\s+"
                              r"(?:[a-z][\w'’-]*\s+){0,3}?[a-z][\w'’-]*,\s*([A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&|(?:al|el|bin|ibn|abu)-[A-Z][\w'’-]*|[A-Z][\w&'’.-]*))"
                              r"{0,5}(?<=[\w.]))\s*,\s*$")

# adverbs that open no noun phrase ("and now planned to attack ...")
# "the club's chairman", "The union's district organiser": a post owned by a body described, not named
_BODY_OWNED_ROLE = re.compile(r"(?:(?:But|And|However|Meanwhile|Later),?\s+)?[Tt]he\s+([a-z][\w-]*)['’]s\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)")
_GOES_ON = re.compile(r"\b(?:added|adds|continued|continues|went\s+on)\b")  # the same speaker going on
_NOT_NP_OPENERS = frozenset({"now", "then", "also", "still", "just", "already", "only", "even", "never", "soon"})
# conjunctions that open a clause: no word of a sayer's noun phrase ('... "short of beds" but when asked she
# "could not ..."': "but when asked" is no one asking)
_CLAUSE_OPENERS = frozenset({"but", "yet", "when", "whenever", "while", "whilst", "if", "unless", "because", "although",
                             "though", "whereas", "until", "whether"})
_PARTITIVES = frozenset({"one", "some", "many", "several", "two", "three", "four", "another", "most", "none"})
_GROUP_OF = frozenset({"group", "number", "handful", "coalition", "crowd", "delegation", "majority", "minority",
                       "host", "band", "alliance"})  # "a group of MPs": a group named by its people
_OF_TOPIC = re.compile(r"\s+(?:of|about|on)\s")
_LABEL = re.compile(r"['‘’\"][A-Z0-9]{1,2}['‘’\"]?")  # "detainee 'A'", "witness 'X'": a label, not a word of the description


_NAME_LINKS = frozenset(("of", "for", "and", "the", "&"))  # small words inside a body's name


_JOINED_BY_AND = re.compile(r"\s+(?:and|&)\s+(?:[A-Z][\w.'’-]*\s+){0,4}")


def _joint_people(ctx: _Ctx, ms: list[_Mention], a: int, b: int):
    """"Tony Blair and US President George W Bush expressed ...": two people named as the subject together speak
    together: ("A and B", surface, "PERSON"); None for one person, a longer list, or a name that is not the
    subject ("Talks between A and B")."""
    people = [x for x in ms if x.type == "PERSON"]
    if len(people) != 2 or people[1] is not ms[-1] or people[0].entity == people[1].entity:
        return None
    x1, x2 = people
    text = ctx.masked or ctx.text
    if text[x2.end:b].strip(" ,") or _JOINED_BY_AND.fullmatch(text, x1.end, x2.start) is None:
        return None
    lead = [w.strip(".,;:").lower() for w in _WORD.findall(text[a:x1.start])]
    if any(w and not (w in _TITLES or w in _CONNECTIVES or w in ("the", "both") or
                      any(x.start <= a + text[a:x1.start].lower().find(w) < x.end for x in ms)) and
           not _capitalised_in(text, a, x1.start, w) for w in lead):
        return None  # a lower-case word before the first name: not the subject's opening ("talks between")
    return f"{x1.entity} and {x2.entity}", ctx.text[x1.start:x2.end], "PERSON"


def _capitalised_in(text: str, a: int, b: int, word: str) -> bool:
    return any(w.strip(".,;:").lower() == word and w[:1].isupper() for w in text[a:b].split())


_PARTICLE_SURNAME = re.compile(r"(?:(?:al|el|ad|as|ash|an|ar|at|az|bin|ibn|abu|abd)-[A-Z][\w'’-]+|"
                               r"(?:van|von|de|da|di|du|del|della|der|den|le|la|bin|ibn|abu)(?:\s+(?:der|den|de|la|los|las))?"
                               r"\s+[A-Z][\w'’-]+)")
# an indefinite determiner and up to two lower-case modifiers before a name ("one senior ", "a leading ", "an ")
_INDEFINITE_MEMBER = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[a-z][\w-]*\s+){0,2}$")
_IRREGULAR_PARTICIPLES = frozenset({"left", "sent", "held", "seen", "found", "made", "taken", "given", "written", "shown",
                                    "brought", "caught", "kept", "built", "read", "hit", "shot", "put", "set", "sold"})
_THE_PUBLIC = re.compile(r"\s*the\s+public\s*,?\s*$", re.I)


def _describe(words: list[str], *, initial: bool = True) -> str:
    """A short description from the words before (or after) the verb: 'unnamed officials', 'a spokesman'
    ("A spokesman for the company" -> "a spokesman": the head comes before its first preposition)."""
    words = [w.strip(".,;:") for w in words if w.strip(".,;:") and not _LABEL.fullmatch(w.strip(".,;:"))]
    while words and words[-1].lower() in _AUX:
        words = words[:-1]
    if len(words) >= 2 and words[-1].endswith("ly") and words[-1].isalpha() and words[-1].islower() \
            and _sayer_description(words[-2]):
        words = words[:-1]  # "A top Federal Reserve official sharply (criticized)": an adverb after the head
    if not words:
        return ""
    first_det = next((j for j, w in enumerate(words) if w.lower() in _DETERMINERS), None)
    if first_det is not None:
        # "A note left at the scene", "An official speaking on condition of anonymity", "A man arrested there": a
        # participle after the head opens a reduced relative clause; the head ends before it
        # (not a finite verb of the clause: "The organisation called on X to", "a report which branded")
        cut = next((j for j in range(first_det + 2, min(len(words) - 1, first_det + 5)) if words[j].islower()
                    and words[j - 1].islower() and words[j - 1] not in _NOT_HEADS and words[j - 1] not in ("which", "who")
                    and words[j] not in _VERB_FORM and len(words) - j <= 7 and words[-1].lower() not in ("to", "that")
                    and (words[j].endswith(("ed", "ing")) and len(words[j]) > 4 or words[j] in _IRREGULAR_PARTICIPLES)
                    and words[j + 1].lower() in _PREPOSITIONS | {"the", "a", "an", "by", "to", "on", "online", "there", "nearby",
                                                                        "locally", "abroad", "overseas", "here"}),
                   None)
        if cut is not None:
            words = words[:cut]
    # "A spokesman for the company", "detainee 'A' in Woodhill Prison": the head comes before the preposition
    start = first_det if first_det is not None else 0
    # (not a preposition inside a name: "A Department for Education and Skills source", "a Bank of England official")
    if first_det is not None and first_det + 2 < len(words) and words[first_det].lower() in _PARTITIVES \
            and words[first_det + 1].lower() == "of" and words[first_det + 2].lower() in ("the", "his", "her", "their"):
        # "one of the victims", "some of the residents (of the town)": a determiner alone is no head; the partitive
        # is the description, up to the next preposition
        end = next((j for j in range(first_det + 3, len(words)) if words[j].lower() in _PREPOSITIONS), len(words))
        if end - first_det <= 5:
            return " ".join([words[first_det].lower()] + words[first_det + 1:end]).strip(",;:")
    if first_det is not None and first_det + 3 < len(words) and words[first_det].lower() in ("a", "an") \
            and words[first_det + 1].lower() in _GROUP_OF and words[first_det + 2].lower() == "of":
        # "A group of 40 MPs", "a number of parents": the people the group is of, up to the next preposition
        end = next((j for j in range(first_det + 3, len(words)) if words[j].lower() in _PREPOSITIONS), len(words))
        if end - first_det <= 6 and words[end - 1][:1].isalpha():
            return " ".join([words[first_det].lower()] + words[first_det + 1:end]).strip(",;:")
    prep = next((j for j in range(start + 1, len(words)) if words[j].lower() in _PREPOSITIONS
                 and not (words[j - 1][:1].isupper() and j + 1 < len(words) and words[j + 1][:1].isupper())), None)
    if prep is not None and prep - start <= 4 and (first_det is not None or words[0][:1].islower()):
        words = words[start:prep]
    # from the last determiner (or up to four words back); further back over a name ("a Department for Education
    # and Skills source")
    k = max(0, len(words) - 4)
    for j in range(len(words) - 1, -1, -1):
        if words[j].lower() in _DETERMINERS:
            if j >= len(words) - 6 or all(w[:1].isupper() or w in _NAME_LINKS for w in words[j + 1:-1]):
                k = j
            break
    if k > 0 and words[k].lower() in _PARTITIVES and words[k - 1].lower() == "the":
        k -= 1  # "the two men": the count is no determiner of its own after "the"
    desc = words[k:]
    if desc and desc[0][:1].isupper() and desc[0][1:] == desc[0][1:].lower() and (initial or desc[0].lower() in _DETERMINERS) \
            and not (len(desc) > 1 and desc[1][:1].isupper() and desc[0].lower() not in _DETERMINERS):  # "Downing Street"
        desc = [desc[0].lower()] + desc[1:]  # capitalised only as the sentence's first word
    return " ".join(desc).strip(",;:")


_IN_PLACE = re.compile(r"(?:in|at|from|of|across|to|into|for|on|over|near|around|outside|inside|throughout)\s+(?:the\s+)?$", re.I)


def _body_subject_between(ctx: _Ctx, a: int, b: int) -> bool:
    """A body or country named between offsets *a* and *b* (outside quotations), other than as a place after a
    preposition ("In Canada, rainfall was low" names no subject)."""
    text = ctx.masked or ctx.text
    if any(x.type in ("ORG", "GPE") and not _inside_quote(ctx, x.start)
           and _IN_PLACE.search(text, max(a, x.start - 20), x.start) is None for x in _mentions_in(ctx, a, b)):
        return True
    # a body described opening a sentence: "The government rejected the findings."
    return any(m.group(1).lower() in _BODY_NOUNS for m in _DESCRIBED_OPENING.finditer(text, a, b))


_DESCRIBED_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+)(?:The|This|That|Its)\s+(?:[a-z-]+\s+){0,2}?([a-z]+)\b")


_OWNED_OFFICE = re.compile(r"['’]s\s+((?:[a-z][\w-]*\s+)?[a-z][\w-]*)\s*")  # "Romania's president", "Acme's chief executive"


def _office_holder(ctx: _Ctx, m: _Mention, office, b: int, ref_at: int):
    """"Romania's president told MPs", "Acme's chief executive said": the one person the text names with that post
    before the verb or in the sentence after it (a lead names the post, the next sentence the holder: "President
    Klaus Iohannis said"); none, or two: the post as a description ("Romania's president"), never the country."""
    text = ctx.text
    words = office.group(1).split()
    head = words[-1]
    mod = words[0] if len(words) > 1 else text[m.start:m.end].lower()
    after = _NEXT_SENTENCE_END.search(text, b)
    holders: set = set()
    name = _named_as(ctx, head, after.end() if after is not None else len(text), ("PERSON",), mod=mod,
                     mod_name=len(words) == 1, holders=holders)
    if name and len(holders) == 1:
        return name, text[m.start:office.end(1)], "PERSON"
    if not holders and after is not None:
        # "Wales's first minister has said ... Mark Evans went on to say ...": the sentence after the one
        # naming the post opens with a person's full name, the holder the lead sums up
        opener = _NEXT_OPENER.match(text, after.start() + 1)
        ms = _mentions_in(ctx, opener.end(), after.end()) if opener is not None else []
        if ms and ms[0].start == opener.end() and ms[0].type == "PERSON" and len(ms[0].entity.split()) >= 2 \
                and len(text[ms[0].start:ms[0].end].split()) >= 2 and not _inside_quote(ctx, ms[0].start) \
                and text[ms[0].end:ms[0].end + 1] == " " and text[ms[0].end + 1:ms[0].end + 2].islower():
            return ms[0].entity, text[m.start:office.end(1)], "PERSON"
    return f"{m.entity}'s {' '.join(words)}", text[m.start:office.end(1)], "DESC"


_NEXT_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[A-Z\"“].*?[.!?][\"”’]?(?=\s|$)", re.S)


_NEXT_OPENER = re.compile(r"[\"”’]?\s+(?:(?:But|However|And|Meanwhile),?\s+)?")
_PLURAL_NOUN = re.compile(r"\b([a-z][a-z-]*[a-z](?:e|s|t|n|r))s\b")  # "drivers", "residents", "witnesses"


def _one_of_before(ctx: _Ctx, a: int) -> str:
    """'One' opening a sentence as its subject: one of the people the sentence before named with a plural noun
    ("a couple of the train drivers" -> "a driver"), the last such noun; "" when it names none."""
    text = ctx.masked or ctx.text
    end = a
    while end > 0 and text[end - 1] in " \t\n\"“”":
        end -= 1
    if end == 0 or text[end - 1] not in ".!?:":
        return ""
    start = max(text.rfind(". ", 0, end - 1), text.rfind("\n", 0, end - 1), text.rfind("? ", 0, end - 1),
                text.rfind("! ", 0, end - 1)) + 1
    found = []
    for m in _PLURAL_NOUN.finditer(text, start, end):
        noun = m.group(1)
        if noun.endswith("e") and noun[:-1].endswith(("ss", "sh", "ch", "x")):
            noun = noun[:-1]  # "witnesses"
        if (_sayer_description(noun) or _person_noun(noun)) and noun not in _NOT_HEADS:
            counted = _COUNTED.search(text, max(start, m.start() - 40), m.start()) is not None
            found.append((counted, m.start(), noun))
    if not found:
        return ""
    noun = max(found)[2]  # the people counted ("two witnesses", "some of the drivers"), else the last named
    return ("an " if noun[0] in "aeiou" else "a ") + noun


# a crowd counted with no noun: "Thousands", "Tens of thousands", "Hundreds more", "about 2,000"
_BARE_CROWD = re.compile(r"\s*(?:(?:[Aa]bout|[Ss]ome|[Nn]early|[Aa]lmost|[Mm]ore than|[Oo]ver|[Uu]p to)\s+)?"
                         r"(?:(?:[Tt]ens|[Hh]undreds|[Dd]ozens)\s+of\s+)?(?:[Tt]housands|[Hh]undreds|[Dd]ozens|[Ss]cores|"
                         r"[0-9][0-9,]*[0-9]00)(?:\s+more)?[\s,]*")
# people a text counts in crowds (protest, strike, sport and pilgrimage copy)
_CROWD_NOUNS = frozenset("""protesters protestors demonstrators supporters fans activists workers residents students
opponents marchers mourners voters pilgrims refugees migrants strikers rioters worshippers spectators onlookers
campaigners members employees villagers farmers teachers doctors nurses miners drivers passengers""".split())
_PLURAL_WORD = re.compile(r"\b[a-z][a-z-]*[a-z]s\b")


def _crowd_near(ctx: _Ctx, a: int, b: int) -> str:
    """The plural noun of people nearest a bare count ("Thousands gathered ...") in its sentence, the one before or
    the one after ("... about 2,000 protesters gathered outside"): "protesters"; "" when none is near."""
    text = ctx.masked or ctx.text
    lo = max(text.rfind("\n", 0, a), 0)
    stops = [m.end() for m in _SENT_BREAK_ANY.finditer(text, lo, a)]
    lo = stops[-2] if len(stops) >= 2 else lo
    line_end = text.find("\n", b)
    hi = len(text) if line_end < 0 else line_end
    ends = [m.end() for m in _SENT_BREAK_ANY.finditer(text, b, hi)]
    hi = ends[1] if len(ends) >= 2 else hi
    best, gap = "", 1 << 30
    for m in _PLURAL_WORD.finditer(text, lo, hi):
        if a <= m.start() < b:
            continue
        word = m.group()
        one = word[:-2] if word.endswith(("sses", "shes", "ches")) else word[:-1]
        if (word in _CROWD_NOUNS or _person_noun(one)) and one not in _NOT_HEADS:
            d = a - m.end() if m.end() <= a else m.start() - b
            if d < gap:
                best, gap = word, d
    return best


_WORD_OR_NUMBER = re.compile(r"[0-9]{1,3}(?:,[0-9]{3})+(?![\w'’&.-])|[\w'’&.-]+")
_COUNSEL = ("lawyer", "attorney", "solicitor", "barrister")
_MISSIONS = frozenset({"embassy", "consulate"})
_CLOSED_WORDS = frozenset("""a an the and or but nor so yet if when while whereas although though because as since
until unless once after before then than that which who whom whose what where why how this these those""".split())
_LAST_COMMA = re.compile(r"(?<![0-9]),|,(?![0-9]{3})")
_SENT_BREAK_ANY = re.compile(r"[.!?][\"”’]?\s+(?=[A-Z\"“])")


_COUNTED = re.compile(r"(?i:\b(?:two|three|four|five|several|some|many|few|couple|dozens?|hundreds|[0-9][0-9,]*)"
                      r"(?:\s+of)?(?:\s+(?:the|his|her|their|its|[A-Z][\w'’-]*['’]s))?(?:\s+[a-z][\w-]*)?\s+)$")


_MARKED_WORD = re.compile(r"(?:^|[\s(])['‘\"“][A-Za-z]")  # an opening quotation mark before a word


_TAIL_AUX = frozenset({"has", "have", "had", "also", "later", "then", "previously", "earlier", "recently", "once",
                       "repeatedly", "already", "further", "subsequently", "publicly", "privately", "reportedly",
                       "allegedly", "simply", "just", "often", "always", "never", "since"})


def _aux_trimmed(phrase: str) -> int:
    """The length of a subject phrase without the auxiliaries and adverbs ending it before its verb ("Norway's foreign
    ministry has (said)", "Acme's chief executive also (told)"): the noun phrase alone is read (the whole length when
    none ends it)."""
    end = full = len(phrase.rstrip())
    while True:
        head = phrase[:end]
        cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
        if cut < 0 or head[cut + 1:].lower() not in _TAIL_AUX or not head[:cut].strip():
            return end if end < full else len(phrase)
        end = len(head[:cut].rstrip())


def _own_plural_opening(ctx: _Ctx, at: int, prev: _Piece | None) -> str:
    """The plural noun phrase (no name) opening the sentence that holds the "they" at *at*, its verb before *at*
    ("Welsh farmers have drawn up a plan they claim"); "" otherwise, or when a quotation came since."""
    text = ctx.masked or ctx.text
    line = text.rfind("\n", 0, at) + 1
    brk = _last_break_end(text, line, at)
    start = brk if brk >= 0 else line
    if prev is not None and prev.start >= start or not text[start:at].strip():
        return ""
    return _plural_opening(ctx, text, start, at)


def _resolve_phrase(ctx: _Ctx, a: int, b: int, *, inverted: bool, at: int, prev: _Piece | None):
    """Speaker (canonical), surface, type for the subject phrase text[a:b]; None when nothing fits."""
    got = _resolve_any_phrase(ctx, a, b, inverted=inverted, at=at, prev=prev)
    if got and got[2] == "DESC" and _MARKED_WORD.search(got[0]) is not None:
        # "Tweet 'caused' seizure", "list of 'under-reported' attacks": words in marks (a headline's, a term's)
        # make no sayer's description
        return None
    return got


def _resolve_any_phrase(ctx: _Ctx, a: int, b: int, *, inverted: bool, at: int, prev: _Piece | None):
    """_resolve_phrase before its check of the description."""
    text = ctx.text
    phrase = (ctx.masked or text)[a:b]  # quotations blanked: their words are no one's name here
    if not phrase.strip():
        return None
    if not inverted:
        b = a + _aux_trimmed(phrase)
        phrase = phrase[:b - a]
    if not inverted and _BARE_CROWD.fullmatch(phrase) is not None:
        crowd = _crowd_near(ctx, a, b)
        if crowd:  # 'Thousands gathered in the square, shouting "..."': the people the text counts so nearby
            return crowd, phrase.strip(" ,"), "DESC"
    if not inverted and phrase.strip(" ,") in ("One", "One of them"):
        member = _one_of_before(ctx, a)
        if member:  # 'I spoke to some of the drivers. One wrote: "..."': one of the people the sentence before named
            return member, phrase.strip(" ,"), "DESC"
    aside = _SUBJECT_ASIDE.match(phrase) if "," in phrase else None
    if aside is not None and not any(x.type == "PERSON" for x in _mentions_in(ctx, a + aside.end(1), b)):
        # (not "the man, who was named as Tom Reed,": the aside names him)
        # "a US official, speaking on condition of anonymity, (said)", "the official, who declined to be named,":
        # the noun phrase before its aside speaks
        b = a + aside.end(1)
        phrase = phrase[:aside.end(1)]
    titled = _TITLE_POSSESSOR.fullmatch(phrase) if "’" in phrase or "'" in phrase else None
    if titled is not None and titled.group(1).split()[-1].lower() in _OFFICE_NOUNS | {"treasurer", "attorney-general"}:
        # "The Prime Minister's office said", "the Premier's spokeswoman": the office's people, described as the
        # lower-case "the prime minister's office" is (the title is no one's name)
        return f"the {titled.group(1).lower()}'s {titled.group(2)}", phrase.strip(), "DESC"
    restricted = _RESTRICTIVE.match(phrase)
    if restricted is not None:
        # "The barrister who had represented Mr Martin had said": the clause picks out someone new, described
        # by the noun before it (not the name inside the clause, nor whoever "the barrister" was before)
        desc = _describe(restricted.group(1).split(), initial=True)
        if desc and desc.split()[-1].lower() not in _NOT_HEADS and not desc.split()[-1][:1].isupper():
            return desc, restricted.group(1).strip(), "DESC"
    ms = [x for x in _mentions_in(ctx, a, b) if not _inside_quote(ctx, x.start)]
    if not inverted and len(ms) >= 2:
        joint = _joint_people(ctx, ms, a, b)
        if joint is not None:
            return joint
    m = _pick(ms)
    if m is not None and m.type != "PERSON":
        m = _introduced_name(ctx, ms, a, b) or m
    if m is None or m.type != "PERSON":
        missed = _missed_name(phrase, a, ms)
        if missed is not None:
            return missed
    appo = _DESC_APPOSITION.match(phrase) if not inverted and phrase.endswith((",", ", ")) else None
    if appo is not None and appo.group(1).split()[-1].lower() not in _CALENDAR:
        # "The owners, Riverside Estates, said", "Peter Hale's firm, Holtco, said": the name in apposition to
        # the description speaks (one the entity table does not hold: a person when it opens with a given
        # name, else a body)
        inside = [x for x in ms if x.end > a + appo.start(1)]
        if len(inside) == 1 and (inside[0].start, inside[0].end) == (a + appo.start(1), a + appo.end(1)):
            return inside[0].entity, text[inside[0].start:inside[0].end], inside[0].type
        if not inside:
            name = appo.group(1)
            return name, name, "PERSON" if len(name.split()) >= 2 and name.split()[0] in _name_genders() else "ORG"
    if inverted and m is not None and m.type == "PERSON" and len(ms) > 1:
        first = next(x for x in ms if x.type == "PERSON")
        if first is not m and _OF_TOPIC.match(text, first.end) is not None:
            m = first  # '"...," said Mr Carr of Peter Hale': the first name speaks, of (about) the other
    words = _WORD_OR_NUMBER.findall(phrase)  # ("2,000" one word)
    lows = [w.lower() for w in words]
    lead = _SPOKESPERSON_OF.match(phrase)
    if lead is None and not inverted:
        issued = _DOC_ISSUED.match(phrase)
        if issued is not None and _DOC_OF.match(phrase) is None:
            # "A statement issued after a meeting chaired by Yasser Arafat called for": the document speaks (no
            # body named right after it: not the meeting's chair, not "the talks")
            det, noun = issued.group(1).lower(), issued.group(2).lower()
            return f"{'the' if det == 'the' else det} {noun}", phrase[issued.start(1):issued.end(2)], "DESC"
    if lead is None:
        lead_doc = _DOC_OF.match(phrase)
        if lead_doc is not None:
            # "A statement from Acme said", "a report by the World Bank": the document speaks, named with
            # its body ("an Acme statement"; a definite one is "the report", as "the World Bank report")
            det, noun = lead_doc.group(1).lower(), lead_doc.group(2).lower()
            desc = f"the {noun}" if det == "the" else _with_body(ctx, f"{det} {noun}", a + lead_doc.end(), b)
            return desc, phrase[lead_doc.start(1):lead_doc.end(2)], "DESC"
    if lead is not None:
        named = next((x for x in ms if x.type == "PERSON" and (ctx.masked or text)[a:x.start].rstrip().endswith(",")
                      and (ctx.masked or text)[x.end:b].strip() in ("", ",")), None)
        if named is not None and _titled_before_comma(text, a, named.start):
            # "A spokesman for the Interior Minister, Yunus Qanooni, said": the name is the minister's, whose
            # spokesman speaks
            head = _describe(_WORD.findall(lead.group(0)))
            if head:
                return f"{named.entity}'s {head.split()[-1]}", phrase.strip(" ,"), "DESC"
            named = None
        if named is not None:  # "A spokeswoman for Acme, Ann Lee, said": the spokeswoman has a name
            return named.entity, text[named.start:named.end], "PERSON"
        # "A spokeswoman for the RAD said": the spokeswoman speaks, not the RAD
        lead_words = _WORD.findall(lead.group(0))
        if lead_words and lead_words[0].lower() not in _DETERMINERS and lead_words[0].lower() not in _CONNECTIVES:
            # "Officials at the ministry", "Lawyers for Tom Reed": a plural without a determiner
            cut = next((j for j in range(1, len(lead_words)) if lead_words[j].lower() in _PREPOSITIONS), len(lead_words))
            head_words = lead_words[:cut]
            desc = " ".join([head_words[0].lower()] + head_words[1:]) if head_words else ""
        else:
            desc = _describe(lead_words)
        if desc:
            at_ = phrase.lower().find(desc.lower())
            surface = phrase[at_:at_ + len(desc)] if at_ >= 0 else desc
            close = phrase[lead.end():].strip(" ,") if lead.group(0).rstrip()[-8:].lower() == "close to" else ""
            if close and len(close.split()) <= 4 and "," not in close and _person_description(close):
                # "A source close to the actress told": the person the source is close to stays in the description
                # (one close to a body, "a source close to the firm", is "a source")
                return f"{desc} close to {close}", phrase[lead.start():].strip(" ,"), "DESC"
            if desc.split()[-1].lower() in ("member", "members") and _THE_PUBLIC.match(phrase, lead.end()) is not None:
                # "A member of the public said": one noun phrase, no body ("a member of the public")
                return f"{desc} of the public", phrase.strip(" ,"), "DESC"
            return _with_body(ctx, desc, a + lead.end(), b), surface, "DESC"
    placed = _THE_PERSON_FROM.match(phrase) if m is not None and m.type in ("GPE", "LOC") else None
    if placed is not None and ms[0].start == a + placed.end() and all(x.type in ("GPE", "LOC") for x in ms) \
            and (_person_noun_word(placed.group(1).split()[-1].lower()) or placed.group(1).endswith("-old")):
        # "said the 19-year-old student from Leeds": the person described (resolved as "the 19-year-old student"
        # alone), not the place named after the head
        got = _resolve_phrase(ctx, a + placed.start(1), a + placed.end(1), inverted=inverted, at=at, prev=prev)
        if got:
            return got
    placed = _PERSON_FROM.match(phrase) if m is not None else None
    if placed is not None and all(x.start >= a + placed.end() for x in ms):
        # "says a doctor from Hebron", "said one resident of Gaza City", "A farmer near Aleppo said": the person
        # described speaks, not the place (or body) the description names after its head
        desc = _describe(placed.group(1).split())
        if desc and (_sayer_description(desc) or desc.endswith("-old")) and desc.split()[-1].lower() not in _NOT_HEADS:
            surface = " ".join(placed.group(1).split())  # ("a 19-year-old from Leeds": an age is a person's too)
            if m.type == "PERSON":  # "a friend of Tom Reed": Tom Reed's friend
                return _with_body(ctx, desc, a + placed.end(), b), surface, "DESC"
            return desc, surface, "DESC"
    if m is not None:
        # "Mr Blair's official spokesman said": the spokesman speaks, described by whose he is
        own = _POSSESSOR.match(text, m.end, b)
        if own is not None and not text[own.end():b].strip():
            return f"{m.entity}'s {' '.join(own.group(1).split())}", text[m.start:own.end()], "DESC"
        office = _OWNED_OFFICE.match(text, m.end, b) if m.type in ("GPE", "ORG") else None
        if office is not None and office.end() < b and all(w.lower() in _AUX for w in text[office.end():b].split()):
            office_end = b  # "Mexico's foreign minister has (expressed)": the auxiliary after the post is no more words
        else:
            office_end = office.end() if office is not None else b
        if office is not None and not text[office_end:b].strip() and office.group(1).split()[-1] in _OFFICE_NOUNS \
                and office.group(1).split()[-1] not in _TITLE_GENDER and office.group(1).split()[-1] not in _SPOKES_NOUNS:
            return _office_holder(ctx, m, office, b, at if inverted else _verb_at(ctx, b, at))
        if office is not None and m.type == "GPE" and not text[office_end:b].strip() \
                and office.group(1).split()[-1] in _OWNED_BODIES:
            # "Turkey's military said", "Norway's foreign ministry said": a country's body that the text does not
            # name speaks, described by whose it is (not the country)
            surface = " ".join(text[m.start:office.end()].split())
            return surface, surface, "DESC"
    if m is not None and m.type in ("NORP", "ORG", "GPE") and m.end == a + len(phrase.rstrip()) \
            and _INDEFINITE_MEMBER.match((ctx.masked or text)[a:m.start]) is not None \
            and not (text[m.start:m.end].endswith("s") and not text[m.start:m.end].endswith("ss")) \
            and (text[m.start:m.end] != m.entity or m.type == "NORP"):
        # "one senior Tory told", "a senior Republican said", "an American said": one member of a party or a people,
        # unnamed, is described so (not the party or the country)
        words = " ".join(phrase.split()).split()
        return " ".join([words[0].lower()] + words[1:]), " ".join(words), "DESC"
    if m is not None and (m.type == "NORP" or text[m.start:m.end].endswith(("man", "woman")) and " " not in m.entity
                          # "the Tory said": one member of a body named in the plural ("Tories", "Conservatives")
                          or m.type == "ORG" and m.entity.endswith("s") and text[m.start:m.end] != m.entity
                          and m.entity.startswith(text[m.start:m.end][:3])
                          or m.type == "GPE" and text[m.start:m.end] != m.entity and not text[m.start:m.end].isupper()
                          and text[m.start:m.end].endswith(("ese", "ian", "ean", "an", "ish", "i"))) \
            and not text[m.end:b].strip() and not (text[m.start:m.end].endswith("s") and not text[m.start:m.end].endswith("ss")) \
            and (ctx.masked or text)[a:m.start].strip().lower().split()[:1] == ["the"]:
        # "the Frenchman said", "the 25-year-old American added": one person of that nationality, the topic
        # (among the people the text ties to that country, when it ties any: "Russia's Olga Petrova")
        # (the referent is named before the verb: "The Portuguese said Wenger was ..." is not Wenger)
        ref_at = at if inverted else _verb_at(ctx, b, at)
        nationals = _nationals(ctx, m, ref_at)
        name = ""
        if nationals:
            others = frozenset(x.entity for x in ctx.mentions if x.type == "PERSON" and x.entity not in nationals)
            name = _topic(ctx, ref_at, prev, ("PERSON",), skip=others)
        name = name or _topic(ctx, ref_at, prev, ("PERSON",))
        last = _last_person(ctx, ref_at) if prev is not None and name == prev.speaker else None
        if last is not None and last.entity != name and last.start > prev.end and (
                not nationals or last.entity in nationals) and _GOES_ON.search(
                text, max(0, a - 24) if inverted else b, a if inverted else min(len(text), b + 24)) is None:
            # 'Howley said: "...". The roof was closed at the request of England coach Eddie Jones. The Australian
            # said': the epithet stands for the person named since the last quotation (not its speaker again;
            # but "the Frenchman added" goes on with the speaker)
            name = last.entity
        if name:
            return name, phrase.strip(), "PERSON"
    office = _OFFICE_OF.search(phrase, 0, m.start - a) if m is not None and m.type in ("GPE", "ORG") \
        and not text[m.end:b].strip(" ,") else None
    if office is not None and office.end() == m.start - a and office.group(1).split()[-1].lower() in _OFFICE_NOUNS:
        # "the Archbishop of Canterbury said", "said the head of the IMF": the office holder, the person the
        # text names so ("Rowan Williams, the Archbishop of Canterbury"), else the office as a description
        title = " ".join(text[a + office.start(1):m.end].split())
        holder = _named_as(ctx, title, a + office.start(1), ("PERSON",))
        if holder:
            return holder, f"the {title}", "PERSON"
        return f"the {title}", f"the {title}", "DESC"
    modifier: list = []  # a name inside the phrase modifies its noun ("the Commons science committee"): the words after it
    modifier_type = modifier_word = ""
    if m is not None and m.type != "PERSON":
        # a name used as a modifier ("unnamed US officials", "an IAAF spokesman", "a Tuesday report",
        # "the Ballymena-born actor") leaves the description as the speaker; an organisation's own noun
        # ("ISNA news agency") does not
        acronym = _ACRONYM_AFTER.match(text, m.end, b)  # "The Curriculum Authority (QCA) has told": its own short name
        rest = text[acronym.end() if acronym is not None else m.end:b]
        tail = [w.lower() for w in _WORD.findall(rest.split(",")[0])]
        if tail and tail[0][:1] == "-" and tail[0][1:2].islower():
            if (ctx.masked or text)[a:m.start].strip().lower() in ("the", "a", "an", "this"):
                m = None  # "The Ballymena-born actor", "The Canada-based company"
        elif tail and tail[0][:1].islower() and tail[0] not in _NOT_MODIFIED and tail[0] not in ("the", "a", "an") \
                and not (m.type == "ORG" and set(tail) <= _ORG_NOUNS | {"news"}):
            # (not a name the entity table cut before "the": "The Department for Exiting the EU said" is no
            # modifier of "the EU", which is no person's role)
            modifier_word = text[m.start:m.end].split()[-1].lower()
            m, modifier, modifier_type = None, tail, m.type
    if m is not None and m.type == "NORP" and _PEOPLE_PLURAL.fullmatch((ctx.masked or text)[a:b]) is not None \
            and text[m.start:m.end].endswith("s"):
        # "The Palestinians called the meeting a "failure"", "Israelis say": a people speaking together is described
        # so, not named by its adjective ("Palestinian")
        return " ".join(text[a:b].split()).replace("The ", "the ", 1), text[m.start:m.end], "DESC"
    if m is not None:
        return m.entity, text[m.start:m.end], m.type
    if not ms and _PARTICLE_SURNAME.fullmatch(phrase.strip()) is not None:
        # "al-Sayed said", "van der Berg said": a surname opening with a lower-case particle, which the entity table
        # does not read alone, is the person the text named with it
        tail = " ".join(phrase.split())
        full = {x.entity for x in ctx.mentions if x.type == "PERSON" and x.start < a
                and x.entity.lower().endswith(" " + tail.lower())}
        if len(full) == 1:
            return full.pop(), tail, "PERSON"
    if not ms:
        # no entity here: a titled or two-word capitalised name the entity table missed ("Mr Lee")
        names = [n for n in _fallback_mentions(phrase) if n.type == "PERSON" and n.entity.split()[0].lower()
                 not in _DETERMINERS and phrase[:n.start].split()[-1:] and
                 phrase[:n.start].split()[-1].lower().rstrip(".") in _TITLES]
        if names:
            n = names[-1]
            full = {x.entity for x in ctx.mentions if x.type == "PERSON" and x.entity.split()[-1] == n.entity.split()[-1]}
            name = full.pop() if len(full) == 1 else n.entity
            title = phrase[:n.start].split()[-1].lower().rstrip(".")
            if title in _TITLE_GENDER:  # "Ms Lee": so that a later "he" passes her over
                _genders(ctx).setdefault(name, _TITLE_GENDER[title])
            return name, phrase[n.start:n.end], "PERSON"
    owned = _BODY_OWNED_ROLE.fullmatch(phrase.strip()) if not ms and ("'" in phrase or "’" in phrase) else None
    if owned is not None and _sayer_description(owned.group(2)) and owned.group(2).split()[-1] not in _OWNED_PEOPLE:
        # "the club's chairman said", "the union's district organiser said": the one the text names with that post
        # ("chairman Ray Dunstable", "Aslef's district organiser, Kevin Doherty"); no one so named: the description
        head, holders = owned.group(2).split()[-1], set()
        holder = _named_as(ctx, head, at if inverted else _verb_at(ctx, b, at), ("PERSON",), holders=holders)
        if holder and len(holders) == 1:  # (one person named so: two are no one's to choose between here)
            return holder, phrase.strip(), "PERSON"
    if owned is not None and owned.group(2).split()[-1] in _COUNSEL:
        # "The defendant's lawyer said" after "said her attorney, Sara Klein": the one person the text named as
        # someone's lawyer (attorney, solicitor, barrister: one office), else the description
        ref, holders = at if inverted else _verb_at(ctx, b, at), set()
        for noun in _COUNSEL:
            _named_as(ctx, noun, ref, ("PERSON",), holders=holders)
        if len(holders) == 1:
            return holders.pop(), phrase.strip(), "PERSON"
    own = _POSSESSIVE_DOC.match(phrase.strip())
    if own is not None:  # "the council's ruling said": the council speaks
        definite = _definite(["the", own.group(1).lower()], False)
        if definite is not None:
            name = _topic(ctx, at, prev, definite[1])
            if name:
                return name, f"the {own.group(1).lower()}", definite[1][0]
    pron = next((w for w in (lows[:1] if inverted else lows[-1:]) if w in _PRONOUNS), None)
    if pron is None and not inverted:
        core = [w for w in lows if w not in _AUX]
        pron = core[-1] if core and core[-1] in _PRONOUNS else None
        if pron == "it" and set(lows[lows.index("it") + 1:]) & {"was", "is", "has", "had", "been", "were"}:
            return None  # "It was agreed that ...": no one speaks
    if pron is not None:
        want = _PRONOUNS[pron]
        # the referent comes before the pronoun: in 'He said Mr Blair had spoken with "such sincerity"'
        # Mr Blair is not who "he" is
        hit = None
        for hit in (() if inverted else _PRONOUN_RE[pron].finditer(phrase)):
            pass  # the last "he" of the phrase
        bound = min(at, a + hit.start()) if hit is not None else at
        label = _answer_label(ctx, bound) if want == "PERSON" and pron in ("i", "he", "she") else None
        if label is not None and pron == "i":
            # a Q&A's answer ("McKelvey: ... I said, '...'"): "I" is the one the paragraph is labelled with
            return label, pron, "PERSON"
        if want == "PERSON":
            described = _described_subject(ctx, bound, prev, _PRONOUN_GENDER.get(pron, ""))
            if described:  # "A spokesman for the ballet told BBC News that ... He said ...": that spokesman
                named = any(m.entity == described for m in ctx.mentions)
                return described, pron, "PERSON" if named else "DESC"
            # (the narrator who said "I" before is not "he" now: 'I said, '...' I asked him and he said, '...'')
            # (nor, in a Q&A's answer, the one answering: "McKelvey: He tapped me on the shoulder and said, ...")
            narrator = frozenset((prev.speaker,)) if pron in _PRONOUN_GENDER and prev is not None and prev.speaker \
                and prev.surface in ("I", "i") and prev.stype == "PERSON" else frozenset()
            if label is not None:
                narrator = narrator | {label}
            name = _topic(ctx, bound, prev, ("PERSON",), gender=_PRONOUN_GENDER.get(pron, ""), skip=narrator)
            if name and prev is not None and name == prev.speaker and prev.stype == "DESC":
                return name, pron, "DESC"  # "A spokeswoman said ... She added": the same spokeswoman
            if not name:
                # no one named fits: the person the sentence before opens with, described ("The defendant, 34,
                # denied the charges. "...," she told the jury.")
                opening = _described_opening(ctx, bound, prev, _PRONOUN_GENDER.get(pron, "")) \
                    or _described_here(ctx, bound, prev, _PRONOUN_GENDER.get(pron, ""))
                if opening:  # (or the one opening the pronoun's own sentence: "The MP deleted a tweet in which she")
                    return opening, pron, "DESC"
                if prev is None and pron in _PRONOUN_GENDER and _last_person(ctx, bound) is None:
                    # a story that opens with the quotation: "he"/"she" is the first person named after it
                    # ('"...," she says. The singer, Nell Avery, ...')
                    after = _first_person_after(ctx, at, _PRONOUN_GENDER[pron])
                    if after is not None:
                        return after.entity, pron, "PERSON"
            return name, pron, "PERSON" if name else ""
        if want == "ORG":
            if prev is not None and prev.stype == "DESC" and prev.speaker \
                    and not _body_subject_between(ctx, prev.end, bound) and (
                        prev.speaker.split()[-1].lower() in _BODY_NOUNS | _DOC_NOUNS
                        and _topic(ctx, bound, prev, ("ORG", "GPE", "DESC")) == prev.speaker
                        or prev.speaker.split()[:1] == ["the"] and prev.speaker.split()[-1].lower() in _DOC_NOUNS):
                # 'The government said it was "disappointed". It said ...', 'The report said ... It said': the body
                # or document described as the last sayer, no body the subject since (not one named before it);
                # '"...," said the report. "...," it added.': the document quoted last, no body since to be "it"
                return prev.speaker, pron, "DESC"
            owned = _owned_body_opening(ctx, bound, prev)
            if owned:
                # 'The US embassy in Oslo said it would wait. It added: ...': the country's body the sentence
                # before opens with, unnamed (not the country, nor the place after it)
                return owned, pron, "DESC"
            body = _placed_body_opening(ctx, bound, prev)
            if body:
                # "The Turkish foreign ministry has rejected ... It described as ...", "The US embassy in X said ...
                # It added": the body the sentence before opens with, a country only its modifier (not the country)
                return body, pron, "DESC"
            name = _topic(ctx, bound, prev, ("ORG", "GPE"))
            if not name:
                # no body named: the one the sentence before opens with, described ("The hospital trust apologised
                # to the family. It said: ..." -> "the hospital trust")
                body = _described_body_opening(ctx, bound, prev)
                if body:
                    return body, pron, "DESC"
            return name, pron, "ORG" if name else ""
        if pron == "they":
            own = _own_plural_opening(ctx, bound, prev) if not inverted else ""
            if own:  # "Welsh farmers have drawn up a plan they claim ...": the plural opening the sentence
                return own, pron, "DESC"
            joint = _joint_subject(ctx, bound, prev)
            if joint is not None:  # 'Acme and Bolt have agreed to merge. "...," they said.': the two together
                return joint[0], pron, joint[1]
            group = _plural_subject(ctx, bound, prev)
            if group:  # 'Unions attacked the firm. "This is a disgrace," they said.': the unions
                return group, pron, "DESC"
            described = _described_subject(ctx, bound, prev, "")
            if described and described.split()[-1].lower() in _NEUTRAL_SAYERS:
                # 'A spokesperson for the council said ... "...," they said.': the singular "they" of one sayer
                # described without a sex
                return described, pron, "DESC"
        if prev is not None and prev.speaker:
            return prev.speaker, pron, prev.stype
        found = _last_person(ctx, at, types=("ORG", "GPE"))
        return (found.entity, pron, found.type) if found else ("", pron, "")
    core = [w.strip(".,;:") for w in lows if w not in _AUX]
    if modifier and core[:1] == ["the"] and not inverted:
        # "the Bank of England governor": the noun after the name ("of" inside the name is no clause)
        core = ["the"] + [w.strip(".,;:") for w in modifier if w not in _AUX]
        if modifier_word.isalpha() and modifier_word not in _NOT_HEADS and len(core) < 4:
            core.insert(1, modifier_word)  # "the Tory leader": which leader (see _role_holder)
    named_run = _NAME_OF_THE.search(phrase) if " the " in phrase else None
    if named_run is not None and not phrase[named_run.end():].strip(" ,") and not any(
            x.start <= a + named_run.start() and x.end >= a + named_run.end()
            or x.type == "PERSON" and a + named_run.start() <= x.start < a + named_run.end() for x in ms):
        # "Environmental group Friends of the Earth said": a name the entity table missed speaks, as a body
        words = named_run.group(1).split()
        while words and words[0].lower() in _CONNECTIVES | {"the", "a", "an"}:
            words = words[1:]
        if len(words) >= 3:
            name = " ".join(words)
            return name, name, "ORG"
    definite = _definite(core, inverted) if named_run is None and not _indefinite_head(core, inverted) else None
    unnamed = False
    if definite is None and inverted and core[:1] == ["the"]:
        # "said the star of Four Weddings", "said the head of the agency": the noun before its complement
        cut = next((j for j in range(2, min(len(core), 6)) if core[j] in _PREPOSITIONS), None)
        if cut is not None:
            # ("said the manager for one of the big oil firms": a complement opening with "one of" or "a"
            # introduces someone new, whom no name of the text stands for)
            unnamed = core[cut] in ("for", "at", "of", "with", "from") and (
                core[cut + 1:cut + 3] == ["one", "of"] or core[cut + 1:cut + 2] in (["a"], ["an"]))
            core = core[:cut]
            definite = _definite(core, inverted)
    if definite is not None and definite[1] == ("PERSON",) and (
            unnamed or _UNNAMED_AFTER.match(ctx.masked or text, b) is not None) and _sayer_description(" ".join(core)):
        # "said the regional manager for one of the oil majors, who spoke on condition that he not be named",
        # "The official, who asked not to be named, said": a source the text keeps unnamed is described, never
        # the last person named (who would be named)
        return " ".join(core), phrase.strip(" ,"), "DESC"
    if definite is not None:
        role, types = definite
        if types[0] == "ORG":
            # "the committee": the last body named as one ("the Public Accounts Committee"); never a body whose
            # name says it is another kind ("the Research Council"); the topic when the names say nothing
            # (a generic noun fits any body: "Acme Bank ... the firm said", "the bank" for "Acme Group")
            kinds = (_ORG_NOUNS | _ORG_HEADS) - _GENERIC_ORG if role not in _GENERIC_ORG else set()
            # (named before the verb: "The group said rival Acme had been ..." is not Acme)
            ref_at = at if inverted else _verb_at(ctx, b, at)
            name = _named_as(ctx, role, ref_at, types)  # "the GMB union" before the European Union
            if name and name.split()[-1].lower() != role and name.split()[-1].lower() in kinds:
                name = ""
            named = _named_kind(ctx, role, ref_at) if role in kinds and not name else None
            name = named.entity if named is not None else name
            if not name and (not modifier or modifier_type in ("NORP", "GPE") and role not in kinds):
                # (not "the Commons science committee": the name is only its modifier, the committee unnamed;
                # but "the Japanese electronics giant", "the US firm": a place says nothing of which body)
                name = _topic(ctx, _opener_start(ctx, a, ref_at), prev, types)
                if role in _SELF_NAMED and role not in name.lower().split():
                    name = ""  # "the government", "the embassy": no body named so (not the EU, a party, a firm)
                    if not modifier:
                        return f"the {role}", f"the {role}", "DESC"
            if not name or name.split()[-1].lower() != role and (
                    name.split()[-1].lower() in kinds and name.split()[-1].lower() not in _FUNCTION_NOUNS.get(role, ())
                    or role in _MISSIONS):  # ("the embassy" is only a body named as one: not the police, the country)
                if role in kinds:
                    return f"the {role}", f"the {role}", "DESC"
                name = ""
        else:  # "the prime minister": whoever the text names so, else the topic not named as another office
            # ("the businesswoman", "the actress": the noun's sex passes over people of the other)
            np_, sex = _definite_np(core, inverted), _description_gender(role)
            written = text[a:b]
            # (named before the verb: "The prime minister said Mr Blunkett had been ..." is not Mr Blunkett)
            ref_at = at if inverted else _verb_at(ctx, b, at)
            if prev is not None and prev.stype == "DESC" and prev.speaker.split()[:1] in (["a"], ["an"]) \
                    and prev.speaker.split()[-1].lower() == role and not _named_as(ctx, role, ref_at, types):
                # '"...," a staff member told AFP. ... "...," the staff member added': the one the quotation before
                # described with that noun, no one named as that
                return prev.speaker, f"the {role}", "DESC"
            if role in _ANYONE_NOUNS:
                # 'A resident who asked not to be named said ... "...," the woman said.': the one the sentence
                # before introduced with an indefinite description (no name: "the woman" is not the last woman named)
                opening = _described_opening(ctx, at, prev, sex)
                if opening and opening.split()[0] in ("a", "an"):
                    return opening, f"the {role}", "DESC"
            described = _described_subject(ctx, at, prev, sex)
            if described and described.split()[0] in ("a", "an", "another", "one") \
                    and described.split()[-1].lower() == role:
                # 'One senior diplomat, speaking on condition of anonymity, said ... "...," the diplomat said.': the one
                # the sentence before introduced with an indefinite description as its sayer (not a diplomat named before)
                return described, f"the {role}", "DESC"
            name = _role_holder(ctx, np_, ref_at, prev, gender=sex, words=written)
            if not name and sex:
                name = _role_holder(ctx, np_, ref_at, prev, words=written)
                if name and _all_genders(ctx).get(name, sex) != sex:
                    name = ""  # "the girl" is no one the text marks as a man ("Tom Reed"): unnamed, she is described
        if name:
            return name, f"the {role}", types[0]
        if modifier and len(phrase.split()) <= 8:
            # no one named as that: the whole phrase, its noun last ("the Bank of England governor")
            return " ".join(phrase.split()), phrase.strip(), "DESC"
    elif core[:1] == ["the"] and 2 <= len(core) <= 3 and core[-1].endswith("s") and core[-1].isalpha():
        # "said the artists": the group the text introduced with that noun ("artists Langlands & Bell")
        group = _named_group(ctx, core[-1], at)
        if group is not None:
            return group.entity, f"the {core[-1]}", group.type
    if definite is None and len(core) == 2 and core[0] == "the" and core[-1] in _SPOKES_NOUNS:
        # 'A spokesman for the minister, Tom Reed, says it is being assessed. "...," the spokesman said.': the
        # spokesman the sentence before introduced (not another one the text named earlier)
        described = _described_subject(ctx, at if inverted else _verb_at(ctx, b, at), prev, "")
        if described and described.split()[-1].lower() == core[-1]:
            return described, f"the {core[-1]}", "DESC"
        # "Acme spokesman John Reid confirmed the cuts. "...," the spokesman said.': the person the text names
        # with that noun (none named so: the description, as before)
        named = _named_as(ctx, core[-1], at if inverted else _verb_at(ctx, b, at), ("PERSON",))
        if named:
            return named, f"the {core[-1]}", "PERSON"
    if definite is None and core[:1] == ["the"] and core[-1] in _ANAPHORIC_SAYERS:
        again = _previous_sayer(ctx, core, a, prev)
        if again is not None:
            return again
    initial = _char_before(text, a) in ("", ".", "!", "?", "\"", "”", ":")
    last_clause = _LAST_COMMA.split(phrase)[-1] if not inverted and "," in phrase else ""
    if last_clause and _WORD.search(last_clause):
        words = _WORD_OR_NUMBER.findall(last_clause)  # "if she won, people would say": no description spans a comma
        # (a number's comma is none: "about 2,000 protesters")
    desc = _describe(words if not inverted else words[:6], initial=initial)
    if not desc or len(desc.split()) > (9 if all(w[:1].isupper() or w in _NAME_LINKS for w in desc.split()[1:-1]) else 6) \
            or desc.split()[-1].lower() in _NOT_HEADS or any(
            w.lower() in _VERB_FORM for w in desc.split()[:-1]) or desc.split()[0].lower() in _PRONOUNS \
            or desc.split()[-1].lower() in _VERB_PAST and not (
                desc.split()[-1].lower() in _PARTICIPLE_NOUNS and desc.split()[0].lower() == "the") \
            or any(w.lower() in _MODALS and w.lower() != "to" for w in desc.split()) \
            or desc.split()[0].lower() in _NOT_NP_OPENERS or any(w.lower() in _CLAUSE_OPENERS for w in desc.split()) \
            or desc.lower() in _DETERMINERS or all(w.lower() in _CLOSED_WORDS for w in desc.split()):
        # not a noun phrase ("he said" before "demand was ...": "demand" is no verb there; "the group would revert
        # to grisly attacks": a clause, "attacks" a noun; "demands for a": a determiner alone; "but when asked":
        # function words only)
        return None
    at_ = phrase.lower().rfind(desc.lower())
    surface = phrase[at_:at_ + len(desc)] if at_ >= 0 else desc
    if surface[:1].isupper() and desc[:1].islower() and any(
            ctx.text[x.start:x.end].split()[0] == surface.split()[0] for x in ms):
        desc = surface.split()[0] + desc[len(surface.split()[0]):]  # "Rover bosses": a name keeps its capital
    dwords = desc.split()
    if len(dwords) >= 2 and dwords[0].lower() in ("his", "her") and (
            dwords[-1].lower() in _OWNED_PEOPLE or dwords[-1].lower() in _OWNED_KIN):
        # "His lawyer said": whose lawyer, as "Tony Blair's official spokesman" ("his" the man the text is about)
        owner = _topic(ctx, a, prev, ("PERSON",), gender="M" if dwords[0].lower() == "his" else "F")
        if owner:
            return f"{owner}'s {' '.join(dwords[1:])}", surface, "DESC"
    if len(dwords) >= 2 and dwords[0].lower() in _LEAD_NOUNS and all(w[:1].isupper() for w in dwords[1:]):
        # "Promoters Northern Star Concerts said" (a name the entity table missed): the name after the noun
        name = " ".join(dwords[1:])
        return name, surface, "PERSON" if len(dwords) > 2 and dwords[1] in _name_genders() else "ORG"
    tail = len(dwords)
    while tail > 0 and (dwords[tail - 1][:1].isupper() or dwords[tail - 1] in ("&", "of", "and")):
        tail -= 1
    if 0 < tail < len(dwords) and dwords[tail][:1].isupper() and all(w.islower() for w in dwords[1:tail]) \
            and (dwords[0].islower() or initial and dwords[0][1:].islower() and tail > 1) \
            and dwords[tail - 1] not in ("&", "of", "and") and dwords[0].lower() not in _DETERMINERS:
        # "UK fashion chain Marlow & Leigh, which ..., said", "development agency Scottish Enterprise said",
        # "Mobile operator Orange said": a common noun, then the name it introduces (two words or more, or one
        # the entity table holds as a body or person): the name speaks, not "chain Marlow & Leigh"
        name = " ".join(dwords[tail:])
        named = next((x for x in ms if text[x.start:x.end] == name), None)
        if named is not None and (tail < len(dwords) - 1 or named.type in ("ORG", "PERSON")):
            return named.entity, text[named.start:named.end], named.type
        if tail < len(dwords) - 1:
            return name, surface, "PERSON" if dwords[tail] in _name_genders() else "ORG"
    if len(dwords) == 1 and surface[:1].isupper() and surface[1:].islower() and not desc.endswith("s") \
            and desc not in _BARE_SUBJECTS and desc not in _PRONOUNS and desc.lower() not in _DETERMINERS:
        # (never a determiner standing for its noun: "One wrote", "The state" cut at a verb form)
        # "Oxfam, which campaigns on trade, said": a singular common noun is no subject without a determiner,
        # so a capitalised word standing alone there is a name the entity table missed (not "oxfam")
        return surface, surface, "ORG"
    if len(dwords) > 2 and dwords[0].lower() == "the" and dwords[-1].lower() in _DOC_NOUNS:
        desc = "the " + dwords[-1]  # "the World Bank report said": the report (whose it is stays in the surface)
    return desc, surface, "DESC"


# the aside after a described source that keeps them unnamed: "who spoke on condition of anonymity", "who asked not
# to be named", "speaking on condition that he not be identified", "who was not authorised to speak"
_UNNAMED_AFTER = re.compile(r"\s*,?\s*(?:who\s+(?:(?:spoke|talked)\s+(?:on\s+condition|anonymously)|(?:asked|requested|"
                            r"declined|refused|preferred)\s+(?:not\s+)?to\s+be\s+(?:named|identified)|did\s+not\s+want\s+"
                            r"(?:to\s+be\s+|his\s+|her\s+)?(?:named|identified|name)|(?:was|is|were|are)\s+not\s+authori[sz]ed)|"
                            r"speaking\s+(?:on\s+condition|anonymously)|on\s+condition\s+of\s+anonymity)\b")
# a described subject, then an aside between commas up to the verb: a participle ("speaking on condition of
# anonymity", "asked about the blast") or a relative clause ("who declined to be named"); not "named as Tom Reed"
_SUBJECT_ASIDE = re.compile(r"(\s*(?:[Aa]n?|[Tt]he|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal)\s+(?:[\w'’&.-]+\s+){0,4}?[a-z][\w-]*)"
                            r"\s*,\s+(?:who|[a-z]+ing|asked|quoted|contacted|reached|interviewed|questioned|pressed)"
                            r"\b(?:[^,;:\"“”]|(?<=\d),(?=\d{3}))*,\s*$")  # ("covering 2,000 firms")
_PEOPLE_PLURAL = re.compile(r"\s*(?:[Tt]he\s+)?[A-Z][\w'’-]*s[\s,]*")  # "The Palestinians", "Israelis"
_ING_ADJECTIVES = frozenset({"leading", "ruling", "governing", "opposing", "reigning", "defending", "visiting",
                             "touring", "founding", "emerging", "publishing", "banking", "mining", "engineering",
                             "advertising", "broadcasting", "accounting", "consulting", "computing", "retailing"})
_INTRO_WORD = re.compile(r"[A-Za-z][a-z'’]*(?:-[a-z]+)*")  # "carmaker", "state-run", "Software"


def _introduced_name(ctx: _Ctx, ms: list[_Mention], a: int, b: int) -> _Mention | None:
    """"the Japanese carmaker Toyota", "US software giant Microsoft", "Iran's official news agency IRNA", "the
    Pakistan-based news agency Afghan Islamic Press (AIP)": a common noun phrase (lower-case words, places and
    nationalities as its modifiers) introducing the name that ends the phrase: that name speaks, not the
    place modifying the noun; None otherwise."""
    text = ctx.masked or ctx.text
    if len(ms) > 1 and ms[-1].entity == ms[-2].entity and text[ms[-2].end:ms[-1].start].strip() == "(":
        ms = ms[:-1]  # "Afghan Islamic Press (AIP)": the short name in brackets is the same body
    last = ms[-1] if ms else None
    if last is None or last.type not in ("ORG", "PERSON"):
        return None
    acronym = _ACRONYM_AFTER.match(text, last.end, b)
    if text[acronym.end() if acronym is not None else last.end:b].strip(" ,"):
        return None
    gap = text[a:last.start]
    for x in reversed(ms[:-1]):  # the places and nationalities modifying the noun, blanked
        if x.type not in ("GPE", "NORP", "LOC") or x.start < a:
            return None
        gap = gap[:x.start - a] + " " * (x.end - x.start) + gap[x.end - a:]
    words = gap.split()
    if not words:
        return None
    if last.type == "ORG" and len(ms) > 1 and all(w in ("'s", "’s", "'", "’") for w in words):
        return last  # "Pakistan's Civil Aviation Authority tweeted": the country's body named after its possessive
    noun = words[-1].lower()
    if not noun.isalpha() or noun in _PREPOSITIONS or noun in _AUX or noun in _DETERMINERS or noun in _NOT_HEADS \
            or noun in _VERB_FORM or noun in _PRONOUNS:
        return None
    for k, w in enumerate(words):
        low = w.lower()
        if low in ("the", "a", "an") and k > 0 or low.endswith("ing") and low not in _ING_ADJECTIVES:
            return None  # a verb or two noun phrases: "the lawyer representing (the) British firm Acme" is the lawyer
        if low in ("the", "a", "an") or w in ("'s", "’s", "'", "’") or w[:1] == "-" and w[1:].isalpha():
            continue  # ("Iran's", "Pakistan-based": what is left of a blanked place)
        if _INTRO_WORD.fullmatch(w) is None or (w[:1].isupper() and k > 0) or low in _PREPOSITIONS or low in _AUX \
                or low in _VERB_FORM or low in _PRONOUNS or low in _NOT_HEADS:
            return None
    return last


# nouns for whoever speaks for someone, which a reporter uses to refer again to the sayer just quoted ("the
# source said", "the spokesman added") when the text has not yet used them for anyone else ("the official" is a post:
# the role rules resolve it)
# "the Prime Minister's office", "the Premier's spokeswoman": a capitalised office title owning the sayer noun
_TITLE_POSSESSOR = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?[Tt]he\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z-]+)['’]s\s+"
                              r"((?:[a-z-]+\s+){0,2}(?:office|spokesman|spokeswoman|spokesperson|department|staff|aides?|"
                              r"advisers?|lawyers?))\s*")
_NEUTRAL_SAYERS = frozenset({"spokesperson", "official", "source", "representative", "lawyer", "aide"})  # no sex
_ANAPHORIC_SAYERS = frozenset({"source", "spokesman", "spokeswoman", "spokesperson"})
_SPOKES_NOUNS = frozenset({"spokesman", "spokeswoman", "spokesperson"})


_ASKED_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+)Asked\s+(?:about|where|whether|if|what|how|why|when|who|to)\b[^.!?\"“”]*,\s*$")


def _previous_sayer(ctx: _Ctx, core: list[str], a: int, prev: _Piece | None):
    """'"...," said a western diplomat. "...," the source said.', '"...," Tom Reed said. The spokesman added: ...':
    a bare definite sayer noun the text has not used before (outside quotations), right after the previous
    quotation, with no one else named between, is the previous speaker again: (speaker, surface, type); None
    otherwise (also with a modifier -- "the Downing Street spokesman" is no one quoted before -- unless the sentence
    opens with a question put to the one just quoted: "Asked where ..., the Pentagon spokesman said"; for a speaker of
    the other sex, a body, a document or a group, and for one the text names with another post: a minister is
    no spokesman)."""
    if prev is None or not prev.speaker or prev.stype not in ("PERSON", "DESC"):
        return None
    text = ctx.masked or ctx.text
    asked = _ASKED_OPENING.search(text, max(0, a - 200), a)
    if len(core) != 2 and not (len(core) <= 4 and prev.stype == "PERSON" and asked is not None):
        return None  # (with a modifier only as the answer to a question put to the one just quoted: "Asked ..., the
        # Pentagon spokesman said")
    head = core[-1]
    lo = prev.close_at if prev.close_at is not None else prev.end
    if not 0 <= a - lo <= 300 or re.search(r"\b" + head + r"\b", text[:a], re.I) is not None:
        return None
    # (someone named in the question asked is what it was about: "Asked where bin Laden was, ...")
    if any(x.type == "PERSON" and x.entity != prev.speaker for x in _mentions_in(ctx, lo, asked.start() if asked else a)
           if not _inside_quote(ctx, x.start)):
        return None
    sex = _description_gender(head)
    if prev.stype == "DESC":
        was = prev.speaker.lower().split()[-1]
        if not was.isalpha() or was.endswith("s") or was in _DOC_NOUNS or was in _NONPERSON_NOUNS \
                or was in _ORG_NOUNS or was in _ORG_HEADS or sex and _description_gender(prev.speaker) not in (sex, ""):
            return None
        return prev.speaker, f"the {head}", "DESC"
    if sex and _all_genders(ctx).get(prev.speaker, sex) != sex:
        return None
    if any(r[1] in _POSITIONS and r[1] != head for r in _roles(ctx).get(prev.speaker, ())):
        return None
    return prev.speaker, f"the {head}", "PERSON"


_END_NAME = re.compile(r"((?:[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\s+){1,4}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?)[\s,]*$")


def _person_noun_word(word: str) -> bool:
    return _sayer_description(word) or word in _OWNED_PEOPLE


def _missed_name(phrase: str, a: int, ms: list[_Mention]):
    """"former ambassador to Pakistan Abdul Salam Zaeef (told)", "law lecturer Bede Harris (said)": a person's
    name the entity table missed, ending the subject phrase after a lower-case role noun (and the place it is
    "to" or "for"), opening with a known given name: (name, name, "PERSON"); None otherwise."""
    run = _END_NAME.search(phrase)
    if run is None:
        return None
    words, lo = run.group(1).split(), run.start(1)
    before = phrase[:lo].split()
    if len(words) >= 3 and words[0].lower().rstrip(".") in _ELECTED_TITLES and words[1] in _name_genders() \
            and not any(x.end > a + lo and x.start < a + run.end(1) for x in ms) \
            and not any(w.lower() in _TITLES or w.lower() in _CALENDAR for w in words[1:]):
        name = " ".join(words[1:])  # "Coun Janet Price said", "Cllr Ray Dunn": the name after the abbreviated office
        return name, name, "PERSON"
    if len(before) >= 2 and before[-1].lower() in ("to", "for") and before[-2].islower() and len(words) >= 3:
        lo = phrase.index(words[1], lo + len(words[0]))  # "envoy to Pakistan Abdul Salam Zaeef": past the place
        words, before = words[1:], before + words[:1]
    elif not before or not before[-1].rstrip(",").isalpha() or not before[-1].islower() \
            or before[-1].rstrip(",") in _DETERMINERS or before[-1].rstrip(",") in _PREPOSITIONS \
            or before[-1].rstrip(",") in _AUX or before[-1].rstrip(",") in _VERB_FORM \
            or before[-1].endswith(",") and not _person_noun_word(before[-1].rstrip(",")):
        # (a name in apposition after a comma only after a person's noun: "the family's lawyer, Anne Prior,")
        return None
    if len(words) < 2 or words[0] not in _name_genders() or any(w.lower() in _TITLES or w.lower() in _CALENDAR for w in words):
        return None
    if any(x.end > a + lo and x.start < a + run.end(1) for x in ms):
        return None  # (the entity table holds some of it: its own reading stands)
    name = " ".join(words)
    return name, name, "PERSON"


def _indefinite_head(core: list[str], inverted: bool) -> bool:
    """"a militant from the group", "one resident of the town": an indefinite noun phrase whose "the" only opens
    the complement after its head's preposition (the speaker is the one described, not the group or town)."""
    if inverted or len(core) < 4 or core[0] not in ("a", "an", "one", "another") or "the" not in core:
        return False
    prep = next((j for j in range(2, min(len(core), 5)) if core[j] in _PREPOSITIONS), None)
    return prep is not None and all(w.isalpha() or "-" in w for w in core[1:prep]) \
        and prep < len(core) - 1 - core[::-1].index("the")


# a capitalised name holding "of the" that the entity table missed ("Friends of the Earth"): no "the earth" role
_NAME_OF_THE = re.compile(r"((?:[A-Z][\w&'’-]*\s+)+(?:of|for)\s+the\s+[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*)*)")


# an indefinite description of one person, then where or whom they are from: "a doctor from Hebron", "one resident of
# Gaza City", "a farmer near Aleppo" (the head before the preposition; up to three words)
_PERSON_FROM = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Hh]owever|[Mm]eanwhile),?\s+)?((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+"
                          r"(?:[a-z0-9][\w-]*\s+){0,2}?[a-z0-9][\w-]*)\s+(?:from|of|in|at|near|outside|inside)\s")
# a definite description of one person, then the place they are from: "the 19-year-old student from Leeds", "the
# mother in Bradford" (group 1 the description, resolved alone: the place is no sayer)
_THE_PERSON_FROM = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Hh]owever|[Mm]eanwhile),?\s+)?([Tt]he\s+(?:[a-z0-9][\w-]*\s+){0,2}?"
                              r"[a-z0-9][\w-]*)\s+(?:from|in|near|outside)\s+(?:the\s+)?")


_OFFICE_OF = re.compile(r"\b(?:[Tt]he\s+)((?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+)\s+of\s+(?:the\s+)?")


# participles and prepositions opening a sentence's adverbial phrase before its subject ("Writing on Facebook, ...")
_MEDIUM_OPENERS = frozenset({"writing", "speaking", "talking", "responding", "commenting", "asked", "in", "on"})


def _opener_start(ctx: _Ctx, a: int, at: int) -> int:
    """Where the sentence starts when the subject phrase at *a* follows an opening adverbial phrase and its comma
    ("Writing on Facebook, the charity said", "Speaking to the BBC, the club said"): a body named inside that phrase
    is the medium or the listener, never the subject's referent; *at* otherwise."""
    text = ctx.masked or ctx.text
    if _char_before(text, a) != ",":
        return at
    line = text.rfind("\n", 0, a) + 1
    brk = _last_break_end(text, line, a)
    lo = brk if brk >= 0 else line
    first = _WORD.search(text, lo, a)
    return lo if first is not None and first.group().lower() in _MEDIUM_OPENERS else at


def _verb_at(ctx: _Ctx, b: int, at: int) -> int:
    """Where the first reporting verb after a subject phrase ending at *b* starts (before *at*); *at* when none
    ("The singer, whose real name is Tom Reed, said": past the relative clause, up to "said")."""
    found = _verbs((ctx.masked or ctx.text)[b:at]) if b < at else ()
    return b + found[0].start() if found else at


# (not messages, letters or e-mails: "a message from the MPAA warning" is the MPAA's words, as in heldout3)
_OWNED_PEOPLE = {"lawyer", "lawyers", "solicitor", "barrister", "attorney", "agent", "spokesman", "spokeswoman",
                 "spokesperson", "aide", "aides", "adviser", "advisers", "advisor", "manager", "publicist",
                 "representative", "representatives", "doctor"}
# kin spoken of as someone's ("His family said", "her mother told the inquest"): named by whose they are, as a lawyer is
_OWNED_KIN = frozenset({"family", "wife", "husband", "mother", "father", "parents", "son", "daughter", "brother", "sister",
                        "widow", "widower", "partner", "sons", "daughters", "brothers", "sisters", "relatives", "grandmother",
                        "grandfather", "fiancee", "fiancée", "fiance", "girlfriend", "boyfriend", "uncle", "aunt"})
_DOC_OF = re.compile(r"\s*(?:(?:but|and|however|meanwhile),?\s+)?(a|an|the)\s+(?:(?:press|news)\s+(?=release))?(report|statement|"
                     r"study|survey|document|ruling|review|paper|analysis|submission|release)\s+"
                     r"(?:(?:published|released|issued|commissioned|produced|compiled|conducted|written)\s+)?"
                     r"(?:by|from|of)\s", re.I)
_DOC_ISSUED = re.compile(r"\s*(?:(?:but|and|however|meanwhile),?\s+)?(a|an|the)\s+"
                         # (its modifiers: "A Senate committee report released today")
                         r"(?:(?!(?:statement|report|study|survey)\b)[\w'’&-]+\s+){0,3}?(statement|report|study|survey|document|"
                         r"ruling|review|paper|analysis|submission|communique|communiqué|declaration)\s+"
                         r"(?:published|released|issued|commissioned|produced|compiled|conducted|written|read\s+out|"
                         r"signed|adopted|distributed|posted)\s+(?:after|at|on|following|during|in|late|early|"
                         r"yesterday|today|last)\b", re.I)
_RESTRICTIVE = re.compile(r"\s*((?:[Tt]he|[Aa]n?|[Oo]ne)\s+(?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)\s+(?:who|that)\s")
_BODY_ENDS = _AUX | _PREPOSITIONS | {"told", "and", "or", "but", "as", "when", "where", "after", "before", "while",
                                     "because", "since", "though", "although", "if", "than", "by"}
_BODY_AFTER = re.compile(r"(?:the\s+)?")
_TITLE_BEFORE_NAME = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|Professor)\.?\s+")
_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z]{1,7})\)")


def _with_body(ctx: _Ctx, desc: str, pos: int, hi: int) -> str:
    """"a spokesman" for "a spokesman for the World Summit (WSIS)": the body named right at *pos* (after the
    preposition) goes before the head noun, as the guidelines write it ("a WSIS spokesman", "an Acme
    spokeswoman"); *desc* unchanged when no organisation or place is named there."""
    words = desc.split()
    if not words:
        return desc
    pos = _BODY_AFTER.match(ctx.text, pos).end()
    i = bisect_left(ctx.starts, pos)
    if not (i < len(ctx.mentions) and ctx.mentions[i].start == pos):
        titled = _TITLE_BEFORE_NAME.match(ctx.text, pos)  # "a spokesman for Mr Karzai": the person, title left out
        j = bisect_left(ctx.starts, titled.end()) if titled is not None else len(ctx.mentions)
        if j < len(ctx.mentions) and ctx.mentions[j].start == titled.end() and ctx.mentions[j].type == "PERSON":
            pos, i = titled.end(), j
    if i < len(ctx.mentions) and ctx.mentions[i].start == pos:
        m = ctx.mentions[i]
        if m.end > hi or m.type not in ("ORG", "GPE", "PERSON"):
            return desc
        if m.type == "PERSON":  # "lawyers for Tom Reed": Tom Reed's lawyers (as "Arash Sigarchi's lawyer")
            rest = words[1:] if words[0].lower() in _DETERMINERS else words
            return f"{m.entity}'s {' '.join(rest)}" if rest else desc
        end = m.end
    else:  # a body the entity table does not hold: its capitalised name as written ("the Royal Ballet")
        run = _CAP_RUN.match(ctx.text, pos)
        if run is None or run.end() > hi or len(run.group().split()) > 6 or run.group().lower() in _CALENDAR:
            return desc
        end = run.end()
    if ctx.text[end:end + 1] == "-":
        return desc  # "a report by UK-based consultancy Analysys": the place only modifies the body
    nxt = _LETTERS.match(ctx.text, end + 1) if ctx.text[end:end + 1] == " " else None
    if nxt is not None and nxt.group()[0].islower() and nxt.group() not in _BODY_ENDS and nxt.group() not in _VERB_FORM:
        return desc  # the name modifies a noun ("a member of the Acme board"): the body is not the name alone
    if ctx.text[pos:end].split()[-1].lower() in _TITLES | _ROLE_NOUNS:
        return desc  # "a spokesman for the Prime Minister": a person's title, not a body
    acronym = _ACRONYM_AFTER.match(ctx.text, end)
    body = acronym.group(1) if acronym is not None else ctx.text[pos:end]
    body = re.sub(r"['’]s?$", "", body)
    if words[0].lower() not in _DETERMINERS:  # "officials at the ministry": ministry officials
        return " ".join([*words[:-1], body, words[-1]])
    det, middle, head = words[0], words[1:-1], words[-1]
    if det in ("a", "an") and not middle:
        det = "an" if (body[0] in "AEFHILMNORSX" if body.isupper() else body[0].upper() in "AEIO") else "a"
    return " ".join([det, *middle, body, head])


# (and the people acting for one person: "Reid's campaign", "the senator's office", "Duncan's family")
_POSSESSOR = re.compile(r"['’]s\s+((?:[a-z-]+\s+){0,3}(?:spokesman|spokeswoman|spokesperson|spokesmen|lawyers?|attorneys?|aides?|"
                        r"campaign|office|camp|family|front\s+bench|frontbench(?:ers?)?|leadership|"
                        # (kin and friends: "Grant's mother said" is his mother, never Grant)
                        r"mother|father|parents|wife|husband|widow|widower|sons?|daughters?|brothers?|sisters?|"
                        r"partner|girlfriend|boyfriend|fianc[eé]e?|grandmother|grandfather|grandparents|uncle|aunt|"
                        r"cousin|relatives?|friends?|neighbou?rs?|"
                        r"advisers?|advisors?|solicitors?|agents?|correspondents?|editors?|reporters?|analysts?|"
                        r"economists?|experts?|researchers?|scientists?|officials?|sources?|representatives?))\b")
_SPOKES = r"(?:spokes(?:man|woman|person|men|women|people)|officials?|sources?|representatives?|lawyers?|aides?|members?)"
# (and any plural person noun by its ending: "analysts at Acme", "campaigners from X", "investors in Y")
# ("Allies of the chancellor said", "Critics of the scheme say": the people around a person or against a plan)
_SPOKES_PLURAL = (r"(?:spokes(?:men|women|people)|officials|sources|representatives|lawyers|aides|members|executives|"
                  r"allies|critics|rivals|colleagues|associates|"
                  # (groups whose noun does not end as above: "Fans outside the ground", "Authorities in the province")
                  r"police|fans|crowds|locals|neighbou?rs|authorities|witnesses|experts|pupils|troops|nurses|medics|"
                  # (the bench: "Five judges at the Court of Appeal ruled", "Magistrates in Leeds said")
                  r"judges|magistrates|"
                  r"[a-z]+(?:ists|ysts|ers|ors|ians|ants|ents))")
# kin and friends of a named person ("the family of Jade Ferris", "a friend of Tom Reed"): lower case only ("Friends of
# the Earth" is a body's name)
_KIN = (r"(?-i:family|mother|father|parents|widow|widower|wife|husband|sons?|daughters?|brothers?|sisters?|friends?|"
        r"relatives?|neighbou?rs?|girlfriend|boyfriend|partner|fianc[eé]e?)"
        r"(?!\s+of\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d)\b)")  # ("the father of three": a parent)
_SPOKESPERSON_OF = re.compile(r"\s*(?:(?:but|and|however|meanwhile),?\s+)?(?:(?:a|an|the|one|another|two|three|some|several)\s+"
                              r"(?:[\w-]+\s+){0,2}?(?:" + _SPOKES + "|" + _KIN + r")|(?:[a-z][\w-]*\s+)?" + _SPOKES_PLURAL +
                              # ("People familiar with the talks", "officials briefed on the plan": wire-service sources)
                              r"|(?:(?:a|an|one|two|three|several|some)\s+)?(?:people|persons?)"
                              # ("Women in Kabul", "Young people in the town", "the most stupid men in England": people
                              # described by where they are, not the place)
                              r"|(?:(?:the|many|most|some|two|three|several)\s+)?(?:[a-z][\w-]*\s+){0,2}?"
                              r"(?-i:[Mm]en|[Ww]omen|[Pp]eople|[Cc]hildren)"
                              r")\s+(?:for|of|at|from|with|to|close\s+to|familiar\s+with|briefed\s+on|"
                              # ("Protesters outside the embassy", "Residents in the town", "Workers near the site")
                              r"in|inside|outside|near|around|across)\s", re.I)
_DESCRIBED_SUBJECT = re.compile(r"(?:(?:But|And|However|Meanwhile),?\s+)?((?:A|An|The|One|(?<=\s)(?:a|an|the|one))\s+(?:[\w-]+\s+){0,2}?"
                                r"(?:spokes(?:man|woman|person)|official|source|representative|lawyer|aide))\b")


# a possessive description of one who speaks for someone, opening its sentence ("Tom Reed's lawyer", "The singer's
# spokeswoman", "His lawyer")
_OWNED_SUBJECT = re.compile(r"(?:(?:But|And|However|Meanwhile),?\s+)?((?:(?:The\s+[\w-]+|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})"
                            r"['’]s?|His|Her|Their)\s+(?:[a-z][\w-]*\s+){0,2}?(?:spokes(?:man|woman|person)|lawyer|"
                            r"solicitor|attorney|aide|adviser|agent|representative))\s+(?!(?:on|for|of|at|in|to|from|with|and|or)\b)[a-z]")


# an indefinite description of one person opening its sentence as the subject of a reporting verb, an aside allowed
# ("Another passenger, who asked not to be named, said", "One resident told"; not "One bystander, Tom Reed, said":
# the aside names him)
_INDEFINITE_SAYER = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?((?:A|An|Another|One)\s+(?:[A-Za-z][\w-]*\s+){0,3}?"
                               r"[a-z][\w-]*)(?:\s*,\s*[a-z][^,;:\"“”.!?]{0,80},)?\s+(?:also\s+)?(?:said|says|told|tells|"
                               r"recalled|recalls|described|describes|claimed|claims)\b")


def _described_subject(ctx: _Ctx, at: int, prev: _Piece | None, gender: str) -> str:
    """The description opening the sentence before the one at *at* ("a spokesman"), when that sentence
    comes after the previous quotation and the description fits *gender*; "" otherwise."""
    before = _sentence_before(ctx, at, prev)
    if before is None:
        return ""
    text, start, here = before
    found = _DESCRIBED_SUBJECT.match(text, start, here)
    owned = _OWNED_SUBJECT.match(text, start, here) if found is None else None
    if owned is not None:
        # "Tom Reed's lawyer spoke outside the court. "...," he said.", "The singer's spokeswoman confirmed it. ...
        # she said": the one speaking for the owner, described as the sentence names them, never the owner
        got = _resolve_phrase(ctx, owned.start(1), owned.end(1), inverted=False, at=owned.start(1), prev=prev)
        if got is not None and got[2] == "DESC" and (not gender or _description_gender(got[0]) in (gender, "")):
            return got[0]
    if found is None:
        trailing = _TRAILING_DESCRIBED.search(text, start, here)
        if trailing is not None:
            # "Acme will cut 500 jobs, a company spokesman said. "...," he said.": the described sayer
            got = _resolve_phrase(ctx, trailing.start(1), trailing.end(1), inverted=False, at=trailing.start(1),
                                  prev=prev)
            if got is not None and got[2] == "DESC" and got[0].split()[-1].lower() in _PERSON_HEADS | _OWNED_PEOPLE \
                    and (not gender or _description_gender(got[0]) in (gender, "")):
                return got[0]
        sayer = _INDEFINITE_SAYER.match(text, start, here)
        if sayer is not None:
            # "Another passenger, who did not want to be named, said the coach was fast. "...," he said.": the one
            # the sentence before introduced as saying something, not whoever was quoted before him
            words = sayer.group(1).split()
            desc = " ".join([words[0].lower()] + words[1:])  # ("one senior European diplomat": its determiner kept)
            if desc and _sayer_description(desc) and desc.split()[-1].lower() not in _NOT_HEADS \
                    and (not gender or _description_gender(desc) in (gender, "")):
                return desc
        return _role_subject(ctx, start, here, at, gender, prev)
    named = _NAMED_AFTER_DESC.match(text, found.end(1), here)
    if named is not None:
        # "A spokesman for the Wilderness Society, Alec Marr, said ... "...," he said.": the spokesman has a name
        person = next((x for x in _mentions_in(ctx, named.end() - 1, here) if x.type == "PERSON"), None)
        if person is not None and all(w.lower().rstrip(".") in _TITLES or w.lower().rstrip(".") in _RANKS
                                      for w in text[named.end():person.start].split()) \
                and text[person.end:person.end + 1] == ",":  # ("Major Bryan Hilferty": a rank before the name)
            if _titled_before_comma(text, found.end(1), named.end()):
                # "A spokesman for the Interior Minister, Yunus Qanooni,": the name is the minister's
                head = found.group(1).split()[-1].lower()
                if not gender or _description_gender(head) in (gender, ""):
                    return f"{person.entity}'s {head}"
            elif not gender or _all_genders(ctx).get(person.entity, gender) == gender:
                return person.entity
    desc = _describe(found.group(1).split())
    prep = _BODY_PREP.match(text, found.end(1))
    if desc and prep is not None:  # "A spokesman for the Royal Ballet told ...": a Royal Ballet spokesman
        desc = _with_body(ctx, desc, prep.end(), here)
    return desc if desc and (not gender or _description_gender(desc) in (gender, "")) else ""


def _titled_before_comma(text: str, lo: int, hi: int) -> bool:
    """The last word before the last comma of ``text[lo:hi]`` is a person's title or role noun ("a spokesman for
    the Interior Minister, "): a name in apposition after it is that office holder's."""
    words = text[lo:hi].rstrip(" ,").split()
    return bool(words) and words[-1].lower().strip(".") in _TITLES | _ROLE_NOUNS


# the body after a described sayer, then the comma before the name in apposition: " for the Wilderness Society, "
_NAMED_AFTER_DESC = re.compile(r"(?:\s+(?:for|of|at|from|with|in)\s+[^,;:.!?\"“”]{2,60})?,\s*")

_OPENING_DESCRIBED = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?((?:The|A|An)(?:\s+(?:[a-z][\w-]*|"
                                r"[A-Z][a-z-]+|MP|MEP|MSP|AM)){1,3})")  # ("The MP": an office in capitals)


def _opening_words(ctx: _Ctx, at: int, prev: _Piece | None) -> list[str]:
    """The words of a description ("The defendant", "A young mother") opening the sentence before the one at *at*;
    [] when there is none."""
    before = _sentence_before(ctx, at, prev)
    if before is None:
        return []
    text, start, here = before
    found = _OPENING_DESCRIBED.match(text, start, here)
    return found.group(1).split() if found else []


def _described_opening(ctx: _Ctx, at: int, prev: _Piece | None, gender: str) -> str:
    """The description of one person opening the sentence before the one at *at* ("The defendant, 34, denied
    ..."), when it fits *gender*; "" otherwise (a thing or a body: "The report", "The company")."""
    return _opening_description(_opening_words(ctx, at, prev), gender)


def _described_here(ctx: _Ctx, at: int, prev: _Piece | None, gender: str) -> str:
    """The description of one person opening the sentence that holds *at* when no one is named in it before *at*
    ("The MP later deleted a tweet in which she called ..."), fitting *gender*; "" otherwise."""
    text = ctx.masked or ctx.text
    line = text.rfind("\n", 0, at) + 1
    brk = _last_break_end(text, line, at)
    start = brk if brk >= 0 else line
    if prev is not None and prev.start >= start or any(x.type == "PERSON" for x in _mentions_in(ctx, start, at)):
        return ""
    found = _OPENING_DESCRIBED.match(text, start, at)
    return _opening_description(found.group(1).split(), gender) if found else ""


def _opening_description(words: list[str], gender: str) -> str:
    if not words:
        return ""
    caps = [k for k in range(1, len(words)) if words[k][:1].isupper()]
    if caps:
        # "The Prime Minister says", "The Opposition Leader": an office written with capitals (its last capitalised
        # word an office noun), no name such as "The Guardian" (the words before it only)
        run = caps[0]
        while run + 1 < len(words) and words[run + 1][:1].isupper():
            run += 1
        words = words[:run + 1] if words[run].lower() in _OFFICE_NOUNS else words[:caps[0]]
    for n in range(len(words), 1, -1):  # "The young mother wept": the longest opening whose last word is a person's
        desc = _describe(words[:n])
        if desc and _sayer_description(desc) and desc.split()[-1].lower() not in _NOT_HEADS \
                and desc.split()[-1].lower() not in _VERB_FORM:
            return desc if not gender or _description_gender(desc) in (gender, "") else ""
    return ""


# bodies and places that speak through "it" when the text describes them without a name
_BODY_NOUNS = frozenset(_ORG_NOUNS | _ORG_HEADS | {"hospital", "school", "airline", "retailer", "charity", "college",
                                                  "carrier", "operator", "insurer", "lender", "supermarket", "chain",
                                                  "manufacturer", "carmaker", "developer", "publisher", "studio",
                                                  "label", "museum", "gallery", "force", "prison", "tribunal",
                                                  "embassy", "consulate"})


# a country's bodies, unnamed, that speak for it ("Turkey's military", "Norway's foreign ministry")
_OWNED_BODIES = frozenset(_BODY_NOUNS - {"group", "party", "club", "paper", "newspaper", "school", "studio", "label",
                                         "chain", "supermarket"} | {"military", "army", "navy", "cabinet", "coastguard"})


_PLACED_BODY_OPENING = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?The\s+((?:[A-Z][\w'’.-]*\s+){1,2})"
                                  r"((?:[a-z][\w-]*(?:\s+|(?=,))){1,3})")


def _placed_body_opening(ctx: _Ctx, at: int, prev: _Piece | None) -> str:
    """A body the sentence before the one at *at* opens with, described by a country or a people before its
    noun ("The Turkish foreign ministry has ...", "The US embassy in Wellington said ..."): "the Turkish foreign
    ministry", "the US embassy"; "" otherwise (a name, "The Scottish Government", is the entity's own)."""
    before = _sentence_before(ctx, at, prev)
    if before is None:
        return ""
    text, start, here = before
    found = _PLACED_BODY_OPENING.match(text, start, here)
    lows = found.group(2).split() if found is not None else []
    head = next((j for j, w in enumerate(lows) if w in _OWNED_BODIES), None)
    if head is None:
        return ""
    lo, hi = found.start(1), found.end(1)
    ms = _mentions_in(ctx, lo, hi)
    if not ms or ms[0].start != lo or any(x.type not in ("GPE", "NORP") for x in ms) \
            or text[ms[-1].end:hi].strip():
        return ""  # (every capitalised word a place or a people modifying the noun)
    return " ".join(["the", *text[lo:hi].split(), *lows[:head + 1]])


def _described_body_opening(ctx: _Ctx, at: int, prev: _Piece | None) -> str:
    """The definite description of a body or a document opening the sentence before the one at *at* ("The
    hospital trust apologised ...", "The report was published ..."), lower-cased; "" otherwise."""
    words = _opening_words(ctx, at, prev)
    if not words:
        return ""
    if words[0] != "The" or any(w[:1].isupper() for w in words[1:]):
        return ""  # (a name, "The Guardian", speaks as the entity; "a firm" is no referent)
    for n in range(len(words), 1, -1):
        if words[n - 1] in _BODY_NOUNS or words[n - 1] in _DOC_NOUNS:
            return " ".join(["the"] + words[1:n])
    return ""


_OWNED_OPENING = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Later|Earlier),?\s+)?[Tt]he\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})"
                            r"((?:\s+[a-z][\w-]*){1,3})")  # "The US embassy", "The French foreign ministry"


def _owned_body_opening(ctx: _Ctx, at: int, prev: _Piece | None) -> str:
    """The description of a country's unnamed body ("The US embassy in Oslo ...", "The French foreign ministry ...")
    opening the sentence before the one at *at*: "the US embassy"; "" otherwise (a body with a name of its own is
    the entity: "The Acme bank")."""
    before = _sentence_before(ctx, at, prev)
    if before is None:
        return ""
    text, start, here = before
    found = _OWNED_OPENING.match(text, start, here)
    if found is None:
        return ""
    ms = _mentions_in(ctx, found.start(1), found.end(1))
    if len(ms) != 1 or (ms[0].start, ms[0].end) != found.span(1) or ms[0].type not in ("GPE", "NORP"):
        return ""
    words = found.group(2).split()
    head = next((k for k, w in enumerate(words) if w in _OWNED_BODIES), None)
    if head is None or any(w in _PREPOSITIONS or w in _AUX for w in words[:head]):
        return ""
    return " ".join(["the", found.group(1)] + words[:head + 1])


# a described sayer closing its sentence: "..., a company spokesman said.", "..., her agent told the BBC."
_TRAILING_DESCRIBED = re.compile(r",\s+((?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?[a-z][\w-]*)\s+"
                                 r"(?:has\s+|had\s+|also\s+)?(?:said|says|told|tells|added|confirmed|explained)"
                                 r"\b[^,;:\"“”.!?]*[.!?]\s*$")

_BODY_PREP = re.compile(r"\s+(?:for|of|at|from)\s+")

_POSSESSIVE_DOC = re.compile(r"(?i:the)\s+([A-Za-z-]+)['’]s\s+(?:\w+\s+)?(?:ruling|report|statement|decision|verdict|"
                             r"letter|website|guidance|announcement)$")

# Nouns that say what a body does, not what it is called: "the panel" may be the Law Commission, "the
# watchdog" the Financial Services Authority (the heads of the names each may stand for).
_FUNCTION_NOUNS = {
    "panel": frozenset("commission committee board council inquiry jury tribunal".split()),
    "watchdog": frozenset("commission authority office agency board council committee service".split()),
    "regulator": frozenset("commission authority office agency board council committee service".split()),
}
# bodies whose names say what they are ("the Scottish Government", "the French Embassy"): "the government said"
# is the body named so, else a description, never the last body named otherwise (the EU, a party, a committee)
_SELF_NAMED = frozenset({"government", "embassy", "consulate"})
_GENERIC_ORG = {"company", "firm", "group", "body", "organisation", "organization", "business", "corporation",
                "network", "service", "office", "inc", "ltd"}

# nouns that say only that someone is a person of a sex or age: "the woman" may be anyone the text described
_ANYONE_NOUNS = frozenset({"man", "woman", "boy", "girl"})

_LABEL_RUN = re.compile(r"[ \t]*((?:[A-Z][\w'’.-]*[ \t]+){0,2}[A-Z][\w'’.-]*)[ \t]*:")


def _answer_label(ctx: _Ctx, at: int) -> str | None:
    """The person whose name labels the paragraph holding *at* as an interview answer ("McKelvey: Jack and I got
    back together."), when the entity table holds that name as a person's; None otherwise."""
    text = ctx.text
    line = text.rfind("\n", 0, at) + 1
    found = _LABEL_RUN.match(text, line, at)
    if found is None:
        return None
    for m in _mentions_in(ctx, found.start(1), found.end(1) + 1):
        if m.type == "PERSON" and (m.start, m.end) == (found.start(1), found.end(1)):
            return m.entity
    return None


_PRONOUN_GENDER = {"he": "M", "she": "F"}

_PRONOUN_RE = {w: re.compile(r"(?i)\b" + w + r"\b") for w in _PRONOUNS}
