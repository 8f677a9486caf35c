"""Headline figures for a document: size, vocabulary density, sentence length, readability.

>>> summary("The cat sat. The dog ran away.").words
7

Readability uses the Flesch formulas.  Syllables per word part are the larger of the
``pyphen`` en_US hyphenation count (hyphenation points + 1; hyphenation avoids splitting
near word edges, so it undercounts "co-a-li-tion") and the number of vowel groups (less a
silent final -e, -ed or -es).  Both work offline; no counter without a pronouncing dictionary is exact.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass

from ..text.document import DocLike, as_document

__all__ = ["Summary", "summary", "syllables"]

_LETTERS = re.compile(r"[^\W\d_]+")
_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def _vowel_groups(part: str) -> int:
    """Vowel groups, less a silent final -e, -ed or -es ("cole", "moved", "states")."""
    n = len(_VOWEL_GROUPS.findall(part))
    if n > 1 and (
        (part.endswith("e") and not re.search(r"[^aeiouy]le$|ee$|ye$", part))
        or (part.endswith("ed") and part[-3:-2] not in ("t", "d"))
        or (part.endswith("es") and part[-3:-2] not in ("s", "x", "z", "c", "g", "h"))
    ):
        n -= 1
    return n


@dataclass(frozen=True)
class Summary:
    """Figures for one document; ``as_dict()`` gives a plain dict, ``to_frame()`` a 1-row table."""

    characters: int
    paragraphs: int
    sentences: int
    words: int
    vocabulary: int
    vocabulary_density: float
    mean_sentence_length: float
    mean_word_length: float
    syllables_per_word: float
    flesch_reading_ease: float
    flesch_kincaid_grade: float

    def as_dict(self) -> dict:
        return asdict(self)

    def to_frame(self):
        import pandas as pd

        return pd.DataFrame([self.as_dict()])


def syllables(word: str) -> int:
    """Syllables in *word*: per letter run, max(pyphen hyphenation count, vowel groups), at least 1.

    >>> syllables("officials"), syllables("US-led"), syllables("coalition")
    (3, 2, 3)
    """
    from ..text.resources import hyphenator

    hyph = hyphenator()
    total = 0
    for part in _LETTERS.findall(word.lower()):
        part = part[:100]
        total += max(len(hyph.positions(part)) + 1, _vowel_groups(part))
    return total


def summary(doc: DocLike) -> Summary:
    """Words, sentences, paragraphs, vocabulary density (types / words), mean sentence length,
    and Flesch reading ease / Flesch–Kincaid grade.  An empty document gives zeros and NaN.

    >>> round(summary("It rained. We stayed in.").mean_sentence_length, 1)
    2.5
    """
    from ..text.segment import sentences
    from ..text.tokenize import shared_tokens

    doc = as_document(doc)
    table = shared_tokens(doc)
    words = table.loc[table["is_word"], "token"].tolist()
    n_words = len(words)
    n_sents = len(sentences(doc))
    n_paras = int(table["paragraph"].nunique()) if len(table) else 0
    if n_words == 0:
        nan = math.nan
        return Summary(len(doc.text), n_paras, n_sents, 0, 0, nan, nan, nan, nan, nan, nan)
    vocabulary = int(table.loc[table["is_word"], "norm"].str.lower().nunique())
    n_syll = sum(syllables(w) for w in words)
    wps = n_words / max(n_sents, 1)
    spw = n_syll / n_words
    return Summary(
        characters=len(doc.text),
        paragraphs=n_paras,
        sentences=n_sents,
        words=n_words,
        vocabulary=vocabulary,
        vocabulary_density=vocabulary / n_words,
        mean_sentence_length=wps,
        mean_word_length=sum(len(w) for w in words) / n_words,
        syllables_per_word=spw,
        flesch_reading_ease=206.835 - 1.015 * wps - 84.6 * spw,
        flesch_kincaid_grade=0.39 * wps + 11.8 * spw - 15.59,
    )
