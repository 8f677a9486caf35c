"""Legible everywhere (issue 12): tables rounded for reading with raw values kept, no text under
8 pt in any figure the package draws, and the small fixes (blank titles, actor counts that match
their table, the arc's lines explained, instructions valid in Voilà, an empty keyness table that
says why).  Also the panels' cheap update paths: a pick recolours bars, a hidden tab draws when
opened.
"""
from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import matplotlib

matplotlib.use("Agg")

import matplotlib.pyplot as plt
import pandas as pd
import pytest
from matplotlib.axis import Tick
from matplotlib.colors import to_hex
from matplotlib.text import Text

import toolkit as tk
from toolkit import plots
from toolkit import widgets as ui
from toolkit.corpus.report import column_formats, format_value, html_report, readable
from toolkit.widgets.html import table_html

ROOT = Path(__file__).resolve().parents[1]
MIN_PT = 8.0
PAGE_INCHES = 10.0  # a figure wider than this is shown scaled down in a notebook or the report


# --- the font-size check ----------------------------------------------------------------------

def drawn_texts(fig) -> list[Text]:
    """Every non-empty visible Text the figure draws: titles, labels, legends, annotations and the
    tick labels of the ticks in use (a reused axis may hold spare Tick objects it does not draw)."""
    fig.canvas.draw()
    in_ticks = {id(t) for ax in fig.axes for axis in (ax.xaxis, ax.yaxis)
                for tick in [*axis.majorTicks, *axis.minorTicks] for t in (tick.label1, tick.label2)}
    texts = [t for t in fig.findobj(Text) if id(t) not in in_ticks and not isinstance(t, Tick)]
    for ax in fig.axes:
        if not ax.get_visible():
            continue
        for axis in (ax.xaxis, ax.yaxis):
            texts += axis.get_ticklabels(which="both")
    return [t for t in texts if t.get_visible() and t.get_text().strip()
            and (t.axes is None or t.axes.get_visible())]


def too_small(fig) -> list[tuple[str, float]]:
    """Texts smaller than 8 pt at the size the figure is shown (scaled down when wider than the page)."""
    scale = min(1.0, PAGE_INCHES / fig.get_figwidth())
    return [(t.get_text(), round(t.get_fontsize() * scale, 2)) for t in drawn_texts(fig)
            if t.get_fontsize() * scale < MIN_PT - 1e-9]


@pytest.fixture(scope="module")
def validation_results():
    from toolkit.analysis.validation import validate_folder

    return validate_folder(ROOT / "tests" / "data" / "vader_sample")


def _samples(seed_doc, validation_results):
    """One real input per plot_* function of toolkit.plots (name -> function drawing it)."""
    from toolkit.analysis.validation import validate_sentiment
    from toolkit.widgets.data import halves

    first, second = halves(seed_doc)
    sents = tk.sentence_sentiment(seed_doc)
    groups = pd.DataFrame({"group": ["business", "politics", "sport"], "share_negative": [0.2, 0.5, 0.1],
                           "share_neutral": [0.3, 0.3, 0.4], "share_positive": [0.5, 0.2, 0.5],
                           "mean_compound": [0.21, -0.18, 0.33]})
    mentions = pd.DataFrame({"id": [f"doc_{k:03d}" for k in range(30)], "group": ["a", "b", "c"] * 10,
                             "count": list(range(30, 0, -1)), "per_10k": [float(v) for v in range(300, 0, -10)]})
    years = [str(y) for y in range(1975, 1991)]
    trend = pd.DataFrame({"period": years * 2, "term": ["iran"] * 16 + ["soviet*"] * 16,
                          "count": list(range(16)) + list(range(16, 0, -1)),
                          "per_10k": [float(v) for v in range(32)], "documents": [1] * 32})
    tone = pd.DataFrame({"period": ["1950s", "1960s", "1970s", "1980s"], "mean_compound": [0.2, 0.1, -0.05, 0.15],
                         "share_positive": [0.4, 0.35, 0.3, 0.38], "share_negative": [0.2, 0.25, 0.33, 0.22]})
    return {
        "plot_keywords": lambda: plots.plot_keywords(tk.keyword_frequencies(seed_doc, top=30), title="top 30"),
        "plot_sentiment_arc": lambda: plots.plot_sentiment_arc(sents, title="arc"),
        "plot_dispersion": lambda: plots.plot_dispersion(tk.dispersion(seed_doc, ["Iran", "Israel", "US"])),
        "plot_wordcloud": lambda: plots.plot_wordcloud(tk.keyword_frequencies(seed_doc, top=100), title="cloud"),
        "plot_group_sentiment": lambda: plots.plot_group_sentiment(groups, highlight="sport", title="groups"),
        "plot_sentiment_histogram": lambda: plots.plot_sentiment_histogram(sents, title="histogram"),
        "plot_keyness": lambda: plots.plot_keyness(tk.keyness(first, reference=second, direction="both", top=15),
                                                   measure="log_ratio", labels=("A", "B"), title="A vs B"),
        "plot_term_mentions": lambda: plots.plot_term_mentions(mentions, title="mentions"),
        "plot_validation": lambda: plots.plot_validation(validate_sentiment(["good", "bad", "fine"], [1, -1, 0.5])),
        "plot_validation_sets": lambda: plots.plot_validation_sets(validation_results)[0],
        "plot_network": lambda: plots.plot_network(tk.cooccurrence(seed_doc), nodes=tk.entities(seed_doc),
                                                   highlight="Iran", title="network"),
        "plot_term_trend": lambda: plots.plot_term_trend(trend, title="trend", highlight=("1980", "iran")),
        "plot_sentiment_trend": lambda: plots.plot_sentiment_trend(tone, title="tone"),
    }


def test_every_plot_function_draws_no_text_under_8pt(seed_doc, validation_results):
    samples = _samples(seed_doc, validation_results)
    names = {n for n in plots.__all__ if n.startswith("plot_")}
    assert names == set(samples), f"give these plot functions a sample input here: {sorted(names - set(samples))}"
    for name, draw in samples.items():
        ax = draw()
        try:
            texts = drawn_texts(ax.figure)
            assert texts or name == "plot_wordcloud", name
            assert too_small(ax.figure) == [], name
        finally:
            plt.close(ax.figure)


def test_validation_scatters_are_a_readable_grid(validation_results):
    axes = plots.plot_validation_sets(validation_results)
    fig = axes[0].figure
    try:
        assert len(axes) == 4 and fig.get_figwidth() <= PAGE_INCHES  # 2 x 2, shown at full size
        for ax in axes:
            assert ax.title.get_fontsize() >= 10 and re.search(r"r = 0\.\d{3}", ax.get_title())
            legend = ax.get_legend()
            assert [t.get_text() for t in legend.get_texts()] == ["VADER positive", "VADER neutral", "VADER negative"]
            assert min(t.get_fontsize() for t in legend.get_texts()) >= 9
    finally:
        plt.close(fig)


def test_histogram_counts_have_integer_ticks():
    ax = plots.plot_sentiment_histogram(tk.sentence_sentiment("Good. Bad. Fine."), bins=10)
    try:
        ax.figure.canvas.draw()
        ticks = [v for v in ax.get_yticks() if 0 <= v <= ax.get_ylim()[1]]
        assert len(ticks) >= 2 and all(float(v).is_integer() for v in ticks)
        assert [t.get_text() for t in ax.get_yticklabels() if t.get_text()] == ["0", "1"]  # not 0.0, 0.2, ... 1.0
    finally:
        plt.close(ax.figure)


def test_keyness_bars_have_a_legend_naming_both_sides(seed_doc):
    from toolkit.widgets.data import halves

    a, b = halves(seed_doc)
    ax = plots.plot_keyness(tk.keyness(a, reference=b, direction="both", top=15), measure="log_ratio",
                            labels=("A", "B"), title="A vs B")
    try:
        assert [t.get_text() for t in ax.get_legend().get_texts()] == ["more in A", "more in B"]
        assert ax.get_title(loc="left") == "A vs B"
        widths = [p.get_width() for p in ax.patches]
        assert min(widths) < 0 < max(widths)  # both sides drawn, so both legend entries mean something
    finally:
        plt.close(ax.figure)


def test_sentiment_arc_legend_explains_every_line(seed_doc):
    ax = plots.plot_sentiment_arc(tk.sentence_sentiment(seed_doc), threshold=0.05)
    try:
        labels = [t.get_text() for t in ax.get_legend().get_texts()]
        assert labels == ["positive", "neutral", "negative", "±0.05 threshold", "paragraph break"]
        dashed = [ln for ln in ax.lines if ln.get_linestyle() == "--"]
        assert sorted(round(ln.get_ydata()[0], 2) for ln in dashed) == [-0.05, 0.05]
        breaks = [ln for ln in ax.lines if to_hex(ln.get_color()) == to_hex("0.85")]
        assert len(breaks) == 9  # 10 paragraphs in the seed
    finally:
        plt.close(ax.figure)


def test_report_figures_have_no_text_under_8pt(tmp_path, monkeypatch):
    from toolkit import cli
    from toolkit.corpus import report

    for group, texts in {"business": ["Shares rose sharply on Friday. Investors welcomed the strong results."] * 2,
                         "politics": ["Mr Blair said the election would be close. Voters were unsure.",
                                      "Blair and Brown campaigned in London. The polls narrowed again."]}.items():
        (tmp_path / "in" / group).mkdir(parents=True)
        for k, text in enumerate(texts):
            (tmp_path / "in" / group / f"{k}.txt").write_text(f"{text} Item {k} of {group}.", encoding="utf-8")
    figures = []
    real = report.figure_png
    monkeypatch.setattr(report, "figure_png", lambda fig, **kw: (figures.append(fig), real(fig, **kw))[1])
    assert cli.main([str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--engine", "local", "--no-progress",
                     "--format", "csv"]) == 0
    assert len(figures) == 3
    for fig in figures:
        assert too_small(fig) == []
    keywords = figures[0].axes[0]
    n = len(keywords.patches)
    assert n >= 10 and figures[0].get_figheight() >= 1.2 + 0.21 * n - 1e-9  # a row per bar, not squeezed


def test_widget_figures_have_no_text_under_8pt(seed_doc, tmp_path):
    ex = ui.explore(seed_doc)
    ex.keywords.top.value = 40  # more than 25 bars: the smallest label size
    for panel in ex.panels:
        assert too_small(panel.figure) == [], panel.title
    folder = tmp_path / "corpus"
    for group in ("a", "b"):
        (folder / group).mkdir(parents=True)
        for k in range(3):
            (folder / group / f"{k}.txt").write_text(seed_doc.text if group == "a" else
                                                     f"Markets rallied on day {k}. Traders cheered the news.",
                                                     encoding="utf-8")
    cx = ui.corpus(str(folder))
    cx.terms.term.value = "iran"
    for panel in cx.panels:
        assert too_small(panel.figure) == [], panel.title


# --- tables rounded for reading ---------------------------------------------------------------

def test_format_value_rounds_for_reading():
    assert format_value("p_value", 1.183116e-25) == "1.2e-25"
    assert format_value("p_value", 0.04) == "4.0e-02"
    assert format_value("compound", -0.2698949999999999) == "-0.270"
    assert format_value("mean_compound", 0.31174) == "+0.312"
    assert format_value("share_negative", 2 / 3) == "0.667"
    assert format_value("title", None) == "" and format_value("title", float("nan")) == ""
    assert format_value("count", 11) == "11" and format_value("term", "iran") == "iran"


def test_keyness_table_reads_rounded_and_keeps_raw_values(seed_doc):
    table = tk.keyness(seed_doc, top=10)
    p = float(table["p_value"].iloc[0])
    assert 0 < p < 1e-5 and table["p_value"].dtype == float  # raw value kept
    html = readable(table).to_html()
    assert f"{p:.1e}" in html and re.search(r">\d\.\de-\d\d<", html)
    assert repr(p) not in html  # not 1.183116e-25-style digits
    shown = table_html(table)
    assert f">{p:.1e}<" in shown
    assert f">{table['log_ratio'].iloc[0]:.2f}<" in shown


def test_sentence_table_compound_to_3_decimals(seed_doc):
    table = tk.sentence_sentiment(seed_doc)
    html = readable(table).to_html()
    for value in table["compound"].head(5):
        assert f">{value:.3f}<" in html
    assert table["compound"].equals(tk.sentence_sentiment(seed_doc)["compound"])


def test_document_sentiment_repr_is_rounded_fields_exact(seed_doc):
    mood = tk.document_sentiment(seed_doc)
    assert abs(mood.mean_compound - (-0.269895)) < 1e-9  # the exact value stays in the field
    text = repr(mood)
    assert text.startswith("DocumentSentiment(label='negative', mean_compound=-0.270, median_compound=")
    assert "n_sentences=20" in text and "share_negative=0.650" in text
    assert "0.26989" not in text and "9999" not in text


def test_missing_titles_show_blank_in_panels_and_report():
    table = pd.DataFrame({"id": ["a", "b"], "title": ["Oil falls", None], "mean_compound": [0.5, float("nan")]})
    html = table_html(table)
    assert "None" not in html and "nan" not in html.lower()
    assert len(re.findall(r"<td[^>]*></td>", html)) == 2 and ">Oil falls<" in html
    report = html_report("R", [("Docs", table)])
    assert "None" not in report and ">+0.500<" in report
    assert column_formats(table)["title"](None) == ""


# --- small fixes ------------------------------------------------------------------------------

def test_actor_dropdown_counts_match_the_actor_table(seed_doc):
    se = ui.sentiment(seed_doc)
    options = dict((value, label) for label, value in se.actor.options if value)
    assert options["Israel"] == "Israel (10)"
    table = se.actor_data.set_index("actor")["sentences"]
    assert table["Israel"] == 10
    for actor, label in options.items():
        assert label == f"{actor} ({table[actor]})"
    se.actor.value = "Israel"
    assert len(se.data) == 10


def test_start_notebook_instructions_hold_in_voila_too():
    nb = json.loads((ROOT / "notebooks" / "00_start_here.ipynb").read_text(encoding="utf-8"))
    intro = "".join(nb["cells"][1]["source"])
    assert "Voilà" in intro and "In JupyterLab" in intro
    for line in intro.splitlines():  # notebook-only steps are said to be for JupyterLab
        if "Run All Cells" in line:
            assert "In JupyterLab" in line
    assert "use the controls below" in " ".join(intro.split())


def test_keyness_against_a_tiny_reference_says_why_it_is_empty(seed_doc):
    tiny = tk.load("Iran and Israel traded warnings again on Tuesday.")
    with pytest.warns(UserWarning, match="reference is tiny"):
        table = tk.keyness(seed_doc, reference=tiny)
    assert len(table) == 0
    note = table.attrs["note"]
    assert "tiny (8 words)" in note and "625 per 10,000" in note and "“israel”, 233 per 10,000" in note
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert len(tk.keyness(seed_doc, top=5)) == 5 and "note" not in tk.keyness(seed_doc, top=5).attrs


def test_corpus_keyness_panel_says_why_its_table_is_empty(seed_doc, tmp_path):
    (tmp_path / "big").mkdir()
    (tmp_path / "big" / "a.txt").write_text(seed_doc.text, encoding="utf-8")
    (tmp_path / "tiny").mkdir()
    (tmp_path / "tiny" / "b.txt").write_text("Iran and Israel traded warnings again on Tuesday.", encoding="utf-8")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        cx = ui.corpus(str(tmp_path))
        cx.keyness.a.value, cx.keyness.b.value = "big", "tiny"
        cx.keyness.direction.value = "over"
    assert len(cx.keyness.data) == 0
    assert "reference is tiny" in cx.keyness.status.value


def test_readme_defines_other_doc_and_describes_resource_report():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert text.index("other_doc = ") < text.index("reference=other_doc")
    assert "prints the same" not in text and "`tk.resource_report()` returns" in text
    assert 'attrs["note"]' in text


# --- the cheap update paths -------------------------------------------------------------------

def test_a_pick_recolours_the_same_bars(seed_doc):
    kw = ui.keywords(seed_doc)
    bars = list(kw.ax.patches)
    term = kw.data["term"].iloc[2]
    kw.pick.value = term
    assert list(kw.ax.patches) == bars  # no new artists: recoloured in place
    colours = [to_hex(p.get_facecolor()) for p in kw.ax.patches]
    assert colours[2] == plots.HIGHLIGHT_COLOR and colours.count(plots.HIGHLIGHT_COLOR) == 1
    fresh = plots.plot_keywords(kw.data, measure=kw.column, highlight=term)
    assert [to_hex(p.get_facecolor()) for p in fresh.patches] == colours  # as plot_keywords draws it
    plt.close(fresh.figure)
    kw.top.value = 5  # a full update draws new bars, with reused ticks labelled right
    assert len(kw.ax.patches) == 5 and [t.get_text() for t in kw.ax.get_yticklabels()] == kw.data["term"].tolist()


def test_a_hidden_tab_draws_its_figure_when_opened(seed_doc):
    ex = ui.explore(seed_doc)
    tabs = ex.widget
    tabs.selected_index = 1  # keywords
    before = bytes(ex.sentiment.chart.value)
    ex.keywords.pick.value = "iran"
    assert ex.sentiment.term.value == "iran" and len(ex.sentiment.data) == 7  # data and tables follow at once
    assert "iran" in ex.sentiment.html.lower()
    assert ex.sentiment._stale and bytes(ex.sentiment.chart.value) == before  # the figure waits
    tabs.selected_index = 2
    assert not ex.sentiment._stale and bytes(ex.sentiment.chart.value) != before
    outlined = [p for p in ex.sentiment.ax.patches if p.get_linewidth() == 0.8 and to_hex(p.get_edgecolor()) == "#000000"]
    assert len(outlined) == 7


def _pixels(fig) -> bytes:
    fig.canvas.draw()
    return bytes(fig.canvas.buffer_rgba())


def test_restyled_arc_is_pixel_identical_to_a_fresh_one(seed_doc):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    table = tk.sentence_sentiment(seed_doc)
    figs = []
    for _ in range(2):
        fig = Figure(figsize=(8, 3), dpi=100)
        FigureCanvasAgg(fig)
        figs.append(fig)
    reused = plots.plot_sentiment_arc(table, threshold=0.05, ax=figs[0].add_subplot())
    _pixels(figs[0])
    assert plots.restyle_sentiment_arc(reused, table, threshold=0.3, highlight=[0, 2, 5])
    fresh = plots.plot_sentiment_arc(table, threshold=0.3, highlight=[0, 2, 5], ax=figs[1].add_subplot())
    assert _pixels(figs[0]) == _pixels(figs[1])
    assert [to_hex(p.get_facecolor()) for p in reused.patches] == [to_hex(p.get_facecolor()) for p in fresh.patches]
    assert not plots.restyle_sentiment_arc(reused, tk.sentence_sentiment("Good. Bad."), threshold=0.3)  # other sentences
