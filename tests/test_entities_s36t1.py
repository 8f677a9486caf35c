"""Classes of ORG error fixed in session 36 (helper t1): social networks and web platforms named alone are companies
(ORG by the guidelines). Each case is an invented sentence, not article text, and asserts the exact table rows
(canonical name, type, mentions)."""
from __future__ import annotations

import pytest

import toolkit as tk


def rows(text: str) -> list[list]:
    return tk.entities(text)[["entity", "type", "mentions"]].values.tolist()


@pytest.mark.parametrize("text, expected", [
    # a posting frame: any platform's name, listed or not
    ("The mayor posted a video on Twitter. Follow them on Instagram.",
     [["Twitter", "ORG", 1], ["Instagram", "ORG", 1]]),
    ("Her Snapchat account was hacked. Snapchat said it was sorry.", [["Snapchat", "ORG", 2]]),
    # a speaking frame or "users": a name a list holds as a company's ("twitter" is an ordinary word too)
    ("Dana Kirwell said on Twitter that she was tired. Twitter users were angry.",
     [["Twitter", "ORG", 2], ["Dana Kirwell", "PERSON", 1]]),
    ("The clip went viral on YouTube and Facebook.", [["YouTube", "ORG", 1], ["Facebook", "ORG", 1]]),
])
def test_platforms_named_alone_are_organisations(text, expected):
    assert rows(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a day, a programme after a speaking verb, birds that twitter and a sentence's first common word stay out
    ("He wrote on Monday. She said on Newsnight that it was fine.", []),
    ("The finches twitter all day. Twitter is a sound they make.", []),
])
def test_platform_frames_leave_other_words_alone(text, expected):
    assert rows(text) == expected


def test_a_word_of_a_longer_name_is_no_platform():
    # "on" before a listed word that opens a longer name: the longer name, no platform; the people's adjective stays
    assert rows("Talks focused on American Express. American tourists spent less.") == \
        [["American Express", "ORG", 1], ["American", "NORP", 1]]


def test_a_name_listed_with_a_platform_is_one():
    assert rows("Pupils used platforms including Facebook and Skype to talk. Follow us on Twitter, or on Instagram.") \
        == [["Facebook", "ORG", 1], ["Skype", "ORG", 1], ["Twitter", "ORG", 1], ["Instagram", "ORG", 1]]
    assert rows("The desk answers mail. Follow us on Facebook, on Twitter @Desk, or on Instagram.") == \
        [["Facebook", "ORG", 1], ["Twitter", "ORG", 1], ["Instagram", "ORG", 1]]
    # a place or a given name beside a platform stays what it is
    assert rows("He joined Facebook and Paris Hilton joined Google. Fans of Facebook and Dublin cheered.") == \
        [["Facebook", "ORG", 2], ["Paris Hilton", "PERSON", 1], ["Google", "ORG", 1], ["Dublin", "GPE", 1]]
