"""What a pronoun, a role noun or a described subject refers back to.

``_topic`` gives the most recent fitting referent: the previous speaker unless another person has since
been the subject of a sentence (``_is_subject``; the subject of the reporting verb, not a name inside its
reported clause: ``_matrix_subject``), else the last such subject, else the last one named. "he"/"she"
pass over people the text marks as the other sex (:mod:`.roles`); a "she" after a speaker of unknown sex
goes to the last woman marked as such (``_last_marked``). ``_role_holder`` gives the person "the prime
minister" stands for; ``_role_subject`` and ``_plural_subject`` read the sentence before ("... the first
minister said", "Unions attacked ...") for the "he" or "they" of the next one.

Input: the ``_Ctx``, an offset and the previous ``_Piece``. Output: an entity name, or "" when none fits.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .marks import _SENT_BREAK, _Piece, _last_break_end
from ..entities.chunking import _stripped_end
from .people import _CALENDAR, _Ctx, _Mention, _inside_quote, _mentions_in, _stopset
from .roles import (
    _NONPERSON_NOUNS, _OTHER_OFFICE, _PERSON_HEADS, _POSITIONS, _aged, _all_genders, _definite, _definite_np,
    _description_gender, _genders, _named_as, _other_offices, _person_description, _role_fits, _roles,
    _sayer_description,
)
from .verbs import _AUX, _DETERMINERS, _LETTERS, _NOT_HEADS, _PREPOSITIONS, _TITLES, _VERB_FORM, _WORD, _verbs


def _sentence_before(ctx: _Ctx, at: int, prev: _Piece | None) -> tuple[str, int, int] | None:
    """The text and the (start, end) of the sentence before the one at *at*, or None when the sentence at
    *at* opens its paragraph or a quotation came since (its speaker is then the topic)."""
    text = ctx.masked or ctx.text
    line = text.rfind("\n", 0, at) + 1
    here = _last_break_end(text, line, at)
    if here < 0:
        # the sentence opens its paragraph: the last sentence of the paragraph before ('A spokeswoman said
        # most customers were repaid.\n\n"Banks are investing heavily," she said.': that spokeswoman)
        if text[line:at].strip():
            return None
        end = _stripped_end(text, line)
        para = text.rfind("\n", 0, end) + 1
        if end <= para or text[end - 1] not in ".!?":
            return None
        start = _last_break_end(text, para, end - 1)
        start = para if start < 0 else start
        if prev is not None and prev.start >= start:
            return None
        return text, start, end
    start = _last_break_end(text, line, here - 1)
    start = line if start < 0 else start
    if prev is not None and prev.start >= start:
        return None
    return text, start, here


_TRAILING_PLURAL = re.compile(r",\s+((?:(?:some|many|several|other|senior|the)\s+)?(?:[A-Za-z][\w&-]*\s+)?(?:[a-z][\w-]*[a-rt-z]s|police))\s+"
                              r"(?:have\s+|had\s+|also\s+)?(?:said|say|told|added|confirmed|explained)"
                              r"\b[^,;:\"“”.!?]*[.!?]\s*$")
_PLURAL_SUBJECT = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?((?:[Tt]he\s+)?(?:[A-Z][\w&-]*\s+){0,3}?"
                             # (a possessive before the noun: "The play's producers")
                             r"(?:[a-z][\w-]*(?:['’]s)?\s+)?(?:[A-Za-z][a-z-]*[a-rt-z]s|[Pp]olice))"
                             # where or whom they are of: "Residents of the town", "Doctors at the hospital",
                             # "Hundreds of workers" (up to four words, then the verb)
                             r"(?:\s+(of|in|at|from|for|on|across|around|near)\s+((?:(?:the|a|an)\s+)?"
                             r"(?:[\w&'’-]+\s+){0,3}?[\w&'’-]+))?"
                             # an aside between commas before the verb: "The scientists, mostly from Acme Labs, said"
                             r"(?:,[^,.!?\"“”]{1,80},)?\s+"
                             r"(?:have\s+|has\s+|had\s+|also\s+|have\s+also\s+)?([a-z]+)\b")
# past forms without "-ed" a plural subject's verb may have ("Scientists have found", "Residents have been told")
_IRREGULAR_PAST = frozenset({"been", "found", "fled", "fought", "built", "sent", "spent", "paid", "struck", "stood",
                             "sold", "bought", "led", "felt", "begun", "taken", "given", "seen", "known", "done",
                             "shown", "chose", "chosen", "gathered", "flew", "drove", "rode", "threw", "sat"})
# quantities heading a plural ("Hundreds of workers", "Dozens of residents"): the people are the noun after "of"
_QUANTITIES = frozenset({"hundreds", "thousands", "dozens", "scores", "millions", "tens", "lots", "groups", "crowds"})


def _plural_subject(ctx: _Ctx, at: int, prev: _Piece | None) -> str:
    """The plural noun phrase opening the sentence before the one at *at* ("Unions attacked ...", "Acme
    bosses said ...") as a description, when that sentence comes after the previous quotation and the
    phrase is no name of its own ("Liberal Democrats"); "" otherwise."""
    before = _sentence_before(ctx, at, prev)
    if before is None:
        return ""
    text, start, here = before
    return _plural_opening(ctx, text, start, here) or _plural_closing(ctx, text, start, here)


_JOINT_AND = re.compile(r"\s+(?:and|&)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?\s+)?")
_JOINT_VERB = re.compile(r"\s+(?:(?:have|had|also|both|jointly)\s+)*([a-z]+)\b")


def _joint_subject(ctx: _Ctx, at: int, prev: _Piece | None) -> tuple[str, str] | None:
    """'Acme and Bolt have agreed to merge. "...," they said.': two people or two bodies named together opening the
    sentence before, then its verb, are "they": ("A and B", type); None otherwise."""
    before = _sentence_before(ctx, at, prev)
    if before is None:
        return None
    text, start, here = before
    ms = [m for m in _mentions_in(ctx, start, here) if not _inside_quote(ctx, m.start)]
    if len(ms) < 2:
        return None
    x1, x2 = ms[0], ms[1]
    if x1.type != x2.type or x1.type not in ("PERSON", "ORG") or x1.entity == x2.entity \
            or _JOINT_AND.fullmatch(text, x1.end, x2.start) is None:
        return None
    lead = [w.strip(".,;:").lower() for w in _WORD.findall(text[start:x1.start])]
    if any(w and w not in _CONNECTIVES and w not in _TITLES and w not in ("the", "both") for w in lead):
        return None  # not the sentence's opening ("Talks between A and B ended")
    verb = _JOINT_VERB.match(text, x2.end)
    if verb is None or not (verb.group(1).endswith("ed") or verb.group(1) in _FINITE or verb.group(1) in _VERB_FORM
                            or verb.group(1) in ("are", "were", "have", "will") or verb.group(1) in _IRREGULAR_PAST):
        return None
    return f"{x1.entity} and {x2.entity}", x1.type


def _plural_closing(ctx: _Ctx, text: str, start: int, here: int) -> str:
    """"The plant will close, officials said. "...," they said.": the plural sayer closing that sentence."""
    trailing = _TRAILING_PLURAL.search(text, start, here) if "," in text[start:here] else None
    if trailing is None or any(m.end == trailing.end(1) for m in _mentions_in(ctx, trailing.start(1), trailing.end(1))):
        return ""
    words = trailing.group(1).split()
    if words[-1].lower() in _NOT_HEADS or words[-1].lower() in _CALENDAR:
        return ""
    return " ".join(words)


def _plural_opening(ctx: _Ctx, text: str, start: int, here: int) -> str:
    found = _PLURAL_SUBJECT.match(text, start, here)
    if found is None:
        return ""
    verb = found.group(4)
    if not (verb.endswith("ed") or verb in _VERB_FORM or verb in _FINITE or verb in ("have", "are", "were")
            or verb in _IRREGULAR_PAST or text[found.end(1):found.start(4)].split()[-1:] in (["have"], ["had"])):
        # (after "have" any verb is the participle: "Farmers have drawn up")
        return ""
    words = found.group(1).split()
    if found.group(2) == "of" and len(words) == 1 and words[0].lower() in _QUANTITIES:
        # "Hundreds of workers marched": the workers (a plural after "of", no name)
        obj = found.group(3).split()
        if not obj[-1].lower().endswith("s") or any(m.end == found.end(3) for m in _mentions_in(ctx, found.start(3), found.end(3))):
            return ""
        return " ".join(w for w in obj if w.lower() not in ("the", "a", "an"))
    if words[-1].lower() in _NOT_HEADS or words[-1].lower() in _CALENDAR \
            or any(m.end == found.end(1) for m in _mentions_in(ctx, found.start(1), found.end(1))):
        return ""  # a name ("Liberal Democrats", "Rangers"): the entity rules speak for it
    first = words[0].lower()
    if words[0][:1].isupper() and (first == "the" or len(words) == 1 or first in _stopset() or first in _DETERMINERS
                                   or re.search(r"\b" + re.escape(first) + r"\b", ctx.text) is not None):
        words = [first] + words[1:]  # capitalised only as the sentence's first word ("Senior ministers")
    return " ".join(words)


def _role_subject(ctx: _Ctx, start: int, end: int, at: int, gender: str, prev: _Piece | None = None) -> str:
    """The person a definite role noun stands for when it is the subject of a reporting verb in
    ``text[start:end]`` ("In a furious response, the first minister said ..." -> the person the text
    names as first minister), so that the "he" of the next sentence is that person; "" otherwise."""
    text = ctx.masked or ctx.text
    sentence = text[start:end]
    for v in _verbs(sentence):
        clause = sentence[: v.start()].rsplit(",", 1)[-1]
        core = [w.strip(".,;:").lower() for w in _WORD.findall(clause)]
        core = [w for w in core if w and w not in _AUX]
        inverted = True
        if len(core) > 2 and core[-1] == "to" and "the" in core[:-1]:
            # "The row prompted the prime minister to say ...", "asked the minister to comment": the role
            # named right before "to" is who says it
            core, inverted = core[:-1], False
        elif len(core) < 2 or core[0] != "the":
            continue
        definite = _definite(core, inverted)
        if definite is None or definite[1] != ("PERSON",):
            continue
        name = _role_holder(ctx, _definite_np(core, inverted), at, prev, gender=gender, topic=False, words=clause)
        if name and (not gender or _all_genders(ctx).get(name, gender) == gender):
            return name
        return ""
    return ""


_AGE_NOUN = re.compile(r"(\d{1,3})-year-old")
# officers of a court, an inquest or a match: never the person the story is about unless the text names them so
_PLAIN_PEOPLE = frozenset({"man", "woman", "boy", "girl", "teenager", "youngster", "child", "victim"})  # no post
_OFFICIAL_NOUNS = frozenset({"judge", "magistrate", "coroner", "prosecutor", "referee", "umpire", "jury", "sheriff"})
# kin: "the father said" is someone's father, never the topic himself ("Police named the gunman as Tom Reed. ... the
# father said" is not Tom Reed); unnamed as that, the kin noun stays a description
_PARENT_OF_N = re.compile(r"\bof\s+(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\b", re.I)  # ("the mother of two")
_KIN_NOUNS = frozenset({"father", "mother", "son", "daughter", "brother", "sister", "widow", "widower", "uncle", "aunt",
                        "grandfather", "grandmother", "stepfather", "stepmother", "parents", "family"})


def _role_holder(ctx: _Ctx, np: list[str], at: int, prev: _Piece | None, *, gender: str = "",
                 topic: bool = True, words: str = "") -> str:
    """The person "the <np>" stands for ("the prime minister"): the one the text names with that role;
    else the topic (:func:`_topic`) passing over people named with other posts only (Tory leader Michael
    Howard is not "the prime minister"); else, with *topic*, the topic among everyone; "" when none.
    *words*: the phrase as written, which tells whether the modifier is a name ("the Wales coach")."""
    if not np:
        return ""
    head, mod = np[-1], np[-2] if len(np) > 1 else ""
    mod_name = bool(mod) and any(w.lower() == mod and w[:1].isupper() for w in words.split()[1:])
    # the role as the text words it, modifier and all ("the Tory leader": "Tory leader Michael Howard", not
    # "Lib Dem leader Charles Kennedy"), else any fitting one
    holders: set = set()
    name = _named_as(ctx, head, at, ("PERSON",), mod=mod, mod_name=mod_name, holders=holders)
    if name and not mod and len(holders) > 1:
        # "Hawks coach Tom Reilly ... Lakers coach Ray Simmons ... Reilly ... The coach said ...": several people named
        # with the noun, the bare noun is the topic among them (not the one named closest before)
        topical = _topic(ctx, at, prev, ("PERSON",), gender=gender,
                         skip=frozenset(x.entity for x in ctx.mentions if x.type == "PERSON" and x.entity not in holders))
        name = topical or name
    # "the shadow home secretary" is not "Home Secretary Charles Clarke" (nor the reverse): a shadow, deputy or
    # former holder named further left than the modifier the match looked at
    wanted = set(np[:-2]) & _OTHER_OFFICE
    if name and _other_offices(ctx, name) != wanted and mod not in _OTHER_OFFICE:
        name = ""
    if name:
        return name
    roles = _roles(ctx)
    fits = {e for e, have in roles.items() if any(_role_fits(r, head, mod, mod_name) for r in have)
            and (mod in _OTHER_OFFICE or _other_offices(ctx, e) == wanted)}
    age = _AGE_NOUN.fullmatch(head)
    if age is not None:  # "the 24-year-old": the people the text gives that age ("Ann Keo, 24,")
        fits = _aged(ctx, age.group(1), at)
    if fits:
        # named with the post under another noun ("Home Secretary X" for "the minister", "Manager Y" for "the
        # boss"): the topic among them
        name = _topic(ctx, at, prev, ("PERSON",), gender=gender,
                      skip=frozenset(x.entity for x in ctx.mentions if x.type == "PERSON" and x.entity not in fits))
        if name:
            return name
    if (head in _OFFICIAL_NOUNS or head in _KIN_NOUNS and _PARENT_OF_N.search(words) is None) and not fits:
        # "Darren Pike admitted the assault. Sentencing him, the judge said": the court's or the match's own
        # officers are other people than the one the story is about; unnamed as that, the role stays unnamed
        return ""
    askers = _askers(ctx)  # ("Asked by the BBC's Laura Kuenssberg whether ..., the prime minister said": not her)
    # (not for a former holder: "the former cabinet secretary" now holds other posts, or none)
    skip = frozenset() if {"former", "ex"} & set(np) else frozenset(
        e for e, have in roles.items() if any(r[1] in _POSITIONS for r in have)
        and not (any(_role_fits(r, head, mod, mod_name) for r in have)
                 and (mod in _OTHER_OFFICE or _other_offices(ctx, e) == wanted)))
    if skip or askers:
        name = _topic(ctx, at, prev, ("PERSON",), gender=gender, skip=skip | askers)
        if name or not topic or head in _PLAIN_PEOPLE and skip:
            return name  # ("the girl" is never the judge who tried the case: unnamed, she is described)
    return _topic(ctx, at, prev, ("PERSON",), gender=gender) if topic and not askers else ""


# a person named as the one asking in a participial opener: "Asked by the BBC's Laura Kuenssberg whether ...",
# "Pressed by presenter Nick Robinson ...", "Interviewed by X ..."
_ASKED_BY = re.compile(r"\b(?:[Aa]sked|[Qq]uestioned|[Pp]ressed|[Ii]nterviewed|[Cc]hallenged)\s+by\s+(?:[\w'’-]+\s+){0,3}$")


def _askers(ctx: _Ctx) -> frozenset:
    """The people the text names only as the ones asking ("Asked by X whether ..."): no referent of a role."""
    text = ctx.text
    asked = {m.entity for m in ctx.mentions if m.type == "PERSON" and " by " in text[max(0, m.start - 40):m.start]
             and _ASKED_BY.search(text, max(0, m.start - 40), m.start) is not None}
    if not asked:
        return frozenset()
    other = {m.entity for m in ctx.mentions if m.type == "PERSON" and m.entity in asked
             and _ASKED_BY.search(text, max(0, m.start - 40), m.start) is None}
    return frozenset(asked - other)


_PASSIVE_AGENT = re.compile(r"\b(?:was|were|been|being|is|are)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|lt|ght)\s+by\s+"
                            r"(?:(?!the\b|a\b|an\b)[a-z][\w-]*\s+){0,3}(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof)\.?\s+)?$")
_CONNECTIVES = {"however", "but", "and", "earlier", "meanwhile", "later", "also", "then", "so", "now", "yet"}


_SUBJECT_AUX = {"has", "had", "have", "also", "later", "then", "now"}
_CLAUSE_OPEN = re.compile(r"(?:,\s*|\s)(?:but|yet|while|whereas|although|though)\s+|,\s*and\s+|;\s*", re.I)
_INVERTED_BEFORE = re.compile(r",\s*([A-Za-z]+)\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof|Professor)\.?\s+)?$")
_SENTENCE_END_AFTER = re.compile(r"\s*(?:[.!?]|,\s*(?:adding|saying)\b)")
_DESCRIBED_OPENING = re.compile(r"\s*(?:(?:But|And|However|Meanwhile|Earlier|Later),?\s+)?(?:A|An|The|One|Another)\s+"
                                r"[^,;:.!?\"“”]{1,80},\s*")
_COMMA_VERB = re.compile(r",\s+(?:(?:has|had|have|also|later|then|now|previously|once)\s+)*([A-Za-z]+)")
_APPOSITIVE_VERB = re.compile(r"(?:\s*,\s*[^,.;:!?\"“”\n]{1,90}?,|\s+[-–—]\s+[^-–—.;:!?\"“”\n]{1,120}?\s+[-–—]|\s*,)?\s+"
                              r"(?:(?:has|had|have|also|later|then|now|previously|once)\s+)*([A-Za-z]+)")


def _is_subject(ctx: _Ctx, m: _Mention) -> bool:
    """The mention opens its sentence or clause (only titles, names and a connective before it)."""
    text = ctx.masked or ctx.text
    a = text.rfind("\n", 0, m.start) + 1
    end = _last_break_end(text, a, m.start)
    seg = text[end if end >= 0 else a:m.start]
    words = [w.strip(".,;:") for w in _WORD.findall(seg)]
    if all(not w or w[0].isupper() or w.lower() in _TITLES or w.lower() in _CONNECTIVES for w in words):
        return True
    agent = _PASSIVE_AGENT.search(seg) if " by " in seg else None
    if agent is not None:
        # "The ruling was welcomed by Bill Hart", "Mr Howard's decision was attacked by Mr Crean": the agent of a
        # passive whose subject is no person is who acted (not "Reed was sacked by Ian Carr": Reed is the subject)
        lo = m.start - len(seg)
        return not any(x.type == "PERSON" and not text.startswith(("'s", "’s"), x.end)
                       for x in _mentions_in(ctx, lo, lo + agent.start()))
    # a describing noun phrase before the name: "Her colleague Frank Dobson agreed", "Arsenal striker X was"
    if len(words) <= 5 and all(not w or w[0].isupper() or w.lower() in _TITLES or w.lower() in _DESCRIPTORS
                               for w in words):
        return True
    # a role noun phrase opening the sentence before the name, then its finite verb: "Shadow home secretary David
    # Davis welcomed ...", "The shadow chancellor George Osborne argued ..."
    if 2 <= len(words) <= 5 and end >= 0 and words[-1].lower() in _POSITIONS and words[0][:1].isupper() \
            and not any(w.lower() in _PREPOSITIONS or w.lower() in _CONNECTIVES for w in words):
        after = _LETTERS.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
        if after is not None and after.group()[0].islower() and (after.group().endswith("ed") or after.group() in _FINITE):
            return True
    # the name opens a clause of its own: "... won last week, but McIlroy is unfazed."
    cut = None
    for cut in _CLAUSE_OPEN.finditer(seg):
        pass
    if cut is not None and all(not w or w[0].isupper() or w.lower() in _TITLES for w in
                               (w.strip(".,;:") for w in _WORD.findall(seg[cut.end():]))):
        return True
    # "In a statement Google said ...": the name is followed by its verb
    nxt = _LETTERS.match(text, m.end + 1) if text[m.end:m.end + 1] == " " else None
    if nxt is not None and (nxt.group().lower() in _VERB_FORM or nxt.group().lower() in _SUBJECT_AUX):
        return True
    if nxt is not None and nxt.group() in _BE_AFTER_SUBJECT and words and (
            words[-1].lower() in _DESCRIPTORS or words[-1].lower() in _POSITIONS or words[-1].lower() in _NONPERSON_NOUNS):
        # "UK Athletics performance director Dave Collins was more guarded", "Video game firm Bioware is to
        # hold ...": a described name before its verb
        return True
    # "That is a message Rusedski echoed.", "the title Murray won last year": a name between a noun and its
    # own past-tense verb is the subject of that clause (not "if Radcliffe opted", "suggesting X would")
    if nxt is not None and nxt.group()[0].islower() and (nxt.group().endswith("ed") or nxt.group() in _OBJECT_RELATIVE_VERBS) \
            and text[nxt.end():nxt.end() + 1] != "-" and _OBJECT_RELATIVE.search(text, max(0, m.start - 40), m.start) is not None:
        return True
    # "In a statement released through her lawyer, Jones repeated ...": an opening adverbial, a comma, the
    # name and a finite verb
    if nxt is not None and words and words[0].lower() in _OPENERS and seg.rstrip().endswith(",") \
            and nxt.group()[0].islower() and (nxt.group().endswith("ed") or nxt.group() in _FINITE):
        return True
    # "When he was 16, Haddad was arrested", "Although she was cleared, Ms Lee ...": a subordinate clause opening
    # the sentence, its comma, then the name and its finite verb (the main clause's subject)
    if nxt is not None and words and words[0].lower() in _SUBORDINATORS and seg.rstrip().endswith(",") \
            and "," not in seg.rstrip()[:-1] and nxt.group()[0].islower() \
            and (nxt.group().endswith("ed") or nxt.group() in _FINITE or nxt.group() in _SUBJECT_AUX):
        return True
    # "..., Gerry Conlon - who was wrongly convicted - said", "Jacques Barrot, vice president of the
    # Commission, said", "The BBC's correspondent, Rachel Harvey, told": the name, an aside, its reporting verb
    # (not a name closing a relative clause: "Ford, who served under President Carter, blasted ...": the verb
    # after the clause's closing comma is the antecedent's, Ford's)
    verb = _APPOSITIVE_VERB.match(text, m.end) if _OPEN_RELATIVE.search(seg) is None else None
    if verb is not None and verb.group(1).lower() in _VERB_FORM:
        return True
    # "The head of the Law Institute, John Corcoran, says Mr Hicks could face ..., the only ...": the verb right after
    # the name's closing comma (the aside above ran on to a later comma)
    verb = _COMMA_VERB.match(text, m.end) if verb is not None and text[m.end:m.end + 1] == "," else None
    if verb is not None and verb.group(1).lower() in _VERB_FORM:
        return True
    # "A delegate from the northern group, Tom Gailey, summed up ...": the name in apposition to the noun phrase
    # opening the sentence, then the sentence's finite verb
    # ("The producer of the album, Tobias Lind, flew in ...", "The church's minister, the Rev Ann Lee, opened ...":
    # a title between the comma and the name, an irregular past)
    opening = _TITLES_CLOSING.sub("", seg) if seg.endswith(" ") and not seg.rstrip().endswith(",") else seg
    if opening.rstrip().endswith(",") and _DESCRIBED_OPENING.fullmatch(opening) is not None:
        finite = _COMMA_VERB.match(text, m.end)
        if finite is not None and finite.group(1)[0].islower() and (
                finite.group(1).endswith("ed") or finite.group(1) in _FINITE or finite.group(1) in _IRREGULAR_PAST
                or finite.group(1) in _PAST_AFTER_APPOSITION):
            return True
    # "..., argued Mr Howard.": the name after its reporting verb, ending the sentence
    inverted = _INVERTED_BEFORE.search(seg)
    return (inverted is not None and inverted.group(1).lower() in _VERB_FORM
            and _SENTENCE_END_AFTER.match(text, m.end) is not None)


# titles closing the words before a name ("..., the Rev ", "..., Dr "): what an apposition's comma may be followed by
_TITLES_CLOSING = re.compile(r"(?<=,)\s+(?:the\s+)?(?:(?:Rev|Revd|Reverend|Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame|Father|"
                             r"Canon|Cllr|Councillor|Det|Insp|Sgt|Supt|Capt|Lt|Col|Gen|Maj)\.?\s+)+$")
# irregular past forms a described subject's verb may have after the name in apposition ("..., Tom Reed, flew in")
_PAST_AFTER_APPOSITION = frozenset({"became", "began", "broke", "came", "fell", "grew", "knew", "left", "ran", "rang",
                                    "rose", "spoke", "stood", "swam", "took", "threw", "wore", "woke", "wrote"})
_OPEN_RELATIVE = re.compile(r",\s*(?:who|whom|whose|which)\b[^,;:()\"“”]*$")  # a relative clause still open
_BE_AFTER_SUBJECT = {"was", "is", "were", "are", "had", "has", "will", "would"}
_OBJECT_RELATIVE = re.compile(r"\b(?:[Aa]n?|[Tt]he|[Tt]hat|[Tt]his|[Oo]ne)\s+(?:[a-z][\w-]*\s+){1,2}(?:(?:Mr|Mrs|Ms|Dr|Sir)\.?\s+)?$")
_OBJECT_RELATIVE_VERBS = {"made", "gave", "took", "won", "wrote", "held", "shared", "put", "set", "struck", "drew"}
_FINITE = {"was", "is", "were", "are", "will", "would", "could", "can", "may", "might", "must", "should", "did", "does",
           "went", "took", "made", "gave", "came", "won", "lost", "met", "left", "got", "spoke", "wrote", "told", "said",
           "says", "began", "ran", "saw", "heard", "kept", "held", "brought", "thought", "insisted", "vowed"}


def _topic(ctx: _Ctx, at: int, prev: _Piece | None, types: tuple[str, ...], *, gender: str = "",
           skip: frozenset = frozenset()) -> str:
    """The most recent fitting referent for "he", "she", "the minister": the previous speaker unless another
    person has since been the subject of a sentence; else the last such subject; else the last named.
    *gender* ("M" for he, "F" for she) passes over people the text marks as the other (Mr / Ms ...); so
    are the entities in *skip*."""
    genders = _all_genders(ctx) if gender else {}
    subject = last = None
    i = bisect_left(ctx.starts, at) - 1
    while i >= 0:
        m = ctx.mentions[i]
        i -= 1
        if m.type not in types or m.end > at or _inside_quote(ctx, m.start):
            continue
        if gender and genders.get(m.entity, gender) != gender or m.entity in skip:
            continue
        if last is None:
            last = m
        if _is_subject(ctx, m):
            subject = _matrix_subject(ctx, m, types, gender, genders)
            if subject.entity in skip:
                subject = m
            break
    if gender == "F" and subject is not None and last is not None and last.start > subject.start \
            and genders.get(last.entity) == "F" and subject.entity not in genders \
            and _SENT_BREAK.search(ctx.masked or ctx.text, subject.end, last.start) is not None:
        # "she": a woman named in a sentence after the last subject of unknown sex ("Walli Hanifi says ... But most,
        # including Karen White, agree ... "...," she said."), the unmarked being mostly men in news text (not a
        # woman named inside the subject's own sentence: "Prof Joni Lovenduski, who worked with Margaret Moran,")
        subject = last
    if prev is not None and prev.speaker and prev.speaker not in skip and (prev.stype in types or prev.stype == "DESC" and types == ("PERSON",)
                                              and _sayer_description(prev.speaker)):
        fits = not gender or (_description_gender(prev.speaker) if prev.stype == "DESC"
                              else genders.get(prev.speaker, gender)) in (gender, "")
        if gender and prev.stype == "PERSON" and " and " in prev.speaker:
            fits = False  # "A and B said ... He added": one of the two, not both (the subject or last named below)
        # where the previous speaker was last named: a piece that only inherited its speaker points back
        anchor = prev.start if prev.own or prev.anchor < 0 else prev.anchor
        if fits and (subject is None or subject.entity == prev.speaker or subject.start < anchor):
            if gender == "F" and prev.stype != "DESC" and prev.speaker not in _genders(ctx):
                # "she" after a speaker of unknown sex, when a person the text marks as a woman spoke just
                # before ("Ann Lee, the actress, said ... Tom Reed said ... she added"): that woman (not for
                # "he": the unmarked are mostly men in news text, and "chairman" marks little)
                marked = _last_marked(ctx, prev, at, gender, types)
                if marked:
                    return marked
            return prev.speaker
    if subject is not None:
        return subject.entity
    return last.entity if last is not None else ""


_COORDINATE = re.compile(r"[,;:()]|\s[-–—]\s|\b(?:but|and|or|while|whereas|although|though|yet|because|so)\b")


def _matrix_subject(ctx: _Ctx, m: _Mention, types: tuple[str, ...], gender: str, genders: dict) -> _Mention:
    """The subject of the reporting verb whose clause holds *m* ("Mr Howard told the radio Mr Blair had
    refused ...": Mr Howard, not Mr Blair), when one comes before it in the same sentence; else *m*."""
    text = ctx.masked or ctx.text
    if _SENTENCE_END_AFTER.match(text, m.end) is not None:
        return m  # "..., said Mr Clarke.": the reporting clause itself
    line = text.rfind("\n", 0, m.start) + 1
    brk = _last_break_end(text, line, m.start)
    lo = brk if brk >= 0 else line
    for x in _mentions_in(ctx, lo, m.start):
        if x.type not in types or x.entity == m.entity or _inside_quote(ctx, x.start) \
                or gender and genders.get(x.entity, gender) != gender:
            continue
        # the sentence's own subject: only capitalised words, titles and connectives before it
        # (or a describing noun phrase: "Meanwhile team vice-captain Mark Boucher says ...")
        opening = [w.strip(".,;:") for w in _WORD.findall(text[lo:x.start])]
        if not all(not w or w[0].isupper() or w.lower() in _TITLES or w.lower() in _CONNECTIVES
                   or _describing(w.lower()) for w in opening):
            break
        between = text[x.end:m.start]
        verbs = [v for v in _verbs(between) if v.word not in ("according to", "as per", "citing", "in the words of")]
        if verbs and len(between) < 120 and _COORDINATE.search(between, verbs[-1].end()) is None \
                and _is_subject(ctx, x):
            return x  # (not '... claimed the race was his, but McIlroy is unfazed': a clause of its own)
        break
    return m


def _describing(word: str) -> bool:
    """A word of a noun phrase describing the person named after it ("team", "vice-captain", "veteran")."""
    return word in _DESCRIPTORS or word in _POSITIONS or word.rsplit("-", 1)[-1] in _DESCRIPTORS \
        or word.rsplit("-", 1)[-1] in _POSITIONS or word in ("team", "club", "party", "union", "squad")


def _last_marked(ctx: _Ctx, prev: _Piece, at: int, gender: str, types: tuple[str, ...]) -> str:
    """The last person of *gender* (by title or noun) named as a subject within 600 characters before *at*,
    other than the previous speaker; "" when none."""
    genders = _genders(ctx)
    i = bisect_left(ctx.starts, at) - 1
    while i >= 0 and ctx.mentions[i].start >= at - 600:
        m = ctx.mentions[i]
        i -= 1
        if m.type in types and m.entity != prev.speaker and genders.get(m.entity) == gender \
                and not _inside_quote(ctx, m.start) and _is_subject(ctx, m):
            return m.entity
    return ""


# (used by _is_subject) words of a noun phrase describing the person named after it
_DESCRIPTORS = _PERSON_HEADS | {
    "his", "her", "their", "its", "the", "former", "fellow", "veteran", "new", "rival", "colleague", "team-mate",
    "teammate", "partner", "friend", "co-star", "assistant", "senior", "top", "world", "olympic", "striker",
    "midfielder", "defender", "goalkeeper", "winger", "forward", "bowler", "batsman", "scrum-half", "fly-half",
    "lock", "prop", "full-back", "centre", "skipper", "boss", "chief", "rights", "campaigner", "activist",
    "expert", "critic", "industry", "analyst", "lawyer", "entrepreneur", "businessman", "businesswoman"}


_SUBORDINATORS = {"when", "while", "although", "though", "because", "since", "once", "as", "if", "until", "whenever"}
_OPENERS = {"in", "on", "at", "from", "with", "during", "after", "before", "writing", "speaking", "asked",
            "responding", "commenting", "later", "earlier", "meanwhile", "separately", "elsewhere"}
