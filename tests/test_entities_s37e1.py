"""Session 37, helper e1: organisations on real copy, as classes of error (cues before and after a name, bands,
bodies of a state). Every sentence here is invented; each asserts the exact table rows."""
from __future__ import annotations

import toolkit as tk


def rows(text: str) -> list[list]:
    return tk.entities(text)[["entity", "type", "mentions"]].values.tolist()


def test_a_think_tank_a_news_site_or_a_radio_station_before_a_name_says_organisation():
    # "the defence think tank X", "the news site X", "the website X", "the radio station X": a name no gazetteer
    # holds, typed by the noun for what it is right before it
    assert rows("Paul Hart, director of the defence think tank Corvid, said the talks failed.") == \
        [["Paul Hart", "PERSON", 1], ["Corvid", "ORG", 1]]
    assert rows("The firm told the news site Vantage on Monday that sales fell.") == [["Vantage", "ORG", 1]]
    assert rows("Speaking on the radio station Corvid, she said no.") == [["Corvid", "ORG", 1]]
    # (a tank or a site of another kind is no organisation's cue: "the heritage site Stonehenge")
    assert rows("The heritage site Stonehenge drew crowds.") == []


def test_a_peoples_adjective_and_one_word_before_a_noun_for_fighters_is_one_group():
    # "the Islamic State group", "Islamic State militants": one armed group's name, not a people and a word
    assert rows("The attack was inspired by the Islamic State group, police said.") == [["Islamic State", "ORG", 1]]
    assert rows("The town was seized by Islamic State fighters.") == [["Islamic State", "ORG", 1]]
    assert rows("The attack was claimed by the Kurdish Freedom group on Monday.") == [["Kurdish Freedom", "ORG", 1]]
    # an acronym after the people is the group on its own; a given name or a faith's word is no group's
    assert rows("They stopped the advance of the Kurdish YPG militia on Monday.") == \
        [["Kurdish", "NORP", 1], ["YPG", "ORG", 1]]
    assert rows("Two British Muslim groups protested.") == [["British", "NORP", 1], ["Muslim", "NORP", 1]]


def test_a_nations_adjective_before_a_partys_plural_is_that_nations_party():
    assert rows("The bill was backed by the pro-independence Scottish Greens in the vote.") == \
        [["Scottish Greens", "ORG", 1]]
    assert rows("It was a bid to rescue the Australian Democrats from a split.") == [["Australian Democrats", "ORG", 1]]
    assert rows("Scottish Conservative leader Ruth Dale said the Scottish Conservative Party would win.") == \
        [["Scottish Conservative Party", "ORG", 2], ["Ruth Dale", "PERSON", 1]]


def test_a_plural_possessive_before_lower_case_party_is_the_name_without_its_apostrophe():
    text = ("Members of the radical Popular Liberty Fighters' party (PLF), all dressed in red, left. Since 2014, members "
            "of the Popular Liberty Fighters' party (PLF) have caused disruption. The Popular Liberty Fighters said no.")
    assert rows(text) == [["Popular Liberty Fighters", "ORG", 5]]


def test_a_state_of_the_nation_address_is_a_speech_and_names_no_body():
    assert rows("MPs tried to disrupt the State of the Nation address by President Jacob Zuma. Previous State of the "
                "Nation speeches were marred by chaos.") == [["Jacob Zuma", "PERSON", 1]]
    assert rows("She will give her State of the Union address on Tuesday.") == []


def test_letters_and_a_number_in_an_organisations_frame_are_a_body():
    # "MI5 said", "a former head of MI6", "the firm O2": a body's name written with a number, not a product's model
    assert rows("A former head of MI6 said the claim was wrong.") == [["MI6", "ORG", 1]]
    assert rows("MI5 said the threat level was severe.") == [["MI5", "ORG", 1]]
    assert rows("The firm O2 said prices would fall.") == [["O2", "ORG", 1]]
    # a product's model stays unannotated, whatever it does
    assert rows("The PS2 sold well. Sony said the PS3 would follow.") == [["Sony", "ORG", 1]]


def test_a_known_bodys_acronym_stays_though_lower_case_words_spell_it():
    # "communications intelligence agency" spells C-I-A, but CIA is a body WordNet and compromise know by its acronym;
    # an acronym no table knows is still a common noun phrase's initials ("gross domestic product" ... "GDP")
    assert rows("The claims say the communications intelligence agency spied on him. He said he \"didn't use the "
                "CIA\".") == [["CIA", "ORG", 1]]
    assert rows("Growth in gross domestic product slowed. GDP rose 1%.") == []


def test_an_institution_opening_a_sentence_before_its_verb_is_the_body():
    assert rows('The judge was clear. "Parliament has spoken, the courts must act," he said.') == \
        [["Parliament", "ORG", 1]]
    assert rows("Congress passed the bill. The Senate agreed.") == [["Congress", "ORG", 1], ["Senate", "ORG", 1]]
    # a modifier of a common noun opening the sentence is no mention of the body
    assert rows("The vote was held. Cabinet ministers met later.") == []


def test_a_news_agencys_noun_after_a_word_that_is_a_given_name_too_says_organisation():
    assert rows("Fighting continued. The Dogan news agency says 66 people died.") == [["Dogan", "ORG", 1]]
    # (a person's full name before "news" is still the person)
    assert rows("He met John Smith news reporters.") == [["John Smith", "PERSON", 1]]
