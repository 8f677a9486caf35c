"""Classes of ORG error fixed in session 36 (helper e2): each case is an invented sentence, not article text, and
asserts the exact table rows (canonical name, type, mentions)."""
from __future__ import annotations

import pytest

import toolkit as tk


def rows(text: str) -> list[list]:
    return tk.entities(text)[["entity", "type", "mentions"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    # "Unit" and "Quartet" head a body's name, as "Agency" and "Group" do (not a person named like a place)
    ("Officers from the Harbour Policing Unit and the Canine Search Unit joined the search.",
     [["Harbour Policing Unit", "ORG", 1], ["Canine Search Unit", "ORG", 1]]),
    ("The Normandy Quartet met in Minsk.", [["Normandy Quartet", "ORG", 1], ["Minsk", "GPE", 1]]),
    # a hospital's ward and one field's word before "Unit" name a place or a department, no body
    ("She was moved to the Intensive Care Unit overnight.", []),
    ("The institute's Statistics Unit director, Pavla Ornstein, says so.", [["Pavla Ornstein", "PERSON", 1]]),
])
def test_unit_and_quartet_head_an_organisation(text, expected):
    assert rows(text) == expected


def test_wing_of_a_body_is_an_organisation():
    # nobody is a body's wing or arm: the name before such an apposition is an organisation, whatever its words
    assert rows("Ezzedin al-Rashad, the armed wing of Hamas, claimed the attack.") == \
        [["Ezzedin al-Rashad", "ORG", 1], ["Hamas", "ORG", 1]]
    assert rows("Tom Barlow, the left arm of the band, said so.") == [["Tom Barlow", "PERSON", 1]]


def test_capitals_of_a_one_word_name_are_its_acronym():
    # "PWC" for PriceWaterhouseCoopers: the capitals of a one-word name written in parts
    assert rows("Sales at ThorneWellsBrook fell, the firm said. A TWB partner said more.") == \
        [["ThorneWellsBrook", "ORG", 2]]


@pytest.mark.parametrize("text, expected", [
    # bare "Parliament" is the nation's legislature, not a regional or European one named in the same text
    ("Hunting was banned after the Scottish Parliament passed its law. Later, MPs said Parliament had spoken.",
     [["Scottish Parliament", "ORG", 1], ["Parliament", "ORG", 1]]),
    ("Members of the European Parliament voted. May promised Parliament a vote.",
     [["European Parliament", "ORG", 1], ["Parliament", "ORG", 1]]),
    # a sovereign people's parliament: its bare head is a short form of it
    ("Delhi said the Indian Parliament met. Gunmen attacked Parliament on Thursday.",
     [["Indian Parliament", "ORG", 2], ["Delhi", "GPE", 1]]),
])
def test_bare_parliament_beside_a_regional_one(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # "<Name> House" where something is or happens: a residence or a building, a venue (not annotated)
    ("Union members will picket outside Corrimal House on Friday.", []),
    ("She wrote from her official residence, Tarland House in Edinburgh.", [["Edinburgh", "GPE", 1]]),
    ("The party at New York's Soho House ended late.", [["New York", "GPE", 1]]),
    # a publisher, the White House (an institution by the guidelines) and a house that speaks stay organisations
    ("An editor at Random House said so. Protesters gathered outside the White House.",
     [["Random House", "ORG", 1], ["White House", "ORG", 1]]),
    ("A report published in Chatham House said so.", [["Chatham House", "ORG", 1]]),
])
def test_a_house_named_as_a_place_is_a_venue(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a name read as a person's (a given name first) that has shares, shareholders or a chief executive is a company's
    ("Shares in Morgan Halden fell 5%. Morgan Halden said it would cut jobs.", [["Morgan Halden", "ORG", 2]]),
    ("Charles Fennimore shares rose 3% on Monday.", [["Charles Fennimore", "ORG", 1]]),
    ("John Lewis's chief executive, Andy Street, said sales rose.",
     [["John Lewis", "ORG", 1], ["Andy Street", "PERSON", 1]]),
    # one the text also gives a title is a person, whatever is said of shares
    ("Tom Hale sold his shares. Mr Hale's shares in Acme fell. Shares in Tom Hale rose.",
     [["Tom Hale", "PERSON", 3], ["Acme", "ORG", 1]]),
])
def test_a_firm_named_like_a_person_by_its_shares(text, expected):
    assert rows(text) == expected
