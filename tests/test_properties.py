"""Property tests: offsets slice back, counts add up, scores stay in range, nothing raises."""
from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import toolkit as tk
from toolkit.text.document import as_document, from_text

WORDS = ["Iran", "Israel", "US", "the", "attack", "isn't", "Iran's", "Iran’s", "U.S.", "Dr.", "good", "VERY",
         "bad", "not", "but", "!!!", "?", ",", "“quoted”", "\"x\"", "O", "fficials", "A", "I", "3.5%", "£5",
         "de-escalate", "—", "…", ":)", "😀", "\n", "\n\n", "Mr.", "Jan.", "e.g.", "café", "naïve"]
word_text = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=300), word_text)
SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _doc(text):
    # what every analysis function does with a plain str: a file's path is loaded, a folder's ("/",
    # "..", ".") is refused with a clear error (then the properties are checked on the str as text),
    # anything else is the text itself
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            return as_document(text)
        except IsADirectoryError as error:
            assert str(error) == f"{text} is a folder; use tk.load_corpus() for a folder of texts"
            return from_text(text)


def check_spans_slice_back_to_tokens_and_sentences(doc):
    toks = tk.tokens(doc)
    for tok, start, end in zip(toks["token"], toks["start"], toks["end"]):
        assert doc.text[start:end] == tok
        assert tok.strip() == tok and tok
    assert toks["start"].is_monotonic_increasing
    sents = tk.sentences(doc)
    for sent, start, end in zip(sents["text"], sents["start"], sents["end"]):
        assert doc.text[start:end] == sent
    # every token lies inside its sentence
    bounds = dict(zip(sents["sent_id"], zip(sents["start"], sents["end"])))
    for sid, start, end in zip(toks["sent_id"], toks["start"], toks["end"]):
        s0, s1 = bounds[sid]
        assert s0 <= start and end <= s1


def check_counts_sum_to_token_totals(doc):
    toks = tk.tokens(doc)
    table = tk.keyword_frequencies(doc, top=None, stopwords=False, min_len=1)
    assert table["count"].sum() == int(toks["is_word"].sum()) == table.attrs["words"]
    if len(table):
        assert table["share"].sum() == pytest.approx(1.0)
    with_numbers = tk.keyword_frequencies(doc, top=None, stopwords=False, min_len=1, include_numbers=True)
    assert with_numbers["count"].sum() == int((toks["is_word"] | toks["is_num"]).sum())


def check_sentiment_in_range_and_never_raises(doc):
    sent = tk.sentence_sentiment(doc)
    assert len(sent) == len(tk.sentences(doc))
    assert sent["compound"].between(-1, 1).all()
    for col in ("pos", "neu", "neg"):
        assert sent[col].between(0, 1).all()
    overall = tk.document_sentiment(doc)
    if len(sent):
        assert -1 <= overall.mean_compound <= 1
    tk.summary(doc)
    tk.concordance(doc, "Iran")
    tk.collocations(doc)
    tk.keyness(doc)


# The three properties are checked on the same generated examples and the same Document (which
# keeps its token table), so each example is drawn, loaded and tokenised once, not three times.
@SETTINGS
@given(any_text)
@example("/")  # names a folder: refused by as_document, checked as text
@example("..")
def test_spans_counts_and_sentiment_hold_on_any_text(text):
    doc = _doc(text)
    check_spans_slice_back_to_tokens_and_sentences(doc)
    check_counts_sum_to_token_totals(doc)
    check_sentiment_in_range_and_never_raises(doc)
