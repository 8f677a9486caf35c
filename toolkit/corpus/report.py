"""A self-contained HTML report: tables and figures in one file, every piece of text escaped.

>>> import pandas as pd
>>> "&lt;script&gt;" in html_report("T", [("Docs", pd.DataFrame({"title": ["<script>"]}))])
True
"""
from __future__ import annotations

import base64
import html
from collections.abc import Sequence

__all__ = ["html_report", "figure_png"]

_STYLE = """
body{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;margin:2rem auto;max-width:1100px;color:#222;line-height:1.45}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;font-size:.85rem;margin:.5rem 0}th,td{border:1px solid #ddd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f4f4f4}tr:nth-child(even) td{background:#fafafa}img{max-width:100%}
.note{color:#666;font-size:.85rem}.figs{display:flex;flex-wrap:wrap;gap:1rem}.figs figure{margin:0;flex:1 1 480px}
"""


def figure_png(fig, *, dpi: int = 110) -> bytes:
    """PNG bytes of a matplotlib figure, with provenance in its metadata and no time stamp."""
    import io

    from .outputs import provenance_line

    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=dpi, bbox_inches="tight", metadata={"Software": "toolkit", "Description": provenance_line()})
    return buffer.getvalue()


def _table_html(table, *, max_rows: int) -> str:
    shown = table.head(max_rows)
    body = shown.to_html(index=False, escape=True, border=0, na_rep="", float_format=lambda x: f"{x:.4g}")
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
