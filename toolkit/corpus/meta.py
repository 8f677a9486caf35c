"""Document metadata: dates from file names or columns, extra columns from a function or a table,
and the periods (year, decade, month or any metadata column) that trends and groups use.

>>> date_from_name("1980-Carter.txt"), date_from_name("2024-03-05_budget.txt"), date_from_name("notes.txt")
('1980', '2024-03-05', None)
>>> speech_meta("seeds/state_union/2001-GWBush-1.txt")["president"]
'George W. Bush'

Dates are ISO strings at the precision given: ``"1980"``, ``"1980-01"`` or ``"1980-01-23"``, so they
sort in time order and say no more than the source did.
"""
from __future__ import annotations

import csv
import datetime as _dt
import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from pathlib import Path, PurePath

__all__ = ["date_from_name", "parse_date", "speech_meta", "presidents", "period_of", "PERIODS", "apply_meta",
           "META_PRESETS"]

#: Periods computed from a document's date; any other ``by=`` names a metadata column.
PERIODS = ("year", "decade", "month", "date")
# Keys every document has; the rest of ``doc.meta`` is the user's metadata.
INTERNAL_KEYS = frozenset({"id", "group", "file_name", "title", "sha1", "warnings", "streamed"})

_DATE_PREFIX = re.compile(r"^(\d{4})(?:[-_.](\d{2})(?:[-_.](\d{2}))?)?(?=$|[^0-9])")
_DATE_TEXT = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?\s*$")
YEARS = range(1000, 2200)


def _iso(year: str, month: str | None, day: str | None) -> str | None:
    if int(year) not in YEARS:
        return None
    if month is None:
        return year
    try:
        if day is None:
            _dt.date(int(year), int(month), 1)
            return f"{year}-{int(month):02d}"
        return _dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None


def date_from_name(name: str | PurePath) -> str | None:
    """The date a file name starts with (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``; "-", "_" or "."
    between the parts), or None.  ``2001-GWBush-1.txt`` is 2001; ``12345.txt`` has no date."""
    m = _DATE_PREFIX.match(PurePath(str(name)).name)
    return _iso(*m.groups()) if m else None


def parse_date(value) -> str | None:
    """A date column's value as an ISO string (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``), or None
    when empty or unreadable.  Also takes ``date``/``datetime`` objects, years as numbers and
    the formats pandas reads ("5 March 2024").

    >>> parse_date("2024-3-5"), parse_date(1980), parse_date("5 March 2024"), parse_date("soon")
    ('2024-03-05', '1980', '2024-03-05', None)
    """
    if value is None or value == "" or value != value:  # None, empty, NaN
        return None
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    if isinstance(value, (int, float)) and float(value).is_integer():
        return _iso(str(int(value)), None, None) if 1000 <= value <= 9999 else None
    text = str(value)
    m = _DATE_TEXT.match(text)
    if m:
        return _iso(*m.groups())
    import pandas as pd

    try:
        stamp = pd.to_datetime(text, errors="raise")
    except (ValueError, TypeError, OverflowError):
        return None
    return None if stamp is pd.NaT else stamp.date().isoformat()


# --- the speech corpora ------------------------------------------------------------------------

@lru_cache(maxsize=1)
def presidents() -> tuple[dict, ...]:
    """The committed table of US presidents (``name, first_year, last_year, president, party``):
    public knowledge, for the speech corpora in ``seeds/``."""
    path = Path(__file__).resolve().parent.parent / "data" / "presidents.csv"
    with open(path, encoding="utf-8") as fh:
        rows = csv.DictReader(line for line in fh if not line.startswith("#"))
        return tuple({**r, "first_year": int(r["first_year"]), "last_year": int(r["last_year"])} for r in rows)


def speech_meta(path: str | PurePath) -> dict:
    """``year, president, party`` of a speech file named like ``1980-Carter.txt`` or
    ``2001-GWBush-1.txt`` (the State of the Union and inaugural corpora in ``seeds/``).  The
    president's full name and party come from :func:`presidents`, by name and year (so "Bush"
    in 1990 and in 2005 are two presidents); an unknown name keeps the file's spelling and
    party "(unknown)".  A file name without a year gives ``{}``.
    """
    stem = PurePath(str(path)).stem
    date = date_from_name(stem)
    if date is None:
        return {}
    year = int(date[:4])
    name = re.sub(r"^\d{4}(?:[-_.]\d{2}){0,2}[-_ ]*", "", stem)
    name = re.sub(r"[-_ ]+\d+$", "", name)  # 1965-Johnson-1: the first of two that year
    row = next((r for r in presidents() if r["name"].lower() == name.lower()
                and r["first_year"] <= year <= r["last_year"]), None)
    if row is None:
        return {"date": date, "year": year, "president": name or "(unknown)", "party": "(unknown)"}
    return {"date": date, "year": year, "president": row["president"], "party": row["party"]}


#: Names ``load_corpus(meta=...)`` accepts besides a function or a table.
META_PRESETS: dict[str, Callable] = {"speeches": speech_meta}


# --- periods -----------------------------------------------------------------------------------

def period_of(meta: Mapping, by: str) -> str | None:
    """The period of a document (its ``doc.meta``) for ``by`` = "year", "decade" ("1980s"),
    "month" ("1980-01", None when the date has no month), "date", or a metadata column
    (its value as text).  None when the document lacks it.

    >>> period_of({"date": "1983-01-25"}, "decade"), period_of({"party": "Democratic"}, "party")
    ('1980s', 'Democratic')
    """
    if by in PERIODS:
        date = meta.get("date")
        if not date:
            return None
        if by == "year":
            return date[:4]
        if by == "decade":
            return f"{date[:3]}0s"
        if by == "month":
            return date[:7] if len(date) >= 7 else None
        return date
    value = meta.get(by)
    if value is None or value != value or value == "":
        return None
    return str(value)


# --- applying metadata to a loaded corpus -------------------------------------------------------

def _table(meta) -> dict[str, dict]:
    """A CSV path or a DataFrame joined on ``id``, or a mapping id -> dict, as id -> dict."""
    import pandas as pd

    if isinstance(meta, Mapping):
        return {str(k): dict(v) for k, v in meta.items()}
    if isinstance(meta, (str, PurePath)):
        path = Path(meta).expanduser()
        if not path.is_file():
            raise FileNotFoundError(f"meta= names no file: {meta} (give a CSV with an id column, a function of the "
                                    f"path, or one of {sorted(META_PRESETS)})")
        meta = pd.read_csv(path, sep="\t" if path.suffix.lower() == ".tsv" else ",", dtype=str, keep_default_na=False)
    if isinstance(meta, pd.DataFrame):
        if "id" not in meta.columns:
            raise KeyError(f"the metadata table needs an 'id' column to join on; its columns are {list(meta.columns)}")
        rows = meta.astype(object).where(meta.notna(), None).to_dict("records")
        return {str(r.pop("id")): r for r in rows}
    raise TypeError(f"meta= takes a function of the path, a CSV file, a DataFrame or a dict, not {type(meta).__name__}")


def apply_meta(corpus, meta=None, *, group: str | None = None):
    """Add metadata to every document of *corpus* (in place) and return it.

    *meta*: a function of the document's path returning a dict, a preset name ("speeches"), a
    CSV file or DataFrame with an ``id`` column (joined on the document ids), or a dict
    ``id -> {column: value}``.  A ``date`` it gives is read with :func:`parse_date`.  With
    *group* a metadata column or a period ("year", "decade", ...), it becomes each document's
    group ("(none)" where missing).
    """
    if isinstance(meta, str) and meta in META_PRESETS:
        meta = META_PRESETS[meta]
    if meta is not None:
        if callable(meta):
            extra = {d.meta["id"]: meta(Path(d.source)) or {} for d in corpus.documents}
        else:
            extra = _table(meta)
        for doc in corpus.documents:
            row = extra.get(doc.meta["id"])
            if not row:
                continue
            row = {k: v for k, v in row.items() if k not in ("id", "sha1")}
            if "date" in row:
                row["date"] = parse_date(row["date"])
            doc.meta.update(row)
    if group is not None and group not in ("folder", "prefix"):
        known = {k for d in corpus.documents for k in d.meta} | set(PERIODS)
        if group not in known:
            raise KeyError(f"cannot group by {group!r}: no document has it; choose from {sorted(known - INTERNAL_KEYS)}")
        for doc in corpus.documents:
            doc.meta["group"] = period_of(doc.meta, group) or "(none)"
        corpus._index = {d.meta["id"]: i for i, d in enumerate(corpus.documents)}
        corpus._profiles = None  # profiles carry the group
    return corpus
