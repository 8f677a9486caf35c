"""Session 37, helper w2: quotation and speaker classes read from web_k (BBC News 2017, one-paragraph bodies),
checked against web_j and web_h.

Every sentence here is invented."""
from __future__ import annotations

from toolkit.analysis.quotes import quotes


def _rows(text: str) -> list[list[str]]:
    return quotes(text)[["quote", "speaker", "verb", "kind"]].values.tolist()


def test_a_ledes_definite_description_in_the_perfect_is_the_person_named_next():
    # "The sister of ... has said she is "x". Mary Dunlop said ...": the lede's person, named in the next sentence
    text = ("Flood victims get help\n\nThe sister of missing climber Tom Reed has said she is \"hopeful and grateful\" "
            "after the search resumed. Mary Dunlop said she had \"never given up hope\" of finding him.")
    assert [r[:2] for r in _rows(text)] == [["hopeful and grateful", "Mary Dunlop"],
                                            ["never given up hope", "Mary Dunlop"]]
    text = ("Acme upbeat on exports\n\nFood giant Acme is \"quite optimistic\" about the future of the UK market, its "
            "boss has told the prime minister. Acme's chief executive Tom Hale met Jane Lee at the ministry and said he "
            "thought the firm would be \"just fine\" outside the union.")
    assert [r[:2] for r in _rows(text)] == [["quite optimistic", "Tom Hale"], ["just fine", "Tom Hale"]]


def test_a_phrase_the_writer_also_uses_is_still_words_in_a_naming_or_that_clause_frame():
    # 'says that X stands on a "financial cliff"' and 'dismisses the warnings as "scare stories"' report the sayer's
    # words even when the writer repeats the phrase without marks (not 'pledged to be "carbon neutral"', a term)
    text = ("Councils face cash crisis\n\nCouncil leaders fear a cash crisis. Professor Ann Lee says that the council "
            "stands on a \"financial cliff\" and that cuts are coming. Her report warns that a financial cliff is near. "
            "The mayor, Tom Reed, dismisses the warnings as \"scare stories\" but scare stories sell papers.")
    assert _rows(text) == [["financial cliff", "Ann Lee", "says", "partial"],
                           ["scare stories", "Tom Reed", "dismisses", "partial"]]


def test_a_countrys_post_in_a_lede_in_the_perfect_is_the_person_the_next_sentence_names():
    # "Ruritania's foreign minister has expressed "anger" ...": the post speaks, not the country (an auxiliary
    # after the post is no more words of the subject), and the lede's post is the person opening the next sentence
    text = ("Ruritania minister vents 'anger' at envoy\n\nRuritania's foreign minister has expressed \"anger\" to "
            "President Tom Hale's envoys about recent policies towards its neighbour. Jan Kowal said he had told the "
            "visiting envoy that Ruritania was worried.")
    assert _rows(text) == [["anger", "Jan Kowal", "expressed", "partial"]]


def test_cited_and_thanked_report_the_subjects_words():
    # 'cited "grave risks ..." as its reason', 'thanked passengers for "their patience"': the subject's words
    # (not "Thanks to the rain", no verb of anyone's)
    text = ("The Ruritanian government cited \"grave risks to public safety\" as its reason for closing the border. "
            "Acme Rail thanked passengers for \"their patience and understanding\". Thanks to the rain, the \"big "
            "match\" was called off.")
    assert _rows(text) == [["grave risks to public safety", "the government", "cited", "partial"],
                           ["their patience and understanding", "Acme Rail", "thanked", "partial"]]


def test_a_nationality_before_a_titled_name_and_a_describing_as_are_no_speakers():
    # "German Chancellor Anna Weber ..., condemning ...": the person, not the NORP adjective opening her title;
    # "Jane Hale described it as a huge office and said ...": "as" after a describing verb and its object opens no
    # clause, so the office is no subject of "said"
    text = ("Jane Hale described it as a huge office and said the company was \"leaving plenty of room to grow.\" "
            "German Chancellor Anna Weber had also backed the plan, condemning the remarks made by Mr Reed as "
            "\"totally wrong\".")
    assert [r[:3] for r in _rows(text)] == [["leaving plenty of room to grow.", "Jane Hale", "said"],
                                            ["totally wrong", "Anna Weber", "condemning"]]


def test_and_added_after_a_reported_clause_goes_with_the_reporting_verb():
    # "Tom Reed said the union's stance was "very clear" and added ...": "added" shares the subject of "said", not of
    # "was" inside the clause "said" reports
    text = ("Union leader Tom Reed said the union's stance on the new trains was \"very clear\" and added it would "
            "\"never accept any cuts\".")
    assert [r[:3] for r in _rows(text)] == [["very clear", "Tom Reed", "said"], ["never accept any cuts", "Tom Reed", "added"]]


def test_it_after_a_sentence_opening_with_a_countrys_body_is_that_body():
    # "The Swedish foreign ministry has rejected ... It said ...", "The US embassy in X said ... It added": "it" is
    # the body the sentence before opens with, described with its country, not the country
    text = ("Sweden slams officials\n\nThe Swedish foreign ministry has rejected a call by Acme officials to show "
            "restraint. It said the appeal was \"worthless\" and an insult.")
    assert [r[:2] for r in _rows(text)] == [["worthless", "the Swedish foreign ministry"]]
    text = "The US embassy in Ruritania said it did not comment on the case. It added: \"We take any such claim very seriously.\""
    assert [r[:2] for r in _rows(text)] == [["We take any such claim very seriously.", "the US embassy"]]


def test_judges_at_a_court_speak_as_judges_not_the_court():
    # "Five judges at the Court of Appeal in London ruled ...": the judges, described with their court
    text = ("Tom Reed, 42, has served three years of a life term. Five judges at the Court of Appeal in London ruled "
            "the sentence should be \"cut to ten years\".")
    assert [r[:3] for r in _rows(text)] == [["cut to ten years", "five Court of Appeal judges", "ruled"]]


def test_the_father_unnamed_is_a_description_never_the_topic_himself():
    # "Police named the gunman as Tom Reed ... "...," the father said.": someone's father, not Tom Reed
    text = ("Police named the gunman as Tom Reed, 28. A man identified as his father told a radio station that Reed "
            "did not pray. \"My son was not violent. He was a quiet boy,\" the father said.")
    assert [r[:2] for r in _rows(text)] == [["My son was not violent. He was a quiet boy,", "the father"]]
