"""Reporting verbs and the word lists the stages share.

``REPORTING_VERBS`` holds base forms; ``_forms`` makes their inflections (said, says, told, warns, warned,
...) and ``_VERB_FORM`` maps each form to its base (``_VERB_RE`` is one pattern of them all).
``_verbs(s)`` finds the reporting verbs and phrases of a stretch of text in order ("said", "according
to", "as per", "calls" right before a quotation; not a capitalised word inside a name) as ``_Verb``
objects (start, end, word). The word lists after them (titles, organisation heads, role and
organisation nouns, auxiliaries, determiners, ...) are read by several later stages.

Input: strings. Output: ``_Verb`` tuples and the lists. Imports no other module of the package.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

# Base forms; inflections (said, says, told, warns, warned, ...) are generated below.
REPORTING_VERBS = (
    "say", "tell", "warn", "advise", "state", "announce", "insist", "add", "claim", "argue", "explain",
    "admit", "describe", "call", "dismiss", "urge", "suggest", "report", "write", "note", "comment",
    "reveal", "declare", "confirm", "deny", "acknowledge", "predict", "ask", "reply", "respond", "conclude",
    "accuse", "attribute", "promise", "vow", "threaten", "complain", "recall", "stress",
    "emphasise", "emphasize", "maintain", "concede", "joke", "boast", "tweet", "brand", "label",
    "condemn", "criticise", "criticize", "praise", "hail", "caution", "allege", "continue",
    "blame",  # ('blamed "distraction" for the error', 'blamed the crash on "a faulty signal"': the blamer's words)
    "estimate", "forecast", "remark", "observe", "attack", "jeer", "remember", "specify", "quip", "pledge", "assure", "demand", "plead",
    "testify",  # (court and hearing copy: 'testified that the files were "hidden"', 'she testified: "..."')
    "confess", "retort", "counter", "underline", "underscore", "recount", "exclaim", "lament", "enthuse", "reiterate", "contend",
    "fume", "rage", "blast", "sigh", "gush", "scoff", "mutter", "murmur", "shout", "whisper",
    # next to a quotation only in practice ("welcomed his "gracious apology"", "apologised for his "deplorable
    # actions"", "X disagreed: "...""); tk.sources has its own, narrower verbs for indirect speech
    "welcome", "apologise", "apologize", "disagree", "express",
    "answer",  # ('"No," she answered.': only the past, "answer"/"answers" are nouns more often than not)
    "chant",  # (protest and sport copy: 'the crowd chanted "Out, out, out"'; only "chanted"/"chanting": "chant" is a noun)
    "rule",  # (court and inquest copy: 'was "unlawful", a judge ruled'; only "ruled": "rule"/"ruling" are nouns)
    "voice",  # ('voiced "grave concern"', 'voicing her "total support"'; only "voiced"/"voicing": "voice" is a noun)
    "cite",  # ('The government cited "risks to public order" as its reason': only "cited"/"cites"; "citing" is a phrase)
    "thank",  # ('The firm thanked customers for "their patience"': only "thanked"/"thanks"... not "thanks to")
)
_IRREGULAR = {"say": ("say", "says", "said", "saying"), "tell": ("tell", "tells", "told", "telling"),
              "write": ("write", "writes", "wrote", "writing", "written"),
              "forecast": ("forecast", "forecasts", "forecasting"),
              "admit": ("admit", "admits", "admitted", "admitting"), "quip": ("quip", "quips", "quipped", "quipping"),
              "counter": ("countered",), "answer": ("answered",),
              "chant": ("chanted", "chanting"), "rule": ("ruled",), "voice": ("voiced", "voicing"),
              "slam": ("slam", "slams", "slammed", "slamming"), "sum": ("summed", "summing"),
              "back": ("backed", "backing"), "cite": ("cites", "cited"), "thank": ("thanked",)}  # (the passive "was backed as "..." by": attribution._CHARACTERISING)  # "counter"/"counters" are nouns more often than not


def _forms(base: str) -> tuple[str, ...]:
    if base in _IRREGULAR:
        return _IRREGULAR[base]
    stem = base[:-1] if base.endswith("e") else base
    past = base + "d" if base.endswith("e") else (base[:-1] + "ied" if base.endswith("y") and base[-2] not in "aeiou"
                                                    else base + "ed")
    third = base[:-1] + "ies" if base.endswith("y") and base[-2] not in "aeiou" else (
        base + "es" if base.endswith(("s", "sh", "ch")) else base + "s")
    if re.fullmatch(r".*[^aeiou][aeiou]l", base):
        # British spelling doubles a final l after one vowel: labelled, signalled, travelling
        return (base, third, past, stem + "ing", base + "led", base + "ling")
    return (base, third, past, stem + "ing")


_VERB_FORM = {f: b for b in REPORTING_VERBS for f in _forms(b) if f not in ("call", "calls", "calling")}

# Verbs of judging that report words only in the frame "<verb> <object> as" right before the quotation ('rejected the
# claims as "complete nonsense"', 'denounced the budget as "a con trick"'): the quoted characterisation is the
# subject's (not "rejected the offer", "slammed the door", "mocked him")
# (not "defended his title as", "greeted the players as", "backs firms as": an "as" that may describe the subject's role
# or a reaction, not words; those three only in the passive with an agent, attribution._CHARACTERISING)
_JUDGING_VERBS = ("reject", "denounce", "deride", "slam", "lambast", "decry", "ridicule", "mock", "scorn",
                  "castigate", "characterise", "characterize", "justify",
                  "sum")  # ('summed up the season as "hugely disappointing"': only "summed"/"summing")
# (base forms that are nouns or adjectives more often: "a mock exam", "poured scorn", "faced ridicule", "a grand slam")
_JUDGING = frozenset(f for b in _JUDGING_VERBS for f in _forms(b)) - {"mock", "scorn", "ridicule", "slam"}
_VERB_PAST = {f for f in _VERB_FORM if f.endswith("ed")} | {"said", "told", "wrote", "written"}


def _trie_alternation(words: Iterable[str]) -> str:
    """A pattern matching any of *words* (lower case), the longest first where several match at one place, as
    ``"|".join(sorted(words, key=len, reverse=True))`` does, written as a tree of their common beginnings
    ("sa(?:id|ys?)"): the engine, which tries alternatives one by one, reads each character once instead of testing
    every word at every place it tries (hundreds of verb forms, under IGNORECASE)."""
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def emit(node: dict) -> str:
        branches = [re.escape(c) + emit(node[c]) for c in sorted(node) if c]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if "" in node else body  # (greedy: the longer words first, then the word ending here)

    return emit(tree)


# a turn in an exchange (hearing, interview, debate copy): '"No proof yet?" the senator followed up', 'She shot back:
# "..."', 'The club hit back: "..."' (in _VERB_PHRASES too, for the patterns built on _VERB_RE)
_TURNS = {"followed": " up", "shot": " back", "fired": " back", "hit": " back"}
_TURN_END = re.compile(r"\s*(?:[.,:;!?\"“]|$)")  # the turn ends its clause ("followed up on the lead" is no turn)
_VERB_PHRASES = ("according to", "as per", "citing", "quoted as saying", "in the words of", *(w + t for w, t in _TURNS.items()))
_VERB_RE = re.compile(r"\b(?:" + _trie_alternation((*_VERB_PHRASES, *_VERB_FORM)) + r")\b", re.I)

_TITLES = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "president", "minister", "secretary", "chancellor",
           "governor", "senator", "judge", "professor", "prof", "rev", "chairman", "chief", "executive",
           "spokesman", "spokeswoman", "spokesperson", "director", "leader", "coach", "manager", "captain",
           "mp", "mep", "ambassador", "general", "commissioner", "chair", "head", "boss", "founder", "analyst",
           "economist", "lawyer", "producer", "editor", "officer", "official", "deputy", "vice", "prime",
           "foreign", "shadow", "ceo", "king", "queen", "prince", "princess", "lord", "lady"}
_ORG_HEADS = {"agency", "bank", "journal", "ministry", "party", "council", "commission", "association", "union",
              "group", "corporation", "company", "committee", "office", "department", "board", "institute",
              "news", "times", "post", "federation", "club", "league", "university", "authority", "service",
              "navy", "army", "court", "parliament", "government", "organisation", "organization", "inc", "ltd",
              "plc", "foundation", "trust", "society", "network", "bbc", "reuters", "fund"}
_PRONOUNS = {"he": "PERSON", "she": "PERSON", "they": "ANY", "it": "ORG", "we": "ANY", "i": "PERSON"}
_ROLE_NOUNS = {"minister", "chancellor", "president", "secretary", "premier", "leader", "chairman", "chief",
               "executive", "boss", "spokesman", "spokeswoman", "manager", "coach", "star", "singer", "actor",
               "actress", "player", "striker", "director", "governor", "senator", "mp", "official", "judge",
               "prime", "premier", "author", "writer", "founder", "athlete", "champion", "captain", "economist",
               "analyst", "head", "commissioner"}
_ORG_NOUNS = {"company", "firm", "group", "bank", "agency", "government", "ministry", "department", "club",
              "union", "party", "association", "organisation", "organization", "body", "regulator", "board",
              "network", "broadcaster", "commission", "council", "committee", "watchdog", "newspaper", "paper",
              "embassy", "consulate"}  # (diplomatic copy: "the embassy said")
_AUX = {"has", "have", "had", "also", "later", "then", "previously", "earlier", "recently", "has", "was", "were",
        "is", "are", "will", "would", "did", "does", "do", "had", "been", "once", "again", "repeatedly", "simply",
        "just", "only", "reportedly", "allegedly", "publicly", "privately", "further", "last", "week", "not",
        "never", "often", "always", "subsequently", "already", "who", "which", "that", "and"}
_NOT_MODIFIED = {"last", "this", "next", "earlier", "later", "on", "in", "at", "of", "for", "from", "with", "by",
                 "has", "have", "had", "is", "was", "also", "and", "or", "who", "which", "yesterday", "today"}
_MODALS = {"will", "would", "could", "should", "may", "might", "can", "must", "to"}
_NOT_HEADS = {"than", "that", "to", "of", "in", "on", "at", "by", "for", "with", "and", "or", "but", "be", "been",
              "would", "could", "should", "will", "can", "may", "might", "must", "not", "as", "if", "so", "very",
              "more", "most", "this", "these", "those", "there", "here", "it", "was", "is", "are", "were", "idea",
              "also", "then", "just", "still", "being", "all", "only", "about", "from", "into", "such"}
_DETERMINERS = {"a", "an", "another", "the", "unnamed", "anonymous", "some", "one", "two", "three", "several", "many", "other",
                "senior", "his", "her", "their", "its"}


class _Verb:
    """A reporting verb found in a context (the interface of a regex match: start(), end(), group(0))."""

    __slots__ = ("a", "b", "word")

    def __init__(self, a: int, b: int, word: str):
        self.a, self.b, self.word = a, b, word

    def start(self, _group: int = 0) -> int:
        return self.a

    def end(self, _group: int = 0) -> int:
        return self.b

    def group(self, _group: int = 0) -> str:
        return self.word


# shouts found in lower case only ("Yelling", "Scream" are names too): by _verbs, not _VERB_RE
_SURNAME_FORMS = frozenset({"yells", "yelled", "yelling", "screams", "screamed", "screaming"})
_SPOKEN_OF = frozenset({"spoke", "spoken", "speaks"})  # "spoke of a "betrayal"": words characterised as someone's
_LETTERS = re.compile(r"[A-Za-z]+")
_SUBJECT_END = re.compile(r"\s(?:" + "|".join(sorted(_AUX | set(_VERB_FORM), key=len, reverse=True)) + r")\b|[,;]")


_CALLS_OBJECT = re.compile(r"\s*(?:(?:it|them|this|that|him|her)\s+)?(?:(?:a|an|the)\s+)?|"
                           # 'calling agents "pimps"', 'call the deal "a disgrace"': an object of up to three words (not
                           # "calls for", "calls were": a preposition or a verb after the noun)
                           r"\s+(?!(?:for|on|upon|off|out|up|in|from|to|at|into|back|of|with|by|over|is|are|was|were|"
                           r"has|have|had|will|would|can|could|and|or)\b)(?:(?:[\w'’-]+\s+){1,3}|"
                           # ('calls Hansen's arguments for geoengineering, "misguided"': a longer object, then a comma)
                           r"(?:[\w'’.-]+\s+){1,11}[\w'’.-]+,\s*)", re.I)


# "challenged Mr Arafat to dismantle the "terrorist networks"": a challenge to a named party to act reports words, as
# "urged" does (not "the challenge", "challenged the ruling", "challenged by")
_CHALLENGED_OBJECT = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}to\s+[a-z]")
# 'compared agents to "pimps"', 'likened the deal to "a hostage swap"': a comparison whose quoted term is the
# subject's words (only with the object and "to" running up to the quotation: not "sales compared with last year")
_COMPARED_OBJECT = re.compile(r"\s+(?:[\w'’.-]+\s+){1,5}?to\s*")
# 'questioned whether the plan was "serious"': a question put in words (not "police questioned the suspect")
_QUESTIONED_WHAT = re.compile(r"\s+(?:whether|what|why|how|if)\b")
_COMPARING = frozenset({"compared", "compares", "comparing", "likened", "likens", "likening"})
# 'posted on Instagram: "..."', 'posted to her blog that ...': words put on a site or a social network (not "posted a
# loss", "posted to Iraq": only "on"/"to" and a capitalised name of a network or site, or such a noun)
_POSTED_ON = re.compile(r"\s+(?:on|to)\s+(?:(?:his|her|their|its|the|a|an|our|my)\s+)?(?:official\s+)?"
                        r"(?:(?!Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|"
                        r"June|July|August|September|October|November|December)[A-Z][\w.-]*(?:\s+(?:page|account|feed|"
                        r"channel|story|stories))?|social\s+media|blog|website|web\s+site|forum)\s*(?:[:,]|that\b|$)")
_POSTED = frozenset({"posted", "posts", "posting"})
# 'As one analyst put it, "..."', 'Ann Lee puts it bluntly: "..."': "put it" closing the clause before the quotation
_PUT_IT = re.compile(r"\s+it(?:\s+(?:this\s+way|so|best|[a-z]+ly))?\s*(?:[,:]\s*)?$")
_PUT = frozenset({"put", "puts"})
# 'rejected the claims as "complete nonsense"', 'dismissed it as a "stunt"': the object (up to six words) and "as" run up
# to the quotation (the end of the context), an article between them at most
_AS_OBJECT = re.compile(r"\s+(?:[\w'’-]+\s+){1,6}?as\s+(?:(?:a|an|the)\s+)?")
# 'spoke of her "shock and sadness"', 'has spoken about a "new chapter"', 'spoke out against the "barbaric" practice':
# speaking of a thing in the words quoted (up to three words between "of"/"about" and the quotation: not "spoke of the
# plan at a meeting with ... "")
_SPOKE_OF = re.compile(r"\s+(?:out\s+)?(?:of|about|against)\s+(?:[\w'’-]+\s+){0,3}")
_SPOKE = frozenset({"spoke", "speaks", "speaking", "spoken", "talked", "talking"})
# 'hit out at the "scandalous" decision', 'lashed out at critics': British news's phrase for an attack in words
_HIT_OUT = re.compile(r"\s+out(?=\s+(?:at|against)\b)")
_HIT = frozenset({"hit", "hits", "hitting", "lashed", "lashes", "lashing"})
# 'paid tribute to her "wonderful" team-mates', 'paid a warm tribute to the "courage" of ...': tributes are spoken
_TRIBUTE = re.compile(r"\s+(?:an?\s+)?(?:[a-z]+\s+)?tributes?(?=\s+to\s)")
_PAID = frozenset({"paid", "pays", "paying"})
# 'the judge pointed out a number of "exceptional circumstances"', 'pointing out that ...': a remark made
# (not "pointed at the screen", "pointed to the door")
_POINT_OUT = re.compile(r"\s+out\b")
_POINTED = frozenset({"point", "points", "pointed", "pointing"})
_VERB_CUES = frozenset(_VERB_FORM) | {"citing", "call", "calls", "calling", "according", "as", "challenged", "words",
                                     "challenges", "questioned", "termed"} | _COMPARING | _POSTED | _PUT | _JUDGING \
    | _SPOKE | _HIT | _PAID | _POINTED | set(_TURNS) | _SURNAME_FORMS  # the words _verbs tests
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?:;\"“”‘’'])[A-Z][\w&'’-]*\s$")  # a capitalised word before, not opening a sentence
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


_RULED_PARTICLE = re.compile(r"\s+(?:out|in|over|off)\b", re.I)


@lru_cache(maxsize=256)
def _verbs(s: str) -> tuple[_Verb, ...]:
    """Reporting verbs and phrases in *s*, in order: one scan of letter runs and a set lookup (much cheaper
    than one regular expression of every verb form)."""
    out = []
    cues = _VERB_CUES
    # (only A-Z lower-cased, so every offset stays: one call for all its words; a word no test below takes is
    # passed over with one set lookup)
    for m in _LETTERS.finditer(s.translate(_ASCII_LOWER)):
        w = m.group()
        if w not in cues:
            continue
        if s[m.start()] != w[0] and _NAME_WORD_BEFORE.search(s, max(0, m.start() - 40), m.start()) is not None:
            continue  # a capitalised word inside a name ("the United States", "Consumer Reports"): no verb
        if m.start() >= 2 and s[m.start() - 1] == "-" and s[m.start() - 2].isalpha():
            continue  # "a hand-written letter", "a much-quoted report": the second half of a compound adjective, no verb
        if w in _SURNAME_FORMS:
            if s[m.start()] == w[0]:  # (not '"...," Yelling told BBC Sport': a capitalised "Yelling" is a surname)
                out.append(_Verb(m.start(), m.end(), w))  # 'protesters gathered outside, yelling "..."'
            continue
        if w == "ruled" and _RULED_PARTICLE.match(s, m.end()) is not None:
            continue  # "ruled out amending the law": a phrasal verb, no words reported
        if w in _VERB_FORM or w == "citing":
            out.append(_Verb(m.start(), m.end(), w))
        elif w in ("call", "calls", "calling") and _CALLS_OBJECT.fullmatch(s, m.end()) is not None:
            # right before the quotation: 'which he calls "good fun"', 'what Acme calls an "alarming trend"'
            out.append(_Verb(m.start(), m.end(), w))
        elif w in _JUDGING and _AS_OBJECT.fullmatch(s, m.end()) is not None:
            out.append(_Verb(m.start(), m.end(), w))
        elif w in _SPOKE and _SPOKE_OF.fullmatch(s, m.end()) is not None:
            out.append(_Verb(m.start(), m.end(), w))
        elif w in _HIT and (hit := _HIT_OUT.match(s, m.end())) is not None:
            out.append(_Verb(m.start(), hit.end(), w + " out"))
        elif w in _POINTED and (out_ := _POINT_OUT.match(s, m.end())) is not None:
            out.append(_Verb(m.start(), out_.end(), w + " out"))
        elif w in _PAID and (tribute := _TRIBUTE.match(s, m.end())) is not None:
            out.append(_Verb(m.start(), tribute.end(), w + " tribute"))
        elif w == "termed" and _CALLS_OBJECT.fullmatch(s, m.end()) is not None:
            # 'what its chief executive termed "a solid performance"', 'termed the ruling "a disgrace"': as "called"
            out.append(_Verb(m.start(), m.end(), w))
        elif w in ("challenged", "challenges") and _CHALLENGED_OBJECT.match(s, m.end()) is not None:
            out.append(_Verb(m.start(), m.end(), w))
        elif w in _COMPARING and _COMPARED_OBJECT.fullmatch(s, m.end()) is not None:
            out.append(_Verb(m.start(), m.end(), w))
        elif w in _PUT and _PUT_IT.match(s, m.end()) is not None:
            out.append(_Verb(m.start(), m.end(), w))
        elif w in _POSTED and _POSTED_ON.match(s, m.end()) is not None:
            out.append(_Verb(m.start(), m.end(), w))
        elif w == "questioned" and _QUESTIONED_WHAT.match(s, m.end()) is not None:
            out.append(_Verb(m.start(), m.end(), w))
        elif w == "according" and s[m.end():m.end() + 3].lower() == " to":
            out.append(_Verb(m.start(), m.end() + 3, "according to"))
        elif w == "words" and s[max(0, m.start() - 7):m.start()].lower() == "in the " \
                and s[m.end():m.end() + 3].lower() == " of":
            # "In the words of coach Alan Pike, the team was ...": the one named after it speaks, as "according to"
            out.append(_Verb(m.start() - 7, m.end() + 3, "in the words of"))
        elif w in _TURNS and s[m.end():m.end() + len(_TURNS[w])].lower() == _TURNS[w] \
                and _TURN_END.match(s, m.end() + len(_TURNS[w])) is not None:
            out.append(_Verb(m.start(), m.end() + len(_TURNS[w]), w + _TURNS[w]))  # "followed up", "shot back"
        elif w in _SPOKEN_OF and s[m.end():m.end() + 3].lower() == " of":
            out.append(_Verb(m.start(), m.end() + 3, w + " of"))  # 'she had spoken of money being "stolen"'
        elif w == "as" and s[m.end():m.end() + 4].lower() == " per":
            out.append(_Verb(m.start(), m.end() + 4, "as per"))
    return tuple(out)


_WORD = re.compile(r"[\w'’&.-]+")
# prepositions that end the head of a description ("a spokesman for the company") or of a role phrase
_PREPOSITIONS = {"for", "of", "at", "from", "with", "in", "on", "to", "within", "inside", "outside", "near", "around",
                 "across", "close", "among", "amongst", "familiar", "briefed"}  # ("a person familiar with the talks", "officials briefed on it": the head before)
