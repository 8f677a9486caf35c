"""Session 36, helper w2: quotation and speaker classes read from web_j (BBC News 2017, one-paragraph bodies).

Every sentence here is invented."""
from __future__ import annotations

from toolkit.analysis.entities import entities
from toolkit.analysis.quotes import quotes


def _rows(text: str) -> list[list[str]]:
    return quotes(text)[["quote", "speaker", "verb", "kind"]].values.tolist()


def test_title_before_a_month_surname_is_a_person():
    # "Mrs May": a month name after Mr/Mrs/Ms/Miss/Dr is a surname, a mention of the person named before
    text = "Prime Minister Jane May opened the talks on Monday. Later Mrs May said: \"We will not give up.\""
    ents = entities(text)
    row = ents[ents["entity"] == "Jane May"]
    assert row["type"].tolist() == ["PERSON"] and row["mentions"].tolist() == [2]
    assert _rows(text) == [["We will not give up.", "Jane May", "said", "full"]]
    text = "Jane May spoke first. In her speech in March, Mrs May accused the council of being \"asleep at the wheel\"."
    assert _rows(text) == [["asleep at the wheel", "Jane May", "accused", "partial"]]


def test_a_countrys_unnamed_body_speaks_as_a_description():
    # "Norway's foreign ministry said": the ministry (unnamed) speaks, described by whose it is, not the country
    assert _rows('The boats turned back, but "nobody was hurt in the end," Norway\'s coastguard said.') == [
        ["nobody was hurt in the end,", "Norway's coastguard", "said", "partial"]]
    assert _rows('Chile\'s foreign ministry said: "We expect every diplomat to obey the law."') == [
        ["We expect every diplomat to obey the law.", "Chile's foreign ministry", "said", "full"]]
    # an office is still its holder's ("Romania's president"), a named body still itself
    assert _rows('Chile\'s president told reporters: "We will win."')[0][1] == "Chile's president"


def test_a_quotation_captioned_by_its_speaker():
    # reactions laid out as quotation then caption ("... ." Role Name.): the captioned person speaks
    text = ('How did the players react? "I gave it everything. The fans were great." Ajax captain Tom Reed. '
            '"It is the best night of my life." Ajax forward Sam Cole. "We were robbed." Porto coach Luis Vega. '
            'The final was in Rome.')
    assert [r[1:] for r in _rows(text)] == [["Tom Reed", "", "full"], ["Sam Cole", "", "full"], ["Luis Vega", "", "full"]]
    # a sentence with a verb is no caption
    assert _rows('"We won." Then came Tom Reed.')[0][1] == ""


def test_a_participle_after_a_quotation_has_no_inverted_sayer():
    # '..." He also praised the staff, saying pupils were happy.': the words after "saying" are said, not a sayer
    text = ('Professor Tom Reed said the report was bleak. "The scale of the task is huge. "What is clear is that the '
            'model cannot go on." He also praised the staff, saying pupils were happy at school.')
    assert [r[1] for r in _rows(text)] == ["Tom Reed", "Tom Reed"]
    # an inverted sayer after a finite verb still speaks
    assert _rows('"The rise will be as much as 10%" next year, says one analyst.')[0][1:3] == ["one analyst", "says"]


def test_words_in_marks_make_no_sayer_and_a_claim_without_that_is_its_owners():
    # a related-story headline run into the body ("Fire 'started' by tenant") is no sayer's description
    text = ('Police said Mr Tom Reed had sent messages, including one that read: "I hope this works". Fire \'started\' '
            'by tenant "Let us see if he runs," another message read, according to the police.')
    rows = _rows(text)
    assert len(rows) == 2 and rows[1][1] == "Tom Reed" and not any("'" in r[1] for r in rows)
    # "Mr Reed's claim the press was ...": a noun of speech with its "that" left out is his
    assert _rows("The council backed Mr Tom Reed's claim the press was \"ignoring\" the roads.") == [
        ["ignoring", "Tom Reed", "", "partial"]]


def test_a_reporting_clause_in_the_future_closes_a_fragment():
    # a preview of a speech: '..., he will add.', '..., he will say.'
    text = 'Tom Reed will attack the plan. His party is the "real opposition" to the cuts, he will add.'
    assert _rows(text) == [["real opposition", "Tom Reed", "add", "partial"]]
    assert _rows('Prices will rise "sharply" next year, analysts say.') == [["sharply", "analysts", "say", "partial"]]



def test_a_sentence_closing_in_a_nested_quotation_is_whole():
    # '"... - 'why is she not clapping?'" She laughed when Tom Reed joked: "..."': the next sentence's sayer
    # introduces the next quotation, not this one
    text = ('"It is so true," said Ann Lee. "It was awkward - \'why is Ann not clapping?\'" She laughed when Tom '
            'Reed joked: "They put it on the big screen."')
    assert [r[1] for r in _rows(text)] == ["Ann Lee", "Ann Lee", "Tom Reed"]


def test_a_lede_description_is_the_person_the_next_sentence_introduces():
    # a body of one paragraph (its breaks lost): the lede's "a woman" is the one the next sentence names with her age
    text = ('Wife fails in appeal\n\nA woman who says she is "desperately unhappy" in her marriage has lost the latest '
            'round of a court fight. Ann Reed, 66, asked the Court of Appeal to overturn a ruling.')
    assert _rows(text) == [["desperately unhappy", "Ann Reed", "says", "partial"]]
    # not one of the other sex
    text = 'A man who says he is "desperately unhappy" lost a court fight. Ann Reed, 66, asked the court to act.'
    assert _rows(text)[0][1] == "a man"


def test_a_result_before_a_headline_colon_is_no_sayer():
    text = "Ajax 6-1 Porto: 'Crazy and unbelievable' - how fans reacted\n\nAjax won the match in Amsterdam on Tuesday."
    assert _rows(text) == []
    text = "Reed: Plan is 'silly fuss'\n\nTom Reed has attacked the plan."
    assert _rows(text)[0][1] == "Tom Reed"
