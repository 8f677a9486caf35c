"""Session 36, helper e1: entity errors of real news copy as classes (page furniture a site leaves inline, ...).
Every sentence here is invented; each asserts the exact table rows."""
from __future__ import annotations

import toolkit as tk


def rows(text: str) -> list[list]:
    return tk.entities(text)[["entity", "type", "mentions"]].values.tolist()


def test_page_furniture_without_a_full_stop_ends_a_sentence():
    # a news site's furniture line kept inline before the next sentence: its next capital opens a sentence, so a
    # capitalised common word there is no part of a name ("Former Lords")
    text = ("Peers voted against the bill on Monday. Read the rest of Nadia's blog Former Lords leader Lord Tallis said "
            "the vote was wrong. The Lords will vote again.")
    assert rows(text) == [["Lords", "ORG", 2], ["Nadia", "PERSON", 1], ["Lord Tallis", "PERSON", 1]]
    text = ("The vote was close. Media playback is not supported on this device Former Commons clerk Ian Hale said the "
            "rules were clear.")
    assert rows(text) == [["Commons", "ORG", 1], ["Ian Hale", "PERSON", 1]]


def test_a_common_verb_opening_a_sentence_is_no_news_organisation():
    # "Get news from ...": the imperative before "news" is no agency's name ("the Reuters news agency" is one)
    assert rows("The trial resumes on Monday. Get news from the BBC in your inbox, each weekday morning.") == \
        [["BBC", "ORG", 1]]
    assert rows("Tass news agency said the talks had ended.") == [["Tass", "ORG", 1]]


def test_senior_opening_a_sentence_is_no_part_of_a_party_name():
    # "Senior" (a title word to nameparser) before a party's name at a sentence start says how high its people are
    assert rows("The vote was close. Senior Labour figures said the rules were clear.") == [["Labour", "ORG", 1]]


def test_a_unit_named_by_its_work_is_an_organisation():
    # a police or army unit of two words or more before "Unit", though a given name opens it ("Marine")
    assert rows("Officers from the Marine Policing Unit and the Dog Support Unit searched the river.") == \
        [["Marine Policing Unit", "ORG", 1], ["Dog Support Unit", "ORG", 1]]
    # a hospital's ward is a venue, and one word before "Unit" is a department's word, not annotated
    assert rows("He was moved to the Intensive Care Unit on Monday.") == []
    assert rows("The institute's Statistics Unit director, Ann Hale, spoke.") == [["Ann Hale", "PERSON", 1]]


def test_the_capitals_of_a_one_word_company_name_are_its_acronym():
    assert rows("The drugmaker GlaxoSmithKline cut jobs. GSK said the cuts were needed.") == \
        [["GlaxoSmithKline", "ORG", 2]]
    assert rows("Auditors at PriceWaterhouseCoopers signed the accounts. PWC said they were sound.") == \
        [["PriceWaterhouseCoopers", "ORG", 2]]


def test_a_place_named_like_a_person_where_a_journey_starts():
    # "<journey> to/towards <town> from X": X is where it starts, a place, though the name is a given name too ("Kent")
    assert rows("A boat was heading towards London from Kent with dozens of people on board.") == \
        [["London", "GPE", 1], ["Kent", "GPE", 1]]
    # not after a person's name ("a letter to Mary from Austin": Austin may be who sent it)
    assert rows("He sent a letter to Mary from Austin.") == []
