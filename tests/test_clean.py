"""Cleaning and loading: encodings, HTML, drop caps, page furniture, bad input."""
from __future__ import annotations

import io
import warnings

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import toolkit as tk
from toolkit.text.clean import BinaryInputError, EncodingFallbackWarning, clean_text, looks_like_html
from toolkit.text.document import EmptyDocumentWarning, NotEnglishWarning


def test_drop_cap_rejoined_only_when_it_is_a_split_word():
    assert clean_text("O fficials met.").text == "Officials met."
    assert clean_text("T he talks failed.").text == "The talks failed."
    assert clean_text("A man was seen.").text == "A man was seen."
    assert clean_text("I think so.").text == "I think so."
    # at the start of a later paragraph too, but never mid-sentence
    assert clean_text("Intro.\n\nW hen it rained.").text == "Intro.\n\nWhen it rained."
    assert clean_text("Plan B was O fficial.").text == "Plan B was O fficial."


def test_page_furniture_dropped_and_reported():
    result = clean_text("Body text here.\nShare this article\n0 Comments")
    assert result.text == "Body text here."
    assert result.removed == ("Share this article", "0 Comments")
    assert clean_text("Body.\nAdvertisement\nMore body.").text == "Body.\n\nMore body."
    # a sentence that happens to mention comments is not furniture
    assert clean_text("Readers left 10 comments on the story.").text == "Readers left 10 comments on the story."


def test_paragraph_rules():
    # blank lines separate paragraphs; single newlines inside are wraps
    assert clean_text("one two\nthree\n\nfour").text == "one two three\n\nfour"
    # no blank lines at all: each line is a paragraph (as in the scraped seed)
    assert clean_text("one\ntwo\r\nthree").text == "one\n\ntwo\n\nthree"
    assert clean_text("  lots   of\tspace  ").text == "lots of space"


def test_unicode_nfc_and_mojibake_repair():
    decomposed = "Cafe\u0301 society."
    assert clean_text(decomposed).text == "Caf\u00e9 society."
    mojibake = "The minister\u00e2\u20ac\u2122s plan"  # "’" read as cp1252
    assert clean_text(mojibake).text == "The minister\u2019s plan"
    assert clean_text("zero\u200bwidth").text == "zero width"  # a zero-width space separates words


def test_latin1_bytes_fall_back_with_warning():
    data = "Prices rose to £5 in café sales.".encode("latin-1")
    with pytest.warns(EncodingFallbackWarning):
        doc = tk.load(data)
    assert doc.text == "Prices rose to £5 in café sales."
    assert doc.encoding in {"cp1252", "latin-1"}


def test_cp1252_curly_quotes(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes("He said \u201cno\u201d \u2013 twice.".encode("cp1252"))
    with pytest.warns(EncodingFallbackWarning):
        doc = tk.load(path)
    assert doc.text == "He said \u201cno\u201d \u2013 twice."


def test_utf16_with_bom(tmp_path):
    path = tmp_path / "u16.txt"
    path.write_bytes("\ufeffIran warned Israel.".encode("utf-16-le"))
    path.write_bytes(b"\xff\xfe" + "Iran warned Israel.".encode("utf-16-le"))
    doc = tk.load(path)
    assert doc.text == "Iran warned Israel."
    assert doc.encoding == "utf-16"


def test_utf8_bom_stripped():
    assert tk.load(b"\xef\xbb\xbfHello world.").text == "Hello world."


def test_binary_input_is_refused(tmp_path):
    png = tmp_path / "image.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 10)
    with pytest.raises(BinaryInputError, match="binary"):
        tk.load(png)
    with pytest.raises(BinaryInputError, match="control characters"):
        tk.load(bytes(range(256)) * 40)


def test_a_few_nul_characters_are_removed():
    doc = tk.load("Iran\x00 warned Israel. " * 200)
    assert "\x00" not in doc.text
    assert any("NUL" in n for n in doc.notes)


def test_html_page_is_reduced_to_text(tmp_path):
    page = tmp_path / "page.html"
    page.write_text(
        "<!DOCTYPE html><html><head><title>Iran warns Israel</title><style>p {color: red}</style>"
        "<script>var x = '<p>Iran Iran Iran</p>';</script></head><body><nav>Home | World</nav>"
        "<h1>Iran warns Israel</h1><p>Iran <b>warned</b> Israel on Monday.</p><p>Israel replied.</p>"
        "<footer>0 Comments</footer></body></html>",
        encoding="utf-8",
    )
    doc = tk.load(page)
    assert doc.text == "Iran warns Israel\n\nIran warned Israel on Monday.\n\nIsrael replied."
    assert doc.title == "Iran warns Israel"
    counts = tk.keyword_frequencies(doc, top=None).set_index("term")["count"]
    assert counts["iran"] == 2  # the script's "Iran Iran Iran" is not counted
    assert "p" not in counts.index and "html" not in counts.index


def test_script_tag_inside_plain_text_is_kept_as_text():
    text = "The attacker typed <script>alert(1)</script> into the form."
    assert not looks_like_html(text)
    doc = tk.load(text)
    assert "<script>alert(1)</script>" in doc.text


def test_empty_and_whitespace_only_give_empty_document(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    for source in (empty, "   \n\t \n", b""):
        with pytest.warns(EmptyDocumentWarning):
            doc = tk.load(source)
        assert doc.text == ""
        assert tk.sentences(doc).empty and list(tk.sentences(doc).columns) == ["sent_id", "start", "end", "text", "paragraph"]
        assert tk.tokens(doc).empty
        assert tk.keyword_frequencies(doc).empty
        assert tk.concordance(doc, "iran").empty
        s = tk.summary(doc)
        assert s.words == 0 and s.sentences == 0


def test_load_sources(tmp_path, seed_path):
    by_path = tk.load(seed_path)
    by_str_path = tk.load(str(seed_path))
    with open(seed_path, "rb") as fh:
        by_file = tk.load(fh)
    by_text = tk.load(seed_path.read_text(encoding="utf-8"))
    assert by_path.text == by_str_path.text == by_file.text == by_text.text
    assert by_path.source == str(seed_path)
    assert by_text.source == "<string>"
    assert tk.load(io.StringIO("Text in memory.")).text == "Text in memory."
    with pytest.raises(FileNotFoundError):
        tk.load(str(tmp_path / "missing.txt"))
    with pytest.raises(IsADirectoryError, match="load_corpus"):
        tk.load(tmp_path)
    with pytest.raises(TypeError):
        tk.load(42)


def test_headline_becomes_title():
    doc = tk.load("Ad sales boost Time Warner profit\n\nQuarterly profits at US media giant TimeWarner jumped 76%.")
    assert doc.title == "Ad sales boost Time Warner profit"
    assert tk.sentences(doc)["text"].iloc[0] == "Ad sales boost Time Warner profit"


def test_not_english_warnings():
    with pytest.warns(NotEnglishWarning, match="Latin"):
        tk.load("这是一个关于伊朗和以色列紧张局势的新闻报道。伊朗表示将进行报复。")
    with pytest.warns(NotEnglishWarning, match="Latin"):
        tk.load("إيران تحذر إسرائيل من الرد على الهجوم. " * 5)
    french = ("Le gouvernement a annoncé lundi une nouvelle réforme des retraites qui prévoit "
              "un relèvement progressif de l'âge légal de départ, malgré une forte opposition syndicale "
              "dans plusieurs grandes villes du pays depuis janvier dernier. ") * 2
    with pytest.warns(NotEnglishWarning, match="stop words"):
        tk.load(french)
    with warnings.catch_warnings():
        warnings.simplefilter("error", NotEnglishWarning)
        tk.load("Iran has insisted that it does not seek to escalate regional tensions but feels compelled to act. " * 3)


# ftfy is handed only the lines it could change; the result must be ftfy's own, whatever the text.
_FTFY_ALPHABET = "aZ é&<>;#\n\r\t\x1b\x85\x9c\x00Ã©â€™\u2028\ufeff\u200bamp;lt;1"


@given(st.text(alphabet=_FTFY_ALPHABET, max_size=80) | st.text(max_size=40))
@settings(max_examples=400, deadline=None)
def test_line_by_line_fix_equals_ftfy(text):
    import ftfy

    from toolkit.text.clean import _fix_text

    expected = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_latin_ligatures=False,
                             fix_character_width=False)
    assert _fix_text(text) == expected


# The whole-text shortcut: when it says ftfy would keep the text, ftfy must indeed keep every line.
_MOJIBAKE_ALPHABET = "\ufffc\x1b\r\u2028\x85&;#amp9 aZ .,\n\t'é’“”£€Ã©â€™ÂœŒ°²×ØÙВГРСΒΓΞΟ√≈‚Äàāβ¡\xa0Ѓў\u0301e\u00e9"


@given(st.text(alphabet=_MOJIBAKE_ALPHABET, max_size=60))
@settings(max_examples=1500, deadline=None)
def test_whole_text_shortcut_only_keeps_what_ftfy_keeps(text):
    import ftfy

    from toolkit.text.clean import _fix_text, _ftfy_keeps

    expected = ftfy.fix_text(text, normalization="NFC", uncurl_quotes=False, fix_latin_ligatures=False,
                             fix_character_width=False)
    if _ftfy_keeps(text):
        assert expected == text
    assert _fix_text(text) == expected


def test_shortcut_is_verified_for_the_installed_ftfy_and_keeps_clean_news():
    from toolkit.text.clean import _ftfy_keeps, _mojibake_search

    assert _mojibake_search() is not None  # every mojibake match needs a non-ASCII character
    assert _mojibake_search()[1] == 7
    assert _ftfy_keeps("Iran’s “envoy” paid £5 — café.\n\nNext paragraph…")
    assert not _ftfy_keeps("Iranâ€™s envoy")  # mojibake
    assert not _ftfy_keeps("Ã bientôt\nok")  # the anchored case, at a line start
    assert not _ftfy_keeps("ok\nÃ bientôt")
    assert not _ftfy_keeps("e\u0301")  # not NFC
    assert not _ftfy_keeps("M&amp;S") and not _ftfy_keeps("café &#233;")
    assert _ftfy_keeps("M&S and AT&T’s café")  # "&" without an entity: nothing for ftfy


def test_saved_ftfy_checks_equal_what_the_installed_ftfy_gives():
    """The checks saved in toolkit/data/ftfy_checks.json (so that clean text is checked without
    importing ftfy) are exactly those derived from the installed ftfy, which the tests above run."""
    import json

    from toolkit.text.clean import FTFY_CHECKS, _ftfy_checks, derive_ftfy_checks

    saved = json.loads(FTFY_CHECKS.read_text(encoding="utf-8"))
    derived = derive_ftfy_checks()
    if saved["ftfy"] != derived["ftfy"]:
        pytest.skip(f"checks saved for ftfy {saved['ftfy']}, installed {derived['ftfy']} (derived at run time)")
    assert saved == derived
    assert _ftfy_checks() == derived
    assert derived["width"] == 7 and "Ã" in derived["lone"]


def test_clean_typographic_text_does_not_import_ftfy(root):
    import os
    import subprocess
    import sys

    code = ("import sys; from toolkit.text.clean import clean_text; "
            "a = clean_text('Iran’s “envoy” paid £5 — café.').text; b = 'ftfy' in sys.modules; "
            "c = clean_text('Iranâ€™s envoy').text; print(repr((a, b, c, 'ftfy' in sys.modules)))")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                         env=env, encoding="utf-8").stdout.strip()
    assert out == repr(("Iran’s “envoy” paid £5 — café.", False, "Iran’s envoy", True))


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=300))
@settings(max_examples=300, deadline=None)
def test_ascii_stopword_words_equal_the_regex_words(text):
    from toolkit.text.document import _ASCII_NON_LETTERS_TO_SPACE, _WORD

    head = text.lower()
    assert head.translate(_ASCII_NON_LETTERS_TO_SPACE).split() == _WORD.findall(head)


def test_typography_blanked_for_the_language_check_is_never_a_word_character():
    import re

    from toolkit.text.document import _TYPOGRAPHY

    assert _TYPOGRAPHY
    for mark in _TYPOGRAPHY:
        assert not re.match(r"\w", mark), repr(mark)


@given(st.text(alphabet="abc XYZ.,'’‘“”–—…£€\xa0•·«»°©®™éßж日", max_size=400))
@settings(max_examples=300, deadline=None)
def test_language_check_is_the_same_with_typography_blanked(text):
    from toolkit.text.document import _WORD, not_english_reason

    assert not_english_reason(text) == _reference_not_english(text)


def _reference_not_english(text, sample=2000):
    """not_english_reason as first written: regexes on the text as it is."""
    import re
    import unicodedata

    from toolkit.text.resources import stopwords

    chunk = text[:sample]
    letters = re.findall(r"[^\W\d_]", chunk)
    if not letters:
        return None
    latin = sum(1 for c in letters if c.isascii() or "LATIN" in unicodedata.name(c, ""))
    if latin / len(letters) < 0.6:
        return f"this looks like it is not English: only {latin / len(letters):.0%} of its letters are Latin"
    words = re.findall(r"[^\W\d_]+", chunk[:1000].lower())
    if len(words) >= 30:
        share = sum(map(stopwords().__contains__, words)) / len(words)
        if share < 0.12:
            return f"this looks like it is not English: only {share:.0%} of its words are English stop words"
    return None


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
@settings(max_examples=500, deadline=None)
def test_ascii_ftfy_work_is_the_character_class(text):
    from toolkit.text.clean import _FTFY_ASCII_WORK, _ascii_ftfy_work

    assert _ascii_ftfy_work(text) == bool(_FTFY_ASCII_WORK.search(text))


def test_unprintable_covers_what_cleaning_removes():
    """Cleaning skips its control/invisible-character passes on text printable but for TAB and LF."""
    from toolkit.text.clean import _CONTROL, _INVISIBLE

    for code in range(0x10000):
        c = chr(code)
        if _CONTROL.match(c) or _INVISIBLE.match(c):
            assert not c.replace("\n", " ").replace("\t", " ").isprintable(), hex(code)


@given(st.text(alphabet="ab1_ ’ʼ'é.", max_size=30))
@settings(max_examples=400, deadline=None)
def test_apostrophe_pattern_written_mark_first_is_the_lookbehind_one(text):
    import re

    from toolkit.text.tokenize import _APOSTROPHE_IN_WORD

    assert _APOSTROPHE_IN_WORD.sub("'", text) == re.sub(r"(?<=\w)[’ʼ](?=\w)", "'", text)


@given(st.text(alphabet="ab \n\t\r\xa0\u2009’x\x0c", max_size=40))
@settings(max_examples=500, deadline=None)
def test_paragraph_split_keeps_normalised_blocks_as_they_are(text):
    import re

    from toolkit.text.clean import _paragraphs

    t = text.replace("\r\n", "\n").replace("\r", "\n")
    blocks = re.split(r"\n\s*\n", t) if re.search(r"\n[ \t\u00a0]*\n", t) else t.split("\n")
    assert _paragraphs(text) == [" ".join(b.split()) for b in blocks if b.strip()]


@pytest.mark.filterwarnings("ignore::toolkit.text.document.EmptyDocumentWarning")
@pytest.mark.parametrize("raw", ["Hello there.", "Hello there.\n", "Hi.\r\n\r\nThere.\n", "  spaced  \n\n", "", "x\n\n"])
def test_documents_pickle_whole_with_raw_left_out_when_it_is_the_text(raw):
    import pickle

    doc = tk.load(raw)
    doc.cached(("n",), lambda: 3)
    back = pickle.loads(pickle.dumps(doc))
    assert (back.raw, back.text, back.source, back.title, back.notes, back.meta, back._cache) == (
        doc.raw, doc.text, doc.source, doc.title, doc.notes, doc.meta, doc._cache)


@given(st.text(max_size=8) | st.text(alphabet="aZéß’ʼ'ΣΩ1.-%$", max_size=8))
@settings(max_examples=600, deadline=None)
def test_token_info_shortcut_for_letters_equals_the_general_rule(token):
    import unicodedata

    from toolkit.text.tokenize import _NUMBER, CLITICS, normalize_token, token_info

    norm = normalize_token(token)
    is_punct = all(unicodedata.category(c)[0] in "PS" for c in token)
    is_word = not is_punct and norm not in CLITICS and any(c.isalpha() for c in token)
    assert token_info.__wrapped__(token) == (norm, token.isalpha(), is_punct, bool(_NUMBER.match(token)), is_word)


@given(st.text(max_size=8) | st.text(alphabet="aZéß’‘ʼ'ΣΩ1.,-%$:/stndrh", max_size=8))
@settings(max_examples=800, deadline=None)
def test_batch_counting_classifies_tokens_as_classify_token(token):
    from toolkit.fast import fast_module
    from toolkit.fast.count import _kind_of
    from toolkit.text.tokenize import classify_token

    expected = classify_token.__wrapped__(token)
    assert _kind_of(token) == expected
    assert fast_module("count")._kind_of(token) == expected


def test_drop_cap_frequencies_equal_wordfreq():
    """``more_common`` (wordfreq's list read only as far as needed, without wordfreq) decides as
    ``zipf_frequency(a) > zipf_frequency(b)`` does: each word of the list is in one bin, wordfreq
    gives every word of bin i the zipf value (900 - i) / 100 (strictly decreasing) and 0 to a word
    not in the list, and lower-case ASCII words are looked up unchanged."""
    import random
    import re

    import wordfreq

    from toolkit.text.resources import _EnglishBins, _english_bins, more_common, zipf_frequency

    if _english_bins() is None:
        pytest.skip("this wordfreq is not one the fast reader was checked against")
    bins = wordfreq.get_frequency_list("en", "best")
    words = [w for b in bins for w in b]
    assert len(words) == len(set(words))  # each word in one bin
    for i, b in enumerate(bins):
        for w in b[:1] + b[-1:]:
            assert wordfreq.zipf_frequency(w, "en") == (900 - i) / 100, (i, w)
    # the reader finds every word in its bin
    reader = _EnglishBins(_english_bins()._data_path)
    while reader._read_bin():
        pass
    assert reader.bin == {w: i for i, b in enumerate(bins) for w in b}
    # lower-case ASCII words are looked up as they are
    ascii_words = [w for w in words if re.fullmatch("[a-z]+", w)]
    rng = random.Random(0)
    sample = ascii_words[:3000] + rng.sample(ascii_words, 3000)
    sample += ["".join(rng.choices("abcdefghijklmnopqrstuvwxyz", k=rng.randint(2, 9))) for _ in range(2000)]
    for w in sample:
        assert wordfreq.lossy_tokenize(w, "en") == [w], w
    # the decisions, on drop-cap pairs (letter + word against the word) and random pairs
    pairs = [(c + w, w) for w in sample[:4000:7] for c in "aiot"] + [(w, w[1:]) for w in sample if len(w) > 1]
    pairs += [(rng.choice(sample), rng.choice(sample)) for _ in range(3000)] + [("word", "word"), ("qzxj", "xqzj")]
    assert [more_common(a, b) for a, b in pairs] == [zipf_frequency(a) > zipf_frequency(b) for a, b in pairs]
    assert sum(more_common(a, b) for a, b in pairs) > 1000  # both answers occur


def test_drop_cap_repair_does_not_import_wordfreq(root):
    import os
    import subprocess
    import sys

    code = ("import sys; from toolkit.text.clean import clean_text; "
            "print(clean_text('O fficials met.\\n\\nA man came.').text.replace(chr(10), '|'), 'wordfreq' in sys.modules)")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(root), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=root,
                         env=env).stdout.split()
    assert out == ["Officials", "met.||A", "man", "came.", "False"]
