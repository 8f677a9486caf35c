"""Check sentiment scores against human ratings: Pearson r, 3-class F1 and accuracy (the scatter plot is :func:`toolkit.plots.plot_validation`).

>>> validate_sentiment(["I love it.", "I hate it.", "It is a chair."], [3.1, -2.9, 0.4]).n
3

Any texts with a human rating work.  The VADER paper's ground-truth files (Hutto & Gilbert,
ICWSM 2014: ``id<TAB>mean rating<TAB>text``, no header) are read by :func:`read_rated`, as are
CSV/TSV files with a header naming a text and a rating column.

Classes (documented choice): a text is *predicted* positive when its compound is >= threshold,
negative when <= -threshold, else neutral (the paper's ±0.05); its *actual* class is positive
when the human rating is > ``rating_threshold``, negative when < -``rating_threshold``, else
neutral.  With the default ``rating_threshold=0`` only a mean rating of exactly 0 is neutral, so
the actual neutral class is small or empty, while VADER predicts neutral for texts without
lexicon words: the neutral F1 is then 0 and pulls the macro F1 down (``f1_weighted`` weights each
class by its number of actual texts, and ``f1_per_class`` shows each class).

Each text is scored whole (as in the paper), not sentence by sentence.
"""
from __future__ import annotations

import io
import math
import os
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = [
    "PAPER_TABLE4", "SAMPLE_SETS", "CLASSES", "ValidationResult", "read_rated", "validate_sentiment",
    "validate_folder", "validate_sample", "pearson_r", "f1_table", "confusion_table",
    "worst_misses", "neutral_names_table", "neutral_names_scorer",
]

#: Pearson r of VADER's compound with the human mean rating, VADER paper (ICWSM 2014) Table 4.
PAPER_TABLE4 = {"tweets": 0.881, "movies": 0.451, "amazon": 0.565, "nyt": 0.492}
#: File-name prefix of each ground-truth file -> the set name used in :data:`PAPER_TABLE4`.
SAMPLE_SETS = {"tweets": "tweets", "movieReviewSnippets": "movies", "amazonReviewSnippets": "amazon",
               "nytEditorialSnippets": "nyt"}
CLASSES = ("positive", "neutral", "negative")
SCORE_COLUMNS = ["text", "rating", "compound", "predicted", "actual"]
_TEXT_NAMES = ("text", "sentence", "review", "snippet", "tweet", "content")
_RATING_NAMES = ("rating", "mean", "mean_rating", "mean-sentiment-rating", "score", "sentiment", "label")

PathOrFile = Union[str, os.PathLike, io.IOBase]


# --- reading --------------------------------------------------------------------------------------

def _read_text(source: PathOrFile) -> tuple[str, str]:
    """(decoded text, name) of a path or a file object (bytes are decoded like tk.load does)."""
    from ..text.clean import decode_bytes

    if isinstance(source, (str, os.PathLike)):
        path = Path(source).expanduser()
        if path.is_dir():
            raise IsADirectoryError(f"{path} is a folder; give one rated file (or use validate_sample(folder))")
        data: Any = path.read_bytes()
        name = str(path)
    elif hasattr(source, "read"):
        data = source.read()
        name = str(getattr(source, "name", "<file object>"))
    else:
        raise TypeError(f"read_rated() takes a path or a file object, got {type(source).__name__}")
    if isinstance(data, (bytes, bytearray)):
        data, _ = decode_bytes(bytes(data))
    return data, name


def _number(value: str) -> float | None:
    try:
        x = float(value)
    except ValueError:
        return None
    return x if math.isfinite(x) else None


def _is_ground_truth(first_line: str) -> bool:
    parts = first_line.split("\t", 2)
    return len(parts) == 3 and _number(parts[1].strip()) is not None


def _pick(columns: list[str], wanted: str | None, names: tuple[str, ...], what: str) -> str:
    if wanted is not None:
        if wanted not in columns:
            raise KeyError(f"no {what} column {wanted!r}; the file has columns {columns}")
        return wanted
    lowered = {c.strip().lower(): c for c in columns}
    for n in names:
        if n in lowered:
            return lowered[n]
    raise KeyError(f"cannot tell which column holds the {what}; the file has columns {columns}: "
                   f"pass {what}_col=...")


def read_rated(source: PathOrFile, *, text_col: str | None = None, rating_col: str | None = None,
               id_col: str | None = None, sep: str | None = None) -> "pd.DataFrame":
    """Read texts with human ratings into a table ``id, rating, text``.

    Two formats: the VADER ground-truth files (no header; ``id<TAB>rating<TAB>text``, split on
    the first two tabs only, CRLF or LF) and CSV/TSV files with a header, whose text and rating
    columns are *text_col* / *rating_col* (by default the first column named text, sentence,
    review… / rating, mean, score…).  *sep* defaults to a tab for ``.tsv``/``.txt`` files and
    to a comma otherwise.  Blank lines are skipped; a row whose rating is not a finite number
    raises ``ValueError`` naming its line.  ``id`` is the file's id column or the row number.

    >>> read_rated("tests/data/vader_sample/tweets_GroundTruth_first100.txt").shape  # doctest: +SKIP
    (100, 3)
    """
    import pandas as pd

    text, name = _read_text(source)
    text = text.lstrip("\ufeff")
    lines = text.splitlines()
    first = next((line for line in lines if line.strip()), "")
    if not first:
        raise ValueError(f"{name}: no rated texts (the file is empty)")
    if text_col is None and rating_col is None and _is_ground_truth(first):
        ids, ratings, texts = [], [], []
        for lineno, line in enumerate(lines, 1):
            if not line.strip():
                continue
            parts = line.split("\t", 2)
            rating = _number(parts[1].strip()) if len(parts) == 3 else None
            if rating is None:
                raise ValueError(f"{name}, line {lineno}: expected 'id<TAB>rating<TAB>text' with a numeric "
                                 f"rating, got {line[:80]!r}")
            ids.append(parts[0].strip())
            ratings.append(rating)
            texts.append(parts[2])
        return _rated_frame(ids, ratings, texts)

    if sep is None:
        sep = "\t" if name.lower().endswith((".tsv", ".txt", ".tab")) or "\t" in first else ","
    table = pd.read_csv(io.StringIO(text), sep=sep, dtype=str, keep_default_na=False, skip_blank_lines=True)
    columns = [str(c) for c in table.columns]
    tcol = _pick(columns, text_col, _TEXT_NAMES, "text")
    rcol = _pick(columns, rating_col, _RATING_NAMES, "rating")
    ratings = []
    for i, value in enumerate(table[rcol].tolist()):
        x = _number(str(value).strip())
        if x is None:
            raise ValueError(f"{name}, line {i + 2}: the rating {value!r} in column {rcol!r} is not a number")
        ratings.append(x)
    if id_col is not None:
        ids = [str(v) for v in table[_pick(columns, id_col, (), "id")].tolist()]
    elif "id" in [c.lower() for c in columns]:
        ids = [str(v) for v in table[next(c for c in columns if c.lower() == "id")].tolist()]
    else:
        ids = [str(i + 1) for i in range(len(table))]
    return _rated_frame(ids, ratings, [str(t) for t in table[tcol].tolist()])


def _rated_frame(ids: list[str], ratings: list[float], texts: list[str]) -> "pd.DataFrame":
    import pandas as pd

    return pd.DataFrame({"id": pd.Series(ids, dtype="object"), "rating": pd.Series(ratings, dtype="float64"),
                         "text": pd.Series(texts, dtype="object")}, columns=["id", "rating", "text"])


# --- metrics --------------------------------------------------------------------------------------

def pearson_r(x: Iterable[float], y: Iterable[float]) -> float:
    """Pearson correlation of two equal-length sequences; NaN when either is constant.

    >>> pearson_r([1, 2, 3], [2, 4, 7]) > 0.98
    True
    """
    import statistics

    xs, ys = [float(v) for v in x], [float(v) for v in y]
    if len(xs) != len(ys):
        raise ValueError(f"x and y differ in length ({len(xs)} vs {len(ys)})")
    if len(xs) < 2:
        raise ValueError("Pearson r needs at least 2 pairs")
    try:
        return statistics.correlation(xs, ys)
    except statistics.StatisticsError:  # one side is constant
        return math.nan


def _label(x: float, threshold: float, *, strict: bool) -> str:
    if strict:
        return "positive" if x > threshold else "negative" if x < -threshold else "neutral"
    return "positive" if x >= threshold else "negative" if x <= -threshold else "neutral"


def _f1_scores(actual: list[str], predicted: list[str]) -> dict[str, float]:
    """Per-class F1 from scikit-learn (2TP / (2TP + FP + FN)); NaN for a class in neither list."""
    from sklearn.metrics import f1_score

    scores = f1_score(actual, predicted, labels=list(CLASSES), average=None, zero_division=0.0)
    present = set(actual) | set(predicted)
    return {c: float(f) if c in present else math.nan for c, f in zip(CLASSES, scores)}


@dataclass(frozen=True, eq=False)
class ValidationResult:
    """Agreement of a scorer with human ratings (see :func:`validate_sentiment`).

    ``confusion`` counts texts by actual class (rows) and predicted class (columns); ``scores``
    has one row per text: ``text, rating, compound, predicted, actual``.
    """

    n: int
    pearson_r: float
    f1_macro: float
    f1_weighted: float
    f1_per_class: dict[str, float]
    accuracy: float
    confusion: "pd.DataFrame"
    scores: "pd.DataFrame"
    threshold: float
    rating_threshold: float
    scorer: str
    meta: dict[str, Any] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        """The figures (not the tables) as a plain dict.

        >>> sorted(validate_sentiment(["good", "bad"], [1, -1]).as_dict())[:3]
        ['accuracy', 'f1_macro', 'f1_negative']
        """
        out = {"n": self.n, "pearson_r": self.pearson_r, "f1_macro": self.f1_macro,
               "f1_weighted": self.f1_weighted, "accuracy": self.accuracy}
        out.update({f"f1_{c}": v for c, v in self.f1_per_class.items()})
        return dict(sorted(out.items()))


def _default_scorer() -> tuple[Callable[[str], float], str]:
    from ..text.resources import package_version, vader_analyzer

    analyzer = vader_analyzer()
    # the installed version, read without ``import nltk`` (which would load all of NLTK, SciPy and scikit-learn)
    return (lambda text: analyzer.polarity_scores(text)["compound"],
            f"nltk {package_version('nltk')} SentimentIntensityAnalyzer (compound)")


def validate_sentiment(texts: Iterable[str], ratings: Iterable[float], *, threshold: float = 0.05,
                       rating_threshold: float = 0.0, scorer: Callable[[str], float] | None = None) -> ValidationResult:
    """Score *texts* and compare with human *ratings*: Pearson r, per-class / macro F1, accuracy.

    *scorer* maps one text to a score in [-1, 1] (default: the toolkit's VADER compound, NLTK's
    ``polarity_scores`` on the whole text).  See the module docstring for the classes.

    >>> round(validate_sentiment(["good", "bad", "fine day"], [2.0, -1.5, 0.9]).pearson_r, 3)
    0.997
    """
    import pandas as pd

    from .sentiment import _check_threshold

    threshold = _check_threshold(threshold)
    if isinstance(rating_threshold, bool) or not isinstance(rating_threshold, (int, float)) or not rating_threshold >= 0:
        raise ValueError(f"rating_threshold must be a number >= 0, got {rating_threshold!r}")
    texts = list(texts)
    for i, t in enumerate(texts):
        if not isinstance(t, str):
            raise TypeError(f"texts must be str; text {i} is {type(t).__name__}: {t!r}")
    ratings_list = []
    for r in ratings:
        try:
            x = float(r) if not isinstance(r, (str, bytes)) else math.nan
        except (TypeError, ValueError):
            x = math.nan
        if not math.isfinite(x):
            raise ValueError(f"every rating must be a finite number, got {r!r}")
        ratings_list.append(x)
    if len(texts) != len(ratings_list):
        raise ValueError(f"{len(texts)} texts but {len(ratings_list)} ratings")
    if len(texts) < 2:
        raise ValueError(f"validation needs at least 2 rated texts, got {len(texts)}")
    if scorer is None:
        score, scorer_name = _default_scorer()
    else:
        score, scorer_name = scorer, getattr(scorer, "__qualname__", type(scorer).__name__)
    compound = [float(score(t)) for t in texts]
    predicted = [_label(c, threshold, strict=False) for c in compound]
    actual = [_label(r, rating_threshold, strict=True) for r in ratings_list]

    per_class = _f1_scores(actual, predicted)
    present = [c for c in CLASSES if not math.isnan(per_class[c])]
    f1_macro = sum(per_class[c] for c in present) / len(present)
    counts = {c: actual.count(c) for c in CLASSES}
    f1_weighted = sum(per_class[c] * counts[c] for c in present) / len(actual)
    accuracy = sum(a == p for a, p in zip(actual, predicted)) / len(actual)
    pairs = Counter(zip(actual, predicted))
    confusion = pd.DataFrame([[pairs[(a, p)] for p in CLASSES] for a in CLASSES], index=pd.Index(CLASSES, name="actual"),
                             columns=pd.Index(CLASSES, name="predicted"), dtype="int64")
    scores = pd.DataFrame({"text": pd.Series(texts, dtype="object"), "rating": pd.Series(ratings_list, dtype="float64"),
                           "compound": pd.Series(compound, dtype="float64"),
                           "predicted": pd.Series(predicted, dtype="object"),
                           "actual": pd.Series(actual, dtype="object")}, columns=SCORE_COLUMNS)
    return ValidationResult(n=len(texts), pearson_r=pearson_r(compound, ratings_list), f1_macro=f1_macro,
                            f1_weighted=f1_weighted, f1_per_class=per_class, accuracy=accuracy, confusion=confusion,
                            scores=scores, threshold=threshold, rating_threshold=float(rating_threshold),
                            scorer=scorer_name)


# --- the paper's sample ----------------------------------------------------------------------------

def _set_name(path: Path) -> str:
    stem = path.stem.split("_GroundTruth")[0]
    return SAMPLE_SETS.get(stem, stem)


def validate_folder(folder: str | os.PathLike, *, threshold: float = 0.05,
                    scorer: Callable[[str], float] | None = None) -> dict[str, ValidationResult]:
    """:func:`validate_sentiment` on every ``*GroundTruth*.txt`` file of *folder*, by set name.

    >>> sorted(validate_folder("tests/data/vader_sample"))  # doctest: +SKIP
    ['amazon', 'movies', 'nyt', 'tweets']
    """
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise NotADirectoryError(f"{folder} is not a folder of rated files")
    files = sorted(folder.glob("*GroundTruth*.txt"))
    if not files:
        raise FileNotFoundError(f"no *GroundTruth*.txt files in {folder}")
    order = list(PAPER_TABLE4)
    results = {}
    for path in sorted(files, key=lambda p: (order.index(_set_name(p)) if _set_name(p) in order else 99, p.name)):
        table = read_rated(path)
        result = validate_sentiment(table["text"], table["rating"], threshold=threshold, scorer=scorer)
        results[_set_name(path)] = replace(result, meta={"set": _set_name(path), "file": path.name})
    return results


def validate_sample(folder_or_results: "str | os.PathLike | Mapping[str, ValidationResult]", *,
                    threshold: float = 0.05, scorer: Callable[[str], float] | None = None) -> "pd.DataFrame":
    """One row per rated set: ``set, n, pearson_r, paper_r, f1_macro, f1_weighted, accuracy``.

    Takes a folder of VADER ground-truth files or the dict :func:`validate_folder` returned.
    ``paper_r`` is the VADER paper's Table 4 figure for the full set (NaN for other sets).

    >>> validate_sample("tests/data/vader_sample")["set"].tolist()  # doctest: +SKIP
    ['tweets', 'movies', 'amazon', 'nyt']
    """
    import pandas as pd

    results = (folder_or_results if isinstance(folder_or_results, Mapping)
               else validate_folder(folder_or_results, threshold=threshold, scorer=scorer))
    rows = [{"set": name, "n": r.n, "pearson_r": r.pearson_r, "paper_r": PAPER_TABLE4.get(name, math.nan),
             "f1_macro": r.f1_macro, "f1_weighted": r.f1_weighted, "accuracy": r.accuracy}
            for name, r in results.items()]
    table = pd.DataFrame(rows, columns=["set", "n", "pearson_r", "paper_r", "f1_macro", "f1_weighted", "accuracy"])
    return table.astype({"set": "object", "n": "int64", "pearson_r": "float64", "paper_r": "float64",
                         "f1_macro": "float64", "f1_weighted": "float64", "accuracy": "float64"})


# --- tables for several sets ----------------------------------------------------------------------

def f1_table(results: Mapping[str, ValidationResult]) -> "pd.DataFrame":
    """F1 of each class (columns) for each set (rows).

    >>> float(f1_table({"x": validate_sentiment(["good", "bad"], [1, -1])}).loc["x", "positive"])
    1.0
    """
    import pandas as pd

    return pd.DataFrame({name: r.f1_per_class for name, r in results.items()}).T.rename_axis("set")


def confusion_table(results: Mapping[str, ValidationResult]) -> "pd.DataFrame":
    """Each set's confusion matrix (rows: set and actual class; columns: predicted class)."""
    import pandas as pd

    return pd.concat({name: r.confusion for name, r in results.items()}, names=["set", "actual"])


def worst_misses(result: ValidationResult, *, n: int = 5) -> "pd.DataFrame":
    """The *n* texts whose compound is furthest from the human rating (rescaled to [-1, 1] by /4,
    the paper's rating scale being -4..+4): ``text, rating, compound, miss``.

    >>> worst_misses(validate_sentiment(["good", "bad"], [-4, 4]), n=1)["miss"].tolist()
    [1.5423]
    """
    scores = result.scores
    table = scores.assign(miss=(scores["compound"] - scores["rating"] / 4).abs().round(4))
    return table.nlargest(n, "miss")[["text", "rating", "compound", "miss"]]



# --- names without valence (a documented deviation) ----------------------------------------------

def neutral_names_scorer() -> Callable[[str], float]:
    """A scorer for :func:`validate_sentiment`: VADER's compound on the whole text with the words
    of named entities given no valence (``tk.sentence_sentiment(..., neutral_names=True)``'s
    rule; see :func:`toolkit.analysis.sentiment.mask_names`).  A text naming no entity is scored
    exactly as by the default scorer.

    >>> neutral_names_scorer()("It is good.")
    0.4404
    """
    import warnings

    from ..text.document import load
    from ..text.resources import vader_analyzer
    from .sentiment import _masked, _mention_spans

    analyzer = vader_analyzer()

    def score(text: str) -> float:
        with warnings.catch_warnings():  # short ratings texts may look empty or not English to the loader
            warnings.simplefilter("ignore")
            doc = load(text)
        spans = _mention_spans(doc) if len(doc.text) else []  # found once (mask_names would look again)
        if not spans:
            return analyzer.polarity_scores(text)["compound"]
        return analyzer.polarity_scores(_masked(doc.text, spans))["compound"]

    score.__qualname__ = "VADER compound, names neutral"
    return score


def neutral_names_table(folder_or_results: "str | os.PathLike | Mapping[str, ValidationResult]", *,
                        threshold: float = 0.05) -> "pd.DataFrame":
    """Pearson r with the human ratings on each rated set, VADER as is and with the words of
    named entities given no valence: ``set, n, scores_changed, pearson_r,
    pearson_r_neutral_names, change``.

    Takes a folder of VADER ground-truth files or the dict :func:`validate_folder` returned (its
    VADER-as-is results, not computed again; each set's own threshold is used).

    >>> neutral_names_table("tests/data/vader_sample")["set"].tolist()  # doctest: +SKIP
    ['tweets', 'movies', 'amazon', 'nyt']
    """
    import pandas as pd

    plain = (folder_or_results if isinstance(folder_or_results, Mapping)
             else validate_folder(folder_or_results, threshold=threshold))
    score = neutral_names_scorer()
    rows = []
    for name, result in plain.items():
        texts = result.scores["text"].tolist()
        ratings = result.scores["rating"].tolist()
        masked = validate_sentiment(texts, ratings, threshold=result.threshold, rating_threshold=result.rating_threshold,
                                    scorer=score)
        changed = int((masked.scores["compound"] != result.scores["compound"]).sum())
        rows.append({"set": name, "n": result.n, "scores_changed": changed, "pearson_r": result.pearson_r,
                     "pearson_r_neutral_names": masked.pearson_r,
                     "change": masked.pearson_r - result.pearson_r})
    return pd.DataFrame(rows, columns=["set", "n", "scores_changed", "pearson_r", "pearson_r_neutral_names", "change"])
