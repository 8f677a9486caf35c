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
    texts = ('The US embassy in Oslo - which is led by a deputy envoy - said it would wait for the police report. '
             'It added: "Our staff will help the inquiry in every way."',
             'The French foreign ministry said it was watching closely. It added: "We expect a full answer."')
    assert [s for text in texts for s in speakers(text)] == [
        ("Our staff will help the inquiry in every way.", "the US embassy", "added"),
        ("We expect a full answer.", "the French foreign ministry", "added")]


def test_a_participle_after_a_contrasting_clause_goes_with_that_clauses_subject():
    # "..., although Mr Smith disagreed, saying": the participle's subject is the one named after "although" (not
    # the subject opening the sentence); likewise after ", but the ... union hit back,"
    texts = ('Jane Smith, 61, and her husband Paul Smith, 70, run a farm in Devon. Mrs Smith said the '
             'farm should be sold, although Mr Smith disagreed, saying that the land still had "plenty of '
             'value" left.',
             'Acme said the plan would go ahead, but the Unite union hit back, saying it was "a disgrace".')
    assert [s for text in texts for s in speakers(text)] == [
        ("plenty of value", "Paul Smith", "saying"), ("a disgrace", "Unite", "saying")]


def test_an_elision_in_single_marks_is_no_quotation():
    text = ("Diner guide: the best fish 'n' chips in Hull\n\n"
            "Tom Reed said he ate fish 'n' chips every Friday. He said he was 'hooked'.")
    assert speakers(text) == [("hooked", "Tom Reed", "said")]


def test_headline_words_of_a_claim_or_before_a_clause_are_no_sayers_quotation():
    # "X: ... rejects mayor's 'vandal' claim": the quoted word is the claim's, not the colon's sayer's; "'not renew'
    # claims union misled ...": "claims" is a noun there, and no name follows it; "'We will win' says Rovers boss Gary Holt"
    # stays attributed
    texts = ("Ann Reed: Teacher's father rejects mayor's 'vandal' claim\n\nThe father of a teacher spoke out.",
             "Firm will 'not renew' claims union misled Tom Reed\n\nThe firm has agreed to drop the matter.",
             "'We will win' says Rovers boss Gary Holt\n\nGary Holt was confident.")
    assert [s for text in texts for s in speakers(text)] == [("We will win", "Gary Holt", "")]


def test_a_role_noun_and_a_name_with_a_verb_between_are_no_pairing():
    # "The girl met Reed": no apposition (a clause), so "the girl" is not Tom Reed; nor is she the judge, who holds a
    # post (unnamed, she is described); "a man known as Nick" still names the man
    texts = ('Judge Ann Scott fined Tom Reed for the theft. The girl met Reed at a bus stop. '
             '"He took my bag," the girl said.',
             'Police spoke to a man known as Nick. "I saw it all," the man said.')
    assert [s for text in texts for s in speakers(text)] == [
        ("He took my bag,", "the girl", "said"), ("I saw it all,", "Nick", "said")]


def test_a_countrys_post_in_the_lead_is_the_person_opening_the_next_sentence():
    # "Wales's first minister has said ... Mark Evans went on ...": the holder the next sentence opens with;
    # a name in apposition to another post there is someone else (the post stays a description)
    texts = ('Wales\'s first minister has said spring would be a "fair" time for the review. Mark Evans '
             'went on to say that the cabinet would meet next week.',
             'Romania\'s president has said the deal was "a disgrace". Ion Popescu, the opposition leader, disagreed.')
    assert [s for text in texts for s in speakers(text)] == [
        ("fair", "Mark Evans", "said"), ("a disgrace", "Romania's president", "said")]


def test_a_party_named_before_a_persons_noun_leaves_the_person_speaking_through_a_participle():
    # "The Lib Dem leader will close his address by saying": the leader ("Liberal Democrat leader Tom Reed": the short
    # form "Lib Dem" fits the role's "Liberal Democrat"), not the party
    from toolkit.analysis.quotes.roles import _role_fits

    assert _role_fits(("Democrat", "leader"), "leader", "dem", mod_name=True)
    assert not _role_fits(("England", "coach"), "coach", "wales", mod_name=True)
    text = ('The Liberal Democrats met in Bath. Liberal Democrat leader Tom Reed will speak at the Lib Dem rally '
            'in Bath. Mrs Price told her MPs she wanted "calmer" debates. The Lib Dem leader will close his '
            'address by saying his party is the "true voice of the towns".')
    assert speakers(text)[1] == ("true voice of the towns", "Tom Reed", "saying")


def test_a_verb_after_but_with_only_an_auxiliary_shares_the_sentences_subject():
    # "..., but have accused X of "...": no subject of its own (not the "they" of a clause before, nor the last speaker)
    text = ('Ann Lee said the strike was "very likely". Welsh farmers have drawn up a plan they hope will end the row, '
            'but have accused the ministry of "stalling" on it.')
    assert speakers(text) == [("very likely", "Ann Lee", "said"), ("stalling", "Welsh farmers", "accused")]


def test_they_inside_a_sentence_opened_by_a_plural_is_that_plural():
    # "Welsh farmers have drawn up a plan they claim would be ...": the farmers (not the last speaker)
    text = ('Ann Lee said the strike was "very likely". Welsh farmers have drawn up a plan they claim would be '
            '"a fair deal for all".')
    assert speakers(text) == [("very likely", "Ann Lee", "said"), ("a fair deal for all", "Welsh farmers", "claim")]
