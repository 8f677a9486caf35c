"""benchmarks/compromise_names.py (the organisations, teams and famous people of compromise's lexicon, written as a
text writes them), the table it wrote (toolkit/data/compromise_names.tsv, with compromise's MIT licence), and its use
as a fallback of the rules (entities/wordnet.py): a name no cue typed takes the table's type."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import toolkit as tk

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "toolkit" / "data" / "compromise_names.tsv"
LICENCE = ROOT / "toolkit" / "data" / "compromise_LICENSE.txt"


def _generator():
    spec = importlib.util.spec_from_file_location("_bench_compromise_names", ROOT / "benchmarks" / "compromise_names.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_table_and_its_licence_are_committed():
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# ") and "compromise" in lines[0] and "MIT" in lines[0]
    assert lines[1] == "name\ttype\ttag"
    rows = [line.split("\t") for line in lines[2:]]
    assert len(rows) > 400 and all(len(r) == 3 for r in rows)
    assert {r[1] for r in rows} == {"ORG", "PERSON"}
    assert {r[2] for r in rows} == {"Organization", "SportsTeam", "Person"}
    names = {r[0] for r in rows}
    assert {"Coldplay", "Aston Villa", "Paris Hilton", "AIG", "HSBC", "eBay"} <= names
    assert not {"Brexiteers", "Superman", "Iron Man", "Santa Claus", "Takashi", "Mcdonalds"} & names
    text = LICENCE.read_text(encoding="utf-8")
    assert "MIT License" in text and "Spencer Kelly" in text


# An invented lexicon in compromise's shape (tag -> lower-case names) and invented word lists
_LEXICON = {
    "Organization": ["zorbcorp", "qlx", "kwt", "the flumbles", "the who", "brexiteers", "fc wobbleton",
                     "new kids on the blok", "ac/dc", "mcdonalds"],
    "SportsTeam": ["grimsby gulls"],
    "Person": ["fred blogsworth", "superman", "takashi", "nas", "jk rowlingham"],
    "City": ["springfield"],
}
_FORMS = {"zorbcorp": {"ZorbCorp", "Zorbcorp"}, "fc": {"FC"}}


def test_the_generator_writes_names_as_a_text_does_and_leaves_out_what_is_no_name():
    gen = _generator()
    rows, left_out = gen.rows(_LEXICON, _FORMS, {"KWT"})
    assert ("ZorbCorp", "ORG", "Organization") in rows  # a form with a capital inside the word lists hold
    assert ("QLX", "ORG", "Organization") in rows  # an organisation's three letters: an initialism
    assert ("KWT", "ORG", "Organization") in rows
    assert ("Flumbles", "ORG", "Organization") in rows  # a band's "the" dropped
    assert ("Who", "ORG", "Organization") in rows  # (not "WHO": the lexicon's entry had two words)
    assert ("FC Wobbleton", "ORG", "Organization") in rows
    assert ("New Kids on the Blok", "ORG", "Organization") in rows
    assert ("AC/DC", "ORG", "Organization") in rows
    assert ("Grimsby Gulls", "ORG", "SportsTeam") in rows
    assert ("Fred Blogsworth", "PERSON", "Person") in rows
    assert ("Nas", "PERSON", "Person") in rows  # a person's one word: never an acronym by its length
    assert ("JK Rowlingham", "PERSON", "Person") in rows  # (no vowel: initials)
    names = {r[0] for r in rows}
    assert not {"Brexiteers", "Superman", "Takashi", "Mcdonalds", "Springfield"} & names
    assert left_out == {"not an organisation": 1, "fiction": 1, "shared name": 1, "form lost": 1}
    assert [r[1] for r in rows] == sorted(r[1] for r in rows)


def _typed(text: str) -> dict[str, str]:
    return {r.entity: r.type for r in tk.entities(tk.load(text)).itertuples()}


# Invented sentences: a band, a firm, a club or a famous person named with no cue, which no rule can type
@pytest.mark.parametrize("text, name, typ", [
    ("Analysts said Coldplay would headline the festival next summer.", "Coldplay", "ORG"),
    ("The deal leaves Cadbury exposed to a hostile bid, one banker said.", "Cadbury", "ORG"),
    ("Ryanair cut fares on routes to Spain, angering rivals.", "Ryanair", "ORG"),
    ("Pink Floyd reunited for one night in London.", "Pink Floyd", "ORG"),
    ("Stoke City sacked their manager after the defeat.", "Stoke City", "ORG"),
    ("Hewlett Packard announced a new chief executive.", "Hewlett Packard", "ORG"),
    ("Critics attacked Paris Hilton after the vote.", "Paris Hilton", "PERSON"),
    ("She spoke about Barack Obama on Monday.", "Barack Obama", "PERSON"),
])
def test_a_name_of_compromise_no_cue_typed_takes_its_type(text, name, typ):
    assert _typed(text).get(name) == typ


# ... but never over a rule's cue, for a surname, a given name or an ordinary word alone, nor for a sponsor's event
@pytest.mark.parametrize("text, name, typ", [
    ("Drake won the race by a length.", "Drake", None),
    ("Mr Ford said the company would appeal.", "Ford", "PERSON"),
    ("Michael Taylor and Sarah Palmer were elected to the board.", "Michael Taylor", "PERSON"),
    ("The Volvo ocean race leaves Alicante in November.", "Volvo", None),
])
def test_the_table_keeps_the_gates_of_the_fallback(text, name, typ):
    assert _typed(text).get(name) == typ


def test_one_ordinary_word_a_surname_or_a_name_wordnet_types_otherwise_gets_no_type():
    from toolkit.analysis.entities.wordnet import _wordnet_type

    assert _wordnet_type("Coldplay") == "ORG" and _wordnet_type("Paris Hilton") == "PERSON"
    assert _wordnet_type("Visa") is None  # an ordinary word (TextBlob's lexicon)
    assert _wordnet_type("Ford") is None  # a common surname
    assert _wordnet_type("Toyota") is None  # WordNet's town, compromise's company: neither is sure
    assert _wordnet_type("Green Day") == "ORG"  # two ordinary words: a capitalised run names the band
