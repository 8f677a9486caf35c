"""The batch path: one compact profile per document, computed locally, on processes or on Dask.

>>> profile_document(load("Iran warned Israel. Israel said nothing."))["sentences"]
2

A profile holds what corpus analyses need — word counts, sentence scores, sizes — as plain,
picklable data, so the same function runs in this process, in a process pool or on a Dask
cluster and gives identical results.  Its sentences, tokens and VADER scores are the ones
``tk.sentences``, ``tk.tokens`` and ``tk.sentence_sentiment`` give for the same document.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence

from ..text.document import Document, load

__all__ = ["profile_document", "profile_texts", "reference_profile", "has_profile", "ENGINES"]

ENGINES = ("local", "processes", "dask")
# Below this many documents a process pool costs more than it saves.
MIN_DOCS_FOR_PROCESSES = 200


def profile_document(doc: Document) -> dict:
    """Counts and scores of one document: ``id, group, title, words, sentences, paragraphs,
    tokens, counts`` (word norm -> count), ``numbers`` (number -> count) and ``scores`` (one
    ``(compound, pos, neu, neg)`` per sentence).

    >>> profile_document(load("Good news!"))["scores"]
    [(0.4926, 0.761, 0.239, 0.0)]

    The counts and scores depend only on ``doc.text`` and are kept in the document's cache (so a
    profile computed while loading is not computed again); ``id``, ``group`` and ``title`` are read
    from ``doc.meta`` on every call.
    """
    meta = doc.meta
    return {
        "id": meta.get("id", doc.source),
        "group": meta.get("group", "(all)"),
        "title": doc.title,
        "source": doc.source,
        **doc.cached(("profile",), lambda: _text_profile(doc.text, doc)),
    }


def has_profile(doc: Document) -> bool:
    """Whether *doc* already holds its profile's counts and scores."""
    return ("profile",) in doc._cache


def _text_profile(text: str, doc: Document | None = None) -> dict:
    """``words, sentences, paragraphs, tokens, counts, numbers, scores`` of a cleaned text (*doc*'s text:
    its sentence spans are then kept in its cache, where the entity and quotation rules read them)."""
    from ..fast import fast_module
    from ..text.segment import sentence_spans
    from ..analysis.sentiment import _tuple_scorer
    from ..text.tokenize import all_word_tokens

    spans = sentence_spans(text) if doc is None else doc.cached(("sentence_spans",), lambda: sentence_spans(text))
    sentences = [text[start:end] for start, end, _ in spans]
    toks = all_word_tokens(sentences)
    counts, numbers = fast_module("count").count_norms(toks)
    scores = _tuple_scorer()(sentences)
    return {
        "words": sum(counts.values()),
        "sentences": len(spans),
        "paragraphs": len({p for _, _, p in spans}),
        "tokens": len(toks),
        "counts": counts,
        "numbers": numbers,
        "scores": scores,
    }


def reference_profile(text: str) -> dict:
    """``sentences, tokens, counts, scores`` of a cleaned text computed the straightforward way,
    with NLTK's own classes (``PunktSentenceTokenizer``, ``NLTKWordTokenizer``,
    ``SentimentIntensityAnalyzer``): slow, for checking that :func:`profile_document` is exact.

    Sentences are Punkt's spans per paragraph with the one correction ``tk.sentences`` documents
    (a final "!!" + "!" split re-joined); typographic apostrophes inside words become "'" first,
    as in ``tk.tokens``.

    >>> reference_profile("Good news! Bad news.")["scores"][1]
    (-0.5423, 0.0, 0.222, 0.778)
    """
    from nltk.tokenize import NLTKWordTokenizer
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    from ..text.resources import punkt_parameters, vader_analyzer
    from ..text.segment import glue_punctuation_tails, paragraph_spans
    from ..text.tokenize import _APOSTROPHE_IN_WORD, classify_token

    punkt, words, sia = PunktSentenceTokenizer(punkt_parameters()), NLTKWordTokenizer(), vader_analyzer()
    sentences = []
    for a, b in paragraph_spans(text):
        para = text[a:b]
        sentences += [para[s:e] for s, e in glue_punctuation_tails(para, 0, punkt.span_tokenize(para))]
    counts: Counter = Counter()
    n_tokens = 0
    for sentence in sentences:
        tokens = words.tokenize(_APOSTROPHE_IN_WORD.sub("'", sentence))
        n_tokens += len(tokens)
        counts.update(norm for norm, kind in map(classify_token, tokens) if kind == "word")
    scores = [sia.polarity_scores(s) for s in sentences]
    return {"sentences": len(sentences), "tokens": n_tokens, "counts": dict(counts),
            "scores": [(d["compound"], d["pos"], d["neu"], d["neg"]) for d in scores]}


def _profile_chunk(docs: Sequence[Document]) -> list[dict]:
    return [profile_document(d) for d in docs]



def profile_texts(
    docs: Sequence[Document],
    *,
    engine: str = "local",
    workers: int | None = None,
    client=None,
    progress: Callable[[int], None] | None = None,
) -> list[dict]:
    """Profiles of *docs*, in order, computed by *engine*:

    - ``"local"``: in this process;
    - ``"processes"``: a pool of *workers* processes (default: all cores; small inputs run locally);
    - ``"dask"``: a Dask bag, on the distributed *client* when one is given (e.g.
      ``Client("tcp://scheduler:8786")``), else Dask's local multiprocessing scheduler.

    *progress* is called with the number of documents finished after each chunk.

    >>> [p["words"] for p in profile_texts([load("One two."), load("Three.")])]
    [2, 1]
    """
    if engine not in ENGINES:
        raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
    from .parallel import default_workers, map_in_processes

    docs = list(docs)
    workers = workers or default_workers()
    todo = [i for i, d in enumerate(docs) if not has_profile(d)]  # e.g. profiled while loading
    if progress and len(todo) < len(docs):
        progress(len(docs) - len(todo))
    if engine == "dask":
        computed = _profile_dask([docs[i] for i in todo], client=client, workers=workers, progress=progress)
    else:
        computed = map_in_processes(profile_document, [docs[i] for i in todo], workers=1 if engine == "local" else workers,
                                    min_items=MIN_DOCS_FOR_PROCESSES, progress=progress)
    out = dict(zip(todo, computed))
    return [out[i] if i in out else profile_document(d) for i, d in enumerate(docs)]


def _profile_dask(docs: list[Document], *, client, workers: int, progress) -> list[dict]:
    import dask.bag as db

    bag = db.from_sequence(docs, npartitions=max(1, min(len(docs), workers * 4)))
    profiles = bag.map_partitions(_profile_chunk)
    if client is not None:
        out = client.compute(profiles).result()
    else:
        out = profiles.compute(scheduler="processes", num_workers=workers)
    if progress:
        progress(len(docs))
    return list(out)


def local_cluster(*, n_workers: int = 2, secure: bool = True):
    """A Dask ``LocalCluster`` bound to 127.0.0.1 (no dashboard), with temporary TLS
    certificates when *secure* — use ``distributed.Client(cluster)`` and pass the client as
    ``client=``.  To use an existing cluster instead: ``Client("tcp://scheduler-host:8786")``.
    """
    from distributed import LocalCluster
    from distributed.security import Security

    security = Security.temporary() if secure else None
    return LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                        dashboard_address=None, security=security, protocol="tls" if secure else "tcp")
