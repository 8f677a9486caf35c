"""toolkit.plots: each function draws the table it is given on the ax it is given and returns it."""
from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import numpy as np
import pandas as pd
import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure

import toolkit as tk
from toolkit import plots


@pytest.fixture()
def ax():
    return Figure().add_subplot()


def test_plot_keywords_one_bar_per_row_first_on_top(seed_doc, ax):
    table = tk.keyword_frequencies(seed_doc, top=7)
    out = plots.plot_keywords(table, ax=ax)
    assert out is ax
    assert len(ax.patches) == 7
    assert [t.get_text() for t in ax.get_yticklabels()] == table["term"].tolist()
    widths = [p.get_width() for p in ax.patches]
    assert widths == table["count"].tolist()
    top_bar = min(ax.patches, key=lambda p: p.get_y())  # y axis is inverted: row 0 is drawn at the top
    assert top_bar.get_width() == table["count"].iloc[0]
    assert ax.get_ylim()[0] > ax.get_ylim()[1]


def test_plot_keywords_measure_highlight_and_negative_values(seed_doc, ax):
    table = tk.keyness(seed_doc, top=5)
    plots.plot_keywords(table, measure="g2", highlight=table["term"].iloc[2].upper(), ax=ax)
    assert [p.get_width() for p in ax.patches] == pytest.approx(table["g2"].tolist())
    colors = [to_hex(p.get_facecolor()) for p in ax.patches]
    assert colors[2] == plots.HIGHLIGHT_COLOR and colors.count(plots.HIGHLIGHT_COLOR) == 1
    diverging = pd.DataFrame({"term": ["up", "down"], "log_ratio": [1.5, -2.0]})
    ax2 = plots.plot_keywords(diverging, measure="log_ratio", ax=Figure().add_subplot())
    assert to_hex(ax2.patches[1].get_facecolor()) == plots.SENTIMENT_COLORS["negative"]


def test_plot_keywords_rejects_an_unknown_measure_and_draws_empty_tables(ax):
    with pytest.raises(ValueError, match="not a column"):
        plots.plot_keywords(pd.DataFrame({"term": ["a"], "count": [1]}), measure="g2", ax=ax)
    plots.plot_keywords(pd.DataFrame({"term": [], "count": []}), ax=ax)
    assert not ax.patches and "no terms" in ax.texts[0].get_text()


def test_plot_keywords_without_ax_makes_a_figure():
    import matplotlib.pyplot as plt

    ax = plots.plot_keywords(pd.DataFrame({"term": ["a", "b"], "count": [2, 1]}))
    assert len(ax.patches) == 2
    plt.close(ax.figure)


def test_sentiment_arc_bars_coloured_by_label_at_the_threshold(seed_doc, ax):
    table = tk.sentence_sentiment(seed_doc)
    plots.plot_sentiment_arc(table, threshold=0.05, ax=ax)
    assert len(ax.patches) == len(table) == 20
    colors = [to_hex(p.get_facecolor()) for p in ax.patches]
    assert colors == [plots.SENTIMENT_COLORS[lab] for lab in table["label"]]
    assert [p.get_height() for p in ax.patches] == pytest.approx(table["compound"].tolist())
    # a higher threshold turns weak sentences neutral
    ax2 = Figure().add_subplot()
    plots.plot_sentiment_arc(table, threshold=0.5, ax=ax2)
    strong = table["compound"].abs() >= 0.5
    neutral = [to_hex(p.get_facecolor()) == plots.SENTIMENT_COLORS["neutral"] for p in ax2.patches]
    assert neutral == (~strong).tolist()


def test_sentiment_arc_highlight_fades_the_others(seed_doc, ax):
    table = tk.sentence_sentiment(seed_doc)
    plots.plot_sentiment_arc(table, highlight=[5], ax=ax)
    alphas = [p.get_alpha() for p in ax.patches]
    assert alphas[5] == 1.0 and all(a < 0.5 for i, a in enumerate(alphas) if i != 5)


def test_sentiment_arc_of_nothing(ax):
    plots.plot_sentiment_arc(tk.sentence_sentiment("   "), ax=ax)
    assert not ax.patches and ax.texts


def test_dispersion_rows_follow_terms_and_ticks_follow_positions(seed_doc, ax):
    disp = tk.dispersion(seed_doc, ["Iran", "Hezbollah", "nowhere"])
    plots.plot_dispersion(disp, terms=["Iran", "Hezbollah", "nowhere"], ax=ax)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["Iran", "Hezbollah", "nowhere"]
    segments = [seg for coll in ax.collections for seg in coll.get_segments()]
    assert len(segments) == 8  # 7 x Iran, 1 x Hezbollah, none for "nowhere"
    xs = sorted(seg[0][0] for seg in segments)
    assert xs == pytest.approx(sorted(disp["position"]))


def test_wordcloud_is_deterministic(seed_doc):
    table = tk.keyword_frequencies(seed_doc, top=50)
    a = plots.plot_wordcloud(table, ax=Figure().add_subplot(), width=300, height=150).images[0].get_array()
    b = plots.plot_wordcloud(table, ax=Figure().add_subplot(), width=300, height=150).images[0].get_array()
    assert a.shape[:2] == (150, 300)
    assert np.array_equal(a, b)
    empty = plots.plot_wordcloud(table.head(0), ax=Figure().add_subplot())
    assert not empty.images and empty.texts


def test_group_sentiment_stacks_the_label_shares(ax):
    table = pd.DataFrame({"group": ["politics", "sport"], "share_negative": [0.5, 0.1], "share_neutral": [0.3, 0.4],
                          "share_positive": [0.2, 0.5], "mean_compound": [-0.21, 0.3]})
    plots.plot_group_sentiment(table, ax=ax)
    assert len(ax.patches) == 6
    ends = sorted(p.get_x() + p.get_width() for p in ax.patches if to_hex(p.get_facecolor()) == plots.SENTIMENT_COLORS["positive"])
    assert ends == pytest.approx([1.0, 1.0])
    assert [t.get_text() for t in ax.texts] == ["-0.21", "+0.30"]


def test_sentiment_histogram_counts_every_sentence(seed_doc, ax):
    table = tk.sentence_sentiment(seed_doc)
    plots.plot_sentiment_histogram(table, bins=20, ax=ax)
    # one filled step patch per label, stacked: each bin's height in a patch is its count of that label
    steps = [p.get_data() for p in ax.patches]
    assert len(steps) == 3 and all(len(s.values) == 20 for s in steps)
    counts = [s.values - s.baseline for s in steps]
    assert (steps[0].baseline == 0).all() and (steps[1].baseline == steps[0].values).all()
    assert (steps[2].baseline == steps[1].values).all()
    assert sum(c.sum() for c in counts) == len(table)
    edges = steps[0].edges
    for c, s in zip(counts, steps):
        assert (c >= 0).all() and (s.edges == edges).all()
    total = sum(counts)
    assert list(total) == list(np.histogram(table["compound"], bins=np.linspace(-1, 1, 21))[0])
    # Each sentence is drawn in its label's colour, also in the bin around 0 (-0.1..0.0 and 0.0..0.1
    # with bins=20, where bin centres would mislabel a 0.0 sentence as positive).
    height = {label: sum(c.sum() for c, p in zip(counts, ax.patches) if to_hex(p.get_facecolor()) == color)
              for label, color in plots.SENTIMENT_COLORS.items()}
    assert height == table["label"].value_counts().reindex(list(height), fill_value=0).to_dict()
