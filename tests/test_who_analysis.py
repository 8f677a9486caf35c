"""Who says what, the analysis side: collocates, co-occurrence network, names without valence,
sentiment toward an entity and the validation table (values checked by hand or against NLTK)."""
from __future__ import annotations

import math

import pandas as pd
import pytest

import toolkit as tk
from toolkit.analysis.collocates import collocates, cooccurrence
from toolkit.analysis.sentiment import mask_names, sentence_sentiment
from toolkit.analysis.targeted import entity_sentences, entity_sentiment, quotes_about
from toolkit.text.resources import vader_analyzer

SMALL = "Iran warned Israel. Israel and Iran met in Egypt. France waited.\n\nIran spoke to France."


@pytest.fixture(scope="module")
def seed(root):
    return tk.load(root / "seeds" / "iran_israel_tensions.txt")


# --- collocates -----------------------------------------------------------------------------------

def test_collocates_of_iran_on_the_seed_have_the_hand_counted_counts(seed):
    table = collocates(seed, "Iran", window=5, min_count=1, top=None).set_index("collocate")
    assert table.attrs["term_count"] == 7  # Iran, Iran's and Iran’s, in seven sentences
    # "a massive drone and missile attack from Iran" (left) / "Iran has been moving missile launchers" (right)
    assert table.loc["missile", ["count", "left", "right", "freq"]].tolist() == [2, 1, 1, 2]
    # "Journal reported that Iran" and "explosions were reported in Iran’s"
    assert table.loc["reported", ["count", "left", "right"]].tolist() == [2, 2, 0]
    # "Iran announced on Monday that Israel": fifth word to the right, inside a window of 5 ...
    assert table.loc["israel", ["count", "right"]].tolist() == [1, 1]
    # ... and outside a window of 4
    assert "israel" not in set(collocates(seed, "Iran", window=4, min_count=1, top=None)["collocate"])
    assert "the" not in table.index  # stop words left out by default
    default = collocates(seed, "Iran")  # min_count=2
    assert sorted(default["collocate"]) == ["missile", "reported"]


def test_collocate_counts_and_scores_equal_nltks_window_finder(seed):
    from nltk.collocations import BigramCollocationFinder
    from nltk.metrics import BigramAssocMeasures

    from toolkit.analysis.collocates import _sentence_words

    window = 3
    padded = []
    for words in _sentence_words(seed):
        padded += words + [None] * window  # NLTK's own way of keeping windows inside a document
    finder = BigramCollocationFinder.from_words(padded, window_size=window + 1)
    table = collocates(seed, "iran", window=window, min_count=1, top=None, stopwords=False, min_len=1)
    assert len(table) > 20
    n_words = finder.word_fd.N()
    for row in table.itertuples(index=False):
        left, right = finder.ngram_fd[(row.collocate, "iran")], finder.ngram_fd[("iran", row.collocate)]
        assert (row.left, row.right) == (left, right), row.collocate
        assert row.freq == finder.word_fd[row.collocate]
        args = ((left + right) / (2 * window), (finder.word_fd["iran"], finder.word_fd[row.collocate]), n_words)
        assert row.llr == pytest.approx(BigramAssocMeasures.likelihood_ratio(*args))
        assert row.mi == pytest.approx(BigramAssocMeasures.pmi(*args))
        assert row.t == pytest.approx(BigramAssocMeasures.student_t(*args))


def test_collocates_measures_order_and_corpus():
    text = "Oil prices rose. Oil prices fell. Oil exports rose sharply today."
    by_llr = collocates(text, "oil", window=2, min_count=1, measure="llr")
    assert by_llr["collocate"].tolist()[0] == "prices"  # twice next to "oil"
    assert list(by_llr["llr"]) == sorted(by_llr["llr"], reverse=True)
    by_mi = collocates(text, "oil", window=2, min_count=1, measure="mi")
    assert list(by_mi["mi"]) == sorted(by_mi["mi"], reverse=True)
    corpus = tk.load_corpus([text, "Oil prices climbed."])
    both = collocates(corpus, "oil", window=2, min_count=1, top=None).set_index("collocate")
    assert both.loc["prices", "count"] == 3 and both.attrs["term_count"] == 4
    with pytest.raises(ValueError, match="measure"):
        collocates(text, "oil", measure="dice")
    with pytest.raises(ValueError, match="window"):
        collocates(text, "oil", window=0)
    with pytest.raises(ValueError, match="term"):
        collocates(text, "  ")
    assert collocates("", "oil").empty


# --- co-occurrence ----------------------------------------------------------------------------------

def test_cooccurrence_edge_weights_by_hand():
    edges = cooccurrence(SMALL)
    got = {(a, b): (w, u) for a, b, w, u in edges[["source", "target", "weight", "units"]].itertuples(index=False)}
    # sentences: 0 {Iran, Israel}; 1 {Israel, Iran, Egypt}; 2 {France}; 3 {Iran, France}
    assert got == {("Iran", "Israel"): (2, [0, 1]), ("Egypt", "Iran"): (1, [1]), ("Egypt", "Israel"): (1, [1]),
                   ("France", "Iran"): (1, [3])}
    assert edges.iloc[0][["source", "target", "source_type", "target_type"]].tolist() == ["Iran", "Israel", "GPE", "GPE"]
    para = cooccurrence(SMALL, unit="paragraph")
    weights = {(a, b): w for a, b, w in para[["source", "target", "weight"]].itertuples(index=False)}
    # paragraph 0 names all four, paragraph 1 names Iran and France
    assert weights[("France", "Iran")] == 2 and weights[("Iran", "Israel")] == 1 and len(weights) == 6
    assert cooccurrence(SMALL, min_weight=2)[["source", "target"]].values.tolist() == [["Iran", "Israel"]]
    assert cooccurrence(SMALL, types=["ORG"]).empty  # no organisation
    assert cooccurrence("Iran warned Israel and Hezbollah.", types=["GPE"])[["source", "target"]].values.tolist() == [["Iran", "Israel"]]
    with pytest.raises(ValueError, match="unit"):
        cooccurrence(SMALL, unit="page")


def test_cooccurrence_on_the_seed_links_the_united_states_through_its_aliases(seed):
    edges = cooccurrence(seed)
    pair = edges[(edges["source"] == "Israel") & (edges["target"] == "United States")]
    # sentences naming both Israel and the United States (US, US-led or United States)
    m = tk.mentions(seed)
    expected = sorted(set(m[m["entity"] == "Israel"]["sent_id"]) & set(m[m["entity"] == "United States"]["sent_id"]))
    assert pair["units"].iloc[0] == expected and pair["weight"].iloc[0] == len(expected) >= 3


def test_plot_network_returns_the_ax_with_a_label_per_entity():
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    from toolkit.plots import plot_network

    ax = Figure().add_subplot()
    edges = cooccurrence(SMALL)
    out = plot_network(edges, nodes=tk.entities(SMALL), highlight="Iran", ax=ax)
    assert out is ax
    labels = sorted(t.get_text() for t in ax.texts)
    assert labels == ["Egypt", "France", "Iran", "Israel"]
    assert len(ax.lines) == 4  # one per edge
    bold = [t.get_text() for t in ax.texts if t.get_fontweight() == "bold"]
    assert bold == ["Iran"]
    empty = plot_network(edges.iloc[:0], ax=Figure().add_subplot())
    assert [t.get_text() for t in empty.texts] == ["no two entities are named together"]


# --- names without valence ------------------------------------------------------------------------

def test_default_sentence_sentiment_is_still_nltks_vader(seed):
    analyzer = vader_analyzer()
    table = sentence_sentiment(seed)
    assert table["compound"].tolist() == [analyzer.polarity_scores(t)["compound"] for t in table["text"]]
    assert table.loc[2, "compound"] == 0.34


def test_neutral_names_takes_the_valence_of_united_out_of_sentence_2(seed):
    plain = sentence_sentiment(seed)
    neutral = sentence_sentiment(seed, neutral_names=True)
    assert neutral["text"].tolist() == plain["text"].tolist()
    masked = mask_names(seed, start=int(plain.loc[2, "start"]), end=int(plain.loc[2, "end"]))
    assert "United" not in masked and "massive drone and missile attack" in masked
    assert len(masked) == len(plain.loc[2, "text"])
    assert neutral.loc[2, "compound"] == vader_analyzer().polarity_scores(masked)["compound"] < 0
    assert plain.loc[2, "compound"] == 0.34 and neutral.loc[2, "compound"] == -0.4939
    # sentences without a name, or whose names carry no valence, keep their score
    assert (neutral["compound"] != plain["compound"]).sum() == 1


def test_mask_names_masks_the_spans_of_every_mention(seed):
    from toolkit.analysis.entities import mentions
    from toolkit.analysis.entities.tables import _mention_spans

    table = mentions(seed)
    spans = list(zip(table["start"].tolist(), table["end"].tolist()))
    assert _mention_spans(seed) == spans and len(spans) > 20  # found once, as mentions() finds them
    masked = mask_names(seed)
    assert len(masked) == len(seed.text)
    for a, b in spans:
        assert all(not ch.isalpha() or ch in "Xx" for ch in masked[a:b]) and masked[a:b] != seed.text[a:b]
    outside = [i for i in range(len(seed.text)) if not any(a <= i < b for a, b in spans)]
    assert all(masked[i] == seed.text[i] for i in outside)


def test_neutral_names_validation_table(root):
    from toolkit.analysis.validation import neutral_names_table, validate_folder, validate_sample

    table = neutral_names_table(root / "tests" / "data" / "vader_sample")
    results = validate_folder(root / "tests" / "data" / "vader_sample")
    plain = validate_sample(results)
    assert neutral_names_table(results).equals(table)  # as notebook 05 calls it: the results it has, not the folder again
    assert table["set"].tolist() == ["tweets", "movies", "amazon", "nyt"]
    assert table["pearson_r"].tolist() == plain["pearson_r"].tolist()
    for row in table.itertuples(index=False):
        assert row.change == pytest.approx(row.pearson_r_neutral_names - row.pearson_r)
        assert (row.scores_changed == 0) == (row.change == 0)


# --- sentiment toward an entity -------------------------------------------------------------------

def test_entity_sentiment_by_hand():
    text = "Iran won a great victory. Israel lost badly. Iran and Israel met."
    analyzer = vader_analyzer()
    c = [analyzer.polarity_scores(s)["compound"] for s in ("Iran won a great victory.", "Israel lost badly.",
                                                            "Iran and Israel met.")]
    table = entity_sentiment(text).set_index("entity")
    iran, israel = table.loc["Iran"], table.loc["Israel"]
    assert (iran["mentions"], iran["sentences"], iran["spoken"], iran["quotes"]) == (2, 2, 0, 0)
    assert iran["mean_compound"] == pytest.approx((c[0] + c[2]) / 2) == iran["about_compound"]
    assert israel["mean_compound"] == pytest.approx((c[1] + c[2]) / 2)
    assert iran["most_positive"] == "Iran won a great victory." and iran["most_positive_compound"] == c[0]
    assert iran["most_negative"] is None and math.isnan(iran["most_negative_compound"])
    assert israel["most_negative"] == "Israel lost badly."
    assert math.isnan(iran["spoken_compound"])


def test_entity_sentiment_keeps_what_iran_says_apart_from_what_is_said_about_it(seed):
    table = entity_sentiment(seed).set_index("entity")
    iran = table.loc["Iran"]
    scores = sentence_sentiment(seed).set_index("sent_id")["compound"]
    from toolkit.analysis.quotes import quotes

    q = quotes(seed)
    spoken = sorted(set(q[q["speaker"] == "Iran"]["sent_id"]))
    m = tk.mentions(seed)
    naming = sorted(set(m[m["entity"] == "Iran"]["sent_id"]))
    assert spoken == [3, 18] and iran["quotes"] == 2 and iran["spoken"] == 2
    assert iran["sentences"] == len(naming) and iran["about"] == len(set(naming) - set(spoken))
    assert iran["spoken_compound"] == pytest.approx(scores[spoken].mean())
    assert iran["about_compound"] == pytest.approx(scores[sorted(set(naming) - set(spoken))].mean())
    assert iran["most_negative_compound"] == scores[naming].min()
    us = table.loc["United States"]
    assert us["mentions"] == 9
    neutral = entity_sentiment(seed, neutral_names=True).set_index("entity")
    assert neutral.loc["United States", "mean_compound"] < us["mean_compound"]  # sentence 2 no longer +0.34
    roles = entity_sentences(seed, "Iran")
    assert roles[roles["role"] == "speaks"]["sent_id"].tolist() == spoken
    about = quotes_about(seed, "Israel")
    assert set(about["speaker"]) >= {"Iran"} and "Israel" not in set(about["speaker"])


def test_people_tables_on_processes_equal_the_tables_one_by_one(news_dir):
    """analyze's one pass on the worker processes gives exactly entity_rows and corpus_quotes."""
    from toolkit.corpus.entities import entity_rows
    from toolkit.corpus.people import people_tables
    from toolkit.corpus.quotes import corpus_quotes

    corpus = tk.load_corpus(news_dir, profile=True)
    ents, quotes = people_tables(corpus, workers=2, min_docs=2)
    pd.testing.assert_frame_equal(ents, entity_rows(corpus))
    pd.testing.assert_frame_equal(quotes, corpus_quotes(corpus))
    assert len(ents) > 2000 and len(quotes) > 300
    here_e, here_q = people_tables(corpus, workers=1)
    pd.testing.assert_frame_equal(here_e, ents)
    pd.testing.assert_frame_equal(here_q, quotes)
