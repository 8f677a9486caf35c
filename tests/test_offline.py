"""Nothing may need nltk_data or the network: every resource comes from a package or the project."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

import toolkit as tk
from toolkit.text import resources


def test_whole_pipeline_runs_without_nltk_data_or_network(tmp_path, seed_path):
    # A fresh interpreter, NLTK_DATA pointing at an empty folder, nltk.data lookups and
    # nltk.download booby-trapped, and sockets disabled: the full pipeline must still run.
    script = textwrap.dedent(
        f"""
        import socket, nltk, nltk.data
        def refuse(*a, **k):
            raise AssertionError("network or nltk_data used: %r" % (a,))
        socket.socket.connect = refuse
        socket.create_connection = refuse
        nltk.download = refuse
        real_find = nltk.data.find
        def find(name, *a, **k):
            found = real_find(name, *a, **k)  # NLTK_DATA is empty, so only package files can be found
            if "nltk_data" in str(found):
                refuse(name)
            return found
        nltk.data.find = find
        import toolkit as tk
        doc = tk.load({str(seed_path)!r})
        assert len(tk.sentences(doc)) == 20
        assert len(tk.tokens(doc)) > 400
        assert tk.keyword_frequencies(doc, top=1)["term"].tolist() == ["israel"]
        assert len(tk.collocations(doc)) > 0
        assert tk.keyness(doc, top=1)["term"].tolist() == ["israel"]
        assert len(tk.sentence_sentiment(doc)) == 20
        assert tk.document_sentiment(doc).n_sentences == 20
        assert len(tk.explain_sentiment("not good")) == 2
        assert tk.summary(doc).words == 472
        print("OK")
        """
    )
    env = dict(os.environ, NLTK_DATA=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    assert out.stdout.strip().endswith("OK")


def test_resource_report_names_every_source():
    report = {row["resource"]: row for row in tk.resource_report()}
    assert report["VADER lexicon"]["source"].endswith("vaderSentiment/vader_lexicon.txt")
    assert report["stop words"]["version"].startswith("179 words")
    assert "punkt_en.txt" in report["sentence splitting"]["source"]
    assert report["general-English frequencies"]["version"].startswith("wordfreq ")
    assert report["hyphenation (syllables)"]["source"].endswith("hyph_en_US.dic")


def test_missing_package_gives_a_clear_error(monkeypatch):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "vaderSentiment" else real(name, *a))
    with pytest.raises(resources.ResourceMissingError, match="pip install vaderSentiment"):
        resources.vader_lexicon_path()


def test_missing_module_names_the_package(monkeypatch):
    monkeypatch.setitem(sys.modules, "pyphen", None)  # makes "import pyphen" fail
    resources.hyphenator.cache_clear()
    try:
        with pytest.raises(resources.ResourceMissingError, match="pip install pyphen"):
            resources.hyphenator()
    finally:
        monkeypatch.undo()
        resources.hyphenator.cache_clear()


def test_stopwords_add_and_remove():
    base = tk.stopwords()
    assert 170 <= len(base) <= 330
    assert "the" in base and "iran" not in base
    assert "said" in tk.stopwords(add=["Said"])
    assert "not" not in tk.stopwords(remove={"not"})
    table = tk.keyword_frequencies("He said no. She said yes. They said maybe.", top=1, stopwords=tk.stopwords(add={"said"}))
    assert table["term"].tolist() != ["said"]


def test_import_is_light():
    code = "import sys, toolkit; print(sorted(m for m in ('pandas', 'nltk', 'matplotlib') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]"


def test_a_hard_linked_lexicon_still_loads(tmp_path, monkeypatch):
    """uv installs packages as hard links to its cache by default, and NLTK refuses to read a data
    file with more than one link: the toolkit reads such a lexicon from a single-link copy."""
    import os

    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    import shutil

    # A copy with a second name, never a link to the installed file (other tests read that meanwhile).
    linked = tmp_path / "vader_lexicon.txt"
    shutil.copyfile(resources.vader_lexicon_path(), linked)
    os.link(linked, tmp_path / "second_name.txt")
    assert linked.stat().st_nlink == 2
    import nltk.data

    monkeypatch.setattr(nltk.data, "path", [*nltk.data.path, str(tmp_path)])
    with pytest.raises(PermissionError, match="link"):  # what NLTK does with it
        SentimentIntensityAnalyzer(lexicon_file=linked.as_uri())
    monkeypatch.setattr(resources, "vader_lexicon_path", lambda: linked)
    resources.vader_analyzer.cache_clear()
    try:
        sia = resources.vader_analyzer()
        assert sia.polarity_scores("good")["compound"] == 0.4404
        assert sia.polarity_scores("a terrible, horrible day")["compound"] < -0.5
        assert len(sia.lexicon) > 7000
    finally:
        resources.vader_analyzer.cache_clear()
