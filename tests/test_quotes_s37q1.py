"""Speaker and quotation classes of session 37 (helper q1), each on invented sentences."""
from __future__ import annotations

from toolkit.analysis.quotes import quotes


def speakers(text: str) -> list[tuple[str, str, str]]:
    table = quotes(text)
    return list(zip(table["quote"], table["speaker"], table["verb"]))


def test_an_auxiliary_before_the_verb_leaves_the_owned_body_or_post_speaking():
    # "Norway's foreign ministry has said": the ministry (described by whose it is), not Norway; the auxiliary between
    # the subject and its verb is no word of the subject
    texts = ("Norway's foreign ministry has said it was \"deeply concerned\" by the move.",
             "Acme's chief executive has also told staff the plan was \"sound\".")
    assert [s for text in texts for s in speakers(text)] == [
        ("deeply concerned", "Norway's foreign ministry", "said"), ("sound", "Acme's chief executive", "told")]


def test_a_named_body_after_a_countrys_possessive_speaks_not_the_country():
    text = 'France\'s Civil Aviation Authority said: "The flight has been diverted to Manchester."'
    assert speakers(text) == [("The flight has been diverted to Manchester.", "Civil Aviation Authority", "said")]


def test_it_after_a_countrys_unnamed_body_is_that_body_not_the_country_or_a_place():
    texts = ('The US embassy in Oslo - which has no ambassador - said it did not comment on such matters. '
             'It added: "We take any suggestion seriously."',
             'The French foreign ministry said it was concerned. It added: "We take any suggestion seriously."')
    assert [s for text in texts for s in speakers(text)] == [
        ("We take any suggestion seriously.", "the US embassy", "added"),
        ("We take any suggestion seriously.", "the French foreign ministry", "added")]


def test_a_participle_after_a_contrasting_clause_goes_with_that_clauses_subject():
    # "..., although Mr Smith disagreed, saying": the participle's subject is the one named after "although" (not
    # the subject opening the sentence); likewise after ", but the ... union hit back,"
    texts = ('Jane Smith, 66, asked the court to let her divorce her husband Paul Smith, 78. Mrs Smith said the '
             'marriage had broken down, although Mr Smith disagreed, saying that the couple still had "a few good '
             'years" together.',
             'Acme said the plan would go ahead, but the Unite union hit back, saying it was "a disgrace".')
    assert [s for text in texts for s in speakers(text)] == [
        ("a few good years", "Paul Smith", "saying"), ("a disgrace", "Unite", "saying")]


def test_an_elision_in_single_marks_is_no_quotation():
    text = ("Chuck Berry: Stars pay tribute to rock 'n' roll legend\n\n"
            "Tom Reed said he loved rock 'n' roll music. He said he was 'thrilled'.")
    assert speakers(text) == [("thrilled", "Tom Reed", "said")]


def test_headline_words_of_a_claim_or_before_a_clause_are_no_sayers_quotation():
    # "X: ... slams Smith 'terror' claim": the quoted word is the claim's, not the colon's sayer's; "'not repeat' claims
    # GCHQ wiretapped ...": "claims" is a noun there, and no name follows it; "'We will win' says Rovers boss Gary Holt"
    # stays attributed
    texts = ("Ann Reed: Backpacker's mum slams Smith 'terror' claim\n\nThe mother of a backpacker spoke out.",
             "US will 'not repeat' claims GCHQ wiretapped Tom Reed\n\nThe US has agreed not to repeat claims.",
             "'We will win' says Rovers boss Gary Holt\n\nGary Holt was confident.")
    assert [s for text in texts for s in speakers(text)] == [("We will win", "Gary Holt", "")]


def test_a_role_noun_and_a_name_with_a_verb_between_are_no_pairing():
    # "The girl met Reed": no apposition (a clause), so "the girl" is not Tom Reed; nor is she the judge, who holds a
    # post (unnamed, she is described); "a man known as Nick" still names the man
    texts = ('Judge Ann Scott gave Tom Reed an absolute discharge. The girl met Reed in a taxi queue. '
             '"I was scared," the girl said.',
             'Police spoke to a man known as Nick. "I saw it all," the man said.')
    assert [s for text in texts for s in speakers(text)] == [
        ("I was scared,", "the girl", "said"), ("I saw it all,", "Nick", "said")]


def test_a_countrys_post_in_the_lead_is_the_person_opening_the_next_sentence():
    # "Scotland's first minister has said ... Nicola Sturgeon continued ...": the holder the next sentence opens with;
    # a name in apposition to another post there is someone else (the post stays a description)
    texts = ('Scotland\'s first minister has said autumn would be a "sensible" date for the vote. Nicola Sturgeon '
             'continued to insist that no decision had been made.',
             'Romania\'s president has said the deal was "a disgrace". Ion Popescu, the opposition leader, disagreed.')
    assert [s for text in texts for s in speakers(text)] == [
        ("sensible", "Nicola Sturgeon", "said"), ("a disgrace", "Romania's president", "said")]


def test_a_party_named_before_a_persons_noun_leaves_the_person_speaking_through_a_participle():
    # "The Lib Dem leader will end his speech by saying": the leader ("Liberal Democrat leader Tim Farron": the short
    # form "Lib Dem" fits the role's "Liberal Democrat"), not the party
    from toolkit.analysis.quotes.roles import _role_fits

    assert _role_fits(("Democrat", "leader"), "leader", "dem", mod_name=True)
    assert not _role_fits(("England", "coach"), "coach", "wales", mod_name=True)
    text = ('The Liberal Democrats met in York. Liberal Democrat leader Tim Farron will speak at the Lib Dem conference '
            'in York. Mrs May told her party she wanted a "more united" Britain. The Lib Dem leader will end his '
            'speech by saying his party is the "only party opposed to a hard Brexit".')
    assert speakers(text)[1] == ("only party opposed to a hard Brexit", "Tim Farron", "saying")


def test_a_verb_after_but_with_only_an_auxiliary_shares_the_sentences_subject():
    # "..., but have accused X of "...": no subject of its own (not the "they" of a clause before, nor the last speaker)
    text = ('Ann Lee said the vote was "highly likely". Scottish ministers have put forward proposals they claim could '
            'achieve this, but have accused the UK government of "intransigence" on the issue.')
    assert speakers(text) == [("highly likely", "Ann Lee", "said"), ("intransigence", "Scottish ministers", "accused")]


def test_they_inside_a_sentence_opened_by_a_plural_is_that_plural():
    # "Scottish ministers have put forward proposals they claim would be ...": the ministers (not the last speaker)
    text = ('Ann Lee said the vote was "highly likely". Scottish ministers have put forward proposals they claim would '
            'be "a sensible compromise".')
    assert speakers(text) == [("highly likely", "Ann Lee", "said"),
                              ("a sensible compromise", "Scottish ministers", "claim")]
