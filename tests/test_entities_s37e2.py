"""Classes of count and merge error fixed in session 37 (helper e2, from the COUNT and duplicate errors of the studied
web, Lee, invented and BBC sets): each case is an invented sentence, not article text, and asserts the exact table rows
(canonical name, type, mentions)."""
from __future__ import annotations

import pytest

import toolkit as tk


def rows(text: str) -> list[list]:
    return tk.entities(text)[["entity", "type", "mentions"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    # a one-word name a role noun made a person is that person where nothing typed it
    ("The hosts led early through Pedro Alves, but Ruvalco had other ideas with a late goal. Their forward Ruvalco said "
     "it was great.", [["Ruvalco", "PERSON", 2], ["Pedro Alves", "PERSON", 1]]),
    # a possessive alone is no organisation's cue for a name an honorific made a person
    ("Critics covered Sparrow's list of attacks. Mr Sparrow spoke.", [["Sparrow", "PERSON", 2]]),
])
def test_one_person_named_alone_is_one_entity(text, expected):
    assert rows(text) == expected


def test_a_firm_named_like_a_person_stays_a_firm():
    # "it" takes the name up: the firm, beside the person of the same name
    got = rows("Halvers said it would cut jobs. Halvers's profits fell. Mr Halvers spoke.")
    assert ["Halvers", "ORG", 2] in got
