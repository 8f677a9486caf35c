"""Quotation detection classes of session 36 (helper q2), each on invented sentences: which stretches in marks are
somebody's words (GUIDELINES.md, Quotations) and whose."""
from __future__ import annotations

from toolkit.analysis.quotes import quotes


def found(text: str) -> list[tuple[str, str]]:
    table = quotes(text)
    return [(text[s:e], spk) for s, e, spk in zip(table["start"], table["end"], table["speaker"])]


def test_a_noun_phrase_in_marks_before_the_noun_it_modifies_is_a_term():
    # a compound modifier in marks names a kind of thing, even after a reporting verb
    text = ('Mary Olden, the MP for Tynebridge, said the survey showed that low pay was not only a problem for '
            '"gig economy" workers.')
    assert found(text) == []
    text = 'Union leaders said they wanted more than the "take it or leave it" offer made last week.'
    assert found(text) == []
    # an adjective in marks before its noun is the sayer's word, and a fragment ending its clause still is
    text = 'Mary Olden said the company had shown "shameful" contempt for "basic fairness".'
    assert found(text) == [("shameful", "Mary Olden"), ("basic fairness", "Mary Olden")]
    text = 'Mary Olden said two nurses were left with "very serious" injuries.'
    assert found(text) == [("very serious", "Mary Olden")]
    # a verb in marks before its object: the words are hers
    text = 'Mary Olden said ministers had promised to "scrap" fees.'
    assert found(text) == [("scrap", "Mary Olden")]


def test_a_fragment_before_a_preposition_takes_the_reporting_clause_closing_its_sentence():
    # "including", "like", "despite" after the marks open no noun the fragment would modify: the clause
    # ", police said." closing the sentence attributes it
    text = 'He had been using "several online accounts" including chat sites to contact children, police said.'
    assert found(text) == [("several online accounts", "police")]
    # a fragment modifying the noun after it still names a thing
    text = 'Under the "one in, one out" rule, the club must sell a player first, the manager said.'
    assert found(text) == []


def test_a_fragment_in_a_sentence_of_someones_view_is_that_persons():
    # "thinks", "believes", "feels" with no verb of saying: the fragment is the words of the one holding the view
    text = 'Farmer Ann Lee thinks the new winter crops can offer "a far better deal" which will please shoppers.'
    table = quotes(text)
    assert list(table["speaker"]) == ["Ann Lee"] and list(table["verb"]) == ["thinks"]
    text = 'Ann Lee believes the plan is "a disaster".'
    assert found(text) == [("a disaster", "Ann Lee")]
    # the raised passive "is believed to" holds no one's view: the clause after speaks
    text = 'The man is believed to have been "acting alone", police said.'
    assert found(text) == [("acting alone", "police")]


def test_a_fragment_coordinated_with_the_next_takes_its_paragraph_speaker():
    # the second fragment closes its sentence and takes the paragraph's one speaker; the first, joined to it by
    # "and to", is the same person's words
    text = ('Judge Ann Lee said the law was "strict". This was to protect children from "reckless adults" and to '
            '"protect them from their own choices".')
    assert found(text) == [("strict", "Ann Lee"), ("reckless adults", "Ann Lee"),
                           ("protect them from their own choices", "Ann Lee")]
    # with no attributed fragment after it, a fragment no one says stays out
    text = 'Judge Ann Lee spoke for an hour. The rules protect children from "reckless adults" in many ways.'
    assert found(text) == []


def test_a_phrase_in_marks_before_a_noun_of_speech_stays_someones_words():
    # "remark", "jibe", "warning" after the marks: the phrase is what was said, not the name of a kind of thing
    text = 'Ann Lee\'s "lions led by donkeys" remark angered the board.'
    assert found(text) == [("lions led by donkeys", "Ann Lee")]


def test_a_phrase_in_marks_the_writer_also_uses_without_marks_is_a_term():
    # the writer's own "golden rule" later: the phrase in marks names a thing
    text = ('The institute said the chancellor would have to raise taxes to keep to his "golden rule", under which '
            'he borrows only to invest. Whether the golden rule will be met is now in doubt.')
    assert found(text) == []
    # a phrase repeated only inside quotations or a headline's single marks stays the sayer's words (the attributed
    # headline's own included)
    text = ('Lee: \'silly fuss\' over e-mail\n\nAnn Lee said the row was all a "silly fuss". "It is a silly fuss '
            'and nothing more," she added.')
    assert [q for q, _ in found(text)] == ["silly fuss", "silly fuss", "It is a silly fuss and nothing more,"]
    assert {spk for _, spk in found(text)} == {"Ann Lee"}


def test_a_phrasal_verb_in_marks_before_a_noun_is_a_term():
    # '"take down" notices': the particle closes a phrasal verb used as a modifier of the noun after it
    text = 'The studio said it had sent the site owners "take down" notices last month.'
    assert found(text) == []
    # the same verb before its object after "to": the sayer's words, kept as a quotation
    text = 'The studio said it would ask owners to "take down" the files.'
    assert [q for q, _ in found(text)] == ["take down"]


def test_a_capitalised_name_after_a_lower_case_article_in_marks_is_a_nickname():
    # 'call him "the Professor"': a name in marks, its article lower-case, reports no one's words
    text = 'Fans call him "the Professor" because of his calm style.'
    assert found(text) == []
    text = 'Ann Lee said the deal was "the best we could get".'
    assert found(text) == [("the best we could get", "Ann Lee")]
