"""The corpus explorer without a browser: set a control, read the data behind each view.

Most tests use a generated corpus of known texts in two sub-folders (groups "alpha" and
"beta"), so every expected number can be counted by hand; one test uses the BBC news sample
when it is present (it is never committed).
"""
from __future__ import annotations

import warnings

import matplotlib

matplotlib.use("Agg")

import pytest

import toolkit as tk
from toolkit import widgets as ui
from toolkit.widgets.corpus import ALL, REST  # (ui.corpus is the function; the module is toolkit.widgets.corpus)

TEXTS = {
    # "harbour" only in alpha (2 + 2 times), "traders" only in beta (2 + 1 times)
    "alpha/a1.txt": "Harbour engineers raised the flood barrier. The harbour stayed dry and the engineers cheered.\n",
    "alpha/a2.txt": "A harbour festival opened with music. Families enjoyed the wonderful harbour lights.\n",
    "beta/b1.txt": "Markets fell sharply as traders panicked. Traders blamed the terrible bank results.\n",
    "beta/b2.txt": "Bank shares recovered. Markets rose and traders were happy.\n",
}
ALPHA, BETA = ["alpha/a1", "alpha/a2"], ["beta/b1", "beta/b2"]


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    root = tmp_path_factory.mktemp("corpus")
    for name, text in TEXTS.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.fixture()
def ex(folder):
    return ui.corpus(folder)


def sliders(panel):
    import ipywidgets as W

    return [v for v in vars(panel).values() if isinstance(v, (W.IntSlider, W.FloatSlider))]


def widths(panel) -> list[float]:
    return [round(float(p.get_width()), 6) for p in panel.ax.patches]


# --- the group picker and the documents view --------------------------------------------------

def test_group_picker_lists_all_and_the_groups(ex):
    assert [v for _, v in ex.group.options] == [ALL, "alpha", "beta"]
    assert [label for label, _ in ex.group.options] == ["(all) (4)", "alpha (2)", "beta (2)"]
    assert ex.group.value == ALL
    assert ex.data["id"].tolist() == ALPHA + BETA
    assert ex.documents.html.count("<tr>") == 5  # header + 4 documents


def test_picking_a_group_filters_the_document_table_to_exactly_its_documents(ex, folder):
    ex.group.value = "alpha"
    assert ex.data["id"].tolist() == ALPHA
    assert set(ex.documents.sentences["id"]) == set(ALPHA)
    assert len(ex.documents.sentences) == 4
    html = ex.documents.html
    assert "alpha/a1" in html and "alpha/a2" in html and "beta/b1" not in html
    full = tk.document_table(tk.load_corpus(folder))
    expected = full[full["group"] == "alpha"].reset_index(drop=True)
    assert ex.data[["id", "words", "mean_compound"]].equals(expected[["id", "words", "mean_compound"]])
    ex.group.value = "beta"
    assert ex.data["id"].tolist() == BETA
    assert "sentence scores: beta" == ex.documents.ax.get_title(loc="left")
    ex.group.value = ALL
    assert ex.data["id"].tolist() == ALPHA + BETA


def test_documents_sort_most_negative_first(ex):
    ex.documents.sort.value = "most negative first"
    assert ex.data["id"].iloc[0] == "beta/b1"  # "fell", "panicked", "blamed", "terrible"
    assert ex.data["mean_compound"].is_monotonic_increasing


# --- terms -------------------------------------------------------------------------------------

def test_a_term_shows_the_right_per_document_counts(ex):
    ex.terms.term.value = "harbour"
    assert dict(zip(ex.terms.data["id"], ex.terms.data["count"])) == {"alpha/a1": 2, "alpha/a2": 2}
    assert widths(ex.terms) == [2.0, 2.0]
    assert [t.get_text() for t in ex.terms.ax.get_yticklabels()] == ALPHA
    assert "occurs 4 times in 2 of 4 documents" in ex.terms.status.value
    by_group = ex.terms.by_group.set_index("group")
    assert by_group.loc["alpha", ["documents", "mentioning", "count"]].tolist() == [2, 2, 4]
    assert by_group.loc["beta", ["documents", "mentioning", "count"]].tolist() == [2, 0, 0]

    ex.terms.term.value = "Traders"
    assert ex.terms.data["id"].tolist() == ["beta/b1", "beta/b2"]
    assert ex.terms.data["count"].tolist() == [2, 1]
    words = ex.documents.data.set_index("id")["words"]
    assert ex.terms.data["per_10k"].tolist() == pytest.approx([2 * 10_000 / words["beta/b1"], 10_000 / words["beta/b2"]])
    ex.terms.measure.value = "per_10k"
    assert widths(ex.terms) == pytest.approx(ex.terms.data["per_10k"].round(6).tolist())


def test_the_group_picker_filters_the_term_view_too(ex):
    ex.terms.term.value = "harbour"
    ex.group.value = "beta"
    assert len(ex.terms.data) == 0 and len(ex.terms.ax.patches) == 0
    assert "does not occur in group “beta”" in ex.terms.status.value and ex.terms.error is None
    ex.group.value = "alpha"
    assert ex.terms.data["id"].tolist() == ALPHA
    assert "of group “alpha”" in ex.terms.status.value


def test_term_box_suggests_frequent_words_and_takes_phrases_and_prefixes(ex):
    assert {"harbour", "traders", "markets", "bank"} <= set(ex.terms.term.options)
    assert "said" not in ex.terms.term.options
    ex.terms.term.value = "harbour lights"
    assert ex.terms.data["id"].tolist() == ["alpha/a2"] and ex.terms.data["count"].tolist() == [1]
    ex.terms.term.value = "engineer*"
    assert ex.terms.data["id"].tolist() == ["alpha/a1"] and ex.terms.data["count"].tolist() == [2]
    ex.terms.term.value = "   "
    assert len(ex.terms.data) == 0 and "Type a term" in ex.terms.status.value and ex.terms.error is None


def test_the_term_follows_a_shared_selection(folder, seed_doc):
    selection = ui.Selection()
    ex = ui.corpus(folder, selection=selection)
    kw = ui.keywords(seed_doc, selection=selection)
    kw.pick.value = "attack"
    assert ex.terms.term.value == "attack" and len(ex.terms.data) == 0
    ex.terms.term.value = "bank"
    assert selection.term == "bank" and ex.terms.data["count"].tolist() == [1, 1]


# --- sentiment by group ------------------------------------------------------------------------

def test_sentiment_by_group_is_the_package_table_and_outlines_the_picked_group(ex, folder):
    expected = tk.sentiment_by_group(tk.load_corpus(folder))
    assert ex.sentiment.data.equals(expected)
    assert ex.sentiment.data["group"].tolist() == ["alpha", "beta"]
    assert len(ex.sentiment.ax.patches) == 6  # 3 stacked shares x 2 groups
    ex.group.value = "beta"
    assert len(ex.sentiment.ax.patches) == 7  # + the outline
    bold = [t.get_text() for t in ex.sentiment.ax.get_yticklabels() if t.get_fontweight() == "bold"]
    assert bold == ["beta"]
    assert 'class="tk-picked"><td>beta</td>' in ex.sentiment.html
    neutral = ex.sentiment.data["share_neutral"].sum()
    ex.sentiment.threshold.value = 0.6
    assert ex.sentiment.data["share_neutral"].sum() > neutral
    assert ex.sentiment.data.equals(tk.sentiment_by_group(tk.load_corpus(folder), threshold=0.6))


# --- keyness -----------------------------------------------------------------------------------

def test_keyness_a_vs_b_ranks_a_word_only_in_a_at_the_top(ex):
    k = ex.keyness
    assert (k.a.value, k.b.value) == ("alpha", "beta")  # two groups: B is the other one
    assert k.data["term"].iloc[0] == "harbour" and k.data["count"].iloc[0] == 4
    assert k.data["ref_per_10k"].iloc[0] == 0
    assert set(k.data["direction"]) == {"over"}
    assert [t.get_text() for t in k.ax.get_yticklabels()][0] == "harbour"
    assert widths(k) == pytest.approx(k.data["g2"].round(6).tolist())
    assert "more in alpha" in k.ax.get_xlabel()

    k.direction.value = "under"
    assert k.data["term"].iloc[0] == "traders"
    assert all(w < 0 for w in widths(k))  # words of B to the left
    k.a.value, k.b.value = "beta", "alpha"
    assert k.data["term"].iloc[0] == "harbour"
    k.direction.value = "over"
    assert k.data["term"].iloc[0] == "traders" and k.data["count"].iloc[0] == 3


def test_keyness_against_the_rest_min_count_and_same_group(ex):
    k = ex.keyness
    k.b.value = REST
    assert k.data["term"].iloc[0] == "harbour"
    k.min_count.value = 5
    assert len(k.data) == 0 and "lower the minimum count" in k.status.value
    k.min_count.value = 2
    k.b.value = "alpha"
    assert len(k.data) == 0 and "two different groups" in k.status.value and k.error is None
    k.measure.value = "log_ratio"
    k.b.value = "beta"
    assert widths(k) == pytest.approx(k.data["log_ratio"].round(6).tolist())


def test_picking_a_group_makes_it_group_a(ex):
    ex.group.value = "beta"
    assert ex.keyness.a.value == "beta" and ex.keyness.b.value == REST
    assert ex.keyness.data["term"].iloc[0] == "traders"
    ex.group.value = ALL
    assert ex.keyness.a.value == "beta"  # "(all)" leaves the comparison alone


# --- small corpora -------------------------------------------------------------------------------

def test_one_group_corpus_says_keyness_needs_two_groups(root, tmp_path):
    import shutil

    shutil.copy(root / "seeds" / "iran_israel_tensions.txt", tmp_path)  # seeds/ also holds the speech corpora now
    ex = ui.corpus(tmp_path)  # one article, in group "(top)"
    assert [v for _, v in ex.group.options] == [ALL, "(top)"]
    assert ex.data["id"].tolist() == ["iran_israel_tensions"]
    assert all(p.error is None for p in ex.panels)
    assert "needs at least two groups" in ex.keyness.status.value and "tk-msg info" in ex.keyness.status.value
    assert len(ex.keyness.data) == 0 and len(ex.keyness.ax.patches) == 0
    ex.keyness.direction.value = "both"
    ex.group.value = "(top)"
    assert ex.keyness.error is None and "needs at least two groups" in ex.keyness.status.value
    assert ex.terms.term.value == "israel" and ex.terms.data["count"].tolist() == [11]
    assert len(ex.sentiment.data) == 1 and "One group only" in ex.sentiment.status.value


def test_one_document_corpus_from_a_list():
    ex = ui.corpus(["A single wonderful text about the harbour and the harbour wall."])
    assert [label for label, _ in ex.group.options] == ["(all) (1)"]  # the list's one "(all)" group is not repeated
    assert ex.data["id"].tolist() == ["doc0000"] and ex.data["title"].isna().all()
    assert "None" not in ex.documents.html  # no title: a blank cell
    assert ex.terms.term.value == "harbour" and ex.terms.data["count"].tolist() == [2]
    assert "needs at least two groups" in ex.keyness.status.value
    assert all(p.error is None for p in ex.panels)


def test_a_corpus_without_readable_documents(tmp_path):
    (tmp_path / "empty.txt").write_text("   ", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ex = ui.corpus(tmp_path)
    assert len(ex.corpus) == 0 and all(p.error is None for p in ex.panels)
    assert len(ex.data) == 0 and "No document was loaded" in ex.documents.status.value
    assert "could not be read" in ex.documents.status.value and "empty.txt" in ex.documents.status.value
    assert "needs at least two groups" in ex.keyness.status.value


def test_prefix_groups(tmp_path):
    for name, text in {"sport_001.txt": "The team won the final.", "sport_002.txt": "The team lost the final again.",
                       "tech_001.txt": "The new phone sold well."}.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    ex = ui.corpus(tmp_path, group_by="prefix")
    assert [v for _, v in ex.group.options] == [ALL, "sport", "tech"]
    ex.group.value = "sport"
    assert ex.data["id"].tolist() == ["sport_001", "sport_002"]
    assert ex.keyness.data["term"].tolist()[:2] == ["final", "team"]


# --- conventions ---------------------------------------------------------------------------------

def test_sliders_wait_for_release_and_the_widget_is_tabs(ex):
    for panel in ex.panels:
        for slider in sliders(panel):
            assert slider.continuous_update is False, (panel.title, slider.description)
    assert ex.terms.term.continuous_update is False
    tabs = ex.widget
    assert tabs.titles == ("Documents", "Terms", "Sentiment by group", "Keyness between groups")
    assert "application/vnd.jupyter.widget-view+json" in ex._repr_mimebundle_()
    assert ex.documents.group is ex.terms.group is ex.sentiment.group  # one shared picker
    assert bytes(ex.documents.chart.value).startswith(b"\x89PNG")  # the open tab is drawn
    assert not bytes(ex.keyness.chart.value) and ex.keyness._stale  # a closed tab waits to be opened
    tabs.selected_index = 3
    assert bytes(ex.keyness.chart.value).startswith(b"\x89PNG")
    assert "CorpusExplorer(" in repr(ex) and "4 documents" in ex.documents.name


def test_only_the_open_tab_draws_and_a_closed_one_plots_when_read(ex):
    assert bytes(ex.documents.chart.value).startswith(b"\x89PNG")
    closed = (ex.terms, ex.sentiment, ex.keyness)
    assert all(p._unplotted and p._stale and not bytes(p.chart.value) for p in closed)  # nothing drawn yet
    ex.terms.term.value = "harbour"
    assert ex.terms.data["count"].tolist() == [2, 2] and "occurs 4 times" in ex.terms.status.value  # data at once
    assert widths(ex.terms) == [2.0, 2.0] and not ex.terms._unplotted  # reading .ax plots the current data
    assert not bytes(ex.terms.chart.value)  # the PNG still waits for the tab
    tabs = ex.widget
    tabs.selected_index = 1
    assert bytes(ex.terms.chart.value).startswith(b"\x89PNG") and not ex.terms._stale
    assert ex.keyness._unplotted and ex.sentiment._unplotted
    tabs.selected_index = 0
    ex.group.value = "beta"  # the open tab redraws at once; the hidden terms tab waits again
    assert ex.terms._stale and ex.terms._unplotted and ex.documents.ax.get_title(loc="left") == "sentence scores: beta"


def test_all_text_is_escaped(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Prices <b>rise</b> & fall\n\nMarkets moved on Monday. Traders were calm.\n",
                                          encoding="utf-8")
    (tmp_path / "b" / "y.txt").write_text("Quiet day\n\nNothing happened at all today.\n", encoding="utf-8")
    ex = ui.corpus(tmp_path)
    ex.terms.term.value = "<script>"
    assert ex.terms.error is None
    ex.terms.term.value = "traders"
    for html in (ex.documents.html, ex.terms.html, ex.terms.status.value, ex.documents.widget.children[0].value):
        assert "<b>rise" not in html and "<script>" not in html
    assert "Prices &lt;b&gt;rise&lt;/b&gt; &amp; fall" in ex.documents.html
    assert "Prices &lt;b&gt;rise&lt;/b&gt; &amp; fall" in ex.terms.html


def test_an_error_is_a_short_message_in_that_view_only(ex, monkeypatch):
    from toolkit.corpus import stats as corpus_stats

    shown = ex.terms.data.copy()

    def broken(corpus, term, **engine):
        raise RuntimeError("cannot count this term")

    monkeypatch.setattr(corpus_stats, "term_mentions", broken)
    ex.terms.term.value = "bank"
    assert ex.terms.error == "cannot count this term"
    assert ex.terms.status.value == '<div class="tk-msg error">cannot count this term</div>'
    assert ex.terms.data.equals(shown)  # the last good table stays
    ex.group.value = "beta"  # the other views carry on
    assert ex.data["id"].tolist() == BETA and ex.documents.error is None
    assert ex.keyness.error is None and ex.keyness.data["term"].iloc[0] == "traders"


# --- the plain functions behind the views ----------------------------------------------------------

def test_term_by_group_counts_every_group(folder):
    corpus = tk.load_corpus(folder)
    table = tk.term_by_group(corpus, "markets")
    assert table.columns.tolist() == ["group", "documents", "mentioning", "doc_share", "count", "per_10k"]
    assert table[["group", "mentioning", "count"]].values.tolist() == [["alpha", 0, 0], ["beta", 2, 2]]
    assert table["doc_share"].tolist() == [0.0, 1.0]


def test_news_sample_by_prefix(news_dir):
    ex = ui.corpus(news_dir, group_by="prefix")
    groups = [v for _, v in ex.group.options][1:]
    assert groups == ["business", "entertainment", "politics", "sport", "tech"]
    ex.group.value = "sport"
    assert set(ex.data["group"]) == {"sport"} and len(ex.data) == sum(d.meta["group"] == "sport" for d in ex.corpus)
    assert ex.keyness.a.value == "sport" and ex.keyness.b.value == REST
    top = ex.keyness.data.head(10)
    assert (top["per_10k"] > top["ref_per_10k"]).all()
    ex.group.value = ALL
    ex.terms.term.value = "Blair"
    by_group = ex.terms.by_group.set_index("group")
    assert by_group["count"].idxmax() == "politics"
    assert ex.terms.data["count"].sum() == by_group["count"].sum()


def test_term_mention_colours_stay_with_their_group():
    import pandas as pd
    from matplotlib.colors import to_hex
    from matplotlib.figure import Figure

    from toolkit import plots

    first = pd.DataFrame({"id": ["b1", "a1"], "group": ["beta", "alpha"], "count": [3, 1], "per_10k": [1.0, 1.0]})
    second = pd.DataFrame({"id": ["a1"], "group": ["alpha"], "count": [2], "per_10k": [1.0]})
    colours = []
    for table in (first, second):
        ax = plots.plot_term_mentions(table, groups=["alpha", "beta"], ax=Figure().add_subplot())
        colours.append({t.get_text(): to_hex(p.get_facecolor()) for t, p in zip(ax.get_yticklabels(), ax.patches)})
    assert colours[0]["a1"] == colours[1]["a1"] != colours[0]["b1"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["alpha"]
