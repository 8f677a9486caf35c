"""Tests for toolkit.analysis.sentiment: sentence/document VADER scores and the rule-by-rule explanation."""
from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import toolkit as tk
from toolkit.text.resources import vader_analyzer
from toolkit.analysis.sentiment import COLUMNS, EXPLAIN_COLUMNS, DocumentSentiment

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"


@pytest.fixture(scope="module")
def seed():
    return tk.load(SEED)


@pytest.fixture(scope="module")
def seed_table(seed):
    return tk.sentence_sentiment(seed)


def _row(table, needle):
    rows = table[table["text"].str.contains(needle, regex=False)]
    assert len(rows) == 1, f"{needle!r} matched {len(rows)} sentences"
    return rows.iloc[0]


def nltk_internal_sentiments(text):
    """NLTK's own per-item ``sentiments`` list, before and after ``_but_check``.

    A copy of the loop in ``SentimentIntensityAnalyzer.polarity_scores`` calling NLTK's methods;
    ``test_reference_loop_reproduces_polarity_scores`` checks it is faithful.
    """
    from nltk.sentiment.vader import SentiText

    a = vader_analyzer()
    sentitext = SentiText(text, a.constants.PUNC_LIST, a.constants.REGEX_REMOVE_PUNCTUATION)
    words = sentitext.words_and_emoticons
    first_index = {}
    for idx, token in enumerate(words):
        first_index.setdefault(token, idx)
    sentiments = []
    for item in words:
        i = first_index[item]
        if (i < len(words) - 1 and item.lower() == "kind" and words[i + 1].lower() == "of") \
                or item.lower() in a.constants.BOOSTER_DICT:
            sentiments.append(0)
            continue
        sentiments = a.sentiment_valence(0, sentitext, item, i, sentiments)
    pre = list(sentiments)
    final = a._but_check(words, sentiments)
    return words, pre, final


# --- sentence_sentiment on the seed ---------------------------------------------------------------

def test_seed_table_shape_and_columns(seed_table):
    assert list(seed_table.columns) == COLUMNS
    assert len(seed_table) == 20
    assert seed_table["sent_id"].tolist() == list(range(20))
    assert str(seed_table["compound"].dtype) == "float64"


@pytest.mark.parametrize(
    "needle, compound, pos, neu, neg",
    [
        ('must be "punished"', -0.8074, 0.0, 0.774, 0.226),
        ("Iran's threat of retaliation", -0.8176, 0.0, 0.564, 0.436),
        ("Unnamed officials advised Jerusalem", -0.8271, 0.052, 0.627, 0.321),
        ("In April, a massive drone", 0.34, 0.148, 0.741, 0.111),
        ("During a national security meeting", 0.2732, 0.235, 0.641, 0.125),
        ("Reports suggest that these reprisals", 0.0, 0.0, 1.0, 0.0),
        ("Iran has insisted that it does not seek", -0.1027, 0.105, 0.815, 0.079),
    ],
)
def test_seed_sentences_equal_nltk_reference(seed_table, needle, compound, pos, neu, neg):
    row = _row(seed_table, needle)
    reference = vader_analyzer().polarity_scores(row["text"])
    assert (row["compound"], row["pos"], row["neu"], row["neg"]) == (
        reference["compound"], reference["pos"], reference["neu"], reference["neg"])
    # and the values themselves, so a change of lexicon or NLTK is noticed
    assert (row["compound"], row["pos"], row["neu"], row["neg"]) == (compound, pos, neu, neg)


def test_every_seed_sentence_equals_nltk(seed_table):
    a = vader_analyzer()
    for _, row in seed_table.iterrows():
        ref = a.polarity_scores(row["text"])
        assert [row[k] for k in ("compound", "pos", "neu", "neg")] == [ref[k] for k in ("compound", "pos", "neu", "neg")]


def test_seed_labels_follow_thresholds(seed_table):
    for c, label in zip(seed_table["compound"], seed_table["label"]):
        expected = "positive" if c >= 0.05 else "negative" if c <= -0.05 else "neutral"
        assert label == expected
    counts = seed_table["label"].value_counts().to_dict()
    # Checked by hand: a news report on threatened retaliation, mostly negative; the 4 "positive"
    # sentences owe it to lexicon words like "United" (States), "engaged", "parties", "support".
    assert counts == {"negative": 13, "positive": 4, "neutral": 3}
    assert _row(seed_table, "punished")["label"] == "negative"
    assert _row(seed_table, "Reports suggest")["label"] == "neutral"
    assert _row(seed_table, "urging all parties")["label"] == "positive"


def test_threshold_is_applied_after_the_cache(seed):
    default = tk.sentence_sentiment(seed)
    strict = tk.sentence_sentiment(seed, threshold=0.5)
    assert default["compound"].tolist() == strict["compound"].tolist()
    assert strict["label"].value_counts().to_dict() == {"neutral": 14, "negative": 6}  # six sentences at -0.56 or below
    assert "label" not in seed._cache[("sentiment",)].columns


def test_threshold_boundaries_are_inclusive(seed):
    # 0.4019 is the compound of two positive sentences and, negated, of the "tensions" sentence
    table = tk.sentence_sentiment(seed, threshold=0.4019)
    assert _row(table, "urging all parties")["label"] == "positive"
    assert _row(table, "de-escalate tensions")["label"] == "negative"
    assert table["label"].value_counts().to_dict() == {"negative": 9, "neutral": 9, "positive": 2}


def test_returns_copies(seed):
    first = tk.sentence_sentiment(seed)
    first.loc[0, "compound"] = 99.0
    first.loc[0, "text"] = "changed"
    again = tk.sentence_sentiment(seed)
    assert again.loc[0, "compound"] == -0.4767
    assert again.loc[0, "text"] != "changed"


def test_offsets_index_doc_text(seed, seed_table):
    for _, row in seed_table.iterrows():
        assert seed.text[row["start"]:row["end"]] == row["text"]


def test_empty_document_gives_empty_table():
    table = tk.sentence_sentiment("")
    assert list(table.columns) == COLUMNS
    assert len(table) == 0
    assert str(table["compound"].dtype) == "float64"


@pytest.mark.parametrize("bad", [0, -0.1, 1.5, float("nan")])
def test_bad_threshold_rejected(bad):
    with pytest.raises(ValueError):
        tk.sentence_sentiment("Good.", threshold=bad)


def test_plain_string_input():
    table = tk.sentence_sentiment("I love this. I hate that. It is a table.")
    assert table["label"].tolist() == ["positive", "negative", "neutral"]


# --- document_sentiment ---------------------------------------------------------------------------

def test_document_sentiment_seed(seed, seed_table):
    summary = tk.document_sentiment(seed)
    assert isinstance(summary, DocumentSentiment)
    assert summary.n_sentences == 20
    assert summary.mean_compound == seed_table["compound"].mean()
    assert summary.mean_compound == pytest.approx(-0.269895, abs=1e-9)
    assert summary.median_compound == seed_table["compound"].median() == -0.3506
    assert (summary.share_positive, summary.share_negative, summary.share_neutral) == (0.2, 0.65, 0.15)
    assert summary.share_positive + summary.share_negative + summary.share_neutral == pytest.approx(1.0)
    assert summary.label == "negative"
    assert summary.most_negative.startswith("Unnamed officials advised Jerusalem")
    assert summary.most_positive.startswith("In Washington, President Biden")  # first of two at 0.4019
    assert summary.implementation == "nltk 3.10.4 SentimentIntensityAnalyzer"
    assert summary.lexicon.startswith("vaderSentiment 3.3.2 vader_lexicon.txt sha256:")
    d = summary.as_dict()
    assert d["n_sentences"] == 20 and d["label"] == "negative"
    with pytest.raises(AttributeError):
        summary.label = "positive"  # frozen


def test_whole_text_vader_saturates_but_mean_does_not(seed):
    a = vader_analyzer()
    single = tk.document_sentiment(seed)
    long_text = "\n\n".join([seed.text] * 20)
    long_doc = tk.load(long_text)
    long_summary = tk.document_sentiment(long_doc)
    assert long_summary.n_sentences == 400

    whole_single = a.polarity_scores(seed.text)["compound"]
    whole_long = a.polarity_scores(long_text)["compound"]
    assert whole_single == -0.9735           # one article is already near the bound
    assert abs(whole_long) > 0.99           # saturated: -0.9999 whatever the balance
    assert abs(whole_long) > abs(whole_single)  # and it only grows with length
    assert long_summary.mean_compound == pytest.approx(single.mean_compound, rel=1e-12)
    assert long_summary.median_compound == single.median_compound
    assert long_summary.share_negative == single.share_negative
    assert long_summary.label == single.label == "negative"


def test_document_sentiment_neutral_names_seed(seed, seed_table):
    plain = tk.document_sentiment(seed)
    default = tk.document_sentiment(seed, neutral_names=False)
    neutral = tk.document_sentiment(seed, neutral_names=True)
    assert default == plain  # the default is unchanged: NLTK's VADER
    assert plain.mean_compound == pytest.approx(-0.269895, abs=1e-9)
    # only sentence 2 changes (its "United" States / Arab Emirates scored +1.8): 0.34 -> -0.4939
    masked = tk.sentence_sentiment(seed, neutral_names=True)
    assert neutral.mean_compound == masked["compound"].mean()
    assert neutral.mean_compound == pytest.approx(-0.269895 + (-0.4939 - 0.34) / 20, abs=1e-9)
    assert neutral.mean_compound < plain.mean_compound
    assert neutral.median_compound == -0.38155 < plain.median_compound == -0.3506
    assert (neutral.share_positive, neutral.share_negative, neutral.share_neutral) == (0.15, 0.7, 0.15)
    assert neutral.n_sentences == 20 and neutral.label == "negative"
    assert neutral.most_positive == plain.most_positive and neutral.most_negative == plain.most_negative
    assert "neutral_names" in neutral.implementation and "neutral_names" not in plain.implementation
    assert tk.document_sentiment(seed).mean_compound == seed_table["compound"].mean()  # cache not polluted


def test_document_sentiment_neutral_names_without_names_changes_nothing():
    text = "It is fine. It is a chair."
    a, b = tk.document_sentiment(text), tk.document_sentiment(text, neutral_names=True)
    assert (a.mean_compound, a.median_compound, a.label) == (b.mean_compound, b.median_compound, b.label)
    assert a.mean_compound == pytest.approx(0.10115)


def test_document_sentiment_empty():
    summary = tk.document_sentiment("")
    assert summary.n_sentences == 0
    assert math.isnan(summary.mean_compound) and math.isnan(summary.median_compound)
    assert summary.label == "neutral"
    assert summary.most_positive is None and summary.most_negative is None


def test_document_sentiment_label_uses_threshold():
    text = "It is fine. It is a chair."  # compounds 0.2023 and 0.0 -> mean 0.10115
    assert tk.document_sentiment(text).label == "positive"
    assert tk.document_sentiment(text, threshold=0.2).label == "neutral"
    assert tk.document_sentiment(text).most_negative is None


# --- explain_sentiment ----------------------------------------------------------------------------

EXAMPLE = "The movie was NOT good, but the acting was very great!!"


def test_explain_example():
    df = tk.explain_sentiment(EXAMPLE)
    assert list(df.columns) == EXPLAIN_COLUMNS
    assert df["word"].tolist() == ["The", "movie", "was", "NOT", "good", "but", "the", "acting", "was", "very", "great"]
    good = df[df["word"] == "good"].iloc[0]
    assert good["lexicon_valence"] == 1.9
    assert "negated by 'NOT' ×-0.74" in good["rules"]
    # NLTK gives no ALL-CAPS bonus for a capitalised negation word: only lexicon words and boosters get it
    assert "ALL-CAPS" not in good["rules"]
    assert good["pre_but_valence"] == 1.9 * -0.74
    assert good["valence"] == 1.9 * -0.74 * 0.5
    assert "before 'but' ×0.5" in good["rules"]
    great = df[df["word"] == "great"].iloc[0]
    assert "booster 'very' +0.293" in great["rules"]
    assert great["pre_but_valence"] == 3.1 + 0.293
    assert great["valence"] == (3.1 + 0.293) * 1.5
    assert "after 'but' ×1.5" in great["rules"]
    assert df[df["word"] == "very"].iloc[0]["rules"] == "booster word (no valence)"
    before, after = df.index < 5, df.index > 5
    assert (df.loc[before, "valence"] == df.loc[before, "pre_but_valence"] * 0.5).all()
    assert (df.loc[after, "valence"] == df.loc[after, "pre_but_valence"] * 1.5).all()
    ref = vader_analyzer().polarity_scores(EXAMPLE)
    assert {k: df.attrs[k] for k in ("compound", "pos", "neu", "neg")} == ref
    assert df.attrs["compound"] == 0.7888
    assert df.attrs["punctuation_emphasis"] == 2 * 0.292


def test_explain_caps_emphasis():
    df = tk.explain_sentiment("The movie was not GOOD")
    good = df[df["word"] == "GOOD"].iloc[0]
    assert good["rules"] == "ALL-CAPS emphasis +0.733; negated by 'not' ×-0.74"
    assert good["valence"] == (1.9 + 0.733) * -0.74
    df = tk.explain_sentiment("VERY good food")
    assert df.loc[1, "rules"] == "booster 'VERY' (ALL-CAPS) +1.026"


@pytest.mark.parametrize(
    "text, word, rule",
    [
        ("it was kind of good", "good", "idiom 'kind of' -0.293"),
        ("that movie was the bomb", "bomb", "idiom 'the bomb' sets 3"),
        ("I least like it", "like", "'least' negation ×-0.74"),
        ("never so good", "good", "'never so' ×1.5"),
        ("this is hardly good", "good", "dampener 'hardly' -0.293"),
        ("this is very bad", "bad", "booster 'very' -0.293"),
        ("it is very much good", "good", "booster 'very' +0.278"),       # two words back: ×0.95
        ("it is very much the good", "good", "booster 'very' +0.264"),   # three words back: ×0.9
    ],
)
def test_explain_rules(text, word, rule):
    df = tk.explain_sentiment(text)
    row = df[df["word"] == word].iloc[0]
    assert rule in row["rules"]
    assert df["valence"].tolist() == [float(v) for v in nltk_internal_sentiments(text)[2]]


def test_explain_kind_of_row():
    df = tk.explain_sentiment("it was kind of good")
    assert df.loc[2, "rules"] == "'kind of' dampener (no valence)"
    assert df.loc[2, "lexicon_valence"] == 2.4 and df.loc[2, "valence"] == 0.0


def test_explain_repeated_word_uses_first_context():
    # NLTK scores every repeat of a token with the neighbours of its first occurrence
    text = "The food is not good and the service is good"
    df = tk.explain_sentiment(text)
    last = df.iloc[-1]
    assert (last["position"], last["context_position"]) == (9, 4)
    assert last["rules"] == "scored at position 4 (first occurrence); negated by 'not' ×-0.74"
    assert last["valence"] == 1.9 * -0.74
    assert df.attrs["compound"] == vader_analyzer().polarity_scores(text)["compound"] == -0.5875


def test_explain_quoted_word_is_not_matched():
    # SentiText strips one punctuation mark per side: '"punished"' is not looked up (seed sentence)
    df = tk.explain_sentiment('Israel must be "punished" for it')
    assert df["word"].tolist()[3] == '"punished"'
    assert (df["valence"] == 0).all()


def test_explain_empty():
    df = tk.explain_sentiment("")
    assert list(df.columns) == EXPLAIN_COLUMNS and len(df) == 0
    assert df.attrs["compound"] == 0.0


def test_explain_rejects_non_str():
    with pytest.raises(TypeError):
        tk.explain_sentiment(None)


def test_reference_loop_reproduces_polarity_scores():
    a = vader_analyzer()
    for text in [EXAMPLE, "never so good", "The food is not good and the service is good", "kind of the bomb :)"]:
        _, _, final = nltk_internal_sentiments(text)
        assert a.score_valence(final, text) == a.polarity_scores(text)


def _check_against_nltk(text):
    a = vader_analyzer()
    df = tk.explain_sentiment(text)
    ref = a.polarity_scores(text)
    assert df.attrs["compound"] == ref["compound"]
    assert {k: df.attrs[k] for k in ("compound", "pos", "neu", "neg")} == ref
    words, pre, final = nltk_internal_sentiments(text)
    assert df["word"].tolist() == words
    assert df["pre_but_valence"].tolist() == [float(v) for v in pre]
    assert df["valence"].tolist() == [float(v) for v in final]
    # the final valences alone reproduce NLTK's scores through its own score_valence
    assert a.score_valence(df["valence"].tolist(), text) == ref
    assert df.attrs["sum_valence"] == float(sum(final))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text())
def test_explain_matches_nltk_on_any_text(text):
    _check_against_nltk(text)


VOCAB = [
    "good", "great", "bad", "terrible", "love", "hate", "happy", "sad", "kind", "of", "sort",
    "not", "never", "isn't", "don't", "without", "nothing", "no", "least", "at",
    "very", "extremely", "slightly", "hardly", "kinda", "so", "this", "more", "most",
    "but", "But", "BUT", "GOOD", "BAD", "LOVE", "VERY", "NOT",
    ":)", ":(", ":-)", "<3", ":D", "!!!", "!", "?", "??", "????",
    "the", "bomb", "shit", "yeah", "right", "cut", "mustard", "hand", "to", "mouth", "kiss", "death",
    "movie", "was", "it", "and", "a", "I", "good!", "bad,", "great.", '"good"', "(bad)",
]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(VOCAB), max_size=25))
def test_explain_matches_nltk_on_vader_vocabulary(words):
    _check_against_nltk(" ".join(words))


# --- resources and import cost --------------------------------------------------------------------

def test_scores_without_nltk_data(monkeypatch):
    import nltk.data

    calls = []

    def no_nltk_data(resource_name, *args, **kwargs):
        calls.append(resource_name)
        raise LookupError(f"nltk_data is not installed: {resource_name}")

    monkeypatch.setattr(nltk.data, "find", no_nltk_data)
    nltk.data.clear_cache()
    vader_analyzer.cache_clear()
    try:
        analyzer = vader_analyzer()
        assert analyzer.polarity_scores("The rescue was a wonderful success.")["compound"] == 0.8934
        table = tk.sentence_sentiment("Offline scoring works and I am glad.")
        assert table.loc[0, "compound"] == analyzer.polarity_scores("Offline scoring works and I am glad.")["compound"]
        assert table.loc[0, "label"] == "positive"
        assert calls, "the patched nltk.data.find was never consulted"
    finally:
        vader_analyzer.cache_clear()
        nltk.data.clear_cache()


def test_import_is_lazy():
    code = "import sys, toolkit.analysis.sentiment; print(sorted(m for m in ('pandas', 'nltk') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
