"""The lower-case scans (_folded) find what the case-insensitive patterns find, odd Unicode included."""
import random
import re

from toolkit.analysis.entities import cues, resolve, works

TEXTS = [
    "Chelsea beat Fulham 2-1 in the Premiership. Striker Joe Cole scored twice.",
    "GOALS and a PENALTY: the LEAGUE CUP tie.",
    "Shares fell on Monday; the firm cut 300 jobs.",
    "The \u212aick-off was late; a \u017ftriker and a goal\u017f.",  # Kelvin sign, long s: only the slow path folds them
    "\u0130stanbul: the league's fixture, a tr\u0131es line.",  # dotted and dotless I
    "Half-Time at the Stadium \u2013 \u201cEqualiser\u201d, own goal, free-kick.",
]


def test_folded_scans_match_the_case_insensitive_patterns():
    for text in TEXTS:
        assert cues._match_text(text) == (len(cues._MATCH_TEXT.findall(text)) >= 2), text
        assert cues._sport_text(text) == (cues._SPORT_TEXT.search(text) is not None), text
        assert cues._football_text(text) == (cues._FOOTBALL_TEXT.search(text) is not None), text
    assert cues._folded(TEXTS[0]) == TEXTS[0].lower()
    assert cues._folded(TEXTS[3]) is None and cues._folded(TEXTS[4]) is None
    assert [cues._match_text(t) for t in TEXTS] == [True, True, False, True, True, True]


def test_honorific_pattern_matches_the_word_boundary_form():
    import re

    old = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.? ([A-Z][\w'’-]*)")
    texts = ["Mr Smith met Mrs Jones, Ms. Brown, Miss Lee and Dr Who.", "HMrs Smith, 5Mr Jones, (Mr Blair), MrBean",
             "Mr\nSmith; Mr. O'Neill's; Dr. Dre", "Mrs  Double, Miss-Lee, Mr Öztürk, Mr Ørsted", "Mr Tom\u212a"]
    for text in texts:
        assert resolve._HONORIFIC_SURNAME.findall(text) == old.findall(text), text
    assert resolve._HONORIFIC_SURNAME.findall(texts[0]) == ["Smith", "Jones", "Brown", "Lee", "Who"]
    assert resolve._HONORIFIC_SURNAME.findall(texts[1]) == ["Blair"]


def test_linked_title_look_ahead_keeps_the_matches():
    import re

    old = re.compile(works._LINKED_TITLE.pattern.replace("(?=[abcdfmnoprst])", "", 1))
    assert old.pattern != works._LINKED_TITLE.pattern
    texts = ["the screenplay Flight into Danger and the star of Pirates of the Caribbean",
             "starring in Shakespeare in Love, remakes of The Italian Job; nominated for Master and Commander",
             "The novel, War and Peace; a Novel Of Sorts; Xnovel Lord of the Rings; sequel to Back to the Future"]
    for text in texts:
        assert [m.span(1) for m in works._LINKED_TITLE.finditer(text)] == [m.span(1) for m in old.finditer(text)], text
    assert works._LINKED_TITLE.findall(" ".join(texts)) == ["Flight into Danger", "Pirates of the Caribbean", "Shakespeare in Love",
                                                         "Back to the Future"]


def test_word_scans_before_the_sport_patterns_miss_no_match():
    # (_bounded_word_in runs before _SPORT_TEXT_LOWER and _MATCH_TEXT_LOWER: it must say yes wherever they match)
    texts = ["the goalkeeper saved", "countries", "cupboard and cup", "a try_", "x-goal-y", "half-time", "2-1 win",
             "equaliser", "equalis", "subs_bench", "é-subs", "goal\u00b2", "ﬁxture", "league's", "penalties.", "_tries",
             "policy goals", "kick-offs", "fly-half"]
    for low in texts:
        assert (cues._SPORT_TEXT_LOWER.search(low) is not None) == cues._bounded_word_in(low, cues._SPORT_WORDS), low
        if cues._MATCH_TEXT_LOWER.search(low) is not None:
            assert cues._bounded_word_in(low, cues._MATCH_WORDS, "equalis") or cues._SCORE_LIKE.search(low), low
    assert not cues._bounded_word_in("countries and subsidies", cues._SPORT_WORDS)
    assert cues._bounded_word_in("an equaliser", (), "equalis") and not cues._bounded_word_in("equalis", (), "equalis")


def test_first_letter_sets_hold_every_word_of_their_patterns():
    # (_context tests the letter after a space before trying _CLUB_WORD_AFTER, _ORG_SAID_AFTER, _PERSON_NOUN_AFTER)
    import re

    from toolkit.analysis.entities import extract

    for pattern, firsts in ((cues._CLUB_WORD_AFTER, cues._CLUB_WORD_FIRST), (cues._ORG_SAID_AFTER, cues._ORG_SAID_FIRST),
                            (extract._PERSON_NOUN_AFTER, extract._PERSON_NOUN_FIRST)):
        words = re.search(r" \(\?:([^()]*)\)\\b", pattern.pattern).group(1).split("|")
        assert len(words) >= 10 and {w[0] for w in words} <= firsts, pattern.pattern


def test_spelled_out_lower_reads_what_the_acronyms_own_pattern_reads():
    import re

    from toolkit.analysis.entities import acronyms
    from toolkit.analysis.entities.gazetteers import _stopwords

    def old(acronym, text):  # (the pattern of the acronym's own letters, compiled for each)
        if not (3 <= len(acronym) <= 6 and acronym.isalpha() and acronym.isupper()):
            return False
        words = r"[\s-]+".join(rf"{c}[a-z]{{2,}}" for c in acronym.lower())
        return any(not any(w in _stopwords() for w in re.split(r"[\s-]+", hit.group()))
                   for hit in re.finditer(rf"(?<![\w-]){words}(?![\w-])", text))

    texts = ["Gross domestic product rose; gross domestic product fell.", "the gross-domestic  product, xgross domestic product",
             "gross domestic products and the gross domestic product_", "-gross domestic product\tgross\ndomestic\nproduct",
             "of the international financial reporting standards and the international financial",
             "the the the and of the a gross domestic product", "Gross Domestic Product"]
    new = acronyms._spelled_out_lower.__wrapped__
    for text in texts:
        for acronym in ("GDP", "IFRS", "TTT", "GDPS", "ÉTA", "GD", "AB1", "GdP", "IFRSAB", "TAG"):
            assert new(acronym, text) == old(acronym, text), (acronym, text)
    assert new("GDP", texts[0]) and not new("GDP", texts[6]) and new("IFRS", texts[4])


def test_whole_text_tests_found_from_their_rarest_character():
    import re

    from toolkit.analysis.entities import extract

    score, ordinal = re.compile(r"\d-\d"), re.compile(r"\d(?:st|nd|rd|th) [A-Z]")
    for text in ("won 2-1", "a-1", "1-a", "-1", "1-", "x9-9y", "1--2", "\u0661-\u0662", "the 3rd Battalion", "21st Century",
                 "1th B", "st A", "1st a", "1 st A", "x2nd Z", "\u0663rd A", "1st\nA", ""):
        assert (cues._SCORE_LIKE.search(text) is None) == (score.search(text) is None), text
        assert (extract._ORDINAL_DIGIT.search(text) is None) == (ordinal.search(text) is None), text
        assert extract._ordinal_before_capital(text) == (ordinal.search(text) is not None), text


def test_matches_at_words_are_the_patterns_finditer():
    import random

    from toolkit.analysis.entities import organisations
    from toolkit.analysis.entities.chunking import _matches_at_words

    rx, openers = organisations._OWNED_PRODUCT, organisations._OWNED_PRODUCT_OPENERS
    vocab = "its Its their Their Fios TV Internet service app apps X-Box bits the ITS Sky Plus range browser _x 9".split()
    rnd = random.Random(7)
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice(vocab) + rnd.choice([" ", " ", " ", "", ", ", "-", "'"]) for _ in range(rnd.randint(1, 10)))
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in _matches_at_words(rx, text, openers)] == want, text
        hits += len(want)
    assert hits > 20


def test_word_sets_hold_the_first_word_of_every_alternative():
    # (_context and _org_cue_after read the lower-case word after a space and try a pattern only if it is in its set)
    import re

    from toolkit.analysis.entities import extract

    for pattern, words in ((cues._CLUB_WORD_AFTER, cues._CLUB_WORDS), (cues._ORG_SAID_AFTER, cues._ORG_SAID_WORDS),
                           (extract._PERSON_NOUN_AFTER, extract._PERSON_NOUN_WORDS)):
        alternatives = re.search(r" \(\?:([^()]*)\)\\b", pattern.pattern).group(1).split("|")
        assert {re.match(r"[a-z]+", a).group() for a in alternatives} == words and len(words) >= 10
    assert {"news", "agency", "trade", "music", "terrorist", "toy"} <= cues._WORD_AFTER_OPENERS
    texts = ["the Reuters news agency said", "the Parlophone record label", "the Odeon cinema chain", "Everton striker Joe",
             "Celtic full-back Joe", "National Grid said", "Acme chief executive Joe", "a senior Israeli Defence official",
             "the Acme music", "the Acme music Awards", "Chelsea's manager", "Acme saidx", "Acme said_", "Acme newsagency",
             "the Acme trade  magazine", "Acme terrorist group"]
    for text in texts:
        m = re.search(r"[A-Z][\w-]*(?: [A-Z][\w-]*)*", text)
        start, end = m.span()
        ctx = extract._context(text, start, end)
        cue = (w := extract._WORD_AFTER.match(text, end)) is not None and w.group(1) in extract._ORG_CUES_AFTER
        assert ctx[1] == cue, text
        assert ctx[5] == (cues._CLUB_WORD_AFTER.match(text, end) is not None), text
        assert ctx[6] == (cues._ORG_SAID_AFTER.match(text, end) is not None), text
        assert ctx[-1] == (" " in text[start:end] and text[end:end + 1] == " " and text[end + 1:end + 2].islower()
                           and extract._PERSON_NOUN_AFTER.match(text, end) is not None), text


def test_named_by_tried_at_its_openers_finds_what_finditer_finds():
    import random

    from toolkit.analysis.entities.chunking import _matches_at_words
    from toolkit.analysis.quotes import people

    rx, openers = people._NAMED_BY, people._NAMED_BY_OPENERS
    vocab = ("known as only simply calls called himself herself identified gave his her name going by the of named Nick "
             "Abu Karim Maria Jo unknown renamed Ab").split()
    rnd = random.Random(11)
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice(vocab) + rnd.choice([" ", " ", " ", "", ", ", "-", "\n"]) for _ in range(rnd.randint(1, 10)))
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in _matches_at_words(rx, text, openers)] == want, text
        hits += len(want)
    assert hits > 20


def test_state_abbreviations_grouped_by_letter_find_the_same_matches():
    import random
    import re

    from toolkit.analysis.entities import places

    abbreviations = sorted(places._US_STATE_ABBREVIATIONS)
    old = re.compile("(" + "|".join(re.escape(a[0]) + r"(?:(?<=, .)|(?<=\b[DRI]-.))" + re.escape(a[1:])
                                     for a in sorted(abbreviations, key=len, reverse=True)) + r")(?!\w)")
    rnd = random.Random(2)
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice([", ", "D-", "R-", "I-", "xD-", " ", "Town", ".", "W"]) + rnd.choice(abbreviations + ["Cal", "N.", "Va"])
                       + rnd.choice(["", "x", " ", ",", "."]) for _ in range(rnd.randint(1, 5)))
        want = [(m.span(), m.groups()) for m in old.finditer(text)]
        assert [(m.span(), m.groups()) for m in places._STATE_ABBREVIATION.finditer(text)] == want, text
        hits += len(want)
    assert hits > 1000


def test_named_as_tried_before_its_cues_finds_what_finditer_finds():
    import random

    from toolkit.analysis.entities import people

    rnd = random.Random(4)
    pre = ["", "a ", "the ", "ex-", "x", "2", "_", "(", "\n", "policeman", "wo", "A "]
    nouns = ["man", "woman", "boy", "son", "person", "friend", "call", "calls", "called", "calling", "Man", "men"]
    seps = [" ", ", ", ",  ", "  ", ",", "\n", " , "]
    cues = ["known as ", "known only as ", "known simply as ", "named ", "called ", "himself ", "herself ", "known  as "]
    names = ["Nick", "Abu Karim", "Jo Lee Ray Bob", "O'Neil", "Mary-Ann", "nick", "NICK", "Al", "\u00c9va", "Nick2"]
    hits = 0
    for _ in range(5000):
        text = "".join(rnd.choice(pre) + rnd.choice(nouns) + rnd.choice(seps) + rnd.choice(cues) + rnd.choice(names)
                       + rnd.choice(["", " ", ".", "'s", "-x"]) for _ in range(rnd.randint(1, 3)))
        want = [(m.span(), m.groups()) for m in people._NAMED_AS.finditer(text)]
        assert [(m.span(), m.groups()) for m in people._named_as_hits(text)] == want, text
        hits += len(want)
    assert hits > 100


def _first_literals(pattern):
    """The literal text each alternative of *pattern*'s first group of alternatives opens with (up to its first
    non-literal), read with the regex parser."""
    from re import _constants as c
    from re import _parser

    items = _parser.parse(pattern.pattern, pattern.flags)
    while items.data[0][0] is c.SUBPATTERN:
        items = items.data[0][1][3]
    op, av = items.data[0]
    assert op is c.BRANCH
    out = []
    for alternative in av[1]:
        text = ""
        for op, av in alternative.data:
            if op is not c.LITERAL:
                break
            text += chr(av)
        out.append(text)
    return out


def test_openers_hold_every_way_their_patterns_open():
    # (the patterns tried only at their openers must gain no way of opening that the openers miss)
    from toolkit.analysis.entities import organisations, people as entity_people
    from toolkit.analysis.quotes import people

    for first in _first_literals(people._NAMED_BY):
        assert first and any(first.startswith(o) for o in people._NAMED_BY_OPENERS), first
    assert organisations._OWNED_PRODUCT.pattern.startswith(r"(?=[IiTt])\b(?:[Ii]ts|[Tt]heir) (")
    assert sorted(organisations._OWNED_PRODUCT_OPENERS) == sorted(("its ", "Its ", "their ", "Their "))
    # _NAMED_AS: a person's noun and a naming cue, or "call..." and a reflexive pronoun; the cues _named_as_hits finds
    pattern = entity_people._NAMED_AS.pattern
    assert "(?:,)? (?:known (?:only |simply )?as|named|called)|(?:call|calls|called|calling) (?:himself|herself)) " in pattern
    assert sorted(entity_people._NAMED_AS_CUES) == sorted(("known ", "named ", "called ", "himself ", "herself "))


def test_linked_titles_tried_at_their_openers_are_the_patterns_finditer():
    # (works._linked_title_spans tries _LINKED_TITLE only where one of its opening words is written)
    import random

    from toolkit.analysis.entities import works
    from toolkit.analysis.entities.chunking import _matches_at_words

    rx, openers = works._LINKED_TITLE, works._LINKED_TITLE_OPENERS
    head = r"(?=[abcdfmnoprst])\b(?:(?:"
    assert rx.pattern.startswith(head)
    words, _, rest = rx.pattern[len(head):].partition(")s?,?|")
    phrases = rest.partition(") ")[0]
    for alternative in words.split("|") + phrases.split("|"):
        assert alternative[:1] in "abcdfmnoprst" and any(alternative.startswith(o) for o in openers), alternative
    vocab = ("the film Flight into Danger star of Pirates of the Caribbean starring in Shakespeare in Love roles in "
             "The Lord of the Rings sequel to nominated for Best of the Year novella Heart of Darkness started in "
             "films, Lost in Translation xfilm Man of Steel Star of David").split()
    rnd = random.Random(11)
    hits = 0
    for _ in range(3000):
        text = " ".join(rnd.choice(vocab) for _ in range(rnd.randint(1, 14)))
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in _matches_at_words(rx, text, openers)] == want, text
        hits += len(want)
    assert hits > 50


def test_partners_after_analysts_tried_at_their_openers_are_the_patterns_finditer():
    # (organisations._partners_firms tries _PARTNERS_AFTER_ANALYST only where one of its opening words is written)
    from toolkit.analysis.entities import organisations
    from toolkit.analysis.entities.chunking import _matches_at_words

    rx, openers = organisations._PARTNERS_AFTER_ANALYST, organisations._PARTNERS_OPENERS
    assert rx.pattern.startswith(r"\b(?:[Aa]nalysts?|[Ee]conomists?|[Ss]trategists?)(?: ")
    assert sorted(openers) == sorted(("Analyst", "analyst", "Economist", "economist", "Strategist", "strategist"))
    for text in ("said analyst Jo Ray at Prescott, Ball and Turben Inc.", "Economists at Smith & Jones said",
                 "xanalysts at Prescott, Ball and Turben said", "a strategist with Dean, Witter and Reynolds who",
                 "Analysts of Salomon and Hutton, in"):
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in _matches_at_words(rx, text, openers)] == want, text


def test_province_abbreviation_finds_what_its_look_behind_found():
    # (the pattern opens with the comma and the space, read as group 1 after them; it was a look-behind tried everywhere)
    import random
    import re

    from toolkit.analysis.entities import places
    from toolkit.analysis.entities.wordlists import _CANADIAN_PROVINCE_ABBREVIATIONS

    old = re.compile(r"(?<=, )(" + "|".join(re.escape(a) for a in sorted(_CANADIAN_PROVINCE_ABBREVIATIONS, key=len,
                                                                            reverse=True)) + r")(?!\w)")
    vocab = [*_CANADIAN_PROVINCE_ABBREVIATIONS, "Kelowna", "B.C", "Ont", "x", ",", ", ", " ", "  ", "\n", "-", "Sask.x"]
    rnd = random.Random(3)
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 12)))
        want = [(m.span(1), m.group(1)) for m in old.finditer(text)]
        assert [(m.span(1), m.group(1)) for m in places._PROVINCE_ABBREVIATION.finditer(text)] == want, text
        hits += len(want)
    assert hits > 100


def test_datelines_tried_at_line_starts_find_what_finditer_finds():
    # (_DATELINE opens with "(?m)^": tried at the starts of lines alone)
    import random

    from toolkit.analysis.entities import places
    from toolkit.analysis.entities.chunking import _matches_at

    rx = places._DATELINE
    vocab = ["NEW", "YORK", "AUSTIN", "D.C.", "O'HARE", "WINSTON-SALEM", "Ok", ",", " --", "--", " — ", " (AP)", " (", " ",
             "\n", "\n\n", "x", "A", "AB."]
    rnd = random.Random(13)
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 14)))
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in _matches_at(rx, text, places._line_starts(text))] == want, text
        hits += len(want)
    assert hits > 100


def test_route_events_tried_at_their_openers_find_what_finditer_finds():
    import random

    from toolkit.analysis.entities import places
    from toolkit.analysis.entities.chunking import _matches_at_words

    rx = places._ROUTE_EVENT
    vocab = ["The", "the", "This", "this", "Last", "last", "Next", "next", "year's", "year’s", "57th", "Sydney", "Hobart",
             "London", "Brighton", "to", "Bathe", "bathe", "started", "was", "on", ".", ",", "tomorrow", "x"]
    rnd = random.Random(17)
    hits = 0
    for _ in range(4000):
        text = "".join(rnd.choice(vocab) + rnd.choice([" ", " ", " ", "", "\n"]) for _ in range(rnd.randint(1, 10)))
        if rnd.random() < 0.5:
            text += " ".join([rnd.choice(["The", "the", "last year's", "The 57th", "xthe"]), rnd.choice(vocab[11:15]), "to",
                              rnd.choice(vocab[11:15]), rnd.choice(["started", ".", "was", "x", "to", "Hobart to"])])
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in _matches_at_words(rx, text, places._ROUTE_EVENT_OPENERS)] == want, text
        hits += len(want)
    assert hits > 50


def test_state_abbreviations_tried_at_their_starts_find_what_finditer_finds():
    # (_STATE_ABBREVIATION is tried after ", " and after "D-", "R-", "I-" alone)
    import random

    from toolkit.analysis.entities import places
    from toolkit.analysis.entities.chunking import _matches_at
    from toolkit.analysis.entities.wordlists import _US_STATE_ABBREVIATIONS

    rx = places._STATE_ABBREVIATION
    vocab = sorted(_US_STATE_ABBREVIATIONS)[:12] + ["Eugene", "Ore.", "Calif.", "D", "R", "I", "xD", "-", ", ", ",", " ", "\n", "Tex", "N.Y.", "a", "ID", "_"]
    rnd = random.Random(29)
    hits = 0
    for _ in range(4000):
        text = "".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 14)))
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in _matches_at(rx, text, places._abbreviation_starts(text))] == want, text
        hits += len(want)
    assert hits > 100


def test_patterns_opening_with_marks_tried_at_the_marks_find_what_finditer_finds():
    # (chunking._matches_at_chars / _search_at_chars: a pattern whose matches open with a quotation mark is tried at the
    # marks alone, found by str.find)
    import random

    from toolkit.analysis.entities import people, works
    from toolkit.analysis.entities.chunking import _matches_at_chars, _offsets, _search_at_chars

    vocab = ['"', "“", "”", "‘", "’", "'", "The", "Joker", "film", "video", "Ace", "Jo", "Smith", "A.", "x", "1", " ", " ",
             ",", "\n"]
    rnd = random.Random(31)
    hits = 0
    for _ in range(4000):
        text = "".join(rnd.choice(vocab) + rnd.choice(["", " "]) for _ in range(rnd.randint(0, 12)))
        if rnd.random() < 0.6:
            mark = rnd.choice(['"', "“", "‘", "'"])
            close = {"“": "”", "‘": "’"}.get(mark, mark)
            text += rnd.choice(["the film ", "a video ", "", "x"]) + mark + rnd.choice(["The Joker", "Ace", "1917", "joker"]) \
                + rnd.choice([close, "”", '"', ""]) + rnd.choice([" Smith", ", ", "s", " and"])
        assert _offsets(text, "ab'“") == sorted(i for i, c in enumerate(text) if c in "ab'“"), text
        for rx, chars in ((works._TITLE_IN_MARKS, '"“'), (works._QUOTED_PHRASE, works._QUOTE_MARKS)):
            want = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert [(m.span(), m.groups()) for m in _matches_at_chars(rx, text, chars)] == want, (rx.pattern, text)
            hits += len(want)
        rx = people._NICKNAME_IN_MARKS
        assert _search_at_chars(rx, text, "“\"‘'") == (rx.search(text) is not None), text
    assert hits > 200


def test_patterns_tried_at_their_possible_starts_find_what_finditer_finds():
    # (the seat after "MP for", the surname after "Mr"/"Dr", a line-up line, a name before a bracketed name, an ordinal
    # before a capital: each pattern tried only where a match can open)
    import random
    import re

    from toolkit.analysis.entities import extract, people, places, resolve
    from toolkit.analysis.entities.chunking import _line_starts, _matches_at, _matches_at_chars, _starts_before

    cases = [
        (places._SEAT, lambda t: _starts_before(t, " for ", (2, 3, 4)),
         ["MP", "MPs", "MSP", "MSPs", "AM", "TD", "TDs", "MEP", "MLA", "xMP", "for", "Hornsey", "Wood", "Green", "and", ","]),
        (resolve._HONORIFIC_SURNAME, None, ["Mr", "Mrs", "Ms", "Miss", "Dr", "xMr", ".", "King", "O'Neil", "D", "M", "-"]),
        (people._LINE_UP, _line_starts, ["Newcastle:", "Given", "Carr", "(Dyer)", ",", ", ", "\n", ".", "x", "Boumsong"]),
        (people._NAME_THEN_BRACKETED, people._words_before_brackets,
         ["Ato", "(Boldon)", "(", ")", "Boldon", "ato", "x", "'", "-", "Ab"]),
    ]
    rnd = random.Random(37)
    for rx, starts, vocab in cases:
        hits = 0
        for _ in range(3000):
            text = "".join(rnd.choice(vocab) + rnd.choice([" ", " ", " ", "", "\n"]) for _ in range(rnd.randint(0, 12)))
            if rnd.random() < 0.5:
                text += rnd.choice(["\nNewcastle: Given, Carr, Boumsong, Dyer (Ameobi), Bowyer.", "Leeds: A, B, C, D\n",
                                    "Ato (Boldon)", " MPs for Ross, Skye and Inverness", "Mr King's", "Dr. Who"])
            want = [(m.span(), m.groups()) for m in rx.finditer(text)]
            got = _matches_at_chars(rx, text, "DM") if starts is None else _matches_at(rx, text, starts(text))
            assert [(m.span(), m.groups()) for m in got] == want, (rx.pattern[:40], text)
            hits += len(want)
        assert hits > 30, rx.pattern[:40]
    ordinal = re.compile(r"\d(?:st|nd|rd|th) [A-Z]")
    for _ in range(3000):
        text = "".join(rnd.choice(["1", "\u0663", "x", "st", "nd", "rd", "th", " ", "A", "a", "\n"]) for _ in range(8))
        assert extract._ordinal_before_capital(text) == (ordinal.search(text) is not None), text


def test_exchange_suffix_test_is_the_twelve_finds():
    import random

    from toolkit.analysis.entities import extract

    needles = (".O)", ".N)", ".L)", ".T)", ".PA)", ".DE)", ".HK)", ".TO)", ".AX)", ".KS)", ".SS)", ".MI)")
    vocab = [".", ")", "(", "O", "N", "L", "T", "PA", "DE", "HK", "AX", "KS", "SS", "MI", "TSLA", "x", " ", "..", "P"]
    rnd = random.Random(53)
    seen = 0
    for _ in range(4000):
        text = "".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 10)))
        if rnd.random() < 0.3:
            text += "(TSLA" + rnd.choice(needles)[:rnd.randint(2, 4)]
        want = any(n in text for n in needles)
        assert (extract._EXCHANGE_SUFFIX.search(text) is not None) == want, text
        seen += want
    assert seen > 200


def test_state_codes_read_only_beside_a_place_of_their_country():
    # (speed: _state_code_mentions returns at once when no place of a country with codes is named; the same answers)
    from toolkit.analysis.entities.extract import _extract

    def typed(text):
        return {(m.name, m.type) for m in _extract(text)}

    assert ("NSW", "GPE") in typed("Floods cut roads across NSW on Monday, and Sydney was worst hit.")
    assert ("ACT", "GPE") in typed("Floods hit the ACT and Tasmania, Australia said.")
    assert ("NSW", "GPE") not in typed("The NSW branch of the union met in London on Monday.")


def test_window_patterns_with_a_first_letter_look_ahead_find_what_they_found():
    # (speed: _ORG_BEFORE and _PERSON_PLURALS open with a look-ahead for a word's first letter, or a possessive's
    # apostrophe, a quick test before their alternatives at each position; the same matches as without it, odd case
    # folding included)
    import random
    import re

    from toolkit.analysis.entities import organisations

    for rx, head in ((cues._ORG_BEFORE, r"(?=\b[a-z]|['’])"), (organisations._PERSON_PLURALS, r"(?=\b[a-z])")):
        assert rx.pattern.startswith(head)
        old = re.compile(rx.pattern[len(head):], rx.flags)
        words = sorted(set(re.findall(r"[a-z]+", old.pattern)))
        vocab = [*words, *(w.upper() for w in words[:20]), "the", "'s", "’s", " ", ",", ":", "\n", "-", "x",
                 "\u212a", "\u017f", "\u0131", "\u0130", "Mr", "1", "authors like", "works by", "the likes of",
                 "Paintings by", "analyst at", "rival", "the daily", "listed on the", "\u017fhares in", "bank,"]
        rnd = random.Random(59)
        hits = 0
        for _ in range(4000):
            text = "".join(rnd.choice(vocab) + rnd.choice(("", " ", " ", " ", ", ")) for _ in range(rnd.randint(0, 6)))
            if rnd.random() < 0.5:
                text += rnd.choice(vocab[-10:]) + " "  # (a phrase of theirs right before the window's end)
            lo = rnd.randint(0, len(text))
            hi = rnd.randint(lo, len(text))
            for a, b in ((0, len(text)), (lo, hi)):
                want = old.search(text, a, b)
                got = rx.search(text, a, b)
                assert (got and got.span()) == (want and want.span()), (text, a, b)
                hits += want is not None
        assert hits > 200, hits


# (module, pattern, the look-ahead it opens with: the first characters of its matches, tested before its alternatives)
_FIRST_CHARACTER_HEADS = (
    ("works", "_WORK_CUE_BEFORE", r"(?=\b[A-Za-z])"), ("people", "_PLACE_BEFORE", r"(?=\b[a-z])"),
    ("works", "_PRODUCT_BEFORE", r"(?=\b[a-zU])"),
    ("places", "_LANGUAGE_BEFORE", r"(?=\b[a-z])"), ("organisations", "_FOOTBALL_WORD", r"(?=\b[a-z])"),
    ("people", "_KIN_PAIR", r"(?=[bcstBST])"), ("people", "_SURNAME_KIN_PAIR", r"(?=[A-Z])"),
    ("works", "_MODEL_LEAD", r"(?=[\dtia])(?:"), ("works", "_NOMINEE_PAIR", r"(?=[A-Z, ])(?:"),
    ("cues", "_RESULT_BEFORE", r"(?=\b[a-z\d])"),
)


def _same_matches_without_head(rx, head, seed, extra=(), tries=2500):
    """*rx* opens with *head*; without it, the same matches (finditer over the text and over random windows)."""
    import random
    import re

    assert rx.pattern.startswith(head), rx.pattern[:40]
    # (a head ending "(?:" wraps the pattern's alternatives in a group, closed at its end)
    old = re.compile(rx.pattern[len(head):-1] if head.endswith("(?:") else rx.pattern[len(head):], rx.flags)
    words = sorted(set(re.findall(r"[A-Za-z]+", old.pattern)) - {"w", "d", "s", "b"})
    vocab = [*words, *(w.capitalize() for w in words[:25]), *(w.upper() for w in words[:8]), "the", "The", "'s", "’s",
             " ", ",", ":", "\n", "-", "x", "Mc", "O'", "\u212a", "\u017f", "\u0131", "\u0130", "3", "12", "3-1", "1,000",
             "Ann", "Lee", "Tom", "and", "for", "of", ".", "(", "\u0663", *extra * 6]
    rnd = random.Random(seed)
    hits = 0
    for _ in range(tries):
        text = "".join(rnd.choice(vocab) + rnd.choice(("", " ", " ", " ", ", ")) for _ in range(rnd.randint(0, 9)))
        if rnd.random() < 0.6:  # (words of the pattern's own, ending the text: where a pattern closing with "$" matches)
            text += " ".join(rnd.choice(words) for _ in range(rnd.randint(1, 3))) + rnd.choice((" ", "", ", ", " of "))
        lo = rnd.randint(0, len(text))
        hi = rnd.randint(lo, len(text))
        for a, b in ((0, len(text)), (lo, hi), (lo, len(text))):
            want = [(m.span(), m.groups()) for m in old.finditer(text, a, b)]
            assert [(m.span(), m.groups()) for m in rx.finditer(text, a, b)] == want, (text, a, b)
            hits += len(want)
    return hits


def test_patterns_opening_with_their_first_characters_find_what_they_found():
    # (speed: a look-ahead for the characters their matches open with, a quick test at each position before the
    # alternatives; output identical)
    import importlib

    extra = {  # (invented phrases of the rarer patterns' own)
        "_KIN_PAIR": ("brothers Ralf and Michael Schumacher", "twins: Ann and Lee McRae", "Sisters Jo and Amy O'Neil"),
        "_SURNAME_KIN_PAIR": ("the Williams sisters, Venus and Serena", "McRae brothers Ann and Lee", "Hart twins -"),
        "_RESULT_BEFORE": ("beat 3-1 against", "won 2-0 over the", "3-1 win over", "drew 1-1 with"),
        "_NOMINEE_PAIR": ("Ann Lee for Vera Drake,", "Tom Hart for The Aviator and", ", Ann Lee for Ray"),
    }
    for k, (module, name, head) in enumerate(_FIRST_CHARACTER_HEADS):
        rx = getattr(importlib.import_module(f"toolkit.analysis.entities.{module}"), name)
        assert _same_matches_without_head(rx, head, 61 + k, extra.get(name, ())) > 20, name


def test_words_are_the_texts_runs_of_ascii_letters():
    """cues._words (the text through a byte table, split) is the set re.findall(r"[A-Za-z]+") gives, whatever the text
    holds: other letters, digits, marks, surrogates, every kind of space."""
    rng = random.Random(34)
    alphabet = "abzAZ q'’-_9,.\n\t\x0b\x1c\xa0\u2028é\u0130\u0131\u017f\u212aß\ud800“"
    for _ in range(20000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 24)))
        assert cues._words(text) == frozenset(re.findall(r"[A-Za-z]+", text)), repr(text)


def test_every_match_of_a_guarded_pattern_holds_one_of_its_whole_words():
    """A pass skipped when the text's words (cues._words) meet none of its keys loses nothing: every match of each
    pattern it reads holds one of the keys as a whole run of letters (random texts of the patterns' words, their stems,
    longer words holding them, marks and spaces)."""
    from toolkit.analysis.entities import extract, organisations, people, places

    cases = [
        (places._REGION_CUE_WORDS, [places._REGION_NOUN_AFTER, places._LAND_NOUN_AFTER, places._SUBURB_OF_BEFORE,
                                    places._BATTLEFIELD_AFTER, places._ROUGH_LAND_BEFORE]),
        (organisations._PLAYER_KEYS, [organisations._PLAYER_NAME_AFTER]),
        (extract._CRAFT_KEYS, [works._CRAFT_BEFORE, works._CRAFT_CREWED, works._CRAFT_SKIPPER, works._CRAFT_PREFIX]),
        (extract._SUBSTANCE_KEYS, [extract._SUBSTANCE_BEFORE]),
        (organisations._AIRED_KEYS, [organisations._AIRED_ON_BEFORE, organisations._TOLD_BEFORE]),
        (organisations._DISEASE_KEYS, [organisations._DISEASE_NOUN_AFTER, organisations._DISEASE_BEFORE]),
        (organisations._JOURNAL_KEYS, [organisations._PUBLISHED_IN]),
        (frozenset(organisations._CAMPAIGN_WORDS), [organisations._CAMPAIGNERS_AFTER]),
        (organisations._OFFICER_KEYS, [organisations._FIRM_OFFICER_AFTER, organisations._SPOKESMAN_AFTER,
                                       organisations._POSS_OFFICER_AFTER]),
        (people._STORM_KEYS, [people._NAMED_STORM]),
        (people._KIN_PLURALS, [people._KIN_PAIR, people._SURNAME_KIN_PAIR]),
    ]
    rng = random.Random(7)
    for keys, patterns in cases:
        found = sorted({w.lower() for p in patterns  # (the patterns' own words, "[Ss]tudy" read as "Study")
                        for w in re.findall(r"[A-Za-z]{2,}", re.sub(r"\[([A-Z])[a-z]\]", r"\1", p.pattern))})
        variants = found + [w.title() for w in found] + [w.upper() for w in found if len(w) <= 5] + [w + "s" for w in found] + [w[1:] for w in found] \
            + ["x" + w for w in found] + [w + "y" for w in found] + ["full-back", "fly-half", "space shuttle"]
        glue = ["of", "on", "the", "by", "with", "called", "live", "positive", "for", "complex", "near", "in", "3rd"]
        names = ["Ann", "Lee", "Nature", "Big", "Sea", "A", "Zed", "Ann and Lee", "Ann and Lee Zed"]
        marks = [" "] * 12 + [" in ", " of ", " on ", " and ", "'s ", ", ", "-", "'s ", "’", ".", "\n", "\xa0", "\"", "é", "_", "9", ""]
        hits = 0
        for _ in range(30000):
            text = "".join(rng.choice(rng.choice((variants, variants, glue, names, names, names))) + rng.choice(marks)
                           for _ in range(rng.randint(1, 9)))
            words = cues._words(text)
            ends = [len(text)] + [i + 1 for i, c in enumerate(text) if c == " "]  # (the patterns closing with " $")
            if any(pattern.search(text, 0, end) for pattern in patterns for end in ends):
                assert not words.isdisjoint(keys), (patterns[0].pattern[:40], text)
                hits += 1
        assert hits >= 40, (patterns[0].pattern[:40], hits)
    assert not cues._words("the frigate, HMS Ark").isdisjoint(extract._CRAFT_KEYS)


def test_one_walk_for_both_lists_gives_what_each_walk_gave():
    """organisations._list_names (one walk for the organisations and the people listed after a plural noun) gives what
    the two walks of _org_list_names and _person_list_names gave before (their code below), on random texts of list
    cues, names, possessives and separators, with random mentions over the capitalised words."""
    import random
    import re

    from toolkit.analysis.entities.chunking import _Mention, _START
    from toolkit.analysis.entities.cues import _LIST_CUE_ENDS
    from toolkit.analysis.entities.geography import _country_of
    from toolkit.analysis.entities.organisations import (
        _list_names, _ORG_LIST_LAST, _ORG_PLURALS, _PERSON_LIST_LAST, _PERSON_PLURALS,
    )

    def _old_list_names(mentions, text, pattern):
        """Names listed (", ", " and ", " or ") right after a plural noun for organisations: organisations."""
        by_pos = sorted(mentions, key=_START)
        people = pattern is _PERSON_PLURALS
        last_words = _PERSON_LIST_LAST if people else _ORG_LIST_LAST
        # (the pattern ends where a name starts: tried only before a name whose word before can end it)
        starts = set()
        for m in by_pos:
            a = m.start
            if a > 4 and text[a - 1] == " " and text[a - 2] in _LIST_CUE_ENDS:
                words = text[max(0, a - 30):a - 1].rsplit(" ", 2)
                w = words[-1].rstrip(":,").lower()
                if w == "the" and len(words) > 1:
                    w = words[-2].rstrip(":,").lower()
                if (w in last_words or not people and w.endswith("makers")) and pattern.search(text, max(0, a - 48), a):
                    starts.add(a)
        if not starts:
            return set()
        found: set = set()
        k = 0
        while k < len(by_pos):
            if by_pos[k].start not in starts:
                k += 1
                continue
            while k < len(by_pos):
                m = by_pos[k]
                if people and text.startswith(("'s", "’s"), m.end):
                    break
                if m.type in ("PERSON", "ORG", None) and not m.titled and not m.royal \
                        or m.type == "GPE" and " " not in m.name and not _country_of(m.name):
                    found.add(m.name)
                else:
                    break
                if k + 1 < len(by_pos) and text[m.end:by_pos[k + 1].start] in (", ", " and ", ", and ", " or "):
                    k += 1
                    continue
                break
            k += 1
        return found

    rng = random.Random(5)
    seen = [0, 0]
    pieces = ["firms such as", "rivals including", "carmakers", "players like", "works by", "paintings of", "the",
              "groups:", "Acme", "Zed Ltd", "France", "Perth", "Henry", "Arsenal's", "Pires", "Sir Ann", "and", "or", ","]
    for _ in range(3000):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 14))).replace(" ,", ",")
        mentions = []
        for hit in re.finditer(r"[A-Z][\w']*(?: [A-Z][\w']*)?", text):
            if rng.random() < 0.8:
                name = hit.group().removesuffix("'s")
                mentions.append(_Mention(hit.start(), hit.start() + len(name), name,
                                         rng.choice(["PERSON", "ORG", None, "GPE", "NORP"]),
                                         titled=rng.random() < 0.2))
        rng.shuffle(mentions)
        orgs, people = _list_names(mentions, text)
        assert orgs == _old_list_names(mentions, text, _ORG_PLURALS), text
        assert people == {n for n in _old_list_names(mentions, text, _PERSON_PLURALS) if " " not in n}, text
        assert _list_names(mentions, text, people=False) == (orgs, set())
        assert _list_names(mentions, text, orgs=False) == (set(), people)
        seen[0] += bool(orgs)
        seen[1] += bool(people)
    assert min(seen) >= 100, seen
