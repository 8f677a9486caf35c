"""Tests for toolkit.analysis.validation: reading rated files, Pearson r / F1 against human ratings, the
VADER paper sample (toolkit == NLTK's reference analyzer), the plot and notebook 05."""
from __future__ import annotations

import io
import math
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from toolkit.analysis.validation import (CLASSES, PAPER_TABLE4, ValidationResult, pearson_r, read_rated,
                                         validate_folder, validate_sample, validate_sentiment)
from toolkit.plots import plot_validation

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "tests" / "data" / "vader_sample"
FILES = {
    "tweets": SAMPLE / "tweets_GroundTruth_first100.txt",
    "movies": SAMPLE / "movieReviewSnippets_GroundTruth_first100.txt",
    "amazon": SAMPLE / "amazonReviewSnippets_GroundTruth_first100.txt",
    "nyt": SAMPLE / "nytEditorialSnippets_GroundTruth_first100.txt",
}
# The toolkit's figures on the 4 x 100 sample (NLTK 3.10.4 VADER, vaderSentiment 3.3.2 lexicon).
EXPECTED = {  # set: (pearson_r, f1_macro, f1_weighted, accuracy)
    "tweets": (0.927361, 0.549650, 0.822839, 0.72),
    "movies": (0.245609, 0.372343, 0.800631, 0.74),
    "amazon": (0.491203, 0.394218, 0.588847, 0.53),
    "nyt": (0.464886, 0.446934, 0.569750, 0.49),
}


@pytest.fixture(scope="module")
def results():
    return validate_folder(SAMPLE)


def reference_rows(path: Path) -> list[tuple[str, float, str]]:
    """The ground-truth format parsed independently: CRLF lines, split on the first two tabs."""
    text = path.read_bytes().decode("utf-8")
    return [(i, float(r), t) for i, r, t in (line.split("\t", 2) for line in text.split("\r\n") if line)]


def reference_analyzer():
    """NLTK's SentimentIntensityAnalyzer built here, not through toolkit.text.resources."""
    import nltk.data
    import vaderSentiment
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    lexicon = Path(vaderSentiment.__file__).with_name("vader_lexicon.txt")
    if lexicon.stat().st_nlink > 1:  # NLTK refuses a hard-linked file (uv installs by hard links): read a copy
        copy = Path(tempfile.mkdtemp(prefix="reference-vader-")) / lexicon.name
        shutil.copyfile(lexicon, copy)
        lexicon = copy
    if str(lexicon.parent) not in nltk.data.path:
        nltk.data.path.append(str(lexicon.parent))
    return SentimentIntensityAnalyzer(lexicon_file=lexicon.as_uri())


# --- read_rated --------------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(FILES))
def test_read_rated_reads_each_ground_truth_file_exactly(name):
    table = read_rated(FILES[name])
    assert list(table.columns) == ["id", "rating", "text"]
    assert str(table["rating"].dtype) == "float64"
    expected = reference_rows(FILES[name])
    assert len(table) == 100 == len(expected)
    assert table["id"].tolist() == [i for i, _, _ in expected]
    assert table["rating"].tolist() == [r for _, r, _ in expected]
    assert table["text"].tolist() == [t for _, _, t in expected]
    assert not any("\r" in t or "\n" in t for t in table["text"])


def test_read_rated_first_rows_and_utf8():
    tweets = read_rated(FILES["tweets"])
    assert tweets.loc[0, "id"] == "1" and tweets.loc[0, "rating"] == 2.726315789
    assert tweets.loc[0, "text"].startswith("Somehow I was blessed") and tweets.loc[0, "text"].endswith("So lucky.")
    nyt = read_rated(FILES["nyt"])
    assert nyt.loc[0, "id"] == "1_1" and nyt.loc[0, "rating"] == 0.4
    movies = read_rated(FILES["movies"])
    row = movies[movies["id"] == "93"].iloc[0]
    assert "the clichés disappear" in row["text"]  # UTF-8 decoded, not mojibake
    amazon = read_rated(FILES["amazon"])
    assert amazon.loc[2, "text"] == "does your apex dvd player only play dvd audio without video?"


def test_read_rated_splits_on_the_first_two_tabs_only_and_skips_blank_lines():
    data = "a1\t1.5\tfirst\ttext with a tab\r\n\r\na2\t-2\tsecond\n"
    table = read_rated(io.StringIO(data))
    assert table.values.tolist() == [["a1", 1.5, "first\ttext with a tab"], ["a2", -2.0, "second"]]


def test_read_rated_header_csv_tsv_and_file_objects(tmp_path):
    csv = tmp_path / "r.csv"
    csv.write_text('text,rating\n"Great, really great",3\n"Awful ""film""",-2.5\n', encoding="utf-8")
    assert read_rated(csv).values.tolist() == [["1", 3.0, "Great, really great"], ["2", -2.5, 'Awful "film"']]
    tsv = tmp_path / "r.tsv"
    tsv.write_text("id\tsentence\tmean\nx\tFine.\t0.5\ny\tBad.\t-1\n", encoding="utf-8")
    assert read_rated(tsv).values.tolist() == [["x", 0.5, "Fine."], ["y", -1.0, "Bad."]]
    custom = io.BytesIO("Body;Stars\nLovely café;4\n".encode("cp1252"))
    with pytest.warns(UserWarning, match="not valid UTF-8"):
        table = read_rated(custom, text_col="Body", rating_col="Stars", sep=";")
    assert table.values.tolist() == [["1", 4.0, "Lovely café"]]


def test_read_rated_errors_name_the_problem(tmp_path):
    with pytest.raises(ValueError, match=r"line 2: expected 'id<TAB>rating<TAB>text'"):
        read_rated(io.StringIO("1\t0.5\tfine\n2\tgood\tbad\n"))
    with pytest.raises(ValueError, match="empty"):
        read_rated(io.StringIO(" \n\n"))
    with pytest.raises(KeyError, match="cannot tell which column holds the rating"):
        read_rated(io.StringIO("text,stars\nhi,1\n"))
    with pytest.raises(KeyError, match="no text column 'body'"):
        read_rated(io.StringIO("text,rating\nhi,1\n"), text_col="body")
    with pytest.raises(ValueError, match=r"line 3: the rating 'n/a'"):
        read_rated(io.StringIO("text,rating\nhi,1\nho,n/a\n"))
    with pytest.raises(IsADirectoryError):
        read_rated(tmp_path)
    with pytest.raises(TypeError, match="path or a file object"):
        read_rated(42)


# --- validate_sentiment ------------------------------------------------------------------------

def test_validate_sentiment_hand_computed_example():
    scores = {"a": 0.6, "b": -0.6, "c": 0.0, "d": 0.3, "e": 0.05, "f": -0.049}
    texts, ratings = list(scores), [2.0, -1.0, 0.0, -0.5, 1.0, -2.0]
    result = validate_sentiment(texts, ratings, scorer=scores.__getitem__)
    assert isinstance(result, ValidationResult) and result.n == 6
    # predicted (>= 0.05 / <= -0.05): pos, neg, neu, pos, pos, neu; actual (> 0 / < 0): pos, neg, neu, neg, pos, neg
    assert result.scores["predicted"].tolist() == ["positive", "negative", "neutral", "positive", "positive", "neutral"]
    assert result.scores["actual"].tolist() == ["positive", "negative", "neutral", "negative", "positive", "negative"]
    assert result.confusion.loc["positive"].tolist() == [2, 0, 0]
    assert result.confusion.loc["negative"].tolist() == [1, 1, 1]
    assert result.confusion.loc["neutral"].tolist() == [0, 1, 0]
    # F1 = 2TP / (2TP + FP + FN): positive 4/(4+1+0), neutral 2/(2+1+0), negative 2/(2+0+2)
    assert result.f1_per_class == pytest.approx({"positive": 0.8, "neutral": 2 / 3, "negative": 0.5})
    assert result.f1_macro == pytest.approx((0.8 + 2 / 3 + 0.5) / 3)
    assert result.f1_weighted == pytest.approx((0.8 * 2 + 2 / 3 * 1 + 0.5 * 3) / 6)
    assert result.accuracy == pytest.approx(4 / 6)
    import numpy as np

    assert result.pearson_r == pytest.approx(float(np.corrcoef(list(scores.values()), ratings)[0, 1]), abs=1e-12)
    assert result.scores.columns.tolist() == ["text", "rating", "compound", "predicted", "actual"]
    assert result.as_dict()["f1_positive"] == pytest.approx(0.8)


def test_f1_matches_scikit_learn_on_the_sample(results):
    from sklearn.metrics import f1_score

    for result in results.values():
        actual, predicted = result.scores["actual"], result.scores["predicted"]
        assert result.f1_macro == pytest.approx(f1_score(actual, predicted, average="macro", zero_division=0), abs=1e-12)
        assert result.f1_weighted == pytest.approx(f1_score(actual, predicted, average="weighted", zero_division=0), abs=1e-12)
        per = f1_score(actual, predicted, labels=list(CLASSES), average=None, zero_division=0)
        present = set(actual) | set(predicted)
        for label, value in zip(CLASSES, per):
            if label in present:
                assert result.f1_per_class[label] == pytest.approx(value, abs=1e-12)
            else:
                assert math.isnan(result.f1_per_class[label])


def test_absent_class_is_left_out_of_the_macro_average():
    result = validate_sentiment(["good", "bad"], [1.0, -1.0])
    assert math.isnan(result.f1_per_class["neutral"])
    assert result.f1_macro == 1.0 and result.accuracy == 1.0


def test_rating_threshold_makes_a_neutral_band():
    result = validate_sentiment(["good", "bad", "a chair"], [0.3, -2.0, 0.2], rating_threshold=0.5)
    assert result.scores["actual"].tolist() == ["neutral", "negative", "neutral"]


def test_validate_sentiment_errors():
    with pytest.raises(ValueError, match="2 texts but 1 ratings"):
        validate_sentiment(["a", "b"], [1])
    with pytest.raises(ValueError, match="at least 2"):
        validate_sentiment(["a"], [1])
    with pytest.raises(ValueError, match="finite number"):
        validate_sentiment(["a", "b"], [1, float("nan")])
    with pytest.raises(ValueError, match="finite number"):
        validate_sentiment(["a", "b"], [1, "2"])
    with pytest.raises(ValueError, match="finite number"):
        validate_sentiment(["a", "b"], [1, None])
    with pytest.raises(TypeError, match="texts must be str"):
        validate_sentiment(["a", None], [1, 2])
    with pytest.raises(ValueError, match="threshold must be in"):
        validate_sentiment(["a", "b"], [1, 2], threshold=0)


def test_constant_scores_give_nan_r():
    result = validate_sentiment(["a chair", "a table"], [1.0, -1.0])
    assert math.isnan(result.pearson_r)
    assert pearson_r([1, 2], [3, 5]) == pytest.approx(1.0)


# --- the paper's sample ------------------------------------------------------------------------

@pytest.mark.parametrize("name", sorted(FILES))
def test_toolkit_r_equals_nltk_reference_r_on_the_sample(name, results):
    import numpy as np

    rows = reference_rows(FILES[name])
    analyzer = reference_analyzer()
    reference = [analyzer.polarity_scores(t)["compound"] for _, _, t in rows]
    result = results[name]
    assert result.scores["compound"].tolist() == reference  # same scores, bit for bit
    reference_r = float(np.corrcoef(reference, [r for _, r, _ in rows])[0, 1])
    assert result.pearson_r == pytest.approx(reference_r, abs=1e-12)
    r, f1_macro, f1_weighted, accuracy = EXPECTED[name]
    assert round(result.pearson_r, 6) == r
    assert round(result.f1_macro, 6) == f1_macro
    assert round(result.f1_weighted, 6) == f1_weighted
    assert result.accuracy == accuracy


def test_validate_sample_table(results, capsys):
    table = validate_sample(results)
    assert table.columns.tolist() == ["set", "n", "pearson_r", "paper_r", "f1_macro", "f1_weighted", "accuracy"]
    assert table["set"].tolist() == ["tweets", "movies", "amazon", "nyt"]
    assert table["n"].tolist() == [100] * 4
    assert table["paper_r"].tolist() == [0.881, 0.451, 0.565, 0.492] == [PAPER_TABLE4[s] for s in table["set"]]
    assert table["pearson_r"].round(6).tolist() == [EXPECTED[s][0] for s in table["set"]]
    # The same table straight from the folder.
    assert validate_sample(SAMPLE).equals(table)
    with capsys.disabled():
        print("\nVADER sample, toolkit (== NLTK reference) vs the paper's Table 4:\n" + table.round(3).to_string(index=False))


def test_other_scorers_plug_in_vadersentiment_differs_from_nltk():
    from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

    original = SentimentIntensityAnalyzer()
    table = validate_sample(SAMPLE, scorer=lambda t: original.polarity_scores(t)["compound"])
    assert table["pearson_r"].round(4).tolist() == [0.8962, 0.2478, 0.569, 0.503]


def test_validate_folder_errors(tmp_path):
    with pytest.raises(NotADirectoryError):
        validate_folder(tmp_path / "missing")
    with pytest.raises(FileNotFoundError, match="GroundTruth"):
        validate_folder(tmp_path)
    (tmp_path / "mine_GroundTruth.txt").write_text("1\t2\tgood\n2\t-1\tbad\n3\t0.5\tnice\n", encoding="utf-8")
    table = validate_sample(tmp_path)
    assert table["set"].tolist() == ["mine"] and math.isnan(table.loc[0, "paper_r"])


# --- plot --------------------------------------------------------------------------------------

def test_plot_validation_draws_every_text_with_r_in_the_title(results):
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ax = plot_validation(results["tweets"])
    assert ax.get_title() == "tweets: r = 0.927 (paper 0.881), n = 100"
    assert sum(len(c.get_offsets()) for c in ax.collections) == 100
    assert ax.get_xlabel() == "human mean rating" and ax.get_ylabel() == "VADER compound"
    fig, given = plt.subplots()
    scores = results["nyt"].scores[["rating", "compound"]]
    assert plot_validation(scores, ax=given, title="mine") is given
    assert given.get_title() == "mine: r = 0.465, n = 100"
    with pytest.raises(KeyError, match="rating"):
        plot_validation(scores.drop(columns="rating"))
    plt.close("all")


def test_import_stays_light():
    code = ("import sys, toolkit.analysis.validation, toolkit.analysis.compare; "
            "print(sorted(m for m in ('pandas', 'nltk', 'matplotlib', 'ipywidgets', 'textblob') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


# --- notebook ----------------------------------------------------------------------------------

# Notebook 05 on the seed is executed once, with every notebook, in tests/test_notebooks.py
# (test_validation_notebook_shows_the_table there asserts its table against EXPECTED above).
