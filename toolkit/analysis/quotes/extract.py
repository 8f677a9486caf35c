"""The extraction loop: candidate pieces in, the quotations and their speakers out.

``_extract(doc)`` finds the pieces (:mod:`.marks`), builds the ``_Ctx`` from the mentions
(:mod:`.people`), links the pieces of run-on quotations, and attributes each piece (:mod:`.attribution`).
Pieces without their own attribution take the speaker of the run they continue, else of the previous
quotation. A fragment with no verb of its own takes the reporting clause closing its sentence (", he
said.") or, after a copula, the reported speech of the sentence before.

Not quotations: headline phrases without an attribution ("Hewitt decries 'career sexism'"), quoted terms
and scare quotes in a sentence with no reporting verb, titles (a short all-capitalised phrase), "so-called
'x'", a term inside the noun phrase opening its sentence ('The "digital divide" is ...') and a term quoted
again after the text first quoted it as no one's words.

Input: a Document. Output: the kept ``_Piece`` records in text order (``_pieces_of`` caches them per
Document).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial

from ..entities.chunking import _stripped_end
from ..entities.gazetteers import _lexicon_adjectives, _lexicon_nouns
from ..entities.works import _quoted_title_spans
from .attribution import (
    _PLAIN_SPEECH, _SPEECH_NOUN_AFTER, _attribute_left, _attribute_right, _left_verb, _passive_agent, _possessed_remark,
)
from .marks import (
    MAX_CONTEXT, _ABBREVIATION_END, _Piece, _SENT_BREAK, _last_break_end, _left_context, _line_bounds, _pieces,
    _right_context, _single_pieces,
)
from .people import _Ctx, _doc_mentions, _inside_quote, _mentions_in, _name_across, _person_noun
from .referents import _is_subject, _topic
from .roles import (
    _DOC_NOUNS, _NONPERSON_NOUNS, _PERSON_SUFFIXES, _all_genders, _description_gender, _lead_noun_names, _person_description,
    _sayer_description,
)
from .roles import _OFFICE_NOUNS, _PERSON_HEADS
from .speakers import _resolve_phrase
from .verbs import _JUDGING, _LETTERS, _ORG_NOUNS, _PRONOUNS, _SURNAME_FORMS, _VERB_FORM, _Verb, _verbs

_SCARE_BEFORE = re.compile(r"(?=[a-z])(?:so-called|so called|dubbed|nicknamed|known as|termed|the term|the word|the phrase|"
                           r"titled|entitled|the slogan|the label|billed as|marketed as|brand name|code-?named|"
                           r"called|named)\s*$", re.I)

# the last letters _SCARE_BEFORE's words end in, in either case ("ſ" is an "s" to IGNORECASE)
_SCARE_LAST = frozenset("dDsSſmMeEnNlL")


def _scare_before(left: str) -> bool:
    """``_SCARE_BEFORE.search(left[-30:])``, tried only when the words before the mark end in a letter one of its words
    ends in (its match ends in that word, then spaces)."""
    tail = left[-30:]
    return tail.rstrip()[-1:] in _SCARE_LAST and _SCARE_BEFORE.search(tail) is not None \
        and _WHAT_CALLED.search(left[-60:]) is None


# 'what he called "a reckless gamble"', 'what Acme has called', 'what the minister, Ann Lee, termed': a free relative
# with its own subject (a name in apposition after it) reports that subject's words (not 'a group called "X"': a name)
_WHAT_CALLED = re.compile(r"\b(?:what|which)\s+(?:[\w'’.-]+,?\s+){1,6}?(?:has\s+|had\s+|have\s+)?(?:called|termed)\s*$")


_PRONOUN_SEX = {"he": "M", "she": "F", "He": "M", "She": "F"}

_PRONOUN_BEFORE = re.compile(r"(?:^|[\s,])((?:[Hh]e|[Ss]he))\s+[\"“]?$")  # 'she "could not put a figure on it"'
_LOWER_WORD_FIRST = re.compile(r"\s*[a-z]")
_COORDINATED_QUOTE = re.compile(r"\s*,?\s*(?:and|or)\s+")  # the words between two quotations of one verb
_ENDS_SPEECH = re.compile(r"[.!?,][\"”’']?\s*$")
_TITLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_ENDS_SENTENCE = re.compile(r"[.!?]\s*$")
_ENDS_NESTED = re.compile(r"[.!?][’'\"”]?\s*$")


def _is_full(text: str, piece: _Piece, left: str) -> bool:
    body = text[piece.start:piece.end].lstrip()
    first = next((c for c in body if c.isalpha()), "")
    if not first or not first.isupper():
        return False
    lead = left.rstrip()
    last_word = lead.rsplit(None, 1)[-1].lower() if lead else ""
    if not lead or lead.endswith((":", ",", "-", "—", "–")) or last_word in _VERB_FORM or last_word in _SURNAME_FORMS:
        return True
    return bool(_ENDS_SPEECH.search(body)) and len(body.split()) >= 4


def _titlelike(body: str) -> bool:
    if body.rstrip()[-1:] in ",.!?":  # speech ends in punctuation inside the marks: "Yes," said ...
        return False
    words = [w for w in _TITLE_WORD.findall(body)]
    small = {"of", "the", "a", "an", "and", "in", "on", "for", "to", "at", "with", "or", "by"}
    # (a lower-case article before capitalised words: 'fans call him "the Professor"', 'a "the Special One" jibe')
    return bool(words) and len(words) <= 6 and all(w[0].isupper() or w.lower() in small for w in words) and (
        words[0][0].isupper() or words[0] in ("the", "a", "an") and len(words) > 1 and words[1][0].isupper())


_TITLE_OWNER = re.compile(r"(?:['’]s|\b(?:on|in|at|from|of|video|film|movie|documentary|book|novel|memoir|song|"
                          r"album|show|series|episode|podcast|play|poem|article|essay|column|headline|op-ed|"
                          r"editorial|report|story),?)\s*$")


def _title_closing_sentence(body: str, left: str) -> bool:
    """'... in an interview on NBC's "Meet the Press."': a title closing its sentence, the sentence's full stop
    inside the marks as US copy writes it, after a possessive, a preposition or the noun of a work ('Watch the
    video "Oil on the Bayou."': a programme, a paper, a book, a song)."""
    return body.endswith(".") and body[:-1].strip() and body[:-1].rstrip()[-1:] not in ",.!?" \
        and _titlelike(body[:-1]) and _TITLE_OWNER.search(left[-40:]) is not None


# a determiner and up to two lower-case modifiers before the marks: "the current ", "a so-called "
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|this|that|its|his|her|their|our)\s+(?:[a-z][\w-]*\s+){0,2}$")


def _named_after_determiner(body: str, left: str) -> bool:
    """'following the current "Great Recession," Hoenig said': capitalised words of two or more (a name or a title)
    after a determiner, the comma or full stop of the writer's sentence inside the marks as US copy writes it,
    name a thing; they report no one's words."""
    core = body[:-1].rstrip()
    return len(core.split()) >= 2 and core[-1:] not in ",.!?" and _titlelike(core) \
        and _DETERMINER_BEFORE.search(left[-40:]) is not None


def _headline(doc, text: str) -> tuple[int, int] | None:
    """The headline line: the first line when it is the document's title or has no end punctuation and more follows."""
    first_end = text.find("\n")
    if first_end < 0:
        return None
    line = text[:first_end]
    if doc.title and line.strip() == doc.title.strip():
        return 0, first_end
    if len(line.split()) <= 16 and not re.search(r"[.!?][\"”’']?\s*$", line):
        return 0, first_end
    return None


# a headline's sayer: "Blair: '...'", "Rovers boss Holt: '...'", "Police chief: '...'" (a capitalised word, then up to
# four more, and the colon before the quotation); "'...' says Rovers boss Gary Holt", "'...' - Holt" after it
_ROLE_WORDS = _OFFICE_NOUNS | _PERSON_HEADS
_HEAD_COLON = re.compile(r"\s*([A-Z][\w'’.&-]*(?:\s[\w'’.&-]+){0,4}?)\s*:")
_PLURAL_SAYERS = frozenset({"police", "officials", "residents", "experts", "doctors", "scientists", "campaigners", "unions"})
_HEAD_SAYS = re.compile(r"[,.!?]?\s*(?:(?:says|warns|insists|admits|claims|vows|tells\s+[\w'’.-]+)\s+|[-–—]\s+)"
                        r"([\w'’.&-]+(?:\s[\w'’.&-]+){0,5})\s*$")


_HEAD_SPEECH_NOUN = re.compile(r"\s+(?:claims?|remarks?|comments?|jibes?|slurs?|taunts?)\b")
_SCORE = re.compile(r"\b[0-9]{1,3}-[0-9]{1,3}\b")


def _headline_sayer(ctx: _Ctx, head: tuple[int, int], p: _Piece):
    """The speaker and verb of a quotation in the headline line *head*, attributed by a colon before it or a
    reporting verb (or a dash) and a name after it; None for a headline phrase with neither (a scare quote).
    A sayer described by a role ("Police chief:", "says minister") is the person the story's opening paragraph
    names with that role's noun ("Chief Constable Ann Booth"), whom the headline sums up; else the description."""
    text = ctx.text
    before = _HEAD_COLON.match(text, head[0], p.open_at)  # ("Campbell: E-mail row 'silly fuss'": words between)
    if before is not None and _SCORE.search(before.group(1)) is not None:
        before = None  # "Ajax 6-1 Porto: 'Crazy'": a result before the colon, no sayer
    if before is not None and p.close_at is not None and _HEAD_SPEECH_NOUN.match(text, p.close_at + 1) is not None:
        return None  # "Reed: Father rejects mayor's 'vandal' claim": the words of a claim the headline reports, no one's here
    after = None
    if before is None and p.close_at is not None:
        after = _HEAD_SAYS.fullmatch(text, p.close_at + 1, head[1])
        if after is not None and any(w[:1].islower() and w.lower() not in _ROLE_WORDS and w.lower() not in _PLURAL_SAYERS
                                     and w not in ("of", "the", "for", "and") for w in after.group(1).split()):
            after = None  # "Firm will 'not renew' claims union misled Reed": "claims" a noun, a clause after it
    if before is None and after is None:
        return None
    lo, hi = (before.start(1), before.end(1)) if before is not None else (after.start(1), after.end(1))
    words = text[lo:hi].split()
    role = words[-1].lower() if words else ""
    if not (role in _ROLE_WORDS or role in _PLURAL_SAYERS) or len(words) > 3 \
            or not all(w[:1].isupper() or w.lower() in _ROLE_WORDS for w in words[:-1]):
        # a name ("Blair:", "Rovers boss Holt:", "says Rovers boss Gary Holt"): the entity it names; a phrase that
        # names no one ("Airport chaos: '...'") attributes nothing
        # (a label the entity table does not hold names no one: "Exclusive: '...'", "Watch: '...'")
        named = [x for x in _mentions_in(ctx, lo, hi) if x.type in ("PERSON", "ORG", "GPE", "NORP")]
        got = _resolve_phrase(ctx, lo, hi, inverted=after is not None, at=p.open_at, prev=None) if named else None
        return (got, "") if got is not None and got[2] != "DESC" and got[0] else None
    lead_end = text.find("\n\n", head[1] + 2)
    lead_end = len(text) if lead_end < 0 else lead_end
    for x in (() if role in _PLURAL_SAYERS else _mentions_in(ctx, head[1], lead_end)):  # (a group is no one person)
        if x.type == "PERSON" and not _inside_quote(ctx, x.start) and (
                role in text[max(head[1], x.start - 40):x.start].lower().split()
                or role in text[x.end:x.end + 40].lower().replace(",", " ").split()[:4]):
            return (x.entity, text[lo:hi], "PERSON"), ""
    first = words[0].lower() if words[0].lower() in _ROLE_WORDS or words[0].lower() in _PLURAL_SAYERS else words[0]
    return (" ".join([first] + words[1:]), text[lo:hi], "DESC"), ""


def _pieces_of(doc) -> list[_Piece]:
    return doc.cached(("quote_pieces",), lambda: _extract(doc))


_NAMED_NEXT = re.compile(r"[ \t]+(?:(?:That|This|Those|These|Such)\s+(?:is|was|are|were)\s+(?:the\s+)?(?:\w+\s+)?"
                         r"(?:view|verdict|words?|message|assessment|warning|opinion|argument|reaction|response)\s+of|"
                         r"So\s+(?:says|said))\s+(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Prof|Professor)\.?\s+)?")
_GLOSS_AFTER = re.compile(r"\s+[-–—]\s+(meaning|[a-z]+ing)\b")  # '"outsourcing" - relocating ...': a gloss
_SPLIT_CLAUSE = re.compile(r"\s*([^.!?;:\"“”\n]{3,80}),\s*")


_PRONOUN_SAYER = re.compile(r"\s*,?\s*(he|she)\s+(?:said|says|added|adds|replied|replies|answered|told|tells|insisted|"
                            r"explained|admitted|asked)\b")


# How far back an exchange is read for its speakers (in quotation pieces): a bound, so a text of thousands of
# unattributed pieces stays linear
_EXCHANGE_REACH = 200


def _dialogue_turn(ctx: _Ctx, p: _Piece, pieces: list[_Piece], i: int) -> _Piece | None:
    """For a piece closed by "he said"/"she said" that resolved to no one, when the speaker before it is of the
    other sex: the latest earlier speaker not of the other sex (a person, from the last three pieces before
    ``pieces[i]``), else None."""
    said = _PRONOUN_SAYER.match(ctx.text, p.close_at + 1) if p.close_at is not None else None
    if said is None:
        return None
    want = "M" if said.group(1) == "he" else "F"
    kept: list[_Piece] = []
    for j in range(i - 1, max(-1, i - 1 - _EXCHANGE_REACH), -1):
        q = pieces[j]
        if q.keep and q.speaker and q.own:
            kept.append(q)
            if len(kept) == 4:
                break
    kept.reverse()
    genders = _all_genders(ctx)
    if not kept or genders.get(kept[-1].speaker, want) == want:
        return None
    bodies = {m.entity for m in ctx.mentions if m.type != "PERSON"}
    for q in reversed(kept[-4:-1]):
        # (a one-word name the entity table does not hold, read as a body by the fallback: "replied Dunn")
        if (q.stype == "PERSON" or q.stype == "ORG" and " " not in q.speaker and q.speaker not in bodies) \
                and genders.get(q.speaker, want) == want:
            return q
    return None


_CAPTION_WORDS = re.compile(r"\s+((?:[A-Z][\w'’&.-]*|[a-z][a-z-]*)(?:[ \t]+(?:[A-Z][\w'’&.-]*|[a-z][a-z-]*)){0,7})\.(?=\s|$)")
_CAPTION_POSITIONS = frozenset({"forward", "defender", "midfielder", "winger", "keeper", "goalkeeper", "striker",
                                "batsman", "bowler", "driver", "rider", "winner", "runner-up"})


def _caption_after(ctx: _Ctx, p: _Piece):
    """'"I gave it everything." Ajax captain Tom Reed. "We were robbed." Porto coach Luis Vega.': a whole quotation
    captioned by the person who said it, a name (after his role) standing as a sentence of its own with no verb, as
    a page lays out reactions and the flattened copy keeps them; (speaker, surface, type), "" or None."""
    text = ctx.text
    cap = _CAPTION_WORDS.match(text, p.close_at + 1)
    if cap is None or not cap.group(1)[:1].isupper():
        return None
    ms = [m for m in _mentions_in(ctx, cap.start(1), cap.end(1)) if m.type == "PERSON"]
    if not ms or ms[-1].end != cap.end(1) or len(ms) > 1:
        return None
    m = ms[0]
    role = text[cap.start(1):m.start].split()
    lows = [w for w in role if w[:1].islower()]
    if lows and (role[-1] != lows[-1]  # the role's noun right before the name ("Ajax captain Tom Reed")
                 or not (_person_noun(lows[-1]) or lows[-1] in _CAPTION_POSITIONS or lows[-1] in _ROLE_WORDS)
                 or any(_verbs(w) or w in _VERB_FORM for w in lows)):
        return None
    return (m.entity, text[m.start:m.end], m.type), ""


def _extract(doc) -> list[_Piece]:
    text = doc.text
    if '"' not in text and "“" not in text and "”" not in text and "'" not in text and "‘" not in text:
        return []
    pieces = _pieces(text)
    pieces += _single_pieces(text, pieces)
    if not pieces:
        return []
    pieces.sort(key=lambda p: p.start)
    ctx = _Ctx(text, *_doc_mentions(doc))
    ctx.quoted = [(p.start, p.end) for p in pieces if not p.single]
    parts, pos = [], 0
    for p in pieces:
        if not p.single and p.start >= pos:
            last = p.end - 1 if text[p.end - 1] in ".!?" else p.end
            parts += [text[pos:p.start], " " * (last - p.start)]
            pos = last
    parts.append(text[pos:])
    masked = "".join(parts)
    ctx.masked = masked
    head = _headline(doc, text)
    across = partial(_name_across, ctx)
    # runs: a piece without a closing mark continues into the next piece when that one opens the next
    # stretch (same paragraph right after it, or the start of the next paragraph)
    run = 0
    for i, p in enumerate(pieces):
        if i and pieces[i - 1].close_at is None and not pieces[i - 1].single and not p.single and (
                pieces[i - 1].para == p.para or pieces[i - 1].para + 1 == p.para and
                text[_line_bounds(text, p.open_at)[0]:p.open_at].strip() == ""):
            p.run = pieces[i - 1].run
        else:
            run += 1
            p.run = run
    prev: _Piece | None = None
    terms: set[str] = set()  # quoted terms of the body judged no one's words
    titles = _quoted_title_spans(text)  # titles of works in marks ('the drama "Marriage Story,"'): no one's words
    pending: list[_Piece] = []  # fragments closing a sentence with no attribution: settled by their paragraph
    loose: list[_Piece] = []  # other fragments dropped for want of a sayer (not as terms): see _coordinated_before
    plain_pairs = _PlainPairs(masked, pieces)  # the writer's own pairs of words, read when a fragment first asks
    for i, p in enumerate(pieces):
        body = text[p.start:p.end]
        a, left = _left_context(masked, p, across, text)
        nxt = next((pieces[k].open_at for k in range(i + 1, len(pieces)) if pieces[k].open_at > p.start), len(text))
        rstart, right = _right_context(text, p, nxt, across) if (p.close_at is not None) else (p.end, "")
        p.kind = "full" if _is_full(text, p, left) else "partial"
        in_head = head is not None and head[0] <= p.open_at < head[1]
        got = None
        if in_head:
            got = _headline_sayer(ctx, head, p)
            if got is None:
                p.keep = False
                continue
        else:
            if prev is not None and prev.keep and prev.own and prev.speaker and prev.side == "R" \
                    and prev.close_at is not None and prev.para == p.para and text[prev.close_at - 1:prev.close_at] == ",":
                # '"We have heard that," said Mr Reed, "but there is more."': a sentence split by its reporting
                # clause; the second piece is the same speaker's and, with the first, a whole sentence
                gap = _SPLIT_CLAUSE.fullmatch(text, prev.close_at + 1, p.open_at)
                if gap is not None and _verbs(gap.group(1)):
                    got = (prev.speaker, prev.surface, prev.stype), prev.verb
                    p.kind = prev.kind
            if not got and p.kind == "partial":
                # 'The plan was branded "unworkable" by unions.': a passive verb of characterising, its agent after the
                # marks (before any earlier verb: 'Mr Reed said the plan was branded "unworkable" by unions')
                got = _passive_agent(ctx, p, left, prev) or _possessed_remark(ctx, p, left)
                if got:
                    p.side = "R"
            continuing = prev is not None and prev.run == p.run and prev.own and bool(prev.speaker)
            left_first = p.kind == "partial" or left.rstrip().endswith(":") or bool(_verbs(left))
            order = (("L", "R") if left_first else ("R", "L"))
            for side in (() if got else order):
                if side == "L":
                    got = _attribute_left(ctx, a, left, p.open_at, prev)
                elif p.close_at is not None:
                    got = _attribute_right(ctx, rstart, right, p.open_at, prev,
                                           # (a sentence may end in a nested quotation's own mark: "... - 'why
                                           # isn't she clapping?'")
                                           complete=_ENDS_NESTED.search(body) is not None,
                                           # (a whole quotation closing with no comma: the writer's next words
                                           # may open a sentence of their own, as after a full stop)
                                           unclosed=p.kind == "full" and not body.rstrip().endswith(","),
                                           quoted_next=rstart + len(right) == nxt)
                if got and continuing and (side == "L" or got[1] not in _PLAIN_SPEECH):
                    got = None  # a piece continuing an attributed run keeps its speaker
                if got and got[1] in ("spoke of", "spoken of", "speaks of") and got[0][2] == "DESC" \
                        and not _sayer_description(got[0][0]):
                    got = None  # "spoke of": a sayer (a person, a body, a person described), no other noun phrase
                if got:
                    p.side = side
                    break
        if not got and not in_head and p.kind == "full" and p.close_at is not None and not _ENDS_SPEECH.search(body) \
                and _LOWER_AFTER.match(text, p.close_at + 1) is not None:
            # '"The strikes will go on as long as the firm refuses to talk" about pay, a union official told the
            # rally.': the quoted sentence goes on outside the marks; the reporting clause closing it speaks
            # (not ", it said.": a pronoun there goes on with the speaker before, as for a whole sentence)
            got = _sentence_tail(ctx, p, prev)
            if got and got[0][1].lower() in _PRONOUNS:
                got = None
            if got:
                p.kind = "partial"
        if not got and not in_head and p.kind == "full" and p.close_at is not None and _ENDS_SENTENCE.search(body):
            # '"It is a disaster." That is the view of Ann Lee, ...' / 'So says Ann Lee.': the speaker named in
            # the next sentence
            named = _NAMED_NEXT.match(text, p.close_at + 1)
            if named is not None:
                ms = _mentions_in(ctx, named.end(), named.end() + 80)
                if ms and ms[0].start == named.end() and ms[0].type in ("PERSON", "ORG"):
                    got = (ms[0].entity, text[ms[0].start:ms[0].end], ms[0].type), ""
            if not got:
                got = _caption_after(ctx, p)
        if not got and not in_head and (left.endswith(", ") or left.endswith(": ")):
            got = _possessed_words(ctx, a, left)
        if p.kind == "partial" and not got:
            # a name right before the marks: 'Richard Thomas "totally condemned" ...'
            ms = _mentions_in(ctx, max(0, p.open_at - 40), p.open_at)
            pron = _PRONOUN_BEFORE.search(text, max(0, p.open_at - 12), p.open_at) if not ms or \
                text[ms[-1].end:p.open_at].strip() else None
            if ms and text[ms[-1].end:p.open_at].strip() == "" and ms[-1].type == "PERSON":
                got = ((ms[-1].entity, text[ms[-1].start:ms[-1].end], ms[-1].type), "")
            elif pron is not None and not in_head and _LOWER_WORD_FIRST.match(body) is not None:
                # a pronoun right before the marks, the quotation its verb phrase: 'when asked, she "could not say"'
                who = _resolve_phrase(ctx, pron.start(1), pron.end(1), inverted=False, at=p.open_at, prev=prev)
                if who and who[0] and who[2] in ("PERSON", "ORG"):
                    got = (who, "")
            elif p.close_at is not None and not in_head and left.strip().lower() not in _TERM_OPENERS:
                # '... as the party "fades away" as a national force and ..., he said.': the reporting
                # clause closing the quotation's sentence (not for a term opening the sentence: 'The
                # "golden rule" will be met, he said.' names a thing)
                got = _sentence_tail(ctx, p, prev)
                if not got and _PARAPHRASE_GOES_ON.match(left) is not None:
                    # 'The minister said the right was the "most important liberty". Law lords were "simply
                    # wrong" to ...': the paraphrase of the sentence before goes on
                    got = _paraphrase_before(ctx, p, a)
            if not got and not in_head:
                got = _document_finding(ctx, p, a, left)
            if not got and not in_head:
                got = _court_heard(ctx, p)
            if not got and not in_head:
                got = _held_view(ctx, p, a, left, prev)
        term = " ".join(body.lower().strip(" ,.;:!?").split())
        if p.kind == "partial" and not in_head and _TERM_SUBJECT.fullmatch(left) is not None \
                and _LOWER_AFTER.match(text, (p.close_at + 1) if p.close_at is not None else p.end) is not None:
            # 'The "digital divide" is closing, he said.', 'The new "super-casinos" will ...': a quoted term
            # inside the noun phrase opening the sentence names a thing; it reports no one's words
            p.keep = False
            terms.add(term)
            continue
        if p.kind == "partial" and not in_head and not _framed_words(left, got) and _plain_term(body, plain_pairs):
            # 'to see if he had met his "golden rule". ... will miss the golden rule by a small margin': a phrase the
            # writer also uses without marks is the name of a thing, no one's words
            p.keep = False
            terms.add(term)
            continue
        if p.kind == "partial" and not in_head and _noun_modifier(text, p, body):
            # 'warned of a "zero-hour" contracts scheme', 'received "thank you" calls', 'the "take it or leave
            # it" vote': a noun phrase in marks right before the noun it modifies names a kind of thing; no one's
            # words (not an adjective: 'the "barbaric" attack', 'with "very significant" injuries' report words)
            p.keep = False
            terms.add(term)
            continue
        if p.kind == "partial" and not in_head and not (got and got[1] == "heard") \
                and _term_in_phrase(text, p, body, left, right):
            # (a court heard it: 'The court heard they went on a "rampage" and ...' is what was said in court)
            # 'who regard themselves as the vanguard of a "men's rights" movement in Australia': a quoted term inside
            # a noun phrase after a preposition, in a sentence no one is reported to say, names a thing
            p.keep = False
            terms.add(term)
            continue
        if p.kind == "partial" and not in_head and p.close_at is not None and body[-1:].isalnum() \
                and _POSSESSIVE_BEFORE.search(left[-12:]) is not None \
                and _NAMED_SCHEME_AFTER.match(text, p.close_at + 1) is not None:
            # 'PETA said it aims through its "air angels" effort to ...', 'their "Buy Local" campaign': a name
            # in marks between a possessive and the noun of the scheme it names reports no one's words
            p.keep = False
            terms.add(term)
            continue
        gloss = _GLOSS_AFTER.match(text, p.close_at + 1) if p.kind == "partial" and p.close_at is not None \
            and len(term.split()) <= 3 else None
        if gloss is not None and gloss.group(1).lower() not in _VERB_FORM:
            # 'Suggestions that "outsourcing" - relocating jobs abroad - is to blame': a term the writer glosses
            p.keep = False
            terms.add(term)
            continue
        if _scare_before(left) or _titlelike(body) or p.kind == "partial" and term in terms \
                or titles and any(x <= p.start and p.end <= y for x, y in titles) \
                or body[-1:] == "." and _title_closing_sentence(body, left) \
                or p.kind == "partial" and body[-1:] in ",." and _named_after_determiner(body, left):
            # (a term the text has already quoted as no one's words: 'using "grossly disproportionate"
            # force ... Mr Howard said the "grossly disproportionate" test ...' names that term again)
            p.keep = False
            terms.add(term)
            continue
        if p.kind == "partial" and not got and prev is not None and prev.keep and prev.own and prev.speaker \
                and prev.para == p.para and prev.close_at is not None and (
                    prev.kind == "partial" and _SENT_BREAK.search(ctx.masked, prev.close_at + 1, p.open_at) is None
                    # 'protesters shouted "Thieves!" and "Resign!"': quotations coordinated after one verb
                    or _COORDINATED_QUOTE.fullmatch(text, prev.close_at + 1, p.open_at) is not None):
            # 'In what Acme calls an "alarming trend", wages fell, leaving "staff unpaid".': a second fragment
            # of a sentence whose first one is attributed is the same sayer's
            got = (prev.speaker, prev.surface, prev.stype), ""
        if p.kind == "partial" and not got:
            same_run = prev is not None and prev.run == p.run and prev.keep
            if not same_run:
                p.keep = False
                terms.add(term)
                if _closing_fragment(text, p, body):
                    pending.append(p)
                elif p.close_at is not None:
                    loose.append(p)
                continue
        if p.single and not got and not (
                # "'We will win,' said Ann Lee. 'It is our time.'": a sentence of speech in single marks right
                # after an attributed one of the same paragraph goes on with it
                p.kind == "full" and prev is not None and prev.single and prev.keep and prev.speaker
                and prev.para == p.para and _ENDS_SENTENCE.search(body) is not None and len(body.split()) >= 3):
            p.keep = False
            continue
        if p.single and not got:
            p.run = prev.run  # the continuation takes the run's speaker
        if got:
            (p.speaker, p.surface, p.stype), p.verb = got
            if not p.speaker and p.surface in ("he", "she"):
                # '"Then why did you run?" Ms Ware said. "I was scared," he said.': a "he"/"she" no one named fits,
                # after a speaker of the other sex, is the one who spoke before in the exchange
                turn = _dialogue_turn(ctx, p, pieces, i)
                if turn is not None:
                    p.speaker, p.stype = turn.speaker, "PERSON"
            if p.stype == "PERSON" and p.surface in _PRONOUN_SEX and p.speaker not in ctx.said_as:
                # "Her coach, Margo Jennings, agreed. "...," she said.": a later "he" passes her over
                ctx.said_as[p.speaker] = _PRONOUN_SEX[p.surface]
            p.own = True
        elif prev is not None and prev.speaker:
            # provisional (settled after the loop): the speaker so far, so that a later "he said" can follow it
            p.speaker, p.surface, p.stype = prev.speaker, prev.surface, prev.stype
            p.anchor = prev.start if prev.own or prev.anchor < 0 else prev.anchor
        prev = p
    if pending:
        _paragraph_speaker(pending, pieces)
        if loose:
            _coordinated_before(text, pending, loose)
    kept = [p for p in pieces if p.keep]
    kept_starts = [p.start for p in kept]
    _lede_descriptions(ctx, text, kept)
    lead_names = _lead_noun_names(ctx)
    if lead_names:
        for p in kept:
            if p.speaker in lead_names:
                p.speaker = lead_names[p.speaker]
    # pieces without their own attribution: the run's, else the previous quotation's
    by_run: dict[int, _Piece] = {}
    for p in kept:
        if p.own and p.speaker and p.run not in by_run:
            by_run[p.run] = p
    last: _Piece | None = None
    for p in kept:
        if not p.own or not p.speaker:
            src = by_run.get(p.run)
            if src is not None and src.start > p.start and p.close_at is None and last is not None and last.own \
                    and last.speaker and last.speaker != src.speaker and last.para == p.para \
                    and _ATTRIBUTED_THEN.fullmatch(text, last.close_at + 1, p.open_at) is not None:
                # '"The world needs to see this," he said. "Some officials hope ... [no closing mark] ... "...,"
                # Mr Amin said': a piece opening right after an attributed sentence goes on with that speaker,
                # not with one the run reaches only after its missing closing mark
                src = last
            if src is None:
                # "His message was: "..." Sir Digby added: "..."": the next quotation's attribution stands
                # between the two, in the same paragraph
                k = bisect_right(kept_starts, p.start)  # (kept is in order of start)
                nxt = kept[k] if k < len(kept) else None
                later = nxt if (nxt is not None and nxt.para == p.para and nxt.own and nxt.speaker and nxt.side == "L"
                                and nxt.kind == "full"  # introduced as speech ("Sir Digby added: "), not woven in
                                and not p.own and p.close_at is not None
                                and not _SENT_BREAK.search(text, p.close_at + 1, nxt.open_at)
                                # a lead-in of its own ("His message was:"): a quotation opening its
                                # sentence is the previous speaker's or the sentence before's, and the
                                # "X says:" after it introduces the next one
                                and _left_context(ctx.masked, p)[1].strip()) else None
                src = later
                if src is None and by_run.get(p.run) is None and not p.own:
                    # "Prof X said she was shocked. "We expected ..."": reported speech, then the words
                    got = _colon_document(ctx, p) or _previous_sentence(ctx, p, last)
                    if got is not None:
                        (p.speaker, p.surface, p.stype), _verb = got
                        last = p
                        continue
                src = src if src is not None else last
                if src is not None and src is last and src.para < p.para and not p.own:
                    # "... he said. [paragraphs] Steve Ash told the BBC there are two parts.\n\n"The end solution
                    # is ..."": a speaker the text newly reports after the last quotation, before this one, speaks
                    got = _reported_before(ctx, p, after=(src.close_at + 1) if src.close_at is not None else src.end)
                    if got is not None and got[0][2] == "PERSON" and got[0][0] != src.speaker:
                        (p.speaker, p.surface, p.stype), _verb = got
                        last = p
                        continue
                if src is None and not p.own and not p.speaker:
                    # the first quotation, attributed nowhere near: the last speech the text reported before
                    # it ("X said the compression was lossless. ... "People will see ...")
                    got = _reported_before(ctx, p)
                    if got is not None:
                        (p.speaker, p.surface, p.stype), _verb = got
                        last = p
                        continue
            if src is not None:
                p.speaker, p.surface, p.stype = src.speaker, src.surface, src.stype
                if src.run == p.run and not p.verb and src.para == p.para and src.start < p.start:
                    p.verb = ""
        if not p.speaker and p.kind == "full":
            # 'His message was clear: "..."', 'Her verdict: "..."' with no one else's attribution after it: the
            # person the possessive points back to
            lead = _POSSESSIVE_LEAD.fullmatch(_left_context(ctx.masked, p)[1])
            if lead is not None:
                own = lead.group(1).lower()
                types = ("PERSON",) if own in ("his", "her") else ("ORG", "GPE")
                name = _topic(ctx, p.open_at, None, types, gender={"his": "M", "her": "F"}.get(own, ""))
                if name:
                    p.speaker, p.surface, p.stype = name, lead.group(1), types[0]
        if not p.speaker and p.kind == "full" and p.close_at is not None:
            # '"We are broke." That was the verdict of coach Alan Pike.', '"...". The words came from X.': the
            # sentence after the quotation names whose words they were
            named = _named_after(ctx, p.close_at + 1)
            if named is not None:
                p.speaker, p.surface, p.stype = named
        if p.speaker:
            last = p
    if lead_names:  # (speakers found after the first renaming: the sentence before's, the last reported)
        for p in kept:
            if p.speaker in lead_names:
                p.speaker = lead_names[p.speaker]
    return _misplaced_close(ctx, kept)


# the sentence after a quotation naming whose words they were: "That was the verdict of X", "That is the message from
# X", "The words came from X", "That was how X described it", "So said X", "With those words, X ..."
_NOT_SOURCE_GAP = re.compile(r"[,;:]|\b(?:many|some|most|all|several|others|those|including)\b")
_OWNED_ROLE_GAP = re.compile(r"(?:['’]s?)?\s+(?:(?!(?:and|or|with|to|for|of)\b)[a-z][\w-]*\s+){0,2}"
                             r"(?!(?:and|or|with|to|for|of)\b)[a-z][\w-]*,?\s+")
_SOURCE_AFTER = re.compile(r"[\s.,!?\-–—]*(?:(?:(?:[Tt]hat|[Tt]his|Such)(?:['’]s|\s+(?:is|was))|(?:[Tt]hose|[Tt]hese)\s+(?:are|were))"
                           r"\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?"
                           r"(?:verdict|message|view|warning|words|assessment|opinion|advice|plea|response|reaction|"
                           r"prediction|promise|word)\s+(?:of|from)\s+|(?:That|This)(?:['’]s|\s+(?:is|was))\s+how\s+|"
                           r"The\s+(?:words|comments|remarks|warning|message)\s+(?:came\s+from|were\s+those\s+of|are\s+"
                           r"those\s+of)\s+|So\s+(?:said|says)\s+|With\s+(?:those|these)\s+words,?\s+)")


# a person's description before the name in apposition: "the club chairman, " (group 1 its head noun)
_ROLE_BEFORE_NAME = re.compile(r"(?:the|a|an|its|their|his|her)\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*),\s*")


def _named_after(ctx: _Ctx, pos: int):
    """The person (else body) the sentence right after a closed quotation names as its source ("That was the
    verdict of coach Alan Pike"): (entity, surface, type); None when it names none."""
    text = ctx.masked or ctx.text
    found = _SOURCE_AFTER.match(text, pos)
    if found is None:
        return None
    stop = _SENT_BREAK.search(text, found.end())
    hi = stop.start() if stop is not None else len(text)
    ms = [m for m in _mentions_in(ctx, found.end(), hi) if not _inside_quote(ctx, m.start)]
    # the source opens the phrase (a describing noun or two before it: "coach Alan Pike"), not a name further on
    # ("the view of many in the party, including Tom Reed")
    if not ms or ms[0].type not in ("PERSON", "ORG") or ms[0].start - found.end() > 40:
        return None
    if _NOT_SOURCE_GAP.search(text, found.end(), ms[0].start) is not None:
        role = _ROLE_BEFORE_NAME.fullmatch(text, found.end(), ms[0].start) if ms[0].type == "PERSON" else None
        if role is None or not (role.group(1).lower() in _ROLE_WORDS or _person_noun(role.group(1).lower())):
            return None  # ("the words of the club chairman, Tom Reed": the chairman named in apposition speaks)
    pick = ms[0]
    if pick.type == "ORG" and len(ms) > 1 and ms[1].type == "PERSON" \
            and _OWNED_ROLE_GAP.fullmatch(text, pick.end, ms[1].start) is not None:
        pick = ms[1]  # "from Acme's chief executive, Tom Reed": the person
    return pick.entity, ctx.text[pick.start:pick.end], pick.type


def _misplaced_close(ctx: _Ctx, kept: list[_Piece]) -> list[_Piece]:
    """'... "But I want to peak late this season. "Seles, slow into her stride, slipped to 2-3 ...': the mark
    that should have closed the piece before, written after the space: when neither piece has a closing mark,
    the second runs to the end of its paragraph and opens by naming its own speaker as a subject in the third
    person, it is the writer's narration, no quotation (dropped; the piece before ends at the mark)."""
    text = ctx.text
    out: list[_Piece] = []
    for p in kept:
        before = out[-1] if out else None
        if before is not None and p.close_at is None and before.close_at is None and p.speaker and p.stype == "PERSON" \
                and not text[before.end:p.open_at].strip() and not text[p.end:_line_bounds(text, p.start)[1]].strip():
            lead = _mentions_in(ctx, p.start, p.start + 80)
            if lead and not text[p.start:lead[0].start].strip() and lead[0].type == "PERSON" \
                    and lead[0].entity == p.speaker and text[lead[0].end:lead[0].end + 1] in (",", " "):
                continue
        out.append(p)
    return out


# the end of an attributed quotation's sentence, up to the next piece's opening mark: ', he said. ', ' Mr Lee said. '
_ATTRIBUTED_THEN = re.compile(r"[,.!?]?\s*(?:[\w'’.-]+\s+){1,5}?(?:said|says|added|adds|told\s+[\w\s'’.-]{1,40}?|"
                              r"explained|insisted|continued|stated)\s*[.!?]\s*")
# a modal or "to" (an adverb between) before a verb: "should apologise", "to publicly warn"
_INFINITIVE_BEFORE = re.compile(r"\b(?:to|should|must|would|could|will|shall|might|may|can|cannot|not)\s+(?:[a-z]+ly\s+)?$")


_FINITE_LEADS = {"said", "says", "wrote", "writes", "put", "sent", "gave", "made", "set", "read", "reads", "has", "had"}
_LIST_LEAD = re.compile(r"[\s•·*\-–—]*")  # a bullet or dash before a listed quotation's mark
_LEAD_DOCUMENT = re.compile(r"\b(?:a|an|the|this|that|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(memo|statement|letter|"
                            r"message|document|e-mail|email|note|release|report|post|manifesto|platform)\b", re.I)


_IN_DOCUMENT = re.compile(r"\b(?:[Ii]n|[Tt]hrough|[Vv]ia)\s+$")


def _colon_document(ctx: _Ctx, p: _Piece):
    """A quotation (or a listed one, after a bullet) opening its paragraph right after a paragraph that ends with a
    colon: the document that sentence names speaks ("... provided a memo laying out the key messages, which
    include:" -> "the memo"), else the sentence's own attribution ("Reed said:"); None otherwise."""
    text = ctx.masked or ctx.text
    line = text.rfind("\n", 0, p.open_at) + 1
    if _LIST_LEAD.fullmatch(text, line, p.open_at) is None:
        return None
    end = _stripped_end(text, line)
    if end <= 0 or text[end - 1] != ":":
        return None
    para = text.rfind("\n", 0, end) + 1
    start = _last_break_end(text, para, end)
    lo = start if start >= 0 else para
    first = next((x for x in _mentions_in(ctx, lo, end) if not _inside_quote(ctx, x.start)), None)
    nxt = _LETTERS.match(text, first.end + 1) if first is not None and text[first.end:first.end + 1] == " " else None
    if first is not None and first.type in ("PERSON", "ORG") and nxt is not None and nxt.group()[0].islower() \
            and (nxt.group().endswith("ed") or nxt.group() in _FINITE_LEADS) and _is_subject(ctx, first):
        # "Acme issued a statement on Monday:": the named subject speaks through it (not "A House Democratic
        # source provided ... a memo": a name modifying the subject's noun)
        return (first.entity, ctx.text[first.start:first.end], first.type), ""
    found = _LEAD_DOCUMENT.search(text, lo, end)  # the first document the sentence names (not its contents after)
    if found is None:
        # 'Reed said:\n\n"We will win."': the colon sentence's own attribution
        got = _attribute_left(ctx, lo, text[lo:end], p.open_at, None) if _verbs(text[lo:end]) else None
        return got if got is not None and got[0][0] else None
    if _IN_DOCUMENT.search(text, lo, found.start()) is not None and _verbs(text[found.end():end]):
        # "In a statement, it said:", "In a letter to parents, the head wrote:": the document is only where the words
        # are; the sentence's own subject and verb after it speak
        got = _attribute_left(ctx, found.end(), text[found.end():end], p.open_at, None)
        if got is not None and got[0][0]:
            return got
    noun = found.group(1).lower()
    return (f"the {noun}", ctx.text[found.start():found.end()], "DESC"), ""


# "Acme's motto, ", "Tom Reed's initial vision, ": words a named party owns, in apposition to the quotation
_POSSESSED_WORDS = re.compile(r"['’]s\s+(?:[a-z][\w-]*\s+){0,2}(?:motto|slogan|mantra|tagline|catchphrase|creed|credo|"
                              r"watchword|vision|message|pitch|promise|pledge|refrain|verdict|advice|warning|words|"
                              r"response|reply|answer|reaction|retort|explanation)"
                              # ("Acme's response was swift:": a short predicate before the colon)
                              r"(?:\s+(?:was|is)\s+(?:[a-z]+\s+)?[a-z]+(?=\s*:))?\s*[,:]\s*$")
_OWNER_DESCRIPTION = re.compile(r"(?:^|\s)((?:[Tt]he|[Tt]his|[Tt]hat)\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*))$")


def _possessed_words(ctx: _Ctx, a: int, left: str):
    """'... from Acme's current motto, "Making the world open."', 'Tom Reed's initial vision, "an online directory"':
    the named person or body whose motto, vision or message the quotation is in apposition to; None otherwise."""
    own = _POSSESSED_WORDS.search(left)
    if own is None:
        return None
    ms = [m for m in _mentions_in(ctx, max(a, a + own.start() - 80), a + own.start()) if m.end == a + own.start()]
    if not ms:
        # "The council's response was swift:": a body or a person the text describes
        desc = _OWNER_DESCRIPTION.search(left, max(0, own.start() - 40), own.start())
        if desc is not None and (desc.group(2) in _ORG_NOUNS or _person_noun(desc.group(2))):
            got = _resolve_phrase(ctx, a + desc.start(1), a + desc.end(1), inverted=False, at=a + len(left), prev=None)
            if got and got[0]:
                return got, ""
        return None
    if ms[-1].type not in ("PERSON", "ORG") or _inside_quote(ctx, ms[-1].start):
        return None
    m = ms[-1]
    return (m.entity, ctx.text[m.start:m.end], m.type), ""


_POSSESSIVE_LEAD = re.compile(r"\s*(?:(?:But|And|However|Yet),?\s+)?(His|Her|Its)\s+[^:;\"“”]{1,60}:\s*")


def _closing_fragment(text: str, p: _Piece, body: str) -> bool:
    """A fragment of three words or more in double marks that ends its sentence ('... job growth will be "stable
    and resilient."'), the writer's words before it in the same sentence."""
    if p.single or p.close_at is None or len(body.split()) < 3:
        return False
    after = text[p.close_at + 1:p.close_at + 2]
    return after in (".", "!", "?") or body.rstrip()[-1:] == "." and after in ("", " ", "\n")


_NEAR = 250  # characters between a fragment and the attributed quotation that gives it its speaker


def _paragraph_speaker(pending: list[_Piece], pieces: list[_Piece]) -> None:
    """US copy weaves one speaker's words into the writer's sentences: 'This will lead to a "more sustained
    recovery," Hoenig said. ... job growth will be "stable and resilient."' A fragment closing a sentence that
    attributes nothing (:func:`_closing_fragment`) is the words of the one person whose quotations the same
    paragraph attributes in their own sentences; it is dropped as before when the paragraph attributes none, or
    several people's."""
    for c in pending:
        # (near it: within a sentence or two, not anywhere in a wire story written as one paragraph)
        said = [q for q in pieces if q.keep and q.own and q.para == c.para and q.speaker and not q.single
                and (q.open_at - c.close_at if q.start > c.start else c.open_at - (q.close_at or q.end)) <= _NEAR]
        if not said or {q.speaker for q in said} != {said[0].speaker} or said[0].stype != "PERSON":
            continue
        src = said[0]
        c.keep, c.own, c.verb = True, True, ""
        c.speaker, c.surface, c.stype = src.speaker, src.surface, src.stype


# between two fragments coordinated in one sentence: ' and to "', ', or "', ' and that it was "'
_COORDINATED_FRAGMENTS = re.compile(r",?\s+(?:and|or|but)\s+(?:[a-z]+\s+){0,4}")


def _coordinated_before(text: str, pending: list[_Piece], loose: list[_Piece]) -> None:
    """'This was to protect girls from "predatory adults" and to "protect them from themselves".': a fragment
    dropped for want of a sayer takes the speaker the paragraph gives the fragment coordinated with it right
    after it in the same sentence (:func:`_paragraph_speaker`)."""
    said = sorted((c for c in pending if c.keep and c.speaker), key=lambda c: c.open_at)
    if not said:
        return
    opens = [c.open_at for c in said]
    for q in loose:
        k = bisect_right(opens, q.close_at)  # (the first such fragment after it: one look each)
        c = said[k] if k < len(said) else None
        if c is not None and c.para == q.para \
                and _COORDINATED_FRAGMENTS.fullmatch(text, q.close_at + 1, c.open_at) is not None:
            q.keep, q.own, q.verb = True, True, ""
            q.speaker, q.surface, q.stype = c.speaker, c.surface, c.stype


_OWNED_POST = re.compile(r"[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*){0,3}['’]s\s[a-z]")


def _lede_descriptions(ctx: _Ctx, text: str, kept: list[_Piece]) -> None:
    """News ledes name no one: "... is 'laughable', a clergyman has said." The person is named in the
    paragraphs after, as the speaker of the next quotation attributed to a named person; an indefinite
    description speaking in the perfect ("has said", "has warned") in the first paragraphs becomes that person; one
    speaking in the first paragraph in another tense, when the second opens by naming its next speaker for the first
    time (:func:`_introduced_at_paragraph`)."""
    # the next own quotation of a named person after each (read before the loop, which changes only the piece it is
    # at: one pass, not a look through every later piece for each)
    named_after: list[_Piece | None] = [None] * len(kept)
    firsts: dict = {}  # (the first mention of a named speaker, read once for every description of the lede before it)
    following = None
    for j in range(len(kept) - 1, -1, -1):
        named_after[j] = following
        q = kept[j]
        if q.own and q.stype == "PERSON" and q.speaker:
            following = q
    for i, p in enumerate(kept):
        head = p.speaker.lower().split()[-1] if p.speaker else ""
        # (a definite one too, "The mother of X has said ...", "its boss has told ...", in the perfect only: the lede's
        # person the text goes on to name)
        # (and a body's or a country's post, "Mexico's foreign minister has said")
        definite = p.speaker.lower().startswith(("the ", "its ", "his ", "her ", "their ")) \
            or _OWNED_POST.match(p.speaker) is not None
        if p.para > 2 or not p.own or p.stype != "DESC" or not p.verb \
                or not (definite or p.speaker.lower().startswith(("a ", "an "))) \
                or not (_person_description(p.speaker) or head.endswith(_PERSON_SUFFIXES) and head not in _DOC_NOUNS
                        and head not in _NONPERSON_NOUNS):
            continue
        end = p.close_at if p.close_at is not None else p.end
        around = text[max(0, p.open_at - 120):end + 120]
        named = named_after[i]
        if not re.search(r"\b(?:has|have)\s+(?:\w+\s+)?" + re.escape(p.verb) + r"\b", around):
            if definite:
                continue
            if named is not None and p.para == 0 and named.para == 1 and head not in _FOR_ANOTHER \
                    and _introduced_at_paragraph(ctx, named, p.speaker, firsts):
                # US copy's delayed lede: "A top Federal Reserve official criticized ... a "dangerous gamble."\n\n
                # Federal Reserve Bank of Kansas City President Tom Hale, ..., said ...": the one the next paragraph
                # opens by naming, with the body the description names
                p.speaker, p.stype = named.speaker, "PERSON"
            else:
                who = _named_next_sentence(ctx, p)
                if who:
                    p.speaker, p.stype = who, "PERSON"
            continue
        if definite:
            # "The mother of X has said she is "shocked". Ann Ajao said ...": the person opening the next sentence,
            # named there for the first time, before any later quotation's
            who = _named_next_sentence(ctx, p, aged=False)
            if who:
                p.speaker, p.stype = who, "PERSON"
                continue
        if named is not None and named.para <= p.para + 3:
            p.speaker, p.stype = named.speaker, "PERSON"


_AGE_AFTER = re.compile(r",\s*[0-9]{1,3}\s*,")
_LOWER_AFTER_NAME = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?[a-z]+(?:ed|s)\b|\s+(?:said|told|wrote|spoke|met|went)\b")


def _named_next_sentence(ctx: _Ctx, p: _Piece, aged: bool = True) -> str:
    """A lede's description in a body of one paragraph ("A woman who says she is "desperately unhappy" ... has lost
    her appeal. Ann Reed, 66, asked ..."): the person the next sentence opens by naming, for the first time and with
    an age, as the paragraph after the lede would; "" when there is none (or the sexes differ)."""
    text, masked = ctx.text, ctx.masked or ctx.text
    line = text.rfind("\n", 0, p.open_at) + 1
    if _SENT_BREAK.search(masked, line, p.open_at) is not None:
        return ""  # not the lede's first sentence
    brk = _SENT_BREAK.search(masked, p.close_at if p.close_at is not None else p.end)
    if brk is None or "\n" in text[p.open_at:brk.end()]:
        return ""
    ms = _mentions_in(ctx, brk.end(), brk.end() + 80)
    if not ms or ms[0].start != brk.end() or ms[0].type != "PERSON" or aged and _AGE_AFTER.match(text, ms[0].end) is None:
        return ""
    m = ms[0]
    if not aged and _LOWER_AFTER_NAME.match(text, m.end) is None:
        return ""  # (the name opens the sentence as its subject: a verb after it, "Ann Ajao said")
    if any(x.entity == m.entity for x in _mentions_in(ctx, line if not aged else 0, m.start)):
        return ""  # named before: no one the lede introduces (without an age: in the lede's own paragraph)
    want = _description_gender(p.speaker)
    if want and _all_genders(ctx).get(m.entity, "") not in (want, ""):
        return ""
    return m.entity


_NAME_LINK_WORDS = frozenset({"of", "the", "for", "and", "de", "du"})
# people who speak for someone else: "a Labour spokesman" is not the Labour leader the next paragraph names
_FOR_ANOTHER = frozenset({"spokesman", "spokeswoman", "spokesperson", "source", "aide", "adviser", "advisor",
                          "insider", "lawyer", "attorney", "representative", "assistant"})


def _introduced_at_paragraph(ctx: _Ctx, q: _Piece, desc: str, firsts: dict | None = None) -> bool:
    """The speaker of *q* is named for the first time in the text as the subject opening *q*'s paragraph, after
    the office and body they hold ("Federal Reserve Bank of Kansas City President"), and the description *desc*
    names that body by its capitalised words ("a top Federal Reserve official"). *firsts* keeps the first mention
    of each piece's speaker found (id of the piece -> it), for many descriptions asking about one piece."""
    text = ctx.text
    line = text.rfind("\n", 0, q.open_at) + 1
    if firsts is not None and id(q) in firsts:
        first = firsts[id(q)]
    else:
        first = next((m for m in _mentions_in(ctx, 0, q.open_at) if m.type == "PERSON" and m.entity == q.speaker), None)
        if firsts is not None:
            firsts[id(q)] = first
    if first is None or first.start < line:
        return False
    before = text[line:first.start].split()
    named = [w for w in desc.split()[1:] if w[:1].isupper()]
    return 0 < len(before) <= 10 and all(w[:1].isupper() or w in _NAME_LINK_WORDS for w in before) \
        and bool(named) and " ".join(named) in " ".join(before) and text[first.end:first.end + 1] in (",", " ")


# words that may follow a fragment of speech woven into a clause ("fades away" as, "very favourable" because,
# "instinctively" understood, "new liberal Britain" which): function words, verbs, adverbs
_CLAUSE_NEXT = re.compile(r"as|because|which|who|that|and|or|but|in|on|at|of|for|to|with|by|from|than|if|when|while|"
                          r"after|before|since|until|unless|over|under|about|into|is|was|were|are|be|been|has|had|have|"
                          r"will|would|could|should|can|may|might|must|did|does|do|not|so|yet|[a-z]+(?:ed|ly)|"
                          # (a preposition or a conjunction: 'using "several online accounts" including ..., police said')
                          r"including|like|without|during|through|despite|amid|against|between|among|across|within|"
                          r"via|per|around|towards|toward|onto|upon|where|whether|though|although")
# a determiner right after a fragment opens its object: the fragment is a verb ('will "resist" any changes',
# '"scrap" all fees'), never a modifier of a noun
_DETERMINERS_NEXT = frozenset({"the", "a", "an", "any", "all", "some", "every", "each", "no", "his", "her", "its",
                               "their", "these", "those", "our", "my", "your"})
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|that|these|those|him|them|it|us|me|our|my)\b")
# a preposition, a determiner and up to two lower-case modifiers before the marks: 'the vanguard of a "men's rights"
# movement', 'under the "three strikes" law'
_PHRASE_BEFORE = re.compile(r"\b(?:in|of|on|at|from|with|by|into|for|under|over|about|to|behind|against|towards|through)\s+"
                            r"(?:a|an|the|this|that|its|his|her|their|our)\s+(?:[a-z][\w'’-]*\s+){0,2}$")


def _term_in_phrase(text: str, p: _Piece, body: str, left: str, right: str) -> bool:
    """A quoted term of one to three words, no punctuation closing it, inside a noun phrase after a preposition
    (_PHRASE_BEFORE) that goes on after the marks with a lower-case word, in a sentence with no reporting verb before
    the marks nor a reporting clause after a comma following them: the writer's term for a thing, no one's words
    (not 'said the firm was in a "strong position" to grow', nor 'farmers face ruin under a "disastrous" plan, he
    said')."""
    if p.close_at is None or not body[-1:].isalnum() or len(body.split()) > 3 \
            or _LOWER_AFTER.match(text, p.close_at + 1) is None or _PHRASE_BEFORE.search(left[-60:]) is None:
        return False
    if _verbs(left):
        return False
    comma = right.find(",")
    return comma < 0 or not _verbs(right[comma:])


# a lower-case word right after a closing mark (one space between), not glued to another mark or a hyphen
_WORD_AFTER_MARK = re.compile(r" ([a-z]+)\b(?![\"“”'’-])")
# object pronouns ending a phrase in marks used as a modifier ('"thank you" calls', '"take it or leave it" vote')
_OBJECT_PRONOUNS = frozenset({"it", "you", "them", "me", "us", "him"})
# the particle closing a phrasal verb used as a modifier ('"take down" notices', '"opt out" forms')
_PARTICLES = frozenset({"down", "up", "out", "off", "away", "back", "through", "over"})
# words after a phrase in marks that the lexicon tags first as nouns but that open no noun there
_NOT_HEAD_NOUNS = frozenset({"yesterday", "today", "tonight", "tomorrow", "morning", "evening", "night", "week",
                             "year", "month", "time", "times", "day", "days", "home", "way", "ones", "one", "kind"})


_PLAIN_WORD = re.compile(r"[a-z0-9]+(?:['’-][a-z0-9]+)*")


class _PlainPairs:
    """The pairs of words next to each other in the writer's own words (the text with its quotations blanked),
    lower-cased: built in one pass the first time a fragment asks, then one set lookup per pair."""

    __slots__ = ("masked", "pieces", "pairs")

    def __init__(self, masked: str, pieces: list[_Piece]):
        self.masked, self.pieces, self.pairs = masked, pieces, None

    def __contains__(self, pair: tuple[str, str]) -> bool:
        if self.pairs is None:
            # (the words in single marks blanked too: a headline's 'silly fuss' is no writer's use of the phrase)
            parts, pos = [], 0
            for p in self.pieces:
                if p.single and p.start >= pos:
                    parts += [self.masked[pos:p.start], " "]
                    pos = p.end
            parts.append(self.masked[pos:])
            words = _PLAIN_WORD.findall("".join(parts).lower())
            self.pairs = set(zip(words, words[1:]))
        return pair in self.pairs


# verbs whose object the quotation names in the subject's own words ('dismissed the claims as "fake news"', 'labelling her
# death a "terror attack"', 'branded it a "witch hunt"')
_NAMING_VERBS = frozenset({"dismiss", "describe", "label", "brand", "call", "term", "reject", "denounce", "deride",
                           "characterise", "characterize", "condemn"})
_THAT_CLAUSE = re.compile(r"\s+that\b")


def _framed_words(left: str, got) -> bool:
    """The quotation stands in a frame that makes it the sayer's words, whatever phrase it is: a reporting verb found
    for it whose object it names ('dismisses the claims as "fake news"') or whose reported clause it is in ('says that
    the service stands on a "burning platform"'); not 'pledged to be "net zero"', which may quote a term."""
    if not got or not got[1]:
        return False
    v = next((x for x in reversed(_verbs(left)) if x.group().lower() == got[1].lower()), None)  # (the attribution's)
    if v is None:
        return False
    word = v.group().lower()
    base = _VERB_FORM.get(word, word)
    if base in _NAMING_VERBS or word in ("termed", "calls", "called", "calling") or word in _JUDGING:
        return True
    return base in ("say", "tell", "warn", "claim", "argue", "insist", "suggest") \
        and _THAT_CLAUSE.match(left, v.end()) is not None


def _plain_term(body: str, plain: _PlainPairs) -> bool:
    """A phrase in marks of two to four words ending with a noun (the lexicon's first tag) that the writer also
    writes without marks ('his "golden rule" ... will miss the golden rule'): every pair of its words stands next to
    each other in the writer's own words."""
    words = _PLAIN_WORD.findall(body.lower())
    if not 2 <= len(words) <= 4 or len(body.split()) != len(words) or words[-1] not in _lexicon_nouns():
        return False
    return all(pair in plain for pair in zip(words, words[1:]))


def _noun_modifier(text: str, p: _Piece, body: str) -> bool:
    """A phrase in marks of one to five words that ends with a noun, an object pronoun or a verb's particle (the
    lexicon's first tag; no adjective, no "-ly" adverb) and is followed, after one space, by a lower-case noun it
    modifies: 'for "gig economy" workers', 'more than the "take it or leave it" vote', 'served "take down" notices'
    name a kind of thing. Not an adjective ('the "barbaric" attack', 'with "very significant" injuries'), nor a verb
    before its object ('to "prevent" attacks', 'promised to "scrap" fees')."""
    if p.close_at is None or not body[-1:].isalnum() or len(body.split()) > 5:
        return False
    m = _WORD_AFTER_MARK.match(text, p.close_at + 1)
    if m is None:
        return False
    nxt = m.group(1)
    if nxt in _NOT_HEAD_NOUNS or _CLAUSE_NEXT.fullmatch(nxt) or nxt in _DETERMINERS_NEXT \
            or _SPEECH_NOUN_AFTER.match(text, p.close_at + 1) is not None:
        return False  # (a noun of speech after it: 'Dan Frey's "donkeys leading lions" remark' is his words)
    nouns, adjectives = _lexicon_nouns(), _lexicon_adjectives()
    if not (nxt in nouns or nxt.endswith("s") and nxt[:-1] in nouns):
        return False
    words = body.lower().split()
    last = words[-1]
    if any(w in adjectives or w.endswith("ly") for w in words):
        return False
    if _INFINITIVE_BEFORE.search(text, max(0, p.open_at - 30), p.open_at) is not None:
        return False  # 'promised to "scrap" fees', 'will "axe" jobs': a verb in marks before its object
    return last in _OBJECT_PRONOUNS or last in nouns or len(words) > 1 and last in _PARTICLES


_TERM_SUBJECT = re.compile(r"\s*(?:The|A|An|the|a|an)\s+(?:[\w-]+\s+)?")  # (two words may hold a verb: "The outlook looks")
_LOWER_AFTER = re.compile(r"\s+[a-z]")
_POSSESSIVE_BEFORE = re.compile(r"\b(?:its|their|his|her|our|my|your)\s+$")
# the noun of a scheme, a campaign or a rule right after the marks ('its "air angels" effort')
_NAMED_SCHEME_AFTER = re.compile(r"\s+(?:effort|program|programme|campaign|initiative|policy|plan|strategy|scheme|"
                                 r"project|rule|provision|doctrine|agenda|operation|movement|drive|brand|"
                                 r"label|line|series|tour|slogan|motto|approach|system|model)s?\b")
_TERM_OPENERS = {"", "the", "a", "an", "this", "that", "its", "his", "her", "their", "our", "such", "any", "no"}
_TAIL_SPEECH = (r"(said|says|added|adds|told|tells|insisted|insists|argued|argues|claimed|claims|warned|warns|stated|states|"
                r"vowed|vows|pledged|pledges|promised|promises|"
                # (the base form after a modal, as a preview of a speech has it: "..., he will add.", "they say.")
                r"say|add|argue|insist|claim|warn|state|vow|pledge|promise)")  # (a pledge closing its sentence: "..., ministers have vowed.")
_TAIL_SUBJECT = re.compile(r",\s*((?:[\w'’&-]+\s+){1,7}?)" + _TAIL_SPEECH + r"(?:\s+[a-z][\w'’ -]{0,30})?\s*[.!?]?\s*$")
# ", Ann Lee, founder of the rights group the Wiesel Centre(,) said.": the name before its aside
_TAIL_APPOSED = re.compile(r",\s*((?:[\w'’&.-]+\s+){0,4}[\w'’&.-]+)\s*,\s*[^,.;:!?\"“”\n]{3,120}?,?\s+" + _TAIL_SPEECH
                           + r"(?:\s+[a-z][\w'’ -]{0,30})?\s*[.!?]?\s*$")  # (", told reporters.": its listener after it)
_JOINED_FRAGMENT = re.compile(r"\s*(?:,\s*)?(?:and|or|but)\s+[\"“][^\"“”\n]*[\"”]")  # ' and "....."'
# (not "told" or "tells": the words after it are the listener, ", told reporters.", never the sayer)
# (", says Ann Lee, an astronomer at the institute in Bonn, Germany.": a description in apposition after the name)
_TAIL_INVERTED = re.compile(r",\s*" + _TAIL_SPEECH.replace("told|tells|", "") + r"\s+([\w'’&. -]{1,60}?)"
                            r"(?:\s*,\s*(?:a|an|the|who|one|[0-9]+)\s[^,.;:!?\"“”\n]{1,80}(?:,\s*[A-Z][^,.;:!?\"“”\n]{1,30})?)?"
                            r"\s*[.!?]?\s*$")


def _break_near(masked: str, pos: int, origin: int, line_end: int) -> re.Match | None:
    """``_SENT_BREAK.search(masked, pos, line_end)`` wherever that break opens within 1,400 characters of *origin*;
    None (or that break) for one further on, where _sentence_tail's tail is too long to read anyway. One long line
    without a break no longer costs a scan to its end for every fragment on it (quadratic on hostile text)."""
    limit = min(line_end, origin + 1400)
    brk = _SENT_BREAK.search(masked, pos, limit)
    if brk is None and limit < line_end:  # (a break that opens before the limit and runs past it: its stop, then marks)
        k = limit - 1
        while k >= pos and masked[k] in "\"”’')":
            k -= 1
        if k >= pos and masked[k] in ".!?":
            brk = _SENT_BREAK.match(masked, k, line_end)
    return brk


def _sentence_tail(ctx: _Ctx, p: _Piece, prev: _Piece | None):
    """For a fragment with no attribution of its own: the reporting clause that closes its sentence
    (", he said." / ", said Mr Lee." / ", WPP said."), the speaker of the whole paraphrase; None when the
    sentence ends otherwise."""
    masked = ctx.masked
    nxt = _LETTERS.match(masked, p.close_at + 2) if masked[p.close_at + 1:p.close_at + 2] == " " else None
    if nxt is not None and nxt.group()[0].islower() and not _CLAUSE_NEXT.fullmatch(nxt.group()) \
            and nxt.group() not in _DETERMINERS_NEXT and _OBJECT_AFTER.match(masked, nxt.end()) is None:
        # 'Under the "one-in, one-out" rule, ...': a quoted modifier of a noun names a thing (not '"instinctively"
        # understood the': a verb, its object after it)
        return None
    _, line_end = _line_bounds(masked, p.close_at)
    brk = _break_near(masked, p.close_at + 1, p.close_at + 1, line_end)
    end = brk.start() + 1 if brk is not None else line_end
    while brk is not None and _ABBREVIATION_END.search(masked, p.close_at + 1, brk.start()) is not None:
        brk = _break_near(masked, brk.end(), p.close_at + 1, line_end)  # "said Mr R. Sridharan."
        end = brk.start() + 1 if brk is not None else line_end
    tail = masked[p.close_at + 1:end]
    if len(tail) > 400 or ":" in tail:
        return None
    joined = _JOINED_FRAGMENT.match(tail)
    if joined is not None:
        # 'The plan was "dead" and "a waste of money", Ann Lee said.': the fragments share the clause after
        # the last one
        lo = p.close_at + 1 + joined.end()
        got = _attribute_right(ctx, lo, masked[lo:end], p.open_at, prev)
        if got and got[0] and got[0][0]:
            return got
    m = _TAIL_APPOSED.search(tail)
    if m is not None:
        lo = p.close_at + 1
        ms = _mentions_in(ctx, lo + m.start(1), lo + m.end(1))
        if ms and ms[-1].end == lo + m.end(1) and ms[-1].type in ("PERSON", "ORG"):
            got = _resolve_phrase(ctx, ms[-1].start, ms[-1].end, inverted=False, at=p.open_at, prev=prev)
            if got and got[0]:
                return got, m.group(2).lower()
    m = _TAIL_SUBJECT.search(tail)
    if m is not None and len(m.group(1).split()) <= 7:
        lo = p.close_at + 1
        got = _resolve_phrase(ctx, lo + m.start(1), lo + m.end(1), inverted=False, at=p.open_at, prev=prev)
        if got and got[0]:
            return got, m.group(2).lower()
    m = _TAIL_INVERTED.search(tail)
    if m is not None:
        lo = p.close_at + 1
        got = _resolve_phrase(ctx, lo + m.start(2), lo + m.end(2), inverted=True, at=p.open_at, prev=prev)
        if got and got[0]:
            return got, m.group(1).lower()
    return None


# the writer's words before the fragment: a short subject and a copula ("Law lords were", "The plan was")
_PARAPHRASE_GOES_ON = re.compile(r"\s*(?:[\w'’-]+\s+){1,4}(?:was|were|is|are|had\s+been|has\s+been|would\s+be)\s+$")


# 'A study by the university found that the drug "significantly reduced" ...', 'The report concluded the scheme was
# "poor value"': a document opening the sentence, a verb of finding, then the fragment in the same sentence
_DOC_FINDING = re.compile(r"(?:^|[.!?]\s+|\n)\s*(?:(?:But|And|However|Yet|Meanwhile|Now),?\s+)?"
                          r"((?:[Aa]n?|[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Oo]ne|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?"
                          r"(?:study|report|survey|review|analysis|poll|inquiry|audit|paper|investigation|assessment|"
                          r"research|trial|evaluation))\b[^.;:!?\"“”\n]{0,120}?\s"
                          r"(?:found|finds|showed|shows|concluded|concludes|suggested|suggests|revealed|reveals|"
                          r"estimated|estimates|predicted|predicts)\s+(?:that\s+)?[^.;:!?\"“”\n]*$")


def _document_finding(ctx: _Ctx, p: _Piece, a: int, left: str):
    """A fragment in a sentence whose subject is a document that found or concluded it: that document (a
    description), with no reporting verb of its own ("A survey found that ... "...""); None otherwise."""
    m = _DOC_FINDING.search(left[-400:]) if ("found" in left or "show" in left or "conclude" in left
                                             or "suggest" in left or "reveal" in left or "estimate" in left
                                             or "predict" in left) else None
    if m is None:
        return None
    lo = a + len(left) - len(left[-400:])
    got = _resolve_phrase(ctx, lo + m.start(1), lo + m.end(1), inverted=False, at=p.open_at, prev=None)
    if got is None or not got[0] or got[2] != "DESC" or got[0].split()[-1].lower() not in _DOC_NOUNS | {
            "inquiry", "audit", "investigation", "assessment", "trial", "evaluation"}:
        return None
    return got, ""


# a verb of holding a view before a fragment: 'Ann Lee thinks the plan can offer "a far better deal"', '40 of the
# members believed the rule was "unfair and out of date"' (not the raised passive "is believed to": no one's view)
# (the verb first, so the engine skips to a "t", "b" or "f"; the words before it tested after a match)
_HELD_VIEW = re.compile(r"\b(thinks|believes|believed|feels|felt)\s+(?:that\s+)?(?!to\b)[A-Za-z]")
_RAISED_BEFORE = re.compile(r"\b(?:is|was|are|were|be|been)\s+$")


def _held_view(ctx: _Ctx, p: _Piece, a: int, left: str, prev: _Piece | None):
    """A fragment whose own sentence reports a view its subject holds ("thinks", "believes", "feels": the last such verb
    before the marks, no reporting verb after it): that subject, resolved as a reporting verb's is, with the view verb;
    None otherwise. (Only for a fragment no reporting verb attributes: a whole quotation after "believes" is no one's
    words until a verb of saying says so.)"""
    tail = left[-300:]
    if "thinks" not in tail and "believe" not in tail and "feels" not in tail and "felt" not in tail:
        return None  # (most fragments: four substring tests, no pattern)
    found = None
    for found in _HELD_VIEW.finditer(tail):
        pass
    if found is None or _verbs(tail[found.end(1):]) \
            or _RAISED_BEFORE.search(tail, max(0, found.start() - 8), found.start()) is not None:
        return None
    lo = len(left) - len(tail)
    v = _Verb(lo + found.start(1), lo + found.end(1), found.group(1).lower())
    got = _left_verb(ctx, a, left, v, p.open_at, prev)
    if not got or not got[0] or not got[0][0] or got[0][2] not in ("PERSON", "ORG", "DESC"):
        return None
    return got[0], v.word


_HEARING = r"(court|jury|inquest|tribunal|hearing|trial|inquiry)\s+(?:(?:has|had|was|were)\s+)?(?:heard|told)"
_HEARD_OPENING = re.compile(r"\s*(?:(?:But|And|Earlier|Later),?\s+)?[Tt]he\s+" + _HEARING + r"\b")
_HEARD_CLOSING = re.compile(r",\s+the\s+" + _HEARING + r"\s*[.!?]")


def _court_heard(ctx: _Ctx, p: _Piece):
    """A fragment in a sentence a court heard ("The court heard they went on a "rampage"", "... heard "vile abuse"
    on the tram, the court heard."), with no sayer of its own: the court, described (court reports); None otherwise."""
    masked = ctx.masked
    # (both looks bounded by MAX_CONTEXT, as the writer's words around a quotation are: a text without stops or
    # line breaks made each fragment read back to its line's start and on to the text's end)
    line = max(masked.rfind("\n", 0, p.open_at) + 1, p.open_at - MAX_CONTEXT)
    lo = _last_break_end(masked, line, p.open_at)
    lo = line if lo < 0 else lo
    opening = _HEARD_OPENING.match(masked, lo)
    if opening is not None:
        return (f"the {opening.group(1).lower()}", masked[lo:opening.end()].strip(), "DESC"), "heard"
    end = p.close_at if p.close_at is not None else p.end
    stop = _SENT_BREAK.search(masked, end + 1, end + 1 + MAX_CONTEXT)
    closing = _HEARD_CLOSING.search(masked, end, (stop.end() if stop is not None else min(len(masked), end + 1 + MAX_CONTEXT)))
    if closing is not None:
        return (f"the {closing.group(1).lower()}", closing.group(0).strip(" ,.!?"), "DESC"), "heard"
    return None


def _paraphrase_before(ctx: _Ctx, p: _Piece, a: int):
    """The speaker of the sentence right before the one at *a* (same paragraph), when that sentence is
    reported speech ("X said ...") holding no quotation of its own after its verb; None otherwise."""
    masked = ctx.masked
    line = masked.rfind("\n", 0, a) + 1
    if a <= line:
        # the sentence opens its paragraph: the paraphrase of the paragraph before goes on ("..., Ms Lee says.
        # \n\nThere are "no big differences" ...")
        a = _stripped_end(masked, line)
        if a <= 0 or masked[a - 1] not in ".!?":
            return None
        line = masked.rfind("\n", 0, a) + 1  # (not after a closing mark: a paragraph ending in a quotation)
    lo = _last_break_end(masked, line, a - 1)
    lo = line if lo < 0 else lo
    sentence = masked[lo:a]
    vs = [v for v in _verbs(sentence) if v.word in _PLAIN_SPEECH or v.word in ("argued", "insisted", "warned",
                                                                                "claimed", "says", "said")]
    if not vs:
        return None
    got = _attribute_left(ctx, lo, sentence[:vs[0].end()], p.open_at, None)
    if got is None or not got[0][0] or got[0][2] == "DESC" and not _person_description(got[0][0]):
        return None
    return got[0], ""


def _reported_before(ctx: _Ctx, p: _Piece, *, paragraphs: int = 2, after: int = 0):
    """The attribution of the last sentence reporting speech in the quotation's paragraph or the
    *paragraphs* before it, starting at *after* or later (for a quotation no earlier quotation or sentence
    attributes, or one a new speaker's reported speech separates from the last quotation); None when none."""
    masked = ctx.masked
    lo = _line_bounds(masked, p.open_at)[0]
    for _ in range(paragraphs):
        before = _stripped_end(masked, lo)
        if before <= 0:
            break
        lo = masked.rfind("\n", 0, before) + 1
    if lo < after:
        lo = after
        if masked[after - 2:after - 1] not in (".", "!", "?"):
            # '"..., " he said.': the last quotation's sentence goes on after its closing mark with its own
            # reporting clause, which reports no new speech (its "he" is that quotation's speaker)
            end = _SENT_BREAK.search(masked, after, p.open_at)
            lo = end.end() if end is not None else p.open_at
        while lo < p.open_at and masked[lo] in " \n\t.,;:!?\"”’'":
            lo += 1  # (the rest of the last quotation's sentence is no sentence of its own)
    seg = masked[lo:p.open_at]
    ends = [0] + [m.end() for m in _SENT_BREAK.finditer(seg)]
    for i in range(len(ends) - 1, 0, -1):
        sentence = seg[ends[i - 1]:ends[i]]
        if "\n\n" in sentence.strip() or not _verbs(sentence):
            continue
        got = _attribute_left(ctx, lo + ends[i - 1], sentence, p.open_at, None)
        if got is not None and got[0][0] and got[1] and got[1] not in ("according to", "as per", "citing", "in the words of"):
            return got
    return None


def _previous_sentence(ctx: _Ctx, p: _Piece, prev: _Piece | None):
    """The attribution of the sentence right before a quotation that opens its own sentence, when that
    sentence (in the same paragraph, holding no quotation) reports someone's speech."""
    masked = ctx.masked
    a, _ = _line_bounds(masked, p.open_at)
    if not masked[a:p.open_at].strip() and a > 1:
        # the quotation opens its paragraph: the last sentence of the paragraph before
        a = masked.rfind("\n", 0, _stripped_end(masked, a, "\n")) + 1
        seg = masked[a:_stripped_end(masked, p.open_at)] + " "
    else:
        seg = masked[a:p.open_at]
    breaks = list(_SENT_BREAK.finditer(seg))
    if not breaks or breaks[-1].end() != len(seg):
        return None  # the quotation does not open a sentence
    lo = breaks[-2].end() if len(breaks) > 1 else 0
    sentence = seg[lo:breaks[-1].start() + 1]
    if not sentence.strip():
        return None
    if prev is not None and prev.own and a + lo <= prev.start < a + lo + len(sentence):
        return None  # '"...," the left-hander said. "...."': that quotation's attribution, its speaker goes on
    verbs = _verbs(sentence)
    if verbs and _INFINITIVE_BEFORE.search(sentence, 0, verbs[-1].start()) is not None:
        # "Mr Crean says Mr Howard should apologise.", "Mr Howard rejected calls from Mr Crean to apologise.": a
        # reporting verb inside a modal or an infinitive reports nothing said; the sentence's own verb (or its
        # subject) does, up to that verb
        sentence = sentence[:verbs[-1].start()]
        while _verbs(sentence) and _INFINITIVE_BEFORE.search(sentence, 0, _verbs(sentence)[-1].start()) is not None:
            sentence = sentence[:_verbs(sentence)[-1].start()]
    got = _attribute_left(ctx, a + lo, sentence, p.open_at, prev)
    if got is not None and not got[0][0]:
        return None  # a pronoun resolved to no one: the quotation before speaks on
    if got is not None and got[1] in ("according to", "as per", "in the words of") and got[0][2] == "PERSON":
        return got[0], ""  # "According to Mr Carr, the figures were wrong. "They do not add up."": his words go on
    if got is None or not got[1] or got[1] in ("according to", "as per", "citing", "in the words of"):
        # "Tom Reed rejected that. "The costs are fine."": a person newly the subject of the sentence before
        ms = [m for m in _mentions_in(ctx, a + lo, a + lo + len(sentence)) if not _inside_quote(ctx, m.start)]
        if ms and ms[0].type == "PERSON" and (prev is None or ms[0].entity != prev.speaker) and _is_subject(ctx, ms[0]) \
                and not _verbs(sentence):
            return (ms[0].entity, ctx.text[ms[0].start:ms[0].end], "PERSON"), ""
        return None
    return got
