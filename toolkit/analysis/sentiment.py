"""Sentence and document sentiment with NLTK's VADER, and a word-by-word explanation of a score.

>>> sentence_sentiment("The plan is good. The war is terrible.")["label"].tolist()
['positive', 'negative']

Scores are exactly NLTK's ``SentimentIntensityAnalyzer.polarity_scores`` on each sentence
(computed by :mod:`toolkit.fast.vader`, which reproduces it float for float), with
the lexicon shipped in the ``vaderSentiment`` wheel (no NLTK data folder).  Labels use the VADER
paper's thresholds: ``positive`` if compound >= 0.05, ``negative`` if compound <= -0.05, else
``neutral``.  ``explain_sentiment`` re-runs NLTK's rule methods one step at a time so a reader
can see which word and which rule (negation, booster, ALL-CAPS, "but", idiom, ...) moved a score.

One documented deviation, off by default: ``sentence_sentiment(doc, neutral_names=True)`` gives
the words of named entities no valence (VADER scores "United" +1.8, so a sentence naming the
United States leans positive whatever it reports); every other score stays NLTK's.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from ..text.document import DocLike, as_document

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["sentence_sentiment", "document_sentiment", "explain_sentiment", "mask_names", "DocumentSentiment", "LABELS"]

LABELS = ("positive", "neutral", "negative")
SCORE_COLUMNS = ["sent_id", "start", "end", "paragraph", "text", "compound", "pos", "neu", "neg"]
COLUMNS = SCORE_COLUMNS + ["label"]
EXPLAIN_COLUMNS = ["position", "word", "context_position", "lexicon_valence", "pre_but_valence", "valence", "rules"]


def _check_threshold(threshold: float) -> float:
    if isinstance(threshold, bool) or not isinstance(threshold, (int, float)):
        raise TypeError(f"threshold must be a number, got {type(threshold).__name__}")
    if not (0 < threshold <= 1):
        raise ValueError(f"threshold must be in (0, 1] (VADER's compound lies in [-1, 1]); got {threshold!r}")
    return float(threshold)


def _label(compound: float, threshold: float) -> str:
    if compound >= threshold:
        return "positive"
    if compound <= -threshold:
        return "negative"
    return "neutral"


# --- sentence table -----------------------------------------------------------------------------

def sentence_sentiment(doc: DocLike, *, threshold: float = 0.05, neutral_names: bool = False) -> "pd.DataFrame":
    """One row per sentence: offsets, text, VADER ``compound, pos, neu, neg`` and a ``label``.

    ``neutral_names=True`` is a deliberate deviation from VADER: the words of named entities
    (``tk.mentions``) get no valence, so "United" in "the United States" or "Hope" in a
    person's name no longer moves a score (see :func:`mask_names`).  Off by default: the
    default scores are exactly NLTK's.  ``text`` is always the sentence as written.

    >>> sentence_sentiment("What a great day.")[["compound", "label"]].values.tolist()
    [[0.6249, 'positive']]
    """
    threshold = _check_threshold(threshold)
    doc = as_document(doc)
    if neutral_names:
        table = doc.cached(("sentiment", "neutral_names"), lambda: _score_table(doc, neutral_names=True)).copy()
    else:
        table = doc.cached(("sentiment",), lambda: _score_table(doc)).copy()
    table["label"] = table["compound"].map(lambda c: _label(c, threshold)).astype("object")
    return table[COLUMNS]


@lru_cache(maxsize=1)
def _placeholder() -> tuple[str, str]:
    """A letter (lower, upper) no VADER lexicon entry, booster or negation is made of alone."""
    import re

    from ..text.resources import vader_analyzer

    analyzer = vader_analyzer()
    c = analyzer.constants
    known = [k.lower() for k in (*analyzer.lexicon, *c.BOOSTER_DICT, *c.NEGATE, *c.SPECIAL_CASE_IDIOMS)]
    for letter in "xvwyz":
        if not any(re.fullmatch(f"{letter}+", k) for k in known):
            return letter, letter.upper()
    raise RuntimeError("no placeholder letter is free in the VADER lexicon")  # pragma: no cover


def mask_names(doc: DocLike, *, start: int = 0, end: int | None = None) -> str:
    """``doc.text[start:end]`` with every letter of a named-entity mention (``tk.mentions``)
    replaced by a letter VADER does not know, case kept ("United States" -> "Xxxxxx Xxxxxx").

    Word lengths, capitals, digits and punctuation stay as they were, so VADER splits the text
    into the same words, its ALL-CAPS and negation rules see the same shapes, and only the
    entity words lose their valence.

    >>> mask_names("The United States was happy.")
    'The Xxxxxx Xxxxxx was happy.'
    """
    doc = as_document(doc)
    return _masked(doc.text, _mention_spans(doc), start=start, end=end)


def _mention_spans(doc) -> list[tuple[int, int]]:
    """``(start, end)`` of every mention of *doc* (``tk.mentions``), found once for all its sentences."""
    from .entities.tables import _mention_spans as spans

    return spans(doc)


def _masked(text: str, spans: list[tuple[int, int]], *, start: int = 0, end: int | None = None) -> str:
    """:func:`mask_names` of ``text[start:end]`` given the mention *spans*."""
    end = len(text) if end is None else end
    lower, upper = _placeholder()
    chars = list(text[start:end])
    for a, b in spans:
        for i in range(max(a, start), min(b, end)):
            ch = chars[i - start]
            if ch.isalpha():
                chars[i - start] = upper if ch.isupper() else lower
    return "".join(chars)


def _score_table(doc, *, neutral_names: bool = False) -> "pd.DataFrame":
    import pandas as pd

    from ..text.segment import sentences

    sents = sentences(doc)
    texts = list(sents["text"])
    if neutral_names:
        spans = _mention_spans(doc)  # once for the document, not three times per sentence
        texts = [_masked(doc.text, spans, start=a, end=b) if any(s < b and e > a for s, e in spans) else t
                 for t, a, b in zip(texts, sents["start"].tolist(), sents["end"].tolist())]
    scores = _scorer()(texts)
    table = pd.DataFrame(
        {
            "sent_id": sents["sent_id"].astype("int64"),
            "start": sents["start"].astype("int64"),
            "end": sents["end"].astype("int64"),
            "paragraph": sents["paragraph"].astype("int64"),
            "text": sents["text"].astype("object"),
            **{key: pd.Series([s[key] for s in scores], index=sents.index, dtype="float64")
               for key in ("compound", "pos", "neu", "neg")},
        },
        columns=SCORE_COLUMNS,
    )
    return table.reset_index(drop=True)


def _fast_vader():
    """:class:`toolkit.fast.vader.FastVader` (compiled when built; equal to NLTK's, several times
    faster and with memory linear in the sentence) when verified for the installed NLTK, else None."""
    from ..text.resources import fast_path_exact

    if not fast_path_exact():
        return None
    return _default_fast_vader()


@lru_cache(maxsize=1)
def _default_fast_vader():
    """One FastVader copied from NLTK's analyser with the packaged lexicon (fast/ depends on nothing of ours)."""
    from ..text.resources import fast_twin, vader_analyzer

    return fast_twin("vader").FastVader.from_nltk(vader_analyzer())


def _tuple_scorer():
    """Like :func:`_scorer`, giving ``(compound, pos, neu, neg)`` tuples (no dicts built)."""
    fast = _fast_vader()
    if fast is not None:
        return fast.score_tuples
    score = _scorer()
    return lambda texts: [(s["compound"], s["pos"], s["neu"], s["neg"]) for s in score(texts)]


def _scorer():
    """Batch ``polarity_scores``: the fast scorer when verified for the installed NLTK, else NLTK's."""
    fast = _fast_vader()
    if fast is not None:
        return fast.score_many
    from ..text.resources import vader_analyzer

    analyzer = vader_analyzer()
    return lambda texts: [analyzer.polarity_scores(t) for t in texts]


# --- document summary ---------------------------------------------------------------------------

@dataclass(frozen=True)
class DocumentSentiment:
    """Sentence-based sentiment of a whole document (see :func:`document_sentiment`).

    >>> document_sentiment("Good news. Bad news.").n_sentences
    2
    """

    mean_compound: float
    median_compound: float
    share_positive: float
    share_negative: float
    share_neutral: float
    n_sentences: int
    label: str
    most_positive: str | None
    most_negative: str | None
    threshold: float
    implementation: str
    lexicon: str

    def as_dict(self) -> dict[str, Any]:
        """The fields as a plain dict (for JSON / a DataFrame row).

        >>> sorted(document_sentiment("Fine.").as_dict())[:2]
        ['implementation', 'label']
        """
        return asdict(self)

    def __repr__(self) -> str:
        """Rounded for reading (the fields keep their exact values).

        >>> document_sentiment("Good news. Bad news. Terrible, awful news.")  # doctest: +ELLIPSIS
        DocumentSentiment(label='negative', mean_compound=-0.276, median_compound=-0.542, n_sentences=3, share_positive=0.333, share_neutral=0.000, share_negative=0.667, threshold=0.05, most_positive='Good news.', most_negative='Terrible, awful news.', implementation=..., lexicon=...)
        """
        num = lambda v: "nan" if v != v else f"{v:.3f}"
        return (f"{type(self).__name__}(label={self.label!r}, mean_compound={num(self.mean_compound)}, "
                f"median_compound={num(self.median_compound)}, n_sentences={self.n_sentences}, "
                f"share_positive={num(self.share_positive)}, share_neutral={num(self.share_neutral)}, "
                f"share_negative={num(self.share_negative)}, threshold={self.threshold:g}, "
                f"most_positive={self.most_positive!r}, most_negative={self.most_negative!r}, "
                f"implementation={self.implementation!r}, lexicon={self.lexicon!r})")


def document_sentiment(doc: DocLike, *, threshold: float = 0.05, neutral_names: bool = False) -> DocumentSentiment:
    """Summarise a document's sentiment from its sentence scores.

    Why sentences and not VADER on the whole text: VADER sums the word valences and maps the
    sum ``x`` to ``compound = x / sqrt(x² + 15)``.  On a long text the sum grows with length,
    so the compound saturates toward ±1 (a news article routinely scores -0.99) whatever its
    balance.  The mean (and median) of the sentence compounds and the shares of positive /
    negative / neutral sentences do not depend on length; ``label`` comes from
    ``mean_compound`` with the same thresholds as the sentence labels.

    ``most_positive`` / ``most_negative`` are the texts of the highest / lowest scoring sentence
    (first on ties), or None when no sentence has compound > 0 / < 0.  An empty document gives
    ``n_sentences == 0``, NaN means and shares, and label ``"neutral"``.

    ``neutral_names=True`` summarises ``sentence_sentiment(doc, neutral_names=True)``: the
    words of named entities get no valence (the same documented deviation from VADER, off by
    default so the default summary stays NLTK's); ``implementation`` then says so.

    >>> document_sentiment("A lovely, happy day. It rained.").label
    'positive'
    >>> [document_sentiment("The United States spoke.", neutral_names=n).mean_compound for n in (False, True)]
    [0.4215, 0.0]
    """
    from ..text.resources import package_version, versions

    threshold = _check_threshold(threshold)
    table = sentence_sentiment(doc, threshold=threshold, neutral_names=neutral_names)
    n = len(table)
    nan = float("nan")
    if n:
        compound = table["compound"]
        mean = float(compound.mean())
        median = float(compound.median())
        counts = table["label"].value_counts()
        shares = {lab: float(counts.get(lab, 0)) / n for lab in LABELS}
        best, worst = compound.idxmax(), compound.idxmin()
        most_positive = str(table.at[best, "text"]) if compound[best] > 0 else None
        most_negative = str(table.at[worst, "text"]) if compound[worst] < 0 else None
        label = _label(mean, threshold)
    else:
        mean = median = nan
        shares = {lab: nan for lab in LABELS}
        most_positive = most_negative = None
        label = "neutral"
    return DocumentSentiment(
        mean_compound=mean,
        median_compound=median,
        share_positive=shares["positive"],
        share_negative=shares["negative"],
        share_neutral=shares["neutral"],
        n_sentences=n,
        label=label,
        most_positive=most_positive,
        most_negative=most_negative,
        threshold=threshold,
        implementation=f"nltk {package_version('nltk')} SentimentIntensityAnalyzer"
                       + (" with named-entity words given no valence (neutral_names)" if neutral_names else ""),
        lexicon=versions()["vader_lexicon"],
    )


# --- explanation ----------------------------------------------------------------------------------

def explain_sentiment(text: str) -> "pd.DataFrame":
    """Why VADER scored *text* as it did: one row per item of VADER's word/emoticon list.

    Columns: ``position``; ``word``; ``context_position`` (NLTK scores a repeated token in the
    context of its *first* occurrence); ``lexicon_valence`` (raw lexicon value, 0 if absent);
    ``pre_but_valence`` (after ALL-CAPS, boosters, negation, idioms and "least", i.e. what NLTK
    appends to its ``sentiments`` list); ``valence`` (after NLTK's "but" rule: the final value);
    ``rules`` (what changed it).  ``df.attrs`` holds ``compound, pos, neu, neg`` (equal to
    NLTK's ``polarity_scores``), ``sum_valence`` and ``punctuation_emphasis`` (the "!"/"?"
    amplifier NLTK adds to the size of a non-zero sum).

    >>> explain_sentiment("not good")[["word", "valence"]].values.tolist()
    [['not', 0.0], ['good', -1.406]]
    """
    import pandas as pd

    from ..text.resources import vader_analyzer

    if not isinstance(text, str):
        raise TypeError(f"explain_sentiment() takes one sentence as a str, got {type(text).__name__}")
    analyzer = vader_analyzer()
    rows, pre_but, final, words = _trace(analyzer, text)
    df = pd.DataFrame(rows, columns=EXPLAIN_COLUMNS)
    df = df.astype({"position": "int64", "context_position": "int64", "lexicon_valence": "float64",
                    "pre_but_valence": "float64", "valence": "float64", "word": "object", "rules": "object"})
    scores = analyzer.score_valence(final, text)
    sum_s = float(sum(final))
    df.attrs.update(
        compound=scores["compound"], pos=scores["pos"], neu=scores["neu"], neg=scores["neg"],
        sum_valence=sum_s,
        punctuation_emphasis=float(analyzer._punctuation_emphasis(sum_s, text)),
    )
    return df


def explain_rows(text: str) -> list[tuple]:
    """:func:`explain_sentiment`'s rows as plain tuples (columns ``EXPLAIN_COLUMNS``), without
    building the table or the scores: for callers that read only the words' valences (the
    sentiment panel colours up to 60 sentences at a time).

    >>> [(row[1], row[5]) for row in explain_rows("not good")]
    [('not', 0.0), ('good', -1.406)]
    """
    from ..text.resources import vader_analyzer

    if not isinstance(text, str):
        raise TypeError(f"explain_rows() takes one sentence as a str, got {type(text).__name__}")
    return _trace(vader_analyzer(), text)[0]


def _fmt(x: float) -> str:
    return f"{x:+.3f}".rstrip("0").rstrip(".") if x else "+0"


def _factor(x: float) -> str:
    return f"×{x:g}"


def _trace(analyzer, text: str):
    """Re-run ``polarity_scores`` step by step with NLTK's own rule methods, noting each effect."""
    from nltk.sentiment.vader import SentiText

    c = analyzer.constants
    lexicon = analyzer.lexicon
    sentitext = SentiText(text, c.PUNC_LIST, c.REGEX_REMOVE_PUNCTUATION)
    words = sentitext.words_and_emoticons
    first_index: dict[str, int] = {}
    for idx, token in enumerate(words):
        first_index.setdefault(token, idx)

    sentiments: list[float] = []
    notes: list[list[str]] = []
    contexts: list[int] = []
    for position, item in enumerate(words):
        i = first_index[item]  # NLTK uses the first occurrence's neighbours for every repeat
        contexts.append(i)
        if (i < len(words) - 1 and item.lower() == "kind" and words[i + 1].lower() == "of") \
                or item.lower() in c.BOOSTER_DICT:
            sentiments.append(0)
            notes.append(["'kind of' dampener (no valence)" if item.lower() == "kind" else "booster word (no valence)"])
            continue
        valence, rules = _word_valence(analyzer, sentitext, item, i)
        reference = analyzer.sentiment_valence(0, sentitext, item, i, [])[-1]
        if valence != reference:  # pragma: no cover - only if NLTK's rules change
            raise RuntimeError(
                f"explain_sentiment is out of step with nltk's VADER for {item!r} in {text!r}: "
                f"{valence} != {reference}; update toolkit/analysis/sentiment.py for this nltk version"
            )
        if rules and i != position:
            rules.insert(0, f"scored at position {i} (first occurrence)")
        sentiments.append(valence)
        notes.append(rules)

    pre_but = list(sentiments)
    final = analyzer._but_check(words, list(sentiments))
    lowered = [w.lower() for w in words]
    if "but" in lowered:
        bi = lowered.index("but")
        for idx, value in enumerate(pre_but):
            if value and idx < bi:
                notes[idx].append("before 'but' ×0.5")
            elif value and idx > bi:
                notes[idx].append("after 'but' ×1.5")

    rows = [
        (pos, word, contexts[pos], float(lexicon.get(word.lower(), 0.0)), float(pre_but[pos]),
         float(final[pos]), "; ".join(notes[pos]))
        for pos, word in enumerate(words)
    ]
    return rows, pre_but, final, words


def _word_valence(analyzer, sentitext, item: str, i: int) -> tuple[float, list[str]]:
    """``SentimentIntensityAnalyzer.sentiment_valence`` for one item, recording each rule's effect."""
    c = analyzer.constants
    lexicon = analyzer.lexicon
    words = sentitext.words_and_emoticons
    is_cap_diff = sentitext.is_cap_diff
    rules: list[str] = []
    valence = 0
    item_lower = item.lower()
    if item_lower not in lexicon:
        return valence, rules

    valence = lexicon[item_lower]
    if item.isupper() and is_cap_diff:
        before = valence
        valence = valence + c.C_INCR if valence > 0 else valence - c.C_INCR
        rules.append(f"ALL-CAPS emphasis {_fmt(valence - before)}")

    for start_i in range(0, 3):
        if i > start_i and words[i - (start_i + 1)].lower() not in lexicon:
            prev = words[i - (start_i + 1)]
            s = c.scalar_inc_dec(prev, valence, is_cap_diff)
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            if s != 0:
                kind = "dampener" if c.BOOSTER_DICT[prev.lower()] < 0 else "booster"
                caps = " (ALL-CAPS)" if prev.isupper() and is_cap_diff else ""
                rules.append(f"{kind} '{prev}'{caps} {_fmt(s)}")

            factor = analyzer._never_check(1.0, words, start_i, i)
            valence = analyzer._never_check(valence, words, start_i, i)
            if factor != 1.0:
                rules.append(_never_rule(factor, c.N_SCALAR, words, start_i, i))

            if start_i == 2:
                before = valence
                valence = analyzer._idioms_check(valence, words, i)
                rules.extend(_idiom_rules(c, words, i, before, valence))

    factor = analyzer._least_check(1.0, words, i)
    valence = analyzer._least_check(valence, words, i)
    if factor != 1.0:
        rules.append(f"'least' negation {_factor(factor)}")
    return valence, rules


def _never_rule(factor: float, n_scalar: float, words: list[str], start_i: int, i: int) -> str:
    if factor == n_scalar:
        return f"negated by '{words[i - (start_i + 1)]}' {_factor(factor)}"
    if start_i == 1:
        return f"'never {words[i - 1]}' {_factor(factor)}"
    if words[i - 3] == "never" and words[i - 2] in ("so", "this"):
        return f"'never {words[i - 2]}' {_factor(factor)}"
    return f"'{words[i - 1]}' before it {_factor(factor)} (NLTK never-check)"


def _idiom_rules(c, words: list[str], i: int, before: float, after: float) -> list[str]:
    """Name what ``_idioms_check`` matched (it replaces the valence or adds a dampener)."""
    if before == after:
        return []
    grams = [
        f"{words[i - 1]} {words[i]}",
        f"{words[i - 2]} {words[i - 1]} {words[i]}",
        f"{words[i - 2]} {words[i - 1]}",
        f"{words[i - 3]} {words[i - 2]} {words[i - 1]}",
        f"{words[i - 3]} {words[i - 2]}",
    ]
    matched = [g for g in grams if g in c.SPECIAL_CASE_IDIOMS][:1]  # NLTK stops at the first
    if len(words) - 1 > i and f"{words[i]} {words[i + 1]}" in c.SPECIAL_CASE_IDIOMS:
        matched.append(f"{words[i]} {words[i + 1]}")
    if len(words) - 1 > i + 1 and f"{words[i]} {words[i + 1]} {words[i + 2]}" in c.SPECIAL_CASE_IDIOMS:
        matched.append(f"{words[i]} {words[i + 1]} {words[i + 2]}")
    out = [f"idiom '{matched[-1]}' sets {c.SPECIAL_CASE_IDIOMS[matched[-1]]:g}"] if matched else []
    for bigram in (grams[4], grams[2]):
        if bigram in c.BOOSTER_DICT:
            out.append(f"idiom '{bigram}' {_fmt(c.B_DECR)}")
            break
    return out or [f"idiom {_fmt(after - before)}"]

