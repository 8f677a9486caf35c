"""Quotations, speakers and sources (toolkit.analysis.quotes): the seed's five quotations, each construction
on its own, sources and hedges, the corpus table and ``analyze``'s quotes.csv, and the dev set when the news
sample is there."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit as tk
from toolkit import cli
from toolkit.analysis.quotes import QUOTE_COLUMNS, SOURCE_COLUMNS, hedges, quote_rows, quotes, sources
from toolkit.corpus.outputs import read_csv
from toolkit.corpus.quotes import corpus_quotes

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"
SAMPLE = ROOT.parent / "shared" / "data" / "news_sample"


def rows(text: str) -> list[tuple]:
    return [tuple(r) for r in quotes(text)[["quote", "speaker", "verb", "kind"]].itertuples(index=False)]


# --- the seed -----------------------------------------------------------------------------------

def test_seed_has_exactly_the_five_quotations():
    doc = tk.load(SEED)
    table = quotes(doc)
    assert table.columns.tolist() == QUOTE_COLUMNS
    assert table[["speaker", "verb"]].values.tolist() == [
        ["unnamed officials", "advised"], ["Iran", "announced"], ["ISNA", "attributed"], ["Iran", "insisted"],
        ["Nasser Kanaani", "stated"]]
    assert table["quote"].tolist()[:4] == ["think carefully before you attack in return,", "punished",
                                           "training activity,", "punish"]
    assert table["quote"].iloc[4].startswith("Iran seeks to establish stability in the region")
    assert table["quote"].iloc[4].endswith("adventurism of the Zionist regime,")
    assert table["kind"].tolist() == ["partial", "partial", "partial", "partial", "full"]
    for q, s, e in zip(table["quote"], table["start"], table["end"]):  # spans slice back to the words inside the marks
        assert doc.text[s:e] == q
        assert doc.text[s - 1] in '"“' and doc.text[e] in '"”'
    sents = tk.sentences(doc)
    for sid, s in zip(table["sent_id"], table["start"]):
        assert sents.loc[sid, "start"] <= s < sents.loc[sid, "end"]


def test_seed_sources_and_hedges():
    table = sources(SEED).set_index("source")
    assert table.columns.tolist() == SOURCE_COLUMNS[1:]
    assert table.loc["Iran", ["cited", "direct", "indirect"]].tolist() == [2, 2, 0]
    assert table.loc["Iran", "verbs"] == "announced, insisted"
    assert table.loc["unnamed officials", ["direct", "indirect", "hedges"]].tolist() == [1, 0, "unnamed"]
    assert table.loc["The Wall Street Journal", ["direct", "indirect", "verbs"]].tolist() == [0, 1, "reported"]
    assert "unnamed" in table.loc["The Wall Street Journal", "hedges"]
    assert table.loc["unnamed US officials", ["indirect", "verbs"]].tolist() == [1, "citing"]
    assert table.loc["reports", ["indirect", "verbs", "hedges"]].tolist() == [1, "suggest", "suggest, could"]
    assert table.loc["ISNA", "direct"] == 1 and table.loc["Nasser Kanaani", "direct"] == 1
    counts = hedges(SEED).set_index("hedge")["count"].to_dict()
    assert {k: counts[k] for k in ("reportedly", "allegedly", "unnamed")} == {"reportedly": 2, "allegedly": 2, "unnamed": 2}
    assert counts["suggest"] == 1 and counts["could"] == 1 and counts["potential"] == 2
    assert sources(SEED).attrs["hedges"] == counts


# --- one construction at a time -----------------------------------------------------------------

def test_speaker_after_the_quote():
    text = 'Oil prices fell on Monday.\n\n"We expect a recovery soon," said Maria Lopez, an analyst at a bank.'
    assert rows(text) == [("We expect a recovery soon,", "Maria Lopez", "said", "full")]
    assert rows('"It is over," the coach Tom Reed said.') == [("It is over,", "Tom Reed", "said", "full")]


def test_speaker_before_the_quote():
    text = 'Prime Minister John Harper spoke in London. Mr Harper told reporters: "The deal is done."'
    table = quotes(text)
    assert rows(text) == [("The deal is done.", "John Harper", "told", "full")]
    assert table["speaker_surface"].tolist() == ["Harper"]


def test_pronoun_resolved_to_the_most_recent_person():
    text = ('Angela Brooks, the chief executive of Acme, addressed staff on Friday.\n\n'
            '"Our results were strong," she said.')
    table = quotes(text)
    assert table[["speaker", "speaker_surface"]].values.tolist() == [["Angela Brooks", "she"]]
    # the person who was last the subject, not the last name mentioned
    text = ('Sarah Cole met Tom Baker in Leeds. She praised the plan. "It will work," she said.')
    assert quotes(text)["speaker"].tolist() == ["Sarah Cole"]


def test_the_minister_resolved_to_the_person():
    text = 'Health Minister Paul Grant visited the hospital. The minister said the plan was "fully funded".'
    assert rows(text) == [("fully funded", "Paul Grant", "said", "partial")]
    assert quotes(text)["speaker_surface"].tolist() == ["the minister"]


def test_quote_continued_across_paragraphs_without_a_closing_mark():
    text = ('Jane Doe said: "The first paragraph of my speech goes here.\n\n'
            '"And the second paragraph continues it."\n\nMarkets were calm.')
    table = quotes(text)
    assert table["quote"].tolist() == ["The first paragraph of my speech goes here.",
                                       "And the second paragraph continues it."]
    assert table["speaker"].tolist() == ["Jane Doe", "Jane Doe"]
    assert table["verb"].tolist() == ["said", ""]  # the verb belongs to the first piece's sentence only


def test_run_on_quotes_in_one_paragraph_news_style():
    text = '"I am quite confident," said Claxton. "But I take each race as it comes. "As long as I train, I can win."'
    table = quotes(text)
    assert table["quote"].tolist() == ["I am quite confident,", "But I take each race as it comes.",
                                       "As long as I train, I can win."]
    assert table["speaker"].tolist() == ["Claxton"] * 3


def test_curly_and_straight_marks_agree():
    straight = quotes('Jane Doe said: "The deal is done."')
    curly = quotes("Jane Doe said: “The deal is done.”")
    assert straight.drop(columns=[]).equals(curly)
    assert curly["quote"].tolist() == ["The deal is done."]


def test_scare_quotes_and_quoted_terms_are_not_quotations():
    assert quotes('The so-called "smart" bombs were used. Critics fear "mission creep" in the region.').empty
    assert quotes('Plans include "taster courses" for men and women.').empty
    assert quotes('He starred in the film "Star Wars" last year, the studio said.').empty


def test_headline_phrase_is_not_a_quotation_unless_attributed():
    assert quotes('Minister hails "historic" deal\n\nThe deal was signed on Monday by both sides.').empty
    table = quotes('Campbell: E-mail row "silly fuss"\n\nAlastair Campbell wrote that the row was a "silly fuss".')
    assert table["speaker"].tolist() == ["Alastair Campbell", "Alastair Campbell"]
    assert table["start"].tolist()[0] == 22


def test_unnamed_speakers_are_descriptions():
    text = ('A spokesman for the company said: "We do not comment on rumours." '
            'Unnamed officials warned that the talks were "close to collapse".')
    assert rows(text) == [("We do not comment on rumours.", "a spokesman", "said", "full"),
                          ("close to collapse", "unnamed officials", "warned", "partial")]


def test_according_to_and_single_marks():
    assert rows('Talks were "close to collapse", according to Reuters.') == [
        ("close to collapse", "Reuters", "according to", "partial")]
    assert rows("The bishop said the claims were 'laughable' and false.") == [
        ("laughable", "the bishop", "said", "partial")]
    assert quotes("The players' union met. Its members' votes were counted.").empty  # apostrophes


def test_empty_and_quote_free_documents():
    for text in ("", "No quotation marks here at all."):
        table = quotes(text)
        assert table.empty and table.columns.tolist() == QUOTE_COLUMNS
        assert str(table["start"].dtype) == "int64"
    assert sources("Nothing is cited here.").empty


def test_sources_direct_and_indirect():
    text = ('According to Reuters, the deal could collapse. Citing unnamed officials, The Times reported that '
            'talks had allegedly failed. Reports suggest more delays.')
    table = sources(text).set_index("source")
    assert table.loc["Reuters", ["indirect", "verbs", "hedges"]].tolist() == [1, "according to", "could"]
    assert table.loc["Times", ["direct", "indirect", "verbs"]].tolist() == [0, 1, "reported"]
    assert table.loc["Times", "hedges"] == "unnamed, allegedly"
    assert table.loc["unnamed officials", "verbs"] == "citing"
    assert table.loc["reports", "verbs"] == "suggest"


# --- corpus and command line ----------------------------------------------------------------------

def test_corpus_quotes_and_analyze_writes_quotes_csv(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text('Talks\n\n"We will win," said Jane Smith. Markets rose.\n', encoding="utf-8")
    (folder / "b.txt").write_text("Nothing quoted here. Prices fell.\n", encoding="utf-8")
    corpus = tk.load_corpus(folder)
    table = corpus_quotes(corpus)
    assert table[["id", "quote", "speaker", "verb", "kind"]].values.tolist() == [
        ["a", "We will win,", "Jane Smith", "said", "full"]]
    out = tmp_path / "out"
    assert cli.main([str(folder), "--out", str(out), "--engine", "local", "--no-progress", "--format", "csv"]) == 0
    written = read_csv(out / "quotes.csv")
    assert written[["id", "quote", "speaker", "verb", "kind", "start", "end"]].values.tolist() == [
        ["a", "We will win,", "Jane Smith", "said", "full", table["start"][0], table["end"][0]]]


# --- the hand-annotated dev set -----------------------------------------------------------------

@pytest.mark.skipif(not SAMPLE.is_dir(), reason="news sample not present")
def test_dev_set_quote_detection():
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_quotes import evaluate

    result = evaluate("dev", out=lambda *_: None)["dev"]
    assert result["gold"] == sum(len(json.loads(p.read_text())["quotes"])
                                 for p in (ROOT / "benchmarks" / "devset").glob("*_00[1-5].json"))
    assert result["f1"] >= 0.97
    assert result["speaker_accuracy"] >= 0.85


def test_eval_scores_an_article_without_quotations(tmp_path, monkeypatch):
    """A gold file whose "quotes" list is empty (heldout5 has three) is scored: what the system predicts there
    counts against precision; a file without a "quotes" key (entity-only) is left out."""
    import sys

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import eval_quotes as ev

    news, dev = tmp_path / "news", tmp_path / "devset"
    (dev / "heldout5").mkdir(parents=True)
    news.mkdir()
    (news / "a.txt").write_text('Jo Bloggs spoke. "We are ready," she said.\n', encoding="utf-8")
    (news / "b.txt").write_text('Ann Lee left. "No," Ann Lee said.\n', encoding="utf-8")
    (dev / "heldout5" / "a.json").write_text(json.dumps({"file": "a.txt", "entities": [], "quotes": []}))
    (dev / "heldout5" / "b.json").write_text(json.dumps({"file": "b.txt", "entities": []}))
    monkeypatch.setattr(ev, "DEVSET", dev)
    monkeypatch.setattr(ev, "SAMPLE", news)
    result = ev.evaluate("heldout5", out=lambda *_: None)["heldout5"]
    assert (result["gold"], result["pred"], result["matched"]) == (0, 1, 0)
    assert result["precision"] == 0.0


# --- the fast paths give what the plain computation gives ------------------------------------------

SPEECH = ('Jo Bloggs spoke first. "We are ready," she said.\n\nThen Ann Lee arrived. "No," Ann Lee said. '
          '"Never."\n\nReports suggest the deal could fail, according to the BBC.')


def _fresh(prepare):
    from toolkit.text.document import from_text

    doc = from_text(SPEECH)
    prepare(doc)
    return doc


@pytest.mark.parametrize("prepare", [lambda d: None, lambda d: tk.sentences(d), lambda d: tk.mentions(d)],
                         ids=["nothing cached", "sentence table cached", "mentions cached"])
def test_sentence_ids_are_the_sentence_tables_whatever_is_cached(prepare):
    doc = _fresh(prepare)
    table = quotes(doc)
    sents = tk.sentences(doc)
    # the sentence whose span holds each quotation's start, read off tk.sentences itself
    expected = [int(sents[(sents["start"] <= s) & (s < sents["end"])]["sent_id"].iloc[0]) for s in table["start"]]
    assert table["sent_id"].tolist() == expected == [1, 3, 4]
    assert table["speaker"].tolist() == ["Jo Bloggs", "Ann Lee", "Ann Lee"]


def test_sources_do_not_depend_on_what_was_computed_before():
    first = sources(_fresh(lambda d: None))
    after = sources(_fresh(lambda d: (quotes(d), tk.sentences(d), hedges(d))))
    assert first.equals(after) and first.attrs == after.attrs
    assert first.dtypes.astype(str).tolist() == ["object", "object", "int64", "int64", "int64", "object", "object", "int64"]
    assert first.set_index("source")[["direct", "indirect"]].loc["Ann Lee"].tolist() == [2, 0]
    assert first.attrs["hedges"] == {"could": 1, "suggest": 1}


def test_a_verb_spelt_with_a_letter_ignorecase_folds_is_still_found():
    # "ſ" (long s) matches "s" under IGNORECASE, so the verb patterns see "ſaid" although a plain
    # lower-casing does not: the shortcut that skips contexts without a reporting verb must not skip it
    assert quote_rows('"We are ready," \u017faid Jo Bloggs.') == [
        ("We are ready,", 1, 14, 0, "Jo Bloggs", "Jo Bloggs", "\u017faid", "full")]


@pytest.mark.parametrize("text", [
    "Citing unnamed US officials, The Wall Street Journal reported that Iran has said: \"no\". Reports suggest it.",
    "ACCORDING TO the BBC; a\tspokesman\nsaid that, Mr Lee told   reporters, the U.S. Army has said it is over.",
    "He said said that. aſ per Reuters \u201cx\u201d the firm also confirmed that thatch, couldn't 9could é\u0307could.",
    "İcould MAY-may Likely_ REPORTEDLY unverified, allegedly. Police said, the mayor says\nthat.",
])
def test_pattern_shortcuts_give_the_patterns_matches(text):
    from toolkit.analysis.quotes import sourcing as q

    def spans(matches):
        return [(m.span(), m.groupdict()) for m in matches]

    assert spans(q._indirect_matches(text)) == spans(q._INDIRECT.finditer(text)) != []
    assert q._hedge_words(text) == q._HEDGE_RE.findall(text)


_ANCHOR_PIECES = ["according to", "As Per", "CITING", "cited by", "cit", "ing", " said ", " told ", "\u00a0says\u2003",
                  "reported", "said said", "a", "s", " ", "\n", ",", "\u017f", "\u212a", "\u0130", "\u0131", "\u00e9"]


@given(st.lists(st.sampled_from(_ANCHOR_PIECES), max_size=25))
@settings(max_examples=400, deadline=None)
def test_indirect_anchor_starts_are_the_anchor_patterns_matches(pieces):
    # the verb and preposition branches searched apart (the second in lower case) start where the one pattern's matches do
    from toolkit.analysis.quotes import sourcing as q

    text = "".join(pieces)
    assert q._indirect_anchor_starts(text) == [m.start() for m in q._INDIRECT_ANCHOR.finditer(text)]


@given(st.text(alphabet='ab .!?"\u201d\u2019\')\n\t', max_size=400), st.integers(0, 400), st.integers(0, 400))
@settings(max_examples=300, deadline=None)
def test_last_sentence_break_is_the_last_match_of_the_stretch(text, lo, hi):
    from toolkit.analysis.quotes import marks as q

    lo, hi = sorted((min(lo, len(text)), min(hi, len(text))))
    matches = list(q._SENT_BREAK.finditer(text[lo:hi]))
    assert q._last_break_end(text, lo, hi) == (lo + matches[-1].end() if matches else -1)


@pytest.mark.parametrize("extra", [(), ("id", "group")])
def test_quote_frame_is_the_frame_from_records_gives(extra):
    import pandas as pd

    from toolkit.analysis.quotes import quote_frame

    key = ("doc0001", "politics")[: len(extra)]
    records = [key + r for r in quote_rows(SPEECH)]
    assert len(records) == 3
    expected = pd.DataFrame.from_records(records, columns=[*extra, *QUOTE_COLUMNS])
    got = quote_frame(records, extra=extra)
    pd.testing.assert_frame_equal(got, expected, check_exact=True)
    assert got["start"].tolist() == [24, 73, 93] and got["speaker"].tolist()[-1] == "Ann Lee"
    # anything but str text or int offsets: from_records itself
    odd = [(7, "g") + r for r in quote_rows(SPEECH)]
    pd.testing.assert_frame_equal(quote_frame(odd, extra=("id", "group")),
                                  pd.DataFrame.from_records(odd, columns=["id", "group", *QUOTE_COLUMNS]), check_exact=True)


# --- speaker classes (constructed sentences; the dev set measures them on real articles) ------------

@pytest.mark.parametrize("text, expected", [
    # "he" looks back from where it stands: the name after it in its own sentence is not its referent,
    # and a name followed by an aside and its reporting verb is the subject of its sentence
    ('Ann Lee spoke first on Monday. However, one of the critics, Bob Stone - who was at the meeting - said '
     'the plan had failed. He said Ann Lee had been "very honest" with them.', ["Bob Stone"]),
    # "she" passes over a man the text calls Mr
    ('Jane Hill and Tom Reed met on Monday. "We will win," said Mr Reed after talks with Ms Hill. '
     '"We might lose," she said.', ["Tom Reed", "Jane Hill"]),
    # a pronoun after a described speaker is that speaker
    ('Tom Reed backed the plan. A spokeswoman for the union said it was "a basic right". '
     'She added: "We will not move."', ["a spokeswoman", "a spokeswoman"]),
    # a newly named subject wins over a speaker only inherited by the quotation before
    ('Tom Reed said: "We are ready." "We will win."\n\nOn Monday, Robert Hill, head of the union, said the deal '
     'was done. "It is fair." "It is final," he added.', ["Tom Reed", "Tom Reed", "Robert Hill", "Robert Hill"]),
    # the subject of "went on to say"
    ('Tom Reed spoke at length. He went on to say: "We will not give up."', ["Tom Reed"]),
    # a place as a hyphenated modifier ("Leeds-born") leaves "the actor", resolved to the person
    ('Hollywood star Liam Stone has opened a theatre in Leeds. The Leeds-born actor said the old building was '
     'in a "very poor state".', ["Liam Stone"]),
    # somebody's spokesman is not that somebody
    ("Tom Reed did not attend. Mr Reed's official spokesman said he would \"never forget\" the day.",
     ["Tom Reed's official spokesman"]),
    # a spokeswoman for a named body is the spokeswoman (named with the body, as the guidelines write
    # "a WSIS spokesman"), and so is the "he" after him
    ('Tom Reed left the Royal Ballet in May. A spokeswoman for the Royal Ballet said: "We wish him well."',
     ["a Royal Ballet spokeswoman"]),
    ('Jane Hill said the school would close. But a spokesman for the Royal Ballet told reporters that it would '
     'stay open. He said demand was "fierce".', ["a Royal Ballet spokesman"]),
    # "admitted" (a doubled consonant) is a reporting verb; ", argued Mr Howard." makes Howard the subject
    ('Tom Reed met Ann Lee. Mr Reed admitted it was "very difficult".', ["Tom Reed"]),
    ('Tom Reed spoke first. It was no good Mr Reed claiming he had won, argued Mr Tim Howard. '
     'Pointing to the figures, he added: "Everyone knows it."', ["Tim Howard"]),
    # a clause of its own: "..., but McIlroy is unfazed. He admitted: ..."
    ('Dmitriy Bogdanov won last week and claimed the race was his, but James McIlroy is unfazed. '
     'He admitted: "He looked quite good."', ["James McIlroy"]),
    # "said the chairman of X, Labour MP Barry Sheerman": the name in apposition, and the "he" after it
    ('Tom Reed spoke first. "It will be a tragedy," said the chairman of the committee, Labour MP Barry Sheerman.'
     '\n\nHis concern was the plan. "We must act," he wrote.', ["Barry Sheerman", "Barry Sheerman"]),
    # "The Canada-based company": a description resolved to the company, not Canada
    ('Video game firm Bioware is hiring. The Canada-based company says it wants "a wide variety of people".',
     ["Bioware"]),
    # "the first minister said ..." then "He told ...": he is the person the text names as first minister
    ('First Minister Jack Reed visited Leeds on Monday. Tom Stone, a journalist, criticised him. In a furious '
     'response, the first minister said the comments were distorted. He told Mr Stone: "It is untrue."',
     ["Jack Reed"]),
    # a spaced dash ends the subject clause: "what he called"
    ('Tom Reed spoke on Monday. He challenged the Tories on their plans - what he called a "fantasy island".',
     ["Tom Reed"]),
])
def test_speaker_classes(text, expected):
    assert quotes(text)["speaker"].tolist() == expected


def test_an_aside_after_the_verb_is_a_noun_phrase_not_a_clause():
    # "X, said the deal was done." is not "The idea, says BT, is ...": the speaker is X
    table = quotes('On Monday, Robert Hill, head of the union, said the deal was done. "It is fair."')
    assert table[["speaker", "speaker_surface"]].values.tolist() == [["Robert Hill", "Robert Hill"]]


def test_a_finished_quotation_does_not_take_the_verb_of_the_next_ones_sentence():
    # '..." Ms Trew admitted it would be "very difficult"': "admitted" introduces the second quotation
    text = ('Hazel Gilbert spoke next. "I liked it," she said. "I used to love it. "I stopped."'
            ' Ms Eve Trew, who runs a school, admitted it would be "very difficult" to change.')
    assert quotes(text)["speaker"].tolist() == ["Hazel Gilbert", "Hazel Gilbert", "Hazel Gilbert", "Eve Trew"]


@given(st.text(alphabet="ab_1 '\u2018\u2019\"\u00e9\u0660\n", max_size=200))
@settings(max_examples=300, deadline=None)
def test_single_mark_openers_are_the_plain_scans(text):
    from toolkit.analysis.quotes import marks as q

    # a single mark before an ASCII letter, not after a letter, digit, "_" or another mark
    plain = [i for i in range(len(text)) if text[i] in "'\u2018" and i + 1 < len(text) and text[i + 1].isascii()
             and text[i + 1].isalpha() and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] in "_'\u2018\u2019"))]
    assert list(q._single_opens(text)) == plain


def test_marks_found_by_find_are_what_the_patterns_find():
    # (speed: _pieces and _single_opens read the marks by str.find, not by a character class tried at every position)
    import random

    from toolkit.analysis.quotes import marks

    vocab = ['"', "“", "”", "'", "‘", "’", "a", "Z", "é", "_", "1", " ", "\n", "it's", "\t"]
    rnd = random.Random(23)
    seen = 0
    for _ in range(4000):
        text = "".join(rnd.choice(vocab) for _ in range(rnd.randint(0, 16)))
        assert marks._offsets(text, marks._MARK_CHARS) == [m.start() for m in marks._MARKS.finditer(text)], text
        want = [m.start() for m in marks._SINGLE_OPEN.finditer(text)]
        assert list(marks._single_opens(text)) == want, text
        seen += len(want)
    assert seen > 200


def test_described_names_tried_at_their_starts_find_what_finditer_finds():
    # (speed: _DESCRIBED_NAME is tried only at the capital of the second or third word before ", the" and the like)
    import random

    from toolkit.analysis.entities.chunking import _matches_at
    from toolkit.analysis.quotes import people

    rx = people._DESCRIBED_NAME
    vocab = ["Helen", "Park", "O'Neil", "Mc-Kay", "(Jo", "de", "Smith", "the", "a", "his", "chief", "scientist", "of", ",",
             ", ", " ", "  ", "\n", "\t", "x", "HELEN", "Ab", "’s", "at", "\u00a0"]
    rnd = random.Random(41)
    hits = 0
    for _ in range(5000):
        text = "".join(rnd.choice(vocab) + rnd.choice([" ", " ", "", "\n"]) for _ in range(rnd.randint(0, 14)))
        if rnd.random() < 0.5:
            text += rnd.choice(["Helen Park", "(Helen Park", "Helen  Mary\nPark", "Helen Park-Lee", "A Bc Cd De"]) \
                + rnd.choice([", the chief scientist, said", ",\nthe man at", ", a", ", his wife of", " , the x,"])
        want = [(m.span(), m.groups()) for m in rx.finditer(text)]
        assert [(m.span(), m.groups()) for m in _matches_at(rx, text, people._described_name_starts(text))] == want, text
        hits += len(want)
    assert hits > 300


def test_rank_and_title_runs_tried_at_their_first_letters_find_what_finditer_finds():
    # (speed: _RANK_RUN and _PERSON_TITLE_BEFORE are tried only at the capitals their matches open with)
    import random

    from toolkit.analysis.entities.chunking import _matches_at_chars
    from toolkit.analysis.quotes import people

    vocab = ["General", "Gen.", "Lt", "Col", "Rear", "Admiral", "Det", "Supt", "Tommy", "Franks", "Motors", "Mr", "Mrs",
             "Ms", "Miss", "Dr", "Dame", "Sir", "Prof.", "Professor", "J.", "K", "xMr", "Major-General", "Sgt", "A", " ", "\n"]
    rnd = random.Random(43)
    hits = 0
    for _ in range(4000):
        text = "".join(rnd.choice(vocab) + rnd.choice([" ", " ", "", ".", "\n"]) for _ in range(rnd.randint(0, 12)))
        for rx, chars in ((people._RANK_RUN, people._RANK_FIRST_LETTERS), (people._PERSON_TITLE_BEFORE, "DMPS")):
            want = [(m.span(), m.groups()) for m in rx.finditer(text)]
            assert [(m.span(), m.groups()) for m in _matches_at_chars(rx, text, chars)] == want, (rx.pattern[:30], text)
            hits += len(want)
    assert hits > 500


def test_quotation_patterns_opening_with_their_first_characters_find_what_they_found():
    # (speed: _SCARE_BEFORE and _GENDER_NOUN_APPOSED open with a look-ahead for the first characters of their matches,
    # a quick test at each position before the alternatives; the same matches as without it)
    from tests.test_entities_folded import _same_matches_without_head
    from toolkit.analysis.quotes import extract, roles

    assert _same_matches_without_head(extract._SCARE_BEFORE, r"(?=[a-z])", 71) > 20
    assert _same_matches_without_head(roles._GENDER_NOUN_APPOSED, r"(?=\b[HhTtAa])", 73) > 20


def test_verb_pattern_as_a_tree_finds_what_the_list_of_forms_found():
    # (speed: _VERB_RE is written as a tree of the forms' common beginnings, which the engine reads a character at a
    # time, not as a list of 384 forms tried one by one under IGNORECASE; the longest form first where several match,
    # as the list sorted by length did; the same matches for it and for the two patterns built on it)
    import random
    import re

    from toolkit.analysis.quotes import attribution, verbs

    phrases = ("according to", "as per", "citing", "quoted as saying", "in the words of",
               "followed up", "shot back", "fired back", "hit back")
    assert verbs._VERB_PHRASES == phrases
    # (no phrase begins a form, nor a form a phrase: the phrases first, then the forms by length, is longest first)
    assert not [(p, f) for p in phrases for f in verbs._VERB_FORM if f.startswith(p) or p.startswith(f)]
    old_verb = re.compile(r"\b(?:" + "|".join(phrases) + "|(?:" + "|".join(
        sorted(verbs._VERB_FORM, key=len, reverse=True)) + r"))\b", re.I)
    pairs = [(old_verb, verbs._VERB_RE)]
    for new in (attribution._RIGHT_INVERTED, attribution._RIGHT_SUBJECT):
        assert verbs._VERB_RE.pattern in new.pattern
        pairs.append((re.compile(new.pattern.replace(verbs._VERB_RE.pattern, old_verb.pattern), new.flags), new))
    forms = sorted(verbs._VERB_FORM)
    rnd = random.Random(79)
    vocab = [*forms, *phrases, "the", "Mr", "Ann", "Lee", "spokesman", ",", ".", ":", " ", "  ", "\n", "who", "in", "St",
             "Dr.", "Sen.", "SAID", "Says", "\u017faid", "\u212anew", "\u0130nsisted", "sayso", "tolds", "x", "'s", "-"]
    hits = 0
    for _ in range(3000):
        text = "".join(rnd.choice(vocab) + rnd.choice((" ", " ", ", ", "", ". ")) for _ in range(rnd.randint(0, 10)))
        for old, new in pairs:
            want = [(m.span(), m.groups()) for m in old.finditer(text)]
            assert [(m.span(), m.groups()) for m in new.finditer(text)] == want, (text, new.pattern[:30])
            for i in range(0, len(text), 3):
                w, g = old.match(text, i), new.match(text, i)
                assert (w and (w.span(), w.groups())) == (g and (g.span(), g.groups())), (text, i)
            hits += len(want)
    assert hits > 3000, hits
