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
