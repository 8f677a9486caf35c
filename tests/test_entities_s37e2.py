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


@pytest.mark.parametrize("text, expected", [
    # "the Bank", "The Committee": a capitalised head of one organisation's name after "the" is its short form, though
    # the word is written lower-case elsewhere ("worked for the bank", "the committee met")
    ("Jane Doe, a deputy governor of the Bank of Albion, has resigned from the Bank after a row. She had worked for the "
     "bank for years. Soon after the report was released the Bank announced her resignation.",
     [["Bank of Albion", "ORG", 3], ["Jane Doe", "PERSON", 1]]),
    ("MPs on the Treasury Committee said she fell short. The Committee said it had set aside its approval. She told the "
     "Treasury Select Committee of it. The committee met.", [["Treasury Select Committee", "ORG", 3]]),
    # two banks with that head: no short form
    ("Jane Doe left the Bank of Albion. She had worked for the bank for years. Barclays Bank said she was welcome. "
     "The Bank was silent.", [["Jane Doe", "PERSON", 1], ["Bank of Albion", "ORG", 1], ["Barclays Bank", "ORG", 1]]),
])
def test_the_head_word_of_one_organisation_is_its_short_form(text, expected):
    assert rows(text) == expected


def test_the_family_of_the_one_person_with_that_surname():
    # "the McLaughlin family" after "Danielle McLaughlin": a mention of her; not families no one named stands for
    assert rows("Dana Kerrigan was found dead in Goa. A priest visited the Kerrigan family on Wednesday. Kerrigan was "
                "28.") == [["Dana Kerrigan", "PERSON", 3], ["Goa", "GPE", 1]]
    assert rows("He apologised to the Conlon and Maguire families. Gerry Conlon was there.") == [["Gerry Conlon", "PERSON", 1]]


@pytest.mark.parametrize("text, expected", [
    # a home nation's own party: one organisation, not the nation's people and the UK party
    ("The SNP could count on the support of the Scottish Greens. Scottish Conservative leader Ann Bell said no. The "
     "Scottish Greens backed it.",
     [["Scottish Greens", "ORG", 2], ["SNP", "ORG", 1], ["Scottish Conservatives", "ORG", 1], ["Ann Bell", "PERSON", 1]]),
    ("In her speech to the Scottish Conservative Party conference she spoke. Scottish Conservative leader Ann Bell said no.",
     [["Scottish Conservative Party", "ORG", 2], ["Ann Bell", "PERSON", 1]]),
    # the nation's people before another word stays the people
    ("Scottish voters rejected it.", [["Scottish", "NORP", 1]]),
])
def test_a_home_nations_party(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural possessive before lower-case "party": the party's name without the mark, one entity with its other forms
    ("Since 2014, members of the Popular Freedom Fighters' party have caused disruption. The Popular Freedom Fighters "
     "said no.", [["Popular Freedom Fighters", "ORG", 2]]),
    # a force named in capitals is named with lower-case "police" too
    ("An Essex police spokesman said a plane was diverted. Essex Police said no one was hurt.", [["Essex Police", "ORG", 2]]),
    ("Kent police said a man was held. Later, Kent Police confirmed it. Surrey police were not involved.",
     [["Kent Police", "ORG", 2], ["Surrey", "GPE", 1]]),
])
def test_other_forms_of_an_organisations_name(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a nickname in marks after "nicknamed" / "known to fans as": the person the sentence, or the one before, is about
    ("Leeds boxer Danny Crane beat Kwame Osei on Saturday. The 26-year-old, nicknamed \"the Bulldog\", put his "
     "challenger down twice. It was Crane's third defence.",
     [["Danny Crane", "PERSON", 3], ["Leeds", "GPE", 1], ["Kwame Osei", "PERSON", 1]]),
    ("Tom Baxter beat Dutch qualifier Piet Jansen 6-1. The 44-year-old, known to fans as \"The Hammer\", averaged 104.",
     [["Tom Baxter", "PERSON", 2], ["Dutch", "NORP", 1], ["Piet Jansen", "PERSON", 1]]),
    # another full name after "also known as": the same person, no second one
    ("Khalid Marwan was born in Kent. Marwan was also known as Adrian James Cole during his childhood.",
     [["Khalid Marwan", "PERSON", 3], ["Kent", "GPE", 1]]),
    # not a thing's name, nor a place's
    ("The machine, known as AlphaGo, won. Anne Hale spoke. The so-called \"Blair Babes\" were elected in 1997.",
     [["Anne Hale", "PERSON", 1]]),
])
def test_a_persons_other_name_after_a_cue(text, expected):
    assert rows(text) == expected
