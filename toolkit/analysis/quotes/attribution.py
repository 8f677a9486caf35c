"""A quotation's attribution: the reporting verb nearest the quote in its own sentence, and its subject.

The verb comes before the quote ("Ms Hewitt told the seminar: ...", "Iran announced that Israel must be
\\"punished\\"": ``_attribute_left``) or right after it ("..., said Jarre", "... he said":
``_attribute_right``). Its subject is read from the clause around the verb (asides such as ", says BT,",
relative clauses, participles, apposition, nominal speech such as "Jane Dowling's claim that ...") and
resolved by :mod:`.speakers`.

Input: the ``_Ctx``, the writer's words left or right of the quotation (:mod:`.marks`), the quotation's
offset and the previous piece. Output: ``((speaker, surface, type), verb)``, or None.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .marks import _Piece
from .people import _CALENDAR, _Ctx, _inside_quote, _mentions_in
from .referents import _OPENERS, _is_subject
from .roles import _DOC_NOUNS, _all_genders, _description_gender, _person_description, _sayer_description
from .speakers import (
    _BODY_NOUNS, _DOC_ISSUED, _PARTITIVES, _POSSESSOR, _SPOKES_PLURAL, _SPOKESPERSON_OF, _SUBJECT_ASIDE, _missed_name,
    _resolve_phrase,
)
from .verbs import (
    _JUDGING_VERBS, _MODALS, _ORG_NOUNS, _PRONOUNS, _SUBJECT_END, _VERB_FORM, _VERB_RE, _WORD, _Verb, _forms, _verbs,
)

_MESSAGE_NOUNS = {"message", "statement", "letter", "note", "notice", "e-mail", "email", "announcement", "release",
                  "warning", "post", "posting", "memo", "video", "recording", "tweet", "text"}
_PUT_OUT = frozenset({"posted", "tweeted", "written", "emailed", "e-mailed", "published", "released", "issued", "sent"})
# "<subject> issued a statement (through police):": a sayer who puts out a message that a colon introduces
_ISSUED_COLON = re.compile(r"(?:^|[.!?]\s+|\n\s*)([A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,5}?)\s+(?:(?:has|have|had|later|also)\s+)?"
                           r"(?:issued|released|posted|published|put\s+out|sent|shared)\s+(?:a|an|the|its|their|his|her)\s+"
                           r"(?:[\w-]+\s+){0,2}?(?:statement|message|appeal|note|letter|update|tribute|warning|response)\b"
                           r"[^.!?:\"“”]*:\s*$")
_FROM_BEFORE = re.compile(r"(?<!obtained )(?<!seen )(?<!reviewed )(?<!received )(?<!intercepted )(?<!verified )"
                          r"(?<!heard )\b(?:from|by)\s+(?:the\s+)?$", re.I)  # ("a recording obtained by the BBC": not its maker)


def _message_source(ctx: _Ctx, got: tuple, lo: int, hi: int):
    """For a described message ("a stark message", "a statement"), the named party it is from, written
    "from X" / "by X" in ``text[lo:hi]``: (entity, surface, type); None otherwise."""
    words = got[0].split()
    if not words or words[-1].lower() not in _MESSAGE_NOUNS:
        return None
    text = ctx.masked or ctx.text
    for m in _mentions_in(ctx, lo, hi):
        if m.type in ("PERSON", "ORG", "GPE") and _FROM_BEFORE.search(text, max(lo, m.start - 12), m.start):
            return m.entity, ctx.text[m.start:m.end], m.type
    return None


# a lower-case noun phrase right before a relative clause's comma ("the fans", "staff", "local residents")
_ANTECEDENT_MODIFIER = r"(?![a-z]+ed\s|(?:to|of|for|at|in|on|with|from|by|and|or|but|as)\s)[a-z][\w'’-]*\s+"
_PEOPLE_ANTECEDENT = re.compile(r"(?<![\w'’-])(?:(?:the|some|many|several|two|three)\s+(?:" + _ANTECEDENT_MODIFIER + r"){0,2}|"
                                r"(?:" + _ANTECEDENT_MODIFIER + r")?)(?:[a-z][\w'’-]*s|staff|people|police)$")
_RELATIVE_END = re.compile(r",\s*(?:who|whom|which)\s+((?:\w+\s+){0,2}?)\s*(?:(?:has|had|have|also|later|once)\s+)*$")
_NOUN_BEFORE = {"the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "new", "of", "this", "these",
                "those", "that", "such", "any", "no", "some", "many", "several", "further", "fresh", "recent",
                "earlier", "first", "last", "latest", "public", "official", "previous", "election", "campaign"}
_CATENATIVE = re.compile(r"\s(?:(?:went|goes|go|going|has gone|had gone)\s+on|continued|continues|was quick|were quick)\s+to\s*$",
                         re.I)
_RAISED = re.compile(r"\s(?:is|was|are|were)\s+(?:reported|said|understood|believed|thought|heard|alleged|known|claimed|"
                     r"rumoured|rumored)\s+to(?:\s+have)?\s*$")
_RELATIVE = re.compile(r",\s*(?:(?:many|some|most|all|several|both|none|each|one|two|three|half)\s+of\s+(?=whom|which))?"
                       r"(?:who|whom|which|whose)\b(?:[^,]|(?<=\d),(?=\d{3}))*(?:,|$)")  # ("a majority of 1,412")
# auxiliaries and adverbs between a subject and its verb ("Bush has labeled", "Acme has repeatedly called")
_AUX_TAIL = re.compile(r"(?:\s+(?:has|have|had|also|once|later|repeatedly|previously|recently|since|himself|herself|"
                       r"itself))*\s*$")


def _subject_in_relative(ctx: _Ctx, a: int, before: str) -> tuple[str, str, str] | None:
    """The subject of a reporting verb inside the relative clause it closes (", which ... are the countries President
    Bush has labeled "axis of evil"", ", whom Acme has called "x""): a person's or a body's name right before the
    verb (auxiliaries between), the relative word its object; None where no name stands there (", who said": the
    name the clause hangs on speaks, as the blanking below finds)."""
    last = None
    for last in _RELATIVE.finditer(before):
        pass
    if last is None or last.end() != len(before) or before[last.end() - 1:last.end()] == ",":
        return None  # (a clause closed by a comma before the verb is an aside, blanked below)
    tail = _AUX_TAIL.search(before, last.start())
    ms = [x for x in _mentions_in(ctx, a + last.start(), a + tail.start()) if not _inside_quote(ctx, x.start)]
    if not ms or ms[-1].end != a + tail.start() or ms[-1].type not in ("PERSON", "ORG"):
        return None
    x = ms[-1]
    return x.entity, ctx.text[x.start:x.end], x.type


_CLAUSE_CUT = re.compile(r"[;(]|\s[-–—]\s|,\s+and\s|\b(?:but|while|whereas|although|though|because|after|before|when|as)\b\s", re.I)
# the participle before a prepositional "as" ("working as", "known as", "employed as"), not the conjunction
_AS_OF_DESCRIBING = re.compile(r"\b(?:described|describes|dismissed|dismisses|rejected|rejects|branded|brands|labelled|"
                               r"labeled|labels|regarded|regards|hailed|hails|saw|sees|viewed|views|denounced|denounces)"
                               r"\s+(?:[\w'’-]+\s+){1,5}$")
_AS_AFTER_PARTICIPLE = re.compile(r"\b(?:[a-z]+ing|known|described|employed|hired|appointed|elected|named|billed|"
                                  r"recruited|signed|installed|chosen|regarded|dubbed|hailed|seen|qualified|trained)\s+$")
# "NAME, a description of them, <verb>": the name and its apposition (lower case, up to 12 words) before the verb
_APPOSITIVE_END = re.compile(r"([^,]*?[\w.'’)])\s*,\s*(?:[a-z][\w'’&.-]*|[0-9][\w-]*|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s)"
                             r"(?:\s+[^\s,]+){0,11}?\s*,\s*$")  # (", Tom Reed's agent,": a possessive name too)
# an opening adverbial before the subject and its comma: "Late last night,", "Earlier on Monday,", "In a statement,"
_ADVERBIAL_WORDS = frozenset({"late", "early", "later", "earlier", "last", "yesterday", "today", "tonight", "overnight",
                              "in", "on", "at", "during", "after", "before", "meanwhile", "separately", "however",
                              "afterwards", "shortly", "soon", "then", "now", "also"})
_DETERMINER_WORDS = frozenset({"the", "a", "an", "this", "its", "their"})
_ADVERBIAL_OPENING = re.compile(r"[A-Za-z]+(?:\s+[\w'’.-]+){0,6}?\s*,\s*")
_DASH_ASIDE = re.compile(r"\s[-–—]\s[^-–—]*?\s[-–—]\s")  # "Gerry Conlon - who was wrongly convicted - said"


_SPEECH_NOUNS = (r"(?:claims?|comments?|remarks?|descriptions?|warnings?|assertions?|suggestions?|allegations?|"
                 r"accusations?|statements?|words|criticism|insistence|arguments?|verdict|predictions?|promises?|pledges?)")
# "Jane Dowling's claim that the plan was", "Jane Dowling's description of the plan as": her words
# ("Mr Reed's claim the press was": a noun that takes a clause, its "that" left out)
_OWNED_SPEECH = re.compile(r"['’]s?\s+(?:[a-z-]+\s+)?(?:" + _SPEECH_NOUNS + r"\s+(?:that|of|about|on)\b|"
                           r"(?:claims?|allegations?|assertions?|suggestions?|warnings?)\s+"
                           r"(?=(?:the|a|an|his|her|its|their|it|he|she|they|we|this|these)\s))[^.;:!?\"“”]*$")
# "Campaigners' claims that the plan was", "the unions' warning that": a plural possessor without a name (group 1) and
# its noun of speech (group 2) with its clause running up to the quotation
_PLURAL_OWNED_SPEECH = re.compile(r"(?<![\w'’-])((?:[Tt]he\s+)?(?:[a-z][\w-]*\s+)?[A-Za-z][\w-]*s)['’]\s+(?:[a-z-]+\s+)?("
                                  + _SPEECH_NOUNS + r")\s+(?:that|about|of|on)\b[^.;:!?\"“”]*$")
# "claims by Jane Dowling that the plan was": hers too
_SPEECH_BY = re.compile(r"\b" + _SPEECH_NOUNS + r"\s+(?:made\s+)?(?:by|from)\s+(?=[A-Z])")
_SPEECH_BY_END = re.compile(r"\s+(?:that|of|about)\b[^.;:!?\"“”]*$")


# 'denied accusations that aid is "wasted"', 'hit back at claims that she had "lied"', 'dismissed suggestions that the
# club was "in crisis"': claims someone denies, a "that" clause after them running up to the quotation (no stop, no
# mark); group 1 the claims as written, group 2 their noun
_DENIED_CLAIMS = re.compile(
    r"\b(?:den(?:y|ies|ied|ying)|reject(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|refut(?:e|es|ed|ing)|rebut(?:s|ted|ting)?|"
    r"rubbish(?:es|ed|ing)?|disput(?:e|es|ed|ing)|(?:hit|hits|hitting)\s+back\s+at|laugh(?:s|ed|ing)?\s+off|"
    r"brush(?:es|ed|ing)?\s+(?:off|aside))\s+"
    r"((?:the\s+|these\s+|those\s+|such\s+|an?\s+)?(?:[a-z][\w-]*\s+)?"
    r"(claims?|accusations?|allegations?|suggestions?|reports?|rumou?rs?|speculation|charges?|assertions?))\s+that\s"
    r"[^.;:!?\"“”]*$")


def _owned_speech(ctx: _Ctx, a: int, left: str):
    """The person or body whose nominal speech runs up to the quotation ("Jane Dowling's claim that ...",
    "claims by Jane Dowling that ..."): ((entity, surface, type), where the phrase starts in *left*); None
    when there is none."""
    found = None
    own = _OWNED_SPEECH.search(left)
    if own is not None:
        for m in _mentions_in(ctx, a, a + own.start()):
            if m.end == a + own.start() and m.type in ("PERSON", "ORG") and not _inside_quote(ctx, m.start):
                found = ((m.entity, ctx.text[m.start:m.end], m.type), m.start - a)
    for by in _SPEECH_BY.finditer(left):
        i = bisect_left(ctx.starts, a + by.end())
        if i < len(ctx.mentions) and ctx.mentions[i].start == a + by.end() and ctx.mentions[i].type in ("PERSON", "ORG"):
            m = ctx.mentions[i]
            if _SPEECH_BY_END.match(left, m.end - a) is not None and (found is None or by.start() > found[1]):
                found = ((m.entity, ctx.text[m.start:m.end], m.type), by.start())
    return found


def _attribute_left(ctx: _Ctx, a: int, left: str, at: int, prev: _Piece | None):
    """Speaker and verb from the writer's words before the quote: the nearest reporting verb whose subject
    resolves ("Foreign Secretary Jack Straw said he had ... Mr Campbell, who he described as "x"" walks back
    to "said" when "who he" does not resolve)."""
    owned = _owned_speech(ctx, a, left) if "'" in left or "’" in left or " by " in left or " from " in left else None
    denied = _DENIED_CLAIMS.search(left) if owned is None and " that " in left else None
    if denied is not None and not any(v.start() >= denied.end(2) for v in _verbs(left)):
        # 'MPs denied accusations that aid cash is "wasted"', 'He hit back at claims that he "lied"': the words
        # are the claims' (no one named: the claims themselves), not those of whoever denies them
        return (" ".join(denied.group(1).split()), denied.group(1), "DESC"), ""
    plural = _PLURAL_OWNED_SPEECH.search(left) if owned is None and ("s'" in left or "s’" in left) else None
    if plural is not None and not any(v.start() >= plural.end(2) for v in _verbs(left)):
        # "Campaigners' claims that the plan is "reckless"", "the unions' warning that ...": the owners' words (no
        # verb: the noun of speech is none)
        got = _resolve_phrase(ctx, a + plural.start(1), a + plural.end(1), inverted=False, at=at, prev=prev)
        if got and got[0]:
            return got, ""
    for v in reversed(_verbs(left)):
        if owned is not None and v.start() <= owned[1]:
            # "Mr Carr dismissed Jane Dowling's claim that ...": the claim, nearer the quotation, is hers
            return owned[0], ""
        got = _left_verb(ctx, a, left, v, at, prev)
        if got:
            return got
    if owned is not None:
        return owned[0], ""
    m = _NOMINAL.search(left) if "that" in left.lower() else None  # "comments in a major Chinese newspaper that the ..."
    # (the pattern needs "that": most contexts have none, and a long one costs the search dear)
    if m:
        got = _resolve_phrase(ctx, a + m.start(2), a + m.end(2), inverted=True, at=at, prev=prev)
        if got:
            return got, ""
    if left.rstrip().endswith(("read:", "reads:")):
        got = _document_read(ctx, a, left)
        if got is not None:
            return got, "read" if left.rstrip().endswith("read:") else "reads"
    if left.rstrip().endswith(":"):
        # "Tory leader Michael Howard disagreed: "..."", "He was adamant: "..."": the subject introduces it
        ms = [x for x in _mentions_in(ctx, a, a + len(left)) if not _inside_quote(ctx, x.start)]
        subjects = [x for x in ms[:3] if x.type in ("PERSON", "ORG") and _is_subject(ctx, x)]
        subject = next((x for x in subjects if x.type == "PERSON"), subjects[0] if subjects else None)
        if subject is not None:  # ("Tory leader Michael Howard": the person, not the party naming his role)
            return (subject.entity, ctx.text[subject.start:subject.end], subject.type), ""
        people = [x for x in ms if x.type == "PERSON"]
        if len(people) == 1 and not ctx.text[people[0].end:a + len(left.rstrip()) - 1].strip(" ,") \
                and not _verbs(left):
            # "The decision angered union leader Tom Reed: "...": the one person, named right before the colon
            x = people[0]
            return (x.entity, ctx.text[x.start:x.end], x.type), ""
        issued = _ISSUED_COLON.search(left)
        if issued is not None:
            # "The family issued a statement through police:", "Police issued an appeal:": whoever put the words
            # out introduces them (a description as well as a name)
            got = _resolve_phrase(ctx, a + issued.start(1), a + issued.end(1), inverted=False, at=at, prev=prev)
            if got and got[0]:
                return got, ""
        first = _WORD.search(left)
        if not ms and first is not None and first.group().lower() in ("he", "she", "they"):
            got = _resolve_phrase(ctx, a + first.start(), a + first.end(), inverted=False, at=at, prev=prev)
            if got and got[0]:
                return got, ""
    return None


# "The letter, signed by 40 MPs, read:", "It read:": a document's words; the document opens the clause
_READ_CLAUSE = re.compile(r"(?:^|[.!?]\s+|\n\s*)((?:[Tt]he|[Aa]n?|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s+(?:[a-z][\w-]*\s+){0,2}?"
                          r"([a-z][\w-]*)|[Ii]t)(?:\s+(?:on|in|at|from|outside|above|by)\s+[^.!?:,\"“”\n]{1,40}?)?"
                          r"(?:,[^.!?:\"“”\n]{1,80},)?\s+(?:read|reads)\s*:\s*$")
_DOC_MENTIONED = re.compile(r"\b(?:an?|the|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?(statement|letter|note|message|"
                            r"e-mail|email|memo|notice|post|tweet|text|sign|banner|placard|card|report|document|ruling|"
                            r"release|announcement|warning|caption|headline)\b", re.I)


def _document_read(ctx: _Ctx, a: int, left: str):
    """The document whose words follow "read:" ("The letter ... read:" -> "the letter"; "It read:" -> the document
    the sentence before names, "The club issued a statement. It read:" -> "the statement"): (desc, surface, DESC)."""
    found = _READ_CLAUSE.search(left)
    if found is None:
        return None
    if found.group(2) is not None:
        noun = found.group(2).lower()
        if noun not in _MESSAGE_NOUNS and noun not in _DOC_NOUNS and noun not in ("sign", "banner", "placard", "card",
                                                                                  "caption", "headline"):
            return None
        return f"the {noun}", found.group(1), "DESC"
    earlier = list(_DOC_MENTIONED.finditer(ctx.masked or ctx.text, max(0, a + found.start() - 300), a + found.start()))
    if not earlier:
        return None
    return f"the {earlier[-1].group(1).lower()}", found.group(1), "DESC"


_ASIDE = re.compile(r"\s*([^,:;\"“”.!?]{1,60})(?:,|[.!?]?\s*$)")  # ", says BT," / "..., said Mr Thomas."
# an aside naming a speaker is a noun phrase: "says BT", not "said the deal was done"
# "a report highlighting the", "a study showing": a determiner and up to two words, then a present participle
_DESCRIBED_BY_PARTICIPLE = re.compile(r"((?:a|an|the|one|another)\s+(?:[a-z][\w-]*\s+){0,1}[a-z][\w-]*)\s+[a-z]+ing\b")
# ", says a report warning", ", said the company, adding", ", says Tom Reed, adding": an inverted sayer, a participle
_INVERTED_SAYER_BEFORE = re.compile(r",\s+(?:says|said)\s+((?:a|an|the|one)\s+(?:[a-z][\w-]*\s+)?[a-z][\w-]*|"
                                    r"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:of\s+)?[A-Z][\w'’&.-]*){0,3})\s*,?\s+$")
_CLAUSE_WORDS = {"was", "were", "is", "are", "had", "has", "have", "would", "will", "could", "should", "that", "be"}
_LISTENER = {"told", "tells", "tell", "telling", "asked", "asks", "urged", "urges", "advised", "advises"}  # "told X": X listens
_PLAIN_SPEECH = {"said", "says", "added", "adds", "told", "tells", "continued", "insisted", "stated"}
_NOMINAL = re.compile(r"\b(comments?|remarks?|statements?|claims?|warnings?|words|assertions?|suggestions?)\s+"
                      r"(?:in|by|from|of)\s+([^,;:\"“”]{2,60}?)\s+that\b", re.I)


_AFTER_VERB_CUT = re.compile(r"[,:;]|\s[-–—]+\s")


def _after_verb(ctx: _Ctx, a: int, left: str, v, at: int, prev: _Piece | None):
    rest = left[v.end():]
    cut = _AFTER_VERB_CUT.search(rest)  # (a dash closes the phrase as a comma does: "in the words of X -- made")
    got = _resolve_phrase(ctx, a + v.end(), a + v.end() + (cut.start() if cut else len(rest)),
                          inverted=True, at=at, prev=prev)
    if got and got[2] == "DESC" and cut is not None and rest[cut.start()] == ",":
        # "According to its maker, Ostra Pharma, the drug is ...", "according to the club's owner, Tom Reed,": the
        # name in apposition to the description
        named = _appositive_person(ctx, a + v.end() + cut.start(), bodies=not _sayer_description(got[0]))
        if named is not None and _BODY_APPOSED_END.match(ctx.text, ctx.text.find(named[1], a + v.end()) + len(named[1])):
            return named  # (closed by a comma or a stop: not "According to a spokesman, Tom Reed will resign")
    return got


_JUDGED_FOR = re.compile(r"\b(?:attack|criticis|criticiz|condemn|prais|blam|thank|accus|hail|slam|rebuk|mock|"
                         r"congratulat|applaud|fault|ridicul|chastis|scold|censur|sack|fine|fined|punish|suspend|ban)"
                         r"[a-z]*\s+((?:[A-Za-z][\w'’.-]*\s+){0,5}?[A-Za-z][\w'’.-]*)\s+(?:for|of|over)\s+$")
# words that open the rest of a quoted sentence written outside its marks ('"..." in Asia, the firm said')
_RUN_ON_OPENERS = frozenset({"in", "on", "at", "for", "of", "to", "with", "about", "unless", "if", "when", "because",
                             "until", "after", "before", "from", "by", "over", "across", "since", "while", "than",
                             "into", "among", "between", "against", "without", "within", "during"})
_NOT_INFINITIVE = re.compile(r"[A-Z]|(?:the|a|an|his|her|its|their)$")  # "to Pakistan", "to the region"
# the end of a name before its verb and a free relative: "Mr Peres denouncing what", "Novak, who condemned what"
_WHAT_OWNER = re.compile(r"(?:,\s+who)?\s+(?:also\s+|then\s+|later\s+)?[a-z]+(?:ed|ing|s)\s+$")
_PRONOUN_SEX = {"he": "M", "she": "F"}
_WHAT_SUBJECT = re.compile(r"\bwhat\s+((?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+)\s+(?:(?:is|are|was|were|has|have|had)\s+(?:been\s+)?)?$")
_PAREN_ASIDE = re.compile(r"\([^()]{0,80}\)")
# "what the minister, Ann Lee, " before the verb: the relative's subject, then a name in apposition to it
_WHAT_APPOSED = re.compile(r"\bwhat\s+((?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+),\s+((?:[\w'’&.-]+\s+){0,3}?[\w'’&.-]+),\s+"
                           r"(?:(?:has|have|had)\s+)?$")
# the second subject of an absolute "with" clause: "with each side accusing the other and the UN mediator warning"
_WITH_AND_SUBJECT = re.compile(r"(?:^|[\s,(])[Ww]ith\s+[^;:,\"“”]{1,100}?\s+and\s+((?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s*$")
_WITH_SUBJECT = re.compile(r"(?:^|[\s,(])[Ww]ith\s+((?:[\w'’.&-]+\s+){0,5}?[\w'’.&-]+)\s*$")
# a wire dateline: a place in capitals, its state or date, the agency in brackets, a dash ("MILLBROOK, Ohio (AP) — ")
_DATELINE = re.compile(r"\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)*(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+){0,2})?\s*"
                       r"(?:\([A-Za-z][\w .-]*\)\s*)?(?:-{1,2}|–|—)\s+")
# "Acme chief executive ", "Opec's president ", "Veloria's foreign minister, " (the name in apposition after it)
_ROLE_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*,?\s+")
_NORP_TITLE_GAP = re.compile(r"\s+(?:[\w'’.-]+\s+){1,3}")  # "German| Chancellor |Anna Weber": a title between
_PASSIVE_BY = re.compile(r"\s+by\s")
_NO_OBJECT = re.compile(r"\s+(?:as\s+)?(?:(?:a|an|the)\s+)?")  # (nothing between a verb and the marks but "as" and an article)
_REFUSED_TO = re.compile(r"\b(?:refused|refuses|refusing|declined|declines|declining)\s+to\s+$")
# "... was hailed by X as ": the agent, then "as" right before the quotation
# "X quoted Y as saying": Y, the one quoted (an object of up to 80 characters before "as")
# (not the passive "was quoted by army radio as saying": the one quoted is its subject)
_QUOTED_AS = re.compile(r"(?<!\bwas )(?<!\bwere )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bbeing )"
                        r"\b(?:quoted|quotes|quoting|cited|cites|reported|reports)\s+(?!by\s)([^,;:\"“”.!?]{2,80}?"
                        # ("quoted the Kremlin spokesman, Yuri Markov, as saying": a name in apposition)
                        r"(?:,\s*[^,;:\"“”.!?]{2,60},)?)\s+as\s+$")
# "recalls her mother saying", "heard the gunman say": the object of a verb of memory or hearing, up to the verb
_HEARD_SAYING = re.compile(r"\b(?:recalls?|recalled|recalling|remembers?|remembered|remembering|heard|hears?|overheard)\s+"
                           r"((?:(?:his|her|their|my|our|the|a|an|one)\s+)?(?:[\w'’.-]+\s+){0,2}?[\w'’.-]+)\s+$")
# ("were told by the manager, Dean Holt, that": the agent may have a name in apposition)
_BY_AGENT_END = re.compile(r"\s+by\s+([^,;:\"“”.!?]{2,60}?(?:,\s+[A-Z][^,;:\"“”.!?]{1,40}?)?)\s*(?:[:,]\s*|,?\s+that\s+(?:[^\s\"“”:;,]+\s+){1,6})?$")
_BY_AGENT_AS = re.compile(r"\s+by\s+([^,;:\"“”.!?]{2,80}?)\s+as\s*$")
# A wh-word and a pronoun right before a verb: the verb is inside a free relative or an indirect question ("who they
# say they are", "how he says it"); with words after it before the quotation, it introduces nothing.
_WH_SUBJECT_END = re.compile(r"\b(?:who|how|where|why|whoever|whatever)\s+(?:he|she|they|we|I|you|it|people)\s+$", re.I)
_LETTER = re.compile(r"[A-Za-z]")


_ROLE_AFTER_NAME = re.compile(r"\s+([a-z][\w-]*)(?:\s+([a-z][\w-]*))?")  # "(Lib Dem) leader", "(Acme) chief executive"
_CONTRAST_OPEN = re.compile(r",\s+(?:but|although|though|while|whereas|yet)\s+(?:the\s+|(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+)?")
_CONTRAST_VERB = re.compile(r"\s+(?:(?:has|have|had|also|later|then)\s+)*[a-z][a-z]+(?:\s+[a-z][\w-]*){0,3}\s*,\s*$")


def _contrast_subject(ctx: _Ctx, a: int, head: str) -> _Mention | None:
    """The person or body named as the subject of a last contrasting clause before a participle (", although Mr Reed
    disagreed, (saying)", ", but the union hit back, (saying)": a name right after the conjunction, then its verb
    and the comma); None otherwise."""
    last = None
    for last in _CONTRAST_OPEN.finditer(head):
        pass
    if last is None:
        return None
    ms = [x for x in _mentions_in(ctx, a + last.end(), a + len(head)) if not _inside_quote(ctx, x.start)]
    if not ms or ms[0].start != a + last.end() or ms[0].type not in ("PERSON", "ORG"):
        return None
    if _CONTRAST_VERB.fullmatch(head, ms[0].end - a) is None:
        return None
    return ms[0]


def _left_verb(ctx: _Ctx, a: int, left: str, v, at: int, prev: _Piece | None):
    vtext = v.group(0).lower()
    if vtext in ("according to", "citing", "as per", "in the words of"):
        got = _after_verb(ctx, a, left, v, at, prev)
        return (got, vtext) if got else None
    before = left[: v.start()]
    if vtext.endswith("ing") and before.endswith(("for ", "of ", "over ")):
        # "Mr Carr attacked Jane Dowling for describing it as ...": the one judged for saying it said it
        judged = _JUDGED_FOR.search(before)
        if judged is not None:
            for m in _mentions_in(ctx, a + judged.start(1), a + judged.end(1)):
                if m.end == a + judged.end(1) and m.type in ("PERSON", "ORG") and not _inside_quote(ctx, m.start):
                    return (m.entity, ctx.text[m.start:m.end], m.type), vtext
    words_before = before.split()
    prior = words_before[-1].lower() if words_before else ""
    if prior in _NOUN_BEFORE and not (prior in ("official", "campaign", "public") and vtext in _PLAIN_SPEECH) or prior.endswith(("'s", "’s")) and not _named_possessive(ctx, a + len(before.rstrip())) \
            or prior[:1].isdigit() and not prior.endswith(",") \
            and not prior.endswith("-old"):  # ("the 24-year-old said" is a person speaking)
        return None  # "six new pledges", "the report": a noun, not a verb ("Mr Reed, 54, said" is a verb)
    if prior in _MESSAGE_NOUNS and vtext in _PUT_OUT:
        return None  # "said in a statement posted on its website:", "a letter written to MPs": a participle, no sayer
    if _REFUSED_TO.search(before) is not None:
        return None  # "The official refused to say what ...": a verb of words not said reports none
    if vtext.endswith("ed") and _PASSIVE_BY.match(left, v.end()):
        agent = _BY_AGENT_AS.match(left, v.end())
        if agent is not None:
            # 'The speech was hailed by UN envoy Peter Novak as "a turning point"': the agent's words
            # (a description that can speak too: 'was attacked by teachers' leaders as "unworkable"')
            got = _resolve_phrase(ctx, a + agent.start(1), a + agent.end(1), inverted=True, at=at, prev=prev)
            if got and got[0] and (got[2] != "DESC" or vtext in _CHARACTERISED and _agent_description(got[0])):
                return got, vtext
        return None  # "His sentence, criticised by X, comes ...": a participle; its subject said nothing
    if before.rstrip().endswith(",") and vtext in _CHARACTERISED and _NO_OBJECT.fullmatch(left, v.end()) is not None \
            and _WHAT_APPOSED.search(before) is None:
        return None  # 'The film, hailed as "a masterpiece" when it opened,': a passive participle; its subject is the
        # thing characterised, no sayer (_passive_agent reads an agent after the marks)
    if prior in ("was", "were", "been", "being", "is", "are", "be") and vtext in ("told", "informed", "assured", "warned") \
            and _PASSIVE_BY.match(left, v.end()):
        agent = _BY_AGENT_END.match(left, v.end())
        if agent is not None:
            # 'Reporters were told by a police spokesman: "..."', 'MPs were told by the minister that it was "..."':
            # the agent of the passive speaks
            got = _resolve_phrase(ctx, a + agent.start(1), a + agent.end(1), inverted=True, at=at, prev=prev)
            if got and got[0]:
                return got, vtext
    if prior in ("was", "were", "been", "being", "is", "are", "be") and vtext.endswith(("ed", "told", "said")):
        return None  # "she was told": the speaker is someone else
    aside = _ASIDE.match(left[v.end():])
    if before.rstrip().endswith(",") and aside and len(aside.group(1).split()) <= 6 and vtext not in _LISTENER \
            and (aside.group(0).rstrip().endswith(",") or vtext in _PLAIN_SPEECH) \
            and not {w.lower() for w in aside.group(1).split()} & _CLAUSE_WORDS:
        # (an object running up to the quotation is no aside: "X, which ..., described his sentence as "harsh"")
        # "The idea, says BT, is ...": the speaker is the aside after the verb
        lo, hi = a + v.end() + aside.start(1), a + v.end() + aside.end(1)
        participle = _DESCRIBED_BY_PARTICIPLE.match(aside.group(1))
        if participle is not None:
            hi = lo + participle.end(1)  # "..., says a report highlighting the": the noun the participle describes
        got = _resolve_phrase(ctx, lo, hi, inverted=True, at=at, prev=prev)
        if got and (got[2] != "DESC" if participle is None else got[2] == "DESC" and (
                got[0].split()[-1].lower() in _DOC_NOUNS or _sayer_description(got[0]))):
            return got, vtext
    what = _WHAT_SUBJECT.search(before) if "what" in before else None
    pron = what.group(1).strip().lower() if what is not None else ""
    if pron in ("he", "she", "it"):
        # "with Mr Peres denouncing what he called ...", "Peter Novak, who condemned what he called ...", "Acme
        # criticised what it called ...": the pronoun is the one whose verb the free relative is the object of
        owner = _WHAT_OWNER.search(before, max(0, what.start() - 40), what.start())
        ms = _mentions_in(ctx, a + max(0, what.start() - 80), a + owner.start()) if owner is not None else []
        x = ms[-1] if ms else None
        if x is not None and x.end == a + owner.start() and not _inside_quote(ctx, x.start) and (
                pron == "it" and x.type in ("ORG", "GPE")
                or pron != "it" and x.type == "PERSON"
                and _all_genders(ctx).get(x.entity, _PRONOUN_SEX[pron]) == _PRONOUN_SEX[pron]):
            return (x.entity, ctx.text[x.start:x.end], x.type), vtext
        if owner is not None and pron != "it" and (x is None or x.end != a + owner.start()):
            # "The minister attacked what she described as ...": the described subject of that verb
            cuts = list(_CLAUSE_CUT.finditer(before, 0, owner.start()))
            lo = cuts[-1].end() if cuts else 0
            got = _resolve_phrase(ctx, a + lo, a + owner.start(), inverted=False, at=at, prev=prev) \
                if before[lo:owner.start()].strip() else None
            if got and got[0] and got[2] in ("PERSON", "DESC") and (got[2] == "PERSON" or _sayer_description(got[0])
                                                                     and _description_gender(got[0]) in (_PRONOUN_SEX[pron], "")):
                return got, vtext
    if what is None and "what" in before and before.rstrip().endswith(","):
        apposed = _WHAT_APPOSED.search(before)
        if apposed is not None:
            # "In what the minister, Ann Lee, called ...": the name in apposition to the relative's subject
            ms = _mentions_in(ctx, a + apposed.start(2), a + apposed.end(2))
            if ms and (ms[-1].start, ms[-1].end) == (a + apposed.start(2), a + apposed.end(2)) \
                    and ms[-1].type in ("PERSON", "ORG"):
                return (ms[-1].entity, ctx.text[ms[-1].start:ms[-1].end], ms[-1].type), vtext
    if what is not None:
        # "in what producers are calling ...", "what the Tories call ...": the free relative's own subject
        got = _resolve_phrase(ctx, a + what.start(1), a + what.end(1), inverted=False, at=at, prev=prev)
        if got and got[0]:
            return got, vtext
    if _WH_SUBJECT_END.search(before) is not None and _LETTER.search(left, v.end()) is not None:
        return None  # "to check a person is who they say they are": a verb inside a wh-clause reports no one's words
    heard = _HEARD_DOING.search(before) if vtext.endswith("ing") and "who" in before else None
    if heard is not None:
        # "detainees, who throughout the night were thought to be chanting", "fans, who were heard shouting": the
        # people the relative clause hangs on (a name ending there, else a plural noun)
        ms = [x for x in _mentions_in(ctx, a, a + heard.start()) if x.end == a + heard.start()]
        if ms:
            return (ms[-1].entity, ctx.text[ms[-1].start:ms[-1].end], ms[-1].type), vtext
        noun = heard.group(1)
        if noun[:1].islower() and noun.endswith("s") and not noun.endswith("ss") and noun not in _NOT_PLURAL_NOUNS:
            return (noun, noun, "DESC"), vtext
        return None
    rel = _RELATIVE_END.search(before)
    if rel is not None:
        # the verb is inside a relative clause: "Mr Campbell, who he described as": its own subject ("he"),
        # else ("who said") the name the clause hangs on
        inner = rel.group(1)
        if inner.strip():
            got = _resolve_phrase(ctx, a + rel.start(1), a + rel.end(1), inverted=False, at=at, prev=prev)
        else:
            ms = _mentions_in(ctx, a, a + rel.start())
            got = (ms[-1].entity, ctx.text[ms[-1].start:ms[-1].end], ms[-1].type) if ms else None
            antecedent = _PEOPLE_ANTECEDENT.search(before, 0, rel.start())
            if antecedent is not None and (not ms or ms[-1].end <= a + antecedent.start()):
                # "Tom Reed praised the fans, who described the win as ...": the people the clause hangs on, described,
                # not the last name before them
                desc = _resolve_phrase(ctx, a + antecedent.start(), a + antecedent.end(), inverted=False, at=at,
                                       prev=prev)
                got = desc if desc and desc[0] and desc[2] == "DESC" and _agent_description(desc[0]) else None
        return (got, vtext) if got else None
    # "He went on to say:", "she continued to insist": the subject is before the chain (blanked, offsets kept)
    # (its match ends in "to" and spaces; "who", "which" or "whose" opens every relative clause: the searches only then)
    chain = _CATENATIVE.search(before) if before.rstrip()[-2:] in ("to", "To", "tO", "TO") else None
    if chain is None and before.rstrip().endswith(("to", "have")) and " to" in before:
        # "The minister is reported to have said:", "The referee was heard to say:": the subject before the raising verb
        chain = _RAISED.search(before)
    if chain is not None:
        before = before[:chain.start()] + " " * (len(before) - chain.start())
    # subject: the clause before the verb (relative clauses ", who ...," blanked)
    relative = "wh" in before
    if relative and (inner := _subject_in_relative(ctx, a, before)) is not None:
        return inner, vtext
    head = _DASH_ASIDE.sub(lambda m: " " * len(m.group(0)),
                           _RELATIVE.sub(lambda m: " " * len(m.group(0)), before) if relative else before)
    if "(" in head:  # "A spokesman for the Summit (WSIS), which ..., told": a bracketed aside is no clause break
        head = _PAREN_ASIDE.sub(lambda m: " " * len(m.group(0)), head)
    court = _COURT_HEARD.search(head) if "heard" in head or "told" in head or "hears" in head else None
    if court is not None and not _WORD.search(head, court.end()):
        court = None
    heard = _HEARD_SAYING.search(before) if vtext in ("saying", "say", "telling", "tell") else None
    if heard is not None:
        # "She recalls her mother saying: ...", "Witnesses heard the gunman shout ...", "I remember him telling me":
        # the one remembered or heard saying it speaks (not the subject who remembers)
        got = _resolve_phrase(ctx, a + heard.start(1), a + heard.end(1), inverted=True, at=at, prev=prev)
        if got and got[0]:
            return got, vtext
    relayed = _QUOTED_AS.search(before) if vtext == "saying" and "as" in before else None
    if relayed is not None:
        # "The Saudi Press Agency quoted Prince Sultan as saying: ...": the one quoted speaks, the agency relays
        got = _resolve_phrase(ctx, a + relayed.start(1), a + relayed.end(1), inverted=True, at=at, prev=prev)
        if got and got[0]:
            return got, vtext
    if vtext.endswith("ing") and ("says " in before or "said " in before):
        inverted = _INVERTED_SAYER_BEFORE.search(before)
        if inverted is not None:
            # "..., says a report warning of "a lethal gap"": the participle describes the inverted sayer before it
            got = _resolve_phrase(ctx, a + inverted.start(1), a + inverted.end(1), inverted=True, at=at, prev=prev)
            if got and got[0] and (got[2] in ("PERSON", "ORG") or got[2] == "DESC" and (
                    got[0].split()[-1].lower() in _DOC_NOUNS or got[0].split()[-1].lower() in _ORG_NOUNS
                    or _sayer_description(got[0]))):
                return got, vtext
    if vtext.endswith("ing"):
        # "He warned his supporters, saying: ...": a participle takes the subject of its sentence (of the clause
        # a court heard: "The court heard Pike sent a text saying")
        # (a wire dateline opening the story is no subject: "WASHINGTON (Reuters) - The Fed held rates, saying")
        dateline = _DATELINE.match(head) if court is None else None
        first = _WORD.search(head, court.end() if court is not None else dateline.end() if dateline is not None else 0)
        if first is None:
            return None
        absolute = _WITH_SUBJECT.search(head) or _WITH_AND_SUBJECT.search(head) if "with" in head or "With" in head else None
        if absolute is not None:
            # "..., with one reviewer dismissing it as ...": the participle's own subject, after "with"
            got = _resolve_phrase(ctx, a + absolute.start(1), a + absolute.end(1), inverted=False, at=at, prev=prev)
            if got and got[0]:
                return got, vtext
        contrast = _contrast_subject(ctx, a, head)
        if contrast is not None:
            # "Mrs Reed said the marriage had failed, although Mr Reed disagreed, saying ...": the participle goes
            # with the clause just before it, whose subject is named after "although", "but", "while"
            got = _resolve_phrase(ctx, contrast.start, contrast.end, inverted=False, at=at, prev=prev)
            if got and got[0]:
                return got, vtext
        ms = _mentions_in(ctx, a + first.start(), a + len(head))
        adverbial = _ADVERBIAL_OPENING.match(head, first.start()) if first.group(0).lower() in _ADVERBIAL_WORDS else None
        if adverbial is not None and _WORD.search(head, adverbial.end()) is not None \
                and not any(x.start < a + adverbial.end() and x.type in ("PERSON", "ORG") for x in ms):
            # "Late last night, Mr Macron sought to ..., saying", "On Monday, the firm hit back, saying": the subject
            # after the opening adverbial and its comma (no one named in it)
            first = _WORD.search(head, adverbial.end())
            ms = [x for x in ms if x.start >= a + first.start()]
        opening = head[first.start():ms[0].start - a].strip() if ms else "-"
        # ("The Bank of England kept rates on hold, saying": the body after "The", when no person is named there)
        lead = ms[0] if opening == "" or opening in ("The", "the") and all(x.type != "PERSON" for x in ms) else None
        if lead is not None and lead.type != "PERSON" and len(ms) > 1 and ms[1].type == "PERSON" \
                and _ROLE_GAP.fullmatch(ctx.text, lead.end, ms[1].start) is not None:
            lead = ms[1]  # "Commission president Jose Barrales has urged ..., warning": the person, not his body
        if lead is not None and lead.type == "NORP" and len(ms) > 1 and ms[1].type == "PERSON" \
                and _NORP_TITLE_GAP.fullmatch(ctx.text, lead.end, ms[1].start) is not None:
            lead = ms[1]  # "German Chancellor Anna Weber had backed it, condemning ...": the person, not the adjective
        role = _ROLE_AFTER_NAME.match(ctx.text, lead.end, a + len(head)) \
            if lead is not None and lead.type in ("ORG", "GPE", "NORP") else None
        role_end = -1
        if role is not None:
            for k in (2, 1):
                if role.group(k) and (_person_description(f"the {role.group(k)}")
                                      or _sayer_description(f"the {role.group(k)}")):
                    role_end = role.end(k)
                    break
        if role_end > 0:
            # "The Lib Dem leader will close his address by saying", "The Acme chief executive hit back, saying": the name
            # modifies a person's noun, the person (or its description) speaks, not the body
            got = _resolve_phrase(ctx, a + first.start(), role_end, inverted=False, at=at, prev=prev)
        elif lead is not None:
            # ("Reid's campaign hit back, saying": the campaign, the name's possessor phrase with it)
            own = _POSSESSOR.match(ctx.text, lead.end, a + len(head)) if lead.type in ("PERSON", "ORG") else None
            got = _resolve_phrase(ctx, lead.start, own.end() if own is not None else lead.end, inverted=False, at=at,
                                  prev=prev)
        else:
            stop = _SUBJECT_END.search(head, first.start())
            while stop is not None and (stop.group(0)[:1] == " " and head[first.start():stop.start()].split()[-1:]
                                        and head[first.start():stop.start()].split()[-1].lower() in _DETERMINER_WORDS
                                        or stop.group(0) == "," and head[stop.start() - 1:stop.start()].isdigit()
                                        and head[stop.end():stop.end() + 1].isdigit()):
                # "The state argued": after a determiner a noun, no verb; "about 2,000 protesters": a number's comma
                stop = _SUBJECT_END.search(head, stop.end())
            hi = stop.start() if stop else len(head)
            finite = _PAST_VERB.search(head, first.end(), hi + 1)  # (the space after the verb may be where it stops)
            if finite is not None and finite.group(1) not in _NOT_PAST:
                # "Thousands of protesters marched through the city chanting": the subject ends at its verb (not
                # "the city", the last noun before the participle)
                hi = finite.start()
            got = _resolve_phrase(ctx, a + first.start(), a + hi, inverted=False, at=at, prev=prev)
            if got and got[2] == "DESC":
                # "A message on the site from the MPAA warning ...": whoever the message is from
                got = _message_source(ctx, got, a + first.start(), a + len(head)) or got
        return (got, vtext) if got else None
    if _DOC_ISSUED.match(head) is not None and not _verbs(head):
        # "A statement issued after a meeting chaired by X called for": the document opening the sentence is the
        # subject ("after" opens no clause of its own there)
        got = _resolve_phrase(ctx, a, a + v.start(), inverted=False, at=at, prev=prev)
        if got and got[2] == "DESC":
            return got, vtext
    # ("Chris Pedley, working as a pundit for local radio, said": "as" after a participle is a preposition, no clause)
    cuts = [c for c in _CLAUSE_CUT.finditer(head) if c.group().lower().strip() != "as"
            or not _AS_AFTER_PARTICIPLE.search(head, max(0, c.start() - 30), c.start())
            # ("Ann Lee described it as a huge office and said": the "as" of a verb describing its object, no clause,
            # when a second verb of the same subject follows after "and")
            and not (_AND_END.search(head) and _AS_OF_DESCRIBING.search(head, max(0, c.start() - 60), c.start()))]
    lo = cuts[-1].end() if cuts else 0
    sub = _SUBORDINATE_OPENING.match(head)
    if sub is not None and sub.end() > lo and _WORD.search(head, sub.end()) is not None:
        lo = sub.end()  # "While Ms Patel welcomed the move, Rob Hinds said": the main clause after the comma speaks
    gov = None  # the reporting verb whose complement clause the verb's clause opens inside, when one is
    if " that " in head[lo:]:
        # "The paper reported that a source close to him said that he ...": the verb's subject opens the
        # complement clause of an earlier reporting verb ("reported that"), not the sentence
        base = lo
        for inner in _verbs(head[base:]):
            that = _THAT_AFTER.match(head, base + inner.end())
            prior_word = head[base:base + inner.start()].split()[-1:]
            if that is not None and head[that.end():].strip() and prior_word \
                    and prior_word[0].lower() not in _NOUN_BEFORE and prior_word[0].lower() not in _HAVE:
                lo = that.end()  # (not a noun: "he had reports that", "the claims that")
                gov = _Verb(base + inner.start(), base + inner.end(), inner.group())
        # "The court heard that Dunn told a friend", "The inquiry found that Reed told staff": a hearing or finding
        # reports what someone else said; the sayer opens its "that" clause
        for heard in _HEARD_THAT.finditer(head, base):
            if heard.end() > lo and head[heard.end():].strip():
                lo = heard.end()
    if court is not None and court.end() > lo:
        lo = court.end()  # "The court heard Pike had said", "Jurors were told Pike shouted": the clause heard
    if head[lo:].count(" ") >= 3:
        base = lo
        for inner in _verbs(head[base:]):
            # "Tim, 16, alleged a staff member at the college told him": the complement of an earlier verb that takes
            # no listener, its "that" left out, opens with the later verb's own subject
            prior_word = head[base:base + inner.start()].split()[-1:]
            if inner.group() in _ZERO_THAT_VERBS and _ZERO_THAT_SUBJECT.match(head, base + inner.end()) is not None \
                    and prior_word and prior_word[0].lower() not in _NOUN_BEFORE and prior_word[0].lower() not in _HAVE:
                lo = base + inner.end()
                gov = _Verb(base + inner.start(), base + inner.end(), inner.group())
    seg = head[lo:]
    if not seg.strip() or _WORD.search(seg) is None:
        if head.strip():
            return None  # only a relative clause before the verb: let an earlier verb speak
        # the verb opens its clause ("..., adding: ") or follows a cut: look after the verb (inverted)
        got = _after_verb(ctx, a, left, v, at, prev)
        return (got, vtext) if got else None
    hi = v.start() if chain is None else chain.start()
    if gov is not None and vtext in _ADDED_SPEECH and _AND_END.search(before[lo:hi]) \
            and _CLAUSE_PUNCT.search(before, gov.end(), hi) is None:
        # "Tom Reed said the union's stance was "clear" and added it would ...": a second verb of speech after "and"
        # goes with the reporting verb whose complement stands between, not with the complement's own verb
        got = _left_verb(ctx, a, left, gov, at, prev)
        if got and got[0] and got[0][0]:
            return got[0], vtext
    if cuts and lo == cuts[-1].end() and cuts[-1].group().strip(" ,").lower() in ("and", "but") \
            and before[lo:hi].split() and all(w.lower() in _ELIDED_AUX for w in before[lo:hi].split()):
        # "Welsh farmers have drawn up a plan ..., but have accused the ministry of": the verb after
        # "but" shares the sentence's subject, before its first verb (no subject of its own)
        first_verb = _FIRST_VERB.search(before, 0, cuts[-1].start())
        if first_verb is not None and before[:first_verb.start()].strip():
            got = _resolve_phrase(ctx, a, a + first_verb.start(), inverted=False, at=at, prev=prev)
            if got and got[0]:
                return got, vtext
    if _AND_END.search(before[lo:hi]):
        # "Male MPs pretended to juggle ... and jeered": the verbs share the clause's subject, before the first
        first_verb = _FIRST_VERB.search(before, lo, hi)
        if first_verb is not None and before[lo:first_verb.start()].strip():
            got = _resolve_phrase(ctx, a + lo, a + first_verb.start(), inverted=False, at=at, prev=prev)
            if got:
                return got, vtext
    rel = _RELATIVE.search(before, lo) if relative else None
    if rel is not None and before[lo:rel.start()].strip():
        hi = rel.start()  # "X, who worked with Y, said": the subject is X
    elif " -" in before or "–" in before or "—" in before:
        dash = _DASH_ASIDE.search(before, lo, hi)
        if dash is not None and before[lo:dash.start()].strip() and not before[dash.end():hi].strip():
            hi = dash.start()  # "X - who was sacked by Y - said": the subject is X, as with commas
    # (it ends with a comma and spaces: most subjects have none there, and the search costs a scan from every position)
    appos = _APPOSITIVE_END.search(before, lo, hi) if before[lo:hi].rstrip().endswith(",") else None
    if appos is not None:
        # "Mike McGuire, a research director at Gartner, told": the name, not a name inside its description
        ms = _mentions_in(ctx, a + appos.start(1), a + appos.end(1))
        post = before[appos.start(1):appos.end(1)].lstrip()
        if ms and ms[-1].type == "ORG" and post[:1].islower() and before[lo:appos.start(1)].rstrip().endswith(","):
            # "Ann Lee, director of Acme, a law firm, says": the aside before the body's own aside is the post of
            # the person named before it; she speaks, not the body she works for
            named = [x for x in _mentions_in(ctx, a + lo, a + appos.start(1)) if x.type == "PERSON"]
            if named and before[named[-1].end - a:appos.start(1)].strip() == ",":
                return (named[-1].entity, ctx.text[named[-1].start:named[-1].end], "PERSON"), vtext
        if ms and ms[-1].end == a + appos.end(1) and ms[-1].type in ("PERSON", "ORG"):
            lead = _SPOKESPERSON_OF.match(before, appos.start(1), ms[-1].start - a) if ms[-1].type == "ORG" else None
            # (not "A spokesman for Acme, the builder, said": the spokesman speaks, whose body the aside describes)
            first = a + appos.start(1) if lead is not None and before[lead.end():ms[-1].start - a].strip() in ("", "the") \
                else ms[-1].start
            got = _resolve_phrase(ctx, first, ms[-1].end, inverted=False, at=at, prev=prev)
            if got:
                return got, vtext
        np_ = before[appos.start(1):appos.end(1)].split()
        if not ms and 2 <= len(np_) <= 4 and (np_[0].lower() in ("the", "a", "an", "this") or
                                             np_[0].lower() in _PARTITIVES and np_[1] == "of") \
                and all(w[:1].islower() for w in np_[1:]):
            # "The study, published in Nature, said": the noun phrase before its aside
            got = _resolve_phrase(ctx, a + appos.start(1), a + appos.end(1), inverted=False, at=at, prev=prev)
            if got:
                return got, vtext
    comma = before.rfind(",", lo, hi)
    if comma >= 0 and before[comma + 1:hi].strip() and (len(before[comma + 1:hi].split()) <= 6 or (
            # ("In a statement to the Guardian, a spokesperson for the Department for Education said": a longer
            # described sayer, the body it speaks for named after it)
            len(before[comma + 1:hi].split()) <= 11 and _SPOKESPERSON_OF.match(before, comma + 1, hi) is not None)):
        # "Writing in the Northern Echo, the Bishop said": the words after the last comma
        got = _resolve_phrase(ctx, a + comma + 1, a + hi, inverted=False, at=at, prev=prev)
        opener = before[lo:comma].split()[:1]
        cut_word = before[:lo].split()[-1:] if lo and before[comma + 1:hi].split()[0].lower() in ("the", "a", "an") else []
        if got and (got[2] == "PERSON" or got[2] in ("DESC", "ORG") and (
                opener and opener[0].lower() in _OPENERS or cut_word and cut_word[0].lower() in _SUBORDINATE_CUTS
                # ("Contacted by the BBC, a spokesperson said", "Reached by phone, the firm said": a participle phrase)
                or _PARTICIPLE_OPENER.match(before, lo, comma) is not None)):
            # (a description or a body too after an adverbial opener: "In a statement, detainee 'A' in Woodhill Prison
            # said", "In Brussels, the European Union challenged", "After talks with Unite, the company said")
            return got, vtext
    got = _resolve_phrase(ctx, a + lo, a + hi, inverted=False, at=at, prev=prev)
    return (got, vtext) if got else None


def _named_possessive(ctx: _Ctx, end: int) -> bool:
    """A name whose own spelling ends in 's ends at *end* ("Sainsbury's said", "Moody's said"): a subject, no
    possessive before a noun."""
    i = bisect_left(ctx.starts, end) - 1
    while i >= 0 and ctx.mentions[i].start > end - 60:
        m = ctx.mentions[i]
        if m.end == end and m.type in ("ORG", "PERSON") and m.entity.endswith(("'s", "’s")):
            return True
        i -= 1
    return False


_HAVE = {"had", "has", "have", "having"}
# Reporting verbs that take no listener before their complement clause, whose "that" news copy often leaves out ("Tim
# alleged a teacher told him", "Police said a man had shouted")
_ZERO_THAT_VERBS = frozenset("said says alleged alleges claimed claims insisted insists argued argues maintained "
                             "maintains admitted admits suggested suggests".split())
# a noun phrase a determiner opens, right after such a verb: the complement clause's subject
_ZERO_THAT_SUBJECT = re.compile(r"\s+(?:a|an|the|his|her|their|its|one|two|some|several)\s+[a-z]")
_THAT_AFTER = re.compile(r"\s+that\s+")  # a reporting verb's complement clause opening
# a relative clause on people heard, seen or thought to be doing the reporting ("detainees, who were thought to be
# chanting", "fans, who were heard shouting"): its antecedent (one word, before the comma) did it
_HEARD_DOING = re.compile(r"\b([\w'’-]+)\s*,\s*who\s+(?:[\w-]+\s+){0,4}?(?:were|was|are|is|had\s+been|have\s+been|could\s+be)\s+"
                          r"(?:(?:thought|said|believed|reported|understood)\s+to\s+(?:be|have\s+been)|heard|seen)\s+$")
_NOT_PLURAL_NOUNS = frozenset({"this", "his", "was", "has", "is", "its", "does", "thus", "as", "us", "yes", "news"})
_PAST_VERB = re.compile(r"\s([a-z]+ed)\s")  # a finite past verb ending the subject of a participle's sentence
# words in "-ed" that are no verbs after a subject ("a red flag", "the bed", "one hundred")
_NOT_PAST = frozenset({"red", "bed", "need", "seed", "feed", "speed", "hundred", "shed", "bred", "led", "wed", "weed",
                       "breed", "greed", "deed", "creed", "reed", "sled", "fled"})
_HEARD_THAT = re.compile(r"\b(?:heard|hears|learned|learnt|found|finds|was\s+told|were\s+told|understands|understood)"
                         r"\s+that\s+", re.I)
# a subordinate clause opening the sentence, up to its comma ("While Ms Patel welcomed the move, ", "Although ..., ")
_SUBORDINATE_OPENING = re.compile(r"\s*(?:(?:But|And|Yet),?\s+)?(?:While|Whilst|Although|Though|Whereas|When|Even\s+though)\s"
                                  r"[^,;:\"“”]{1,120},\s*")
# a hearing told what someone said, "that" or not: "The court heard Pike had said", "Jurors were told the accused shouted"
_COURT_HEARD = re.compile(r"\b(?:court|jury|jurors|inquest|tribunal|hearing|trial|magistrates|inquiry|coroner)\s+"
                          r"(?:(?:has|had|was|were|is|are)\s+)?(?:heard|hears|told)\s+(?:that\s+)?", re.I)
_PARTICIPLE_OPENER = re.compile(r"\s*[A-Z][a-z]+(?:ed|ing)\s+(?:by|on|to|about|for|at|in|with|over|after)\s")
_SUBORDINATE_CUTS = frozenset({"after", "before", "when", "while", "as", "although", "though", "because", "whereas"})
_ADDED_SPEECH = frozenset({"added", "adds", "said", "says", "insisted", "insists", "warned", "warns", "told", "tells"})
_AND_END = re.compile(r"\sand\s*$")  # (compiled once: the hot paths skip re's cache lookup)
_CLAUSE_PUNCT = re.compile(r"[.,;:!?]")
_ELIDED_AUX = frozenset({"has", "have", "had", "also", "then", "later", "since", "again", "repeatedly", "previously"})
_FIRST_VERB = re.compile(r"\s(?:[a-z]+ed|went|took|made|gave|came|won|lost|met|left|got|had|was|were|has|have|is|are|"
                         r"spoke|wrote|told|said|says|began|ran|sat|stood|saw|heard|kept|held|brought|thought)\b")

# (a full stop after a title is no end: "said Sen. John Smith", "said Rep. Jane Doe", "said Lt. Gen. Tom Reed")
_RIGHT_INVERTED = re.compile(r"^[\s,]*(" + _VERB_RE.pattern + r")\s+(.{1,120}?)(?=[,;:!?]|(?<!\b[A-Z])(?<!\bMrs)(?<!\b[MD]r)"
                             r"(?<!\bMs)(?<!\bSt)(?<!\bProf)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bGen)(?<!\bLt)(?<!\bCol)"
                             r"(?<!\bMaj)(?<!\bCapt)(?<!\bSgt)(?<!\bAdm)(?<!\bRev)(?<!\bCmdr)(?<!\bSupt)(?<!\bDet)(?<!\bInsp)"
                             r"\.|\s(?:adding|who|in|at|on|"
                             r"after|as|when|before|to)\b|$)", re.I)
_RELATIVE_WORD = re.compile(r"\b(?:who|whom|whose|which)\b", re.I)
_FINITE_AUX = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could", "may", "might",
                         "should", "must", "did", "does", "do"})
_RIGHT_SUBJECT = re.compile(r"^[\s,]*((?:[\w'’&.,-]+\s+){1,9}?)(" + _VERB_RE.pattern + r")(?=[\s,.:;!?]|$)", re.I)


# Under IGNORECASE these four non-ASCII letters also match ASCII letters of the verb forms.
_ODD_CASE = re.compile("[\u0130\u0131\u017f\u212a]")


def _attribute_right(ctx: _Ctx, start: int, right: str, at: int, prev: _Piece | None, *, complete: bool = False,
                     quoted_next: bool = False, unclosed: bool = False):
    relayed = _RELAYED.match(right) if "quot" in right or "cit" in right else None
    if relayed is not None:
        # '"...," the newspaper quotes a source close to the firm': the one quoted speaks, the paper relays
        got = _resolve_phrase(ctx, start + relayed.start(3), start + relayed.end(3), inverted=True, at=at, prev=prev)
        if got and got[0]:
            return got, relayed.group(2).lower()
    if not _verbs(right) and _ODD_CASE.search(right) is None:
        return None  # both patterns need a reporting verb, which _verbs finds whenever they could
    if "(" in right:
        # '"...," the news agency Afghan Islamic Press (AIP) said', 'Tom Reed (Labor) said': a bracketed aside
        # between the sayer and the verb (blanked, offsets kept)
        right = _PAREN_ASIDE.sub(lambda p: " " * len(p.group(0)), right)
    m = _RIGHT_INVERTED.match(right)
    if m and _WORD.match(m.group(2)) is not None and _WORD.match(m.group(2)).group().lower() in _FINITE_AUX:
        m = None  # 'Its "no frills" claims were false.': a noun of speech, then the sentence's verb; no sayer after it
    if m:
        got = _resolve_phrase(ctx, start + m.start(2), start + m.end(2), inverted=True, at=at, prev=prev)
        if got and (got[2] == "DESC" or got[1][:4].lower() == "the "
                    or got[2] in ("ORG", "GPE") and _POSSESSED_ROLE.search(right, m.start(2), m.end(2)) is not None):
            # "said the chairman of the committee, Labour MP Barry Sheerman": the name in apposition (before
            # whoever "the chairman" would resolve to); "said Aslef's district organiser, Kevin Doherty": the
            # organiser, not the union whose post it is
            # (a body too after a description of no person: "according to its maker, Ostra Pharma")
            named = _appositive_person(ctx, start + m.end(2), bodies=got[2] == "DESC" and not _sayer_description(got[0]))
            if named is not None:
                got = named
        if got:
            return got, m.group(1).lower()
    named = _apposed_name(ctx, start, right) if "," in right and not complete else None
    if named is not None:
        # '"...," Ann Lee, an adviser to the minister(,) said': the name before its apposition speaks (not a
        # name inside the apposition, and "to" there is no infinitive)
        return named
    m = _RIGHT_SUBJECT.match(right)
    if m:
        m = _noun_not_verb(right, m)
    if m and m.group(1).rstrip().endswith(",") and m.group(2).lower() not in _LISTENER \
            and _RELATIVE_WORD.search(m.group(1)) is None \
            and not any(x.type in ("PERSON", "ORG") for x in _mentions_in(ctx, start + m.start(1), start + m.end(1))):
        # '"as much as 10%" next year, says one analyst.', '"a real improvement" for the players, says Ian Marsh, the
        # groundsman.': the quoted sentence runs on outside the marks up to a comma, then an inverted reporting
        # clause; the sayer follows its verb (not the run-on words before the comma; not a sayer named before an
        # apposition or a relative clause: "the organiser, Sarah Mukasa, told", "Ms Trew, who runs a school, said")
        inv = _RIGHT_INVERTED.match(right[m.start(2):])
        if inv is not None and not inv.group(1).lower().endswith("ing"):
            # (a participle has no inverted subject: in 'He also praised the staff, saying pupils were happy' the
            # words after "saying" are what was said, no sayer)
            lo = start + m.start(2)
            got = _resolve_phrase(ctx, lo + inv.start(2), lo + inv.end(2), inverted=True, at=at, prev=prev)
            if got and got[0]:
                return got, inv.group(1).lower()
    if m and "," in m.group(1) and m.group(1).split(None, 1)[0] in _RUN_ON_OPENERS:
        # '"The market is weak" in Asia and Europe, the company said': the quoted sentence runs on outside the
        # marks up to the last comma; the subject is what follows it (not a name in the run-on words; not a
        # pronoun, which goes on with the speaker before, nor after a run-on holding a modal: a clause of its own)
        cut = m.group(1).rstrip().rfind(",")
        after_cut = m.group(1)[cut + 1:].split()
        if after_cut and not (len(after_cut) == 1 and after_cut[0].lower() in _PRONOUNS) \
                and not {w.lower() for w in m.group(1)[:cut].split()} & _MODALS - {"to"}:
            m = _SubjectVerb(right, (m.start(1) + cut + 1, m.end(1)), m.span(2))
    if m:
        subj = m.group(1)
        aside = _SUBJECT_ASIDE.match(subj) if "," in subj else None
        if aside is not None and not any(x.type == "PERSON" for x in _mentions_in(
                ctx, start + m.start(1) + aside.end(1), start + m.end(1))):  # (not "the man, who was named as X,")  # '"...," the official, who declined to be named, told AFP': the words before the aside
            m = _SubjectVerb(right, (m.start(1), m.start(1) + aside.end(1)), m.span(2))
            subj = m.group(1)
        words = subj.split()
        if len(words) > 6 and not _mentions_in(ctx, start + m.start(1), start + m.end(1)) and (
                words[0].lower() != "the" or len(words) > 8) \
                and _missed_name(subj, start + m.start(1), []) is None:  # "the world 200m and 400m record holder told"
            return None  # (not "former envoy to Pakistan Abdul Rahim Haqqa told": a name the entity table missed)
        if any(w.lower() in _MODALS and not (w.lower() == "to" and k + 1 < len(words) and _NOT_INFINITIVE.match(words[k + 1]))
               for k, w in enumerate(words)):
            return None  # "The two task forces will report back ...": a new statement, not this quote's
            # (not "to" before a name or a noun phrase: "former ambassador to Pakistan Abdul Zaman told")
        after = right[m.end():]
        clause = _CLAUSE_PUNCT.split(after, maxsplit=1)[0]
        if (complete or unclosed) and (len(clause.split()) > 5 or re.search(r"\bthat\b", clause)) \
                or complete and quoted_next:
            # a finished quotation, then a new sentence whose verb introduces its own quotation ('... any
            # more." Ms Trew admitted it would be "very difficult"'): that verb is the next quotation's
            return None
        got = _resolve_phrase(ctx, start + m.start(1), start + m.end(1), inverted=False, at=at, prev=prev)
        if got:
            return got, m.group(2).lower()
    return None


# the apposition after a name, up to its reporting verb: a comma, a description opening in lower case, with a number
# or a possessive name (up to three comma-separated parts, 24 words), an optional closing comma ("Ann Lee, 45, an
# adviser to the minister, said" / "Ann Lee, an adviser to the minister said"); no second name joined by "and"
_APPOSED_GAP = re.compile(r",\s+(?:[a-z0-9][^,;:!?\"“”]*?|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*['’]s\s[^,;:!?\"“”]*?)"
                          r"(?:,\s+[a-z0-9][^,;:!?\"“”]*?){0,2},?\s+(?:(?:has|had|have|also|later)\s+)*")
_LEAD_GAP = re.compile(r"[\s,]*")
# (a passive "was told", a second predicate "tracks ... and says": no reporting verb of the named sayer's)
_NOT_BEFORE_APPOSED_VERB = {"was", "were", "been", "being", "is", "are", "and", "or", "but"}


_POSSESSED_ROLE = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*\s*$")  # "Aslef's district organiser"


def _apposed_name(ctx: _Ctx, start: int, right: str):
    """After a quotation, a person or body named first, then described in apposition up to a reporting verb:
    ((entity, surface, type), verb); None otherwise."""
    lo = start + _LEAD_GAP.match(right).end()
    i = bisect_left(ctx.starts, lo)
    if i >= len(ctx.mentions) or ctx.mentions[i].start != lo:
        return None
    x = ctx.mentions[i]
    if x.type not in ("PERSON", "ORG") or ctx.text[x.end:x.end + 1] != "," or _inside_quote(ctx, x.start):
        return None
    after = x.end - start
    found = None
    for v in _verbs(right[after:]):
        gap = right[after:after + v.start()]
        if len(gap.split()) > 24:
            break
        if _APPOSED_GAP.fullmatch(gap) is None or gap.split()[-1].lower() in _NOT_BEFORE_APPOSED_VERB:
            continue
        found = (x.entity, ctx.text[x.start:x.end], x.type), v.group(0).lower()
        if gap.rstrip().endswith(","):
            break  # the verb right after the apposition's closing comma ("who was told ..., said": "said")
    return found


# ("the South African Broadcasting Corporation radio quoted one witness as saying": a relayer of up to eight words,
# the one quoted before "as saying")
_RELAYED = re.compile(r"^[\s,]*((?:[\w'’&.-]+\s+){1,8}?)(quotes|quoted|cites|cited)\s+((?:a|an|one|two|three|several|"
                      r"unnamed|anonymous|senior)\s[^,.;:!?\"“”]{1,80}?)(?:\s+as\s+(?:saying|telling\s[^,.;:!?]*))?"
                      r"\s*(?:[,.;:!?]|$)")


class _SubjectVerb:
    """A match of _RIGHT_SUBJECT moved on to a later verb: group 1 the subject, group 2 the verb."""

    __slots__ = ("spans", "text")

    def __init__(self, text: str, subject: tuple[int, int], verb: tuple[int, int]):
        self.text, self.spans = text, {1: subject, 2: verb}

    def start(self, g: int = 0) -> int:
        return self.spans[g][0] if g else self.spans[1][0]

    def end(self, g: int = 0) -> int:
        return self.spans[g][1] if g else self.spans[2][1]

    def group(self, g: int = 0) -> str:
        return self.text[self.start(g):self.end(g)]

    def span(self, g: int = 0) -> tuple[int, int]:
        return self.start(g), self.end(g)


_FINDING_VERBS = {"found", "finds", "shows", "showed", "concludes", "concluded", "says", "said", "suggests"}
_NEXT_VERB = re.compile(r"\s+(?:has\s+|had\s+|have\s+|also\s+)?([A-Za-z]+)\b")


def _noun_not_verb(right: str, m):
    """'"...," the report said' / 'the World Bank report said': a verb form right after an article or a
    name and followed by another reporting verb is a noun; the subject runs on to that verb."""
    words = m.group(1).split()
    if not words:
        return m
    prior = words[-1]
    if prior.lower() not in ("the", "a", "an", "this", "that", "its", "their", "his", "her", "new", "latest") \
            and not (prior[:1].isupper() and len(words) > 1):
        return m
    nxt = _NEXT_VERB.match(right, m.end(2))
    if nxt is None:
        # "Despite the caution, the service says ...": a verb's form after an article or a possessive, no verb after
        # it, is a noun; no sayer and verb here
        return None if prior.lower() in ("the", "a", "an", "its", "their", "his") else m
    word = nxt.group(1).lower()
    if word not in _VERB_FORM and not (prior[:1].islower() and (word.endswith("ed") or word in _FINDING_VERBS)):
        return m  # ("the report found": a document's finding verb after the noun too)
    if len(right[m.start(1):nxt.start(1)].split()) > 10:
        return None
    return _SubjectVerb(right, (m.start(1), m.end(2) + 1), nxt.span(1))


_APPOSITION = re.compile(r"\s*,\s*(?:[A-Z][\w'’.-]*\s+){0,3}")


def _appositive_person(ctx: _Ctx, pos: int, *, bodies: bool = False):
    """A person named right after *pos* in apposition (", Labour MP Barry Sheerman"), or a body named right after
    its comma (", Ostra Pharma." for "according to its maker"): (entity, surface, type)."""
    text = ctx.masked or ctx.text
    for m in _mentions_in(ctx, pos, pos + 80):
        if m.type == "PERSON" and _APPOSITION.fullmatch(text, pos, m.start) is not None:
            return m.entity, ctx.text[m.start:m.end], "PERSON"
        if bodies and m.type == "ORG" and _BODY_APPOSED.fullmatch(text, pos, m.start) is not None \
                and _BODY_APPOSED_END.match(text, m.end) is not None:
            return m.entity, ctx.text[m.start:m.end], "ORG"
    return None


_BODY_APPOSED = re.compile(r"\s*,\s*(?:the\s+)?")
_BODY_APPOSED_END = re.compile(r"\s*(?:[,.;:!?]|$)")


# Verbs that characterise something in words ("described as", "branded", "hailed as", "rejected as"): their passive
# participle right before a fragment, the agent after it, reports the agent's words
_CHARACTERISING = ("describe", "brand", "label", "condemn", "criticise", "criticize", "dismiss", "hail", "praise",
                   "welcome", "attack", "blast",
                   "slate",  # ('was slated as "lazy" by critics': British for criticised, with "by")
                   "defend", "greet", "back") + _JUDGING_VERBS  # ('was defended as "necessary" by the minister')
_CHARACTERISED = frozenset(f for b in _CHARACTERISING for f in _forms(b) if f.endswith("ed"))
# 'The plan was branded ', 'has been criticised as ', 'The plan, condemned as ': a passive participle (after a form of
# "be" or a comma), then at most "as" and an article before the marks (no object: "was rejected as", not "rejected it as")
# (or opening the sentence: 'Branded "unworkable" by unions, the plan ...'; a time word or an adverb after it: 'was
# condemned yesterday as')
_PASSIVE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+)?|,\s*|^\s*)([A-Za-z][a-z]+ed)\s+"
                             r"(?:(?:yesterday|today|tonight|again|[a-z]+ly)\s+)?(?:as\s+)?(?:(?:a|an|the)\s+)?$")
_AGENT_BY = re.compile(r"\s*,?\s+by\s+")
# the agent phrase ends at a clause's end or at a word that opens what follows it ('by unions, who said', 'by MPs in a
# report', 'by critics when it opened')
_AGENT_END = re.compile(r"[,;:.!?\"“”()\n]|\s[-–—]+\s|\s(?:who|which|that|when|after|before|because|in|at|on|over|to|"
                        r"and|but|while|with|as|during|since|last|this|yesterday|earlier|amid|despite|following)\b")
# people named in the plural by what they are, whose words a passive reports ('by critics', 'by nurses', 'by teachers'
# leaders'): the plural sayers of a description ("Critics of the scheme say") and a few more
_PEOPLE_PLURAL = re.compile(_SPOKES_PLURAL + r"|people|staff|pundits|mps|peers|unions|ministers|academics|bosses|chiefs|"
                            r"press|media|public|opposition")
# documents whose words a passive reports ('was described as "a shambles" by the report'), as "the report said"
_AGENT_DOCS = frozenset({"report", "study", "survey", "review", "inquiry", "audit", "ruling", "judgment", "statement",
                         "letter", "editorial", "newspaper", "paper"})


def _agent_description(desc: str) -> bool:
    """A description that can be the agent whose words a passive reports: one person ("the shadow health secretary"),
    people in the plural ("campaigners", "teachers' leaders", "motoring groups"), a body ("the government") or a
    document ("the report"); not a time, a number or a thing ("the end of the week", "300 votes", "law")."""
    words = desc.lower().replace("’", "'").split()
    head = words[-1] if words else ""
    if head in _AGENT_DOCS or head in _BODY_NOUNS or _PEOPLE_PLURAL.fullmatch(head) is not None:
        return True
    if _sayer_description(desc):
        return True
    one = head[:-3] + "y" if head.endswith("ies") else head[:-2] + "an" if head.endswith("men") else head[:-1]
    return head.endswith(("s", "men")) and (one in _BODY_NOUNS or _sayer_description(one))


def _passive_agent(ctx: _Ctx, p: _Piece, left: str, prev: _Piece | None):
    """'The plan was branded "unworkable" by unions.', 'The decision was described as "a disgrace" by the shadow health
    secretary, Ann Lee.', 'The bill, condemned as "draconian" by civil liberties groups, ...': a fragment after the
    passive participle of a verb of characterising (nothing between but "as" and an article), the agent after its
    closing mark; ((speaker, surface, type), participle), or None when no agent who can speak follows ("was described
    as "unworkable".", "by the end of the week", "by 300 votes")."""
    if p.close_at is None or "by" not in ctx.text[p.close_at + 1:p.close_at + 6]:
        return None
    m = _PASSIVE_BEFORE.search(left[-60:])
    if m is None or m.group(1).lower() not in _CHARACTERISED or m.group(1)[0].isupper() and m.start(1) > 0 \
            and left[-60:][:m.start(1)].strip():
        return None
    by = _AGENT_BY.match(ctx.text, p.close_at + 1)
    if by is None:
        return None
    lo = by.end()
    first = _WORD.match(ctx.text, lo)
    if first is None or first.group().rstrip(".").lower() in _CALENDAR or first.group()[0].isdigit():
        return None  # "by Monday", "by 2010": a time, no agent
    end = _AGENT_END.search(ctx.text, lo, lo + 100)
    if end is None:
        return None
    got = _resolve_phrase(ctx, lo, end.start(), inverted=True, at=p.open_at, prev=prev)
    if not got or not got[0] or got[2] == "DESC" and not _agent_description(got[0]):
        return None
    if got[2] == "DESC" and ctx.text[end.start()] == ",":
        # 'by the shadow health secretary, Ann Lee.': the name in apposition to the description
        named = _appositive_person(ctx, end.start(), bodies=not _sayer_description(got[0]))
        if named is not None and _BODY_APPOSED_END.match(ctx.text, ctx.text.find(named[1], end.start()) + len(named[1])):
            got = named
    return got, m.group(1).lower()


# 'Mr Howard's "fancy statistics" jibe', 'Ann Lee's "blood on the carpet" remark', 'the Tories' "tax and spend" claims':
# a named speaker's possessive, the phrase in marks, then a noun of speech (an adjective before it at most)
_SPEECH_NOUN_AFTER = re.compile(r"\s+(?:[a-z][\w-]*\s+)?(?:remarks?|comments?|jibes?|claims?|warnings?|pledges?|promises?|"
                                r"quips?|boasts?|taunts?|slurs?|gaffes?|outbursts?|insults?|accusations?|assertions?|"
                                r"admissions?|jokes?|rants?|tirades?|barbs?|retorts?|pleas?|vows?|threats?|words)\b")
_POSSESSIVE_END = re.compile(r"(?:['’]s|s['’])\s+$")


def _possessed_remark(ctx: _Ctx, p: _Piece, left: str):
    """The named person or body whose possessive opens a quoted phrase that a noun of speech follows ('Mr Howard's
    "fancy statistics" jibe'): ((speaker, surface, type), ""); None otherwise (not 'Acme's "Buy Local" campaign': a
    scheme's name, nor "its": no name)."""
    if p.close_at is None or _SPEECH_NOUN_AFTER.match(ctx.text, p.close_at + 1) is None:
        return None
    tail = left[-6:]
    own = _POSSESSIVE_END.search(tail)
    if own is None:
        return None
    end = p.open_at - len(tail) + own.start()  # where the name ends ("Mr Howard|'s", "the Tories|'": its s kept)
    end += 1 if ctx.text[end] == "s" and ctx.text[end + 1:end + 2] in ("'", "’") else 0
    i = bisect_left(ctx.starts, end - 80)
    for m in ctx.mentions[i:]:
        if m.start >= end:
            break
        if m.end == end and m.type in ("PERSON", "ORG") and not _inside_quote(ctx, m.start):
            return (m.entity, ctx.text[m.start:m.end], m.type), ""
    return None
