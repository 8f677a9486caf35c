"""Words near a chosen term (AntConc's Collocate tool) and entities named together (a network).

>>> collocates("Iran warned Israel. Iran warned the US. Iran waited.", "Iran", min_count=2)["collocate"].tolist()
['warned']

``collocates`` counts the words within *window* words either side of each occurrence of a
term, inside its sentence, and scores each pair with NLTK's association measures
(``nltk.metrics.BigramAssocMeasures``: log-likelihood, pointwise mutual information, Student's
t).  ``cooccurrence`` turns the entity mentions of ``tk.mentions`` into an edge table: two
entities are linked once for every sentence (or paragraph) that names both.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from itertools import combinations
from typing import TYPE_CHECKING

from ..text.document import DocLike, as_document

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["collocates", "cooccurrence", "MEASURES"]

# Our name -> NLTK's BigramAssocMeasures method.
MEASURES = {"llr": "likelihood_ratio", "mi": "pmi", "t": "student_t"}
COLUMNS = ["rank", "collocate", "count", "left", "right", "freq", "llr", "mi", "t"]
EDGE_COLUMNS = ["source", "target", "weight", "source_type", "target_type", "units"]


def _documents(doc_or_corpus) -> list:
    if hasattr(doc_or_corpus, "documents"):
        return list(doc_or_corpus.documents)
    if isinstance(doc_or_corpus, (list, tuple)):
        return [as_document(d) for d in doc_or_corpus]
    return [as_document(doc_or_corpus)]


def _sentence_words(doc) -> list[list[str]]:
    """Each sentence's word norms (punctuation, clitics and numbers left out), in order."""
    from ..text.tokenize import shared_tokens

    table = shared_tokens(doc)
    out: dict[int, list[str]] = {}
    for norm, ok, sent in zip(table["norm"].tolist(), table["is_word"].tolist(), table["sent_id"].tolist()):
        if ok:
            out.setdefault(sent, []).append(norm)
    return [out[k] for k in sorted(out)]


def _find(words: list[str], matchers) -> list[tuple[int, int]]:
    n, hits, i = len(matchers), [], 0
    while i <= len(words) - n:
        if all(m(words[i + k]) for k, m in enumerate(matchers)):
            hits.append((i, i + n))
            i += n
        else:
            i += 1
    return hits


def collocates(doc_or_corpus, term: str, *, window: int = 5, measure: str = "llr", min_count: int = 2,
               stopwords: bool | Iterable[str] = True, min_len: int = 2, top: int | None = 30) -> "pd.DataFrame":
    """Words that occur within *window* words of *term*, scored by an NLTK association measure.

    *doc_or_corpus* is a document (text, path, ``Document``), a list of them or a ``tk.Corpus``.
    *term* is matched as ``tk.concordance`` matches it (case-insensitive words, "Wall Street"
    phrases, "escalat*" prefixes; an acronym such as "US" only in capitals).  Windows count
    words only and stop at the sentence's end.  Returns ``rank, collocate, count, left, right,
    freq, llr, mi, t`` sorted by *measure* ("llr", "mi" or "t"): ``count`` = co-occurrences
    (``left`` before the term, ``right`` after), ``freq`` = the collocate's frequency.

    Each score is NLTK's ``BigramAssocMeasures`` on the contingency table NLTK's window finder
    uses: co-occurrences divided by the number of positions in the window (``2 * window``),
    the term's and the collocate's frequencies, and the number of words.  Stop words
    (``stopwords=True``), words shorter than *min_len* and pairs seen fewer than *min_count*
    times are left out of the table (they still take their place in the window).

    >>> collocates("Iran warned Israel. Iran warned the US.", "iran", window=1)[["collocate", "count"]].values.tolist()
    [['warned', 2]]
    """
    import pandas as pd
    from nltk.metrics import BigramAssocMeasures

    from .keywords import _stopset
    from .kwic import _matcher

    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    if isinstance(window, bool) or not isinstance(window, int) or window < 1:
        raise ValueError(f"window must be a whole number of words >= 1, not {window!r}")
    words_of_term = (term or "").split()
    if not words_of_term:
        raise ValueError("give a term: a word, a phrase or a prefix such as escalat*")
    matchers = [_matcher(w) for w in words_of_term]
    stop = _stopset(stopwords)
    left: Counter = Counter()
    right: Counter = Counter()
    freq: Counter = Counter()
    node_freq = total = 0
    for doc in _documents(doc_or_corpus):
        for words in _sentence_words(doc):
            freq.update(words)
            total += len(words)
            hits = _find(words, matchers)
            node_freq += len(hits)
            inside = {i for a, b in hits for i in range(a, b)}
            for a, b in hits:
                for i in range(max(0, a - window), a):
                    if i not in inside:
                        left[words[i]] += 1
                for i in range(b, min(len(words), b + window)):
                    if i not in inside:
                        right[words[i]] += 1
    span = 2 * window
    rows = []
    for word in set(left) | set(right):
        count = left[word] + right[word]
        if count < min_count or word.lower() in stop or len(word) < min_len:
            continue
        contingency = (count / span, (node_freq, freq[word]), total)
        scores = {name: _score(getattr(BigramAssocMeasures, fn), *contingency) for name, fn in MEASURES.items()}
        rows.append({"collocate": word, "count": count, "left": left[word], "right": right[word],
                     "freq": freq[word], **scores})
    if not rows:
        empty = pd.DataFrame({c: pd.Series(dtype="object" if c == "collocate" else "int64" if c in COLUMNS[:6] else "float64")
                              for c in COLUMNS})
        empty.attrs.update(term=term, term_count=node_freq, words=total, window=window)
        return empty
    table = pd.DataFrame(rows).sort_values([measure, "count", "collocate"], ascending=[False, False, True],
                                           kind="mergesort", na_position="last")
    table = table.head(top) if top is not None else table
    table.insert(0, "rank", range(1, len(table) + 1))
    table = table[COLUMNS].reset_index(drop=True)
    table.attrs.update(term=term, term_count=node_freq, words=total, window=window)
    return table.astype({"rank": "int64", "count": "int64", "left": "int64", "right": "int64", "freq": "int64"})


def _score(fn, n_ii: float, n_ix_xi: tuple[int, int], n_xx: int) -> float:
    try:
        value = fn(n_ii, n_ix_xi, n_xx)
    except (ValueError, ZeroDivisionError):  # a degenerate table (a text of a few words)
        return math.nan
    return float(value)


# --- co-occurrence network --------------------------------------------------------------------

def cooccurrence(doc: DocLike, *, unit: str = "sentence", min_weight: int = 1,
                 types: Iterable[str] | None = None) -> "pd.DataFrame":
    """Entities named together: ``source, target, weight, source_type, target_type, units``.

    One row per pair of entities (``tk.mentions``' canonical names, aliases merged) named in
    the same *unit* ("sentence" or "paragraph"); ``weight`` is the number of units naming both
    (an entity named twice in one sentence counts once) and ``units`` lists their ids
    (``sent_id`` or paragraph number).  *types* keeps only entities of those types (e.g.
    ``["PERSON", "ORG", "GPE"]``); pairs weighing less than *min_weight* are dropped.  Rows are
    sorted by weight, heaviest first; ``source`` < ``target`` alphabetically.

    >>> cooccurrence("Iran warned Israel. Israel and Iran met in Geneva.")[["source", "target", "weight"]].values.tolist()[0]
    ['Iran', 'Israel', 2]
    """
    import pandas as pd

    from .entities import mentions

    if unit not in ("sentence", "paragraph"):
        raise ValueError(f"unit must be 'sentence' or 'paragraph', not {unit!r}")
    doc = as_document(doc)
    table = mentions(doc)
    if types is not None:
        wanted = {str(t).upper() for t in ([types] if isinstance(types, str) else types)}
        table = table[table["type"].isin(wanted)]
    if unit == "paragraph":
        from ..text.segment import sentences

        para = dict(zip(sentences(doc)["sent_id"].tolist(), sentences(doc)["paragraph"].tolist()))
        ids = [para[s] for s in table["sent_id"].tolist()]
    else:
        ids = table["sent_id"].tolist()
    kind: dict[str, str] = {}
    named: dict[int, set[str]] = {}
    for entity, etype, uid in zip(table["entity"].tolist(), table["type"].tolist(), ids):
        kind.setdefault(entity, etype)
        named.setdefault(int(uid), set()).add(entity)
    units: dict[tuple[str, str], list[int]] = {}
    for uid in sorted(named):
        for pair in combinations(sorted(named[uid]), 2):
            units.setdefault(pair, []).append(uid)
    rows = [(a, b, len(u), kind[a], kind[b], u) for (a, b), u in units.items() if len(u) >= min_weight]
    rows.sort(key=lambda r: (-r[2], r[0], r[1]))
    edges = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    edges["weight"] = edges["weight"].astype("int64")
    for col in ("source", "target", "source_type", "target_type", "units"):
        edges[col] = edges[col].astype("object")
    edges.attrs["unit"] = unit
    return edges
