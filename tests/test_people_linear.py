"""Who is named and who is quoted stays linear on hostile text: no rule looks at every earlier word for every word.

Each text below repeats one short unit until it is 120 to 560 kilobytes long, with no sentence break or line break to
cut it up. Before session 9 each took from a minute to several (a look-back, a regular expression or a list scan that
grew with the text before every word or quotation: the square of the length); each now takes one to a few seconds.
The time limits guard against hanging, far above the time taken; the assertions are on what is found.
"""
from __future__ import annotations

import warnings

import pytest

import toolkit as tk


def _people(text: str):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # (these texts are no English: the check says so)
        return tk.entities(text), tk.quotes(text), tk.sources(text)


@pytest.mark.timeout(40)
@pytest.mark.parametrize("unit, n, expected", [
    # a capitalised run of 35,000 words (every tail of the run was read: 147 s at 560 KB)
    ("President Prime Minister Secretary of State King Sheikh ", 10000, []),
    # an all-caps text (76 s at 400 KB)
    ("THE PRESIDENT OF THE UNITED STATES SAID ", 10000, []),
    # initials without end (the look past the next initials went to the end of the run)
    ("A. ", 40000, []),
    # possessives one after another (the words after each were read to the end of the run)
    ("Iran's ", 40000, [("Iran", "GPE", 40000)]),
    # an acronym spelled out nowhere, asked again for each mention (a scan of the text each time)
    ("Washington (CNN) ", 15000, [("Washington", "GPE", 15000), ("CNN", "ORG", 15000)]),
    # a state's abbreviation after each party letter (each mention tested against every one of them)
    ("D-Calif., ", 30000, [("California", "GPE", 30000)]),
    # a company in angle brackets, claimed at each place (the mentions rebuilt and sorted each time)
    ("<ABC>", 60000, [("ABC", "ORG", 60000)]),
    # a plural possessive inside a body's name, its owner looked for elsewhere at each one (58 s at 800 KB)
    ("the National Amusements' Arsenal Holdings Inc and ", 16000,
     [("National Amusements' Arsenal Holdings Inc", "ORG", 16000)]),
    # a name after an office's title, never in lower case (the text searched for it at each mention: 150 s at 600 KB)
    ("President Obama said it. Obama spoke. ", 16000, [("Obama", "PERSON", 32000)]),
    # a capitalised noun before a full name, looked for alone at each mention (190 s at 700 KB)
    ("Beatle George Harrison met George Harrison. ", 16000, [("Beatle George Harrison", "PERSON", 32000)]),
    # a place after a preposition and a comma, its town looked for among all mentions each time (a minute at 1.4 MB)
    ("Azza lives in Tel Rumeida, Hebron. ", 40000, [("Tel Rumeida", "LOC", 40000), ("Hebron", "GPE", 40000)]),
    # a name coined from a trade, the words after every mention of it read again at each mention
    ("Rabobank said. ", 40000, [("Rabobank", "ORG", 40000)]),
    # an editor's bracketed surname, each tested against every mention (80 s at 1 MB)
    ("me and Ato (Boldon) in the crowd. ", 30000, [("Ato Boldon", "PERSON", 60000)]),
    # an acronym after a prefix, each looked for among all mentions and the mentions re-sorted each time (10 s at 170 KB)
    ("non-US ", 60000, [("United States", "GPE", 60000)]),
    # a town-like name never placed, asked at each mention whether a facility's word follows it anywhere (a scan of
    # the text per mention: 8.4 s at 36 KB, some 200 s at 180 KB)
    ("Ala., ", 30000, [("Ala", "ORG", 30000)]),
    # a stock's code in brackets, every mention tested against every code (0.8 s at 54 KB, growing as the square)
    ("Tesla Inc (TSLA.O) ", 20000, [("Tesla Inc", "ORG", 20000)]),
    # a hyphenated word in a capitalised run, the rest of the run read for an organisation's head at each one
    # (2.1 s at 84 KB, about a minute at 420 KB)
    ("Oscar-winning ", 30000, []),
    # a two-word "person" opening with a rare word, every ORG name asked whether it opens with it (grew as the square)
    ("Portrait of Omai ", 20000, [("Omai Portrait", "PERSON", 10000)]),
])
def test_entities_stay_linear_on_hostile_text(unit, n, expected):
    ents, quotes, _ = _people(unit * n)
    assert [tuple(r) for r in ents[["entity", "type", "mentions"]].values.tolist()] == expected
    assert quotes.empty


@pytest.mark.timeout(60)
def test_quotations_stay_linear_on_hostile_text():
    # 20,000 opening marks after a colon and no stop (the writer's words before each were read back to the start)
    ents, quotes, sources = _people('Smith: "' * 20000)
    assert quotes.empty and sources.empty
    # 15,000 times the same role noun before a reporting verb (each quotation looked at every earlier "company")
    ents, quotes, sources = _people("the company said " * 15000)
    assert quotes.empty
    assert sources[["source", "cited"]].values.tolist() == [["the company", 14999]]
    # 4,000 attributed quotations (the next quotation was looked for among all the kept ones)
    ents, quotes, _ = _people('"Yes," he said. ' * 4000)
    assert len(quotes) == 4000 and set(quotes["verb"]) == {"said"}
    assert quotes["start"].is_monotonic_increasing
    # an exchange of 'he said'/'she said' no one fits (each piece read every piece before it for the last speakers)
    ents, quotes, _ = _people('"Yes," he said. "No," she said. ' * 40000)
    assert len(quotes) == 80000 and set(quotes["speaker"]) == {""}
    # fragments on one line with no sentence break (each looked for the end of its sentence to the end of the line)
    ents, quotes, _ = _people('A study by X found that "y" ' * 12000)
    assert len(quotes) == 12000 and set(quotes["speaker"]) == {"a study"}
    ents, quotes, _ = _people('entitled "A: B, C" ' * 20000)
    assert quotes.empty and ents.empty


def test_capped_look_backs_keep_what_a_story_needs():
    """The bounds sit far beyond real copy: a role noun named 150 times before a quotation still resolves, a long
    sentence before a quotation still gives its speaker, and a 20-word name is still read whole."""
    from toolkit.analysis.entities.chunking import MAX_RUN
    from toolkit.analysis.quotes.marks import MAX_CONTEXT
    from toolkit.analysis.quotes.roles import MAX_NOUN_HITS

    assert MAX_RUN >= 40 and MAX_CONTEXT >= 2000 and MAX_NOUN_HITS >= 300
    filler = "The weather stayed dry and the roads were clear for most of the week. " * 150
    text = ("Finance Minister Jane Doe opened the session. " + filler
            + 'The finance minister said: "We will cut the deficit this year."')
    quotes = tk.quotes(text)
    assert quotes["speaker"].tolist() == ["Jane Doe"]
    long_clause = " ".join(["after a long day of talks with farmers, bankers and traders"] * 12)
    assert len(long_clause) > 700
    text = f'Prime Minister John Howard said on Tuesday, {long_clause}, that the deal was "done and dusted".'
    assert tk.quotes(text)[["speaker", "verb", "kind"]].values.tolist() == [["John Howard", "said", "partial"]]


def test_not_overlapped_keeps_what_the_pairwise_look_kept():
    """The document passes drop the mentions an added span overlaps through one binary search each
    (``chunking._not_overlapped``); it keeps exactly what a look at every added span kept, in order, for spans that
    overlap one another, come unsorted or touch end to start."""
    import random

    from toolkit.analysis.entities.chunking import _Mention, _not_overlapped

    rng = random.Random(7)
    for _ in range(300):
        def spans(n: int) -> list[_Mention]:
            out = []
            for _ in range(n):
                a = rng.randrange(60)
                out.append(_Mention(a, a + rng.randrange(1, 12), "X", None))
            return out

        found, added = spans(rng.randrange(0, 25)), spans(rng.randrange(0, 8))
        pairwise = [m for m in found if not any(a.start < m.end and m.start < a.end for a in added)]
        assert [id(m) for m in _not_overlapped(found, added)] == [id(m) for m in pairwise]


@pytest.mark.timeout(40)
def test_names_inside_quotations_are_found_by_search():
    # 24,000 attributed fragments, each speaker's name tested against every quotation of the text (50 s before)
    ents, quotes, _ = _people('It is a "more sustained recovery," Hoenig said. Jobs will be "stable and very resilient." '
                              * 24000)
    assert len(quotes) == 24000 and set(quotes["speaker"]) == {"Hoenig"}


def test_slip_index_finds_every_surname_one_slip_pairs():
    """A name written once is matched to a surname one slip away through keys (``merging._slip_index``), not by a
    look at every surname: it finds every surname ``_one_slip`` pairs with it (random words of a few letters, so
    that slips abound)."""
    import random
    from collections import defaultdict

    from toolkit.analysis.entities.merging import _one_slip, _slip_candidates, _slip_index

    rng = random.Random(3)
    for _ in range(200):
        pool = {"".join(rng.choice("aeiobr") for _ in range(rng.choice((3, 6, 7)))) for _ in range(40)}
        surnames: dict[int, dict[str, set]] = defaultdict(dict)
        for s in pool:
            surnames[len(s)][s] = {s}
        index = _slip_index(surnames)
        for n in ("".join(rng.choice("aeiobr") for _ in range(rng.choice((3, 6, 7)))) for _ in range(20)):
            brute = {s for s in surnames.get(len(n), {}) if _one_slip(n, s)}
            assert {s for s in _slip_candidates(n, index) if _one_slip(n, s)} == brute



def test_outside_and_name_starts_keep_what_the_pairwise_look_kept():
    """``chunking._outside`` (one binary search per mention) keeps exactly the mentions a look at every span kept, for
    spans that overlap, come unsorted or touch; ``merging._name_starts`` gives exactly the names another opens with."""
    import random

    from toolkit.analysis.entities.chunking import _Mention, _outside
    from toolkit.analysis.entities.merging import _name_starts

    rng = random.Random(11)
    for _ in range(400):
        found = []
        for _ in range(rng.randrange(0, 25)):
            a = rng.randrange(60)
            found.append(_Mention(a, a + rng.randrange(1, 12), "X", None))
        spans = [(a, a + rng.randrange(0, 15)) for a in (rng.randrange(60) for _ in range(rng.randrange(0, 8)))]
        starts = [m for m in found if not any(a <= m.start < b for a, b in spans)]
        wholes = [m for m in found if not any(a <= m.start and m.end <= b for a, b in spans)]
        assert [id(m) for m in _outside(found, spans)] == [id(m) for m in starts]
        assert [id(m) for m in _outside(found, spans, whole=True)] == [id(m) for m in wholes]
    names = ["Kirrawee Nagano Financial Group", "Ann  Lee", "A", " B", "C "]
    for x in names:
        for y in ["Kirrawee", "Kirrawee Nagano", "Ann", "Ann ", "", "C", "A"]:
            assert (y in _name_starts(x)) == x.startswith(y + " ")


@pytest.mark.parametrize("text, literal", [
    ("Dun and Bradstreet's survey; Dun and Bradstreeting, xDun and Bradstreet, -Dun and Bradstreet", "Dun and Bradstreet"),
    ("aaa aa aa_ 'aa’ a-aa aa. aa&aa S&P", "aa"),
    ("S&P S&P& &S&P .S&P S&P.", "S&P"),
    ("éExco Exco Excoé Exco’s _Exco 1Exco", "Exco"),
    ("", "word"),
    ("ab", ""),
])
@pytest.mark.parametrize("before, after", [("'’-", "-"), ("'’&.-", "&-"), ("'’-", "'’-")])
def test_literal_hits_finds_what_the_pattern_per_name_found(text, literal, before, after):
    """chunking._literal_hits scans for a name without compiling a pattern per name: the spans the old pattern found."""
    import re

    from toolkit.analysis.entities.chunking import _literal_hits

    rx = rf"(?<![\w{before}]){re.escape(literal)}(?![\w{after}])"
    assert _literal_hits(text, literal, before, after) == [h.span() for h in re.finditer(rx, text)]


def _work(text: str) -> int:
    """The work the three passes do on *text*, counted, not timed: the calls and returns the profiler sees (each step
    of a generator counts, so a look at every earlier span through ``any(...)`` shows), the same on any machine."""
    import sys

    count = 0

    def tally(frame, event, arg) -> None:
        nonlocal count
        count += 1

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        sys.setprofile(tally)
        try:
            tk.entities(text), tk.quotes(text), tk.sources(text)
        finally:
            sys.setprofile(None)
    return count


@pytest.mark.timeout(120)
@pytest.mark.parametrize("unit", [
    # an index's name: each mention tested against every index's span (companies._market_indices)
    "the S&P 500 ",
    # a decoration: each person or untyped run tested against every decoration's span (works._decorations)
    "the Victoria Cross ",
    # a title-case heading line: each mention tested against every heading (extract._title_case_headings)
    "Union Calls Fresh Strike Over Pay\n",
    # a bracketed acronym that takes back a people's or faith's word: every mention looked at for a NORP word before
    # each name, and each mention tested against every span taken back (acronyms._bracketed_acronyms)
    "Islamic State West Africa Province (ISWAP) ",
    # a plural noun before a reporting verb: every earlier place of the noun read again for a group named after it
    # (roles._named_group)
    "The play's producers said ",
    # a described sayer and a quotation in each sentence: each reported speech tested against every quotation
    # (sourcing._source_rows), each lede's description against every later piece (extract._lede_descriptions)
    'A spokesperson for Hartwell Council said "x," they said. ',
    # "the Galaxy" in a text naming the Milky Way: each tested against every mention (places._heavenly_bodies)
    "the Milky Way and the Galaxy ",
    # a name with the Arabic article: each lower-case or hyphenated form tested against every mention
    # (organisations._article_variants)
    "Al-Maliki said ",
    # a party named before lower-case "party": each tested against every mention for one across its ends, one of its
    # span and a person whose name ends in it (organisations._lower_case_parties)
    "the Law and Justice party ",
    "the ruling Morena party ",
])
def test_passes_do_linear_work_on_repeated_units(unit):
    """Four times the text, about four times the work (at most six): before, each of these units made a pass look at
    every earlier span, mention, place or piece for each one (eight to twelve times the work for four times the text)."""
    _people(unit * 3)  # (the gazetteers, lists and patterns of the three passes built before counting)
    small, large = _work(unit * 250), _work(unit * 1000)
    assert large < 6 * small, (small, large)


def test_lower_aliases_look_at_the_text_once_per_form():
    """``extract._lower_aliases`` asks whether the text writes a body's name with a lower-case head ("Hartwell
    council") once per name, not once per mention (a scan of the text at each: the square of the length)."""
    from toolkit.analysis.entities.chunking import _Mention
    from toolkit.analysis.entities.extract import _lower_aliases

    looks = []

    class Text(str):
        def __contains__(self, part: object) -> bool:
            looks.append(part)
            return str.__contains__(self, part)

    unit = "Hartwell Council met. "
    text = Text(unit * 200)
    mentions = [_Mention(k * len(unit), k * len(unit) + 16, "Hartwell Council", "ORG") for k in range(200)]
    assert _lower_aliases(mentions, text) == mentions
    assert looks == ["Hartwell council"]
    text = Text(unit * 200 + "the Hartwell council")
    got = _lower_aliases(mentions, text)
    assert looks[1:] == ["Hartwell council"] and len(got) == 201 and got[-1].name == "Hartwell Council"


def test_stripped_end_is_what_the_copy_gave():
    """``chunking._stripped_end`` and ``_char_before`` read back from a place for the text before it less its white
    space, as ``len(text[:at].rstrip(chars))`` and ``text[:at].rstrip()[-1:]`` did without the copy."""
    import random

    from toolkit.analysis.entities.chunking import _char_before, _stripped_end

    rng = random.Random(5)
    for _ in range(5000):
        text = "".join(rng.choice(" \n\tab.,:\u00a0\u2003") for _ in range(rng.randrange(12)))
        at = rng.randrange(15)
        assert _stripped_end(text, at) == len(text[:at].rstrip())
        assert _stripped_end(text, at, "\n") == len(text[:at].rstrip("\n"))
        assert _char_before(text, at) == text[:at].rstrip()[-1:]


def test_named_group_finds_what_the_look_at_every_place_found():
    """``roles._named_group`` reads the places of a plural noun once per text (``_group_hits``) and finds, for any
    place *at*, the group the old look at every place of the noun before *at* found: a body or a joint name right
    after "noun ", else the last body described as made of them ("the Jihad Council, an alliance of 18 groups")."""
    import random
    import re
    from bisect import bisect_left

    from toolkit.analysis.quotes.people import _Ctx, _Mention
    from toolkit.analysis.quotes.roles import _MADE_OF, _named_group

    def looked(ctx: _Ctx, noun: str, at: int):  # (the look as it was)
        text = ctx.masked or ctx.text
        found = None
        for hit in re.compile(r"\b" + re.escape(noun) + r"\s+", re.I).finditer(text, 0, at):
            i = bisect_left(ctx.starts, hit.end())
            if i < len(ctx.mentions) and ctx.mentions[i].start == hit.end():
                m = ctx.mentions[i]
                if m.type == "ORG" or m.type == "PERSON" and re.search(r"\s(?:&|and)\s", text[m.start:m.end]):
                    found = m
        if found is None and noun.endswith("s"):
            made_of = re.compile(_MADE_OF.pattern + re.escape(noun) + r"\b", re.I)
            for hit in re.finditer(r"\b" + re.escape(noun) + r"\b", text[:at], re.I):
                i = bisect_left(ctx.starts, hit.start()) - 1
                while i >= 0 and ctx.mentions[i].end > hit.start() - 120:
                    m = ctx.mentions[i]
                    if m.type == "ORG" and made_of.match(text, m.end) is not None \
                            and made_of.match(text, m.end).end() == hit.end():
                        found = m
                        break
                    i -= 1
        return found

    rng = random.Random(9)
    pieces = ["artists ", "Artists  ", "artistsx ", "the ", "Acme Ltd", "Tom and Joe", "Ann Lee", ", an alliance of 3 ",
              ", a group of ", "groups", "artists", " ", "\n", "said ", "x"]
    for _ in range(300):
        text, mentions = "", []
        for _ in range(rng.randrange(1, 30)):
            piece = rng.choice(pieces)
            if piece in ("Acme Ltd", "Tom and Joe", "Ann Lee") and (not mentions or mentions[-1].end < len(text)):
                mentions.append(_Mention(len(text), len(text) + len(piece), piece,
                                         rng.choice(("ORG", "PERSON", "GPE"))))
            text += piece
        ctx = _Ctx(text, mentions, [m.start for m in mentions])
        for noun in ("artists", "groups"):
            for at in range(len(text) + 1):
                assert _named_group(ctx, noun, at) is looked(ctx, noun, at), (text, noun, at)


@pytest.mark.timeout(120)
def test_lede_descriptions_read_the_named_speaker_once():
    """Many descriptions in a first paragraph ("A clergyman in Leeds said ...") and a speaker named in the next: each
    description asked again for the first mention of that speaker among all the mentions before it (the square of
    the length); now once (``extract._lede_descriptions``)."""
    def text(n: int) -> str:
        return 'A clergyman in Leeds said it was "grim". ' * n + '\n\nDiocese of Leeds Bishop Ann Hale, 60, said: "It is fine."\n'

    _people(text(3))
    small, large = _work(text(250)), _work(text(1000))
    assert large < 6 * small, (small, large)
    quotes = tk.quotes(text(40))
    assert quotes["speaker"].value_counts().to_dict() == {"a clergyman": 40, "Ann Hale": 1}


def test_people_ending_is_the_look_at_every_mention():
    """``organisations._people_ending`` answers as ``any(p.type == "PERSON" and p.name.endswith(" " + name) ...)`` did,
    while the caller turns people into organisations between the questions."""
    import random

    from toolkit.analysis.entities.chunking import _Mention
    from toolkit.analysis.entities.organisations import _people_ending

    rng = random.Random(4)
    words = ["Ann", "Lee", "Morena", "Law", "and", "Justice", ""]
    for _ in range(300):
        found = [_Mention(0, 1, " ".join(rng.choice(words) for _ in range(rng.randrange(1, 4))),
                          rng.choice(("PERSON", "PERSON", "ORG", None))) for _ in range(rng.randrange(12))]
        ending = _people_ending(found)
        for _ in range(30):
            name = " ".join(rng.choice(words) for _ in range(rng.randrange(1, 3)))
            assert ending(name) == any(p.type == "PERSON" and p.name.endswith(" " + name) for p in found), name
            if found and rng.random() < 0.3:
                rng.choice(found).type = "ORG"


def test_faith_led_names_scan_the_text_once_per_name(monkeypatch):
    """ "Islamic Jihad" written 300 times: the text is searched for the name in lower case ("jihad") once, not once per
    mention (each search reads the whole text, so that grew as the square of the text: 12 s for 24,000 mentions)."""
    from toolkit.analysis.entities import organisations

    calls: list[str] = []
    real = organisations._literal_hits

    def counted(text, literal, before, after):
        calls.append(literal)
        return real(text, literal, before, after)

    monkeypatch.setattr(organisations, "_literal_hits", counted)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        found = tk.entities("Palestinian Islamic Jihad said. " * 300)
    assert calls.count("jihad") == 1
    assert any(name.endswith("Islamic Jihad") for name in found["entity"])
