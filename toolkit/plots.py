"""Figures for the package's tables: each function takes plain data and an optional matplotlib ``ax``.

>>> import toolkit as tk
>>> from toolkit.plots import plot_keywords
>>> ax = plot_keywords(tk.keyword_frequencies("Iran warned Israel. Israel replied.", top=2))
>>> len(ax.patches)
2

Every function draws on *ax* when given (so figures compose, as in seaborn) or on a new
figure from ``matplotlib.pyplot`` otherwise, and returns the ``ax``.  Nothing here computes
statistics: the tables come from ``tk.keyword_frequencies``, ``tk.keyness``,
``tk.sentence_sentiment``, ``tk.dispersion`` ...
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

    from .analysis.validation import ValidationResult

__all__ = [
    "plot_keywords",
    "plot_sentiment_arc",
    "restyle_sentiment_arc",
    "plot_dispersion",
    "plot_wordcloud",
    "plot_group_sentiment",
    "plot_sentiment_histogram",
    "plot_keyness",
    "plot_term_mentions",
    "plot_validation",
    "plot_validation_sets",
    "plot_network",
    "network_layout",
    "plot_term_trend",
    "plot_sentiment_trend",
    "trend_lines",
    "period_positions",
    "SENTIMENT_COLORS",
    "MEASURE_LABELS",
    "MIN_FONT_PT",
]

# Colour-blind-safe diverging pair (blue / vermilion) with a neutral grey.
SENTIMENT_COLORS = {"positive": "#2c7bb6", "neutral": "#b0b0b0", "negative": "#d7301f"}
BAR_COLOR = "#4c72b0"
HIGHLIGHT_COLOR = "#dd8452"
MIN_FONT_PT = 8  # no text smaller than this in any figure drawn here (tests/test_plots.py checks)
MEASURE_LABELS = {
    "count": "occurrences",
    "per_10k": "occurrences per 10,000 words",
    "share": "share of counted terms",
    "g2": "keyness: log-likelihood G² vs reference",
    "log_ratio": "log ratio (log2 of relative frequency vs reference)",
}


def _axes(ax, figsize=(6.4, 4.0)):
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    _, ax = plt.subplots(figsize=figsize)
    return ax


def _start(ax, table, measure: str, title: str | None):
    """The axes to draw a bar chart of *table*'s *measure* column on, titled; a clear error when
    the column is missing."""
    if measure not in table.columns:
        raise ValueError(f"measure {measure!r} is not a column of this table (columns: {', '.join(map(str, table.columns))})")
    ax = _axes(ax)
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    return ax


def _empty(ax, message: str):
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="0.4")
    ax.set_xticks([])
    ax.set_yticks([])
    return ax


def plot_keywords(table, *, measure: str = "count", highlight: str | None = None, title: str | None = None, ax=None):
    """Horizontal bars of *measure* per ``term``, the first row at the top.

    *table* is ``tk.keyword_frequencies(...)`` or ``tk.keyness(...)`` (any table with a ``term``
    column and a *measure* column).  Negative values (e.g. ``log_ratio`` of under-used terms)
    are drawn to the left in a second colour.  *highlight* marks one term.

    >>> import pandas as pd
    >>> ax = plot_keywords(pd.DataFrame({"term": ["a", "b"], "count": [3, 1]}))
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['a', 'b']
    """
    ax = _start(ax, table, measure, title)
    if len(table) == 0:
        return _empty(ax, "no terms to show")
    terms = [str(t) for t in table["term"]]
    values = [float(v) for v in table[measure]]
    key = highlight.lower() if highlight else None
    colors = [
        HIGHLIGHT_COLOR if key is not None and t.lower() == key
        else (SENTIMENT_COLORS["negative"] if v < 0 else BAR_COLOR)
        for t, v in zip(terms, values)
    ]
    y = range(len(terms))
    ax.barh(y, values, color=colors, height=0.75)
    ax.set_yticks(list(y), terms, fontsize=9 if len(terms) <= 25 else MIN_FONT_PT)
    ax.set_ylim(len(terms) - 0.5, -0.5)  # first row on top
    ax.set_xlabel(MEASURE_LABELS.get(measure, measure), fontsize=9)
    if min(values) < 0:
        ax.axvline(0, color="0.3", linewidth=0.8)
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_sentiment_arc(sent_table, *, threshold: float = 0.05, highlight: Iterable[int] | None = None,
                       title: str | None = None, ax=None):
    """The article's sentiment sentence by sentence: one bar per sentence (VADER compound),
    coloured by label (positive / neutral / negative at ±*threshold*, dashed lines); faint grey
    vertical lines mark paragraph breaks (when the table has a ``paragraph`` column).  The
    legend above the axes names the colours and both kinds of line.

    *sent_table* is ``tk.sentence_sentiment(doc)``.  *highlight*: ``sent_id``s to emphasise
    (the others are drawn faintly), e.g. the sentences that mention a term.

    >>> import toolkit as tk
    >>> ax = plot_sentiment_arc(tk.sentence_sentiment("Good. Bad. So so."))
    >>> len(ax.patches)
    3
    """
    ax = _axes(ax, figsize=(8, 3.2))
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    ax.set_ylim(-1.05, 1.05)
    ax.set_ylabel("VADER compound", fontsize=9)
    ax.set_xlabel("sentence, in reading order", fontsize=9)
    if len(sent_table) == 0:
        return _empty(ax, "no sentences to show")
    ids, compound, labels, chosen, alphas = _arc_style(sent_table, threshold, highlight)
    bars = ax.bar(ids, compound, color=[SENTIMENT_COLORS[lab] for lab in labels], width=0.8)
    for bar, alpha, i in zip(bars, alphas, ids):
        bar.set_alpha(alpha)
        if chosen is not None and i in chosen:
            bar.set_edgecolor("black")
            bar.set_linewidth(0.8)
    flat = [(i, a) for i, c, a in zip(ids, compound, alphas) if abs(c) < 0.02]  # keep zero-score sentences visible
    dots = None
    if flat:
        dots = ax.scatter([i for i, _ in flat], [0.0] * len(flat), marker="_", s=120, linewidths=2.5,
                          color=SENTIMENT_COLORS["neutral"], alpha=[a for _, a in flat], zorder=3)
    cuts = [ax.axhline(y, color="0.45", linestyle="--", linewidth=0.8) for y in (threshold, -threshold)]
    ax.axhline(0, color="0.2", linewidth=0.6)
    if "paragraph" in sent_table.columns:  # faint lines between paragraphs
        paras = list(sent_table["paragraph"])
        for k in range(1, len(ids)):
            if paras[k] != paras[k - 1]:
                ax.axvline(ids[k] - 0.5, color="0.85", linewidth=0.8, zorder=0)
    from matplotlib.lines import Line2D
    from matplotlib.patches import Patch

    handles = [Patch(color=SENTIMENT_COLORS[k], label=k) for k in ("positive", "neutral", "negative")]
    handles.append(Line2D([], [], color="0.45", linestyle="--", linewidth=0.8, label=f"±{threshold:g} threshold"))
    if "paragraph" in sent_table.columns and len(set(sent_table["paragraph"])) > 1:
        handles.append(Line2D([], [], color="0.85", linewidth=1.6, label="paragraph break"))
    legend = ax.legend(handles=handles, loc="lower right", bbox_to_anchor=(1.0, 1.0), fontsize=MIN_FONT_PT,
                       ncol=len(handles), frameon=False, borderaxespad=0.1, handlelength=1.6, columnspacing=1.0)
    # what restyle_sentiment_arc needs to change this arc in place
    ax._tk_arc = {"ids": ids, "compound": compound, "bars": list(bars), "dots": dots,
                  "cuts": cuts, "label": legend.get_texts()[3]}
    ax.set_xlim(min(ids) - 0.6, max(ids) + 0.6)
    if len(ids) <= 25:
        ax.set_xticks(ids, [str(i) for i in ids], fontsize=MIN_FONT_PT)
    else:
        from matplotlib.ticker import MaxNLocator

        ax.xaxis.set_major_locator(MaxNLocator(nbins=20, integer=True))
        ax.tick_params(axis="x", labelsize=MIN_FONT_PT)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def _arc_style(sent_table, threshold: float, highlight):
    ids = [int(i) for i in sent_table["sent_id"]]
    compound = [float(c) for c in sent_table["compound"]]
    labels = ["positive" if c >= threshold else "negative" if c <= -threshold else "neutral" for c in compound]
    chosen = None if highlight is None else {int(i) for i in highlight}
    alphas = [1.0 if chosen is None or i in chosen else 0.18 for i in ids]
    return ids, compound, labels, chosen, alphas


def restyle_sentiment_arc(ax, sent_table, *, threshold: float = 0.05, highlight: Iterable[int] | None = None) -> bool:
    """Give the arc that :func:`plot_sentiment_arc` drew on *ax* a new *threshold* and
    *highlight* in place (colours, outlines, faint bars, dashed lines, legend), as
    ``plot_sentiment_arc`` would draw them; cheaper than clearing and drawing again.  Returns
    False, changing nothing, when *ax* holds no arc of these same sentences and scores.

    >>> import toolkit as tk
    >>> table = tk.sentence_sentiment("Good. Bad. So so.")
    >>> ax = plot_sentiment_arc(table)
    >>> restyle_sentiment_arc(ax, table, threshold=0.5, highlight=[0]), ax.get_legend().get_texts()[3].get_text()
    (True, '±0.5 threshold')
    """
    state = getattr(ax, "_tk_arc", None)
    if not state or not len(sent_table) or not any(p is state["bars"][0] for p in ax.patches):
        return False
    ids, compound, labels, chosen, alphas = _arc_style(sent_table, threshold, highlight)
    if ids != state["ids"] or compound != state["compound"]:
        return False
    for bar, label, alpha, i in zip(state["bars"], labels, alphas, ids):
        bar.set_facecolor(SENTIMENT_COLORS[label])
        bar.set_alpha(alpha)
        picked = chosen is not None and i in chosen
        bar.set_edgecolor("black" if picked else None)  # None: the default edge, as ax.bar gives it
        bar.set_linewidth(0.8 if picked else None)
    if state["dots"] is not None:
        state["dots"].set_alpha([a for c, a in zip(compound, alphas) if abs(c) < 0.02])
    for line, y in zip(state["cuts"], (threshold, -threshold)):
        line.set_ydata([y, y])
    state["label"].set_text(f"±{threshold:g} threshold")
    return True


def plot_dispersion(disp_table, *, terms: Iterable[str] | None = None, title: str | None = None, ax=None):
    """Lexical dispersion: a tick where each term occurs, along the text (0 = start, 1 = end).

    *disp_table* is ``tk.dispersion(doc, terms)``.  *terms* fixes the rows and their order
    (terms that never occur keep an empty row); by default the terms of the table, in order.

    >>> import toolkit as tk
    >>> ax = plot_dispersion(tk.dispersion("Iran spoke. Israel spoke. Iran left.", ["Iran", "Israel"]))
    >>> [t.get_text() for t in ax.get_yticklabels()]
    ['Iran', 'Israel']
    """
    ax = _axes(ax, figsize=(8, 2.4))
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    rows = list(dict.fromkeys(terms)) if terms is not None else list(dict.fromkeys(disp_table["term"]))
    ax.set_xlim(-0.01, 1.01)
    ax.set_xlabel("position in the text (0 = start, 1 = end)", fontsize=9)
    if not rows:
        return _empty(ax, "no terms to show")
    index = {t: k for k, t in enumerate(rows)}
    for term, group in disp_table.groupby("term", sort=False):
        if term in index:
            k = index[term]
            ax.vlines(group["position"], k - 0.38, k + 0.38, color=BAR_COLOR, linewidth=1.6)
    ax.set_yticks(range(len(rows)), rows, fontsize=9)
    ax.set_ylim(len(rows) - 0.5, -0.5)
    ax.grid(axis="x", alpha=0.3)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_wordcloud(freq_table, *, column: str = "count", max_words: int = 100, width: int = 800, height: int = 400,
                   random_state: int = 0, colormap: str = "viridis", title: str | None = None, ax=None):
    """A word cloud of ``term`` sized by *column* (``tk.keyword_frequencies(doc, top=100)``).

    The layout is deterministic (*random_state*), so the same table gives the same picture.

    >>> import pandas as pd
    >>> ax = plot_wordcloud(pd.DataFrame({"term": ["iran", "israel"], "count": [7, 11]}))
    >>> ax.images[0].get_array().shape[:2]
    (400, 800)
    """
    ax = _axes(ax, figsize=(8, 4))
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    ax.set_axis_off()
    freqs = {str(t): float(v) for t, v in zip(freq_table["term"], freq_table[column]) if float(v) > 0}
    if not freqs:
        ax.text(0.5, 0.5, "no words to show", ha="center", va="center", transform=ax.transAxes, color="0.4")
        return ax
    from wordcloud import WordCloud

    cloud = WordCloud(width=width, height=height, max_words=max_words, background_color="white",
                      colormap=colormap, random_state=random_state, prefer_horizontal=0.9,
                      collocations=False, normalize_plurals=False)
    cloud.generate_from_frequencies(freqs)
    ax.imshow(cloud.to_array(), interpolation="bilinear")
    return ax


def plot_group_sentiment(group_table, *, highlight: str | None = None, title: str | None = None, ax=None):
    """One stacked bar per group: the shares of negative, neutral and positive sentences, with
    the mean compound written at the end of each bar.

    *group_table* is ``tk.sentiment_by_group(corpus)`` (``group, share_negative, share_neutral,
    share_positive, mean_compound``).  *highlight* outlines one group's bar and bolds its name.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"group": ["a"], "share_negative": [.5], "share_neutral": [.25], "share_positive": [.25], "mean_compound": [-.2]})
    >>> len(plot_group_sentiment(t).patches)
    3
    """
    ax = _axes(ax)
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    if len(group_table) == 0:
        return _empty(ax, "no groups to show")
    groups = [str(g) for g in group_table["group"]]
    y = list(range(len(groups)))
    left = [0.0] * len(groups)
    for label in ("negative", "neutral", "positive"):
        widths = [float(v) for v in group_table[f"share_{label}"]]
        ax.barh(y, widths, left=left, color=SENTIMENT_COLORS[label], label=label, height=0.7)
        left = [a + b for a, b in zip(left, widths)]
    if "mean_compound" in group_table.columns:
        for k, mean in enumerate(group_table["mean_compound"]):
            ax.text(1.01, k, f"{float(mean):+.2f}", va="center", fontsize=8, transform=ax.get_yaxis_transform())
    ax.set_yticks(y, groups, fontsize=9)
    if highlight is not None and str(highlight) in groups:
        k = groups.index(str(highlight))
        ax.barh([k], [1.0], left=[0.0], height=0.7, fill=False, edgecolor="black", linewidth=1.6)
        ax.get_yticklabels()[k].set_fontweight("bold")
    ax.set_ylim(len(groups) - 0.5, -0.5)
    ax.set_xlim(0, 1)
    ax.set_xlabel("share of sentences (mean compound at the right)", fontsize=9)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_sentiment_histogram(sent_table, *, threshold: float = 0.05, bins: int = 40, title: str | None = None, ax=None):
    """How sentence scores are spread: a histogram of VADER compound over [-1, 1], stacked by the
    label each score gets, so every sentence is drawn in its label's colour (dashed lines at
    ±*threshold*). Each label is one filled step patch (``ax.patches``: negative, neutral, positive)
    over the bins, stacked on the ones before it; thin white lines part the bins. (One patch per label
    rather than a bar per bin and label: about a third of the time to build and draw, which a widget
    pays on every change.)

    *sent_table* is any table with a ``compound`` column (``tk.sentence_sentiment(doc)``,
    ``tk.sentence_table(corpus)``).

    >>> import toolkit as tk
    >>> ax = plot_sentiment_histogram(tk.sentence_sentiment("Good. Bad. Fine."), bins=10)
    >>> [int(sum(step.get_data().values - step.get_data().baseline)) for step in ax.patches]  # sentences per label
    [1, 0, 2]
    """
    import numpy as np

    ax = _axes(ax)
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    values = np.asarray(sent_table["compound"], dtype=float)
    edges = np.linspace(-1, 1, bins + 1)
    labels = np.where(values >= threshold, "positive", np.where(values <= -threshold, "negative", "neutral"))
    bottom = np.zeros(bins)
    for label in ("negative", "neutral", "positive"):  # stacked, so a bin across a threshold shows both labels
        counts, _ = np.histogram(values[labels == label], bins=edges)
        ax.stairs(bottom + counts, edges, baseline=bottom, fill=True, facecolor=SENTIMENT_COLORS[label],
                  edgecolor="white", linewidth=0.5, label=label)
        bottom = bottom + counts
    parts = ax.vlines(edges[1:-1], 0, np.maximum(bottom[:-1], bottom[1:]), colors="white", linewidth=0.5)
    parts.sticky_edges.y[:] = [0.0, float(bottom.max())]  # the axis ends at the tallest bin (no margin above it)
    for x in (threshold, -threshold):
        ax.axvline(x, color="0.45", linestyle="--", linewidth=0.8)
    ax.set_xlim(-1, 1)
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # counts of sentences: whole numbers
    ax.set_xlabel("VADER compound", fontsize=9)
    ax.set_ylabel("sentences", fontsize=9)
    if not len(values):
        ax.text(0.5, 0.5, "no sentences to show", ha="center", va="center", transform=ax.transAxes, color="0.4")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_keyness(table, *, measure: str = "g2", labels: tuple[str, str] = ("target", "reference"),
                 highlight: str | None = None, title: str | None = None, ax=None):
    """Keyness of a target against a reference as signed bars: words used more in the target
    to the right, words used more in the reference (``direction == "under"``) to the left.

    *table* is ``tk.keyness(..., reference=...)`` or ``tk.group_keyness(...)``; *measure* is
    ``"g2"`` (how sure: G², given the sign of the difference) or ``"log_ratio"`` (how big).
    *labels* names the two sides on the axis.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"term": ["a", "b"], "g2": [9.0, 4.0], "log_ratio": [2.0, -1.5], "direction": ["over", "under"]})
    >>> [float(p.get_width()) for p in plot_keyness(t).patches]
    [9.0, -4.0]
    """
    if measure not in ("g2", "log_ratio"):
        raise ValueError(f"measure must be 'g2' or 'log_ratio', not {measure!r}")
    signed = table.copy()
    if measure == "g2" and len(signed) and "direction" in signed.columns:
        signed["g2"] = [-abs(float(v)) if d == "under" else abs(float(v)) for v, d in zip(signed["g2"], signed["direction"])]
    ax = plot_keywords(signed, measure=measure, highlight=highlight, title=title, ax=ax)
    if len(signed):
        from matplotlib.patches import Patch

        a, b = (str(x) for x in labels)
        what = "log-likelihood G²" if measure == "g2" else "log ratio"
        ax.set_xlabel(f"{what}: ← more in {b} · more in {a} →", fontsize=9)
        handles = [Patch(color=BAR_COLOR, label=f"more in {a}"), Patch(color=SENTIMENT_COLORS["negative"], label=f"more in {b}")]
        if highlight and any(str(t).lower() == highlight.lower() for t in signed["term"]):
            handles.append(Patch(color=HIGHLIGHT_COLOR, label=str(highlight)))
        ax.legend(handles=handles, loc="best", fontsize=MIN_FONT_PT, frameon=True, framealpha=0.9)
    return ax


def plot_term_mentions(mentions, *, measure: str = "count", top: int = 30, groups: Iterable[str] | None = None,
                       title: str | None = None, ax=None):
    """Which documents mention a term: one bar per document (labelled by ``id``), coloured by
    ``group``, most mentions on top; at most *top* documents.  *groups* (e.g. ``corpus.groups``)
    fixes each group's colour, so colours stay the same from one term to the next.

    *mentions* is ``tk.term_mentions(corpus, term)`` (``id, group, count, per_10k``).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"id": ["d1", "d2"], "group": ["a", "b"], "count": [3, 1], "per_10k": [30.0, 5.0]})
    >>> [float(p.get_width()) for p in plot_term_mentions(t).patches]
    [3.0, 1.0]
    """
    ax = _start(ax, mentions, measure, title)
    if len(mentions) == 0:
        return _empty(ax, "no document mentions it")
    part = mentions.head(top)
    ids = [str(i) for i in part["id"]]
    bar_groups = [str(g) for g in part["group"]]
    order = list(dict.fromkeys([*(str(g) for g in (groups or ())), *(str(g) for g in mentions["group"])]))
    import matplotlib

    cmap = matplotlib.colormaps["Dark2"]  # no red or blue: those mean negative and positive elsewhere
    colour = {g: BAR_COLOR if len(order) == 1 else cmap(k % cmap.N) for k, g in enumerate(order)}
    y = list(range(len(ids)))
    ax.barh(y, [float(v) for v in part[measure]], color=[colour[g] for g in bar_groups], height=0.75)
    ax.set_yticks(y, ids, fontsize=9 if len(ids) <= 25 else MIN_FONT_PT)
    ax.set_ylim(len(ids) - 0.5, -0.5)
    ax.set_xlabel(MEASURE_LABELS.get(measure, measure), fontsize=9)
    if len(order) > 1:
        from matplotlib.patches import Patch

        shown = [g for g in order if g in set(bar_groups)]
        ax.legend(handles=[Patch(color=colour[g], label=g) for g in shown], loc="lower right", fontsize=8, frameon=False)
    ax.grid(axis="x", alpha=0.3)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_validation(result_or_scores: "ValidationResult | pd.DataFrame", *, ax=None, title: str | None = None,
                    paper_r: float | None = None, threshold: float | None = None):
    """Scatter of the score (y) against the human mean rating (x), with r in the title; returns ``ax``.

    Dotted lines mark the ±threshold neutral band and a rating of 0; *paper_r* adds the paper's r.

    >>> from toolkit.analysis.validation import validate_sentiment
    >>> plot_validation(validate_sentiment(["good", "bad"], [1, -1])).get_xlabel()
    'human mean rating'
    """
    import math

    from .analysis.validation import PAPER_TABLE4, ValidationResult, pearson_r

    if isinstance(result_or_scores, ValidationResult):
        scores, r = result_or_scores.scores, result_or_scores.pearson_r
        threshold = result_or_scores.threshold if threshold is None else threshold
        if title is None:
            title = result_or_scores.meta.get("set")
        if paper_r is None:
            paper_r = PAPER_TABLE4.get(result_or_scores.meta.get("set", ""))
    else:
        scores = result_or_scores
        missing = {"rating", "compound"} - set(scores.columns)
        if missing:
            raise KeyError(f"plot_validation needs 'rating' and 'compound' columns; missing {sorted(missing)}")
        r = pearson_r(scores["compound"], scores["rating"]) if len(scores) >= 2 else math.nan
    threshold = 0.05 if threshold is None else threshold
    ax = _axes(ax, figsize=(4.5, 4))
    colours = {"positive": "tab:green", "neutral": "tab:gray", "negative": "tab:red"}
    if "predicted" in scores.columns:
        for label, colour in colours.items():
            part = scores[scores["predicted"] == label]
            ax.scatter(part["rating"], part["compound"], s=14, alpha=0.7, color=colour, label=f"VADER {label}")
        ax.legend(fontsize=MIN_FONT_PT + 1, loc="lower right", markerscale=1.4)
    else:
        ax.scatter(scores["rating"], scores["compound"], s=14, alpha=0.7)
    for y in (threshold, -threshold):
        ax.axhline(y, color="0.6", lw=0.8, ls=":")
    ax.axvline(0, color="0.6", lw=0.8, ls=":")
    ax.set_xlabel("human mean rating", fontsize=10)
    ax.set_ylabel("VADER compound", fontsize=10)
    ax.set_ylim(-1.05, 1.05)
    head = f"{title}: " if title else ""
    paper = f" (paper {paper_r:.3f})" if paper_r is not None and not math.isnan(paper_r) else ""
    ax.set_title(f"{head}r = {r:.3f}{paper}, n = {len(scores)}", fontsize=11)
    return ax


def plot_validation_sets(results, *, axes=None):
    """One :func:`plot_validation` scatter per set of *results* (name -> ValidationResult), two per
    row with a shared y axis (a figure about 9 inches wide, so a notebook shows it at full size and
    its titles and legends stay readable); returns the axes.

    >>> from toolkit.analysis.validation import validate_sentiment
    >>> len(plot_validation_sets({"a": validate_sentiment(["good", "bad"], [1, -1])}))
    1
    """
    if axes is None:
        import matplotlib.pyplot as plt

        cols = min(2, max(1, len(results)))
        rows = -(-len(results) // cols)
        fig, grid = plt.subplots(rows, cols, figsize=(4.6 * cols, 4.2 * rows), sharey=True, squeeze=False,
                                 layout="constrained")
        axes = list(grid.flat)
        for extra in axes[len(results):]:
            extra.set_visible(False)
        axes = axes[:len(results)]
    for ax, result in zip(axes, results.values()):
        plot_validation(result, ax=ax)
    return axes


# Entity types -> colours (Okabe–Ito, colour-blind safe); other types grey.
TYPE_COLORS = {"PERSON": "#0072B2", "ORG": "#E69F00", "GPE": "#009E73", "NORP": "#CC79A7", "LOC": "#56B4E9",
               "DATE": "#999999"}


def _graph(edges):
    import networkx as nx

    graph = nx.Graph()
    for row in edges[["source", "target", "weight"]].itertuples(index=False):
        graph.add_edge(str(row.source), str(row.target), weight=float(row.weight))
    return graph


def network_layout(edges, *, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Node positions for an edge table (``source, target, weight``): networkx's spring layout,
    heavier edges pulling harder, with a fixed *seed* so the picture is the same every run.

    >>> import pandas as pd
    >>> sorted(network_layout(pd.DataFrame({"source": ["a"], "target": ["b"], "weight": [2]})))
    ['a', 'b']
    """
    import networkx as nx

    graph = _graph(edges)
    if not len(graph):
        return {}
    pos = nx.spring_layout(graph, weight="weight", seed=seed)
    return {node: (float(x), float(y)) for node, (x, y) in pos.items()}


def plot_network(edges, *, nodes=None, highlight: str | None = None, top: int | None = 40, title: str | None = None,
                 seed: int = 7, ax=None):
    """Entities named together (``tk.cooccurrence``' edge table) as a network: one labelled dot
    per entity, coloured by type, sized by its mentions when *nodes* (``tk.entities``) is given,
    and one line per pair, as thick as its weight.  *top* keeps the heaviest edges;
    *highlight* rings one entity and draws its edges darker.  Positions from
    :func:`network_layout` (networkx's spring layout, seeded).

    >>> import pandas as pd
    >>> e = pd.DataFrame({"source": ["Iran"], "target": ["Israel"], "weight": [3],
    ...                   "source_type": ["GPE"], "target_type": ["GPE"]})
    >>> sorted(t.get_text() for t in plot_network(e).texts)
    ['Iran', 'Israel']
    """
    ax = _axes(ax, figsize=(7.0, 5.5))
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    part = edges.sort_values("weight", ascending=False, kind="mergesort").head(top) if top is not None else edges
    if len(part) == 0:
        return _empty(ax, "no two entities are named together")
    pos = network_layout(part, seed=seed)
    kinds: dict[str, str] = {}
    for col, kcol in (("source", "source_type"), ("target", "target_type")):
        if kcol in part.columns:
            kinds.update(zip(part[col].astype(str), part[kcol].astype(str)))
    size: dict[str, float] = {}
    if nodes is not None and len(nodes):
        size = dict(zip(nodes["entity"].astype(str), nodes["mentions"].astype(float)))
        if "type" in nodes.columns:
            kinds.update(zip(nodes["entity"].astype(str), nodes["type"].astype(str)))
    top_weight = float(part["weight"].max())
    for a, b, w in part[["source", "target", "weight"]].itertuples(index=False):
        (x0, y0), (x1, y1) = pos[str(a)], pos[str(b)]
        on = highlight is not None and highlight in (str(a), str(b))
        ax.plot([x0, x1], [y0, y1], color="0.25" if on else "0.7", alpha=0.9 if on else 0.6,
                lw=0.6 + 3.4 * float(w) / top_weight, zorder=1)
    names = sorted(pos)
    biggest = max(size.values(), default=1.0) or 1.0
    xs, ys = [pos[n][0] for n in names], [pos[n][1] for n in names]
    sizes = [40 + 360 * size.get(n, 1.0) / biggest if size else 120 for n in names]
    colours = [TYPE_COLORS.get(kinds.get(n, ""), "#777777") for n in names]
    ax.scatter(xs, ys, s=sizes, c=colours, edgecolors=["black" if n == highlight else "white" for n in names],
               linewidths=[2.0 if n == highlight else 0.8 for n in names], zorder=2)
    for n, x, y in zip(names, xs, ys):
        ax.annotate(n, (x, y), xytext=(5, 0), textcoords="offset points", fontsize=8, va="center", ha="left",
                    zorder=3, fontweight="bold" if n == highlight else "normal")
    shown = [k for k in TYPE_COLORS if k in set(kinds.values())]
    if shown:
        from matplotlib.lines import Line2D

        ax.legend(handles=[Line2D([], [], marker="o", ls="", color=TYPE_COLORS[k], label=k) for k in shown],
                  loc="lower left", fontsize=8, frameon=False)
    ax.set_xticks([])
    ax.set_yticks([])
    for side in ax.spines.values():
        side.set_visible(False)
    ax.margins(0.15)
    return ax


# --- change over time ----------------------------------------------------------------------------
TREND_COLORS = ("#4c72b0", "#dd8452", "#55a868", "#c44e52", "#8172b3", "#937860", "#da8bc3", "#8c8c8c")


def period_positions(periods) -> tuple[list[float], bool]:
    """x positions of *periods* and whether they are times: "1980" -> 1980, "1980s" -> 1980,
    "1980-07" -> 1980.5, "1980-07-01" likewise by day; any other labels (presidents, parties)
    -> 0, 1, 2 ... in the order given.

    >>> period_positions(["1980s", "1990-07"])
    ([1980.0, 1990.5], True)
    """
    import re

    labels = [str(p) for p in periods]
    pattern = re.compile(r"^(\d{4})(s|-(\d{2})(?:-(\d{2}))?)?$")
    matches = [pattern.match(p) for p in labels]
    if labels and all(matches):
        return [int(m.group(1)) + ((int(m.group(3)) - 1) / 12 if m.group(3) else 0.0)
                + ((int(m.group(4)) - 1) / 365 if m.group(4) else 0.0) for m in matches], True
    return [float(i) for i in range(len(labels))], False


def trend_lines(table, *, measure: str = "per_10k", smooth: int = 1, column: str = "term") -> dict:
    """What :func:`plot_term_trend` draws: ``{term: (x, y, periods)}``, *y* being *measure*
    averaged over a centred window of *smooth* periods (1: as is).

    >>> import pandas as pd
    >>> t = pd.DataFrame({"period": ["1980", "1981", "1982"], "term": "iran", "per_10k": [3.0, 0.0, 0.0]})
    >>> trend_lines(t, smooth=3)["iran"][1]
    [1.5, 1.0, 0.0]
    """
    if measure not in table.columns:
        raise ValueError(f"measure {measure!r} is not a column of this table (columns: {', '.join(map(str, table.columns))})")
    lines = {}
    for term in dict.fromkeys(table[column]):
        part = table[table[column] == term]  # in the table's order: tk.term_trend puts periods in time order
        periods = [str(p) for p in part["period"]]
        x, _ = period_positions(periods)
        values = part[measure].astype(float)
        if smooth > 1:
            values = values.rolling(int(smooth), center=True, min_periods=1).mean()
        lines[term] = (x, [float(v) for v in values], periods)
    return lines


def _period_axis(ax, periods, timed: bool):
    if not timed:
        ax.set_xticks(range(len(periods)), periods, rotation=30, ha="right", fontsize=8)


def plot_term_trend(table, *, measure: str = "per_10k", smooth: int = 1, highlight: tuple[str, str] | None = None,
                    title: str | None = None, ax=None):
    """One line per term over the periods of ``tk.term_trend`` (``period, term, count, per_10k``):
    *measure* "per_10k" (relative: per 10,000 words of the period) or "count" (raw); *smooth*
    averages over that many neighbouring periods.  *highlight* ``(period, term)`` rings one point.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"period": ["1979", "1980"], "term": "iran", "count": [1, 4], "per_10k": [3.1, 11.7]})
    >>> len(plot_term_trend(t).lines)
    1
    """
    ax = _axes(ax, figsize=(8.0, 3.6))
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    if len(table) == 0:
        return _empty(ax, "no terms to show")
    lines = trend_lines(table, measure=measure, smooth=smooth)
    periods: list[str] = []
    timed = True
    for k, (term, (x, y, labels)) in enumerate(lines.items()):
        color = TREND_COLORS[k % len(TREND_COLORS)]
        ax.plot(x, y, marker="o", markersize=3.5, linewidth=1.6, color=color, label=term)
        periods = labels if len(labels) > len(periods) else periods
        timed = period_positions(labels)[1]
        if highlight is not None and highlight[1] == term and str(highlight[0]) in labels:
            i = labels.index(str(highlight[0]))
            ax.plot([x[i]], [y[i]], marker="o", markersize=11, markerfacecolor="none", markeredgecolor="black",
                    markeredgewidth=1.6, linestyle="none")
    _period_axis(ax, periods, timed)
    ax.set_ylim(bottom=0)
    label = MEASURE_LABELS.get(measure, measure)
    ax.set_ylabel(label + (f" ({smooth}-period average)" if smooth > 1 else ""), fontsize=9)
    ax.legend(loc="upper left", fontsize=8, frameon=False, ncol=min(len(lines), 4))
    ax.grid(axis="y", color="0.9", linewidth=0.8)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax


def plot_sentiment_trend(table, *, smooth: int = 1, title: str | None = None, ax=None):
    """Sentiment over time from ``tk.sentiment_trend``: the shares of negative and positive
    sentences per period as bars below and above zero, and the mean compound as a line.

    >>> import pandas as pd
    >>> t = pd.DataFrame({"period": ["1990s", "2000s"], "mean_compound": [0.1, -0.05],
    ...                   "share_positive": [.4, .3], "share_negative": [.2, .35]})
    >>> len(plot_sentiment_trend(t).lines)
    2
    """
    ax = _axes(ax, figsize=(8.0, 3.6))
    if title:
        ax.set_title(title, loc="left", fontsize=10)
    if len(table) == 0:
        return _empty(ax, "no periods to show")
    periods = [str(p) for p in table["period"]]
    x, timed = period_positions(periods)
    width = 0.8 * (min(b - a for a, b in zip(x, x[1:])) if len(x) > 1 else 1.0)
    ax.bar(x, table["share_positive"].astype(float), width=width, color=SENTIMENT_COLORS["positive"], alpha=0.45,
           label="share of positive sentences")
    ax.bar(x, -table["share_negative"].astype(float), width=width, color=SENTIMENT_COLORS["negative"], alpha=0.45,
           label="share of negative sentences (below 0)")
    mean = table["mean_compound"].astype(float)
    if smooth > 1:
        mean = mean.rolling(int(smooth), center=True, min_periods=1).mean()
    ax.plot(x, mean, color="black", marker="o", markersize=3.5, linewidth=1.6,
            label="mean compound" + (f" ({smooth}-period average)" if smooth > 1 else ""))
    ax.axhline(0, color="0.5", linewidth=0.8)
    _period_axis(ax, periods, timed)
    ax.set_ylim(-1, 1)
    ax.set_ylabel("share of sentences / mean compound", fontsize=9)
    ax.legend(loc="lower center", bbox_to_anchor=(0.5, 1.0), ncol=3, fontsize=8, frameon=False)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    return ax
