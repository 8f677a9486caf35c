"""Social networks and web platforms named alone ("posted on Twitter", "follow us on Instagram", "his Facebook page",
"Twitter users"): a company, ORG by the guidelines, which the rules drop where the name is an ordinary word ("twitter")
or a word no list holds ("Instagram", "WhatsApp").

A one-word capitalised name (a capital inside allowed: "YouTube", "TikTok") is a platform in one of two frames:

- a posting frame, which only a platform fills: "posted/tweeted/shared/uploaded/wrote/live-streamed on X", "follow us
  on X", "went viral on X", "X account/page/feed/post/followers/channel/profile"; any name that is no day, month, place,
  given name, surname or people's name;
- a speaking or users' frame ("said on X", "via X", "X users"), which a programme or a product fills as well: only a
  name a list of companies holds (compromise's organisations, the listed companies, TextBlob's: "Twitter",
  "YouTube", "Facebook").

A name listed beside a platform's ("Facebook and Skype", "on Twitter, or on Instagram") is a platform too. Once one
mention of the name is framed, its other capitalised mentions of the document, alone between lower-case
words, are the platform's too. The framed name stands alone as well: no word of a longer name ("on American
Express").
"""
from __future__ import annotations

import re
from functools import lru_cache

from .chunking import _Mention, _overlap_test, _START
from .companies import _company_names
from .gazetteers import _first_names, _last_names
from .geography import _demonym_of, _place

_NAME = r"[A-Z][a-z]+(?:[A-Z][a-z]+)?"
# A posting verb (or "follow us") and "on" before the name
_POSTING_ON = re.compile(r"\b(?:posted|posting|posts|post|tweeted|shared|sharing|shares|uploaded|uploading|wrote|"
                         r"writing|written|live-streamed|livestreamed|streamed|published|viral|followers|[Ff]ollow "
                         r"(?:us|me|him|her|them|[A-Z][a-z]+)|message|messages|photos?|videos?|pictures?|images?|"
                         r"clips?|footage|statement|comments?|page|account) on (" + _NAME + r")\b")
# A platform's own noun right after the name
_PLATFORM_NOUN = re.compile(r"(" + _NAME + r") (?:account|accounts|page|pages|feed|feeds|post|posts|followers|"
                            r"channel|channels|profile|profiles|handle|livestream|live-stream)\b")
# A speaking verb or "via" before, "users" after: only names a list holds as a company's
_SAID_ON = re.compile(r"\b(?:said|says|wrote|told|announced|commented|responded|replied|reacted|joked|added|"
                      r"appeared|launched|available|spread|started|via|on) (" + _NAME + r")\b")
_USERS = re.compile(r"(" + _NAME + r") (?:users|user)\b")

# Two names side by side in a list ("Facebook and Skype", "Twitter @handle, or on Instagram")
# (the second name in a look-ahead: it may head the next pair, "on Facebook, on Twitter, or on Instagram")
_LISTED_AFTER = re.compile(r"\b(" + _NAME + r")(?=(?: @\w+)?(?:,? and|,? or|,)(?: on| via)? (" + _NAME + r")\b)")

_CALENDAR = frozenset("""monday tuesday wednesday thursday friday saturday sunday january february march april may june
july august september october november december christmas easter""".split())


@lru_cache(maxsize=1)
def _listed_companies() -> frozenset:
    """One-word names of companies the lists hold (compromise's organisations, the listed companies, TextBlob's)."""
    from .wordnet import _compromise_rows
    plain, common = _company_names()
    # (not a listed name that is an ordinary word, "Apple", "Shell", "Next": "on Apple" is as often the fruit; but a
    # word with a capital inside is coined, "YouTube")
    return frozenset(n for n, t in _compromise_rows() if t == "ORG" and " " not in n
                     and (n not in common or not n[1:].islower())) \
        | frozenset(n for n in plain if " " not in n) | frozenset(n for n in common if " " not in n and not n[1:].islower())


def _no_other_name(word: str) -> bool:
    return word.lower() not in _CALENDAR and word not in _first_names() and word not in _last_names() \
        and _place(word) is None and _demonym_of(word) is None and len(word) >= 4


def _alone(text: str, start: int, end: int) -> bool:
    """The name stands between lower-case words (no longer capitalised run: "Twitter Inc", "Sky News")."""
    after = re.match(r" ([A-Z])", text[end:end + 2])
    before = text[max(0, start - 30):start]
    prev = re.search(r"([A-Za-z]+)\W*$", before)
    return after is None and (prev is None or not prev.group(1)[:1].isupper() or prev.group(1) in ("Follow", "On"))


def _platforms(found: list[_Mention], text: str) -> list[_Mention]:
    """Adds ORG mentions of platforms named alone in a platform's frame (see the module's text), and of their other
    capitalised mentions in the document; a mention the rules made already is typed ORG. (Its ``wordnet`` type is set
as well: the merging's last look at one-word names keeps a name that fallback types, where a lone word would go.)"""
    listed = _listed_companies()
    names: set[str] = set()
    for pattern, needs_list in ((_POSTING_ON, False), (_PLATFORM_NOUN, False), (_SAID_ON, True), (_USERS, True)):
        for h in pattern.finditer(text):
            w = h.group(1)
            if w in names or not _no_other_name(w) or needs_list and w not in listed \
                    or text.startswith(("'s", "’s"), h.end(1)):
                continue
            if not _alone(text, h.start(1), h.end(1)):  # (no word of a longer name: "on American Express")
                continue
            names.add(w)
    # a name listed with a platform's ("Facebook and Skype", "on Twitter, or on Instagram"): a platform too
    heads = names | {m.name for m in found if m.type == "ORG" and m.name in listed}
    if heads:
        for h in _LISTED_AFTER.finditer(text):
            w = h.group(2)
            if h.group(1) in heads and w not in names and _no_other_name(w) and _alone(text, h.start(2), h.end(2)):
                names.add(w)
    if not names:
        return found
    for m in found:
        if m.name in names and not m.titled and text[m.start:m.end] == m.name:
            m.type, m.named, m.wordnet = "ORG", True, "ORG"
    overlaps = _overlap_test(found)
    added = []
    for h in re.finditer(r"\b(?:" + "|".join(sorted(names)) + r")\b", text):
        if not overlaps(h.start(), h.end()) and _alone(text, h.start(), h.end()):
            added.append(_Mention(h.start(), h.end(), h.group(), "ORG", named=True, wordnet="ORG"))
    return sorted(found + added, key=_START) if added else found
