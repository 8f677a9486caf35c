"""Sentences with character offsets: NLTK's Punkt with the project's English parameters.

>>> sentences("Dr. Smith met Mr. Jones in the U.S. on Jan. 5. They spoke.")["text"].tolist()
['Dr. Smith met Mr. Jones in the U.S. on Jan. 5.', 'They spoke.']

Sentences never cross a paragraph boundary.  ``start``/``end`` index ``doc.text``.
"""
from __future__ import annotations

import re

from .document import DocLike, as_document

__all__ = ["sentences", "sentence_spans", "paragraph_spans", "glue_punctuation_tails"]

COLUMNS = ["sent_id", "start", "end", "text", "paragraph"]
_PARA_BREAK = re.compile(r"\n\n")


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph of a cleaned text (paragraphs are separated by a blank line).

    >>> paragraph_spans("a b\\n\\nc")
    [(0, 3), (5, 6)]
    """
    if not text:
        return []
    spans, start = [], 0
    for m in _PARA_BREAK.finditer(text):
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    return [(a, b) for a, b in spans if b > a]


def sentence_spans(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` for every sentence of a cleaned text.

    >>> sentence_spans("One. Two.\\n\\nThree.")
    [(0, 4, 0), (5, 9, 0), (11, 17, 1)]
    """
    from .resources import punkt_tokenizer

    punkt = punkt_tokenizer()
    out = []
    for p, (a, b) in enumerate(paragraph_spans(text)):
        spans = punkt.span_tokenize(text[a:b])
        for s, e in glue_punctuation_tails(text, a, spans):
            out.append((a + s, a + e, p))
    return out


_TAIL = re.compile(r"[.!?…]+[\"'”’)\]]*")


def glue_punctuation_tails(text: str, offset: int, spans) -> list[tuple[int, int]]:
    """Join a "sentence" that is only end punctuation to the sentence it directly follows.

    Punkt splits the last "!" off a paragraph-final run ("Great!!!" -> "Great!!" + "!") because
    its scan needs a character after each mark; a reader sees one sentence.
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and out[-1][1] == s and _TAIL.fullmatch(text, offset + s, offset + e):
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def sentences(doc: DocLike):
    """Table of sentences: ``sent_id, start, end, text, paragraph`` (offsets into ``doc.text``).

    >>> sentences("It rained. We stayed in.").shape
    (2, 5)
    """
    doc = as_document(doc)
    return doc.cached(("sentences",), lambda: _sentence_table(doc.text)).copy()


def _sentence_table(text: str):
    import pandas as pd

    spans = sentence_spans(text)
    return pd.DataFrame(
        {
            "sent_id": pd.Series(range(len(spans)), dtype="int64"),
            "start": pd.Series([s for s, _, _ in spans], dtype="int64"),
            "end": pd.Series([e for _, e, _ in spans], dtype="int64"),
            "text": pd.Series([text[s:e] for s, e, _ in spans], dtype="object"),
            "paragraph": pd.Series([p for _, _, p in spans], dtype="int64"),
        },
        columns=COLUMNS,
    )
