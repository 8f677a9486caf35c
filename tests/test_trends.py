"""The shipped speech corpora, document dates and metadata, and trends over time.

Trend counts are checked against an independent count written here: a regular expression over
the raw bytes of named files, decoded by hand (the Big5 and cp1252 files named explicitly).
"""
from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pandas as pd
import pytest

import toolkit as tk
from toolkit.corpus.meta import date_from_name, parse_date, speech_meta
from toolkit.corpus.trends import EntitiesMissingError, entity_trend, sentiment_trend, term_trend, trend_documents

ROOT = Path(__file__).resolve().parents[1]
SOTU = ROOT / "seeds" / "state_union"
INAUGURAL = ROOT / "seeds" / "inaugural"
SHARED = ROOT.parent.parent / "shared" / "data" / "public_domain"
# Saved through a Big5 system: the only non-ASCII bytes are Big5 punctuation (’ “ ” — …)
BIG5 = {"1970-Nixon.txt", "1971-Nixon.txt", "1972-Nixon.txt", "1973-Nixon.txt", "1974-Nixon.txt"}
CP1252 = {"1954-Eisenhower.txt"}  # "the ½¢ decrease"


def raw_text(path: Path) -> str:
    data = path.read_bytes()
    if path.name in BIG5 or (path.parent.name == "inaugural" and path.name == "2005-Bush.txt"):
        return data.decode("big5")
    if path.name in CP1252:
        return data.decode("cp1252")
    return data.decode("utf-8")


def grep_count(text: str, term: str) -> int:
    """Whole words, any case; a hyphen between letters joins a compound ("Iran-Contra", "U.S.-Soviet");
    a double hyphen is a dash ("war--and" has "war")."""
    if term.endswith("*"):
        body = re.escape(term[:-1]) + r"[\w'-]*"
    else:
        body = r"\s+".join(map(re.escape, term.split()))
    return len(re.findall(r"(?<![\w-])(?<![\w.]-)" + body + r"(?!\w)(?!-\w)", text, flags=re.I))


def grep_by_year(term: str, years) -> dict[str, int]:
    out: dict[str, int] = {}
    for path in sorted(SOTU.glob("*.txt")):
        year = path.name[:4]
        if int(year) in years:
            out[year] = out.get(year, 0) + grep_count(raw_text(path), term)
    return out


@pytest.fixture(scope="module")
def sotu():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return tk.load_corpus(SOTU, meta="speeches")


# --- the corpora in seeds/ ---------------------------------------------------------------------

def test_seed_corpora_are_complete_and_byte_identical():
    assert len(list(SOTU.glob("*.txt"))) == 65 and len(list(INAUGURAL.glob("*.txt"))) == 59
    readme = (ROOT / "seeds" / "README.md").read_text(encoding="utf-8")
    assert "public domain" in readme.lower() and "Kathleen Ahrens" in readme and "NLTK" in readme
    if SHARED.is_dir():
        for name in sorted(BIG5 | CP1252):
            assert (SOTU / name).read_bytes() == (SHARED / "state_union" / name).read_bytes()


def test_non_utf8_files_keep_their_bytes_and_decode_right():
    nixon = (SOTU / "1970-Nixon.txt").read_bytes()
    with pytest.raises(UnicodeDecodeError):
        nixon.decode("utf-8")  # the file is not rewritten
    assert b"man\xa1\xa6s genius" in nixon
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = tk.load(SOTU / "1970-Nixon.txt")
        ike = tk.load(SOTU / "1954-Eisenhower.txt")
    assert doc.encoding == "big5" and "man’s genius" in doc.text and "¡" not in doc.text
    assert "—" in doc.text and "\u3000" not in doc.text
    assert ike.encoding == "cp1252" and "the ½¢ decrease" in ike.text


def test_latin1_accents_decode(tmp_path):
    path = tmp_path / "1975-note.txt"
    path.write_bytes("The détente with Moscow, señor: café, naïve, ¡olé!".encode("latin-1"))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = tk.load_corpus(tmp_path)
    text = corpus.documents[0].text
    assert "détente" in text and "señor" in text and "naïve" in text and "¡olé!" in text
    assert corpus.documents[0].meta["date"] == "1975"


def test_speech_meta_tells_namesakes_apart():
    assert speech_meta("1990-Bush.txt") == {"date": "1990", "year": 1990, "president": "George H. W. Bush",
                                            "party": "Republican"}
    assert speech_meta("2001-GWBush-2.txt")["president"] == "George W. Bush"
    assert speech_meta("2005-Bush.txt")["president"] == "George W. Bush"
    assert (speech_meta("1905-Roosevelt.txt")["party"], speech_meta("1933-Roosevelt.txt")["party"]) == ("Republican", "Democratic")
    assert speech_meta("1825-Adams.txt")["president"] == "John Quincy Adams"
    assert speech_meta("1965-Johnson-1.txt")["president"] == "Lyndon B. Johnson"
    assert speech_meta("2031-Nobody.txt")["party"] == "(unknown)" and speech_meta("notes.txt") == {}


def test_sotu_metadata(sotu):
    meta = sotu.metadata().set_index("id")
    assert len(sotu) == 65 and not len(sotu.problems)
    assert meta.loc["1980-Carter", ["date", "president", "party"]].tolist() == ["1980", "Jimmy Carter", "Democratic"]
    assert meta["party"].value_counts().to_dict() == {"Republican": 36, "Democratic": 29}
    assert sorted(sotu.regroup("decade").groups) == ["1940s", "1950s", "1960s", "1970s", "1980s", "1990s", "2000s"]
    inaug = tk.load_corpus(INAUGURAL, meta="speeches", group="party")
    assert len(inaug) == 59 and {"Whig", "Federalist", "Democratic", "Republican"} <= set(inaug.groups)


# --- dates and meta= for any folder or table -----------------------------------------------------

def test_dates_from_names_and_columns(tmp_path):
    assert date_from_name("2024-03-05_budget.txt") == "2024-03-05"
    assert date_from_name("2024-13-05_x.txt") is None and date_from_name("12345.txt") is None
    assert parse_date("2024-02-30") is None and parse_date("") is None
    table = tmp_path / "t.csv"
    table.write_text("id,text,published\na,Iran warned.,2020-01-02\nb,Markets rose.,1999\nc,No date.,\n", encoding="utf-8")
    corpus = tk.load_corpus(table, date_col="published")
    assert [d.meta["date"] for d in corpus] == ["2020-01-02", "1999", None]
    jsonl = tmp_path / "t.jsonl"
    jsonl.write_text(json.dumps({"id": "x", "text": "Hello there.", "date": "2001-09-11"}) + "\n", encoding="utf-8")
    assert tk.load_corpus(jsonl).documents[0].meta["date"] == "2001-09-11"


def test_meta_function_and_csv_join(tmp_path):
    folder = tmp_path / "speeches"
    folder.mkdir()
    (folder / "a.txt").write_text("Iran warned Israel.", encoding="utf-8")
    (folder / "b.txt").write_text("Markets rose today.", encoding="utf-8")
    by_name = tk.load_corpus(folder, meta=lambda path: {"speaker": path.stem.upper(), "date": "1980"}, group="speaker")
    assert by_name.groups == ["A", "B"] and [d.meta["date"] for d in by_name] == ["1980", "1980"]
    sheet = tmp_path / "meta.csv"
    pd.DataFrame({"id": ["a", "b"], "party": ["Blue", "Red"], "date": ["1981-05-01", "1990"]}).to_csv(sheet, index=False)
    joined = tk.load_corpus(folder, meta=sheet, group="party")
    assert joined.groups == ["Blue", "Red"]
    assert joined.metadata()[["id", "date", "party"]].values.tolist() == [["a", "1981-05-01", "Blue"], ["b", "1990", "Red"]]
    assert tk.term_trend(joined, "iran", by="month")["period"].tolist() == ["1981-05"]  # "1990" has no month
    with pytest.raises(KeyError, match="id"):
        tk.load_corpus(folder, meta=pd.DataFrame({"name": ["a"]}))
    with pytest.raises(KeyError, match="cannot group by"):
        tk.load_corpus(folder, group="colour")


# --- term_trend against an independent count ---------------------------------------------------

@pytest.mark.parametrize("term,years", [
    ("iran", range(1945, 2007)),
    ("soviet", range(1945, 2007)),
    ("soviet*", range(1945, 2007)),
    ("terror*", range(1945, 2007)),
    ("cold war", range(1945, 2007)),
    ("peace", range(1970, 2007)),   # the Big5 Nixon years and everything after
    ("war", range(1947, 2007)),     # 1946 (Truman) has "I.WAR", "1946.war" and a line-break "war-" (see below)
])
def test_term_trend_equals_grep(sotu, term, years):
    table = term_trend(sotu, [term], by="year").set_index("period")
    expected = grep_by_year(term, years)
    got = {y: int(table.loc[y, "count"]) for y in expected}
    assert got == expected
    assert sum(expected.values()) > 0


def test_term_trend_named_files_and_documents(sotu):
    table = term_trend(sotu, "Iran, soviet*", by="year")
    row = table[(table["term"] == "Iran") & (table["period"] == "1980")].iloc[0]
    carter = raw_text(SOTU / "1980-Carter.txt")
    assert row["count"] == grep_count(carter, "iran") == 4 and row["documents"] == 1
    words = table.attrs["periods"].set_index("period").loc["1980", "words"]
    assert row["per_10k"] == pytest.approx(4 * 10_000 / words)
    # 1991 has two addresses (Bush-1 and Bush-2): both counted, each document listed once
    soviet91 = table[(table["term"] == "soviet*") & (table["period"] == "1991")].iloc[0]
    b1, b2 = (grep_count(raw_text(SOTU / f"1991-Bush-{i}.txt"), "soviet*") for i in (1, 2))
    assert soviet91["count"] == b1 + b2 and soviet91["documents"] == (b1 > 0) + (b2 > 0)
    behind = trend_documents(sotu, "soviet*", "1991")
    assert behind["id"].tolist() == [i for i, n in sorted([("1991-Bush-1", b1), ("1991-Bush-2", b2)], key=lambda x: -x[1]) if n]
    assert behind["count"].tolist() == sorted([n for n in (b1, b2) if n], reverse=True)
    war = trend_documents(sotu, "war", "1991")
    assert sorted(war["count"]) == sorted(n for n in (grep_count(raw_text(SOTU / f"1991-Bush-{i}.txt"), "war") for i in (1, 2)) if n)
    assert len(war) == 2


def test_hyphenated_compounds_and_case(tmp_path):
    corpus = tk.load_corpus(["The Iran-Contra affair. IRAN and iran's oil; Iranian views.", "Nothing."],
                            meta={"doc0000": {"date": "1987"}, "doc0001": {"date": "1988"}})
    table = term_trend(corpus, ["iran", "iran-contra", "iran*"]).set_index(["term", "period"])
    assert table.loc[("iran", "1987"), "count"] == 2
    assert table.loc[("iran-contra", "1987"), "count"] == 1
    assert table.loc[("iran*", "1987"), "count"] == 4
    assert table.loc[("iran", "1988"), "count"] == 0  # every period has a row


def test_iran_rises_and_soviet_fades(sotu):
    table = term_trend(sotu, ["iran", "soviet*"], by="year").pivot(index="period", columns="term", values="per_10k")
    iran = table["iran"]
    assert iran["1980"] > iran.loc["1957":"1979"].max() and iran["1980"] == iran.loc[:"1999"].max()
    assert iran.loc["1988":"1999"].sum() == 0 and iran["2002"] > 0
    counts = term_trend(sotu, "soviet*", by="year").set_index("period")["count"]
    assert counts.loc["1992":].sum() * 10 < counts.loc["1980":"1991"].sum()
    decades = term_trend(sotu, "soviet*", by="decade").set_index("period")["per_10k"]
    assert decades["1990s"] < decades["1980s"] / 4 and decades["2000s"] < decades["1990s"]


def test_no_dates_is_a_clear_error():
    with pytest.raises(ValueError, match="no document has a date"):
        term_trend(tk.load_corpus(["One text.", "Two texts."]), "text")
    with pytest.raises(ValueError, match="at least one term"):
        term_trend(tk.load_corpus(["One."], meta={"doc0000": {"date": "2000"}}), " , ")


# --- sentiment, keyness between periods, entities ------------------------------------------------

def test_sentiment_trend_matches_sentence_scores(sotu):
    by_party = sentiment_trend(sotu, by="party").set_index("period")
    sentences = tk.sentence_table(sotu.regroup("party"))
    for party, part in sentences.groupby("group"):
        assert by_party.loc[party, "sentences"] == len(part)
        assert by_party.loc[party, "mean_compound"] == pytest.approx(part["compound"].mean())
        assert by_party.loc[party, "share_negative"] == pytest.approx((part["compound"] <= -0.05).mean())
    years = sentiment_trend(sotu, by="decade")
    assert years["period"].tolist() == sorted(years["period"]) and years["documents"].sum() == 65
    shares = years[["share_positive", "share_negative", "share_neutral"]].sum(axis=1)
    assert shares.round(9).eq(1).all()


def test_keyness_of_one_era_against_another(sotu):
    table = tk.group_keyness(sotu, "2000s", reference="1950s", by="decade", top=30)
    assert {"terrorists", "iraq"} <= set(table["term"])
    assert (table["direction"] == "over").all()
    with pytest.raises(KeyError, match="no decade"):
        tk.group_keyness(sotu, "1890s", by="decade")


def test_entity_trend_uses_the_entities_module(monkeypatch):
    import sys
    import types

    corpus = tk.load_corpus(["Carter met Sadat. Carter spoke.", "Reagan spoke. Carter too."],
                            meta={"doc0000": {"date": "1978"}, "doc0001": {"date": "1981"}})
    fake = types.ModuleType("toolkit.analysis.entities")

    def mentions(doc):
        found = [(m.group(), m.start()) for m in re.finditer(r"Carter|Sadat|Reagan", doc.text)]
        return pd.DataFrame({"entity": [f for f, _ in found], "surface": [f for f, _ in found],
                             "start": [s for _, s in found], "end": [s + len(f) for f, s in found],
                             "sent_id": 0, "type": ["PERSON"] * len(found)})

    fake.mentions = mentions
    monkeypatch.setitem(sys.modules, "toolkit.analysis.entities", fake)
    monkeypatch.setattr(tk.analysis, "entities", fake, raising=False)
    table = entity_trend(corpus, by="year").set_index(["entity", "period"])
    assert table.loc[("Carter", "1978"), "count"] == 2 and table.loc[("Carter", "1981"), "count"] == 1
    assert table.loc[("Reagan", "1978"), "count"] == 0 and table.loc[("Sadat", "1978"), "documents"] == 1
    assert list(entity_trend(corpus, top=1)["entity"].unique()) == ["Carter"]


def test_entity_trend_without_entities_says_what_is_missing(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "toolkit.analysis.entities", None)  # import fails
    corpus = tk.load_corpus(["Carter spoke."], meta={"doc0000": {"date": "1978"}})
    with pytest.raises(EntitiesMissingError, match=r"toolkit\.analysis\.entities.*mentions\(doc\)"):
        entity_trend(corpus)


# --- the plots ------------------------------------------------------------------------------------

def test_trend_plots_draw_the_table():
    import matplotlib

    matplotlib.use("Agg")
    from toolkit import plots

    corpus = tk.load_corpus(["Iran. Iran.", "Iran and Israel.", "Nothing here.", "Good news!"],
                            meta={f"doc000{i}": {"date": d} for i, d in enumerate(["1979", "1980", "1981", "1982"])})
    table = term_trend(corpus, ["iran", "israel"])
    ax = plots.plot_term_trend(table, measure="count")
    assert [line.get_label() for line in ax.lines] == ["iran", "israel"]
    assert ax.lines[0].get_xdata().tolist() == [1979, 1980, 1981, 1982]
    assert ax.lines[0].get_ydata().tolist() == [2, 1, 0, 0] and ax.lines[1].get_ydata().tolist() == [0, 1, 0, 0]
    smoothed = plots.plot_term_trend(table, measure="count", smooth=3, highlight=("1980", "iran"))
    assert smoothed.lines[0].get_ydata().tolist() == pytest.approx([1.5, 1.0, 1 / 3, 0.0])
    assert smoothed.lines[1].get_xdata().tolist() == [1980] and len(smoothed.lines) == 3  # the ring
    relative = plots.plot_term_trend(table).lines[0].get_ydata().tolist()
    assert relative == pytest.approx(table[table["term"] == "iran"]["per_10k"].tolist())
    tone = sentiment_trend(corpus, by="decade")
    ax = plots.plot_sentiment_trend(tone)
    assert ax.lines[0].get_ydata().tolist() == pytest.approx(tone["mean_compound"].tolist())
    assert [round(p.get_height(), 6) for p in ax.patches[:2]] == [round(v, 6) for v in tone["share_positive"]]
    assert plots.period_positions(["Truman", "Carter"]) == ([0.0, 1.0], False)
