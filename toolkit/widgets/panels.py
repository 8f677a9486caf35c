"""The explorer panels: controls wired to the package's functions and to ``toolkit.plots``.

Each panel is a small class that holds its controls as attributes, the current table as
``.data``, its matplotlib ``.figure`` / ``.ax`` and the rendered ``.html``; ``.widget`` is the
ipywidgets layout (a notebook shows the panel itself).  Setting a control's ``value`` updates
everything synchronously, so tests read the new data straight away, without a browser or a
kernel.  Figures are plain ``matplotlib.figure.Figure`` objects sent to an ``ipywidgets.Image``
as PNG: they render the same in JupyterLab and Voilà and need no matplotlib widget backend.

Redrawing is kept cheap: each panel keeps one figure with its own Agg canvas and reuses its tick
objects; picking a keyword recolours bars and a new threshold or filter restyles the sentiment arc
in place; in tabs, a panel whose tab is not open updates its data and tables at once and draws
its figure when its tab is opened (or its ``.figure`` is read): from the start, so a new explorer
draws one figure, not one per tab.  An :class:`Explorer` goes further and makes a panel only when
it is first shown or used, so its first render computes the open tab alone.
"""
from __future__ import annotations

import io
import json
import logging
import re
import time
from collections import deque
from contextlib import contextmanager
from html import escape
from pathlib import Path

import ipywidgets as W
import traitlets

from .. import plots
from ..text.document import Document, as_document, load
from . import data as D
from .html import STYLE, facts_html, kwic_html, message_html, table_html, valence_html

__all__ = ["Selection", "Panel", "KeywordExplorer", "SentimentExplorer", "ConcordanceExplorer", "Overview", "Explorer",
           "LinkedTabs", "export_view"]

log = logging.getLogger(__name__)
DPI = 100


class Selection(traitlets.HasTraits):
    """The term the linked panels follow: picking a keyword, typing a concordance term or a
    sentiment filter sets ``term``; every panel sharing this object follows it.

    >>> s = Selection(); s.term = "iran"; s.term
    'iran'
    """

    term = traitlets.Unicode("")


def _document(doc) -> Document:
    if isinstance(doc, Document):
        return doc
    if isinstance(doc, str):
        return load(doc)  # a path when it names a file (clear error for a missing .txt), else the text itself
    return as_document(doc)


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text if len(text) <= 200 else text[:197] + "…"


class Panel:
    """Base class: the status line, the error guard, figure rendering and linking."""

    title = ""
    help = ""
    css = "tk-panel"

    def __init__(self, doc, *, selection: Selection | None = None):
        self.doc = _document(doc)
        self._setup(selection)

    def _setup(self, selection: Selection | None):
        """The state every panel has, whatever it shows (a document, a corpus ...)."""
        self.selection = selection if selection is not None else Selection()
        self.data = None
        self.error: str | None = None
        self.note: str | None = None
        self.timings: deque = deque(maxlen=500)  # (seconds to new data, seconds to redraw) per update
        self.status = W.HTML()
        self._holding = False
        self._widget = None
        self.export_button = W.Button(description="Export", icon="download", tooltip=(
            "Save this view's table (CSV), figure (PNG and SVG) and settings (JSON) into exports/ beside the notebook"),
            layout=W.Layout(width="auto"))
        self.export_status = W.HTML()
        self.export_button.on_click(lambda _: self._export_clicked())

    # -- wiring ------------------------------------------------------------------------------
    def _watch(self, *controls):
        for control in controls:
            control.observe(self._on_control, names="value")

    def _on_control(self, change):
        if not self._holding:
            self.refresh()

    @contextmanager
    def _hold(self):
        """Change controls from code without triggering a refresh."""
        before, self._holding = self._holding, True
        try:
            yield
        finally:
            self._holding = before

    def _follow(self, callback):
        """Call *callback(term)* when another panel changes the shared term."""
        def on_term(change):
            if not self._holding:
                try:
                    callback(change["new"])
                except Exception as exc:  # the callbacks refresh through _guard; this is a safety net
                    self._fail(exc)

        self.selection.observe(on_term, names="term")
        self._followers = [*getattr(self, "_followers", ()), on_term]

    def _relink(self, selection: Selection):
        """Follow (and share with) *selection* from now on instead of the current one."""
        for on_term in getattr(self, "_followers", ()):
            self.selection.unobserve(on_term, names="term")
            selection.observe(on_term, names="term")
        self.selection = selection

    def _catch_up_term(self, term: str):
        """Do what this panel does when another panel shares *term* (see :class:`Explorer`)."""
        for on_term in getattr(self, "_followers", ()):
            on_term({"new": term})

    def _share(self, term: str):
        """Tell the linked panels (not this one) about a new term."""
        with self._hold():
            self.selection.term = term

    def _on_term(self, term: str):
        """Another panel picked *term*: put it in this panel's term box (``self.term``) and refresh."""
        if term and term != self.term.value:
            with self._hold():
                self.term.value = term
            self.refresh()

    # -- updating ----------------------------------------------------------------------------
    def refresh(self):
        """Recompute ``.data`` from the controls and redraw; an error becomes a short message."""
        t0 = time.perf_counter()
        if self._guard(self._compute):
            t1 = time.perf_counter()
            if self._guard(self._draw):
                self.timings.append((t1 - t0, time.perf_counter() - t1))
        return self

    # A panel in a tab that is not open keeps its data and tables current but neither plots nor
    # renders its figure: ``Tabs`` calls ``_reveal`` when its tab is opened, and reading ``.figure``
    # or ``.ax`` plots it at once (so code, exports and tests always see the current figure).
    _shown = True  # on screen: a panel on its own, or the open tab of an explorer
    _stale = False  # the PNG in ``.chart`` is behind the data: rendered when the panel is shown
    _unplotted = False  # ``.figure`` / ``.ax`` are behind the data: plotted when shown or read

    @property
    def figure(self):
        """The panel's matplotlib figure, plotted from the current data."""
        self._catch_up()
        return self._fig

    @figure.setter
    def figure(self, fig):
        self._fig = fig

    @property
    def ax(self):
        """The figure's (main) axes, plotted from the current data."""
        self._catch_up()
        return self._ax

    @ax.setter
    def ax(self, ax):
        self._ax = ax

    def _catch_up(self):
        """Plot a figure that waits for its tab, now that it is read (no PNG: that waits for the tab)."""
        if self._unplotted:
            self._unplotted = False  # first: _plot reads self.ax
            try:
                self._plot()
            except Exception as exc:  # as refresh() would have shown it (a message already shown stays)
                if self.error is None:
                    self._fail(exc)

    def _figure(self):
        """Redraw the figure (``_plot`` then the PNG) now, or when the panel is next shown or read."""
        if not self._shown:
            self._stale = self._unplotted = True
            return
        self._stale = self._unplotted = False
        self._plot()
        self._show(self._fig)

    def _plot(self):  # pragma: no cover - abstract
        raise NotImplementedError

    _on_own = False  # shown on its own (``.widget``), not only as a tab: always on screen

    def _reveal(self, shown: bool = True):
        self._shown = shown or self._on_own
        if self._shown and self._stale:
            try:
                self._render()
            except Exception as exc:  # shown in the panel; a message from the last update stays
                self._fail(exc)

    def _render(self):
        """Plot (unless already plotted since the data changed) and render the pending figure."""
        self._stale = False
        self._catch_up()
        self._show(self._fig)

    def redraw(self):
        self._guard(self._draw)
        return self

    def _guard(self, fn) -> bool:
        try:
            fn()
        except Exception as exc:  # shown in the panel, never as a traceback
            self._fail(exc)
            return False
        self.error = None
        self.status.value = message_html(self.note, "info")
        return True

    def _fail(self, exc: Exception):
        log.debug("panel update failed", exc_info=True)
        self.error = _short(exc)
        self.status.value = message_html(self.error, "error")

    def _compute(self):  # pragma: no cover - abstract
        raise NotImplementedError

    def _draw(self):  # pragma: no cover - abstract
        raise NotImplementedError

    # -- figures -----------------------------------------------------------------------------
    @staticmethod
    def _new_figure(width: float, height: float):
        """A figure with one axes, outside pyplot (nothing is shown by itself in a notebook)."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg
        from matplotlib.figure import Figure

        fig = Figure(figsize=(width, height), dpi=DPI, facecolor="white")
        FigureCanvasAgg(fig)  # one canvas (and its renderer) for the panel's life, not one per savefig
        return fig, fig.add_subplot()

    @staticmethod
    def _clear(ax):
        """``ax.clear()`` that keeps the axes' tick objects: creating them is a large part of a
        redraw, and the panel's plot function sets their labels and properties again."""
        axes = (ax.xaxis, ax.yaxis)
        for axis in axes:  # Axis.clear() ends with reset_ticks(), which drops the ticks and makes a new one
            axis.reset_ticks = _keep_ticks
        try:
            ax.clear()
        finally:
            for axis in axes:
                del axis.reset_ticks
                axis.set_clip_path(ax.patch)

    @staticmethod
    def _place(ax, *, left: float = 0.6, right: float = 0.2, top: float = 0.3, bottom: float = 0.5, x0: float = 0.0, x1: float = 1.0):
        """Fixed margins in inches (cheaper than a layout engine, which costs a second draw)."""
        w, h = ax.figure.get_size_inches()
        a, b = x0 + left / w, bottom / h
        ax.set_position([a, b, max(x1 - right / w - a, 0.05), max(1 - top / h - b, 0.05)])

    @staticmethod
    def _label_width(labels, fontsize: int = 9) -> float:
        """Inches for a column of tick labels (about 0.6 em per character)."""
        longest = max((len(str(t)) for t in labels), default=4)
        return min(0.25 + longest * fontsize * 0.6 / 72, 3.2)

    @staticmethod
    def _image() -> W.Image:
        # keep the PNG's aspect ratio whatever width the page gives it
        return W.Image(format="png", layout=W.Layout(flex="0 0 auto", max_width="100%", height="auto",
                                                     object_fit="contain"))

    def _show(self, fig):
        """Send *fig* to ``self.chart`` at its natural size (in pixels)."""
        self.chart.value = self._png(fig)
        self.chart.width = str(int(round(fig.get_figwidth() * DPI)))

    @staticmethod
    def _png(fig) -> bytes:
        """The figure as PNG at ``DPI``: drawn on its own Agg canvas and encoded with fast
        compression (the same pixels as ``savefig``, a larger file sent to the browser)."""
        from matplotlib.backends.backend_agg import FigureCanvasAgg

        canvas = fig.canvas if isinstance(fig.canvas, FigureCanvasAgg) else FigureCanvasAgg(fig)
        if fig.dpi != DPI:
            fig.set_dpi(DPI)
        buf = io.BytesIO()
        canvas.print_png(buf, pil_kwargs={"compress_level": 1})
        return buf.getvalue()

    # -- display -----------------------------------------------------------------------------
    @property
    def widget(self) -> W.Widget:
        """The panel's ipywidgets layout, to show on its own (a notebook cell showing the panel
        shows this): from then on the panel is on screen and draws its figure at each change,
        even if it is also a tab of an explorer that is not open."""
        self._on_own = True
        self._reveal(True)
        return self._box()

    def _box(self) -> W.Widget:
        """The layout, built once (an explorer's tabs hold it without showing the panel)."""
        if self._widget is None:
            header = W.HTML(
                f"{STYLE}<div style='margin:2px 0'><b style='font-size:14px'>{self.title}</b>"
                f" <span style='color:#666'>· {_escape(self.name)}</span><br>"
                f"<span style='color:#555;font-size:12px'>{self.help}</span></div>"
            )
            export = W.HBox([self.export_button, self.export_status], layout=W.Layout(align_items="center"))
            export.add_class("tk-export")
            self._widget = W.VBox([header, export, *self._layout()], layout=W.Layout(width="100%"))
            self._widget.add_class("tk-panel")
            self._widget.add_class(self.css)
        return self._widget

    def _layout(self) -> list:  # pragma: no cover - abstract
        raise NotImplementedError

    # -- export ------------------------------------------------------------------------------
    #: Where the Export button saves: ``exports/`` in the current folder, which in a notebook
    #: is the notebook's own folder.
    export_folder = "exports"

    def settings(self) -> dict:
        """The values of this panel's controls (what produced ``.data`` and the figure)."""
        out = {}
        for name, control in vars(self).items():
            if name.startswith("_") or not isinstance(control, W.ValueWidget):
                continue
            if isinstance(control, (W.HTML, W.HTMLMath, W.Label, W.Image, W.Button)):
                continue
            value = control.value
            out[name] = list(value) if isinstance(value, tuple) else value
        return json.loads(json.dumps(out, default=str))

    def _protected_folders(self) -> list[Path]:
        """Folders an export never goes into (besides ``seeds/``): a corpus's input folders."""
        source = getattr(getattr(self, "corpus", None), "source", "") or ""
        folders = [Path(item).expanduser() for item in str(source).split(", ") if item and not item.startswith("<")]
        return [f.resolve() for f in folders if f.is_dir()]

    def export(self, folder=None) -> list[Path]:
        """Save the current table (CSV), figure (PNG and SVG, at the size shown) and settings (JSON)
        into *folder* (default :attr:`export_folder`, created when needed); return the paths.

        Names are ``<view>_<UTC time>.<ext>``, with ``-2``, ``-3`` ... added when taken: an
        existing file is never overwritten.  A folder inside ``seeds/`` or inside the input
        texts' folder is refused.
        """
        settings = {"panel": type(self).__name__, "title": self.title, "what": self.name,
                    "term": self.selection.term, "controls": self.settings()}
        return export_view(folder if folder is not None else self.export_folder, name=self.title or type(self).__name__,
                           data=self.data, figure=getattr(self, "figure", None), settings=settings,
                           protected=self._protected_folders())

    def _export_clicked(self):
        try:
            paths = self.export()
        except Exception as exc:  # shown beside the button, never as a traceback
            log.debug("export failed", exc_info=True)
            self.export_status.value = message_html(f"Export failed: {_short(exc)}", "error")
            return
        self.export_status.value = ("<span style='font-size:12px'>Saved: " +
                                    ", ".join(f"<code>{_escape(p)}</code>" for p in paths) + "</span>")
        self.exported = paths

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    @property
    def name(self) -> str:
        """What the panel shows, for its header."""
        return self.doc.name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


def _keep_ticks():
    """Stands in for ``Axis.reset_ticks`` while ``Panel._clear`` clears an axes."""


def _escape(text: str) -> str:
    return escape(str(text))


SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def export_view(folder, *, name: str, data=None, figure=None, settings: dict | None = None,
                protected=()) -> list[Path]:
    """Write a view's table (*data*, CSV), *figure* (PNG and SVG at its size) and *settings* (JSON,
    with the time and the toolkit version) into *folder* as ``<name>_<UTC time>.<ext>``; ``-2``,
    ``-3`` ... are added when a name is taken, so no file is ever overwritten.  A folder inside
    ``seeds/`` or inside one of the *protected* folders is refused.  Returns the paths written.
    """
    folder = Path(folder).expanduser()
    resolved = folder.resolve()
    for fence in [SEEDS.resolve(), *(Path(p).resolve() for p in protected)]:
        if resolved == fence or fence in resolved.parents:
            raise ValueError(f"refusing to export into {resolved}: it is inside {fence} (the project's seeds or "
                             "your input texts); choose another folder")
    folder.mkdir(parents=True, exist_ok=True)
    now = time.gmtime()
    stamp = time.strftime("%Y%m%d-%H%M%S", now)
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "panel"
    settings = {**(settings or {}), "exported": time.strftime("%Y-%m-%dT%H:%M:%SZ", now),
                "toolkit": _toolkit_version()}
    parts: list[tuple[str, bytes]] = []
    if data is not None and hasattr(data, "to_csv"):
        parts.append(("csv", data.to_csv(index=False).encode("utf-8")))
    if figure is not None:
        parts.append(("png", Panel._png(figure)))
        buf = io.BytesIO()
        figure.savefig(buf, format="svg", dpi=DPI, facecolor="white")
        parts.append(("svg", buf.getvalue()))
    for n in range(1, 10_000):
        stem = f"{slug}_{stamp}" + (f"-{n}" if n > 1 else "")
        names = [folder / f"{stem}.{ext}" for ext in ("csv", "png", "svg", "json")]
        if any(p.exists() for p in names):
            continue
        settings["files"] = [p.name for p in names[:-1] if p.suffix[1:] in {e for e, _ in parts}]
        items = parts + [("json", json.dumps(settings, indent=2, ensure_ascii=False, default=str).encode("utf-8"))]
        try:
            return [_write_new(folder / f"{stem}.{ext}", blob) for ext, blob in items]
        except FileExistsError:  # taken meanwhile (another export in the same second): next name
            continue
    raise FileExistsError(f"no free export name in {folder}")


def _toolkit_version() -> str:
    from .. import __version__

    return __version__


def _write_new(path: Path, data: bytes) -> Path:
    """Write *path* only if it does not exist (never overwrites): a temporary file, then a hard
    link to the final name, which fails when the name is taken; no half-written file is left."""
    import os
    import tempfile

    from ..corpus.outputs import _file_mode

    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tk-export-")
    try:
        os.chmod(tmp, _file_mode())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (some network drives): exclusive create instead
            with open(path, "xb") as fh:
                fh.write(data)
    finally:
        os.unlink(tmp)
    return path


# ---------------------------------------------------------------------------------------------
class KeywordExplorer(Panel):
    """Top terms as a bar chart and a table.

    Controls: ``top`` (N), ``ngram`` (1–3), ``stopwords`` (True drops stop words, as in
    ``tk.keyword_frequencies``), ``min_len``, ``numbers``, ``exclude`` (comma-separated words),
    ``measure`` ("count", "per_10k" or "keyness" vs general English) and ``pick``, the term the
    other panels follow.  ``.data`` is the table behind the chart.
    """

    title = "Keywords"
    help = ("What the text is about: the most frequent terms, or with <i>keyness</i> the words used far more "
            "often here than in general English (log-likelihood G²). Pick a term on the right to follow it in the other views.")
    css = "tk-keywords"

    def __init__(self, doc, *, selection: Selection | None = None, top: int = 20, ngram: int = 1,
                 measure: str = "count", stopwords: bool = True):
        super().__init__(doc, selection=selection)
        self.top = W.IntSlider(value=top, min=1, max=60, description="Top N", continuous_update=False)
        self.ngram = W.ToggleButtons(options=[("words", 1), ("2-grams", 2), ("3-grams", 3)], value=ngram,
                                     description="Terms", style={"button_width": "84px"})
        self.measure = W.Dropdown(options=[("count", "count"), ("per 10,000 words", "per_10k"),
                                           ("keyness vs general English", "keyness")], value=measure,
                                  description="Measure")
        self.stopwords = W.Checkbox(value=stopwords, description="Drop stop words", indent=False)
        self.numbers = W.Checkbox(value=False, description="Include numbers", indent=False)
        self.min_len = W.IntSlider(value=2, min=1, max=12, description="Min length", continuous_update=False)
        self.exclude = W.Text(value="", description="Exclude", placeholder="said, officials (then Enter)",
                              continuous_update=False)
        self.pick = W.Select(options=[], value=None, rows=10, layout=W.Layout(width="100%"))
        self.chart = self._image()
        self.table = W.HTML()
        self.figure, self.ax = self._new_figure(5.0, 5.0)
        self.html = ""
        self._watch(self.top, self.ngram, self.measure, self.stopwords, self.numbers, self.min_len, self.exclude)
        self.pick.observe(self._on_pick, names="value")
        self._follow(self._on_term)
        self.refresh()

    @property
    def column(self) -> str:
        """The table column the chart shows for the current measure."""
        return D.MEASURES[self.measure.value]

    def _compute(self):
        self.data = D.keyword_table(
            self.doc, measure=self.measure.value, top=self.top.value, ngram=self.ngram.value,
            stopwords=self.stopwords.value, min_len=self.min_len.value, include_numbers=self.numbers.value,
            exclude=D.split_terms(self.exclude.value),
        )
        why = self.data.attrs.get("note")
        self.note = None if len(self.data) else (f"No term to show: {why}." if why else "No term is left with these filters.")
        with self._hold():
            self.pick.options = [(f"{t}  ({v:g})", t) for t, v in zip(self.data["term"], self.data[self.column])]
            self.pick.value = self._picked()

    def _picked(self):
        """The listed term the selection names (any of its "|" alternatives, e.g. an entity's aliases)."""
        for alt in (self.selection.term or "").split("|"):
            hit = next((t for t in self.data["term"] if t.lower() == alt.strip().lower()), None) if alt.strip() else None
            if hit is not None:
                return hit
        return None

    def _plot(self):
        n = len(self.data)
        self.figure.set_size_inches(5.0, max(2.4, 0.22 * n + 0.9))
        self._clear(self.ax)
        plots.plot_keywords(self.data, measure=self.column, ax=self.ax)
        self._colors = [p.get_facecolor() for p in self.ax.patches]
        self._mark()
        self._place(self.ax, left=self._label_width(self.data["term"], 9 if n <= 25 else 8), top=0.15)

    def _mark(self):
        """Colour the picked term's bar as ``plot_keywords(highlight=...)`` does, the others as drawn."""
        key = self.pick.value.lower() if self.pick.value else None
        for patch, term, colour in zip(self.ax.patches, self.data["term"], self._colors):
            patch.set_facecolor(plots.HIGHLIGHT_COLOR if key is not None and str(term).lower() == key else colour)

    def _draw(self, replot: bool = True):
        if replot or not self._shown or self._stale:
            self._figure()
        else:  # only the pick changed: recolour the bars, keep the axes as they are
            self._mark()
            self._show(self.figure)
        columns = ["rank", "term", "count", "per_10k"] + (["g2", "log_ratio"] if self.measure.value == "keyness" else [])
        self.html = table_html(self.data, columns=columns, picked=self.pick.value,
                               formats={"per_10k": ".1f", "g2": ".1f", "log_ratio": ".2f"},
                               headers={"per_10k": "per 10k", "g2": "G²", "log_ratio": "log ratio"})
        self.table.value = self.html

    def _on_pick(self, change):
        if self._holding or not change["new"]:
            return
        self._share(change["new"])
        self._guard(lambda: self._draw(replot=False))

    def _on_term(self, term):
        if self.data is not None:
            with self._hold():
                self.pick.value = self._picked()
            self._guard(lambda: self._draw(replot=False))

    def _layout(self):
        controls = W.VBox([
            W.HBox([self.top, self.measure]),
            W.HBox([self.ngram]),
            W.HBox([self.stopwords, self.numbers, self.min_len]),
            self.exclude,
        ])
        return [controls, self.status, W.HBox([self.chart, W.VBox([W.HTML("<b>Follow a term</b> in the other views:"), self.pick, self.table],
                                                                layout=W.Layout(width="360px"))],
                                              layout=W.Layout(flex_flow="row wrap", align_items="flex-start"))]


# ---------------------------------------------------------------------------------------------
class SentimentExplorer(Panel):
    """The sentence-by-sentence sentiment arc, filtered by a term and by an actor.

    Controls: ``threshold`` (the ± compound that separates neutral from positive/negative),
    ``term`` (keep sentences that mention it; linked to the other panels) and ``actor`` (one of
    the text's named entities, aliases merged, see :func:`toolkit.widgets.data.actors`).
    ``.arc`` is every sentence with its label and a ``selected`` flag; ``.data`` the selected
    sentences (those listed in the table, words coloured by VADER valence); ``.actor_data``
    the sentiment of the sentences that mention each actor.
    """

    title = "Sentiment"
    help = ("VADER's <i>compound</i> for each sentence, in reading order: a lexicon score in [-1, 1] of the words' "
            "emotional tone, not of whether events are good or bad, and blind to sarcasm and context. "
            "Filter by a term or an actor; hover a coloured word to see why it counts.")
    css = "tk-sentiment"
    max_rows = 60  # sentences listed in the coloured table

    def __init__(self, doc, *, selection: Selection | None = None, threshold: float = 0.05, term: str = "",
                 actor: str = ""):
        super().__init__(doc, selection=selection)
        self.threshold = W.FloatSlider(value=threshold, min=0.01, max=0.9, step=0.01, readout_format=".2f",
                                       description="Threshold ±", continuous_update=False)
        self.term = W.Text(value=term or self.selection.term, description="Mentions",
                           placeholder="a word, a phrase or escalat* (then Enter)", continuous_update=False)
        names = D.actors(self.doc)
        # "Israel (10)": the sentences that mention the actor, as in the table beside the chart
        self.actor = W.Dropdown(options=[("(anyone)", "")] + [(f"{a} ({len(ids)})", a) for a, ids in zip(names["actor"], names["sentences"])],
                                value=actor, description="Actor")
        self.chart = self._image()
        self.summary = W.HTML()
        self.table = W.HTML()
        self.figure, self.ax = self._new_figure(8.0, 3.0)
        self.arc = None
        self.actor_data = None
        self.filtered = False
        self.html = ""
        self._watch(self.threshold, self.actor)
        self.term.observe(self._on_term_box, names="value")
        self._follow(self._on_term)
        self.refresh()

    def _compute(self):
        from ..analysis.sentiment import sentence_sentiment

        threshold = self.threshold.value
        arc = sentence_sentiment(self.doc, threshold=threshold)
        keep = set(arc["sent_id"])
        filters = []
        term = " ".join(self.term.value.split())
        if term:
            keep &= set(D.sentences_mentioning(self.doc, term))
            filters.append(f"“{term}”")
        if self.actor.value:
            keep &= set(D.actor_sentences(self.doc, self.actor.value))
            filters.append(self.actor.value)
        arc["selected"] = arc["sent_id"].isin(keep)
        self.arc = arc
        self.data = arc[arc["selected"]].reset_index(drop=True)
        self.actor_data = D.sentiment_by_actor(self.doc, threshold=threshold)
        self.filtered = bool(filters)
        if not len(arc):
            self.note = "This text has no sentences."
        elif not len(self.data):
            self.note = f"No sentence mentions {' and '.join(filters)}."
        else:
            self.note = None

    def _selection_text(self) -> str:
        part, n = self.data, len(self.arc)
        if not n:
            return ""
        what = "All" if not self.filtered else f"{len(part)} of"
        if not len(part):
            return f"<b>0</b> of {n} sentences selected."
        share = part["label"].value_counts(normalize=True)
        return (f"<b>{what} {n}</b> sentences: mean compound <b>{part['compound'].mean():+.3f}</b>; "
                f"{share.get('negative', 0):.0%} negative, {share.get('neutral', 0):.0%} neutral, "
                f"{share.get('positive', 0):.0%} positive (threshold ±{self.threshold.value:.2f}).")

    def _plot(self):
        highlight = self.data["sent_id"].tolist() if self.filtered else None
        if plots.restyle_sentiment_arc(self.ax, self.arc, threshold=self.threshold.value, highlight=highlight):
            return  # the same sentences: colours, outlines and lines changed in place
        self._clear(self.ax)
        plots.plot_sentiment_arc(self.arc, threshold=self.threshold.value, highlight=highlight, ax=self.ax)
        self._place(self.ax, left=0.75, top=0.3, right=0.15)  # the legend sits above the axes

    def _draw(self):
        self._figure()
        actors_html = table_html(self.actor_data.head(15), columns=["actor", "sentences", "mean_compound", "label"],
                                 picked=self.actor.value, pick_column="actor", formats={"mean_compound": "+.3f"},
                                 headers={"mean_compound": "mean compound"})
        self.summary.value = (f"<div style='font-size:12px;margin:2px 0'>{self._selection_text()}</div>"
                              f"<div style='font-size:12px;color:#555'>Sentiment of the sentences that mention each actor:</div>"
                              f"<div style='max-height:170px;overflow:auto'>{actors_html}</div>")
        shown = self.data.head(self.max_rows)
        self.html = valence_html(shown, D.valence_spans)
        if len(self.data) > self.max_rows:
            self.html += message_html(f"Showing the first {self.max_rows} of {len(self.data)} sentences; filter to see others.")
        self.table.value = self.html

    def _on_term_box(self, change):
        if self._holding:
            return
        self.refresh()
        self._share(" ".join(change["new"].split()))

    def _on_term(self, term):
        with self._hold():
            self.term.value = term
        self.refresh()

    def _layout(self):
        controls = W.HBox([self.threshold, self.term, self.actor], layout=W.Layout(flex_flow="row wrap"))
        return [controls, self.status, W.HBox([self.chart, W.VBox([self.summary], layout=W.Layout(width="360px"))],
                                              layout=W.Layout(flex_flow="row wrap")), self.table]


# ---------------------------------------------------------------------------------------------
class ConcordanceExplorer(Panel):
    """Keyword in context for one term, and where chosen terms fall along the text.

    Controls: ``term`` (a box that suggests frequent terms; linked to the other panels),
    ``window`` (tokens of context each side), ``sort`` ("position", "left" or "right") and
    ``terms`` (comma-separated terms for the dispersion plot, besides ``term``).
    ``.data`` is the KWIC table, ``.dispersion_data`` the dispersion table.
    """

    title = "Concordance"
    help = ("Every occurrence of a term with the words around it (keyword in context), and a dispersion plot: "
            "one tick where each term occurs, from the start of the text (0) to its end (1).")
    css = "tk-concordance"

    def __init__(self, doc, *, selection: Selection | None = None, term: str = "", window: int = 8,
                 sort: str = "position", terms=None):
        super().__init__(doc, selection=selection)
        frequent = D.keyword_table(self.doc, top=60)["term"].tolist()
        names = D.actors(self.doc)["term"].tolist()  # an entity's aliases as one term ("Joe Biden|Biden")
        suggestions = list(dict.fromkeys([*names[:20], *frequent]))
        first = term or self.selection.term or (frequent[0] if frequent else "")
        self.term = W.Combobox(value=first, options=suggestions, description="Term", ensure_option=False,
                               placeholder="a word, a phrase or escalat* (then Enter)", continuous_update=False)
        self.window = W.IntSlider(value=window, min=1, max=25, description="Window", continuous_update=False)
        self.sort = W.ToggleButtons(options=[("position", "position"), ("left context", "left"), ("right context", "right")],
                                    value=sort, description="Sort by", style={"button_width": "116px"})
        default_terms = terms if terms is not None else [t for t in frequent[:5] if t.lower() != first.lower()][:4]
        self.terms = W.Text(value=", ".join(default_terms) if not isinstance(default_terms, str) else default_terms,
                            description="Also plot", placeholder="more terms, comma-separated", continuous_update=False)
        self.chart = self._image()
        self.table = W.HTML()
        self.figure, self.ax = self._new_figure(8.0, 2.4)
        self.dispersion_data = None
        self.html = ""
        self._watch(self.window, self.sort, self.terms)
        self.term.observe(self._on_term_box, names="value")
        self._follow(self._on_term)
        self.refresh()

    @property
    def plotted_terms(self) -> list[str]:
        term = " ".join(self.term.value.split())
        return list(dict.fromkeys(([term] if term else []) + D.split_terms(self.terms.value)))

    def _compute(self):
        import pandas as pd

        from ..analysis.kwic import COLUMNS, concordance, dispersion

        term = " ".join(self.term.value.split())
        # no term yet (e.g. an empty text): an empty table, since concordance() refuses an empty term
        self.data = (concordance(self.doc, term, window=self.window.value, sort=self.sort.value) if term
                     else pd.DataFrame(columns=COLUMNS))
        self.dispersion_data = dispersion(self.doc, self.plotted_terms)
        if not term:
            self.note = "Type a term (then Enter) or pick one from the suggestions."
        elif not len(self.data):
            self.note = f"“{term}” does not occur in this text."
        else:
            self.note = f"{len(self.data)} occurrence{'s' if len(self.data) != 1 else ''} of “{term}”."

    def _plot(self):
        rows = self.plotted_terms
        self.figure.set_size_inches(8.0, max(1.6, 0.32 * len(rows) + 1.0))
        self._clear(self.ax)
        plots.plot_dispersion(self.dispersion_data, terms=rows, ax=self.ax)
        self._place(self.ax, left=self._label_width(rows), top=0.1, right=0.3)

    def _draw(self):
        self._figure()
        self.html = kwic_html(self.data)
        self.table.value = self.html

    def _on_term_box(self, change):
        if self._holding:
            return
        self.refresh()
        term = " ".join(change["new"].split())
        if term:
            self._share(term)

    def _layout(self):
        controls = W.VBox([W.HBox([self.term, self.window], layout=W.Layout(flex_flow="row wrap")),
                           W.HBox([self.sort]), self.terms])
        return [controls, self.status, self.table, self.chart]


# ---------------------------------------------------------------------------------------------
class Overview(Panel):
    """Headline figures, a word cloud, the top keywords and the document's sentiment.

    ``.data`` is ``tk.summary(doc)`` as a one-row table, ``.keywords`` the keyword table,
    ``.sentiment`` the :class:`~toolkit.analysis.sentiment.DocumentSentiment`.
    """

    title = "Overview"
    help = ("Size and readability of the text, its most frequent words (as a cloud and as bars) and the average "
            "sentiment of its sentences.")
    css = "tk-overview"

    def __init__(self, doc, *, selection: Selection | None = None, top: int = 12):
        super().__init__(doc, selection=selection)
        self.n_top = top
        self.facts = W.HTML()
        self.mood = W.HTML()
        self.chart = self._image()
        self.figure, self.cloud_ax = self._new_figure(10.0, 3.6)
        self.ax = self._fig.add_subplot()
        self.keywords = None
        self.sentiment = None
        self.html = ""
        self.refresh()

    @property
    def cloud_ax(self):
        """The word cloud's axes, plotted from the current data."""
        self._catch_up()
        return self._cloud_ax

    @cloud_ax.setter
    def cloud_ax(self, ax):
        self._cloud_ax = ax

    def _compute(self):
        from ..analysis.keywords import keyword_frequencies
        from ..analysis.sentiment import document_sentiment
        from ..analysis.textstats import summary

        stats = summary(self.doc)
        self.data = stats.to_frame()
        self.cloud_data = keyword_frequencies(self.doc, top=100)
        self.keywords = self.cloud_data.head(self.n_top)
        self.sentiment = document_sentiment(self.doc)
        self.note = "This text is empty." if not stats.words else None

    def _draw(self):
        s = self.data.iloc[0]
        fmt = lambda v, f: "–" if v != v else format(v, f)  # NaN for an empty text
        self.facts.value = STYLE + facts_html([
            ("words", f"{int(s.words):,}"), ("sentences", int(s.sentences)), ("paragraphs", int(s.paragraphs)),
            ("different words", f"{int(s.vocabulary):,}"), ("vocabulary density", fmt(s.vocabulary_density, ".2f")),
            ("words per sentence", fmt(s.mean_sentence_length, ".1f")),
            ("Flesch reading ease", fmt(s.flesch_reading_ease, ".0f")), ("Flesch–Kincaid grade", fmt(s.flesch_kincaid_grade, ".1f")),
        ])
        m = self.sentiment
        pct = lambda v: "–" if v != v else f"{v:.0%}"
        lines = [f"<b>Sentiment: {_escape(m.label)}</b> — mean sentence compound <b>{fmt(m.mean_compound, '+.3f')}</b> "
                 f"over {m.n_sentences} sentences: {pct(m.share_negative)} negative, {pct(m.share_neutral)} neutral, "
                 f"{pct(m.share_positive)} positive."]
        if m.most_negative:
            lines.append(f"Most negative: “{_escape(m.most_negative)}”")
        if m.most_positive:
            lines.append(f"Most positive: “{_escape(m.most_positive)}”")
        self.mood.value = "<div style='font-size:12px;line-height:1.5'>" + "<br>".join(lines) + "</div>"
        self._figure()
        self.html = self.facts.value + self.mood.value

    def _plot(self):
        self._clear(self.cloud_ax)
        self._clear(self.ax)
        plots.plot_wordcloud(self.cloud_data, ax=self.cloud_ax, width=640, height=360)
        plots.plot_keywords(self.keywords, ax=self.ax, title=f"top {len(self.keywords)} keywords")
        self._place(self.cloud_ax, left=0.05, right=0.05, top=0.1, bottom=0.1, x1=0.62)
        self._place(self.ax, left=self._label_width(self.keywords["term"]), top=0.35, x0=0.62)

    def _layout(self):
        return [self.status, self.facts, self.mood, self.chart]


# ---------------------------------------------------------------------------------------------
def closed_tab(cls, *args, **kwargs):
    """``cls(*args, **kwargs)``, a panel made for a tab that is not open yet: it computes its data
    and tables as usual but plots and renders its figure only when its tab is opened (or its
    ``.figure`` / ``.ax`` is read), so an explorer draws one figure, not one per tab."""
    panel = cls.__new__(cls)
    panel._shown = False
    panel.__init__(*args, **kwargs)
    return panel


class Tabs:
    """Panels shown as tabs: subclasses set ``panels`` (and may add CSS classes); the first tab is
    open, the others are made with :func:`closed_tab`."""

    css_classes: tuple[str, ...] = ("tk-explorer",)
    _widget: W.Widget | None = None

    @property
    def panels(self) -> list[Panel]:
        raise NotImplementedError

    @property
    def widget(self) -> W.Widget:
        if self._widget is None:
            self._widget = W.Tab(children=[p._box() for p in self.panels], titles=[p.title for p in self.panels])
            self._widget.observe(self._on_tab, names="selected_index")
            self._on_tab({"new": self._widget.selected_index})
            for name in self.css_classes:
                self._widget.add_class(name)
        return self._widget

    def _repr_mimebundle_(self, **kwargs):
        return self.widget._repr_mimebundle_(**kwargs)

    def _on_tab(self, change):
        """Only the open tab's figure is drawn; a tab draws its pending figure when opened."""
        for k, panel in enumerate(self.panels):
            panel._reveal(k == change["new"])


class LinkedTabs(Tabs):
    """Tabs of panels on one document and one :class:`Selection`, each panel made when it is first
    shown (its tab opened, or the panel shown in a cell) or used (``ex.keywords``, ``ex.panels``):
    showing the tabs computes and draws the open tab only.

    Subclasses list their tabs in ``_kinds`` (name -> panel class, in tab order) and may make some
    panels at once in ``__init__`` (:meth:`_add`).  A panel made later is the one that would have
    been made at the start and followed the shared term since: it is made with the term the
    selection had at the start, then given the last non-empty term shared since and the current
    one (the panels' ``_on_term`` ignore an empty term or take the latest), so its controls,
    tables and figure are the same.  Only panels whose following depends on nothing else may be
    made late (the keyword, sentiment and concordance panels).

    >>> ex = Explorer("Iran warned Israel. Israel replied."); ex.keywords.data["term"].tolist()  # made here
    ['israel', 'iran', 'replied', 'warned']
    """

    _kinds: dict[str, type] = {}

    def __init__(self, doc, *, selection: Selection | None = None):
        self.doc = _document(doc)
        self.selection = selection if selection is not None else Selection()
        self._made: dict[str, Panel] = {}
        self._pages: list = []
        # what a panel made later needs to catch up with the shared term: its value at the start,
        # whether it changed since, and the last non-empty value
        self._start_term = self.selection.term
        self._term_changed = False
        self._last_term = ""
        self.selection.observe(self._term_seen, names="term")

    def _term_seen(self, change):
        self._term_changed = True
        if change["new"]:
            self._last_term = change["new"]

    def _add(self, name: str, panel: Panel) -> Panel:
        """Record a panel made at the start by the subclass."""
        self._made[name] = panel
        return panel

    @property
    def panels(self) -> list[Panel]:
        return [self._panel(name) for name in self._kinds]

    def _panel(self, name: str) -> Panel:
        panel = self._made.get(name)
        if panel is None:
            panel = self._made[name] = self._make(name)
        return panel

    def _make(self, name: str) -> Panel:
        """The panel as it would have been made at the start (the open tab drawn, the others as
        :func:`closed_tab`), brought up to date with the shared term."""
        cls = self._kinds[name]
        is_open = list(self._kinds).index(name) == (self._widget.selected_index if self._widget is not None else 0)
        make = cls if is_open else (lambda *a, **k: closed_tab(cls, *a, **k))
        if not self._term_changed:
            return make(self.doc, selection=self.selection)
        panel = make(self.doc, selection=Selection(term=self._start_term))  # as made at the start ...
        panel._relink(self.selection)
        for term in dict.fromkeys([self._last_term, self.selection.term]):  # ... then following the term
            panel._catch_up_term(term)
        return panel

    @property
    def widget(self) -> W.Widget:
        if self._widget is None:
            self._pages = [W.VBox(layout=W.Layout(width="100%")) for _ in self._kinds]
            self._widget = W.Tab(children=self._pages, titles=[cls.title for cls in self._kinds.values()])
            self._widget.observe(self._on_tab, names="selected_index")
            self._on_tab({"new": self._widget.selected_index})
            for name in self.css_classes:
                self._widget.add_class(name)
        return self._widget

    def _on_tab(self, change):
        """The open tab's panel is made when needed, put in its page (each page is empty until its
        tab is first opened) and drawn; the others wait."""
        for k, name in enumerate(self._kinds):
            if k == change["new"]:
                panel = self._panel(name)
                if not self._pages[k].children:
                    self._pages[k].children = (panel._box(),)
                panel._reveal(True)
            elif name in self._made:
                self._made[name]._reveal(False)


class Explorer(LinkedTabs):
    """All four panels on one document, linked by one :class:`Selection`, shown as tabs.

    Each panel is made when it is first shown or used (see :class:`LinkedTabs`): showing the
    explorer computes and draws the Overview alone.

    >>> ex = Explorer("Iran warned Israel. Israel replied to Iran.")  # doctest: +SKIP
    >>> ex.keywords.pick.value = "iran"; ex.concordance.term.value  # doctest: +SKIP
    'iran'
    """

    _kinds = {"overview": Overview, "keywords": KeywordExplorer, "sentiment": SentimentExplorer,
              "concordance": ConcordanceExplorer}  # the tabs, in order; the first is open

    overview = property(lambda self: self._panel("overview"), doc="The Overview panel (the first tab).")
    keywords = property(lambda self: self._panel("keywords"), doc="The Keywords panel.")
    sentiment = property(lambda self: self._panel("sentiment"), doc="The Sentiment panel.")
    concordance = property(lambda self: self._panel("concordance"), doc="The Concordance panel.")

    def __repr__(self):
        return f"Explorer({self.doc.name!r})"
