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
