"""Speaker classes of session 36 (helper q1), each on invented sentences."""
from __future__ import annotations

from toolkit.analysis.quotes import quotes


def speakers(text: str) -> list[tuple[str, str, str]]:
    table = quotes(text)
    return list(zip(table["quote"], table["speaker"], table["verb"]))


def test_words_inside_denied_claims_are_the_claims_not_the_denier():
    # 'MPs denied accusations that the money was "wasted"': the quoted word is the accusers', not the MPs' (who
    # deny it); the claims are the only description of the sayer
    texts = ('MPs have denied accusations that a lot of the money was "wasted" on the project.',
             'Tom Reed dismissed suggestions that the club was "in crisis" after the defeat.',
             'Anna Price hit back at claims that she had "lied" to voters.',
             'The minister denied a report that he had "misled" Parliament.')
    assert [s for text in texts for s in speakers(text)] == [
        ("wasted", "accusations", ""), ("in crisis", "suggestions", ""), ("lied", "claims", ""),
        ("misled", "a report", "")]


def test_denied_claims_leave_a_named_claimant_or_a_later_sayer_speaking():
    # "claims by Labour that": Labour's; "claims that ministers said ...": the ministers', whose verb is nearer
    texts = ('Tom Reed rejected claims by Labour that the plan was "dead".',
             'Tom Reed rejected claims that ministers said the plan was "dead".')
    assert [(q, spk) for text in texts for q, spk, _ in speakers(text)] == [("dead", "Labour"), ("dead", "ministers")]


def test_a_person_described_with_an_age_and_a_place_is_the_sayer_not_the_place():
    # "said the 19-year-old student from Leeds": the student (or the person the age stands for), not Leeds
    texts = ('"I was terrified," said the 19-year-old student from Leeds.',
             '"I was terrified," said a 19-year-old from Leeds.',
             'A 52-year-old woman from Bradford said she was "terrified".',
             'Anna Price, 19, was on the train. "I was terrified," said the 19-year-old from Leeds.')
    assert [(q, spk) for text in texts for q, spk, _ in speakers(text)] == [
        ("I was terrified,", "the 19-year-old student"), ("I was terrified,", "a 19-year-old"),
        ("terrified", "a 52-year-old woman"), ("I was terrified,", "Anna Price")]


def test_the_sentence_after_a_quotation_naming_its_source_by_role_and_name():
    # '"..." Those were the words of the club chairman, Tom Reed.': the person named in apposition to the role speaks;
    # "the view of many in the party, including Tom Reed" names no one source
    texts = ('"We are not going anywhere." Those were the words of the club chairman, Tom Reed.',
             '"We are not going anywhere." That is the view of many in the party, including Tom Reed.')
    assert [(q, spk) for text in texts for q, spk, _ in speakers(text)] == [
        ("We are not going anywhere.", "Tom Reed"), ("We are not going anywhere.", "")]


def test_a_plural_possessor_of_a_noun_of_speech_is_the_sayer_not_subject_and_verb():
    # "Campaigners' claims that ...": the campaigners' words, "claims" a noun (no verb); "the unions' warning that"
    texts = ('Campaigners\' claims that the plan is "reckless" were rejected by the council.',
             'The unions\' warning that the strike would be "long and bitter" was ignored.')
    assert speakers(texts[0]) + speakers(texts[1]) == [
        ("reckless", "campaigners", ""), ("long and bitter", "the unions", "")]


def test_they_is_the_plural_subject_before_an_aside_not_a_body_named_in_the_aside():
    # 'The scientists, mostly from Acme Labs, said ... "...," they wrote.': the scientists, not Acme Labs
    text = ('The scientists, mostly from the research body Acme Labs, said the island was old. "It is a continent," '
            'they wrote.')
    assert speakers(text) == [("It is a continent,", "the scientists", "wrote")]
