"""Session 37, helper w1: entity errors of BBC News copy of 2017 (web_k) as classes that recur in other BBC copy.
Every sentence here is invented; each asserts the exact table rows."""
from __future__ import annotations

import toolkit as tk


def rows(text: str) -> list[list]:
    return tk.entities(text)[["entity", "type", "mentions"]].values.tolist()


def test_a_faiths_word_before_state_names_one_body():
    # "Islamic State": one organisation, in each of its forms (not the NORP Islamic and an ORG "State"), and its
    # initials after it are a mention of it
    text = ("The attack was claimed by so-called Islamic State. Police said the Islamic State group had no link to the "
            "men. Officials say IS leaders were behind it.")
    assert rows(text) == [["Islamic State", "ORG", 3]]
    assert rows("Fighters from Islamic State attacked the town. An Islamic scholar spoke.") == \
        [["Islamic State", "ORG", 1], ["Islamic", "NORP", 1]]


def test_a_radio_stations_lower_case_live_is_part_of_its_name():
    # "BBC Radio 5 live": the station's name ends in its lower-case "live" (not "BBC Radio 5"), as does "BBC 5 live";
    # one station, and another body joined to it by "and" stays apart
    text = ("He told BBC Radio 5 live's breakfast show he was fine. Later he spoke to BBC Radio 4. Enjoy interviews with "
            "BBC 5 live and World Service.")
    assert rows(text) == [["BBC Radio 5 live", "ORG", 2], ["BBC Radio 4", "ORG", 1], ["World Service", "ORG", 1]]


def test_a_bylines_name_ends_before_the_next_sentences_first_word():
    # a byline or a furniture line run into the text without its full stop: "I", a common word in -ing, "By" or
    # "The" after the name opens the next sentence and is no part of the name
    text = ("The vote is close. By the BBC's political editor Ann Corrie I do not believe the plan will work. Read more "
            "from Ann By the BBC's Scotland editor Tom Garvie Speaking to me today, the minister said no.")
    assert rows(text) == [["BBC", "ORG", 2], ["Ann Corrie", "PERSON", 2], ["Scotland", "GPE", 1],
                          ["Tom Garvie", "PERSON", 1]]
    # a regnal number after a title stays in the name
    assert rows("Pope John Paul I died in 1978.") == [["Pope John Paul I", "PERSON", 1]]


def test_a_furniture_line_names_its_writer_by_the_given_name():
    # "Read more from Nick", "Follow Nick on Twitter": the page's writer, a person, and the next word opens a sentence
    text = ("The plans will now be consulted on. Read more from Nick Follow Nick on Twitter")
    assert rows(text) == [["Nick", "PERSON", 2], ["Twitter", "ORG", 1]]
    text = "The vote is close. Read more from Sarah The SNP conference opened on Friday."
    assert rows(text) == [["Sarah", "PERSON", 1], ["SNP", "ORG", 1]]


def test_a_devolved_nations_branch_of_a_party_is_one_body():
    # "the Scottish Greens", "Scottish Conservative leader", "Scottish Labour": one organisation named with the nation's
    # word (no NORP Scottish, no UK-wide party); the bare party named after it is the UK-wide one, apart
    text = ("The Scottish Greens backed the bill in Edinburgh. Scottish Conservative leader Ann Lee said no. "
            "The Conservatives lost seats in England.")
    assert rows(text) == [["Scottish Greens", "ORG", 1], ["Edinburgh", "GPE", 1], ["Scottish Conservative", "ORG", 1],
                          ["Ann Lee", "PERSON", 1], ["Conservatives", "ORG", 1], ["England", "GPE", 1]]
    assert rows("Welsh Labour won seats in Cardiff. Labour lost seats in Kent.") == \
        [["Welsh Labour", "ORG", 1], ["Cardiff", "GPE", 1], ["Labour", "ORG", 1], ["Kent", "GPE", 1]]
    # a nation's people before any other word stays NORP
    assert rows("Scottish voters were angry.") == [["Scottish", "NORP", 1]]


def test_a_branchs_full_name_names_no_uk_party():
    # "the Scottish Conservative Party conference" writes no "Conservative Party": a Tory alone is named as written
    text = ("She spoke to the Scottish Conservative Party conference in Perth. A hard Tory Brexit was feared, "
            "the Tories said.")
    assert rows(text) == [["Tories", "ORG", 2], ["Scottish Conservative Party", "ORG", 1], ["Perth", "GPE", 1]]


def test_a_small_town_after_a_comma_and_from_or_taken_to():
    # "The man, from Wirksworth, died", "taken to Jamshoro": a small town the geonames lists hold, after a person's
    # home cue set off by commas or where someone was taken, is a town (GPE)
    assert rows("The 20 year old, from Wirksworth, died from his wounds.") == [["Wirksworth", "GPE", 1]]
    assert rows("The injured were taken to Jamshoro in Pakistan.") == [["Jamshoro", "GPE", 1], ["Pakistan", "GPE", 1]]
    # an organisation after the same cue stays one
    assert rows("Ann Lee, from Oxfam, said so.") == [["Ann Lee", "PERSON", 1], ["Oxfam", "ORG", 1]]


def test_a_broadcasters_programme_title_names_nobody():
    # "the BBC's Victoria Derbyshire programme", "the BBC's Sunday Politics Scotland programme": a show's title between
    # the broadcaster's possessive and "programme" or "show"; the names inside it are no mentions, the owner stays
    assert rows("He told the BBC's Sally Prentice programme that it was wrong.") == [["BBC", "ORG", 1]]
    assert rows("He was asked on the BBC's Sunday Politics Scotland programme about a vote.") == [["BBC", "ORG", 1]]
    # a lower-case description of the show names it by no title
    assert rows("Labour's Ann Lee told the BBC's flagship show that it was wrong.") == \
        [["Labour", "ORG", 1], ["Ann Lee", "PERSON", 1], ["BBC", "ORG", 1]]


def test_a_coroners_court_is_one_body():
    # "West London Coroner's Court": the post's possessive opens the court's name (as "Sheriff's Office" does); no
    # place inside it is a mention
    assert rows("He conducted the inquest at West London Coroner's Court on Wednesday.") == \
        [["West London Coroner's Court", "ORG", 1]]
    assert rows("An inquest at Avon Coroner's Court heard he died in Bristol.") == \
        [["Avon Coroner's Court", "ORG", 1], ["Bristol", "GPE", 1]]


def test_a_campaigns_name_with_against_is_an_organisation():
    # "Surfers Against Sewage": a plural noun of people and "Against" name a campaign group, no person
    assert rows("The hunt was backed by Greenpeace and Surfers Against Sewage.") == \
        [["Greenpeace", "ORG", 1], ["Surfers Against Sewage", "ORG", 1]]
    # two sides of a match are no campaign
    assert rows("The Lions Against Wales game was good.") == []


def test_a_pages_javascript_furniture_names_no_body():
    # "please check Javascript and cookies are enabled": a news page's furniture kept inline; the language's name in
    # it is no organisation, however often the line is repeated
    line = ("This content will not work on your device, please check Javascript and cookies are enabled or update your "
            "browser ")
    assert rows("The race was won in Leeds. " + line + "Her coach spoke. " + line + "She cried.") == \
        [["Leeds", "GPE", 1]]


def test_a_bodys_acronym_before_a_portfolio_and_a_title():
    # "EU Enlargement Commissioner Johannes Hahn": the body's acronym, then the post's portfolio (no name), then the
    # holder; a place after the acronym is a body's own name ("BBC Scotland")
    assert rows("The talks were led by EU Enlargement Commissioner Johan Brandt on Monday.") == \
        [["EU", "ORG", 1], ["Johan Brandt", "PERSON", 1]]
    assert rows("The talks were led by UN Refugee Commissioner Ann Lee.") == [["UN", "ORG", 1], ["Ann Lee", "PERSON", 1]]
    assert rows("BBC Scotland Chief Ann Lee spoke.") == [["BBC Scotland", "ORG", 1], ["Ann Lee", "PERSON", 1]]


def test_a_stations_number_and_live_alone_is_the_station():
    # "interviews with 5 live and World Service": the BBC's station named by its number and "live" (the full name
    # where the text writes it); a number of live things is no station
    assert rows("Enjoy debate and interviews with 5 live and World Service plus our commentary.") == \
        [["5 live", "ORG", 1], ["World Service", "ORG", 1]]
    assert rows("He told BBC Radio 5 live it was fine. Later he spoke to 5 live's breakfast show.") == \
        [["BBC Radio 5 live", "ORG", 2]]
    assert rows("There were 5 live rounds in the gun.") == []


def test_a_name_ending_in_a_partys_plural_is_a_party():
    # "the Christian Democrats (CDA)": a party named by its people's plural, no person (though "Christian" is a given
    # name), and its acronym in brackets after it is a mention of it
    assert rows("The Christian Democrats (CDA) came third. Ann Vole's Christian Democrats won. The Social Democrats "
                "lost.") == [["Christian Democrats", "ORG", 3], ["Ann Vole", "PERSON", 1], ["Social Democrats", "ORG", 1]]


def test_a_captions_place_run_into_the_next_speakers_name():
    # "... a beach in Cornwall Madeleine Berg of Fidra said": a caption's last word, a known place that is no person's
    # name, run into a given name and a surname (a lost full stop): the place, then the person
    text = "Pellets were found on one beach in Cornwall Ann Berg of the charity said she was shocked."
    assert rows(text) == [["Cornwall", "GPE", 1], ["Ann Berg", "PERSON", 1]]
    # a person named after a place stays whole
    assert rows("The story was written by Washington Irving in 1820.") == [["Washington Irving", "PERSON", 1]]
