"""Who says what about whom: the entity, network, quotation and source panels.

>>> from toolkit import widgets as ui                         # doctest: +SKIP
>>> who = ui.who("../seeds/iran_israel_tensions.txt"); who    # doctest: +SKIP

``EntityExplorer`` lists the entities (``tk.entities`` with ``tk.entity_sentiment``), filtered by
type; picking one shows its mentions in context, the sentiment of the sentences naming it apart
from those it speaks, its quotations and those about it, and its neighbours in the network
(``tk.cooccurrence``), and sets the shared :class:`~toolkit.widgets.panels.Selection` to the
entity's aliases ("Joe Biden|Biden"), so the keyword, concordance and sentiment panels follow.
``NetworkView`` draws the network with ipysigma (interactive: clicking a node picks that entity)
and always keeps a PNG of ``plots.plot_network`` as the fallback.  ``QuoteBrowser`` lists the
quotations by speaker, ``SourceTable`` the sources with their hedges.  ``WhoExplorer`` shows them
as tabs beside the sentiment, concordance and keyword panels, all on one selection.
"""
from __future__ import annotations

from html import escape

import ipywidgets as W

from .. import plots
from . import data as D
from .html import STYLE, message_html, table_html
from .panels import ConcordanceExplorer, KeywordExplorer, LinkedTabs, Panel, Selection, SentimentExplorer

__all__ = ["EntityExplorer", "NetworkView", "QuoteBrowser", "SourceTable", "WhoExplorer", "sigma_available"]

ALL = "(all types)"
ANYONE = "(every speaker)"


def sigma_available() -> bool:
    """True when ipysigma (the interactive network widget) can be imported.

    >>> isinstance(sigma_available(), bool)
    True
    """
    try:
        import ipysigma  # noqa: F401
    except Exception:  # pragma: no cover - an optional view; the PNG stays
        return False
    return True


def _context_html(doc, mentions, *, width: int = 60) -> str:
    """Each mention with the characters around it, the mention in bold."""
    text = doc.text
    rows = []
    for start, end, sid in zip(mentions["start"].tolist(), mentions["end"].tolist(), mentions["sent_id"].tolist()):
        left = " ".join(text[max(0, start - width):start].split())
        right = " ".join(text[end:end + width].split())
        rows.append(f"<tr><td class='num'>{sid}</td><td style='text-align:right;color:#555'>…{escape(left)}</td>"
                    f"<td><b>{escape(text[start:end])}</b></td><td style='color:#555'>{escape(right)}…</td></tr>")
    return ("<table class='tk-table'><tr><th>sentence</th><th></th><th>mention</th><th></th></tr>"
            + "".join(rows) + "</table>")


class NetworkView:
    """The co-occurrence network of a document: ``.edges`` (``tk.cooccurrence``), a PNG of
    ``plots.plot_network`` (``.figure``, ``.ax``, ``.image``) and, when ipysigma is installed and
    ``interactive`` is true, ``.sigma``, an ipysigma widget whose clicked node calls *on_pick*.
    """

    def __init__(self, doc, *, unit: str = "sentence", nodes=None, on_pick=None, interactive: bool = True,
                 height: int = 420):
        from matplotlib.figure import Figure

        from ..analysis.collocates import cooccurrence

        self.doc = doc
        self.edges = cooccurrence(doc, unit=unit)
        self.nodes = nodes
        self.on_pick = on_pick
        self.highlight: str | None = None
        self.figure = Figure(figsize=(7.0, 5.0), dpi=100)
        self.ax = self.figure.add_subplot()
        self.image = W.Image(format="png", layout=W.Layout(max_width="100%", height="auto"))
        self.sigma = self._sigma(height) if interactive and sigma_available() and len(self.edges) else None
        self.draw()

    def _sigma(self, height: int):
        from ipysigma import Sigma

        graph = plots._graph(self.edges)
        kinds = {}
        for col, kcol in (("source", "source_type"), ("target", "target_type")):
            kinds.update(zip(self.edges[col].astype(str), self.edges[kcol].astype(str)))
        size = dict(zip(self.nodes["entity"].astype(str), self.nodes["mentions"].astype(int))) if self.nodes is not None else {}
        pos = plots.network_layout(self.edges)
        sigma = Sigma(graph, height=height, start_layout=False,
                      layout={n: {"x": x, "y": -y} for n, (x, y) in pos.items()},
                      raw_node_color={n: plots.TYPE_COLORS.get(kinds.get(n, ""), "#777777") for n in graph.nodes},
                      node_size={n: size.get(n, 1) for n in graph.nodes}, edge_size="weight",
                      show_all_labels=True)
        sigma.observe(self._on_node, names="selected_node")
        return sigma

    def _on_node(self, change):
        if change["new"] and self.on_pick is not None:
            self.on_pick(change["new"])

    def select(self, entity: str | None):
        """Mark *entity* in both views (no callback)."""
        self.highlight = entity
        if self.sigma is not None and entity in set(self.edges["source"]) | set(self.edges["target"]):
            callback, self.on_pick = self.on_pick, None
            try:
                self.sigma.selected_node = entity
            finally:
                self.on_pick = callback
        self.draw()

    def draw(self):
        import io

        self.ax.clear()
        plots.plot_network(self.edges, nodes=self.nodes, highlight=self.highlight, ax=self.ax)
        buf = io.BytesIO()
        self.figure.savefig(buf, format="png", dpi=100, facecolor="white")
        self.image.value = buf.getvalue()

    def neighbours(self, entity: str):
        """The entities named together with *entity*: ``entity, type, weight, units``, heaviest first."""
        import pandas as pd

        e = self.edges
        rows = [(b, tb, w, u) for a, b, tb, w, u in e[["source", "target", "target_type", "weight", "units"]].itertuples(index=False) if a == entity]
        rows += [(a, ta, w, u) for a, b, ta, w, u in e[["source", "target", "source_type", "weight", "units"]].itertuples(index=False) if b == entity]
        rows.sort(key=lambda r: (-r[2], r[0]))
        return pd.DataFrame(rows, columns=["entity", "type", "weight", "units"])

    @property
    def widget(self) -> W.Widget:
        if self.sigma is None:
            return self.image
        return W.Tab(children=[self.sigma, self.image], titles=["interactive", "picture (PNG)"])


class EntityExplorer(Panel):
    """The entities of a text, with a type filter; picking one shows where and how it appears.

    Controls: ``type`` (all or one entity type), ``pick`` (the entity), ``neutral`` (score
    sentences with names given no valence).  ``.data`` is the entity table shown (``tk.entities``'
    aliases joined to ``tk.entity_sentiment``); for the picked entity ``.mentions_data``
    (``tk.mentions`` rows), ``.sentences_data`` (sentences naming it or spoken by it, with their
    compound and role), ``.quotes_data`` (its quotations), ``.quotes_about_data`` (others'
    quotations naming it) and ``.neighbours`` (the network).  ``.network`` is the
    :class:`NetworkView`; clicking a node there picks that entity.
    """

    title = "Who is in this story"
    help = ("The people, organisations and places the text names (aliases merged: Biden = Joe Biden = President Biden). "
            "Pick one to see its mentions, the tone of the sentences that name it, what it says and what others say "
            "about it; the other views follow it.")
    css = "tk-people"

    def __init__(self, doc, *, selection: Selection | None = None, entity: str = "", type: str = ALL,
                 neutral_names: bool = False, interactive: bool = True):
        from ..analysis.entities import entities
        from ..analysis.targeted import entity_sentiment

        super().__init__(doc, selection=selection)
        self.entities = entities(self.doc)
        self.sentiment = entity_sentiment(self.doc)
        kinds = list(dict.fromkeys(self.entities["type"].tolist()))
        self.type = W.Dropdown(options=[ALL, *kinds], value=type if type in kinds else ALL, description="Type")
        self.neutral = W.Checkbox(value=neutral_names, description="Names carry no valence", indent=False)
        self.pick = W.Select(options=[], value=None, rows=12, layout=W.Layout(width="260px"))
        self.table = W.HTML()
        self.details = W.HTML()
        self.network = NetworkView(self.doc, nodes=self.entities, on_pick=self._on_node, interactive=interactive)
        self.mentions_data = self.sentences_data = self.quotes_data = self.quotes_about_data = self.neighbours = None
        self.html = ""
        self._watch(self.type, self.neutral)
        self.pick.observe(self._on_pick, names="value")
        self._follow(self._on_term)
        self.refresh()
        if entity:
            self.pick.value = entity

    @property
    def entity(self) -> str | None:
        """The picked entity's canonical name, or None."""
        return self.pick.value

    def term_of(self, entity: str) -> str:
        """The search term the other panels get for *entity*: its aliases joined by "|" (see
        :func:`toolkit.widgets.data.entity_terms`)."""
        return D.entity_terms(self.doc).get(entity, entity)

    def _compute(self):
        from ..analysis.targeted import entity_sentiment

        self.sentiment = entity_sentiment(self.doc, neutral_names=self.neutral.value)
        table = self.entities[["entity", "type", "aliases"]].merge(self.sentiment.drop(columns=["type"]), on="entity")
        if self.type.value != ALL:
            table = table[table["type"] == self.type.value]
        self.data = table.reset_index(drop=True)
        self.data["aliases"] = [", ".join(a) for a in self.data["aliases"]]
        keep = self.pick.value if self.pick.value in set(self.data["entity"]) else None
        with self._hold():
            self.pick.options = [(f"{e}  ({t}, {n})", e) for e, t, n in self.data[["entity", "type", "mentions"]].itertuples(index=False)]
            self.pick.value = keep
        self._details()
        self.note = None if len(self.data) else "No entity of this type in the text."

    def _details(self):
        from ..analysis.entities import mentions
        from ..analysis.quotes import quotes
        from ..analysis.targeted import entity_sentences, quotes_about

        entity = self.pick.value
        if not entity:
            self.mentions_data = self.sentences_data = self.quotes_data = self.quotes_about_data = self.neighbours = None
            return
        m = mentions(self.doc)
        self.mentions_data = m[m["entity"] == entity].reset_index(drop=True)
        self.sentences_data = entity_sentences(self.doc, entity, neutral_names=self.neutral.value)
        q = quotes(self.doc)
        self.quotes_data = q[q["speaker"] == entity].reset_index(drop=True)
        self.quotes_about_data = quotes_about(self.doc, entity)
        self.neighbours = self.network.neighbours(entity)

    def _draw(self):
        columns = ["entity", "type", "mentions", "sentences", "mean_compound", "spoken", "spoken_compound", "aliases"]
        self.table.value = STYLE + "<div class='tk-scroll' style='max-height:300px'>" + table_html(
            self.data, columns=columns, picked=self.pick.value, pick_column="entity",
            formats={"mean_compound": "+.3f", "spoken_compound": "+.3f"},
            headers={"mean_compound": "tone of sentences naming it", "spoken": "sentences it speaks",
                     "spoken_compound": "tone of its own words"}) + "</div>"
        self.details.value = self._details_html()
        self.html = self.table.value + self.details.value

    def _details_html(self) -> str:
        entity = self.pick.value
        if not entity:
            return message_html("Pick an entity in the list (or click a node of the network).")
        row = self.sentiment.set_index("entity").loc[entity]
        fmt = lambda v: "–" if v != v else f"{v:+.3f}"  # NaN when there is no such sentence
        parts = [f"<h4 style='margin:6px 0'>{escape(entity)}</h4>",
                 f"<div style='font-size:12px'>{int(row['mentions'])} mentions in {int(row['sentences'])} sentences, "
                 f"mean compound {fmt(row['mean_compound'])}; about it (not its own words): {int(row['about'])} sentences, "
                 f"{fmt(row['about_compound'])}; its own words: {int(row['spoken'])} sentences, {fmt(row['spoken_compound'])}.</div>",
                 "<b>Mentions in context</b>", _context_html(self.doc, self.mentions_data),
                 "<b>Sentences naming it or spoken by it</b>",
                 table_html(self.sentences_data, columns=["sent_id", "role", "compound", "label", "text"],
                            formats={"compound": "+.3f"}),
                 "<b>Its quotations</b>",
                 table_html(self.quotes_data, columns=["quote", "verb", "kind", "sent_id"]) if len(self.quotes_data)
                 else message_html("No quotation is attributed to it."),
                 "<b>Quotations about it</b>",
                 table_html(self.quotes_about_data, columns=["quote", "speaker", "verb", "sent_id"]) if len(self.quotes_about_data)
                 else message_html("No one else's quotation names it."),
                 "<b>Named together with</b>",
                 table_html(self.neighbours, columns=["entity", "type", "weight"], headers={"weight": "sentences"})
                 if len(self.neighbours) else message_html("It shares no sentence with another entity.")]
        return STYLE + "<div style='font-size:12px'>" + "".join(parts) + "</div>"

    # -- linking -----------------------------------------------------------------------------
    def _on_pick(self, change):
        if self._holding:
            return
        self._guard(self._details)
        self.network.select(change["new"])
        self.redraw()
        if change["new"]:
            self._share(self.term_of(change["new"]))

    def _on_node(self, name: str):
        if name in {v for _, v in self.pick.options}:
            self.pick.value = name
        elif name in set(self.entities["entity"]):  # hidden by the type filter: show every type
            with self._hold():
                self.type.value = ALL
            self.refresh()
            self.pick.value = name

    def _on_term(self, term: str):
        """Another panel picked *term*: pick the entity it names (by name or alias), if any."""
        wanted = {t.lower() for t in term.split("|") if t}
        for entity, aliases in self.entities[["entity", "aliases"]].itertuples(index=False):
            if wanted and wanted <= {a.lower() for a in (entity, *aliases)} | {self.term_of(entity).lower()}:
                if entity in {v for _, v in self.pick.options} and entity != self.pick.value:
                    with self._hold():
                        self.pick.value = entity
                    self._guard(self._details)
                    self.network.select(entity)
                    self.redraw()
                return

    def _layout(self):
        left = W.VBox([W.HBox([self.type, self.neutral]), self.pick], layout=W.Layout(width="420px"))
        return [self.status, W.HBox([left, self.network.widget], layout=W.Layout(flex_flow="row wrap")),
                self.table, self.details]


class QuoteBrowser(Panel):
    """Every quotation of the text (``tk.quotes``), filtered by speaker (``speaker``).

    ``.data`` is the table shown.  Picking an entity elsewhere selects it as the speaker when it
    speaks in the text.
    """

    title = "Quotations"
    help = "Who said what: every quotation with its speaker, the verb that reports it, and whether it is a full or partial quote."
    css = "tk-quotes"

    def __init__(self, doc, *, selection: Selection | None = None, speaker: str = ""):
        from ..analysis.quotes import quotes

        super().__init__(doc, selection=selection)
        self.quotes = quotes(self.doc)
        speakers = self.quotes["speaker"].value_counts()
        self.speaker = W.Dropdown(options=[(ANYONE, "")] + [(f"{s} ({n})", s) for s, n in speakers.items()],
                                  value=speaker if speaker in speakers else "", description="Speaker")
        self.table = W.HTML()
        self.html = ""
        self._watch(self.speaker)
        self._follow(self._on_term)
        self.refresh()

    def _compute(self):
        q = self.quotes
        self.data = (q[q["speaker"] == self.speaker.value] if self.speaker.value else q).reset_index(drop=True)
        self.note = f"{len(self.data)} of {len(q)} quotations." if len(q) else "No quotation in this text."

    def _draw(self):
        self.html = STYLE + table_html(self.data, columns=["quote", "speaker", "speaker_surface", "verb", "kind", "sent_id"],
                                       headers={"speaker_surface": "as written"})
        self.table.value = self.html

    def _on_term(self, term: str):
        names = {v for _, v in self.speaker.options if v}
        for alt in term.split("|"):
            if alt in names:
                self.speaker.value = alt
                return

    def _layout(self):
        return [self.speaker, self.status, self.table]


class SourceTable(Panel):
    """Who is cited or relied on (``tk.sources``): how often, directly or not, and the hedges
    around each source.  ``.data`` is the table."""

    title = "Sources"
    help = ("Who the text relies on: direct quotations and indirect attributions (\u201creported that\u201d, \u201caccording to\u201d, "
            "\u201cciting\u201d), and the hedges around them (reportedly, allegedly, unnamed, could ...).")
    css = "tk-sources"

    def __init__(self, doc, *, selection: Selection | None = None):
        super().__init__(doc, selection=selection)
        self.table = W.HTML()
        self.html = ""
        self.refresh()

    def _compute(self):
        from ..analysis.quotes import sources

        self.data = sources(self.doc)
        self.note = None if len(self.data) else "No source is cited in this text."

    def _draw(self):
        self.html = STYLE + table_html(self.data, columns=[c for c in self.data.columns if c != "first"])
        self.table.value = self.html

    def _layout(self):
        return [self.status, self.table]


class WhoExplorer(LinkedTabs):
    """Entities, quotations and sources beside the sentiment, concordance and keyword panels, all on
    one :class:`Selection`: picking an entity moves every tab to it (aliases included).  The
    sentiment, concordance and keyword panels are made when first shown or used (see
    :class:`~toolkit.widgets.panels.LinkedTabs`).

    >>> who = WhoExplorer("Joe Biden met Kamala Harris. Biden spoke.")  # doctest: +SKIP
    >>> who.people.pick.value = "Joe Biden"; who.concordance.term.value  # doctest: +SKIP
    'Joe Biden|Biden'
    """

    css_classes = ("tk-explorer", "tk-who")
    _kinds = {"people": EntityExplorer, "quotes": QuoteBrowser, "sources": SourceTable,
              "sentiment": SentimentExplorer, "concordance": ConcordanceExplorer, "keywords": KeywordExplorer}

    def __init__(self, doc, *, selection: Selection | None = None, interactive: bool = True):
        super().__init__(doc, selection=selection)
        self.people = self._add("people", EntityExplorer(self.doc, selection=self.selection, interactive=interactive))
        self.quotes = self._add("quotes", QuoteBrowser(self.doc, selection=self.selection))
        self.sources = self._add("sources", SourceTable(self.doc, selection=self.selection))

    sentiment = property(lambda self: self._panel("sentiment"), doc="The Sentiment panel (drawn when opened).")
    concordance = property(lambda self: self._panel("concordance"), doc="The Concordance panel.")
    keywords = property(lambda self: self._panel("keywords"), doc="The Keywords panel.")

    def __repr__(self):
        return f"WhoExplorer({self.doc.name!r})"
