"""Corpus analyses, all DataFrames: per-document summary, keywords with document frequency,
TF-IDF distinctive terms, keyness of a group or document against the rest, sentiment by
group, and which documents mention a term.

>>> corpus = load_corpus(["Iran warned Israel.", "Israel replied to Iran.", "Markets rose."])
>>> corpus_keywords(corpus, top=2)[["term", "count", "doc_freq"]].values.tolist()
[['iran', 2, 2], ['israel', 2, 2]]

Every function takes ``engine=`` ("local", "processes" or "dask") and ``client=`` (a Dask
distributed client) for the first pass over the documents; profiles are kept on the corpus,
so later calls reuse them.  Results do not depend on the engine.
"""
from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable

from .load import Corpus, load_corpus  # noqa: F401  (load_corpus for the doctest)

__all__ = ["profiles", "document_table", "corpus_keywords", "distinctive_terms", "group_keyness",
           "sentiment_by_group", "term_mentions", "term_by_group", "sentence_table"]


def profiles(corpus: Corpus, *, engine: str = "local", client=None, workers: int | None = None, progress=None) -> list[dict]:
    """The per-document profiles (see :func:`toolkit.corpus.batch.profile_document`), computed once."""
    from .batch import profile_texts

    cached = getattr(corpus, "_profiles", None)
    if cached is None or len(cached) != len(corpus):
        cached = profile_texts(corpus.documents, engine=engine, client=client, workers=workers, progress=progress)
        corpus._profiles = cached
    return cached


def _label(compound: float, threshold: float) -> str:
    return "positive" if compound >= threshold else "negative" if compound <= -threshold else "neutral"


def _filtered(counts: dict, stop: frozenset, min_len: int) -> Counter:
    return Counter({t: c for t, c in counts.items() if t.lower() not in stop and len(t) >= min_len})


def _check_top(top) -> None:
    from ..analysis.keywords import check_top

    check_top(top)


def _stop(stopwords) -> frozenset:
    from ..analysis.keywords import _stopset

    return _stopset(stopwords)


def document_table(corpus: Corpus, *, top_keywords: int = 5, threshold: float = 0.05, stopwords=True, min_len: int = 2, **engine):
    """One row per document: ``id, group, title, words, sentences, mean_compound,
    share_positive, share_negative, label, top_keywords, notes`` (``notes``: what loading did to
    the text, e.g. "decoded as cp1252", repairs, removed page furniture; "; "-separated).

    >>> document_table(load_corpus(["Good news.", "Bad news."]))["label"].tolist()
    ['positive', 'negative']
    """
    import pandas as pd

    stop = _stop(stopwords)
    rows = []
    for doc, p in zip(corpus.documents, profiles(corpus, **engine)):
        compounds = [s[0] for s in p["scores"]]
        n = len(compounds)
        mean = statistics.fmean(compounds) if n else float("nan")
        top = sorted(_filtered(p["counts"], stop, min_len).items(), key=lambda kv: (-kv[1], kv[0]))[:top_keywords]
        rows.append({
            "id": p["id"], "group": p["group"], "title": p["title"], "words": p["words"], "sentences": p["sentences"],
            "mean_compound": mean,
            "share_positive": sum(c >= threshold for c in compounds) / n if n else float("nan"),
            "share_negative": sum(c <= -threshold for c in compounds) / n if n else float("nan"),
            "label": _label(mean, threshold) if n else "neutral",
            "top_keywords": ", ".join(t for t, _ in top),
            "notes": "; ".join(doc.notes),
        })
    return pd.DataFrame(rows, columns=["id", "group", "title", "words", "sentences", "mean_compound",
                                       "share_positive", "share_negative", "label", "top_keywords", "notes"])


def corpus_keywords(corpus: Corpus, *, top: int | None = 50, stopwords=True, min_len: int = 2,
                    include_numbers: bool = False, exclude: Iterable[str] = (), **engine):
    """Corpus-wide keyword table: ``rank, term, count, per_10k, doc_freq, doc_share``
    (doc_freq = number of documents using the term).
    """
    import pandas as pd

    stop = _stop(stopwords) | {w.lower() for w in exclude}
    total, counts, docfreq = 0, Counter(), Counter()
    for p in profiles(corpus, **engine):
        terms = dict(p["counts"])
        if include_numbers:
            terms.update(p["numbers"])
        total += sum(terms.values())
        kept = _filtered(terms, stop, min_len)
        counts.update(kept)
        docfreq.update(kept.keys())
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    _check_top(top)
    if top is not None:
        ranked = ranked[:top]
    n_docs = max(len(corpus), 1)
    table = pd.DataFrame([(t, c, c * 10_000 / total if total else 0.0, docfreq[t], docfreq[t] / n_docs) for t, c in ranked],
                         columns=["term", "count", "per_10k", "doc_freq", "doc_share"])
    table.insert(0, "rank", range(1, len(table) + 1))
    table.attrs["words"] = total
    return table


def distinctive_terms(corpus: Corpus, *, top: int = 10, stopwords=True, min_len: int = 2, min_df: int = 1, **engine):
    """TF-IDF distinctive terms per document: ``id, rank, term, count, tfidf``, with scikit-learn's
    defaults (``TfidfTransformer``: smoothed idf, ``ln((1 + n) / (1 + df)) + 1``, and each document's
    weights l2-normalised) over the filtered word counts of terms in at least *min_df* documents.
    Computed from the counts directly, so ``analyze`` need not import scikit-learn (and SciPy) for
    it; tests/test_corpus.py checks it equals scikit-learn's on the news sample.

    >>> distinctive_terms(load_corpus(["Oil fell. Oil rose.", "Gold rose."]), top=1)[["id", "term", "count"]].values.tolist()
    [['doc0000', 'oil', 2], ['doc0001', 'gold', 1]]
    """
    import pandas as pd

    stop = _stop(stopwords)
    profs = profiles(corpus, **engine)
    columns = ["id", "rank", "term", "count", "tfidf"]
    _check_top(top)
    filtered = [_filtered(p["counts"], stop, min_len) for p in profs]
    if not any(filtered):
        return pd.DataFrame(columns=columns)
    rows = []
    for p, (counts, weights) in zip(profs, tfidf_weights(filtered, min_df=min_df)):
        order = sorted(weights.items(), key=lambda kv: (-round(kv[1], 12), kv[0]))[:top]
        rows.extend((p["id"], rank, term, counts[term], w) for rank, (term, w) in enumerate(order, 1))
    return pd.DataFrame(rows, columns=columns)


def tfidf_weights(docs: list[dict[str, int]], *, min_df: int = 1) -> list[tuple[dict[str, int], dict[str, float]]]:
    """Per document of term counts: (its counts, its TF-IDF weights) as scikit-learn's
    ``TfidfTransformer()`` computes them on those counts (smoothed idf, l2-normalised rows), over the
    terms found in at least *min_df* documents.

    >>> [sorted(w.items()) for _, w in tfidf_weights([{"a": 1}, {"a": 1, "b": 1}])]
    [[('a', 1.0)], [('a', 0.5797386715376657), ('b', 0.8148024746671689)]]
    """
    import math

    n = len(docs)
    df: Counter = Counter()
    for counts in docs:
        df.update(t for t, c in counts.items() if c)
    idf = {t: math.log((1 + n) / (1 + d)) + 1.0 for t, d in df.items() if d >= min_df}
    out = []
    for counts in docs:
        raw = {t: c * idf[t] for t, c in counts.items() if c and t in idf}
        norm = math.sqrt(math.fsum(w * w for w in raw.values()))
        out.append((counts, {t: w / norm for t, w in raw.items()} if norm else raw))
    return out


def _counts_of(profs: list[dict]) -> tuple[Counter, int]:
    counts: Counter = Counter()
    for p in profs:
        counts.update(p["counts"])
    return counts, sum(counts.values())


def group_keyness(corpus: Corpus, target: str, *, reference: str | None = None, by: str = "group", top: int | None = 20,
                  direction: str = "over", stopwords=True, min_count: int = 2, min_len: int = 2, **engine):
    """Keyness of one group (``by="group"``) or one document (``by="id"``) against the rest of
    the corpus, or against another group/document when *reference* is given.  Same columns as
    :func:`toolkit.keyness`.  *by* may also be a period ("year", "decade", "month") or a
    metadata column ("president", "party"): ``group_keyness(corpus, "1980s", reference="1950s",
    by="decade")`` is the keyness of one era against another.
    """
    from ..analysis.keywords import compare_counts

    profs = profiles(corpus, **engine)
    if by in ("group", "id"):
        keys = [p[by] for p in profs]
    else:
        from .meta import period_of

        keys = [period_of(d.meta, by) for d in corpus.documents]
        if all(k is None for k in keys):
            raise ValueError(f"by must be 'group', 'id', a period ('year', 'decade', 'month') of dated documents "
                             f"or a metadata column; no document has {by!r}")
    names = {k for k in keys if k is not None}
    for name in (target, reference):
        if name is not None and name not in names:
            raise KeyError(f"no {by} {name!r}; choose from {sorted(names)[:20]}")
    inside = [p for p, k in zip(profs, keys) if k == target]
    outside = [p for p, k in zip(profs, keys)
               if k is not None and (k == reference if reference is not None else k != target)]
    if not outside:
        raise ValueError(f"nothing to compare {target!r} with: the corpus has no other {by}")
    counts, total = _counts_of(inside)
    ref_counts, ref_total = _counts_of(outside)
    table = compare_counts(counts, total, ref_counts, ref_total, top=top, direction=direction,
                           stopwords=stopwords, min_count=min_count, min_len=min_len)
    table.attrs["reference"] = reference or f"rest of corpus ({ref_total} words)"
    return table


def sentiment_by_group(corpus: Corpus, *, threshold: float = 0.05, **engine):
    """Per group: ``group, documents, sentences, mean_compound, median_compound,
    share_positive, share_negative, share_neutral`` (over sentences).
    """
    import pandas as pd

    by_group: dict[str, list] = {}
    docs: Counter = Counter()
    for p in profiles(corpus, **engine):
        by_group.setdefault(p["group"], []).extend(s[0] for s in p["scores"])
        docs[p["group"]] += 1
    rows = []
    for group, comps in by_group.items():
        n = len(comps)
        rows.append({
            "group": group, "documents": docs[group], "sentences": n,
            "mean_compound": statistics.fmean(comps) if n else float("nan"),
            "median_compound": statistics.median(comps) if n else float("nan"),
            "share_positive": sum(c >= threshold for c in comps) / n if n else float("nan"),
            "share_negative": sum(c <= -threshold for c in comps) / n if n else float("nan"),
            "share_neutral": sum(-threshold < c < threshold for c in comps) / n if n else float("nan"),
        })
    return pd.DataFrame(rows, columns=["group", "documents", "sentences", "mean_compound", "median_compound",
                                       "share_positive", "share_negative", "share_neutral"]).sort_values("group", kind="mergesort").reset_index(drop=True)


def term_mentions(corpus: Corpus, term: str, **engine):
    """Which documents mention *term* and how often: ``id, group, title, count, per_10k``,
    most mentions first (documents without it are left out).  A one-word term is matched
    like :func:`toolkit.concordance` (case-insensitive, acronyms exact, ``word*`` prefixes).
    A phrase is searched in the text, so it is not found in streamed documents (large files
    loaded with ``profile=True`` keep their counts, not their text).
    """
    import pandas as pd

    from ..analysis.kwic import _matcher, find_term

    words = term.split()
    if not words:
        raise ValueError("give a term to look for")
    rows = []
    profs = profiles(corpus, **engine)
    if len(words) == 1:
        match = _matcher(words[0])
        for p in profs:
            n = sum(c for t, c in p["counts"].items() if match(t))
            if n:
                rows.append((p["id"], p["group"], p["title"], n, n * 10_000 / p["words"]))
    else:
        for doc, p in zip(corpus.documents, profs):
            n = len(find_term(doc, term))
            if n:
                rows.append((p["id"], p["group"], p["title"], n, n * 10_000 / p["words"]))
    table = pd.DataFrame(rows, columns=["id", "group", "title", "count", "per_10k"])
    return table.sort_values(["count", "id"], ascending=[False, True], kind="mergesort").reset_index(drop=True)


def term_by_group(corpus: Corpus, term: str, **engine):
    """How much each group uses *term*: ``group, documents, mentioning, doc_share, count,
    per_10k`` (``mentioning`` = documents that use it; ``per_10k`` per 10,000 words of the
    group).  Every group has a row, in first-seen order, even when none of its documents
    mentions the term.  Matching is :func:`term_mentions`'s.

    >>> corpus = load_corpus(["Iran warned Israel.", "Iran again.", "Markets rose."])
    >>> term_by_group(corpus, "iran")[["group", "documents", "mentioning", "count"]].values.tolist()
    [['(all)', 3, 2, 2]]
    """
    import pandas as pd

    mentions = term_mentions(corpus, term, **engine)
    docs: Counter = Counter()
    words: Counter = Counter()
    for p in profiles(corpus, **engine):
        docs[p["group"]] += 1
        words[p["group"]] += p["words"]
    mentioning = Counter(mentions["group"].tolist())
    counts: Counter = Counter()
    for group, n in zip(mentions["group"], mentions["count"]):
        counts[group] += int(n)
    rows = [(g, docs[g], mentioning[g], mentioning[g] / docs[g], counts[g],
             counts[g] * 10_000 / words[g] if words[g] else 0.0) for g in docs]
    return pd.DataFrame(rows, columns=["group", "documents", "mentioning", "doc_share", "count", "per_10k"])


def sentence_table(corpus: Corpus, *, threshold: float = 0.05, text: bool = False, **engine):
    """Every sentence's scores: ``id, group, sent_id, compound, pos, neu, neg, label``, and with
    *text* the sentence itself (``text``; a streamed document's file is read again, piece by piece).

    >>> sentence_table(load_corpus(["Good news. Bad news."]), text=True)[["text", "label"]].values.tolist()
    [['Good news.', 'positive'], ['Bad news.', 'negative']]
    """
    import pandas as pd

    rows = [(p["id"], p["group"], i, *s, _label(s[0], threshold))
            for p in profiles(corpus, **engine) for i, s in enumerate(p["scores"])]
    table = pd.DataFrame(rows, columns=["id", "group", "sent_id", "compound", "pos", "neu", "neg", "label"])
    if text:
        from ..text.segment import sentence_spans

        from .stream import file_sentences

        sentences = []
        for doc, p in zip(corpus.documents, profiles(corpus, **engine)):
            if doc.meta.get("streamed"):  # its text is not kept: read it again, piece by piece as it was profiled
                found = list(file_sentences(doc.source))
            else:
                # cached under the key the entities and quotes modules read (analyze needs both next)
                spans = doc.cached(("sentence_spans",), lambda doc=doc: sentence_spans(doc.text)) if doc.text else []
                found = [doc.text[a:b] for a, b, _ in spans]
            sentences += found if len(found) == len(p["scores"]) else [""] * len(p["scores"])
        table["text"] = sentences
    return table
