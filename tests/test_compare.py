"""Tests for toolkit.analysis.compare (TextBlob beside VADER) and toolkit.widgets.compare, and notebook 06."""
from __future__ import annotations

import math
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

import toolkit as tk
from toolkit.analysis.compare import COLUMNS, agreement, compare_sentiment, disagreements, textblob_scores, textblob_version
from toolkit.text.document import EmptyDocumentWarning
from toolkit.widgets.compare import DisagreementBrowser, disagreement_html

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"


@pytest.fixture(scope="module")
def seed_table():
    return compare_sentiment(tk.load(SEED))


def test_textblob_needs_no_nltk_data_or_download(tmp_path):
    script = textwrap.dedent(f"""
        import nltk, nltk.data
        def refuse(*a, **k):
            raise AssertionError("nltk_data or download used: %r" % (a,))
        nltk.download = refuse
        real_find, real_load = nltk.data.find, nltk.data.load
        def find(name, *a, **k):  # only package files may be found (NLTK_DATA is empty)
            found = real_find(name, *a, **k)
            if "site-packages" not in str(found):
                refuse(name)
            return found
        import vaderSentiment, pathlib, urllib.parse
        packaged = pathlib.Path(vaderSentiment.__file__).with_name("vader_lexicon.txt").read_bytes()
        def load(name, *a, **k):  # the VADER lexicon is a file: URL inside the vaderSentiment wheel,
            name = str(name)      # or a single-link copy of it (when the wheel's file is hard-linked)
            if not name.startswith("file:"):
                refuse(name)
            path = pathlib.Path(urllib.parse.urlparse(name).path)
            if "site-packages" not in name and path.read_bytes() != packaged:
                refuse(name)
            return real_load(name, *a, **k)
        nltk.data.find, nltk.data.load = find, load
        from toolkit.analysis.compare import compare_sentiment, agreement
        table = compare_sentiment({str(SEED)!r})
        print(len(table), agreement(table))
    """)
    # TextBlob's PatternAnalyzer reads en-sentiment.xml from its own package; NLTK is only asked
    # for the VADER lexicon file shipped in the vaderSentiment wheel.
    env = dict(os.environ, NLTK_DATA=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.split() == ["20", "0.5"]


def test_seed_table_columns_and_known_rows(seed_table):
    t = seed_table
    assert t.columns.tolist() == COLUMNS
    assert len(t) == 20 and t["sent_id"].tolist() == list(range(20))
    assert t["compound"].tolist() == tk.sentence_sentiment(SEED)["compound"].tolist()
    row = t.iloc[4]
    assert row["text"].startswith("Iran's threat of retaliation")
    assert (row["compound"], row["vader_label"], row["polarity"], row["textblob_label"], bool(row["agree"])) == \
        (-0.8176, "negative", 0.0, "neutral", False)
    assert row["gap"] == pytest.approx(0.8176)
    # Exactly -0.05 is negative for TextBlob, as for VADER (<= -threshold).
    assert (t.iloc[1]["polarity"], t.iloc[1]["textblob_label"], bool(t.iloc[1]["agree"])) == (-0.05, "negative", True)
    assert t.iloc[16]["textblob_label"] == "negative" and t.iloc[16]["vader_label"] == "positive"
    assert (t["gap"] == (t["compound"] - t["polarity"]).abs()).all()


def test_polarity_and_subjectivity_equal_textblob_itself(seed_table):
    from textblob import TextBlob

    for text, p, s in seed_table[["text", "polarity", "subjectivity"]].itertuples(index=False):
        sentiment = TextBlob(text).sentiment
        assert (p, s) == (sentiment.polarity, sentiment.subjectivity)
    assert textblob_scores(["not good", "a great plan"]) == [(-0.35, 0.6000000000000001), (0.8, 0.75)]


def test_agreement_and_version(seed_table):
    assert agreement(seed_table) == 0.5
    assert seed_table.attrs["textblob"] == textblob_version()
    assert textblob_version() == f"textblob {tk.resources.package_version('textblob')} PatternAnalyzer (en-sentiment.xml)"
    assert seed_table.attrs["vader"].startswith("nltk 3.") and seed_table.attrs["threshold"] == 0.05


def test_disagreements_sorting_filtering(seed_table):
    assert disagreements(seed_table, top=3)["sent_id"].tolist() == [4, 16, 8]
    every = disagreements(seed_table, top=None)
    assert sorted(every["sent_id"]) == [0, 2, 4, 8, 9, 10, 16, 17, 18, 19]
    assert not every["agree"].any()
    assert every["gap"].is_monotonic_decreasing
    assert disagreements(seed_table, top=None, sort="order")["sent_id"].tolist() == [0, 2, 4, 8, 9, 10, 16, 17, 18, 19]
    assert disagreements(seed_table, top=None, min_gap=0.45)["sent_id"].tolist() == [4, 16, 8, 0]
    assert disagreements(seed_table, top=2, sort="compound")["sent_id"].tolist() == [4, 0]
    assert disagreements(seed_table, top=0).empty
    with pytest.raises(ValueError, match="sort must be one of"):
        disagreements(seed_table, sort="size")
    with pytest.raises(ValueError, match="top must be"):
        disagreements(seed_table, top=-1)
    with pytest.raises(ValueError, match="min_gap"):
        disagreements(seed_table, min_gap=3)


def test_threshold_is_shared_by_both_labels():
    wide = compare_sentiment(SEED, threshold=0.5)
    assert set(wide["textblob_label"]) == {"neutral"}  # no TextBlob polarity in the seed reaches ±0.5
    assert (wide["vader_label"] == "negative").sum() == (tk.sentence_sentiment(SEED)["compound"] <= -0.5).sum() == 6
    with pytest.raises(ValueError, match="threshold"):
        compare_sentiment(SEED, threshold=1.5)


def test_empty_document_gives_empty_table_and_nan_agreement():
    with pytest.warns(EmptyDocumentWarning):
        doc = tk.load("   \n ")
    table = compare_sentiment(doc)
    assert table.columns.tolist() == COLUMNS and table.empty
    assert math.isnan(agreement(table))
    assert disagreements(table).empty


# --- widget ------------------------------------------------------------------------------------

def test_browser_controls_change_the_rows():
    b = DisagreementBrowser(SEED, top=3)
    assert b.data["sent_id"].tolist() == [4, 16, 8]
    assert b.count.max == 10  # one position per disagreement
    b.sort.value = "order"
    assert b.data["sent_id"].tolist() == [0, 2, 4]
    b.min_gap.value = 0.45
    assert b.data["sent_id"].tolist() == [0, 4, 8]
    b.count.value = 10
    assert b.data["sent_id"].tolist() == [0, 4, 8, 16]
    assert 'data-rows="4"' in b.html and "agree on 50% of 20 sentences; showing 4 disagreement(s)" in b.html
    assert "Iran&#x27;s threat of retaliation" in b.html
    assert repr(b) == "DisagreementBrowser(sentences=20, shown=4)"


def test_browser_escapes_text_and_shows_errors_in_the_panel(tmp_path):
    b = DisagreementBrowser("Iran's threat of retaliation has heightened fears <script>alert(1)</script>. Good.")
    assert b.data["text"].tolist() == ["Iran's threat of retaliation has heightened fears <script>alert(1)</script>."]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in b.html and "<script>" not in b.html
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    broken = DisagreementBrowser(str(binary))
    assert broken.data is None and broken.table is None
    assert 'class="tk-msg error"' in broken.html and "BinaryInputError" in broken.html
    agreeing = DisagreementBrowser("Good. Bad.")
    assert agreeing.data.empty and "No disagreements match these settings." in agreeing.html


def test_disagreement_html_escapes_every_cell():
    import pandas as pd

    rows = pd.DataFrame({"sent_id": [0], "text": ['<img src=x onerror="alert(1)">'], "compound": [0.5],
                         "vader_label": ["<b>positive</b>"], "polarity": [-0.5], "subjectivity": [0.5],
                         "textblob_label": ["negative"], "gap": [1.0]})
    out = disagreement_html(rows, agreement=0.25, total=4)
    assert "<img" not in out and "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in out
    assert "&lt;b&gt;positive&lt;/b&gt;" in out and "agree on 25% of 4 sentences" in out


# --- notebook ----------------------------------------------------------------------------------

# Notebook 06 on the seed is executed once, with every notebook, in tests/test_notebooks.py
# (test_second_opinion_notebook_shows_the_disagreements there).
