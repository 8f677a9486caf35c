"""HTML for the panels' tables: every piece of text from the document goes through ``html.escape``.

>>> kwic_html(__import__("pandas").DataFrame({"left": ["a <b>"], "match": ["Iran"], "right": ["&"], "sent_id": [0]}))[:23]
'<div class="tk-scroll">'
"""
from __future__ import annotations

from html import escape

from ..corpus.report import format_value

__all__ = ["STYLE", "message_html", "table_html", "kwic_html", "valence_html", "facts_html", "valence_color"]

# One small style sheet, scoped to the panels' classes, shipped with each table.
STYLE = """<style>
.tk-scroll{max-height:420px;overflow:auto;border:1px solid #e0e0e0;border-radius:4px}
table.tk-table{border-collapse:collapse;font-size:12px;width:100%;font-family:var(--jp-ui-font-family,sans-serif)}
table.tk-table th{position:sticky;top:0;background:#f4f4f4;text-align:left;padding:3px 6px;border-bottom:1px solid #ccc}
table.tk-table td{padding:2px 6px;border-bottom:1px solid #eee;vertical-align:top;line-height:1.35;height:auto}
table.tk-table td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.tk-table tr.tk-picked td{background:#fff1e0}
table.tk-kwic td.left{text-align:right;white-space:nowrap}
table.tk-kwic td.right{white-space:nowrap}
table.tk-kwic mark{background:#ffd54f;padding:0 2px;font-weight:600}
.tk-msg{font-size:12px;padding:3px 8px;border-radius:4px;margin:2px 0}
.tk-msg.error{background:#fdecea;color:#8a1c12;border:1px solid #f5c2bd}
.tk-msg.info{background:#eef4fb;color:#1d3f66}
.tk-facts{display:flex;flex-wrap:wrap;gap:6px;font-size:12px}
.tk-fact{border:1px solid #e0e0e0;border-radius:4px;padding:4px 8px;min-width:7em}
.tk-fact b{display:block;font-size:16px}
.tk-w{border-radius:3px;padding:0 1px}
</style>"""


def message_html(text: str | None, kind: str = "info") -> str:
    """A one-line note (``kind="info"``) or error (``"error"``) for the panel's status line.

    >>> message_html("no <match>", "error")
    '<div class="tk-msg error">no &lt;match&gt;</div>'
    """
    if not text:
        return ""
    return f'<div class="tk-msg {escape(kind)}">{escape(text)}</div>'


def _cell(value, fmt: str | None, column=None) -> str:
    if isinstance(value, float):
        text = "" if value != value else format(value, fmt) if fmt else format_value(column, value)
        return f'<td class="num">{escape(text)}</td>'
    if isinstance(value, int) and not isinstance(value, bool):
        return f'<td class="num">{value}</td>'
    return f"<td>{escape(format_value(column, value))}</td>"  # None (a missing title) is blank


def table_html(table, *, columns=None, formats=None, picked=None, pick_column: str = "term",
               css_class: str = "tk-table", headers=None) -> str:
    """A DataFrame as an escaped HTML table; the row whose *pick_column* equals *picked* is marked.
    Numbers are rounded for reading (*formats*, else ``toolkit.corpus.report.format_value``:
    compound to 3 decimals, p-values as ``1.2e-25``); missing values are blank.

    >>> import pandas as pd
    >>> "&lt;b&gt;" in table_html(pd.DataFrame({"term": ["<b>"], "count": [1]}))
    True
    """
    columns = list(columns or table.columns)
    formats = formats or {}
    headers = headers or {}
    head = "".join(f"<th>{escape(str(headers.get(c, c)))}</th>" for c in columns)
    rows = []
    key = str(picked).lower() if picked else None
    for rec in table[columns].itertuples(index=False):
        values = dict(zip(columns, rec))
        mark = ' class="tk-picked"' if key is not None and str(values.get(pick_column, "")).lower() == key else ""
        cells = "".join(_cell(_plain(values[c]), formats.get(c), c) for c in columns)
        rows.append(f"<tr{mark}>{cells}</tr>")
    return (f'<div class="tk-scroll"><table class="{escape(css_class)}" data-rows="{len(rows)}">'
            f"<thead><tr>{head}</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def _plain(value):
    """numpy scalars -> Python numbers, so formatting picks the right branch."""
    item = getattr(value, "item", None)
    return item() if callable(item) else value


def kwic_html(kwic) -> str:
    """A keyword-in-context table: left context right-aligned, the match highlighted.

    >>> import pandas as pd
    >>> "<mark>Iran</mark>" in kwic_html(pd.DataFrame({"left": ["a"], "match": ["Iran"], "right": ["b"], "sent_id": [0]}))
    True
    """
    rows = []
    for left, match, right, sent_id in kwic[["left", "match", "right", "sent_id"]].itertuples(index=False):
        rows.append(
            f'<tr><td class="num">{int(sent_id)}</td>'
            f'<td class="left">{escape(str(left))}</td>'
            f"<td><mark>{escape(str(match))}</mark></td>"
            f'<td class="right">{escape(str(right))}</td></tr>'
        )
    return (f'<div class="tk-scroll"><table class="tk-table tk-kwic" data-rows="{len(rows)}">'
            '<thead><tr><th title="sentence number">sent.</th><th style="text-align:right">left</th>'
            f"<th>match</th><th>right</th></tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def valence_color(valence: float) -> str:
    """Background for a word of this VADER valence: blue for positive, red for negative,
    stronger for larger values (VADER's word valences lie within about ±4).

    >>> valence_color(2.0), valence_color(-4.0)
    ('rgba(44,123,182,0.45)', 'rgba(215,48,31,0.80)')
    """
    strength = min(abs(valence) / 4.0, 1.0) * 0.7 + 0.1
    rgb = "44,123,182" if valence > 0 else "215,48,31"
    return f"rgba({rgb},{strength:.2f})"


def _coloured_sentence(text: str, spans) -> str:
    out, cursor = [], 0
    for start, end, valence, lexicon, rules in spans:
        out.append(escape(text[cursor:start]))
        tip = f"valence {valence:+.2f} (lexicon {lexicon:+.2f})" + (f"; {rules}" if rules else "")
        style = f"background:{valence_color(valence)}" if valence else "text-decoration:line-through dotted"
        out.append(f'<span class="tk-w" style="{style}" title="{escape(tip)}">{escape(text[start:end])}</span>')
        cursor = end
    out.append(escape(text[cursor:]))
    return "".join(out)


def valence_html(sent_table, spans_of) -> str:
    """Sentences with each scored word coloured by its valence (hover for the value and the rules
    that changed it; a struck-through word had its valence cancelled by a rule).

    *sent_table* has ``sent_id, compound, label, text``; *spans_of(text)* gives the word spans
    (``toolkit.widgets.data.valence_spans``).
    """
    rows = []
    for sent_id, compound, label, text in sent_table[["sent_id", "compound", "label", "text"]].itertuples(index=False):
        rows.append(
            f'<tr><td class="num">{int(sent_id)}</td><td class="num">{float(compound):+.3f}</td>'
            f"<td>{escape(str(label))}</td><td>{_coloured_sentence(str(text), spans_of(str(text)))}</td></tr>"
        )
    return (f'<div class="tk-scroll"><table class="tk-table tk-valence" data-rows="{len(rows)}">'
            "<thead><tr><th>sent.</th><th>compound</th><th>label</th><th>sentence (words coloured by VADER valence)</th>"
            f"</tr></thead><tbody>{''.join(rows)}</tbody></table></div>")


def facts_html(facts) -> str:
    """Headline figures as small cards: *facts* is a list of ``(label, value)``.

    >>> facts_html([("words", 472)])
    '<div class="tk-facts"><div class="tk-fact"><b>472</b>words</div></div>'
    """
    cards = "".join(f'<div class="tk-fact"><b>{escape(str(v))}</b>{escape(str(k))}</div>' for k, v in facts)
    return f'<div class="tk-facts">{cards}</div>'
