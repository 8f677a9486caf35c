"""What a text is about: keyword counts, n-grams, collocations and keyness.

>>> keyword_frequencies("Iran warned Israel. Israel said Iran would pay.", top=2)["term"].tolist()
['iran', 'israel']

Terms are token ``norm``s (lower case; acronyms such as "US" keep their case).  A *word* is
a token with a letter that is not punctuation or a clitic ('s, n't); numbers count only with
``include_numbers=True``.  ``per_10k`` is per 10,000 words of the document.  N-grams are
runs of adjacent words inside one sentence: they never cross a sentence or punctuation.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence

from ..text.document import DocLike, Document, as_document

__all__ = ["keyword_frequencies", "collocations", "keyness", "compare_counts", "word_runs", "term_counts", "GENERAL_ENGLISH"]

GENERAL_ENGLISH = "english"
# Nominal size of the general-English reference: wordfreq frequencies are per word, and a
# reference of 1e9 words turns them into counts (Zipf frequencies are per billion words).
REFERENCE_WORDS = 1_000_000_000
# wordfreq's 'best' English list bottoms out near 1e-8; unseen words get this frequency.
MIN_FREQUENCY = 1e-8


def check_top(top: object, name: str = "top") -> None:
    """Raise a clear error unless *top* is a whole number of rows (0 or more) or None (all rows).

    >>> check_top("5")
    Traceback (most recent call last):
    ...
    TypeError: top must be a whole number of rows (e.g. top=20) or None for all rows, not '5' (str)
    """
    if top is None:
        return
    if isinstance(top, bool) or not isinstance(top, int):
        raise TypeError(f"{name} must be a whole number of rows (e.g. {name}=20) or None for all rows, "
                        f"not {top!r} ({type(top).__name__})")
    if top < 0:
        raise ValueError(f"{name} must be >= 0 or None, not {top!r}")


def _stopset(stopwords: bool | Iterable[str]) -> frozenset[str]:
    from ..text.resources import stopwords as default_stopwords

    if stopwords is True:
        return default_stopwords()
    if stopwords is False:
        return frozenset()
    if isinstance(stopwords, str):  # one word, not its letters
        return frozenset([stopwords.lower()])
    return frozenset(w.lower() for w in stopwords)


def word_runs(doc: DocLike, *, include_numbers: bool = False) -> list[list[str]]:
    """Norms of adjacent words, split at sentence ends, punctuation and clitics.

    >>> word_runs("Iran's threat, said Biden.")
    [['iran'], ['threat'], ['said', 'biden']]
    """
    from ..text.tokenize import shared_tokens

    table = shared_tokens(doc)
    keep = table["is_word"] | (table["is_num"] if include_numbers else False)
    runs: list[list[str]] = []
    current: list[str] = []
    last_sent = -1
    for norm, ok, sent in zip(table["norm"], keep, table["sent_id"]):
        if not ok or sent != last_sent:
            if current:
                runs.append(current)
            current = []
            last_sent = sent
        if ok:
            current.append(norm)
    if current:
        runs.append(current)
    return runs


def _ngrams(runs: Sequence[Sequence[str]], n: int) -> Iterable[tuple[str, ...]]:
    for run in runs:
        for i in range(len(run) - n + 1):
            yield tuple(run[i:i + n])


def term_counts(
    doc: DocLike,
    *,
    ngram: int = 1,
    stopwords: bool | Iterable[str] = True,
    min_len: int = 2,
    include_numbers: bool = False,
    exclude: Iterable[str] = (),
) -> tuple[Counter, int]:
    """``(Counter of terms, number of words)`` with the filters of :func:`keyword_frequencies`.

    >>> term_counts("A cat saw a cat.")[0]["cat"]
    2
    """
    if ngram not in (1, 2, 3):
        raise ValueError(f"ngram must be 1, 2 or 3, not {ngram!r}")
    if min_len < 1:
        raise ValueError(f"min_len must be at least 1, not {min_len!r}")
    stop = _stopset(stopwords)
    excluded = {w.strip().lower() for w in exclude if w and w.strip()}
    runs = word_runs(doc, include_numbers=include_numbers)
    total = sum(len(r) for r in runs)
    counts: Counter = Counter()
    for gram in _ngrams(runs, ngram):
        if gram[0].lower() in stop or gram[-1].lower() in stop:
            continue
        if any(len(w) < min_len or w.lower() in excluded for w in gram):
            continue
        counts[" ".join(gram)] += 1
    return counts, total


def keyword_frequencies(
    doc: DocLike,
    *,
    top: int | None = 20,
    ngram: int = 1,
    stopwords: bool | Iterable[str] = True,
    min_len: int = 2,
    include_numbers: bool = False,
    exclude: Iterable[str] = (),
):
    """Most frequent terms: ``rank, term, count, per_10k, share`` (share = count / all counted terms).

    *stopwords*: True drops the project's stop words (n-grams that start or end with one),
    False keeps everything, or pass your own collection.  *exclude* drops terms containing
    these words.  Ties are broken alphabetically so results are reproducible.

    >>> keyword_frequencies("Iran warned Israel. Israel replied.", top=1)["count"].tolist()
    [2]
    """
    import pandas as pd

    counts, total = term_counts(doc, ngram=ngram, stopwords=stopwords, min_len=min_len,
                                include_numbers=include_numbers, exclude=exclude)
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    check_top(top)
    if top is not None:
        ranked = ranked[:top]
    kept = sum(counts.values())
    table = pd.DataFrame(ranked, columns=["term", "count"])
    table.insert(0, "rank", range(1, len(table) + 1))
    table["term"] = table["term"].astype(object)
    table["count"] = table["count"].astype("int64")
    table["per_10k"] = table["count"] * 10_000 / total if total else 0.0
    table["share"] = table["count"] / kept if kept else 0.0
    table.attrs["words"] = total
    return table


# --- collocations -------------------------------------------------------------------------------

_MEASURES = {"llr": "likelihood_ratio", "pmi": "pmi", "t": "student_t", "chi_sq": "chi_sq", "dice": "dice"}


def collocations(
    doc: DocLike,
    *,
    measure: str = "llr",
    top: int | None = 20,
    ngram: int = 2,
    min_count: int = 2,
    stopwords: bool | Iterable[str] = True,
    min_len: int = 2,
):
    """Word pairs (or triples) that occur together more than chance, by NLTK's association measures.

    Returns ``rank, term, count, llr, pmi`` (plus *measure* if another) sorted by *measure*
    ("llr" log-likelihood, "pmi", "t", "chi_sq" or "dice"); ``pmi`` is the effect size and
    ``llr`` the significance.  Pairs never cross a sentence or punctuation.

    >>> collocations("Wall Street fell. Wall Street rose.", min_count=2)["term"].tolist()
    ['wall street']
    """
    import pandas as pd
    from nltk.collocations import (BigramAssocMeasures, BigramCollocationFinder,
                                   TrigramAssocMeasures, TrigramCollocationFinder)

    if measure not in _MEASURES:
        raise ValueError(f"measure must be one of {sorted(_MEASURES)}, not {measure!r}")
    if ngram not in (2, 3):
        raise ValueError(f"ngram must be 2 or 3, not {ngram!r}")
    stop = _stopset(stopwords)
    runs = word_runs(doc)
    finder_cls, measures = (BigramCollocationFinder, BigramAssocMeasures) if ngram == 2 else (TrigramCollocationFinder, TrigramAssocMeasures)
    finder = finder_cls.from_documents(runs)
    finder.apply_word_filter(lambda w: w.lower() in stop or len(w) < min_len)
    finder.apply_freq_filter(min_count)
    columns = ["rank", "term", "count", "llr", "pmi"] + ([measure] if measure not in ("llr", "pmi") else [])
    if not finder.ngram_fd:
        return pd.DataFrame({c: pd.Series(dtype="object" if c == "term" else "float64") for c in columns})
    fns = {name: getattr(measures, fn) for name, fn in _MEASURES.items() if name in ("llr", "pmi", measure)}
    rows = [
        {"term": " ".join(gram), "count": finder.ngram_fd[gram], **{name: _score(finder, fn, gram) for name, fn in fns.items()}}
        for gram in finder.ngram_fd
    ]
    table = pd.DataFrame(rows).sort_values([measure, "count", "term"], ascending=[False, False, True], kind="mergesort")
    check_top(top)
    table = table.head(top) if top is not None else table
    table.insert(0, "rank", range(1, len(table) + 1))
    return table[columns].reset_index(drop=True)


def _score(finder, score_fn, gram) -> float:
    # NLTK's contingency table can go negative for a word repeated back to back in a tiny text
    # ("x x x"), which makes log() fail; such a pair has no meaningful score.
    try:
        score = finder.score_ngram(score_fn, *gram)
    except (ValueError, ZeroDivisionError):
        return math.nan
    return math.nan if score is None else float(score)


# --- keyness ------------------------------------------------------------------------------------

def _g2(a: float, b: float, c: float, d: float) -> float:
    """Dunning's log-likelihood G² for a term seen *a* times in *c* words vs *b* times in *d* words."""
    e1 = c * (a + b) / (c + d)
    e2 = d * (a + b) / (c + d)
    g = 0.0
    if a > 0:
        g += a * math.log(a / e1)
    if b > 0:
        g += b * math.log(b / e2)
    return 2.0 * g


def _reference_counts(reference, *, stopwords, min_len, include_numbers) -> tuple[Counter, int] | None:
    if isinstance(reference, str) and reference.lower() == GENERAL_ENGLISH:
        return None
    if isinstance(reference, (Document, str)):
        docs = [reference]
    elif hasattr(reference, "documents"):
        docs = list(reference.documents)
    else:
        docs = list(reference)
    counts: Counter = Counter()
    total = 0
    for ref in docs:
        c, n = term_counts(ref, stopwords=False, min_len=1, include_numbers=include_numbers)
        counts.update(c)
        total += n
    if total == 0:
        raise ValueError("the reference has no words; give a non-empty document or corpus, or reference='english'")
    return counts, total


def keyness(
    doc: DocLike,
    reference="english",
    *,
    top: int | None = 20,
    direction: str = "over",
    stopwords: bool | Iterable[str] = True,
    min_count: int = 1,
    min_len: int = 2,
    include_numbers: bool = False,
    sort: str = "g2",
    max_p: float | None = None,
):
    """Terms used more (or less) in *doc* than in a reference, by log-likelihood G² and log ratio.

    *reference* is ``"english"`` (general English from ``wordfreq``, as counts in a nominal
    1e9-word reference), another document or string, or a collection of them (a corpus).
    Columns: ``rank, term, count, per_10k, ref_per_10k, g2, p_value, log_ratio, direction``.
    ``g2`` is Dunning's log-likelihood (significance; 3.84 ≈ p 0.05, 15.13 ≈ p 0.0001);
    ``log_ratio`` is Hardie's effect size, log2 of the ratio of relative frequencies (+1 = twice
    as common in *doc*); zero reference counts are smoothed with 0.5.
    *direction*: "over" (used more than the reference, the default), "under" or "both".
    Rows are sorted by *sort* ("g2", the default, or "log_ratio"); *max_p* keeps only rows with
    ``p_value <= max_p`` (Hardie's advice: filter by significance, then rank by effect size).
    An empty table says why in ``attrs["note"]`` (and a warning): against a tiny reference, for
    example, a word the reference lacks still counts as half an occurrence there, so nothing
    in a longer text can be used more.

    >>> keyness("Hezbollah and Hezbollah again.", top=1)["term"].tolist()
    ['hezbollah']
    """
    counts, total = term_counts(doc, stopwords=stopwords, min_len=min_len, include_numbers=include_numbers)
    ref = _reference_counts(reference, stopwords=stopwords, min_len=min_len, include_numbers=include_numbers)
    ref_counts, ref_total = ref if ref is not None else (None, REFERENCE_WORDS)
    table = compare_counts(counts, total, ref_counts, ref_total, top=top, direction=direction,
                           stopwords=stopwords, min_count=min_count, min_len=min_len, sort=sort, max_p=max_p)
    table.attrs["reference"] = "general English (wordfreq)" if ref is None else f"{ref_total} reference words"
    if "note" in table.attrs and total:  # an empty table says why (an empty text has warned already)
        import warnings

        warnings.warn(f"keyness: the table is empty: {table.attrs['note']}", UserWarning, stacklevel=2)
    return table


def _why_empty(counts: Counter, total: int, ref_counts: Counter | None, ref_total: int, *, direction: str,
               min_count: int, max_p: float | None) -> str:
    """Why :func:`compare_counts` found no row: the sentence stored as the empty table's ``attrs["note"]``."""
    if not total or not counts:
        return "the text has no word left to count (after the stop-word and length filters)"
    top_term, top_count = max(counts.items(), key=lambda kv: (kv[1], kv[0]))
    if direction == "over" and top_count < min_count:
        return f"no word occurs {min_count} times (the most frequent, “{top_term}”, occurs {top_count})"
    if direction == "over" and ref_counts is not None and top_count / total <= 0.5 / ref_total:
        return (f"the reference is tiny ({ref_total} words): a word it lacks counts as half an occurrence, "
                f"{0.5 / ref_total * 10_000:,.0f} per 10,000 words, more often than this text uses even its most "
                f"frequent word (“{top_term}”, {top_count / total * 10_000:,.0f} per 10,000), so no word can be used "
                "more than in the reference. Compare with a reference of a few thousand words or more (a corpus), "
                "or with general English (the default).")
    if max_p is not None:
        return f"no word differs from the reference at p ≤ {max_p:g}"
    return f"no word is used {'more' if direction == 'over' else 'less'} often than in the reference"


def compare_counts(
    counts: Counter,
    total: int,
    ref_counts: Counter | None,
    ref_total: int,
    *,
    top: int | None = 20,
    direction: str = "over",
    stopwords: bool | Iterable[str] = True,
    min_count: int = 1,
    min_len: int = 2,
    sort: str = "g2",
    max_p: float | None = None,
):
    """The keyness table for term *counts* out of *total* words against reference counts
    (``None`` = general English from wordfreq in a nominal 1e9-word reference).

    >>> compare_counts(Counter({"iran": 5}), 100, Counter({"iran": 1}), 1000)["log_ratio"].round(2).tolist()
    [5.64]
    """
    import pandas as pd

    if sort not in ("g2", "log_ratio"):
        raise ValueError(f"sort must be 'g2' or 'log_ratio', not {sort!r}")
    if direction not in ("over", "under", "both"):
        raise ValueError(f"direction must be 'over', 'under' or 'both', not {direction!r}")
    stop = _stopset(stopwords)
    counts = Counter({t: c for t, c in counts.items() if t.lower() not in stop and len(t) >= min_len})
    if ref_counts is None:
        from ..text.resources import word_frequency

        ref_count = {t: max(word_frequency(t.lower()), MIN_FREQUENCY) * ref_total for t in counts}
    else:
        ref_count = {t: float(ref_counts.get(t, 0)) for t in counts}
        if direction != "over":  # terms only in the reference are the most under-used
            for t, b in ref_counts.items():
                if t not in counts and t.lower() not in stop and len(t) >= min_len:
                    ref_count[t] = float(b)
    rows = []
    for term, b in ref_count.items():
        a = counts.get(term, 0)
        if a < min_count and direction == "over":
            continue
        g2 = _g2(a, b, total, ref_total) if total else 0.0
        ratio = math.log2(((a or 0.5) / total) / ((b or 0.5) / ref_total)) if total else 0.0
        over = ratio > 0
        if (direction == "over" and not over) or (direction == "under" and over):
            continue
        p_value = math.erfc(math.sqrt(g2 / 2))
        if max_p is not None and p_value > max_p:
            continue
        rows.append((term, a, a * 10_000 / total if total else 0.0, b * 10_000 / ref_total, g2,
                     p_value, ratio, "over" if over else "under"))
    key = 4 if sort == "g2" else 6
    rows.sort(key=lambda r: (-abs(r[key]), r[0]))
    check_top(top)
    if top is not None:
        rows = rows[:top]
    columns = ["rank", "term", "count", "per_10k", "ref_per_10k", "g2", "p_value", "log_ratio", "direction"]
    table = pd.DataFrame(rows, columns=columns[1:])
    table.insert(0, "rank", range(1, len(table) + 1))
    table["term"] = table["term"].astype(object)
    table["count"] = table["count"].astype("int64")
    if not len(table):
        table.attrs["note"] = _why_empty(counts, total, ref_counts, ref_total, direction=direction, min_count=min_count,
                                         max_p=max_p)
    return table
