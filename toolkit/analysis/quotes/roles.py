"""What the text says about the people it names: roles and offices, nationalities, genders.

- Roles: "Tory leader Michael Howard", "Tony Blair, the prime minister," (``_roles``), offices written
  before a name ("shadow", "deputy": ``_other_offices``), ages ("Ann Keo, 24,"), and whether a role the
  text gives someone fits the one asked for ("the prime minister" is not "Finance Minister X":
  ``_role_fits``). ``_definite`` reads the head of a definite description ("the minister", "the
  magazine") and the kinds of entity it can stand for; ``_named_as`` finds the entity the text names
  beside a noun ("technology magazine Mobile PC").
- Nationalities: the people the text ties to a country ("Russia's Olga Petrova"), for "the Russian said".
- Genders: by title (Mr, Ms, Sir), by a gendered noun beside the name ("actress Ann Lee") or, failing
  those, by given name (Faker's English name lists, kept in the toolkit's disk cache): a cue for passing
  over people of the other sex, never for picking one out.

Input: the ``_Ctx`` of a document (its text and mentions). Output: small dicts and sets, cached on the
context.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .marks import _SENT_BREAK
from .people import _Ctx, _Mention, _inside_quote, _mentions_in, _name_genders, _world_name_genders
from .verbs import _DETERMINERS, _NOT_HEADS, _NOT_MODIFIED, _ORG_NOUNS, _ROLE_NOUNS, _TITLES, _VERB_FORM

_NATIONAL_GAP = re.compile(r"(?:['’]s)?\s+(?:[a-z][\w-]*\s+){0,3}")  # "Russia's Olga", "Russian world champion Olga"
_NATIONAL_AFTER = re.compile(r"\s+(?:of|from)\s+|\s*\(|,\s+")  # "Olga Petrova of Russia", "Olga Petrova (Russia)"


def _country_key(ctx: _Ctx, m: _Mention) -> str:
    """The country a GPE or NORP mention names or is of ("Frenchman", "French", "France": "france"), by the
    entity module's demonym table when it is there (else the name's first four letters)."""
    try:
        from ..entities.geography import _demonym_of  # noqa: PLC0415
    except ImportError:  # pragma: no cover - the quotes module runs without the entity module
        _demonym_of = None
    if m.type == "NORP" or m.type == "GPE" and ctx.text[m.start:m.end] != m.entity:
        for word in (ctx.text[m.start:m.end], m.entity):
            found = _demonym_of(word) if _demonym_of is not None and " " not in word else None
            if found is not None and found[1]:
                return found[1].lower()
    return m.entity.lower() if m.type == "GPE" else m.entity[:4].lower()


def _nationals(ctx: _Ctx, m: _Mention, at: int) -> set:
    """The people the text ties to the country or nationality of *m* before *at*: named right after it
    ("Russia's Olga Petrova", "Kenyan Paul Tergat") or followed by it ("Olga Petrova of Russia", "(Russia)")."""
    text = ctx.masked or ctx.text
    key = _country_key(ctx, m)
    found: set = set()
    i = bisect_left(ctx.starts, at)
    ms = ctx.mentions[:i]
    for k, x in enumerate(ms):
        if x is m or x.type not in ("GPE", "NORP") or _country_key(ctx, x) != key:
            continue
        nxt = ms[k + 1] if k + 1 < len(ms) else None
        if nxt is not None and nxt.type == "PERSON" and _NATIONAL_GAP.fullmatch(text, x.end, nxt.start) is not None:
            found.add(nxt.entity)
        before = ms[k - 1] if k else None
        if before is not None and before.type == "PERSON" and _NATIONAL_AFTER.fullmatch(text, before.end, x.start) is not None:
            found.add(before.entity)
    return found


# Offices whose modifier says which one ("prime minister" / "finance minister", "US president" / "French
# president"): two different modifiers are two offices, so two people. (Not "leader", "manager", "boss":
# "Tory leader" / "Conservative leader", "Gunners boss" / "Arsenal manager" name one office two ways.)
_OFFICES = {"minister", "secretary", "chancellor", "president", "premier", "governor", "commissioner",
            "ambassador", "mayor"}
# modifiers making an office another one: the shadow chancellor is not the chancellor, nor the former one
_OTHER_OFFICE = {"shadow", "deputy", "vice", "former", "ex", "junior", "assistant", "outgoing"}
_TITLE_WORDS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof", "Professor"}
_ROLE_AFTER = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:([\w-]+)\s+)?([a-z][\w-]*)\s*"
                         r"(?:[,.;]|\s+(?:of|at|for|in|to)\s)")
# posts a person holds (not what they are or do: "film star Liam Neeson" may well be "the actor"): someone
# named only with posts that are not the wanted one is not its holder
_POSITIONS = _OFFICES | {"leader", "chairman", "chairwoman", "chair", "chief", "executive", "boss", "manager", "coach",
                         "director", "judge", "mp", "mep", "captain", "head", "official", "spokesman", "spokeswoman",
                         "founder", "editor", "magistrate", "coroner", "prosecutor"}
# a court's officers by the title written before their name: "Justice Anne Rowe" is "the judge", "Magistrate Pat
# Shane" "the magistrate" (courts copy of every country names them so, then by the office alone)
_TITLE_ROLE = {"justice": "judge"}
_ROLE_HEADS = _ROLE_NOUNS - {"prime"} | _OFFICES | {"chairwoman", "mp", "mep", "magistrate", "coroner", "prosecutor",
                                                     "skipper"}
_OFFICE_NOUNS = frozenset(_TITLES | _POSITIONS | _ROLE_NOUNS | {
    "archbishop", "bishop", "mayor", "duke", "duchess", "earl", "dean", "governor", "secretary-general", "provost",
    "chancellor", "rector", "principal", "vice-chancellor", "commissioner", "ambassador", "chairman", "chairwoman"})


# sports copy names a team by its manager or coach: "Olsen's side", "Wenger's men", "Keogh's squad"
_LED_SIDE = re.compile(r"['’]s?\s+(?:side|men|squad|team|charges)\b")
# the role written before the name with its body between ("met the governor of the Bank of England, Mervyn King",
# "the head of the IMF, Rodrigo Rato,"): the noun after the article, the body's name as its modifier
_ROLE_OF_BEFORE = re.compile(r"\b(?:the|a|an)\s+(?:[a-z][\w-]*\s+)?([a-z][\w-]*)\s+(?:of|at|for)\s+(?:the\s+)?"
                             r"([A-Z][\w&'’.-]*(?:\s+(?:of\s+|and\s+|for\s+)?[A-Z][\w&'’.-]*){0,5}),\s$")


def _roles(ctx: _Ctx) -> dict[str, set]:
    """Person -> {(modifier, role noun)} for the roles the text names beside them: "Tory leader Michael
    Howard" ("tory", "leader"), "Tony Blair, the prime minister," ("prime", "minister"), "shadow chancellor
    Oliver Letwin" ("shadow", "chancellor"); people named with no role are left out."""
    if ctx.roles is None:
        found: dict[str, set] = {}
        text = ctx.text
        for m in ctx.mentions:
            if m.type != "PERSON":
                continue
            pairs = []
            if m.start > 1 and text[m.start - 1] == " ":
                # the words right before the name (a title between dropped): "Tory leader (Mr) Michael Howard"
                seg = text[max(0, m.start - 50):m.start]
                words = seg[seg.rfind("\n") + 1:].split(" ")[-5:-1]
                if words and words[-1].rstrip(".") in _TITLE_WORDS:
                    words.pop()
                if words:
                    pairs.append((words[-2] if len(words) > 1 else "", words[-1]))
                if seg.endswith(", "):
                    before = _ROLE_OF_BEFORE.search(text, max(0, m.start - 90), m.start)
                    if before is not None:
                        pairs.append((before.group(2), before.group(1)))
            if text.startswith(("'s ", "’s ", "' ", "’ "), m.end) and _LED_SIDE.match(text, m.end) is not None:
                pairs.append(("", "manager"))  # "Olsen's side are five points clear": the one who picks it
            if text.startswith(",", m.end):
                after = _ROLE_AFTER.match(text, m.end, m.end + 70)
                if after is not None:
                    pairs.append((after.group(1) or "", after.group(2)))
            for mod, head in pairs:
                head = head.lower()
                head = _TITLE_ROLE.get(head, head)
                if head not in _ROLE_HEADS:
                    continue
                low = mod.lower()
                if not low.isalpha() or low in _DETERMINERS or low in _NOT_HEADS or low in _TITLE_GENDER:
                    mod = ""
                found.setdefault(m.entity, set()).add((mod, head))  # (the modifier as written)
        ctx.roles = found
    return ctx.roles


# one post under several nouns ("Manager Steve Bruce" is "the Birmingham boss"; a secretary of state is "the
# minister"); "boss", "chief" and "head" may stand for any post
_ROLE_KIN = {"secretary": "minister", "chancellor": "minister", "premier": "minister", "coach": "manager",
             "chairwoman": "chairman", "chair": "chairman", "ceo": "executive", "skipper": "captain"}
_ANY_POST = {"boss", "chief", "head"}


def _role_fits(have: tuple[str, str], head: str, mod: str, mod_name: bool = False) -> bool:
    """Whether a role the text gives someone, (modifier as written, noun), can be the role "the <mod>
    <head>" (*mod* lower-cased; *mod_name*: written with a capital, a name such as a team or a country)."""
    hmod_text, hhead = have
    hmod = hmod_text.lower()
    same = hhead == head or _ROLE_KIN.get(hhead, hhead) == _ROLE_KIN.get(head, head)
    if not same and not (hhead in _ANY_POST and head in _POSITIONS or head in _ANY_POST and hhead in _POSITIONS):
        return False
    if hmod in _OTHER_OFFICE or mod in _OTHER_OFFICE:
        return hmod == mod  # "the chancellor" is not "shadow chancellor Oliver Letwin"
    if head in _OFFICES and hmod and mod:
        return hmod == mod  # "the prime minister" is not "Finance Minister Ralph Goodale"
    if mod_name and hmod and hmod != mod and hmod_text[:1].isupper() \
            and not (len(mod) >= 3 and len(hmod) > len(mod) and hmod.startswith(mod)):
        # ("the Lib Dem leader" is "Liberal Democrat leader Tom Reed": a short form of the same name)
        return False  # "the Wales coach" is not "England coach Andy Robinson" (one noun, two named sides)
    return True


def _aged(ctx: _Ctx, years: str, at: int) -> set:
    """The people named before *at* with the age *years*: "Ann Keo, 24,", "Ann Keo (24)", "24-year-old Ann Keo"."""
    text = ctx.masked or ctx.text
    after = re.compile(r",\s*" + years + r"\b|\s*\(" + years + r"\)")
    before = re.compile(r"\b" + years + r"-year-old\s+(?:[a-z][\w-]*\s+){0,2}$")
    found = set()
    for m in ctx.mentions:
        if m.start >= at:
            break
        if m.type == "PERSON" and (after.match(text, m.end) is not None
                                   or before.search(text, max(0, m.start - 40), m.start) is not None):
            found.add(m.entity)
    return found


# ("assistant" only before another noun: "assistant chief constable X"; "care assistant X" is a job, no office)
_OFFICE_WORDS_BEFORE = re.compile(r"\b(shadow|deputy|vice|former|ex|junior|outgoing|assistant(?=[\s-]+[A-Za-z]+\s+[A-Za-z]))"
                                  r"[\s-]+(?:[A-Za-z]+\s+){0,3}$", re.I)


def _other_offices(ctx: _Ctx, name: str) -> set:
    """The words of :data:`_OTHER_OFFICE` the text writes within the four words before a mention of the
    person *name* ("Shadow home secretary David Davis": {"shadow"})."""
    if ctx.offices is None:
        text = ctx.text
        ctx.offices = {}
        for m in ctx.mentions:
            if m.type == "PERSON":
                hit = _OFFICE_WORDS_BEFORE.search(text, max(0, m.start - 50), m.start)
                if hit is not None:
                    ctx.offices.setdefault(m.entity, set()).add(hit.group(1).lower())
    return ctx.offices.get(name, set())


_DOC_NOUNS = {"report", "study", "survey", "research", "document", "letter", "statement", "guidance", "ruling",
              "figures", "data", "poll", "review", "analysis", "paper", "findings", "website", "memo", "e-mail",
              "email", "message", "line", "book", "film", "play", "song", "virus", "idea", "plan", "bill", "law",
              # court papers speak for themselves ("the suit said"): a description, not the party behind them
              "suit", "lawsuit", "complaint", "filing", "petition", "indictment", "judgment", "affidavit", "writ",
              "summons", "motion", "submission"}
_NONPERSON_NOUNS = _ORG_NOUNS | {"magazine", "show", "programme", "program", "site", "court", "station", "channel",
                                 "band", "team", "side", "squad", "country", "nation", "city", "state", "club",
                                 "festival", "academy", "institute", "university", "school", "airline", "carrier",
                                 "retailer", "bank", "giant", "maker", "operator", "charity", "tribunal", "panel",
                                 "tank", "think-tank", "carmaker", "automaker", "chipmaker", "drugmaker", "manufacturer",
                                 "insurer", "lender", "publisher", "supermarket", "chain", "conglomerate", "label",
                                 "studio", "exchange", "authority", "organisation", "organization",
                                 "force",  # (police copy: "Kent Police said ... the force added")
                                 "embassy", "consulate",  # ("The embassy said": a country's mission, no person)
                                 # (institutions that issue statements: "the hospital said in a statement")
                                 "hospital", "museum", "gallery", "college", "prison", "theatre", "theater", "library", "zoo",
                                 # (wire epithets of a company named before: "the 150-year-old business said")
                                 "business", "housebuilder", "utility", "start-up", "startup", "multinational"}


# participles of reporting verbs that courts copy uses as a person noun after "the": "the accused told police"
_PARTICIPLE_NOUNS = frozenset({"accused"})


_COUNTS = frozenset("two three four five six seven eight nine ten eleven twelve".split())
_PARENT_NOUNS = frozenset({"father", "mother", "grandfather", "grandmother", "parent", "dad", "mum", "mom"})


def _without_count(np: list[str]) -> list[str]:
    """"father of three", "mother of two": the noun, without the count of children that follows it."""
    if len(np) >= 3 and np[-2] == "of" and (np[-1] in _COUNTS or np[-1].isdigit()) and np[-3] in _PARENT_NOUNS:
        return np[:-2]
    return np


def _definite(core: list[str], inverted: bool) -> tuple[str, tuple[str, ...]] | None:
    """("minister", ("PERSON",)) for "the minister", "the world indoor champion", "the Tory co-chairman";
    ("magazine", ("ORG", ...)) for "the magazine"; None for other phrases, possessives ("the prime
    minister's spokesman"), plurals ("the artists") and documents ("the report")."""
    if "the" not in core:
        return None
    if inverted:
        if core[0] != "the":
            return None
        np = core[1:]
    else:
        i = len(core) - 1 - core[::-1].index("the")
        np = core[i + 1:]
    np = _without_count(np)
    if 4 < len(np) <= 7:
        np = np[-4:]  # "the world 200m and 400m record holder": the head and its nearest modifiers
    if not np or len(np) > 4 or any((w in _NOT_HEADS or w in _NOT_MODIFIED or w in _VERB_FORM)
                                    and not (w == np[-1] and w in _PARTICIPLE_NOUNS) for w in np):
        return None
    if any(w.endswith(("'s", "’s", "'", "’")) for w in np):
        return None
    return _definite_head(np)


def _definite_np(core: list[str], inverted: bool) -> list[str]:
    """The words of the noun phrase :func:`_definite` reads its head from ("prime minister" for "the prime
    minister"); [] when it reads none."""
    if _definite(core, inverted) is None:
        return []
    if inverted:
        np = core[1:]
    else:
        i = len(core) - 1 - core[::-1].index("the")
        np = core[i + 1:]
    return _without_count(np)[-4:]


# groups of people named by what they do together, no one person and no body of the entity table: "the jury
# said" is the jury (a description), not the person the story is about
_COLLECTIVE_NOUNS = {"jury", "judges", "family", "families", "crowd", "audience", "public", "prosecution", "defence",
                     "defense", "organisers", "organizers",
                     # two or three people as one ("the couple said": both, not the last one named)
                     "couple", "pair", "duo", "trio",
                     # the people who lead or speak for a side together ("the Palestinian leadership underscored")
                     "leadership", "delegation", "administration", "opposition", "cabinet", "regime", "junta"}


def _definite_head(np: list[str]) -> tuple[str, tuple[str, ...]] | None:
    head = np[-1]
    if np[0] in _COUNTS:
        return None  # "the two", "the two men", "the three women": a group, not the last person named
    if head in ("spokesman", "spokeswoman", "spokesperson", "source", "sources"):
        return None
    if not head.isalpha() and "-" not in head or head in _DOC_NOUNS or head in _COLLECTIVE_NOUNS:
        return None
    if head in ("country", "nation", "city", "state", "town"):
        return head, ("GPE",)
    if head in _NONPERSON_NOUNS:
        return head, ("ORG",)
    if head.endswith("s") and not head.endswith("ss") and head not in _ROLE_NOUNS:
        return None
    return head, ("PERSON",)


def _named_as(ctx: _Ctx, noun: str, at: int, types: tuple[str, ...], *, mod: str | None = None,
              mod_name: bool = False, holders: set | None = None) -> str:
    """The entity the text names next to *noun* before *at* ("technology magazine Mobile PC", "Mobile PC
    magazine"): the closest such pairing (the latest among equals); "" when the noun never stands beside a
    fitting name. With *mod* (a person's office, "prime" for "the prime minister"), the noun's own modifier
    in the text must fit it (:func:`_role_fits`): not "Finance Minister X", not "shadow chancellor Y"; and
    a pairing with that very modifier comes first ("the Arsenal manager": "Arsenal manager X", not "Chelsea
    manager Y")."""
    text = ctx.masked or ctx.text
    found, found_gap = "", 1 << 30
    exact, exact_gap = "", 1 << 30
    for i, j in _noun_hits_before(text, noun, at):
        hmod = ""
        if mod is not None:
            before = _ROLE_MOD_BEFORE.search(text, max(0, i - 30), i)
            hmod_text = before.group(1) if before is not None else ""
            hmod = hmod_text.lower()
            if hmod in _DETERMINERS or hmod in _NOT_HEADS or hmod in _TITLE_GENDER:
                hmod = hmod_text = ""
            if not _role_fits((hmod_text, noun), noun, mod, mod_name):
                continue
        best = None
        for m in _mentions_in(ctx, max(0, i - 60), min(at, j + 40)):
            if m.type not in types:
                continue
            gap = text[m.end:i] if m.end <= i else text[j:m.start] if m.start >= j else None
            apposed = m.end <= i and _APPOSED_A.match(gap) is not None if gap is not None else False
            if gap is None or _SENT_BREAK.search(gap) or len(gap.split()) > (6 if apposed else 3) \
                    or m.start < i - 30 and not apposed:
                continue  # (a longer description in apposition: "McAfee.com, a leading anti-virus software company")
            if m.start >= j and gap.lstrip()[:1] not in (",", "(") \
                    and any(w[:1].islower() and w not in _NAME_GAP_WORDS for w in gap.split()):
                continue  # "The girl met Reed": a verb between, a clause (not "the chief executive of Acme, Tom Reed")
            if m.end <= i and gap[:1] in ("'", "’"):
                continue  # "Tom Reed's lawyer": the lawyer is someone else, not the name before it
            if m.end <= i and (gap[:1] not in (",", "(", " ") or gap[:1] == " " and _LOWER_WORD.search(gap) is not None
                               or _COORDINATED.match(gap) is not None):
                continue  # "Gordon Brown met the governor", "John Smith, and the mayor": a clause or another person
                # between, no apposition ("X, the governor", "Acme chairman": a comma, or names only, between)
            if m.end <= i and gap[:1] == "," and not text[j:at].strip():
                # "Speaking to the BBC, the company said", "In a post on Facebook, the club said": the noun is the
                # subject right before its verb, the name before the comma closes an opening phrase (no apposition)
                continue
            if best is None or len(gap) < best[0]:
                best = (len(gap), m.entity)
        if best is not None and holders is not None:
            holders.add(best[1])  # (every entity the noun is paired with, for the caller to choose among)
        if best is not None and best[0] <= found_gap:
            found_gap, found = best
        if best is not None and mod and hmod == mod and best[0] <= exact_gap:
            exact_gap, exact = best
    return exact or found


_NAME_GAP_WORDS = frozenset({"of", "for", "at", "in", "the", "a", "an", "and", "&", "de", "du", "von", "van", "known", "as", "named",
                             "called", "nicknamed", "dubbed"})
_APPOSED_A = re.compile(r", an? [\w-]+(?: [\w-]+)* $")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z]")
_COORDINATED = re.compile(r",?\s+(?:and|or|but|nor)\s")
# The most places a noun is looked at before one quotation (the last ones): far more than any story names one role
# noun (a 1946 State of the Union message of 200,000 characters needs between 100 and 300), and the look stays
# linear on a text that repeats it without end.
MAX_NOUN_HITS = 300


@lru_cache(maxsize=64)
def _noun_hits(text: str, noun: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """(starts, ends) of *noun* as a word in *text*, any case: found once per text and noun."""
    # (not the end of a compound: "co-founder X", "vice-president Y" hold another post than "the founder")
    hits = [h.span() for h in re.finditer(r"(?<![\w-])" + re.escape(noun) + r"\b", text, re.I)]
    return tuple(a for a, _ in hits), tuple(b for _, b in hits)


def _noun_hits_before(text: str, noun: str, at: int) -> list[tuple[int, int]]:
    """The spans ``re.finditer(rf"(?<![\\w-]){noun}\\b", text[:at], re.I)`` finds (the last :data:`MAX_NOUN_HITS` of them),
    from the hits in the whole text."""
    starts, ends = _noun_hits(text, noun)
    k = bisect_left(ends, at + 1)  # the hits ending at or before *at*
    out = list(zip(starts[max(0, k - MAX_NOUN_HITS):k], ends[max(0, k - MAX_NOUN_HITS):k]))
    if at < len(text) and (text[at].isalnum() or text[at] == "_") and at >= len(noun) \
            and (k == 0 or ends[k - 1] < at):
        # (cut at *at*, a word may end there that goes on in the whole text: "minister" in "ministers")
        tail = re.compile(r"(?<![\w-])" + re.escape(noun) + r"\Z", re.I).search(text[max(0, at - len(noun) - 1):at])
        if tail is not None:
            out.append((at - len(noun), at))
    return out


_ROLE_MOD_BEFORE = re.compile(r"(?<![\w'’-])([A-Za-z][a-z-]*|[A-Z][\w-]*)\s+$")


def _named_kind(ctx: _Ctx, noun: str, at: int) -> _Mention | None:
    """The last organisation named before *at* (outside quotations) whose name ends in *noun* ("the
    Public Accounts Committee" for "committee"); None when none."""
    i = bisect_left(ctx.starts, at) - 1
    while i >= 0:
        m = ctx.mentions[i]
        i -= 1
        if m.type == "ORG" and m.end <= at and m.entity.split()[-1].lower() == noun and not _inside_quote(ctx, m.start):
            return m
    return None


def _named_group(ctx: _Ctx, noun: str, at: int) -> _Mention | None:
    """The last group named right after the plural *noun* before *at* ("artists Langlands & Bell", "the
    brothers Tom and Joe Reed"): an organisation or a name joining two ("&", "and"); else the last body the
    text describes in apposition as made of them ("the Jihad Council (JC), an alliance of 18 groups," for "the
    groups"); None otherwise. The places of *noun* are read once per text (``_group_hits``): a binary search per
    call, not a look at every earlier place of the noun (the square of the length on a text that repeats it)."""
    text = ctx.masked or ctx.text
    hits = _group_hits(ctx, noun, text)
    ends, noun_ends, last_found = hits[1]
    k = bisect_right(ends, at)  # the places "noun " ends at or before *at*: found as they were
    found = last_found[k - 1] if k else None
    if k < len(ends) and noun_ends[k] < at:  # (the next, cut at *at*: its space ends there)
        found = _group_right_after(ctx, text, at) or found
    if found is None and noun.endswith("s"):
        if hits[2] is None:
            hits[2] = _made_of_hits(ctx, noun, text)
        ends, last_found = hits[2]
        # (a place of the noun cut at *at* is none: the apposition's pattern needs the word's end there)
        k = bisect_right(ends, at)
        found = last_found[k - 1] if k else None
    return found


def _group_hits(ctx: _Ctx, noun: str, text: str) -> list:
    """[*text*, (the ends of the places of "noun " followed by white space, the ends of the noun there, the last group
    named right after one of them up to each), None or ``_made_of_hits``]: once per text and noun."""
    got = ctx.group_hits.get(noun)
    if got is not None and got[0] is text:
        return got
    ends, noun_ends, last_found, found = [], [], [], None
    for hit in re.compile(r"\b" + re.escape(noun) + r"(\s+)", re.I).finditer(text):
        found = _group_right_after(ctx, text, hit.end()) or found
        ends.append(hit.end())
        noun_ends.append(hit.start(1))
        last_found.append(found)
    got = ctx.group_hits[noun] = [text, (ends, noun_ends, last_found), None]
    return got


def _group_right_after(ctx: _Ctx, text: str, at: int) -> _Mention | None:
    """The mention starting at *at* when it is an organisation or a name joining two ("&", "and"); else None."""
    i = bisect_left(ctx.starts, at)
    if i < len(ctx.mentions) and ctx.mentions[i].start == at:
        m = ctx.mentions[i]
        if m.type == "ORG" or m.type == "PERSON" and re.search(r"\s(?:&|and)\s", text[m.start:m.end]):
            return m
    return None


def _made_of_hits(ctx: _Ctx, noun: str, text: str) -> tuple[list[int], list]:
    """(the ends of the places of the word *noun*, the last body described up to each as made of them: "the Jihad
    Council (JC), an alliance of 18 groups")."""
    made_of = re.compile(_MADE_OF.pattern + re.escape(noun) + r"\b", re.I)
    ends, last_found, found = [], [], None
    for hit in re.finditer(r"\b" + re.escape(noun) + r"\b", text, re.I):
        i = bisect_left(ctx.starts, hit.start()) - 1
        while i >= 0 and ctx.mentions[i].end > hit.start() - 120:
            m = ctx.mentions[i]
            if m.type == "ORG" and made_of.match(text, m.end) is not None \
                    and made_of.match(text, m.end).end() == hit.end():
                found = m
                break
            i -= 1
        ends.append(hit.end())
        last_found.append(found)
    return ends, last_found


# a body's apposition naming what it is made of: ", an alliance of 18 groups", " (JC), a coalition of rebel factions"
_MADE_OF = re.compile(r"\s*(?:\([A-Z][A-Za-z]{1,7}\))?\s*,\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){1,2}(?:of|for)\s+"
                      r"(?:(?:\d[\d,]*|[a-z]+)\s+){0,3}")


_GENDER_TITLE = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Dame|Lord|Lady|King|Queen|Prince|Princess|Baroness|Baron)\.?\s+$")
_TITLE_GENDER = {"mr": "M", "sir": "M", "lord": "M", "king": "M", "prince": "M", "baron": "M",
                 "mrs": "F", "ms": "F", "miss": "F", "dame": "F", "lady": "F", "queen": "F", "princess": "F",
                 "baroness": "F"}
_FEMALE_NOUNS = {"spokeswoman", "chairwoman", "businesswoman", "actress", "woman", "mother", "wife", "daughter",
                 "sister", "girl", "lady", "congresswoman", "policewoman", "grandmother", "widow", "princess",
                 "queen", "duchess", "granddaughter", "niece", "aunt", "girlfriend", "fiancee", "stepmother",
                 "stepdaughter", "mum", "sportswoman", "schoolgirl", "headmistress"}
_MALE_NOUNS = {"spokesman", "chairman", "businessman", "actor", "man", "father", "husband", "son", "brother",
               "boy", "congressman", "policeman", "grandfather", "widower", "prince", "king", "duke", "grandson",
               "nephew", "uncle", "boyfriend", "fiance", "stepfather", "stepson", "dad", "sportsman", "schoolboy",
               "headmaster"}
_PERSON_HEADS = _ROLE_NOUNS | _FEMALE_NOUNS | _MALE_NOUNS | {"spokesperson", "source", "lawyer", "aide",
                                                             "adviser", "advisor", "witness", "resident", "fan",
                                                             "neighbour", "neighbor", "friend", "colleague", "relative",
                                                             "pupil", "student", "parent", "victim", "guest",
                                                             "diplomat", "envoy", "eyewitness"}

# common nouns that describe the name after them at a sentence start ("Promoters Northern Star Concerts said",
# "Retailer Dixons has ..."), where the capital makes them look like the name's first word
_LEAD_NOUNS = frozenset({"promoter", "promoters", "retailer", "retailers", "rival", "rivals", "carmaker", "chipmaker",
                         "insurer", "lender", "broadcaster", "publisher", "publishers", "operator", "airline",
                         "supermarket", "brewer", "housebuilder", "miner", "drugmaker", "bookmaker", "distributor",
                         "manufacturer", "developer", "sponsor", "sponsors", "organisers", "regulator", "watchdog",
                         "fellow", "compatriot", "teammate", "team-mate", "striker", "midfielder", "defender",
                         "winger", "goalkeeper", "singer", "rapper", "novelist", "chef", "presenter", "comedian",
                         "campaigners", "campaigner", "analyst", "economist"})
_LEAD_NOUN_AT = re.compile(r"(?:^|[.!?][\"”’')]*\s+|\n)$")


def _lead_noun_names(ctx: _Ctx) -> dict[str, str]:
    """Entity -> name for entities the table holds with a describing noun glued on at a sentence start
    ("Promoters Northern Star Concerts" -> "Northern Star Concerts"); computed once per document."""
    found = ctx.lead_names
    if found is None:
        found = {}
        text = ctx.text
        for m in ctx.mentions:
            if m.type not in ("ORG", "PERSON") or " " not in m.entity or m.entity in found:
                continue
            first, rest = m.entity.split(" ", 1)
            if (first.lower() in _LEAD_NOUNS or _person_noun_before_name(first, rest, m.type)) and rest[:1].isupper() \
                    and text[m.start:m.end] == m.entity \
                    and _LEAD_NOUN_AT.search(text, max(0, m.start - 4), m.start) is not None:
                found[m.entity] = rest
        ctx.lead_names = found
    return found


def _person_noun_before_name(first: str, rest: str, kind: str) -> bool:
    """"Firefighter Robert Savarese", "Businessmen Solomon Lew": a noun of people (by its ending) before a name of two
    or three words (a person's, or opening with a given name), capitalised only as the sentence's first word."""
    low = first.lower()
    words = rest.split()
    return first[1:].islower() and first not in _name_genders() and low.endswith(_PERSON_SUFFIXES + ("men",)) \
        and 2 <= len(words) <= 3 and (kind == "PERSON" or words[0] in _name_genders()) \
        and all(w[:1].isupper() and w.lower() not in _ORG_NOUNS for w in words)


_GENDER_NOUN_BEFORE = re.compile(r"\b([a-z]+)\s+$")
_GENDER_NOUN_APPOSED = re.compile(r"(?=\b[HhTtAa])\b(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he|[Aa]n?)\s+(?:[\w-]+\s+){0,2}?([a-z]+),\s+$")
_GENDER_NOUN_AFTER = re.compile(r",\s+(?:the|a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}?([a-z]+)\s*[,.]")


# the name, an optional apposition, then a copula and the noun phrase it predicates ("Ann Lee, a nurse, is a mother
# of four", "Tom Reed was the son of a miner")
_GENDER_PREDICATE = re.compile(r"(?:\s*,[^,.;:!?\"“”\n]{1,80},)?\s+(?:is|was)\s+(?:a|an|the)\s+((?:[\w-]+\s+){0,3}[\w-]+)")
_PREDICATE_END = frozenset({"of", "for", "in", "at", "with", "to", "from", "who", "whose", "that", "and", "on"})


def _predicate_gender(text: str, end: int) -> str:
    """"F" / "M" when the name ending at *end* is the subject of "is/was a <gendered noun>" ("..., is a stay-at-home
    mother of four"): the head before the noun phrase's first preposition or relative; "" otherwise."""
    found = _GENDER_PREDICATE.match(text, end, end + 160)
    if found is None:
        return ""
    words = found.group(1).split()
    cut = next((j for j, w in enumerate(words) if w.lower() in _PREDICATE_END), len(words))
    head = words[cut - 1].lower() if cut else ""
    return "F" if head in _FEMALE_NOUNS else "M" if head in _MALE_NOUNS else ""


def _noun_gender(noun: re.Match | None) -> str:
    """"F" / "M" for a gendered noun matched beside a name ("actress", "husband"); "" otherwise."""
    w = noun.group(1).lower() if noun is not None else ""
    return "F" if w in _FEMALE_NOUNS else "M" if w in _MALE_NOUNS else ""


def _genders(ctx: _Ctx) -> dict[str, str]:
    """Person -> "M" / "F" where the text titles them (Mr Blair, Ms Robinson, Sir Digby); "" when both."""
    if ctx.genders is None:
        found: dict[str, str] = {}
        text = ctx.text
        for m in ctx.mentions:
            if m.type != "PERSON":
                continue
            t = _GENDER_TITLE.search(text, max(0, m.start - 12), m.start)
            if t is not None:
                g = _TITLE_GENDER[t.group(1).lower()]
                found[m.entity] = g if found.get(m.entity, g) == g else ""
                continue
            # a gendered noun beside the name: "actress Ann Lee", "Ann Lee, the actress," "Tom Reed, her husband,"
            # (or before the name in apposition: "Her husband, Stanley, a bus driver,")
            g = _noun_gender(_GENDER_NOUN_BEFORE.search(text, max(0, m.start - 20), m.start)) or \
                _noun_gender(_GENDER_NOUN_AFTER.match(text, m.end, m.end + 60)) or \
                _noun_gender(_GENDER_NOUN_APPOSED.search(text, max(0, m.start - 40), m.start))
            if g and m.entity not in found:
                found[m.entity] = g
                continue
            g = _predicate_gender(text, m.end)
            if g and m.entity not in found:
                found[m.entity] = g
        ctx.genders = found
    return ctx.genders


# a sentence opening with the person's name (after a connective) and the next one opening with "He" or "She"
_OPENING_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n)\s*(?:(?:But|And|However|Yet|Meanwhile|Now|So|Still),?\s+)?$")
_NEXT_OPENING = re.compile(r"\s*(?:(?:But|And|However|Yet|Meanwhile|Now|So|Still),?\s+)?(?:(He)|(She))\b")


_LOWER_WORD = re.compile(r"\b[a-z][a-z-]*\b")
_NEXT_PRONOUN = re.compile(r"\b(?:(he|him|his|himself)|(she|her|hers|herself))\b")
_OTHER_PERSON_NOUNS = frozenset(_PERSON_HEADS | _TITLES) | {"him", "her", "his", "he", "she"}


def _pronoun_votes(ctx: _Ctx, people: dict[str, str]) -> dict[tuple[str, str], int]:
    """(person, "M" / "F") -> how often the writer's words call one of *people* "he" or "she": in a sentence opening
    with a mention of them, the first personal pronoun after it ("Li says that he is ...") and a next sentence
    opening with "He" or "She" ("Li hopes that ... . He expects ..."), each when no one else is named or described
    in the sentence before the pronoun."""
    masked = ctx.masked or ctx.text
    votes: dict[tuple[str, str], int] = {}
    for m in ctx.mentions:
        if m.entity not in people or _inside_quote(ctx, m.start) \
                or _OPENING_BEFORE.search(masked, max(0, m.start - 24), m.start) is None:
            continue
        b = _SENT_BREAK.search(masked, m.end, min(len(masked), m.end + 400))
        if b is None:
            continue
        own = _NEXT_PRONOUN.search(masked, m.end, b.start())
        upto = own.start() if own is not None else b.start()
        if any(x.type == "PERSON" and x.entity != m.entity for x in _mentions_in(ctx, m.end, upto)) \
                or {w.lower() for w in _LOWER_WORD.findall(masked, m.end, upto)} & _OTHER_PERSON_NOUNS:
            continue  # (someone else the pronoun could be: "Carol White met the minister. He told her ...")
        found = own if own is not None else _NEXT_OPENING.match(masked, b.end())
        if found is not None:
            key = (m.entity, "M" if found.group(1) else "F")
            votes[key] = votes.get(key, 0) + 1
    return votes


def _all_genders(ctx: _Ctx) -> dict[str, str]:
    """:func:`_genders`, and else the given name where name lists agree on it ("Marion Jones" F): a cue
    for passing over a person of the other sex, never for picking one out (the titles' job)."""
    strong = _genders(ctx)
    if ctx.all_genders is None or ctx.all_genders[0] != (len(strong), len(ctx.said_as)):
        found = dict(strong)
        for name, g in ctx.said_as.items():
            found.setdefault(name, g)
        names = None
        listed: dict[str, str] = {}
        for m in ctx.mentions:
            if m.type == "PERSON" and m.entity not in found and " " in m.entity:
                names = _name_genders() if names is None else names
                # (a name the English lists lack: the other lists' call, "Ali", "Sergei", "Ingrid")
                g = names.get(m.entity.split()[0], "") or _world_name_genders().get(m.entity.split()[0], "")
                if g:
                    listed[m.entity] = g
        if listed:
            votes = _pronoun_votes(ctx, listed)
            for name, g in listed.items():
                other = "F" if g == "M" else "M"
                if votes.get((name, other), 0) >= 2 and not votes.get((name, g), 0):
                    continue  # "Di Li hopes ... He expects ...": the text's own pronouns over a name list's cue
                found[name] = g
        ctx.all_genders = ((len(strong), len(ctx.said_as)), found)
    return ctx.all_genders[1]




def _description_gender(desc: str) -> str:
    head = desc.split()[-1].lower() if desc.split() else ""
    return "F" if head in _FEMALE_NOUNS else "M" if head in _MALE_NOUNS else ""


_PERSON_SUFFIXES = ("man", "woman", "ist", "er", "or", "ian", "ant", "ent")  # clergyman, scientist, campaigner


def _sayer_description(desc: str) -> bool:
    """A description of one person by what they are or do, the head noun known as a person's or ending as nouns of
    people do ("a militant", "a gunman", "a protester"), and no document, body or thing ("the report")."""
    if _person_description(desc):
        return True
    words = desc.lower().split()
    head = words[-1] if words else ""
    return head.endswith(_PERSON_SUFFIXES) and head not in _DOC_NOUNS and head not in _NONPERSON_NOUNS


def _person_description(desc: str) -> bool:
    """A description of one person ("a spokeswoman", "the Bishop"), not of several or of a thing."""
    words = desc.lower().split()
    return bool(words) and words[-1] in _PERSON_HEADS
