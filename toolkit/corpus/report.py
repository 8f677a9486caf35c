"""A self-contained HTML report: tables and figures in one file, every piece of text escaped.

>>> import pandas as pd
>>> "&lt;script&gt;" in html_report("T", [("Docs", pd.DataFrame({"title": ["<script>"]}))])
True
"""
from __future__ import annotations

import base64
import html
import math
from collections.abc import Callable, Sequence

__all__ = ["html_report", "figure_png", "format_value", "column_formats", "readable"]

# How a number in a column of this name is written for reading (the DataFrame keeps the raw value).
_FORMATS: dict[str, str] = {
    "compound": ".3f", "mean_compound": "+.3f", "median_compound": "+.3f", "pos": ".3f", "neu": ".3f", "neg": ".3f",
    "per_10k": ".1f", "ref_per_10k": ".1f", "g2": ".1f", "log_ratio": ".2f", "pearson_r": ".3f", "r": ".3f",
    "valence": "+.3f", "lexicon_valence": "+.2f",
}


def _format_of(column) -> str:
    name = str(column).lower()
    if name in _FORMATS:
        return _FORMATS[name]
    if name in ("p", "p_value", "pvalue") or name.endswith("_p") or name.startswith("p_value"):
        return ".1e"  # p-values: scientific notation, 2 significant digits
    if "compound" in name:
        return ".3f"
    if name.startswith("share_") or name.endswith("_share"):
        return ".3f"
    return ".4g"


def format_value(column, value) -> str:
    """*value* of *column* as shown in tables for reading: compound to 3 decimals, p-values in
    scientific notation with 2 significant digits, shares to 3 decimals, other floats to 4
    significant digits; integers and text as they are; missing values (None, NaN) blank.

    >>> format_value("p_value", 1.183116e-25), format_value("compound", -0.2698949999999999), format_value("title", None)
    ('1.2e-25', '-0.270', '')
    """
    item = getattr(value, "item", None)
    if callable(item) and not isinstance(value, (str, bytes)):
        try:
            value = item()
        except (ValueError, TypeError):
            pass
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        text = str(value)
        return "" if text in ("None", "nan", "NaT", "<NA>") else text
    if isinstance(value, int):
        return str(value)
    return format(value, _format_of(column))


def column_formats(table) -> dict[str, Callable[[object], str]]:
    """A formatter per column of *table* (for ``DataFrame.to_html(formatters=...)`` or
    ``Styler.format``), following :func:`format_value`.

    >>> import pandas as pd
    >>> column_formats(pd.DataFrame({"p_value": [3e-9]}))["p_value"](3e-9)
    '3.0e-09'
    """
    return {c: (lambda v, c=c: format_value(c, v)) for c in table.columns}


def readable(table):
    """*table* rounded for reading in a notebook: a pandas ``Styler`` (the DataFrame itself keeps
    its raw values), without the index, with :func:`format_value`'s formats.

    >>> import pandas as pd
    >>> "1.2e-25" in readable(pd.DataFrame({"term": ["x"], "p_value": [1.183116e-25]})).to_html()
    True
    """
    return table.style.format(column_formats(table)).hide(axis="index")

_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1100px;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}tr:nth-child(even) td{background:#fafafa}img{max-width:100%}
.note{color:#666;font-size:.85rem}.figs{display:flex;flex-wrap:wrap;gap:1rem}.figs figure{margin:0;flex:1 1 480px}
"""


def figure_png(fig, *, dpi: int = 110) -> bytes:
    """PNG bytes of a matplotlib figure, with provenance in its metadata and no time stamp.

    The figure is laid out once at *dpi* to fit its labels (its own layout engine, or
    matplotlib's tight layout when it has none), then drawn once: ``bbox_inches="tight"``, or
    ``savefig`` with a layout engine, draws it twice.  Its size and dpi are left as they were.
    """
    import io

    from matplotlib.layout_engine import PlaceHolderLayoutEngine

    from .outputs import provenance_line

    buffer = io.BytesIO()
    engine, dpi_before = fig.get_layout_engine(), fig.dpi
    try:
        fig.set_dpi(dpi)  # text is measured at the resolution it is drawn at, and only once
        if engine is None or isinstance(engine, PlaceHolderLayoutEngine):
            fig.tight_layout()
        else:
            engine.execute(fig)
        fig.set_layout_engine(None)  # laid out: savefig then draws once (no layout pass of its own)
        fig.savefig(buffer, format="png", dpi=dpi, metadata={"Software": "toolkit", "Description": provenance_line()})
    finally:
        fig.set_layout_engine(engine)
        fig.set_dpi(dpi_before)
    return buffer.getvalue()


def _table_html(table, *, max_rows: int) -> str:
    shown = table.head(max_rows)
    body = shown.to_html(index=False, escape=True, border=0, na_rep="", formatters=column_formats(shown))
    more = f'<p class="note">{len(table) - max_rows:,} more rows in the CSV file.</p>' if len(table) > max_rows else ""
    return body + more


def html_report(
    title: str,
    tables: Sequence[tuple[str, object]],
    *,
    figures: Sequence[tuple[str, bytes]] = (),
    intro: str = "",
    max_rows: int = 50,
) -> str:
    """Render *tables* (``(heading, DataFrame)``) and *figures* (``(caption, png_bytes)``) into
    one HTML page.  Headings, captions, intro and every cell are HTML-escaped, and bidirectional
    controls (U+202A-U+202E, U+2066-U+2069) removed.
    """
    from .outputs import provenance_line

    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    if intro:
        parts.append(f"<p>{html.escape(intro)}</p>")
    if figures:
        parts.append('<div class="figs">')
        for caption, png in figures:
            data = base64.b64encode(png).decode("ascii")
            parts.append(f'<figure><img alt="{html.escape(caption, quote=True)}" src="data:image/png;base64,{data}">'
                         f"<figcaption>{html.escape(caption)}</figcaption></figure>")
        parts.append("</div>")
    for heading, table in tables:
        parts.append(f"<h2>{html.escape(heading)}</h2>")
        parts.append(_table_html(table, max_rows=max_rows) if len(table) else '<p class="note">None.</p>')
    parts.append(f'<p class="note">{html.escape(provenance_line().lstrip("# "))}</p>')
    parts.append("</body></html>")
    from ..text.clean import strip_bidi_controls

    # No bidirectional override in any cell or heading can reorder what the report shows.
    return strip_bidi_controls("\n".join(parts) + "\n")
