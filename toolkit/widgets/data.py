"""The tables behind the explorer panels: plain functions of a document, no widgets.

>>> import toolkit as tk
>>> doc = tk.load("Iran warned Israel. Later, Israel replied to Iran. Only Hezbollah waited.")
>>> actors(doc)["actor"].tolist()
['Iran', 'Israel', 'Hezbollah']
>>> sentences_mentioning(doc, "Hezbollah")
[2]

Each result is cached on the :class:`~toolkit.text.document.Document` (``doc.cached``), so moving
a filter back and forth costs a dictionary look-up.
"""
from __future__ import annotations

import calendar
import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache
from ..text.document import Document, DocLike, as_document, load

__all__ = [
    "MEASURES",
    "keyword_table",
    "actors",
    "sentences_mentioning",
    "sentiment_by_actor",
    "valence_spans",
    "split_terms",
    "halves",
]

# Widget label -> (how the table is computed, the column the chart shows).
MEASURES = {"count": "count", "per_10k": "per_10k", "keyness": "g2"}

_CALENDAR = {w.lower() for w in (*calendar.day_name, *calendar.month_name, *calendar.day_abbr, *calendar.month_abbr) if w}
_ROMAN = re.compile(r"^[IVXLC]+$")


def split_terms(text: str) -> list[str]:
    """Words or phrases from a comma- (or semicolon-) separated box, blanks dropped, order kept.

    >>> split_terms(" said, the ;; US  officials ")
    ['said', 'the', 'US officials']
    """
    out = []
    for part in re.split(r"[,;\n]", text or ""):
        part = " ".join(part.split())
        if part and part not in out:
            out.append(part)
    return out


def keyword_table(doc: DocLike, *, measure: str = "count", top: int = 20, ngram: int = 1, stopwords: bool = True,
                  min_len: int = 2, include_numbers: bool = False, exclude: Iterable[str] = ()):
    """Keywords for the keyword explorer: ``tk.keyword_frequencies`` for *measure* "count" or
    "per_10k", ``tk.keyness`` against general English for "keyness" (single words only).

    *exclude* drops terms that contain any of these words (case-insensitive).

    >>> keyword_table("Iran warned Israel. Israel replied.", top=1)["term"].tolist()
    ['israel']
    """
    from ..analysis.keywords import keyness, keyword_frequencies

    if measure not in MEASURES:
        raise ValueError(f"measure must be one of {', '.join(MEASURES)}, not {measure!r}")
    excluded = tuple(sorted({w.strip().lower() for w in exclude if w and w.strip()}))
    if measure != "keyness":
        return keyword_frequencies(doc, top=top, ngram=ngram, stopwords=stopwords, min_len=min_len,
                                   include_numbers=include_numbers, exclude=excluded)
    if ngram != 1:
        raise ValueError("keyness against general English is for single words: set the n-gram size to 1")
    doc = as_document(doc)
    full = doc.cached(("widgets.keyness", bool(stopwords), int(min_len), bool(include_numbers)),
                      lambda: keyness(doc, top=None, stopwords=stopwords, min_len=min_len,
                                      include_numbers=include_numbers))
    table = full
    if excluded:
        table = table[~table["term"].str.lower().isin(set(excluded))]
    table = table.head(top).copy()
    table["rank"] = range(1, len(table) + 1)
    table.attrs = dict(full.attrs)
    return table.reset_index(drop=True)


def actors(doc: DocLike, *, top: int = 40):
    """Frequent proper nouns of the text: ``actor, count, sentences`` (most frequent first).

    A candidate is a capitalised word (or an acronym such as "US") that is not a stop word,
    is capitalised somewhere other than at the start of a sentence, and never appears in lower
    case.  Words that mostly stand right before another capitalised word are titles or parts
    of a longer name ("President" Biden, "Foreign" Minister) and are left out, as are days,
    months and Roman numerals.  ``sentences`` lists the ``sent_id``s that mention the actor.
    Nothing is hard-coded: the list comes from the text.

    >>> actors("The talks in Geneva failed. Geneva hosted them again.")["actor"].tolist()
    ['Geneva']
    """
    doc = as_document(doc)
    return doc.cached(("widgets.actors", top), lambda: _actor_table(doc, top)).copy()


def _actor_table(doc: Document, top: int):
    import pandas as pd

    from ..text.tokenize import shared_tokens

    table = shared_tokens(doc)
    tokens, norms = table["token"].tolist(), table["norm"].tolist()
    words, stops, sents = table["is_word"].tolist(), table["is_stop"].tolist(), table["sent_id"].tolist()
    lower_seen = {t.lower() for t, w in zip(tokens, words) if w and t[:1].islower()}
    total, mid, before_cap = Counter(), Counter(), Counter()
    forms: dict[str, Counter] = {}
    where: dict[str, set] = {}
    last_sent = None
    for i, (tok, norm, is_word, is_stop, sent) in enumerate(zip(tokens, norms, words, stops, sents)):
        initial = sent != last_sent
        if is_word:
            last_sent = sent
        if not (is_word and tok.isalpha() and tok[:1].isupper() and not is_stop and len(tok) >= 2):
            continue
        total[norm] += 1
        mid[norm] += 0 if initial else 1
        nxt = tokens[i + 1] if i + 1 < len(tokens) and sents[i + 1] == sent else ""
        before_cap[norm] += 1 if nxt[:1].isupper() and nxt.isalpha() else 0
        forms.setdefault(norm, Counter())[tok] += 1
        where.setdefault(norm, set()).add(sent)
    rows = []
    for norm, n in total.items():
        if not mid[norm] or norm.lower() in _CALENDAR or _ROMAN.match(norm):
            continue
        if not norm.isupper() and norm in lower_seen:  # acronyms ("US") may clash with "us"
            continue
        if before_cap[norm] * 2 > n:  # mostly a title or the first part of a longer name
            continue
        rows.append((forms[norm].most_common(1)[0][0], n, sorted(where[norm])))
    rows.sort(key=lambda r: (-r[1], r[0].lower()))
    return pd.DataFrame(rows[:top], columns=["actor", "count", "sentences"])


def sentences_mentioning(doc: DocLike, term: str) -> list[int]:
    """``sent_id``s of the sentences where *term* occurs (matched as ``tk.concordance`` does:
    case-insensitive words, "Wall Street" phrases, "escalat*" prefixes).

    >>> sentences_mentioning("Iran spoke. Israel spoke. Iran's turn.", "iran")
    [0, 2]
    """
    from ..analysis.kwic import find_term
    from ..text.tokenize import shared_tokens

    term = " ".join((term or "").split())
    if not term:
        return []
    doc = as_document(doc)

    def compute():
        sent_ids = shared_tokens(doc)["sent_id"].tolist()
        return sorted({sent_ids[first] for first, _ in find_term(doc, term)})

    return list(doc.cached(("widgets.mentions", term.lower() if not term.isupper() else term), compute))


def sentiment_by_actor(doc: DocLike, *, threshold: float = 0.05, top: int = 40):
    """Sentiment of the sentences that mention each actor: ``actor, sentences, mean_compound,
    share_positive, share_negative, label`` (labels at ±*threshold*).

    >>> sentiment_by_actor("Today Iran won a great prize. Then Israel lost badly. Iran cried.")[["actor", "sentences"]].values.tolist()
    [['Iran', 2], ['Israel', 1]]
    """
    doc = as_document(doc)
    return doc.cached(("widgets.actor_sentiment", float(threshold), top),
                      lambda: _actor_sentiment(doc, threshold, top)).copy()


def _actor_sentiment(doc: Document, threshold: float, top: int):
    import pandas as pd

    from ..analysis.sentiment import sentence_sentiment

    table = sentence_sentiment(doc, threshold=threshold)
    compound = dict(zip(table["sent_id"].tolist(), table["compound"].tolist()))
    label = dict(zip(table["sent_id"].tolist(), table["label"].tolist()))
    rows = []
    for actor, ids in actors(doc, top=top)[["actor", "sentences"]].itertuples(index=False):
        mean = sum(compound[i] for i in ids) / len(ids)
        labels = [label[i] for i in ids]
        rows.append((actor, len(ids), mean, labels.count("positive") / len(ids), labels.count("negative") / len(ids),
                     "positive" if mean >= threshold else "negative" if mean <= -threshold else "neutral"))
    return pd.DataFrame(rows, columns=["actor", "sentences", "mean_compound", "share_positive", "share_negative", "label"])


@lru_cache(maxsize=4096)
def valence_spans(sentence: str) -> tuple[tuple[int, int, float, float, str], ...]:
    """Where VADER's scored words sit in *sentence*: ``(start, end, valence, lexicon_valence, rules)``
    for each word with a non-zero valence, from ``tk.explain_sentiment``.

    >>> valence_spans("Not a good day.")
    ((6, 10, -1.406, 1.9, "negated by 'Not' ×-0.74"),)
    """
    from ..analysis.sentiment import explain_sentiment

    table = explain_sentiment(sentence)
    spans, cursor = [], 0
    for word, valence, lexicon, rules in table[["word", "valence", "lexicon_valence", "rules"]].itertuples(index=False):
        at = sentence.find(word, cursor)
        if at < 0:  # VADER changed the word (it should not): leave it uncoloured
            continue
        cursor = at + len(word)
        if valence or lexicon:
            spans.append((at, cursor, round(float(valence), 4), float(lexicon), str(rules)))
    return tuple(spans)


def halves(doc: DocLike) -> tuple[Document, Document]:
    """The text split at the paragraph nearest its middle (at a sentence when it is one
    paragraph): two Documents to compare when you have only one text.

    >>> [d.text for d in halves("One. Two.\\n\\nThree. Four.")]
    ['One. Two.', 'Three. Four.']
    """
    from ..text.segment import paragraph_spans, sentences

    doc = as_document(doc)
    text = doc.text
    cuts = [a for a, _ in paragraph_spans(text)[1:]] or sentences(doc)["start"].tolist()[1:]
    if not cuts:
        raise ValueError("this text has a single sentence: there is nothing to split")
    cut = min(cuts, key=lambda c: abs(c - len(text) / 2))
    name = doc.name
    return (load(text[:cut].strip(), title=f"{name} (first half)"), load(text[cut:].strip(), title=f"{name} (second half)"))
