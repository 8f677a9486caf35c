"""Bad single-document input: each case gets a clear error or a documented, sensible result.

Documented outcomes (what these tests pin down):

* empty file / whitespace only -> ``EmptyDocumentWarning``, an empty ``doc.text`` and empty tables
  with the usual columns; summary figures are 0 or NaN; agreement is NaN.
* binary file (image, PDF, zip, random bytes) -> ``BinaryInputError`` ("looks like a binary file").
* NUL bytes -> a text with a few NULs (< 1% of its first 64 KiB) is kept with the NULs removed and a
  note; more than that is ``BinaryInputError`` (this includes UTF-16 *without* a BOM).
* Latin-1 / cp1252 -> decoded as cp1252 with an ``EncodingFallbackWarning`` and a note.
* UTF-16 / UTF-32 / UTF-8 with a BOM -> decoded exactly, the encoding recorded.
* a saved HTML page -> its text only (scripts, styles, navigation and footer dropped), its title kept.
* ``<script>alert(1)</script>`` inside article text -> kept as text, escaped in every HTML output.
* 100,000 characters with no punctuation -> one sentence, one token per word.
* an emoji flood -> one token per space-separated emoji (punctuation/symbol, not a word); NLTK's
  VADER gives emoji no valence, so a pure flood scores 0; a run without spaces is one token.
* right-to-left and CJK text -> ``NotEnglishWarning`` ("this looks like it is not English"), no crash;
  Punkt splits at "." but not at "。" (so Chinese/Japanese text is one sentence).
* very long words -> one token each; summary works (syllables are counted on the first 100 letters).
* memory for a 0.5 and a 1 MB text stays under a fixed multiple of its size (see the test).
"""
from __future__ import annotations

import codecs
import io
import json
import math
import random
import subprocess
import sys
import textwrap
import tracemalloc
import warnings
import zipfile
from pathlib import Path

import pytest

import toolkit as tk
from toolkit.text.clean import BinaryInputError, EncodingFallbackWarning
from toolkit.analysis.compare import agreement, compare_sentiment
from toolkit.widgets.compare import DisagreementBrowser, disagreement_html
from toolkit.text.document import EmptyDocumentWarning, NotEnglishWarning
from toolkit.text.segment import COLUMNS as SENTENCE_COLUMNS
from toolkit.analysis.sentiment import COLUMNS as SENTIMENT_COLUMNS
from toolkit.text.tokenize import COLUMNS as TOKEN_COLUMNS


def write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def analyse(doc):
    """Run every single-document analysis; return the tables and figures."""
    return {
        "sentences": tk.sentences(doc),
        "tokens": tk.tokens(doc),
        "sentiment": tk.sentence_sentiment(doc),
        "document": tk.document_sentiment(doc),
        "summary": tk.summary(doc),
        "keywords": tk.keyword_frequencies(doc),
        "compare": compare_sentiment(doc),
    }


# --- empty and whitespace-only -----------------------------------------------------------------

@pytest.mark.parametrize("data", [b"", b"   \n\t \r\n  ", " \u00a0\u2003\n\n\u200b\ufeff ".encode("utf-8")],
                         ids=["empty", "whitespace", "unicode-whitespace"])
def test_empty_and_whitespace_files_give_empty_results(tmp_path, data):
    path = write(tmp_path, "blank.txt", data)
    with pytest.warns(EmptyDocumentWarning, match="no text after cleaning"):
        doc = tk.load(path)
    assert doc.text == "" and doc.name == "blank.txt"
    out = analyse(doc)
    assert out["sentences"].empty and out["sentences"].columns.tolist() == SENTENCE_COLUMNS
    assert out["tokens"].empty and out["tokens"].columns.tolist() == TOKEN_COLUMNS
    assert out["sentiment"].empty and out["sentiment"].columns.tolist() == SENTIMENT_COLUMNS
    assert out["document"].n_sentences == 0 and out["document"].label == "neutral"
    assert math.isnan(out["document"].mean_compound)
    s = out["summary"]
    assert (s.characters, s.sentences, s.words, s.vocabulary) == (0, 0, 0, 0) and math.isnan(s.flesch_reading_ease)
    assert out["keywords"].empty
    assert out["compare"].empty and math.isnan(agreement(out["compare"]))
    browser = DisagreementBrowser(doc)
    assert browser.data.empty and "agree on n/a of 0 sentences" in browser.html


# --- binary and NUL bytes -------------------------------------------------------------------------

def _zip_bytes() -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("a.txt", "hello")
    return buf.getvalue()


@pytest.mark.parametrize("data,message", [
    (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, r"binary file \(starts with b'\\x89PNG'\)"),
    (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", r"binary file \(starts with b'%PDF'\)"),
    (_zip_bytes(), r"binary file \(starts with b'PK\\x03\\x04'\)"),
    (random.Random(0).randbytes(4096), r"input looks binary: 454 of its first 4096 bytes are control characters"),
], ids=["png", "pdf", "zip", "random"])
def test_binary_files_raise_a_clear_error(tmp_path, data, message):
    path = write(tmp_path, "file.txt", data)
    with pytest.raises(BinaryInputError, match=message):
        tk.load(path)
    with pytest.raises(BinaryInputError):
        tk.sentences(str(path))  # a path given to an analysis is loaded the same way
    assert "BinaryInputError" in DisagreementBrowser(str(path)).html


def test_a_few_nul_bytes_are_removed_with_a_note(tmp_path):
    body = b"Markets rallied on Friday. Traders cheered the news. " * 20
    path = write(tmp_path, "nul.txt", body + b"\x00\x00" + b"Analysts were calm.")
    doc = tk.load(path)
    assert "\x00" not in doc.text and doc.text.endswith("Traders cheered the news. Analysts were calm.")
    assert doc.notes[0] == "removed 2 NUL characters"
    assert len(tk.sentences(doc)) == 41
    text_doc = tk.load("Hello\x00 world. Fine day.")  # a str with NULs: same rule, no size test
    assert text_doc.text == "Hello world. Fine day." and text_doc.notes == ("removed 1 NUL characters",)


def test_nul_heavy_input_is_binary(tmp_path):
    with pytest.raises(BinaryInputError, match="control characters"):
        tk.load(write(tmp_path, "nul.txt", b"\x00" * 40 + b"Hello world, fine day." + b"\x00\x01" * 10))
    # UTF-16 without its BOM (every other byte NUL) is text, read with a warning (issue 11, item 17).
    with pytest.warns(EncodingFallbackWarning, match="no byte-order mark"):
        assert tk.load(write(tmp_path, "u16.txt", "Iran warned Israel.".encode("utf-16-le"))).text == "Iran warned Israel."


# --- encodings ------------------------------------------------------------------------------------

def test_latin1_and_cp1252_are_decoded_with_a_warning(tmp_path):
    latin1 = "Café owners in Zürich paid £5 for a naïve résumé."
    with pytest.warns(EncodingFallbackWarning, match=r"not valid UTF-8 \(first bad byte at offset 3\); decoded as cp1252"):
        doc = tk.load(write(tmp_path, "latin1.txt", latin1.encode("latin-1")))
    assert doc.text == latin1 and doc.encoding == "cp1252" and doc.notes[0] == "decoded as cp1252"
    assert tk.tokens(doc)["token"].tolist()[:4] == ["Café", "owners", "in", "Zürich"]
    cp = "He said “great” — prices rose €5. Don’t worry."
    with pytest.warns(EncodingFallbackWarning):
        doc = tk.load(write(tmp_path, "cp1252.txt", cp.encode("cp1252")))
    assert doc.text == cp and doc.encoding == "cp1252"
    assert tk.sentences(doc)["text"].tolist() == ["He said “great” — prices rose €5.", "Don’t worry."]


@pytest.mark.parametrize("bom,codec,encoding", [
    (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16"), (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16"),
    (codecs.BOM_UTF32_LE, "utf-32-le", "utf-32"), (codecs.BOM_UTF8, "utf-8", "utf-8"),
], ids=["utf16le", "utf16be", "utf32le", "utf8sig"])
def test_bom_encodings_are_decoded_exactly(tmp_path, bom, codec, encoding):
    text = "Iran warned Israel. Café talks — “calm” — went on."
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no fallback warning: the BOM settles it
        doc = tk.load(write(tmp_path, "bom.txt", bom + text.encode(codec)))
    assert doc.text == text and doc.encoding == encoding
    assert len(tk.sentences(doc)) == 2 and "\ufeff" not in doc.text


# --- HTML -----------------------------------------------------------------------------------------

@pytest.mark.timeout(60)
@pytest.mark.parametrize("layout", ["paragraphs", "line-breaks"])
def test_a_one_megabyte_page_is_reduced_in_linear_time(layout):
    """1 MB of HTML: every paragraph or line comes out, once (the old tree-editing reduction took
    ~40 s here on 1 MB of sibling paragraphs: quadratic; now ~1 s, see bench_bad_input.py)."""
    if layout == "paragraphs":
        body = "".join(f"<p>Paragraph {i} of the page.</p>\n" for i in range(30_000))
    else:
        body = "<p>" + "".join(f"Line {i} of the transcript<br>\n" for i in range(30_000)) + "</p>"
    text, _ = tk.html_to_text(f"<html><body>{body}</body></html>")
    if layout == "paragraphs":
        parts = text.split("\n\n")
        assert len(parts) == 30_000 and parts[12_345] == "Paragraph 12345 of the page."
    else:
        assert text.count("Line ") == 30_000 and text.endswith("Line 29999 of the transcript")


PAGE = (b'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Big news | Site</title>'
        b"<style>p{color:red}</style><script>var x = 1; alert('hi')</script></head><body>"
        b'<nav><a href="/">Home</a></nav><article><h1>Big news</h1><p>It <b>is</b> here &amp; now.</p>'
        b"<p>They said &lt;script&gt;alert(1)&lt;/script&gt; was typed.</p></article>"
        b"<footer>&copy; 2024 Site</footer></body></html>")


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_saved_html_page_gives_text_only(tmp_path, name):
    doc = tk.load(write(tmp_path, name, PAGE))
    assert doc.text == "Big news\n\nIt is here & now.\n\nThey said <script>alert(1)</script> was typed."
    assert doc.title == "Big news | Site" and "reduced HTML to text" in doc.notes
    for gone in ("var x", "Home", "color:red", "©", "<b>", "&amp;"):
        assert gone not in doc.text
    assert tk.sentences(doc)["text"].tolist() == ["Big news", "It is here & now.",
                                                  "They said <script>alert(1)</script> was typed."]


# --- <script> in article text ---------------------------------------------------------------------

SCRIPT_TEXT = "Iran's threat of retaliation has heightened fears <script>alert(1)</script>. Talks were good."


def test_script_tag_in_article_text_is_text_and_escaped_in_every_html_output():
    doc = tk.load(SCRIPT_TEXT)
    assert doc.text == SCRIPT_TEXT and "reduced HTML to text" not in doc.notes  # an article quoting a tag is not a web page
    assert tk.tokens(doc)["token"].tolist()[8:15] == ["<", "script", ">", "alert", "(", "1", ")"]
    browser = DisagreementBrowser(doc)
    assert browser.data["text"].tolist() == ["Iran's threat of retaliation has heightened fears <script>alert(1)</script>."]
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    outputs = {
        "browser": browser.html,
        "disagreement_html": disagreement_html(compare_sentiment(doc)),
        "compare table": compare_sentiment(doc).to_html(),
        "sentiment table": tk.sentence_sentiment(doc).to_html(),
    }
    assert "<script>" not in compare_sentiment(doc)._repr_html_()  # the notebook view (text cut at 50 chars)
    for name, html in outputs.items():
        assert escaped in html, name
        assert "<script>" not in html and "</script>" not in html, name


# --- long inputs ----------------------------------------------------------------------------------

def test_100000_characters_without_punctuation():
    words = "the talks were calm and good but the war was not over".split()
    text = " ".join(words[i % len(words)] for i in range(25_000))[:100_000].rstrip()
    n_words = len(text.split())
    assert len(text) >= 99_990 and n_words > 22_000
    doc = tk.load(text)
    out = analyse(doc)
    assert len(out["sentences"]) == 1 and out["sentences"].loc[0, "end"] == len(text)
    assert len(out["tokens"]) == n_words and out["tokens"]["token"].tolist() == text.split()
    assert out["summary"].words == n_words and out["summary"].sentences == 1
    assert out["summary"].mean_sentence_length == n_words
    assert out["sentiment"]["compound"].tolist() == [1.0]  # the valence sum of ~4,000 "calm"/"good" saturates
    top = out["keywords"].set_index("term")["count"]
    assert top["calm"] == text.split().count("calm") and top["war"] == text.split().count("war")
    assert len(out["compare"]) == 1


def test_emoji_flood():
    flood = tk.load("😀 " * 10_000)
    out = analyse(flood)
    tokens = out["tokens"]
    assert len(tokens) == 10_000 and set(tokens["token"]) == {"😀"}
    assert tokens["is_punct"].all() and not tokens["is_word"].any()  # a symbol, not a word
    assert out["summary"].words == 0 and out["keywords"].empty
    assert out["sentiment"]["compound"].tolist() == [0.0]  # NLTK's VADER has no emoji valences
    assert out["compare"][["polarity", "subjectivity"]].values.tolist() == [[0.0, 0.0]]

    with pytest.warns(NotEnglishWarning, match="only 0% of its words are English stop words"):
        mixed = tk.load("great 😀 " * 5_000)  # one word repeated: no stop words, so "not English"
    out = analyse(mixed)
    assert len(out["tokens"]) == 10_000 and out["summary"].words == 5_000
    assert out["keywords"][["term", "count"]].values.tolist() == [["great", 5_000]]
    assert out["sentiment"]["compound"].tolist() == [1.0]

    run = tk.load("😀" * 10_000)  # no spaces: NLTK's tokenizer keeps the run as one token
    assert tk.tokens(run)["token"].str.len().tolist() == [10_000]
    assert tk.summary(run).words == 0


@pytest.mark.parametrize("text,n_sentences,tokens", [
    ("שלום עולם. זה טקסט בעברית.", 2, ["שלום", "עולם", ".", "זה", "טקסט", "בעברית", "."]),
    ("مرحبا بالعالم. هذا نص عربي.", 2, ["مرحبا", "بالعالم", ".", "هذا", "نص", "عربي", "."]),
    ("这是中文。今天天气很好。", 1, ["这是中文。今天天气很好。"]),
    ("これは日本語の文章です。今日は良い天気です。", 1, ["これは日本語の文章です。今日は良い天気です。"]),
    ("안녕하세요. 오늘 날씨가 좋습니다.", 2, ["안녕하세요", ".", "오늘", "날씨가", "좋습니다", "."]),
], ids=["hebrew", "arabic", "chinese", "japanese", "korean"])
def test_rtl_and_cjk_warn_not_english_and_do_not_crash(text, n_sentences, tokens):
    with pytest.warns(NotEnglishWarning, match="this looks like it is not English: only 0% of its letters are Latin"):
        doc = tk.load(text)
    assert doc.text == text and doc.notes == ("this looks like it is not English: only 0% of its letters are Latin",)
    out = analyse(doc)
    assert len(out["sentences"]) == n_sentences
    assert out["tokens"]["token"].tolist() == tokens
    assert out["sentiment"]["compound"].tolist() == [0.0] * n_sentences  # no English lexicon words
    assert out["summary"].words == sum(1 for t in tokens if t != ".")
    assert out["compare"]["agree"].all()
    assert "&lt;" not in DisagreementBrowser(doc).html  # nothing to escape, nothing mangled


def test_very_long_words():
    giant = tk.load("a" * 100_000)
    out = analyse(giant)
    assert len(out["tokens"]) == 1 and out["summary"].words == 1
    assert out["summary"].mean_word_length == 100_000 and out["summary"].syllables_per_word == 1.0
    assert out["sentiment"]["compound"].tolist() == [0.0]

    text = " ".join(chr(ord("a") + i % 26) * 500 for i in range(1_000))
    doc = tk.load(text)
    out = analyse(doc)
    assert len(out["tokens"]) == 1_000 and set(out["tokens"]["token"].str.len()) == {500}
    s = out["summary"]
    assert (s.words, s.vocabulary, s.sentences, s.mean_word_length) == (1_000, 26, 1, 500.0)
    assert math.isfinite(s.flesch_reading_ease) and math.isfinite(s.syllables_per_word)
    assert out["keywords"]["count"].tolist()[:1] == [39]  # 1000 words over 26 letters: a..l 39 times


# --- memory -------------------------------------------------------------------------------------

# Peak memory for load + sentences + tokens + summary, as a multiple of the input size in bytes,
# measured as the peak RSS of a fresh process above its RSS after warming up (VmHWM, reset through
# /proc/self/clear_refs; tracing every allocation instead multiplies the run time several-fold).
# The token table dominates: 11 columns per token, with a str object for the token and its norm
# (about 50 bytes each) for every ~5 characters of text.  Measured 79x traced on 5 MB (Python 3.11,
# pandas 3.1); the bound leaves room for other versions and the allocator while still catching a
# quadratic copy, which the growth from N to 2N bytes shows directly.
# Sentence sentiment is left out of the window: it only adds a per-sentence table (its VADER work
# is transient, per sentence).
MEMORY_FACTOR = 150

# One interpreter imports the toolkit and warms it up once, then forks a child for each text: every
# child starts where a fresh process stands after the warm-up, without importing and warming up again
# (about 1.5 s of CPU a text).  A forked child on Linux inherits the anonymous memory but not the page
# tables of file-backed mappings (the libraries' code: ~50 MB here), which it would fault in again
# while measured; it touches the pages the interpreter had resident first, so its RSS is the
# interpreter's (VmRSS, RssAnon and RssFile all equal) before the high-water mark is reset.
MEMORY_PROBE = textwrap.dedent("""
    import ctypes, json, os, re, resource, struct, sys, traceback
    import toolkit as tk
    def status(key):
        return int(re.search(key + r":\\s+(\\d+)", open("/proc/self/status").read()).group(1)) * 1024
    tk.summary("Warm up the imports and word lists.")
    def resident_file_pages():
        size, pages = os.sysconf("SC_PAGE_SIZE"), []
        try:
            with open("/proc/self/maps") as maps, open("/proc/self/pagemap", "rb") as pagemap:
                for line in maps:
                    fields = line.split()
                    if len(fields) < 6 or not fields[5].startswith("/") or not fields[1].startswith("r"):
                        continue
                    start, end = (int(x, 16) for x in fields[0].split("-"))
                    pagemap.seek(start // size * 8)
                    entries = pagemap.read((end - start) // size * 8)
                    pages += [start + i * size for i, (e,) in enumerate(struct.iter_unpack("Q", entries)) if e >> 63]
        except OSError:
            pass
        return pages
    pages = resident_file_pages()
    def measure(path):
        for address in pages:
            ctypes.string_at(address, 1)
        data = open(path, "rb").read()
        try:
            with open("/proc/self/clear_refs", "w") as fh:
                fh.write("5")  # reset the high-water mark to the current RSS
            base = status("VmRSS")
        except OSError:
            base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        doc = tk.load(data)
        n_sentences = len(tk.sentences(doc))
        n_tokens = len(tk.tokens(doc))
        words = tk.summary(doc).words
        return {"sentences": n_sentences, "tokens": n_tokens, "words": words, "peak": status("VmHWM") - base}
    results = []
    for path in sys.argv[1:]:
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            try:
                out = json.dumps(measure(path))
            except BaseException:
                out = json.dumps({"error": traceback.format_exc()})
            with os.fdopen(write, "w") as fh:
                fh.write(out)
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as fh:
            results.append(json.loads(fh.read()))
        os.waitpid(pid, 0)
    errors = [r["error"] for r in results if "error" in r]
    if errors:
        sys.exit("\\n".join(errors))
    print(json.dumps(results))
""")


def _memory_of_texts(tmp_path, sizes: tuple[int, ...]) -> list[tuple[int, int, dict]]:
    """``(bytes, paragraphs, measured)`` of a generated text of each size, each measured in a process
    of its own (MEMORY_PROBE)."""
    vocab = ("the war good bad said israel iran fear peace talks would not very strike calm deal officials "
             "warned tuesday minister report attack region of and to in was it they that").split()
    texts = []
    for size in sizes:
        rnd = random.Random(3)
        paragraphs, total = [], 0
        while total < size:
            sentences = [" ".join(rnd.choice(vocab) for _ in range(18)).capitalize() + "." for _ in range(5)]
            paragraphs.append(" ".join(sentences))
            total += len(paragraphs[-1]) + 2
        data = "\n\n".join(paragraphs).encode()
        path = tmp_path / f"text_{size}.txt"
        path.write_bytes(data)
        texts.append((path, len(data), len(paragraphs)))
    run = subprocess.run([sys.executable, "-c", MEMORY_PROBE, *(str(path) for path, _, _ in texts)],
                         capture_output=True, text=True, check=True)
    return [(n_bytes, n_paragraphs, out) for (_, n_bytes, n_paragraphs), out in zip(texts, json.loads(run.stdout))]


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="peak RSS is read from /proc")
def test_memory_stays_bounded_and_linear_for_a_half_and_a_1_mb_text(tmp_path):
    # 0.5 and 1 MB (1 and 2 MB before: 9 s of CPU, where these take 6): the peak is ~100x the text at
    # either size, and a quadratic copy would still show as growth of about 3x the first peak
    runs = _memory_of_texts(tmp_path, (500_000, 1_000_000))
    for size, n_paragraphs, out in runs:
        assert out["sentences"] == 5 * n_paragraphs and out["tokens"] == out["words"] + out["sentences"]  # + one "." each
        assert out["peak"] < MEMORY_FACTOR * size, f"peak {out['peak'] / 1e6:.0f} MB for {size / 1e6:.1f} MB of text"
    (small, _, first), (large, _, second) = runs
    print(f"\npeak RSS {first['peak'] / small:.0f}x a {small / 1e6:.1f} MB text, {second['peak'] / large:.0f}x a {large / 1e6:.1f} MB text")
    growth = second["peak"] - first["peak"]  # linear: about the first peak again; quadratic: 3x it
    assert growth < MEMORY_FACTOR * (large - small), f"peak grew {growth / 1e6:.0f} MB for {(large - small) / 1e6:.1f} MB more"


# --- edge cases that once failed (now fixed) -------------------------------------------------------

@pytest.mark.parametrize("data", [b"\xff\xfe" + random.Random(0).randbytes(4096),  # binary that starts like UTF-16
                                  codecs.BOM_UTF16_LE + "Hi there.".encode("utf-16-le") + b"\x00"],  # truncated
                         ids=["ff-fe-binary", "truncated-utf16"])
def test_invalid_bom_marked_input_gets_a_clear_error(tmp_path, data):
    with pytest.raises(BinaryInputError, match="byte-order mark"):
        tk.load(write(tmp_path, "bom.txt", data))


def test_utf8_bom_with_cp1252_bytes_falls_back_like_any_non_utf8_text(tmp_path):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        doc = tk.load(write(tmp_path, "mixed.txt", codecs.BOM_UTF8 + "Café prices rose.".encode("cp1252")))
    assert doc.text == "Café prices rose."
    assert [w.category for w in caught] == [EncodingFallbackWarning]


def test_sentiment_memory_is_bounded_for_one_sentence_of_distinct_words():
    rnd = random.Random(5)
    text = " ".join("".join(rnd.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(7)) for _ in range(25_000))
    with pytest.warns(NotEnglishWarning):
        doc = tk.load(text)  # 200,000 characters, no punctuation: one sentence of 25,000 distinct words
    tk.sentences(doc)
    tracemalloc.start()
    try:
        tk.sentence_sentiment(doc)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < MEMORY_FACTOR * len(text), f"peak {peak / 1e6:.0f} MB for {len(text) / 1e6:.1f} MB of text"


def test_text_starting_with_a_tilde_is_text():
    assert tk.load("~5% rise in prices").text == "~5% rise in prices"


def test_final_exclamation_run_stays_in_its_sentence():
    assert tk.sentences("Wow!!! Great!!!")["text"].tolist() == ["Wow!!!", "Great!!!"]


def test_a_long_paragraph_is_not_cut_short_by_nltks_regex_timeout(monkeypatch):
    # NLTK's budget (nltk.redos.DEFAULT_TIMEOUT, 5 s) covers the whole finditer over a paragraph, so
    # a paragraph of ~10-20 MB (less on a slow or busy machine) raises TimeoutError.  Shrinking the
    # budget reproduces that quickly on ~1 MB.
    from nltk import redos

    monkeypatch.setattr(redos, "DEFAULT_TIMEOUT", 0.02)
    text = " ".join(f"Sentence number {i} is here." for i in range(40_000))
    assert len(tk.sentences(text)) == 40_000


def test_pipes_and_devices_are_refused_not_read(tmp_path):
    import os
    from pathlib import Path

    (tmp_path / "a.txt").write_text("Some text here, enough to read as a document.", encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(OSError, match="not a regular file"):
        tk.load(tmp_path / "pipe.txt")
    with pytest.raises(OSError, match="not a regular file"):
        tk.load(Path("/dev/zero"))
    corpus = tk.load_corpus(tmp_path, workers=1)  # one bad entry never blocks or aborts a folder
    assert corpus.ids == ["a"]
    assert corpus.problems["problem"].str.contains("not a regular file").tolist() == [True]
