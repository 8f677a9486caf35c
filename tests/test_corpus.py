"""Corpus loading and analyses."""
from __future__ import annotations

import json
import os

import numpy as np
import pandas as pd
import pytest

import toolkit as tk
from toolkit.corpus.batch import profile_document, profile_texts
from toolkit.corpus.stats import profiles


@pytest.fixture()
def folder(tmp_path, seed_path):
    root = tmp_path / "articles"
    (root / "mideast").mkdir(parents=True)
    (root / "markets").mkdir()
    (root / "mideast" / "seed.txt").write_bytes(seed_path.read_bytes())
    (root / "mideast" / "short.txt").write_text("Israel warns Hezbollah\n\nIsrael warned Hezbollah on Monday. Hezbollah said it would respond.\n", encoding="utf-8")
    (root / "mideast" / "z_copy.txt").write_bytes(seed_path.read_bytes())  # exact duplicate
    (root / "markets" / "stocks.md").write_text("Stocks rally\n\nShares rose sharply on Monday. Investors were happy with strong profits.\n", encoding="utf-8")
    (root / "markets" / "page.html").write_text("<html><head><title>Oil falls</title></head><body><p>Oil prices fell on Tuesday.</p>"
                                                "<p>Traders feared weak demand.</p></body></html>", encoding="utf-8")
    (root / "markets" / "empty.txt").write_bytes(b"")
    (root / "markets" / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "markets" / "notes.csv").write_text("ignored,because\nnot,a text suffix\n", encoding="utf-8")
    (root / "README.md").write_text("About this folder.", encoding="utf-8")
    (root / ".hidden.txt").write_text("hidden", encoding="utf-8")
    return root


def test_load_folder_ids_groups_titles_problems_duplicates(folder):
    corpus = tk.load_corpus(folder)
    assert sorted(corpus.ids) == ["markets/page", "markets/stocks", "mideast/seed", "mideast/short"]
    meta = corpus.metadata().set_index("id")
    assert meta.loc["mideast/short", "group"] == "mideast"
    assert meta.loc["markets/stocks", "title"] == "Stocks rally"
    assert meta.loc["markets/page", "title"] == "Oil falls"
    assert pd.isna(meta.loc["mideast/seed", "title"]) or meta.loc["mideast/seed", "title"] is None
    problems = dict(zip(corpus.problems["path"].map(lambda p: os.path.basename(p)), corpus.problems["problem"]))
    assert problems["empty.txt"].startswith("empty")
    assert problems["image.txt"].startswith("binary")
    assert corpus.duplicates[["id", "duplicate_of"]].values.tolist() == [["mideast/z_copy", "mideast/seed"]]
    assert corpus.groups == ["markets", "mideast"]
    kept = tk.load_corpus(folder, drop_duplicates=False)
    assert len(kept) == len(corpus) + 1 and len(kept.duplicates) == 1


def test_unreadable_file_is_reported_not_fatal(folder):
    bad = folder / "mideast" / "locked.txt"
    bad.write_text("secret", encoding="utf-8")
    bad.chmod(0)
    try:
        if os.access(bad, os.R_OK):  # root can read anything: simulate with a broken symlink instead
            bad.chmod(0o644)
            bad.unlink()
            bad.symlink_to(folder / "does-not-exist.txt")
        corpus = tk.load_corpus(folder)
    finally:
        if bad.exists():
            bad.chmod(0o644)
    problems = corpus.problems[corpus.problems["path"].str.endswith("locked.txt")]
    assert len(problems) == 1 and problems["problem"].iloc[0].startswith("unreadable")
    assert "mideast/seed" in corpus.ids


def test_csv_and_jsonl_sources(tmp_path):
    csv_path = tmp_path / "rows.csv"
    pd.DataFrame({"id": ["a", "b", "c"], "text": ["Iran warned Israel.", "", "Markets rose, with strong gains."],
                  "group": ["world", "world", "business"]}).to_csv(csv_path, index=False)
    corpus = tk.load_corpus(csv_path)
    assert corpus.ids == ["a", "c"]
    assert corpus.groups == ["world", "business"]
    assert corpus.problems["problem"].tolist() == ["empty: no text after cleaning"]
    jsonl = tmp_path / "rows.jsonl"
    jsonl.write_text(json.dumps({"body": "Iran warned Israel."}) + "\n{not json}\n" + json.dumps({"body": "Oil fell."}) + "\n", encoding="utf-8")
    corpus = tk.load_corpus(jsonl, text_col="body")
    assert len(corpus) == 2 and corpus.problems["problem"].str.contains("invalid JSON").sum() == 1
    with pytest.raises(KeyError, match="text_col"):
        tk.load_corpus(jsonl)


def test_list_of_strings_never_reads_files(seed_path):
    corpus = tk.load_corpus([str(seed_path.name), "Another text."])
    assert corpus[0].text == seed_path.name  # a cell that looks like a file name stays text
    assert corpus.ids == ["doc0000", "doc0001"]


def test_profile_matches_document_functions(seed_doc):
    profile = profile_document(seed_doc)
    toks = tk.tokens(seed_doc)
    words = toks[toks["is_word"]]
    assert profile["words"] == len(words) == 472
    assert profile["tokens"] == len(toks)
    assert profile["counts"]["iran"] == 7 and profile["counts"]["US"] == 6
    sent = tk.sentence_sentiment(seed_doc)
    assert profile["scores"] == list(zip(sent["compound"], sent["pos"], sent["neu"], sent["neg"]))


def test_engines_give_identical_profiles(folder):
    corpus = tk.load_corpus(folder)
    local = profile_texts(corpus.documents, engine="local")
    procs = profile_texts(corpus.documents * 60, engine="processes", workers=2)
    assert procs == local * 60


def test_corpus_analyses(folder):
    corpus = tk.load_corpus(folder)
    docs = tk.document_table(corpus).set_index("id")
    assert docs.loc["mideast/seed", "words"] == 472
    assert docs.loc["mideast/seed", "sentences"] == 20
    assert docs.loc["markets/stocks", "label"] == "positive"
    assert docs.loc["mideast/seed", "top_keywords"].startswith("israel, iran")
    kw = tk.corpus_keywords(corpus, top=None).set_index("term")
    assert kw.loc["israel", "count"] == 11 + 2 and kw.loc["israel", "doc_freq"] == 2
    assert kw.loc["monday", "doc_freq"] == 3
    tfidf = tk.distinctive_terms(corpus, top=3)
    assert tfidf[tfidf["id"] == "markets/page"]["term"].tolist()[0] in {"oil", "prices", "traders", "demand", "weak", "feared", "fell", "tuesday", "falls"}
    assert tfidf.groupby("id")["tfidf"].apply(lambda s: s.is_monotonic_decreasing).all()
    key = tk.group_keyness(corpus, "mideast", top=5)
    assert key["term"].iloc[0] == "israel"
    key_doc = tk.group_keyness(corpus, "mideast/short", by="id", top=3, min_count=1)
    assert "hezbollah" in key_doc["term"].tolist()
    by_group = tk.sentiment_by_group(corpus).set_index("group")
    assert by_group.loc["mideast", "documents"] == 2 and by_group.loc["mideast", "sentences"] == 20 + 3  # the headline is a sentence
    assert by_group.loc["mideast", "mean_compound"] < 0 < by_group.loc["markets", "mean_compound"]
    mentions = tk.term_mentions(corpus, "Hezbollah")
    assert mentions[["id", "count"]].values.tolist() == [["mideast/short", 3], ["mideast/seed", 1]]
    assert tk.term_mentions(corpus, "Wall Street")["count"].tolist() == [1]
    with pytest.raises(KeyError, match="no group"):
        tk.group_keyness(corpus, "sport")


def test_news_sample_loads_with_groups(news_dir):
    corpus = tk.load_corpus(news_dir, group="prefix")
    assert corpus.groups == ["business", "entertainment", "politics", "sport", "tech"]
    assert len(corpus) + len(corpus.duplicates) == 200
    assert corpus.problems.empty
    by_group = tk.sentiment_by_group(corpus)
    assert by_group["documents"].sum() == len(corpus)


def test_profiles_computed_while_loading_are_reused_and_equal(tmp_path, monkeypatch):
    from toolkit.corpus import batch
    from toolkit.corpus.batch import profile_texts

    for group, texts in {"a": ["Good news for Iran.", "Bad news for Israel!"], "b": ["Markets rose. Traders cheered."]}.items():
        (tmp_path / group).mkdir()
        for i, text in enumerate(texts):
            (tmp_path / group / f"{group}{i}.txt").write_text(text, encoding="utf-8")
    plain = tk.load_corpus(tmp_path, workers=1)
    expected = profile_texts(plain.documents)
    calls = []
    real = batch._text_profile
    monkeypatch.setattr(batch, "_text_profile", lambda text, *doc: calls.append(text) or real(text, *doc))
    loaded = tk.load_corpus(tmp_path, workers=1, profile=True)
    assert len(calls) == 3  # once per document, while loading
    assert profile_texts(loaded.documents, engine="processes") == expected and len(calls) == 3  # not again
    loaded.documents[0].meta["group"] = "renamed"  # metadata is read afresh, counts come from the cache
    assert profile_texts(loaded.documents)[0]["group"] == "renamed" and len(calls) == 3


def _sklearn_distinctive(corpus, *, top, min_df=1):
    """The table as scikit-learn computes it (DictVectorizer + TfidfTransformer), the reference."""
    import numpy as np
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.feature_extraction.text import TfidfTransformer

    from toolkit.corpus.stats import _filtered, _stop, profiles

    profs = profiles(corpus)
    filtered = [_filtered(p["counts"], _stop(True), 2) for p in profs]
    vec = DictVectorizer(sort=True)
    counts = vec.fit_transform(filtered)
    names = vec.get_feature_names_out()
    if min_df > 1:
        keep = np.asarray((counts > 0).sum(axis=0)).ravel() >= min_df
        counts, names = counts[:, keep], names[keep]
    weights = TfidfTransformer().fit_transform(counts).tocsr()
    counts = counts.tocsr()
    rows = []
    for i, p in enumerate(profs):
        row = weights.getrow(i)
        order = sorted(zip(row.indices, row.data), key=lambda kv: (-round(kv[1], 12), names[kv[0]]))[:top]
        rows += [(p["id"], r, names[j], int(counts[i, j]), float(w)) for r, (j, w) in enumerate(order, 1)]
    return rows


@pytest.mark.parametrize("min_df", [1, 2])
def test_distinctive_terms_equal_scikit_learns(news_dir, min_df):
    corpus = tk.load_corpus(news_dir)
    ours = tk.distinctive_terms(corpus, top=15, min_df=min_df)
    theirs = _sklearn_distinctive(corpus, top=15, min_df=min_df)
    assert len(ours) == len(theirs) > 2000
    assert [r[:4] for r in ours.itertuples(index=False)] == [r[:4] for r in theirs]
    assert np.allclose(ours["tfidf"].to_numpy(), [r[4] for r in theirs], rtol=1e-13, atol=0)
