"""The corpus explorer: many documents, grouped by folder or file-name prefix, in four linked views.

>>> from toolkit import widgets as ui                 # doctest: +SKIP
>>> ex = ui.corpus("../seeds")                        # doctest: +SKIP
>>> ex.group.value = "business"; ex.documents.data    # doctest: +SKIP

* ``ex.documents``: the per-document table (``tk.document_table``) of the picked group, and how
  that group's sentences score;
* ``ex.terms``: which documents mention a term and how often (``tk.term_mentions``,
  ``tk.term_by_group``), as a bar chart;
* ``ex.sentiment``: sentence sentiment by group (``tk.sentiment_by_group``);
* ``ex.keyness``: the words group A uses more (or less) than group B (``tk.group_keyness``).

The group picker ``ex.group`` is one control shown in the first three views; picking a group
also makes it group A of the keyness view.  Each view is a :class:`~toolkit.widgets.panels.Panel`:
set a control's ``value`` and read ``.data``, ``.figure`` / ``.ax`` and ``.html`` straight
away, without a browser.  A failure becomes a one-line message in that view only.

``toolkit.widgets.corpus`` (the attribute) is the one-line function ``ui.corpus``; import
names from this module with ``from toolkit.widgets.corpus import ALL, CorpusExplorer``.
"""
from __future__ import annotations

import os
from pathlib import Path

import ipywidgets as W

from .. import plots
from ..corpus.load import Corpus, load_corpus
from .html import STYLE, facts_html, message_html, table_html
from .panels import Panel, Selection, Tabs, closed_tab

__all__ = ["ALL", "REST", "CorpusExplorer", "CorpusDocuments", "CorpusTerms", "CorpusSentiment", "CorpusKeyness",
           "as_corpus", "group_picker"]

ALL = ""  # the group picker's value for "(all)": group names are never empty
REST = ""  # group B's value for "the rest of the corpus"
SKIP_SUGGESTIONS = ("said", "mr", "mrs", "ms")  # left out of the term box's suggestions (still searchable)


def as_corpus(source, *, group: str = "folder") -> Corpus:
    """A :class:`~toolkit.corpus.load.Corpus` as is; a folder, a CSV/JSONL file or a list of texts
    loaded with :func:`toolkit.load_corpus` (*group*: "folder", "prefix", or a metadata column or
    period such as "president" or "decade", which regroups a Corpus too)."""
    if isinstance(source, Corpus):
        return source if group in ("folder", "prefix") else source.regroup(group)
    if isinstance(source, (str, os.PathLike, list, tuple)):
        return load_corpus(source, group=group)
    raise TypeError(f"give a Corpus, a folder, a .csv/.jsonl file or a list of texts, not {type(source).__name__}")


def corpus_name(corpus: Corpus) -> str:
    source = corpus.source or "<corpus>"
    if source.startswith("<") or "," in source:
        return source
    return Path(source).name or source


def group_picker(corpus: Corpus, value: str = ALL) -> W.Dropdown:
    """A dropdown of the corpus groups (with their number of documents), "(all)" first."""
    sizes: dict[str, int] = {}
    for doc in corpus:
        sizes[doc.meta["group"]] = sizes.get(doc.meta["group"], 0) + 1
    # texts loaded from a list (or table rows without a group) are in a group called "(all)":
    # alone it is the same as "(all)"; beside real groups it is the texts without a group
    named = {g: "(no group)" if g == "(all)" else g for g in sizes if g != ALL and not (g == "(all)" and len(sizes) == 1)}
    options = [(f"(all) ({len(corpus)})", ALL)] + [(f"{label} ({sizes[g]})", g) for g, label in named.items()]
    if value not in named:
        value = ALL
    return W.Dropdown(options=options, value=value, description="Group")


def _plural(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


class CorpusView(Panel):
    """Base class of the corpus views: a corpus instead of a document, and a shared group picker."""

    css = "tk-corpus"
    max_rows = 300  # table rows rendered as HTML (``.data`` always holds them all)

    def __init__(self, corpus, *, group: W.Dropdown | None = None, selection: Selection | None = None,
                 group_by: str = "folder"):
        self.corpus = as_corpus(corpus, group=group_by)
        self.doc = None
        self._setup(selection)
        self.group = group if group is not None else group_picker(self.corpus)
        self.html = ""

    @property
    def name(self) -> str:
        return f"{corpus_name(self.corpus)} ({_plural(len(self.corpus), 'document')}, {_plural(len(self.corpus.groups), 'group')})"

    @property
    def picked(self) -> str | None:
        """The picked group, or None for "(all)"."""
        return self.group.value or None

    def _rows_html(self, table, **kwargs) -> str:
        shown = table.head(self.max_rows)
        if "title" in shown.columns:  # texts without a headline have no title: show a blank, not "None"
            shown = shown.assign(title=shown["title"].fillna(""))
        html = table_html(shown, **kwargs)
        if len(table) > self.max_rows:
            html += message_html(f"Showing the first {self.max_rows} of {len(table):,} rows; `.data` has them all.")
        return html


# ---------------------------------------------------------------------------------------------
class CorpusDocuments(CorpusView):
    """The per-document table of the picked group (``tk.document_table``) and a histogram of
    that group's sentence scores.

    Controls: ``group`` (shared) and ``sort``.  ``.data`` is the filtered, sorted table;
    ``.sentences`` the group's sentence scores (``tk.sentence_table``).
    """

    title = "Documents"
    help = ("One row per text: its size, the mean VADER compound of its sentences, the shares of positive and "
            "negative sentences and its most frequent words. Pick a group to list only its texts.")
    SORTS = {"file order": None, "most negative first": ("mean_compound", True),
             "most positive first": ("mean_compound", False), "longest first": ("words", False)}

    def __init__(self, corpus, *, group=None, selection=None, group_by: str = "folder", sort: str = "file order"):
        super().__init__(corpus, group=group, selection=selection, group_by=group_by)
        self.sort = W.Dropdown(options=list(self.SORTS), value=sort, description="Sort")
        self.facts = W.HTML()
        self.chart = self._image()
        self.table = W.HTML()
        self.figure, self.ax = self._new_figure(5.0, 2.6)
        self.full = None
        self.sentences = None
        self._watch(self.group, self.sort)
        self.refresh()

    def _compute(self):
        from ..corpus.stats import document_table, sentence_table

        if self.full is None:
            self.full = document_table(self.corpus)
            self._all_sentences = sentence_table(self.corpus)
        group = self.picked
        table = self.full if group is None else self.full[self.full["group"] == group]
        how = self.SORTS[self.sort.value]
        if how is not None:
            column, ascending = how
            table = table.sort_values(column, ascending=ascending, kind="mergesort")
        self.data = table.reset_index(drop=True)
        sents = self._all_sentences
        self.sentences = (sents if group is None else sents[sents["group"] == group]).reset_index(drop=True)
        notes = []
        if not len(self.corpus):
            notes.append("No document was loaded.")
        if len(self.corpus.problems):
            first = self.corpus.problems.iloc[0]
            notes.append(f"{_plural(len(self.corpus.problems), 'file')} could not be read "
                         f"(first: {Path(str(first['path'])).name}: {first['problem']}); see corpus.problems.")
        if len(self.corpus.duplicates):
            notes.append(f"{_plural(len(self.corpus.duplicates), 'exact duplicate')} left out; see corpus.duplicates.")
        self.note = " ".join(notes) or None

    def _draw(self):
        part = self.data
        words = int(part["words"].sum()) if len(part) else 0
        mean = part["mean_compound"].mean() if len(part) else float("nan")
        self.facts.value = STYLE + facts_html([
            ("documents", f"{len(part):,}"), ("groups", len(set(part["group"]))), ("words", f"{words:,}"),
            ("sentences", f"{int(part['sentences'].sum()) if len(part) else 0:,}"),
            ("mean document compound", "–" if mean != mean else f"{mean:+.3f}"),
        ])
        self._figure()
        self.html = self._rows_html(
            part, columns=["id", "group", "title", "words", "sentences", "mean_compound", "share_positive",
                           "share_negative", "label", "top_keywords"],
            formats={"mean_compound": "+.3f", "share_positive": ".0%", "share_negative": ".0%"},
            headers={"mean_compound": "mean compound", "share_positive": "positive", "share_negative": "negative",
                     "top_keywords": "top words"}, pick_column="id")
        self.table.value = self.html

    def _plot(self):
        self.ax.clear()
        where = self.picked or "all groups"
        plots.plot_sentiment_histogram(self.sentences, title=f"sentence scores: {where}", ax=self.ax)
        self._place(self.ax, left=0.65, top=0.35, bottom=0.5)

    def _layout(self):
        return [W.HBox([self.group, self.sort], layout=W.Layout(flex_flow="row wrap")), self.status, self.facts,
                self.chart, self.table]


# ---------------------------------------------------------------------------------------------
class CorpusTerms(CorpusView):
    """Which documents mention a term, and how often, in the picked group.

    Controls: ``group`` (shared), ``term`` (a box suggesting the corpus's frequent words; linked
    to other panels through the shared selection) and ``measure`` ("count" or "per_10k").
    ``.data`` is ``tk.term_mentions`` for the group; ``.by_group`` is ``tk.term_by_group``
    (every group, whatever is picked).
    """

    title = "Terms"
    help = ("Type a word, a phrase or a prefix such as <i>escalat*</i> (then Enter), or pick a frequent word: the "
            "chart and the table list the texts that use it, most mentions first; the small table compares groups.")
    top = 30  # documents in the chart

    def __init__(self, corpus, *, group=None, selection=None, group_by: str = "folder", term: str = "",
                 measure: str = "count"):
        from ..corpus.stats import corpus_keywords

        super().__init__(corpus, group=group, selection=selection, group_by=group_by)
        # "said" and courtesy titles top every news corpus and tell nothing: suggest the next words
        frequent = (corpus_keywords(self.corpus, top=60, exclude=SKIP_SUGGESTIONS)["term"].tolist()
                    if len(self.corpus) else [])
        first = term or self.selection.term or (frequent[0] if frequent else "")
        self.term = W.Combobox(value=first, options=frequent, description="Term", ensure_option=False,
                               placeholder="a word, a phrase or escalat* (then Enter)", continuous_update=False)
        self.measure = W.ToggleButtons(options=[("count", "count"), ("per 10,000 words", "per_10k")], value=measure,
                                       description="Show", style={"button_width": "140px"})
        self.chart = self._image()
        self.summary = W.HTML()
        self.table = W.HTML()
        self.figure, self.ax = self._new_figure(6.0, 3.0)
        self.by_group = None
        self._watch(self.group, self.measure)
        self.term.observe(self._on_term_box, names="value")
        self._follow(self._on_term)
        self.refresh()

    @property
    def current(self) -> str:
        return " ".join(self.term.value.split())

    def _compute(self):
        import pandas as pd

        from ..corpus.stats import term_by_group, term_mentions

        term, group = self.current, self.picked
        if not term:
            self.data = pd.DataFrame(columns=["id", "group", "title", "count", "per_10k"])
            self.by_group = pd.DataFrame(columns=["group", "documents", "mentioning", "doc_share", "count", "per_10k"])
            self.note = "Type a term (then Enter) or pick one from the suggestions."
            return
        mentions = term_mentions(self.corpus, term)
        by_group = term_by_group(self.corpus, term)
        self.data = (mentions if group is None else mentions[mentions["group"] == group]).reset_index(drop=True)
        self.by_group = by_group
        where = f"the {_plural(len(self.corpus), 'document')}" if group is None else f"group “{group}”"
        n_docs = len(self.corpus) if group is None else int(by_group.loc[by_group["group"] == group, "documents"].sum())
        if not len(self.data):
            self.note = f"“{term}” does not occur in {where}."
        else:
            self.note = (f"“{term}” occurs {_plural(int(self.data['count'].sum()), 'time')} in "
                         f"{len(self.data):,} of {_plural(n_docs, 'document')}"
                         f"{'' if group is None else f' of group “{group}”'}.")

    def _plot(self):
        rows = self.data.head(self.top)
        self.figure.set_size_inches(6.0, max(1.8, 0.22 * len(rows) + 0.9))
        self.ax.clear()
        title = None if len(self.data) <= self.top else f"the {self.top} documents with most mentions"
        plots.plot_term_mentions(self.data, measure=self.measure.value, top=self.top, groups=self.corpus.groups,
                                 title=title, ax=self.ax)
        self._place(self.ax, left=self._label_width(rows["id"], 9 if len(rows) <= 25 else 7),
                    top=0.35 if title else 0.15)

    def _draw(self):
        self._figure()
        self.summary.value = STYLE + table_html(
            self.by_group, picked=self.picked, pick_column="group",
            formats={"doc_share": ".0%", "per_10k": ".1f"},
            headers={"documents": "texts", "mentioning": "using it", "doc_share": "share", "per_10k": "per 10k"})
        self.html = self._rows_html(self.data, columns=["id", "group", "title", "count", "per_10k"],
                                    formats={"per_10k": ".1f"}, headers={"per_10k": "per 10k words"})
        self.table.value = self.html

    def _on_term_box(self, change):
        if self._holding:
            return
        self.refresh()
        if self.current:
            self._share(self.current)

    def _layout(self):
        controls = W.VBox([W.HBox([self.group, self.term], layout=W.Layout(flex_flow="row wrap")), self.measure])
        return [controls, self.status, W.HBox([self.chart, W.VBox([self.summary], layout=W.Layout(width="420px"))],
                                              layout=W.Layout(flex_flow="row wrap", align_items="flex-start")),
                self.table]


# ---------------------------------------------------------------------------------------------
class CorpusSentiment(CorpusView):
    """Sentence sentiment by group (``tk.sentiment_by_group``): the shares of negative, neutral
    and positive sentences and the mean compound of each group; the picked group is outlined.

    Controls: ``threshold`` and ``group`` (shared, highlights).  ``.data`` is the table.
    """

    title = "Sentiment by group"
    help = ("For each group, the shares of its sentences that VADER scores negative, neutral and positive, and the "
            "mean compound (right). It measures the tone of the words, not who is right; compare groups, not "
            "absolute values.")

    def __init__(self, corpus, *, group=None, selection=None, group_by: str = "folder", threshold: float = 0.05):
        super().__init__(corpus, group=group, selection=selection, group_by=group_by)
        self.threshold = W.FloatSlider(value=threshold, min=0.01, max=0.9, step=0.01, readout_format=".2f",
                                       description="Threshold ±", continuous_update=False)
        self.chart = self._image()
        self.table = W.HTML()
        self.figure, self.ax = self._new_figure(6.0, 2.5)
        self._watch(self.threshold)
        self.group.observe(lambda change: None if self._holding else self.redraw(), names="value")
        self.refresh()

    def _compute(self):
        from ..corpus.stats import sentiment_by_group

        self.data = sentiment_by_group(self.corpus, threshold=self.threshold.value)
        self.note = ("One group only: load a folder with sub-folders (group=\"folder\") or files named like "
                     "sport_001.txt (group=\"prefix\") to compare groups." if len(self.data) == 1 else
                     "No document was loaded." if not len(self.data) else None)

    def _plot(self):
        groups = [str(g) for g in self.data["group"]]
        self.figure.set_size_inches(6.0, max(1.6, 0.4 * len(groups) + 1.1))
        self.ax.clear()
        plots.plot_group_sentiment(self.data, highlight=self.picked, ax=self.ax)
        self._place(self.ax, left=self._label_width(groups), top=0.45, right=0.6)

    def _draw(self):
        self._figure()
        self.html = self._rows_html(
            self.data, picked=self.picked, pick_column="group",
            formats={"mean_compound": "+.3f", "median_compound": "+.3f", "share_positive": ".0%",
                     "share_negative": ".0%", "share_neutral": ".0%"},
            headers={"mean_compound": "mean compound", "median_compound": "median", "share_positive": "positive",
                     "share_negative": "negative", "share_neutral": "neutral"})
        self.table.value = self.html

    def _layout(self):
        return [W.HBox([self.group, self.threshold], layout=W.Layout(flex_flow="row wrap")), self.status,
                self.chart, self.table]


# ---------------------------------------------------------------------------------------------
class CorpusKeyness(CorpusView):
    """The words group A uses more (or less) than group B: ``tk.group_keyness`` (Dunning's G²
    with Hardie's log ratio), as signed bars.

    Controls: ``a``, ``b`` (a group, or "(rest of corpus)"), ``direction`` ("over": more in A,
    "under": more in B, "both"), ``top`` and ``min_count`` (fewest uses in A for a word "more in A").
    ``.data`` is the keyness table.  A corpus with one group says so instead.
    """

    title = "Keyness between groups"
    help = ("Which words does group A use far more often than group B? Bars to the right: more in A; to the "
            "left: more in B. G² says how sure (above 3.84 ≈ p &lt; 0.05), the log ratio how big (+1 = twice as "
            "often). Stop words are left out.")

    def __init__(self, corpus, *, group=None, selection=None, group_by: str = "folder", a: str | None = None,
                 b: str | None = None, direction: str = "over", top: int = 20, min_count: int = 2):
        super().__init__(corpus, group=group, selection=selection, group_by=group_by)
        groups = self.corpus.groups
        a = a if a in groups else (groups[0] if groups else None)
        if b not in groups:
            b = REST if len(groups) != 2 else next(g for g in groups if g != a)
        self.a = W.Dropdown(options=groups, value=a, description="Group A")
        self.b = W.Dropdown(options=[("(rest of corpus)", REST)] + [(g, g) for g in groups], value=b,
                            description="Group B")
        self.direction = W.ToggleButtons(options=[("more in A", "over"), ("more in B", "under"), ("both", "both")],
                                         value=direction, description="Words", style={"button_width": "100px"})
        self.measure = W.ToggleButtons(options=[("G² (how sure)", "g2"), ("log ratio (how big)", "log_ratio")],
                                       value="g2", description="Bars", style={"button_width": "150px"})
        self.top = W.IntSlider(value=top, min=5, max=60, description="Top N", continuous_update=False)
        self.min_count = W.IntSlider(value=min_count, min=1, max=20, description="Min count", continuous_update=False)
        self.chart = self._image()
        self.table = W.HTML()
        self.figure, self.ax = self._new_figure(6.0, 4.0)
        self._watch(self.a, self.b, self.direction, self.top, self.min_count)
        self.measure.observe(lambda change: None if self._holding else self.redraw(), names="value")
        self.refresh()

    @property
    def labels(self) -> tuple[str, str]:
        return (str(self.a.value), self.b.value or "the rest")

    def _empty_table(self):
        import pandas as pd

        return pd.DataFrame(columns=["rank", "term", "count", "per_10k", "ref_per_10k", "g2", "p_value",
                                     "log_ratio", "direction"])

    def _compute(self):
        from ..corpus.stats import group_keyness

        groups = self.corpus.groups
        a, b = self.a.value, self.b.value
        if len(groups) < 2:
            self.data = self._empty_table()
            only = f" (“{groups[0]}”)" if groups else ""
            self.note = (f"Keyness needs at least two groups; this corpus has {len(groups)}{only}. Load a folder with "
                         "sub-folders (group=\"folder\") or files named like sport_001.txt (group=\"prefix\").")
            return
        if a == b:
            self.data = self._empty_table()
            self.note = "Pick two different groups (or “(rest of corpus)” as group B)."
            return
        self.data = group_keyness(self.corpus, a, reference=b or None, top=self.top.value,
                                  direction=self.direction.value, min_count=self.min_count.value)
        why = self.data.attrs.get("note")
        hint = "; lower the minimum count." if self.min_count.value > 1 else "."
        self.note = None if len(self.data) else (f"No word to show: {why}{hint}" if why else "No word passes these filters: lower the minimum count.")

    def _plot(self):
        rows = self.data
        self.figure.set_size_inches(6.0, max(2.0, 0.22 * len(rows) + 1.0))
        self.ax.clear()
        a, b = self.labels
        if len(self.corpus.groups) < 2 or self.a.value == self.b.value:
            plots._empty(self.ax, "needs at least two groups" if len(self.corpus.groups) < 2 else "pick two groups")
        else:
            plots.plot_keyness(rows, measure=self.measure.value, labels=(a, b), ax=self.ax)
        self._place(self.ax, left=self._label_width(rows["term"]) if len(rows) else 0.3, top=0.15)

    def _draw(self):
        rows = self.data
        self._figure()
        a, b = self.labels
        shown = rows.assign(direction=rows["direction"].map({"over": a, "under": b}))  # name the group, not over/under
        self.html = self._rows_html(
            shown, columns=["rank", "term", "count", "per_10k", "ref_per_10k", "g2", "log_ratio", "direction"],
            formats={"per_10k": ".1f", "ref_per_10k": ".1f", "g2": ".1f", "log_ratio": "+.2f"},
            headers={"count": f"count in {a}", "per_10k": f"per 10k in {a}", "ref_per_10k": f"per 10k in {b}",
                     "g2": "G²", "log_ratio": "log ratio", "direction": "more in"})
        self.table.value = self.html

    def _layout(self):
        return [W.HBox([self.a, self.b], layout=W.Layout(flex_flow="row wrap")),
                W.HBox([self.direction]), W.HBox([self.measure]),
                W.HBox([self.top, self.min_count], layout=W.Layout(flex_flow="row wrap")), self.status,
                W.HBox([self.chart, self.table], layout=W.Layout(flex_flow="row wrap", align_items="flex-start"))]


# ---------------------------------------------------------------------------------------------
class CorpusExplorer(Tabs):
    """The four corpus views as tabs, sharing one group picker (``.group``) and one term selection.

    >>> ex = CorpusExplorer(["Good news from Paris.", "Bad news from Rome."])  # doctest: +SKIP
    >>> ex.terms.term.value = "news"; ex.terms.data["count"].tolist()           # doctest: +SKIP
    [1, 1]

    ``.data`` is the documents view's table (the picked group's documents).  Picking a group
    other than "(all)" also makes it group A of the keyness view.
    """

    def __init__(self, corpus, *, group_by: str = "folder", group: str = ALL, term: str = "",
                 selection: Selection | None = None):
        self.corpus = as_corpus(corpus, group=group_by)
        self.selection = selection if selection is not None else Selection()
        self.group = group_picker(self.corpus, group)
        shared = {"group": self.group, "selection": self.selection}
        self.documents = CorpusDocuments(self.corpus, **shared)  # the open tab; the others draw when opened
        self.terms = closed_tab(CorpusTerms, self.corpus, term=term, **shared)
        self.sentiment = closed_tab(CorpusSentiment, self.corpus, **shared)
        self.keyness = closed_tab(CorpusKeyness, self.corpus, a=group or None, **shared)
        self.group.observe(self._on_group, names="value")

    def _on_group(self, change):
        group = change["new"]
        if group and group in self.keyness.a.options and group != self.keyness.a.value:
            if self.keyness.b.value == group:
                with self.keyness._hold():
                    self.keyness.b.value = REST
            self.keyness.a.value = group

    @property
    def panels(self) -> list[Panel]:
        return [self.documents, self.terms, self.sentiment, self.keyness]

    @property
    def data(self):
        return self.documents.data

    css_classes = ("tk-explorer", "tk-corpus-explorer")

    def __repr__(self):
        return f"CorpusExplorer({corpus_name(self.corpus)!r}, {len(self.corpus)} documents, groups={self.corpus.groups!r})"
