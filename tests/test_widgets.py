"""Explorer panels without a browser: set a control's value, read the data behind the view."""
from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import pytest
from matplotlib.colors import to_hex

import toolkit as tk
from toolkit.plots import HIGHLIGHT_COLOR
from toolkit import widgets as ui
from toolkit.widgets import data as D


@pytest.fixture(scope="module")
def ex(seed_doc):
    return ui.explore(seed_doc)


@pytest.fixture()
def kw(seed_doc):
    return ui.keywords(seed_doc)


@pytest.fixture()
def senti(seed_doc):
    return ui.sentiment(seed_doc)


@pytest.fixture()
def conc(seed_doc):
    return ui.concordance(seed_doc, term="Iran")


def bar_count(panel) -> int:
    return len(panel.ax.patches)


# --- keywords --------------------------------------------------------------------------------

def test_top_n_20_to_5_gives_5_bars(kw):
    assert len(kw.data) == 20 and bar_count(kw) == 20
    before = kw.chart.value
    kw.top.value = 5
    assert len(kw.data) == 5 and bar_count(kw) == 5
    assert kw.html.count("<tr>") + kw.html.count('<tr class="tk-picked">') == 6  # header + 5 rows
    assert bytes(kw.chart.value) != bytes(before) and bytes(kw.chart.value).startswith(b"\x89PNG")
    assert len(kw.pick.options) == 5


def test_turning_stop_words_back_on_brings_the_in(kw):
    assert "the" not in set(kw.data["term"])
    kw.stopwords.value = False
    assert "the" in set(kw.data["term"])
    assert kw.data["term"].iloc[0] == "the"
    kw.stopwords.value = True
    assert "the" not in set(kw.data["term"])


def test_ngram_min_length_numbers_and_exclusion(kw, seed_doc):
    kw.ngram.value = 2
    assert all(len(t.split()) == 2 for t in kw.data["term"])
    kw.ngram.value = 1
    kw.min_len.value = 8
    assert (kw.data["term"].str.len() >= 8).all()
    kw.min_len.value = 2
    kw.exclude.value = "Israel, iran"
    assert not {"israel", "iran"} & set(kw.data["term"])
    kw.exclude.value = ""
    assert kw.data["term"].iloc[0] == "israel"
    kw.numbers.value = True
    kw.top.value = 60
    assert kw.data["term"].tolist() == tk.keyword_frequencies(seed_doc, top=60, include_numbers=True)["term"].tolist()


def test_measures_change_the_chart_column(kw, seed_doc):
    kw.measure.value = "per_10k"
    assert [p.get_width() for p in kw.ax.patches] == pytest.approx(kw.data["per_10k"].tolist())
    kw.measure.value = "keyness"
    expected = tk.keyness(seed_doc, top=20)
    assert kw.data["term"].tolist() == expected["term"].tolist()
    assert [p.get_width() for p in kw.ax.patches] == pytest.approx(expected["g2"].tolist())
    assert "G²" in kw.html
    kw.exclude.value = "israel"
    assert "israel" not in set(kw.data["term"]) and len(kw.data) == 20
    assert kw.data["rank"].tolist() == list(range(1, 21))


def test_keyness_with_ngrams_is_a_short_message_not_a_traceback(kw):
    kw.measure.value = "keyness"
    shown = kw.data.copy()
    kw.ngram.value = 2
    assert kw.error and "single words" in kw.error
    assert "tk-msg error" in kw.status.value and "Traceback" not in kw.status.value
    assert kw.data.equals(shown)  # nothing lost
    kw.ngram.value = 1
    assert kw.error is None and kw.status.value == ""


def test_filters_that_leave_nothing_say_so(kw):
    kw.min_len.value = 12
    kw.ngram.value = 3
    assert len(kw.data) == 0 and bar_count(kw) == 0
    assert "No term" in kw.status.value


# --- sentiment -------------------------------------------------------------------------------

def test_sentiment_arc_data_and_threshold(senti, seed_doc):
    assert len(senti.arc) == 20 and len(senti.data) == 20 and bar_count(senti) == 20
    neutral_before = (senti.arc["label"] == "neutral").sum()
    senti.threshold.value = 0.5
    assert (senti.arc["label"] == "neutral").sum() > neutral_before
    assert senti.arc["label"].tolist() == tk.sentence_sentiment(seed_doc, threshold=0.5)["label"].tolist()


def test_actor_picker_lists_the_entities_of_the_text(senti):
    names = [v for _, v in senti.actor.options if v]
    assert {"Iran", "Israel", "United States", "Hezbollah", "Joe Biden"} <= set(names)
    assert names[0] == "Israel"  # the most mentioned entity
    labels = dict((v, k) for k, v in senti.actor.options)
    assert labels["United States"] == "United States (8)"  # 9 mentions (US x8 incl. US-led twice, United States
    # once) in 8 sentences: the label counts sentences, as the actor's table does
    # no fragments of longer names, no titles, days or months
    assert not {"The", "However", "Monday", "April", "President", "States", "Arabia", "Emirates", "East",
                "Journal", "Sea", "Cole", "Ministry", "Secretary", "US", "Biden"} & set(names)


def test_actor_hezbollah_selects_exactly_the_sentences_that_mention_it(senti, seed_doc):
    senti.actor.value = "Hezbollah"
    mention = [i for i, t in enumerate(tk.sentences(seed_doc)["text"]) if "Hezbollah" in t]
    assert mention == [5]
    assert senti.data["sent_id"].tolist() == mention
    assert senti.arc.loc[senti.arc["selected"], "sent_id"].tolist() == mention
    alphas = [p.get_alpha() for p in senti.ax.patches]
    assert [i for i, a in enumerate(alphas) if a == 1.0] == mention
    assert senti.html.count("<tr>") == 2 and "Hezbollah" in senti.html
    row = senti.actor_data.set_index("actor").loc["Hezbollah"]
    assert row["sentences"] == 1 and row["mean_compound"] == pytest.approx(senti.data["compound"].mean())
    senti.actor.value = ""
    assert len(senti.data) == 20


def test_term_filter_and_actor_combine(senti):
    senti.term.value = "Iran"
    assert senti.data["sent_id"].tolist() == [2, 3, 4, 7, 13, 18, 19]
    senti.actor.value = "Israel"
    assert senti.data["sent_id"].tolist() == [2, 3, 18]
    senti.term.value = "Hezbollah nowhere"
    assert len(senti.data) == 0 and "No sentence mentions" in senti.status.value


def test_sentence_table_colours_words_by_valence(senti):
    senti.term.value = "punished"
    assert senti.data["sent_id"].tolist() == [3]
    html = senti.html
    assert "rgba(215,48,31" in html  # negative words in red
    assert 'title="valence' in html
    assert "&quot;punished&quot;" in html or "“punished”" in html or "punished" in html


# --- concordance -----------------------------------------------------------------------------

def test_term_iran_gives_7_kwic_rows(conc):
    assert len(conc.data) == 7
    assert conc.html.count("<mark>Iran</mark>") == 7
    assert conc.dispersion_data["term"].value_counts()["Iran"] == 7
    assert "7 occurrences" in conc.status.value


def test_window_sort_and_dispersion_terms(conc, seed_doc):
    conc.window.value = 2
    assert all(len(left.split()) <= 3 for left in conc.data["left"])
    conc.sort.value = "right"
    assert conc.data.equals(tk.concordance(seed_doc, "Iran", window=2, sort="right"))
    assert conc.data["start"].tolist() != sorted(conc.data["start"])
    conc.terms.value = "Hezbollah, US"
    assert conc.plotted_terms == ["Iran", "Hezbollah", "US"]
    assert [t.get_text() for t in conc.ax.get_yticklabels()] == ["Iran", "Hezbollah", "US"]
    assert set(conc.dispersion_data["term"]) == {"Iran", "Hezbollah", "US"}


def test_concordance_suggests_frequent_terms_and_says_when_a_term_is_absent(conc):
    assert {"israel", "Iran"} <= set(conc.term.options)
    conc.term.value = "zeppelin"
    assert len(conc.data) == 0 and conc.error is None
    assert "does not occur" in conc.status.value


def test_kwic_html_escapes_the_text():
    doc = tk.load("The <b>bold</b> claim & Iran's <script>alert(1)</script> reply. Iran waited.")
    conc = ui.concordance(doc, term="Iran")
    assert "<script>" not in conc.html and "&lt;script&gt;" in conc.html
    assert "<b>bold" not in conc.html and "&amp;" in conc.html
    senti = ui.sentiment(doc, term="Iran")
    assert "<script>" not in senti.html and "&lt;script&gt;" in senti.html


# --- linking ---------------------------------------------------------------------------------

def test_picking_a_keyword_updates_concordance_and_sentiment(ex):
    ex.keywords.pick.value = "iran"
    assert ex.selection.term == "iran"
    assert ex.concordance.term.value == "iran" and len(ex.concordance.data) == 7
    assert ex.sentiment.term.value == "iran" and len(ex.sentiment.data) == 7
    colors = [to_hex(p.get_facecolor()) for p in ex.keywords.ax.patches]
    assert colors.index(HIGHLIGHT_COLOR) == ex.keywords.data["term"].tolist().index("iran")
    assert 'class="tk-picked"><td class="num">' in ex.keywords.html


def test_typing_a_term_anywhere_updates_the_others(ex):
    ex.concordance.term.value = "Hezbollah"
    assert ex.sentiment.term.value == "Hezbollah" and ex.sentiment.data["sent_id"].tolist() == [5]
    assert ex.keywords.pick.value is None  # not among the top keywords
    ex.sentiment.term.value = "attack"
    assert ex.concordance.term.value == "attack" and len(ex.concordance.data) == 6
    assert ex.keywords.pick.value == "attack"
    ex.sentiment.term.value = ""
    assert len(ex.sentiment.data) == 20 and ex.concordance.term.value == "attack"


def test_an_explorer_panel_shown_in_its_own_cell_draws_at_each_change(seed_doc):
    ex = ui.explore(seed_doc)  # as in 00_start_here: one panel per cell, no tabs
    assert bytes(ex.overview.chart.value).startswith(b"\x89PNG")  # the first tab is open from the start
    assert not bytes(ex.keywords.chart.value)  # the others wait to be shown
    assert "application/vnd.jupyter.widget-view+json" in ex.keywords._repr_mimebundle_()
    first = bytes(ex.keywords.chart.value)
    assert first.startswith(b"\x89PNG")
    ex.keywords.top.value = 5
    assert bytes(ex.keywords.chart.value) != first and len(ex.keywords.ax.patches) == 5
    ex.widget.selected_index = 2  # opening another tab does not hide a panel shown in its own cell
    ex.keywords.top.value = 6
    assert not ex.keywords._stale and len(ex.keywords.ax.patches) == 6


def test_showing_the_explorer_computes_the_open_tab_alone(seed_path):
    doc = tk.load(seed_path)  # a fresh document: nothing computed on it yet
    ex = ui.explore(doc)
    assert not doc._cache  # making the explorer computes nothing
    tabs = ex.widget  # what a notebook or Voila shows: the Overview tab, drawn
    assert [len(page.children) for page in tabs.children] == [1, 0, 0, 0]  # the closed tabs are empty pages
    assert tabs.children[0].children[0] is ex.overview.widget and bytes(ex.overview.chart.value).startswith(b"\x89PNG")
    assert sorted(ex._made) == ["overview"]
    assert not [key for key in doc._cache if str(key[0]).startswith("widgets.")]  # no actor list (entities) yet
    assert "entities" not in str(list(doc._cache))
    tabs.selected_index = 2  # opening the Sentiment tab makes and draws it (its actors with it)
    assert [len(page.children) for page in tabs.children] == [1, 0, 1, 0] and sorted(ex._made) == ["overview", "sentiment"]
    assert ("widgets.actors", 40) in doc._cache and bytes(ex.sentiment.chart.value).startswith(b"\x89PNG")
    assert [v for _, v in ex.sentiment.actor.options][:2] == ["", "Israel"]


def _state(ex):
    """What the three linked panels show: controls, tables and figures (PNG as shown)."""
    kw, se, co = ex.keywords, ex.sentiment, ex.concordance
    for panel in (kw, se, co):
        panel.widget  # shown: draws its figure
    return (kw.pick.value, list(kw.pick.options), kw.html, bytes(kw.chart.value),
            se.term.value, se.actor.value, list(se.actor.options), se.data.to_dict(), se.html, se.summary.value,
            bytes(se.chart.value), co.term.value, list(co.term.options), co.terms.value, co.data.to_dict(),
            co.dispersion_data.to_dict(), co.html, co.status.value, bytes(co.chart.value))


@pytest.mark.parametrize("last", ["", "attack"])
def test_a_panel_made_late_is_the_one_made_at_the_start_that_followed_the_term(seed_doc, last):
    def run(ex):
        ex.keywords.pick.value = "iran"
        ex.selection.term = "Hezbollah"
        ex.selection.term = last  # an empty term: the concordance keeps its last one
        return _state(ex)

    eager = ui.explore(seed_doc)
    eager.panels  # every panel made before the term changes
    late = ui.explore(seed_doc)  # the sentiment and concordance panels are made after
    first, second = run(eager), run(late)
    assert first == second
    assert second[4] == last and second[11] == (last or "Hezbollah")
    assert second[13] == eager.concordance.terms.value and "israel" not in second[13]  # "Also plot" as set at the start


def test_explorer_widget_is_tabs_of_the_four_panels(ex):
    tabs = ex.widget
    assert tabs.titles == ("Overview", "Keywords", "Sentiment", "Concordance")
    assert "application/vnd.jupyter.widget-view+json" in ex._repr_mimebundle_()
    assert "tk-keywords" in ex.keywords.widget._dom_classes


def test_overview(seed_doc):
    ov = ui.overview(seed_doc)
    assert ov.data.iloc[0]["sentences"] == 20
    assert ov.sentiment.n_sentences == 20
    assert len(ov.keywords) == 12 and len(ov.ax.patches) == 12
    assert ov.cloud_ax.images and bytes(ov.chart.value).startswith(b"\x89PNG")
    assert "Sentiment: negative" in ov.html and "words" in ov.html


def test_panels_accept_a_path_and_handle_an_empty_text(seed_path):
    assert len(ui.keywords(str(seed_path)).data) == 20
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        empty = tk.load("   ")
    ex = ui.explore(empty)
    assert all(p.error is None for p in ex.panels)
    assert len(ex.keywords.data) == 0 and len(ex.sentiment.data) == 0 and len(ex.concordance.data) == 0
    assert "empty" in ex.overview.status.value
    with pytest.raises(FileNotFoundError):
        ui.keywords("no/such/article.txt")


# --- the data helpers --------------------------------------------------------------------------

def test_data_helpers(seed_doc):
    assert D.sentences_mentioning(seed_doc, "Hezbollah") == [5]
    assert D.sentences_mentioning(seed_doc, "  ") == []
    assert D.split_terms("a, b;;c ,a") == ["a", "b", "c"]
    spans = D.valence_spans("Not a good day.")
    assert spans[0][:3] == (6, 10, -1.406)
    first, second = D.halves(seed_doc)
    assert first.text and second.text and seed_doc.text.startswith(first.text)
    with pytest.raises(ValueError, match="single sentence"):
        D.halves("Just one sentence.")


def test_valence_spans_are_explain_sentiments_words(seed_doc):
    """The spans come from explain_sentiment's rows without its table: the same as reading the table."""
    def from_table(sentence):
        spans, cursor = [], 0
        table = tk.explain_sentiment(sentence)
        for word, valence, lexicon, rules in table[["word", "valence", "lexicon_valence", "rules"]].itertuples(index=False):
            at = sentence.find(word, cursor)
            if at < 0:
                continue
            cursor = at + len(word)
            if valence or lexicon:
                spans.append((at, cursor, round(float(valence), 4), float(lexicon), str(rules)))
        return tuple(spans)

    texts = tk.sentences(seed_doc)["text"].tolist() + [
        "It was not GOOD, but the ending was great!!", "kind of nice :) yet very bad", "", "Iran's  war; no, NOT fine?"]
    spans = [D.valence_spans(t) for t in texts]
    assert spans == [from_table(t) for t in texts]
    assert sum(len(s) for s in spans) > 40 and any("but" in r for s in spans for *_, r in s)


def test_an_error_in_a_linked_panel_is_a_message_there_and_the_others_carry_on(seed_doc, monkeypatch):
    ex = ui.explore(seed_doc)
    shown = ex.sentiment.data.copy()

    def broken(doc, term):
        raise RuntimeError("cannot match this term")

    monkeypatch.setattr(D, "sentences_mentioning", broken)
    ex.concordance.term.value = "Iran"
    assert ex.concordance.error is None and len(ex.concordance.data) == 7
    assert ex.sentiment.error == "cannot match this term"
    assert ex.sentiment.status.value == '<div class="tk-msg error">cannot match this term</div>'
    assert ex.sentiment.data.equals(shown)
