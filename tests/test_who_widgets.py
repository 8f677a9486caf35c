"""Who says what, the widget side: picking an entity moves the shared selection and the other panels
(aliases included), the network picks entities, the quotation browser filters by speaker."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import pytest

import toolkit as tk
from toolkit import widgets as ui
from toolkit.widgets import data as D


@pytest.fixture(scope="module")
def who(seed_doc):
    return ui.who(seed_doc)


def test_entity_terms_bring_every_alias_and_the_tokens_mentions_sit_in(seed_doc):
    terms = D.entity_terms(seed_doc)
    assert terms["Joe Biden"] == "Joe Biden|Biden"
    assert set(terms["United States"].split("|")) == {"United States", "US", "US-led"}
    # the concordance of the term finds all nine mentions of the United States (US x6, US-led x2, United States)
    assert len(tk.concordance(seed_doc, terms["United States"])) == 9
    assert D.alias_term(["Iran's", "Iran"], "Iran") == "Iran"


def test_picking_an_entity_moves_the_selection_and_the_concordance_rows(who, seed_doc):
    people, conc = who.people, who.concordance
    before = conc.data["start"].tolist()
    people.pick.value = "Joe Biden"
    assert who.selection.term == "Joe Biden|Biden"
    assert conc.term.value == "Joe Biden|Biden"
    assert conc.data["match"].tolist() == ["Joe Biden", "Biden", "Biden"]
    assert conc.data["start"].tolist() != before
    assert conc.data["sent_id"].tolist() == [8, 9, 16]
    # the sentiment panel keeps exactly the sentences naming him
    assert who.sentiment.data["sent_id"].tolist() == [8, 9, 16]
    # details of the pick
    assert people.mentions_data["surface"].tolist() == ["Joe Biden", "Biden", "Biden"]
    assert people.sentences_data["sent_id"].tolist() == [8, 9, 16]
    assert set(people.sentences_data["role"]) == {"about"}
    top = people.neighbours.iloc[0]
    assert (top["entity"], top["weight"], top["units"]) == ("United States", 3, [8, 9, 16])
    assert "Kamala Harris" in set(people.neighbours["entity"])
    assert people.network.highlight == "Joe Biden"


def test_picking_the_united_states_includes_its_aliases(who):
    who.people.pick.value = "United States"
    assert len(who.concordance.data) == 9
    assert sorted(set(who.concordance.data["match"])) == ["US", "US-led", "United States"]
    sents = sorted(set(tk.mentions(who.doc).query("entity == 'United States'")["sent_id"]))
    assert who.sentiment.data["sent_id"].tolist() == sents


def test_iran_speaks_and_is_spoken_about(who):
    people = who.people
    people.pick.value = "Iran"
    assert people.quotes_data["quote"].tolist() == ["punished", "punish"]
    assert people.quotes_data["verb"].tolist() == ["announced", "insisted"]
    assert "Nasser Kanaani" in set(people.quotes_about_data["speaker"])  # "Iran seeks to establish stability ..."
    roles = dict(zip(people.sentences_data["sent_id"], people.sentences_data["role"]))
    assert roles[3] == "speaks" and roles[18] == "speaks"
    assert who.quotes.speaker.value == "Iran" and len(who.quotes.data) == 2
    assert who.keywords.pick.value == "iran"  # the keyword panel follows too
    assert "Iran seeks to establish stability" in people.html


def test_clicking_a_node_of_the_network_picks_the_entity(who):
    net = who.people.network
    if net.sigma is None:
        pytest.skip("ipysigma is not installed: the network is a PNG only")
    net.sigma.selected_node = "Kamala Harris"
    assert who.people.pick.value == "Kamala Harris"
    assert who.selection.term == "Kamala Harris|Harris"
    assert who.concordance.data["sent_id"].tolist() == [8, 9]
    assert bytes(net.image.value).startswith(b"\x89PNG")


def test_type_filter_and_the_png_fallback(seed_doc):
    people = ui.people(seed_doc, interactive=False)
    assert people.network.sigma is None and people.network.widget is people.network.image
    assert bytes(people.network.image.value).startswith(b"\x89PNG")
    people.type.value = "PERSON"
    names = people.data["entity"].tolist()
    assert set(people.data["type"]) == {"PERSON"}
    assert {"Joe Biden", "Kamala Harris", "Antony Blinken", "Nasser Kanaani", "King Abdullah II"} <= set(names)
    assert len(people.pick.options) == len(names)
    assert "Biden" not in names and "Harris" not in names  # merged into the full names
    people.pick.value = "Kamala Harris"
    assert people.data.set_index("entity").loc["Kamala Harris", "mentions"] == 2
    assert "Kamala Harris" in people.html
    # a node hidden by the filter: the filter opens up and the entity is picked
    people._on_node("Iran")
    assert people.type.value == "(all types)" and people.pick.value == "Iran"


def test_neutral_names_checkbox_rescores_the_entity_table(seed_doc):
    people = ui.people(seed_doc, interactive=False)
    before = people.data.set_index("entity").loc["United States", "mean_compound"]
    people.neutral.value = True
    after = people.data.set_index("entity").loc["United States", "mean_compound"]
    assert after == pytest.approx(tk.entity_sentiment(seed_doc, neutral_names=True).set_index("entity").loc["United States", "mean_compound"])
    assert after < before


def test_a_term_from_another_panel_picks_the_entity(seed_doc):
    sel = ui.Selection()
    people = ui.people(seed_doc, selection=sel, interactive=False)
    conc = ui.concordance(seed_doc, selection=sel)
    conc.term.value = "Biden"
    assert people.pick.value == "Joe Biden"
    conc.term.value = "missile"
    assert people.pick.value == "Joe Biden"  # not an entity: the pick stays


def test_quote_browser_and_sources(seed_doc):
    qb = ui.quote_browser(seed_doc)
    assert len(qb.data) == 5
    qb.speaker.value = "Nasser Kanaani"
    assert qb.data["verb"].tolist() == ["stated"]
    assert "1 of 5 quotations" in qb.status.value
    src = ui.source_table(seed_doc)
    row = src.data.set_index("source").loc["The Wall Street Journal"]
    assert row["verbs"] == "reported" and "unnamed" in row["hedges"]
    assert "The Wall Street Journal" in src.html


def test_sentiment_panel_actor_picker_uses_the_entities(seed_doc):
    senti = ui.sentiment(seed_doc)
    senti.actor.value = "United States"
    expected = sorted(set(tk.mentions(seed_doc).query("entity == 'United States'")["sent_id"]))
    assert senti.data["sent_id"].tolist() == expected
    assert 2 in expected  # "... the United States, Britain ..." counts: the actor is the entity, not the word "US"


def test_who_makes_its_sentiment_concordance_and_keyword_tabs_when_first_used(seed_path):
    doc = tk.load(seed_path)
    late = ui.who(doc)
    late.widget  # shown: the people tab is open
    assert sorted(late._made) == ["people", "quotes", "sources"]
    assert [len(page.children) for page in late.widget.children] == [1, 0, 0, 0, 0, 0]
    eager = ui.who(doc)
    eager.panels  # every panel made before the pick
    states = []
    for w in (eager, late):
        w.people.pick.value = "Joe Biden"
        w.people.pick.value = "United States"
        states.append((w.sentiment.term.value, w.sentiment.data.to_dict(), w.sentiment.html,
                       w.concordance.term.value, w.concordance.terms.value, w.concordance.data.to_dict(),
                       w.keywords.pick.value, w.keywords.html))
    assert states[0] == states[1]
    assert states[1][3] == "United States|US-led|US" or set(states[1][3].split("|")) == {"United States", "US", "US-led"}
