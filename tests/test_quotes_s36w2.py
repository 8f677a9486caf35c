"""Session 36, helper w2: quotation and speaker classes read from web_j (BBC News 2017, one-paragraph bodies).

Every sentence here is invented."""
from __future__ import annotations

from toolkit.analysis.entities import entities
from toolkit.analysis.quotes import quotes


def _rows(text: str) -> list[list[str]]:
    return quotes(text)[["quote", "speaker", "verb", "kind"]].values.tolist()


def test_title_before_a_month_surname_is_a_person():
    # "Mrs May": a month name after Mr/Mrs/Ms/Miss/Dr is a surname, a mention of the person named before
    text = "Prime Minister Jane May opened the talks on Monday. Later Mrs May said: \"We will not give up.\""
    ents = entities(text)
    row = ents[ents["entity"] == "Jane May"]
    assert row["type"].tolist() == ["PERSON"] and row["mentions"].tolist() == [2]
    assert _rows(text) == [["We will not give up.", "Jane May", "said", "full"]]
    text = "Jane May spoke first. In her speech in March, Mrs May accused the council of being \"asleep at the wheel\"."
    assert _rows(text) == [["asleep at the wheel", "Jane May", "accused", "partial"]]
