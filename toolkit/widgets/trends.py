"""The trends view: how often terms occur per year, decade, month or any metadata column.

>>> from toolkit import widgets as ui                                    # doctest: +SKIP
>>> tr = ui.trends(corpus, terms="iran, soviet*")                        # doctest: +SKIP
>>> tr.pick("1980", "iran"); tr.documents                               # doctest: +SKIP

Type several terms (comma-separated: words, phrases, ``prefix*``), choose the period and raw
counts or counts per 10,000 words, and smooth the lines.  Clicking a point of the chart (or
choosing it in the *Point* list) lists the documents behind it.  The first term follows the
shared term selection, and a term typed here is shared with the other panels.
"""
from __future__ import annotations

import ipywidgets as W

from .. import plots
from ..corpus.meta import INTERNAL_KEYS, PERIODS, period_of
from ..corpus.trends import split_terms
from .corpus import CorpusView, _plural
from .html import message_html
from .panels import Selection

__all__ = ["CorpusTrends", "period_options", "eras"]

MAX_TERMS = 8  # lines on one chart
CLICK_RADIUS = 14  # pixels: a click this close to a point picks it


def period_options(corpus) -> list[tuple[str, str]]:
    """The periods a corpus can be split by: "year", "decade", "month" when its documents have
    dates (with months), then its metadata columns (president, party ...) and its groups."""
    dates = [d.meta.get("date") for d in corpus.documents]
    options = []
    if any(dates):
        options += [("year", "year"), ("decade", "decade")]
        if any(d and len(d) >= 7 for d in dates):
            options.append(("month", "month"))
    columns = dict.fromkeys(k for d in corpus.documents for k in d.meta
                            if k not in INTERNAL_KEYS and k not in PERIODS and k != "year")
    options += [(c, c) for c in columns]
    options.append(("group", "group"))
    return options


class CorpusTrends(CorpusView):
    """Term frequency per period (``tk.term_trend``) as lines, and the documents behind a point
    (``tk.trend_documents``).

    Controls: ``terms`` (comma-separated; the first follows the shared selection), ``by`` (the
    period), ``measure`` ("per_10k" relative, or "count" raw), ``smooth`` (periods averaged) and
    ``point`` (a ``(period, term)``, also set by clicking the chart).  ``.data`` is the trend table,
    ``.documents`` the documents of the picked point.
    """

    title = "Trends"
    help = ("How often each term is used per period: type words, phrases or prefixes such as <i>terror*</i>, "
            "comma-separated (then Enter). <i>Per 10,000 words</i> makes long and short periods comparable. "
            "Click a point to list the documents behind it.")
    css = "tk-trends"

    def __init__(self, corpus, *, selection: Selection | None = None, group=None, group_by: str = "folder",
                 terms: str | list[str] = "", by: str | None = None, measure: str = "per_10k", smooth: int = 1):
        super().__init__(corpus, group=group, selection=selection, group_by=group_by)
        options = period_options(self.corpus)
        values = [v for _, v in options]
        by = by if by in values else values[0]
        if not terms:
            terms = self.selection.term or self._frequent()
        self.terms = W.Text(value=", ".join(split_terms(terms)), description="Terms", continuous_update=False,
                            placeholder="iran, soviet*, cold war (then Enter)", layout=W.Layout(width="420px"))
        self.by = W.Dropdown(options=options, value=by, description="Per")
        self.measure = W.ToggleButtons(options=[("per 10,000 words", "per_10k"), ("count", "count")], value=measure,
                                       description="Show", style={"button_width": "150px"})
        self.smooth = W.IntSlider(value=smooth, min=1, max=9, step=2, description="Smooth", continuous_update=False)
        self.point = W.Dropdown(options=[("(click a point)", None)], value=None, description="Point",
                                layout=W.Layout(width="360px"))
        self.chart = self._image()
        self.table = W.HTML()
        self.figure, self.ax = self._new_figure(8.0, 3.4)
        self.documents = None
        self.picked_point: tuple[str, str] | None = None
        self._events = self._click_events()
        self._watch(self.by, self.measure, self.smooth)
        self.terms.observe(self._on_terms_box, names="value")
        self.point.observe(self._on_point, names="value")
        self._follow(self._on_term)
        self.refresh()

    # -- data --------------------------------------------------------------------------------
    def _frequent(self) -> str:
        from ..corpus.stats import corpus_keywords

        if not len(self.corpus):
            return ""
        return ", ".join(corpus_keywords(self.corpus, top=3, exclude=("said", "mr", "mrs", "ms"))["term"])

    @property
    def current_terms(self) -> list[str]:
        return split_terms(self.terms.value)[:MAX_TERMS]

    def _compute(self):
        import pandas as pd

        from ..corpus.trends import term_trend

        terms = self.current_terms
        if not terms:
            self.data = pd.DataFrame(columns=["period", "term", "count", "per_10k", "documents"])
            self.note = "Type one or more terms, comma-separated (then Enter)."
        else:
            self.data = term_trend(self.corpus, terms, by=self._by)
            periods = self.data.attrs["periods"]
            left = self.data.attrs["left_out"]
            self.note = (f"{_plural(len(periods), 'period')} ({self.by.value}), {_plural(int(periods['documents'].sum()), 'document')}"
                         + (f"; {_plural(left, 'document')} without a {self.by.value} left out" if left else "")
                         + (f"; only the first {MAX_TERMS} terms are drawn" if len(split_terms(self.terms.value)) > MAX_TERMS else "")
                         + ".")
        hits = self.data[self.data["count"] > 0]
        with self._hold():
            self.point.options = [("(click a point)", None)] + [
                (f"{p} · {t} ({c})", (str(p), t)) for p, t, c in zip(hits["period"], hits["term"], hits["count"])]
            self.point.value = self.picked_point if self.picked_point in self._point_values() else None
        self._list_documents()

    def _point_values(self) -> list:
        return [value for _, value in self.point.options]

    @property
    def _by(self) -> str:
        return self.by.value

    def _list_documents(self):
        from ..corpus.trends import trend_documents

        point = self.point.value
        self.picked_point = point
        if point is None:
            self.documents = None
            self.table.value = message_html("Click a point (or choose one in the Point list) to see its documents.")
            return
        period, term = point
        self.documents = trend_documents(self.corpus, term, period, by=self._by)
        self.table.value = (f"<div style='font-size:12px;margin:4px 0'><b>“{term}”</b> in <b>{period}</b>: "
                            f"{_plural(int(self.documents['count'].sum()), 'mention')} in "
                            f"{_plural(len(self.documents), 'document')}</div>"
                            + self._rows_html(self.documents, columns=["id", "title", "date", "count", "per_10k"],
                                              formats={"per_10k": ".1f"}, headers={"per_10k": "per 10k words"}))

    # -- drawing -----------------------------------------------------------------------------
    def _draw(self):
        self.ax.clear()
        periods = self.data["period"].nunique() if len(self.data) else 0
        timed = plots.period_positions(sorted(set(map(str, self.data["period"]))))[1] if periods else True
        self.figure.set_size_inches(8.0 if timed else max(8.0, 0.35 * periods + 2), 3.4)
        plots.plot_term_trend(self.data, measure=self.measure.value, smooth=self.smooth.value,
                              highlight=self.point.value, ax=self.ax)
        self._place(self.ax, left=0.75, top=0.15, right=0.2, bottom=0.5 if timed else 1.3)
        self._show(self.figure)
        self.html = self.table.value

    # -- clicks --------------------------------------------------------------------------------
    def _click_events(self):
        """Mouse clicks on the chart (ipyevents); None when ipyevents is not installed (the Point
        list still works)."""
        try:
            from ipyevents import Event
        except ImportError:  # pragma: no cover - it is a dependency
            return None
        events = Event(source=self.chart, watched_events=["click"])
        events.on_dom_event(self._on_click_event)
        return events

    def _on_click_event(self, event: dict):
        width, height = event.get("boundingRectWidth") or 0, event.get("boundingRectHeight") or 0
        if not width or not height:
            return
        fig_w, fig_h = (self.figure.get_size_inches() * self.figure.dpi)
        # the image may be shown smaller than its pixels: scale the click back to figure pixels
        self.click(event["relativeX"] * fig_w / width, event["relativeY"] * fig_h / height)

    def click(self, x: float, y: float) -> tuple[str, str] | None:
        """Pick the point nearest to pixel (*x*, *y*) of the figure image (origin at the top left),
        if one is within :data:`CLICK_RADIUS` pixels; return it."""
        nearest = self.point_at(x, y)
        if nearest is not None:
            self.pick(*nearest)
        return nearest

    def point_at(self, x: float, y: float) -> tuple[str, str] | None:
        """The ``(period, term)`` drawn nearest to pixel (*x*, *y*) (origin top left), or None."""
        height = self.figure.get_size_inches()[1] * self.figure.dpi
        best, best_d = None, CLICK_RADIUS
        lines = plots.trend_lines(self.data, measure=self.measure.value, smooth=self.smooth.value) if len(self.data) else {}
        for term, (xs, ys, periods) in lines.items():
            for px, py, period in zip(*self.ax.transData.transform(list(zip(xs, ys))).T, periods):
                d = ((px - x) ** 2 + (height - py - y) ** 2) ** 0.5
                if d < best_d:
                    best, best_d = (period, term), d
        return best

    def pixel_of(self, period: str, term: str) -> tuple[float, float]:
        """Where the point ``(period, term)`` is drawn, in pixels of the figure image (top left origin)."""
        xs, ys, periods = plots.trend_lines(self.data, measure=self.measure.value, smooth=self.smooth.value)[term]
        i = periods.index(str(period))
        px, py = self.ax.transData.transform((xs[i], ys[i]))
        return float(px), float(self.figure.get_size_inches()[1] * self.figure.dpi - py)

    def pick(self, period: str, term: str):
        """List the documents behind the point (*period*, *term*)."""
        point = (str(period), term)
        if point not in self._point_values():
            raise KeyError(f"no point {point}: the chart has {len(self.point.options) - 1} points with mentions")
        self.point.value = point
        return self

    def _on_point(self, change):
        if self._holding:
            return
        self._guard(self._list_documents)
        self.redraw()

    # -- linking -------------------------------------------------------------------------------
    def _on_terms_box(self, change):
        if self._holding:
            return
        before = {t.lower() for t in split_terms(change["old"])}
        self.refresh()
        new = [t for t in self.current_terms if t.lower() not in before]
        if new:
            self._share(new[-1])

    def _on_term(self, term: str):
        term = " ".join(term.split())
        terms = self.current_terms
        if not term or (terms and terms[0].lower() == term.lower()):
            return
        with self._hold():
            self.terms.value = ", ".join(split_terms([term, *terms])[:MAX_TERMS])
        self.refresh()

    def _layout(self):
        controls = W.VBox([W.HBox([self.terms, self.by], layout=W.Layout(flex_flow="row wrap")),
                           W.HBox([self.measure, self.smooth], layout=W.Layout(flex_flow="row wrap"))])
        return [controls, self.status, self.chart, self.point, self.table]


def eras(corpus, *, by: str = "decade", a: str | None = None, b: str | None = None, **kwargs):
    """Keyness of one era against another: a :class:`~toolkit.widgets.corpus.CorpusKeyness` view
    of *corpus* grouped by *by* (a period such as "decade", or a metadata column), group A the
    latest era and group B the earliest unless given.  An undated corpus has one era, "(none)",
    and the view says it needs two."""
    from .corpus import CorpusKeyness, as_corpus

    grouped = as_corpus(corpus, group=by)
    names = grouped.groups
    return CorpusKeyness(grouped, a=a or (names[-1] if names else None), b=b or (names[0] if len(names) > 1 else None),
                         **kwargs)
