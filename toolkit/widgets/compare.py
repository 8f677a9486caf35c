"""Browse the sentences where VADER and TextBlob disagree, in a notebook.

>>> DisagreementBrowser("Good. Bad.").data.shape[0]  # doctest: +SKIP
0

A slider picks how many sentences to show and another the minimum gap between the scores; a
dropdown picks the order.  Every piece of text is ``html.escape``d, so article text such as
``<script>`` is shown, never run.  A failure shows a one-line message in the panel.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["DisagreementBrowser", "disagreement_html"]

_SORT_OPTIONS = [("largest gap", "gap"), ("VADER most negative", "compound"), ("TextBlob most negative", "polarity"),
                 ("most subjective", "subjectivity"), ("text order", "order")]
_COLUMNS = ["sent_id", "text", "compound", "vader_label", "polarity", "subjectivity", "textblob_label", "gap"]
_HEADERS = {"sent_id": "#", "text": "sentence", "compound": "VADER compound", "vader_label": "VADER label",
            "polarity": "TextBlob polarity", "textblob_label": "TextBlob label"}
_FORMATS = {"compound": "+.3f", "polarity": "+.3f", "subjectivity": ".2f", "gap": ".3f"}


def disagreement_html(rows: "pd.DataFrame", *, agreement: float | None = None, total: int | None = None) -> str:
    """The panel's HTML: a one-line summary and a table of disagreement rows, every text escaped.

    Uses the explorer panels' style sheet and classes (``tk-table``, ``tk-msg``).

    >>> "&lt;b&gt;" in disagreement_html(__import__("pandas").DataFrame(
    ...     {"sent_id": [0], "text": ["<b>"], "compound": [0.5], "vader_label": ["positive"], "polarity": [-0.5],
    ...      "subjectivity": [0.5], "textblob_label": ["negative"], "gap": [1.0]}))
    True
    """
    from .html import STYLE, message_html, table_html

    head = ""
    if agreement is not None and total is not None:
        pct = "n/a" if agreement != agreement else f"{agreement:.0%}"
        head = message_html(f"VADER and TextBlob agree on {pct} of {total} sentences; "
                            f"showing {len(rows)} disagreement(s).", "info")
    if len(rows) == 0:
        return STYLE + head + message_html("No disagreements match these settings.", "info")
    return STYLE + head + table_html(rows, columns=_COLUMNS, formats=_FORMATS, headers=_HEADERS,
                                     css_class="tk-table tk-disagree")


class DisagreementBrowser:
    """Sliders (how many, minimum gap) and a sort dropdown over :func:`toolkit.analysis.compare.disagreements`.

    ``.table`` is the full comparison, ``.data`` the rows shown now, ``.html`` the panel's HTML,
    ``.widget`` the ipywidgets box (displaying the browser displays it).

    >>> DisagreementBrowser("Good. Bad.", top=3).data.empty  # doctest: +SKIP
    True
    """

    def __init__(self, doc, *, threshold: float = 0.05, top: int = 10, min_gap: float = 0.0, sort: str = "gap"):
        import ipywidgets as w

        from ..analysis.compare import SORTS

        self.table = None
        self.error: str | None = None
        self.data = None
        if sort not in SORTS:
            raise ValueError(f"sort must be one of {sorted(SORTS)}, not {sort!r}")
        self.count = w.IntSlider(value=max(1, int(top)), min=1, max=max(1, int(top)), description="show",
                                 continuous_update=False)
        self.min_gap = w.FloatSlider(value=float(min_gap), min=0.0, max=2.0, step=0.05, description="min gap",
                                     continuous_update=False, readout_format=".2f")
        self.sort = w.Dropdown(options=_SORT_OPTIONS, value=sort, description="sort by")
        self.output = w.HTML()
        try:
            from ..analysis.compare import compare_sentiment

            self.table = compare_sentiment(doc, threshold=threshold)
            n_dis = int((~self.table["agree"]).sum())
            self.count.max = max(1, n_dis)
            self.count.value = max(1, min(int(top), n_dis))
        except Exception as exc:  # shown in the panel, not raised into the notebook
            self.error = f"Could not compare sentiment: {type(exc).__name__}: {exc}"
        for control in (self.count, self.min_gap, self.sort):
            control.observe(self._refresh, names="value")
        self.export_button = w.Button(description="Export", icon="download", layout=w.Layout(width="auto"),
                                      tooltip="Save the rows shown (CSV) and the settings (JSON) into exports/")
        self.export_status = w.HTML()
        self.export_button.on_click(lambda _: self._export_clicked())
        export = w.HBox([self.export_button, self.export_status])
        export.add_class("tk-export")
        self.widget = w.VBox([export, w.HBox([self.count, self.min_gap, self.sort]), self.output])
        self._refresh()

    export_folder = "exports"

    def export(self, folder=None) -> list:
        """Save the rows shown (``.data``, CSV) and the settings (JSON) into *folder* (default
        ``exports/``), under new timestamped names; return the paths (see :func:`~toolkit.widgets.panels.export_view`)."""
        from .panels import export_view

        settings = {"panel": type(self).__name__, "title": "Disagreements",
                    "controls": {"count": self.count.value, "min_gap": self.min_gap.value, "sort": self.sort.value}}
        return export_view(folder if folder is not None else self.export_folder, name="disagreements", data=self.data,
                           settings=settings)

    def _export_clicked(self) -> None:
        from html import escape

        from .html import message_html

        try:
            paths = self.export()
        except Exception as exc:  # shown beside the button, never as a traceback
            self.export_status.value = message_html(f"Export failed: {exc}", "error")
            return
        self.export_status.value = "Saved: " + ", ".join(f"<code>{escape(str(p))}</code>" for p in paths)

    @property
    def html(self) -> str:
        return self.output.value

    def _refresh(self, _change=None) -> None:
        from ..analysis.compare import agreement, disagreements

        message = self.error
        if message is None:
            try:
                self.data = disagreements(self.table, top=self.count.value, min_gap=self.min_gap.value,
                                          sort=self.sort.value)
                self.output.value = disagreement_html(self.data, agreement=agreement(self.table), total=len(self.table))
                return
            except Exception as exc:  # shown in the panel; the next change may succeed
                message = f"Could not list disagreements: {type(exc).__name__}: {exc}"
        from .html import STYLE, message_html

        self.data = None
        self.output.value = STYLE + message_html(message, "error")

    def _ipython_display_(self) -> None:
        from IPython.display import display

        display(self.widget)

    def __repr__(self) -> str:
        shown = 0 if self.data is None else len(self.data)
        return f"DisagreementBrowser(sentences={0 if self.table is None else len(self.table)}, shown={shown})"
