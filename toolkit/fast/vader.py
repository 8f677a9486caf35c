"""Fast, bit-exact batch version of NLTK's VADER ``SentimentIntensityAnalyzer.polarity_scores``.

:class:`FastVader` returns exactly the dict NLTK 3.10.4 returns (same keys, same floats) for every
string, several times faster.  NLTK's rules are reproduced literally, quirks included:

* every occurrence of a repeated token is scored in the context of its *first* occurrence
  (NLTK looks positions up with ``list.index``), so one valence per distinct token is computed;
* NLTK strips leading/trailing punctuation by looking tokens up in a dict built from every
  (punctuation mark, word) pair; here the same rule is checked per token: a token is replaced by its
  core when it is ``mark + core`` or ``core + mark`` with ``mark`` in ``PUNC_LIST``, ``core`` free of
  ASCII punctuation and at least two characters long;
* the ``"never so/this"`` checks compare the original (not lower-cased) tokens, and idioms are
  matched case-sensitively, as in NLTK;
* valences keep NLTK's int/float types (``0`` for neutral tokens, ``int`` idiom values), so
  ``sum()`` adds exactly the same numbers in the same order.

:func:`score_parallel` spreads a large batch over forked worker processes.

>>> from toolkit.fast.vader import FastVader
>>> from toolkit.text.resources import vader_analyzer
>>> FastVader.from_nltk(vader_analyzer()).polarity_scores("good")["compound"]
0.4404
"""
from __future__ import annotations

import math
import multiprocessing
import re
import string
from collections.abc import Mapping, Sequence
from concurrent.futures import ProcessPoolExecutor
from itertools import repeat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nltk.sentiment.vader import SentimentIntensityAnalyzer, VaderConstants

Scores = dict[str, float]

_PUNCT = string.punctuation
_PUNCT_CHARS = frozenset(_PUNCT)
_HAS_PUNCT = re.compile(f"[{re.escape(_PUNCT)}]").search
_SO_THIS = ("so", "this")
# NLTK's fixed results, as (compound, pos, neu, neg): words but none with valence, and no words.
_NEUTRAL = (0.0, 0.0, 1.0, 0.0)
_EMPTY = (0.0, 0.0, 0.0, 0.0)


class FastVader:
    """VADER sentiment scorer giving NLTK's ``polarity_scores`` results bit for bit.

    *constants* is an ``nltk.sentiment.vader.VaderConstants`` (NLTK's defaults when omitted).

    >>> FastVader({"good": 1.9}).polarity_scores("good")["pos"]
    1.0
    """

    def __init__(self, lexicon: Mapping[str, float], constants: VaderConstants | None = None) -> None:
        if constants is None:
            from nltk.sentiment.vader import VaderConstants

            constants = VaderConstants()
        if constants.REGEX_REMOVE_PUNCTUATION.pattern != f"[{re.escape(_PUNCT)}]" or not all(
            mark and set(mark) <= _PUNCT_CHARS for mark in constants.PUNC_LIST
        ):
            raise ValueError("FastVader needs NLTK's punctuation rules: string.punctuation, non-empty PUNC_LIST marks")
        self.lexicon = dict(lexicon)
        self.constants = constants
        self._booster: dict[str, float] = dict(constants.BOOSTER_DICT)
        self._negate = frozenset(constants.NEGATE)
        self._idioms: dict[str, float] = dict(constants.SPECIAL_CASE_IDIOMS)
        self._punc_list = frozenset(constants.PUNC_LIST)
        self._c_incr: float = constants.C_INCR
        self._b_decr: float = constants.B_DECR
        self._n_scalar: float = constants.N_SCALAR
        # Words that occur in a multi-word idiom or booster; a window without any cannot match one.
        self._phrase_words = frozenset(
            part for key in (*self._idioms, *self._booster) if " " in key for part in key.split(" ")
        )

    @classmethod
    def from_nltk(cls, analyzer: SentimentIntensityAnalyzer) -> FastVader:
        """Copy the lexicon and constants of an NLTK ``SentimentIntensityAnalyzer``.

        >>> from toolkit.text.resources import vader_analyzer
        >>> FastVader.from_nltk(vader_analyzer()).lexicon["good"]
        1.9
        """
        return cls(analyzer.lexicon, analyzer.constants)

    # --- tokens ---------------------------------------------------------------------------------

    def _words(self, text: str) -> list[str]:
        """NLTK's ``SentiText.words_and_emoticons``: whitespace tokens of 2+ characters, with a
        ``PUNC_LIST`` mark stripped from either end of otherwise punctuation-free words."""
        strip = self._strip_mark
        return [
            strip(token) if token[0] in _PUNCT_CHARS or token[-1] in _PUNCT_CHARS else token
            for token in text.split()
            if len(token) > 1
        ]

    def _strip_mark(self, token: str) -> str:
        """*token* without its leading or trailing ``PUNC_LIST`` mark, when the rest is a
        punctuation-free word of 2+ characters (NLTK's ``_words_plus_punc`` lookup)."""
        if token[0] in _PUNCT_CHARS:
            core = token.lstrip(_PUNCT)
            mark = token[: len(token) - len(core)]
        else:
            core = token.rstrip(_PUNCT)
            mark = token[len(core) :]
        if len(core) > 1 and mark in self._punc_list and (core.isalnum() or not _HAS_PUNCT(core)):
            return core
        return token

    # --- rules ------------------------------------------------------------------------------------

    def _idioms_check(self, valence: float, words: list[str], i: int) -> float:
        """NLTK's ``_idioms_check`` for the token at *i* (``i >= 3``)."""
        phrase_words = self._phrase_words
        if words[i] not in phrase_words and words[i - 1] not in phrase_words and words[i - 2] not in phrase_words:
            return valence
        idioms = self._idioms
        twoone = f"{words[i - 2]} {words[i - 1]}"
        threetwo = f"{words[i - 3]} {words[i - 2]}"
        for seq in (
            f"{words[i - 1]} {words[i]}",
            f"{twoone} {words[i]}",
            twoone,
            f"{threetwo} {words[i - 1]}",
            threetwo,
        ):
            if seq in idioms:
                valence = idioms[seq]
                break
        last = len(words) - 1
        if last > i:
            zeroone = f"{words[i]} {words[i + 1]}"
            if zeroone in idioms:
                valence = idioms[zeroone]
        if last > i + 1:
            zeroonetwo = f"{words[i]} {words[i + 1]} {words[i + 2]}"
            if zeroonetwo in idioms:
                valence = idioms[zeroonetwo]
        if threetwo in self._booster or twoone in self._booster:
            valence = valence + self._b_decr
        return valence

    def _valence(self, words: list[str], lowers: list[str], i: int, is_cap_diff: bool) -> float:
        """Valence of the lexicon word first seen at position *i* (NLTK's ``sentiment_valence``)."""
        lexicon = self.lexicon
        booster = self._booster
        negate = self._negate
        phrase_words = self._phrase_words
        c_incr = self._c_incr
        n_scalar = self._n_scalar
        valence = lexicon[lowers[i]]
        if is_cap_diff and words[i].isupper():
            if valence > 0:
                valence += c_incr
            else:
                valence -= c_incr
        for start_i in range(3):
            if i <= start_i:
                break
            j = i - (start_i + 1)
            prev_lower = lowers[j]
            if prev_lower in lexicon:
                continue
            # NLTK's scalar_inc_dec, damped with distance.
            s = 0.0
            if prev_lower in booster:
                s = booster[prev_lower]
                if valence < 0:
                    s *= -1
                if words[j].isupper() and is_cap_diff:
                    if valence > 0:
                        s += c_incr
                    else:
                        s -= c_incr
            if start_i == 1 and s != 0:
                s = s * 0.95
            if start_i == 2 and s != 0:
                s = s * 0.9
            valence = valence + s
            negated = prev_lower in negate or "n't" in prev_lower  # NLTK's negated(), one word
            # NLTK's _never_check (note: case-sensitive "never"/"so"/"this").
            if start_i == 0:
                if negated:
                    valence = valence * n_scalar
            elif start_i == 1:
                if words[i - 2] == "never" and words[i - 1] in _SO_THIS:
                    valence = valence * 1.5
                elif negated:
                    valence = valence * n_scalar
            else:
                if (words[i - 3] == "never" and words[i - 2] in _SO_THIS) or words[i - 1] in _SO_THIS:
                    valence = valence * 1.25
                elif negated:
                    valence = valence * n_scalar
                if words[i] in phrase_words or words[i - 1] in phrase_words or words[i - 2] in phrase_words:
                    valence = self._idioms_check(valence, words, i)  # (no idiom or booster phrase otherwise)
        # NLTK's _least_check.
        if i > 0 and lowers[i - 1] == "least" and "least" not in lexicon:
            if i == 1 or (lowers[i - 2] != "at" and lowers[i - 2] != "very"):
                valence = valence * n_scalar
        return valence

    # --- scoring ------------------------------------------------------------------------------------

    def polarity_scores(self, text: str) -> Scores:
        """``{"neg", "neu", "pos", "compound"}`` exactly as NLTK's ``polarity_scores(text)``.

        >>> from toolkit.text.resources import vader_analyzer
        >>> FastVader.from_nltk(vader_analyzer()).polarity_scores("not good")["compound"]
        -0.3412
        """
        compound, pos, neu, neg = self.polarity_tuple(text)
        return {"neg": neg, "neu": neu, "pos": pos, "compound": compound}

    def polarity_tuple(self, text: str) -> tuple[float, float, float, float]:
        """``(compound, pos, neu, neg)``: the values of :meth:`polarity_scores`, without the dict.

        >>> from toolkit.text.resources import vader_analyzer
        >>> FastVader.from_nltk(vader_analyzer()).polarity_tuple("not good")
        (-0.3412, 0.0, 0.294, 0.706)
        """
        words = self._words(text)
        lowers = list(map(str.lower, words))
        n = len(words)
        if self.lexicon.keys().isdisjoint(lowers):  # no lexicon word: NLTK's result is fixed
            return _NEUTRAL if n else _EMPTY
        caps = sum(map(str.isupper, words))
        is_cap_diff = 0 < n - caps < n
        lexicon = self.lexicon
        booster = self._booster
        # Only lexicon words carry valence; NLTK scores every occurrence of a word at the word's
        # first index, so each distinct word is scored once, where it first occurs.
        valences: dict[str, float] = {}
        for i, word_lower in enumerate(lowers):
            if word_lower in lexicon and words[i] not in valences:
                if word_lower in booster or (word_lower == "kind" and i < n - 1 and lowers[i + 1] == "of"):
                    valences[words[i]] = 0
                else:
                    valences[words[i]] = self._valence(words, lowers, i, is_cap_diff)
        if not any(valences.values()):  # no valence at all: NLTK's result is fixed
            return _NEUTRAL if n else _EMPTY
        sentiments = list(map(valences.get, words, repeat(0, n)))  # valences.get(word, 0)
        if "but" in lowers:
            bi = lowers.index("but")
            for sidx in range(n):
                if sidx < bi:
                    sentiments[sidx] = sentiments[sidx] * 0.5
                elif sidx > bi:
                    sentiments[sidx] = sentiments[sidx] * 1.5
        return _score_valence(sentiments, text)

    def score_many(self, texts: Sequence[str]) -> list[Scores]:
        """``polarity_scores`` of each text, in order.

        >>> len(FastVader({}).score_many(["a", "b"]))
        2
        """
        return [self.polarity_scores(text) for text in texts]

    def score_tuples(self, texts: Sequence[str]) -> list[tuple[float, float, float, float]]:
        """``polarity_tuple`` of each text, in order.

        >>> FastVader({"good": 1.9}).score_tuples(["good"])
        [(0.4404, 1.0, 0.0, 0.0)]
        """
        return [self.polarity_tuple(text) for text in texts]


def _score_valence(sentiments: list[float], text: str) -> tuple[float, float, float, float]:
    """NLTK's ``score_valence`` as ``(compound, pos, neu, neg)``: punctuation emphasis,
    normalisation and rounding."""
    if sentiments:
        sum_s = float(sum(sentiments))
        ep_count = min(text.count("!"), 4)
        qm_count = text.count("?")
        qm_amplifier = 0
        if qm_count > 1:
            qm_amplifier = qm_count * 0.18 if qm_count <= 3 else 0.96
        punct_emph_amplifier = ep_count * 0.292 + qm_amplifier
        if sum_s > 0:
            sum_s += punct_emph_amplifier
        elif sum_s < 0:
            sum_s -= punct_emph_amplifier
        compound = sum_s / math.sqrt((sum_s * sum_s) + 15)
        pos_sum = 0.0
        neg_sum = 0.0
        nonzero = list(filter(None, sentiments))
        neu_count = len(sentiments) - len(nonzero)
        for score in nonzero:
            if score > 0:
                pos_sum += float(score) + 1
            else:
                neg_sum += float(score) - 1
        if pos_sum > math.fabs(neg_sum):
            pos_sum += punct_emph_amplifier
        elif pos_sum < math.fabs(neg_sum):
            neg_sum -= punct_emph_amplifier
        total = pos_sum + math.fabs(neg_sum) + neu_count
        pos = math.fabs(pos_sum / total)
        neg = math.fabs(neg_sum / total)
        neu = math.fabs(neu_count / total)
    else:
        compound = pos = neg = neu = 0.0
    return _round(compound, 4, 10000.0), _round(pos, 3, 1000.0), _round(neu, 3, 1000.0), _round(neg, 3, 1000.0)


def _round(x: float, ndigits: int, scale: float) -> float:
    """``round(x, ndigits)`` for ``|x| <= 1`` and ``scale == 10 ** ndigits``, without its decimal
    conversion unless *x* is near a rounding tie.

    ``x * scale`` is within 2e-12 of the exact scaled value, so when its fraction is more than
    1e-9 away from 0.5 both round to the same integer k, and ``k / scale`` (one correctly rounded
    division) is the double nearest k / 10**ndigits: ``round``'s own result.  Zero keeps the sign
    of *x*, as ``round`` does.  Near a tie, ``round`` itself decides.

    >>> _round(0.12345, 3, 1000.0), _round(-0.00004, 4, 10000.0), _round(0.0625, 3, 1000.0)
    (0.123, -0.0, 0.062)
    """
    y = x * scale
    whole = math.floor(y)
    fraction = y - whole
    if -1e-9 < fraction - 0.5 < 1e-9:
        return round(x, ndigits)
    k = whole + 1 if fraction > 0.5 else whole
    return k / scale if k else math.copysign(0.0, x)


# --- parallel batches -------------------------------------------------------------------------------

_worker_scorer: FastVader | None = None


def _init_worker(scorer: FastVader) -> None:
    """Runs in each forked worker: *scorer* arrives by ``fork``, not by pickle."""
    global _worker_scorer
    _worker_scorer = scorer


def _score_in_worker(text: str) -> Scores:
    """``polarity_scores`` with the worker's inherited scorer."""
    return _worker_scorer.polarity_scores(text)


def score_parallel(
    texts: Sequence[str],
    *,
    processes: int = 2,
    chunksize: int = 1_000,
    min_parallel: int = 20_000,
    scorer: FastVader,
) -> list[Scores]:
    """Score *texts* in forked worker processes; results in input order.

    Runs serially when there are fewer than *min_parallel* texts, when ``processes <= 1`` or when
    the platform cannot fork.  Workers inherit *scorer* through ``fork`` (only the texts and the
    result dicts are pickled).

    >>> from toolkit.text.resources import vader_analyzer
    >>> score_parallel(["good", "bad"], scorer=FastVader.from_nltk(vader_analyzer()))[0]["compound"]
    0.4404
    """
    if len(texts) < min_parallel or processes <= 1 or "fork" not in multiprocessing.get_all_start_methods():
        return scorer.score_many(texts)
    with ProcessPoolExecutor(
        max_workers=processes,
        mp_context=multiprocessing.get_context("fork"),
        initializer=_init_worker,
        initargs=(scorer,),
    ) as pool:
        return list(pool.map(_score_in_worker, texts, chunksize=chunksize))
