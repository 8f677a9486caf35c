"""A second opinion on sentence sentiment: TextBlob's polarity and subjectivity beside VADER.

>>> compare_sentiment("What a great day.")[["vader_label", "textblob_label", "agree"]].values.tolist()
[['positive', 'positive', True]]

TextBlob's ``PatternAnalyzer`` (the pattern library's lexicon ``en-sentiment.xml``, shipped
inside the ``textblob`` wheel, with its own regex tokenizer) needs no NLTK data and no download.
``polarity`` lies in [-1, 1] and ``subjectivity`` in [0, 1].  Both tools label a sentence with
the same thresholds: positive if score >= threshold, negative if <= -threshold, else neutral.
``gap`` is ``|compound - polarity|``: the two scores are on the same scale, not the same meaning
(VADER's compound saturates quickly, TextBlob averages adjective scores), so large gaps with the
same label are common; ``agree`` compares labels only.
"""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from ..text.document import DocLike, as_document

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["compare_sentiment", "agreement", "disagreements", "textblob_scores", "textblob_version", "COLUMNS", "SORTS"]

COLUMNS = ["sent_id", "text", "compound", "vader_label", "polarity", "subjectivity", "textblob_label", "agree", "gap"]
#: Orders :func:`disagreements` can sort by: column and direction.
SORTS = {"gap": ("gap", False), "compound": ("compound", True), "polarity": ("polarity", True),
         "subjectivity": ("subjectivity", False), "order": ("sent_id", True)}


def textblob_version() -> str:
    """What scored the second opinion, for outputs: package version and lexicon.

    >>> textblob_version().startswith("textblob ")
    True
    """
    from ..text.resources import package_version

    return f"textblob {package_version('textblob')} PatternAnalyzer (en-sentiment.xml)"


def _analyzer():
    from ..text.resources import _require

    sentiments = _require("textblob.en.sentiments", "textblob", "The TextBlob second opinion")
    return sentiments.PatternAnalyzer()


def textblob_scores(texts: list[str]) -> list[tuple[float, float]]:
    """``(polarity, subjectivity)`` of each text from TextBlob's ``PatternAnalyzer``.

    >>> textblob_scores(["not good"])
    [(-0.35, 0.6000000000000001)]
    """
    analyzer = _analyzer()
    return [(float(p), float(s)) for p, s in (analyzer.analyze(t) for t in texts)]


def _label(x: float, threshold: float) -> str:
    return "positive" if x >= threshold else "negative" if x <= -threshold else "neutral"


def compare_sentiment(doc: DocLike, *, threshold: float = 0.05) -> "pd.DataFrame":
    """One row per sentence: VADER ``compound, vader_label``, TextBlob ``polarity, subjectivity,
    textblob_label``, whether the labels ``agree`` and the ``gap`` between the two scores.

    ``attrs`` records the implementations (``vader``, ``textblob``) and the ``threshold``.

    >>> compare_sentiment("The war is terrible. The plan is good.")["agree"].tolist()
    [True, True]
    """
    import pandas as pd

    from .sentiment import _check_threshold, sentence_sentiment

    threshold = _check_threshold(threshold)
    doc = as_document(doc)
    vader = sentence_sentiment(doc, threshold=threshold)
    blob = doc.cached(("textblob_sentiment",), lambda: textblob_scores(vader["text"].tolist()))
    polarity = pd.Series([p for p, _ in blob], index=vader.index, dtype="float64")
    subjectivity = pd.Series([s for _, s in blob], index=vader.index, dtype="float64")
    tb_label = pd.Series([_label(p, threshold) for p in polarity], index=vader.index, dtype="object")
    table = pd.DataFrame(
        {
            "sent_id": vader["sent_id"].astype("int64"),
            "text": vader["text"].astype("object"),
            "compound": vader["compound"].astype("float64"),
            "vader_label": vader["label"].astype("object"),
            "polarity": polarity,
            "subjectivity": subjectivity,
            "textblob_label": tb_label,
            "agree": (vader["label"] == tb_label).astype(bool),
            "gap": (vader["compound"] - polarity).abs().astype("float64"),
        },
        columns=COLUMNS,
    ).reset_index(drop=True)
    table.attrs.update(vader=_vader_name(), textblob=textblob_version(), threshold=threshold)
    return table


def _vader_name() -> str:
    import nltk

    return f"nltk {nltk.__version__} SentimentIntensityAnalyzer"


def agreement(table: "pd.DataFrame") -> float:
    """Share of sentences where VADER and TextBlob give the same label (NaN with no sentences).

    >>> agreement(compare_sentiment("Good. Bad."))
    1.0
    """
    if len(table) == 0:
        return math.nan
    return float(table["agree"].mean())


def disagreements(table: "pd.DataFrame", *, top: int | None = 10, min_gap: float = 0.0, sort: str = "gap") -> "pd.DataFrame":
    """Sentences whose labels differ, with ``gap >= min_gap``, sorted by *sort* (default: largest
    gap first; also "compound", "polarity", "subjectivity", "order"); the first *top* (None: all).

    >>> disagreements(compare_sentiment("Good. Bad."), top=5).shape[0]
    0
    """
    if sort not in SORTS:
        raise ValueError(f"sort must be one of {sorted(SORTS)}, not {sort!r}")
    if top is not None and (isinstance(top, bool) or not isinstance(top, int) or top < 0):
        raise ValueError(f"top must be a whole number >= 0 or None, not {top!r}")
    if isinstance(min_gap, bool) or not isinstance(min_gap, (int, float)) or not 0 <= min_gap <= 2:
        raise ValueError(f"min_gap must be a number in [0, 2] (the largest possible gap), not {min_gap!r}")
    column, ascending = SORTS[sort]
    rows = table[~table["agree"] & (table["gap"] >= min_gap)]
    rows = rows.sort_values([column, "sent_id"], ascending=[ascending, True], kind="stable")
    return (rows if top is None else rows.head(top)).reset_index(drop=True)
