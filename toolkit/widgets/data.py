"""The tables behind the explorer panels: plain functions of a document, no widgets.

>>> import toolkit as tk
>>> doc = tk.load("Iran warned Israel and Hezbollah. Israel replied to Hezbollah.")
>>> actors(doc)["actor"].tolist()
['Hezbollah', 'Israel', 'Iran']
>>> sentences_mentioning(doc, "Hezbollah")
[0, 1]

Each result is cached on the :class:`~toolkit.text.document.Document` (``doc.cached``), so moving
a filter back and forth costs a dictionary look-up.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from ..text.document import Document, DocLike, as_document, load

__all__ = [
    "MEASURES",
    "keyword_table",
    "actors",
    "actor_sentences",
    "alias_term",
    "entity_terms",
    "sentences_mentioning",
    "sentiment_by_actor",
    "valence_spans",
    "split_terms",
    "halves",
]

# Widget label -> (how the table is computed, the column the chart shows).
MEASURES = {"count": "count", "per_10k": "per_10k", "keyness": "g2"}



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
    """The text's named entities (``tk.entities``: aliases merged, fragments such as "States"
    or "Arabia" never on their own): ``actor, type, count, sentences, term`` (most mentioned
    first).  ``count`` is the number of mentions, ``sentences`` the ``sent_id``s naming the
    actor and ``term`` its aliases as one search term ("Joe Biden|Biden") for the concordance
    and the other panels.  Dates are left out.

    >>> actors("The talks in Egypt failed. Egypt hosted them again.")["actor"].tolist()
    ['Egypt']
    """
    doc = as_document(doc)
    return doc.cached(("widgets.actors", top), lambda: _actor_table(doc, top)).copy()


def alias_term(aliases: Iterable[str], name: str = "") -> str:
    """One search term for an entity's surface forms: possessives dropped, longest first, "|" between.

    >>> alias_term(["Biden", "Joe Biden", "Biden's"], "Joe Biden")
    'Joe Biden|Biden'
    """
    forms = []
    for alias in [name, *aliases]:
        alias = re.sub(r"['’]s?$", "", " ".join(str(alias or "").replace("|", " ").split()))
        if alias and alias not in forms:
            forms.append(alias)
    return "|".join(sorted(forms, key=lambda a: (-len(a.split()), -len(a))))


def entity_terms(doc: DocLike) -> dict[str, str]:
    """Each entity's search term (see :func:`alias_term`) from its aliases and the tokens its
    mentions sit in, so that the "US" of "US-led" brings the token "US-led" along.

    >>> entity_terms("Officials in the US-led coalition met US envoys and the United States.")["United States"]
    'United States|US-led|US'
    """
    doc = as_document(doc)
    return doc.cached(("widgets.entity_terms",), lambda: _entity_terms(doc))


def _entity_terms(doc: Document) -> dict[str, str]:
    from bisect import bisect_right

    from ..analysis.entities import entities, mentions
    from ..text.tokenize import shared_tokens

    tokens = shared_tokens(doc)
    starts, ends, texts = tokens["start"].tolist(), tokens["end"].tolist(), tokens["token"].tolist()
    forms: dict[str, list[str]] = {}
    for entity, a, b in mentions(doc)[["entity", "start", "end"]].itertuples(index=False):
        i = max(bisect_right(starts, a) - 1, 0)
        words = []
        while i < len(starts) and starts[i] < b:
            if ends[i] > a:
                words.append(texts[i])
            i += 1
        forms.setdefault(entity, []).append(" ".join(words))
    table = entities(doc)
    return {name: alias_term([*aliases, *forms.get(name, [])], name)
            for name, aliases in table[["entity", "aliases"]].itertuples(index=False)}


def _actor_table(doc: Document, top: int):
    import pandas as pd

    from ..analysis.entities import entities, mentions

    table = entities(doc)
    table = table[table["type"] != "DATE"]
    where: dict[str, set] = {}
    for entity, sid in zip(mentions(doc)["entity"].tolist(), mentions(doc)["sent_id"].tolist()):
        where.setdefault(entity, set()).add(int(sid))
    terms = entity_terms(doc)
    rows = [(name, kind, int(n), sorted(where.get(name, ())), terms[name])
            for name, kind, n in table[["entity", "type", "mentions"]].itertuples(index=False)]
    rows.sort(key=lambda r: (-r[2], r[0].lower()))
    return pd.DataFrame(rows[:top], columns=["actor", "type", "count", "sentences", "term"])


def actor_sentences(doc: DocLike, actor: str) -> list[int]:
    """``sent_id``s of the sentences naming *actor* (an entity of :func:`actors`), through any alias.

    >>> actor_sentences("Joe Biden spoke. Biden left. Harris stayed.", "Joe Biden")
    [0, 1]
    """
    from ..analysis.entities import mentions

    m = mentions(as_document(doc))
    return sorted({int(s) for s in m.loc[m["entity"] == actor, "sent_id"].tolist()})


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

    >>> sentiment_by_actor("Iran won a great prize. Israel lost badly. Iran cried.")[["actor", "sentences"]].values.tolist()
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
    for each word with a non-zero valence, from ``tk.explain_sentiment`` (its rows, without the table).

    >>> valence_spans("Not a good day.")
    ((6, 10, -1.406, 1.9, "negated by 'Not' ×-0.74"),)
    """
    from ..analysis.sentiment import explain_rows

    spans, cursor = [], 0
    for _, word, _, lexicon, _, valence, rules in explain_rows(sentence):
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
