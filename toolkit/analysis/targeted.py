"""Sentiment toward an entity: how the sentences that name it score, apart from what it says itself.

>>> entity_sentiment("Iran won a great victory. Israel lost badly.")[["entity", "mean_compound"]].values.tolist()
[['Iran', 0.8316], ['Israel', -0.6597]]

The entities, their mentions and the quotations come from ``tk.entities``, ``tk.mentions`` and
``tk.quotes``; the scores are ``tk.sentence_sentiment``'s (VADER per sentence, optionally with
``neutral_names=True`` so that names carry no valence).  A sentence an entity *speaks* holds
(part of) a quotation attributed to it; the sentences *about* it name it without being its own
words.  Reading the two apart keeps "Iran insisted Israel must be punished" (Iran's words)
from counting as the press's tone toward Iran.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..text.document import DocLike, as_document

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["entity_sentiment", "entity_sentences", "quotes_about", "COLUMNS"]

COLUMNS = ["entity", "type", "mentions", "sentences", "mean_compound", "about", "about_compound",
           "spoken", "spoken_compound", "quotes", "most_negative", "most_negative_compound",
           "most_positive", "most_positive_compound"]
SENTENCE_COLUMNS = ["sent_id", "text", "compound", "label", "role"]


def _quote_sentences(doc, quotes: "pd.DataFrame") -> list[list[int]]:
    """For each quotation, the ``sent_id``s its span overlaps (a quote may run over several)."""
    from ..text.segment import sentences

    sents = sentences(doc)
    bounds = list(zip(sents["sent_id"].tolist(), sents["start"].tolist(), sents["end"].tolist()))
    out = []
    for a, b, sid in zip(quotes["start"].tolist(), quotes["end"].tolist(), quotes["sent_id"].tolist()):
        ids = [s for s, x, y in bounds if x < b and y > a]
        out.append(ids or [int(sid)])
    return out


def _parts(doc) -> tuple["pd.DataFrame", dict[str, set[int]], dict[str, set[int]], dict[str, int]]:
    """(entity table, entity -> sentences naming it, entity -> sentences it speaks, entity -> quotes)."""
    from .entities import entities, mentions
    from .quotes import quotes

    ents = entities(doc)
    named: dict[str, set[int]] = {}
    for entity, sid in zip(mentions(doc)["entity"].tolist(), mentions(doc)["sent_id"].tolist()):
        named.setdefault(entity, set()).add(int(sid))
    q = quotes(doc)
    spoken: dict[str, set[int]] = {}
    n_quotes: dict[str, int] = {}
    for speaker, ids in zip(q["speaker"].tolist(), _quote_sentences(doc, q)):
        if isinstance(speaker, str) and speaker:
            spoken.setdefault(speaker, set()).update(ids)
            n_quotes[speaker] = n_quotes.get(speaker, 0) + 1
    return ents, named, spoken, n_quotes


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else float("nan")


def entity_sentiment(doc: DocLike, *, neutral_names: bool = False, threshold: float = 0.05) -> "pd.DataFrame":
    """Per entity: its mentions, the sentences naming it and their mean VADER compound, the
    sentences *about* it (naming it, not its own words) and those it *speaks* (its quotes), and
    its most negative and most positive sentence.

    Columns: ``entity, type, mentions``; ``sentences`` / ``mean_compound`` (every sentence
    naming it); ``about`` / ``about_compound`` (those of them it does not speak); ``spoken`` /
    ``spoken_compound`` (sentences holding a quotation attributed to it, named there or not) and
    ``quotes`` (how many); ``most_negative`` / ``most_positive`` with their compounds (the
    lowest-scoring sentence naming it if below 0, the highest if above 0, else None/NaN).
    Means are NaN when there is no such sentence.
    Rows come in ``tk.entities``' order.  *neutral_names* is passed to ``tk.sentence_sentiment``.

    >>> entity_sentiment("Iran won a great victory. Israel lost badly.")["entity"].tolist()
    ['Iran', 'Israel']
    """
    import pandas as pd

    from .sentiment import sentence_sentiment

    doc = as_document(doc)
    scores = sentence_sentiment(doc, threshold=threshold, neutral_names=neutral_names).set_index("sent_id")
    compound = scores["compound"].to_dict()
    text = scores["text"].to_dict()
    ents, named, spoken, n_quotes = _parts(doc)
    rows = []
    for entity, etype, n_mentions in zip(ents["entity"].tolist(), ents["type"].tolist(), ents["mentions"].tolist()):
        naming = sorted(named.get(entity, ()))
        speaks = sorted(spoken.get(entity, ()))
        about = [s for s in naming if s not in set(speaks)]
        worst = min(naming, key=lambda s: (compound[s], s), default=None)
        best = max(naming, key=lambda s: (compound[s], -s), default=None)
        neg = worst is not None and compound[worst] < 0
        pos = best is not None and compound[best] > 0
        rows.append((entity, etype, int(n_mentions), len(naming), _mean([compound[s] for s in naming]),
                     len(about), _mean([compound[s] for s in about]),
                     len(speaks), _mean([compound[s] for s in speaks]), n_quotes.get(entity, 0),
                     text[worst] if neg else None, compound[worst] if neg else float("nan"),
                     text[best] if pos else None, compound[best] if pos else float("nan")))
    columns = list(zip(*rows)) if rows else [()] * len(COLUMNS)
    dtypes = {"entity": "object", "type": "object", "mentions": "int64", "sentences": "int64",
              "mean_compound": "float64", "about": "int64", "about_compound": "float64",
              "spoken": "int64", "spoken_compound": "float64", "quotes": "int64",
              "most_negative": "object", "most_negative_compound": "float64",
              "most_positive": "object", "most_positive_compound": "float64"}
    # built column by column so that a missing sentence stays None (pandas 3 would infer str and NaN)
    return pd.DataFrame({c: pd.Series(list(v), dtype=dtypes[c]) for c, v in zip(COLUMNS, columns)}, columns=COLUMNS)


def entity_sentences(doc: DocLike, entity: str, *, neutral_names: bool = False,
                     threshold: float = 0.05) -> "pd.DataFrame":
    """The sentences naming *entity* or spoken by it: ``sent_id, text, compound, label, role``
    (``role`` "about" when it is named, "speaks" when the sentence holds its quotation).

    >>> entity_sentences("Iran spoke. Israel waited.", "Iran")["sent_id"].tolist()
    [0]
    """
    import pandas as pd

    from .sentiment import sentence_sentiment

    doc = as_document(doc)
    scores = sentence_sentiment(doc, threshold=threshold, neutral_names=neutral_names)
    _, named, spoken, _ = _parts(doc)
    speaks = spoken.get(entity, set())
    keep = named.get(entity, set()) | speaks
    part = scores[scores["sent_id"].isin(keep)].copy()
    part["role"] = ["speaks" if s in speaks else "about" for s in part["sent_id"].tolist()]
    return part[SENTENCE_COLUMNS].astype({"role": "object"}).reset_index(drop=True) if len(part) else \
        pd.DataFrame({c: pd.Series(dtype=scores[c].dtype if c in scores else "object") for c in SENTENCE_COLUMNS})


def quotes_about(doc: DocLike, entity: str) -> "pd.DataFrame":
    """Quotations attributed to someone else that name *entity* in the quoted words or in their
    sentence (``tk.quotes``' columns).

    >>> quotes_about('Iran said: "Israel will pay." Israel waited.', "Israel")[["quote", "speaker"]].values.tolist()
    [['Israel will pay.', 'Iran']]
    """
    from .entities import mentions
    from .quotes import quotes

    doc = as_document(doc)
    q = quotes(doc)
    m = mentions(doc)
    m = m[m["entity"] == entity]
    spans = list(zip(m["start"].tolist(), m["end"].tolist()))
    sents = set(m["sent_id"].tolist())
    keep = []
    for a, b, ids, speaker in zip(q["start"].tolist(), q["end"].tolist(), _quote_sentences(doc, q), q["speaker"].tolist()):
        inside = any(x >= a and y <= b for x, y in spans)
        keep.append(speaker != entity and (inside or bool(sents & set(ids))))
    return q[keep].reset_index(drop=True)
