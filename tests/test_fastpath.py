"""The fast batch path gives exactly NLTK 3.10.4's results: VADER scores and word-token spans.

Run:  .venv/bin/python -m pytest tests/test_fastpath.py
"""
from __future__ import annotations

import functools
import math
import re
import string
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import regex
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.fast.nltk_light import import_light

# NLTK's own word tokenizer and Punkt modules (the references) and the fast paths, loaded as tk.* loads
# them: without nltk/__init__.py, which pulls in SciPy and scikit-learn (every pytest-xdist worker
# collects this file, and only one runs it).  The names imported below are these same modules'.
for _module in ("nltk.tokenize.destructive", "nltk.tokenize.punkt", "toolkit.fast.tokens",
                "toolkit.fast.vader", "toolkit.fast.punkt"):
    import_light(_module)
NLTKWordTokenizer = sys.modules["nltk.tokenize.destructive"].NLTKWordTokenizer
PunktSentenceTokenizer = sys.modules["nltk.tokenize.punkt"].PunktSentenceTokenizer

from toolkit import fast as accel
from toolkit.fast import tokens as fasttokens
from toolkit.fast.tokens import span_tokenize, tokenize
from toolkit.fast.vader import FastVader, score_parallel
from toolkit.text.resources import vader_analyzer

DATA = Path(__file__).parents[1].parent / "shared" / "data"
NLTK_TOKENIZER = NLTKWordTokenizer()
# NLTK's span_tokenize() starts with its own self.tokenize(text), and assert_same_spans asks NLTK for
# the spans and then the tokens of each text: the instance remembers its last few tokenize() results
# (the same lists NLTK returns; one NLTK tokenize() a text instead of two).
NLTK_TOKENIZER.tokenize = functools.lru_cache(maxsize=8)(NLTK_TOKENIZER.tokenize)
SIA = vader_analyzer()
FAST = FastVader.from_nltk(SIA)
# The compiled twins (toolkit.fast._c_*, see tests/test_accel.py), when built from the current source:
# every exactness check below runs them beside the pure-Python modules, on the same inputs, so NLTK's
# reference result and each generated example serve both.
TWINS = {name: accel._twin(name)[0] for name in ("tokens", "vader", "punkt")}
SCORERS = [FAST] + ([TWINS["vader"].FastVader.from_nltk(SIA)] if TWINS["vader"] else [])
TOKENIZERS = [(span_tokenize, tokenize)] + (
    [(TWINS["tokens"].span_tokenize, TWINS["tokens"].tokenize)] if TWINS["tokens"] else [])
# The toolkit may replace a typographic apostrophe inside a word with ' before scoring/tokenising.
APOSTROPHE_IN_WORD = re.compile(r"(?<=\w)[’ʼ](?=\w)")
SETTINGS = settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def outcome(function: Callable[[str], Any], text: str) -> Any:
    """The result of ``function(text)``, or the type of the exception it raised."""
    try:
        return function(text)
    except Exception as exc:  # failures must match too, should any input make NLTK raise
        return type(exc)


def variants(text: str) -> set[str]:
    """*text*, with every ’ replaced by ', and with only in-word ’/ʼ replaced."""
    return {text, text.replace("’", "'"), APOSTROPHE_IN_WORD.sub("'", text)}


def assert_same_vader(text: str) -> None:
    """FastVader's scores (pure Python and compiled) equal NLTK's for every apostrophe variant of
    *text* (the reprs too, so key order and the sign of zero match)."""
    for variant in variants(text):
        expected = SIA.polarity_scores(variant)
        for scorer in SCORERS:
            fast = scorer.polarity_scores(variant)
            assert fast == expected and repr(fast) == repr(expected), (type(scorer).__module__, variant)


def assert_same_spans(text: str) -> None:
    """Fast spans and tokens (or exception type; pure Python and compiled) equal NLTK's for every
    apostrophe variant of *text*."""
    for variant in variants(text):
        expected_spans = outcome(lambda t: list(NLTK_TOKENIZER.span_tokenize(t)), variant)
        expected_tokens = outcome(NLTK_TOKENIZER.tokenize, variant)
        for spans, tokens in TOKENIZERS:
            assert outcome(spans, variant) == expected_spans, (spans.__module__, variant)
            assert outcome(tokens, variant) == expected_tokens, (tokens.__module__, variant)


# --- generated text ---------------------------------------------------------------------------------

LEXICON_WORDS = sorted(SIA.lexicon)
VOCABULARY = [
    # sentiment words, boosters, dampeners, negations, "but", "least", idioms
    "good", "great", "bad", "horrible", "love", "hate", "happy", "sad", "nice", "war", "fine",
    "very", "extremely", "really", "so", "this", "absolutely", "kind", "of", "kind of", "sort", "sort of",
    "kinda", "just", "enough", "barely", "hardly", "somewhat", "more", "most", "less", "little",
    "not", "isn't", "isnt", "never", "no", "nor", "without", "don't", "can't", "cannot", "wont",
    "neither", "ain't", "nothing", "rarely", "seldom", "despite", "uh-uh", "uhuh",
    "but", "But", "BUT", "least", "at", "at least", "very least",
    "the shit", "the bomb", "bad ass", "yeah right", "cut the mustard", "kiss of death", "hand to mouth",
    "the", "a", "I", "it", "is", "was", "and", "or", "to", "mouth", "hand", "death",
    # emoticons, emoji and emphasis
    ":)", ":-(", ":(", ":D", ":-D", ";)", "<3", "</3", ":P", "xD", "(:", "=)", "😀", "💔", "🙂", "👍",
    "!", "!!", "!!!", "?", "??", "???", "?!?", "!?!", "...", "--", "-", "'", '"', ",", ";", ":",
    # tokenizer cases: quotes, clitics, contractions, brackets, symbols, numbers, dashes
    "''", "``", "`", "‘", "’", "ʼ", "“", "”", "«", "»", "„", "'s", "'ll", "n't", "'re", "'ve", "'m", "'d",
    "I'm", "they'll", "we've", "you're", "he'd", "It's", "O'Neil", "rock'n'roll", "'tis", "'Twas",
    "gonna", "Gimme", "lemme", "gotta", "wanna", "d'ye", "more'n", "whaddya", "whatcha",
    "(", ")", "[", "]", "{", "}", "<", ">", "$", "%", "&", "#", "@", "*", "£", "€",
    "3.88", "3,36", "1,000", "8%", "$1.13bn", "U.S.", "Mr.", "etc.", "e.g.", "...", "–", "—", "‒", "―",
    "İ", "ı", "ſ", "K", "ß", "Straße", "naïve", "café", "日本", "Ωmega",
    "CANNOT", "WANNA", "gİmme", "gımme", "'TİS", "'tiſ", "'TWAS", "Don'T", "WON'T", "I'LL", "'S",
    'end."', "end.)", "end.'", "end.’", "end.»", "end.”", "a.b.", ".", ". .", "..", "'.", '".',
]
SEPARATORS = [" ", " ", " ", "  ", "   ", "", "\n", "\t", "\r\n", "\x0b", "\x0c", "\x1c", "\x85", "\u00a0",
              "\u2009", "\u2028", "\u3000", ". ", ", ", ".\n"]


# The strategies are built once, here: built inside the composite they were rebuilt (and their labels
# recomputed) for every example, which cost about as much as the checks themselves; the examples
# drawn are the same.
_VOCABULARY_WORD = st.one_of(
    st.sampled_from(VOCABULARY),
    st.sampled_from(LEXICON_WORDS),
    st.text(max_size=3),
)
_VOCABULARY_STYLED = st.tuples(_VOCABULARY_WORD, st.sampled_from(["keep", "keep", "upper", "title"])).map(
    lambda pair: {"keep": pair[0], "upper": pair[0].upper(), "title": pair[0].title()}[pair[1]]
)
_VOCABULARY_AFFIXED = st.tuples(
    st.sampled_from(["", "", "", "'", '"', "(", ".", "!", "?!?", "-"]),
    _VOCABULARY_STYLED,
    st.sampled_from(["", "", "", ".", ",", "!", "!!!", "?", "??", "'", '"', ")", ":", "...", ";"]),
).map("".join)
_VOCABULARY_PARTS = st.lists(st.tuples(_VOCABULARY_AFFIXED, st.sampled_from(SEPARATORS)), max_size=30)
_VOCABULARY_START = st.sampled_from(["", " ", '"', "'"])


@st.composite
def vocabulary_text(draw: st.DrawFn) -> str:
    """Text made of sentiment, tokenizer-relevant and lexicon words in mixed case with odd spacing."""
    parts = draw(_VOCABULARY_PARTS)
    return draw(_VOCABULARY_START) + "".join(w + sep for w, sep in parts)


# Scores and spans are checked on the same generated examples: one property test per strategy.

@SETTINGS
@given(st.text())
def test_vader_and_spans_match_nltk_on_any_text(text: str) -> None:
    assert_same_vader(text)
    assert_same_spans(text)


@SETTINGS
@given(vocabulary_text())
def test_vader_and_spans_match_nltk_on_vocabulary_text(text: str) -> None:
    assert_same_vader(text)
    assert_same_spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "good good good but bad bad",
        "It is good, it is not good",  # a repeated token is scored in its first occurrence's context
        "It is not good, it is good",
        "'good' good! !!!good .....good good?!?!? (good) -good- ?!?good",  # which marks are stripped
        "not good. It is good",
        "VERY GOOD and very good",
        "at least good, the very least good, least good",
        "never so good and never this good",
        "kind of good but the shit is the bomb, yeah right",
        'He said "no" and ``yes\'\' -- then \'\'',
        "'\"",
        '"" "',
        "a ''b'' \"c\" ``d",
        "can't won't 'tis 'twas cannot gimme",
        "x\x1cy \x1fz",
        "a list,\n", "a list:\n", "end,", "end:\n\n", "x, y,\t", "CANNOT, GoNNa,\n", "Lemme go.\n",
        "Mr. Smith left.", "He left...", 'She said "no."', "(Really.)", "y.\n", "...", ".",
    ],
)
def test_known_quirks(text: str) -> None:
    assert_same_vader(text)
    assert_same_spans(text)


def test_the_exactness_checks_run_every_compiled_twin_in_use() -> None:
    """Whatever the batch path runs (a compiled twin when built, else pure Python) is among the
    implementations every check in this file compares with NLTK."""
    assert accel.fast_module("tokens").span_tokenize in [spans for spans, _ in TOKENIZERS]
    assert accel.fast_module("tokens").tokenize in [tokens for _, tokens in TOKENIZERS]
    assert accel.fast_module("vader").FastVader in [type(scorer) for scorer in SCORERS]
    assert accel.fast_module("punkt").FastPunkt in [type(punkt) for punkt in FAST_PUNKTS]


def test_engine_facts_the_fast_tokenizer_relies_on() -> None:
    """Character classes of ``re``/``regex`` that fasttokens' shortcuts assume (Python/regex versions)."""
    characters = [chr(c) for c in range(sys.maxunicode + 1)]
    # Case-insensitive ``re`` (NLTK's contraction patterns) equates only these non-ASCII characters
    # with ASCII letters, apostrophe or space; a class matches exactly what its literals match.
    case_twin = re.compile(r"(?i)[a-z' ]").fullmatch
    twins = {c for c in characters if not c.isascii() and case_twin(c)}
    assert twins <= set(fasttokens._NON_ASCII_CASE_TWINS)
    # NLTK's ``regex`` \s matches these ASCII characters.
    space = regex.compile(r"\s", NLTKWordTokenizer.ENDING_QUOTES[3][0].flags).fullmatch
    ascii_spaces = {c for c in characters[:128] if space(c)}
    assert ascii_spaces == {" ", *fasttokens._ASCII_OTHER_WHITESPACE}


def test_passes_done_as_plain_replacements_are_nltks() -> None:
    """fasttokens does these NLTK passes with ``str.replace``: NLTK must still have exactly them,
    and each gives the replacement's result on a string holding every mark twice."""
    for (group, index), (pattern, replacement) in fasttokens.REPLACED_PASSES.items():
        entry = getattr(NLTKWordTokenizer, group) if index is None else getattr(NLTKWordTokenizer, group)[index]
        assert (entry[0].pattern, entry[1]) == (pattern, replacement)
    marks = "a«“‘„;@#$%&\u2012\u2013\u2014\u2015?!*][(){}<>»”’b"
    text = marks + " " + marks
    assert fasttokens._pad_each(text, marks[1:-1]) == regex.sub(r"[«“‘„;@#$%&\u2012-\u2015?!*\]\[(){}<>»”’]", r" \g<0> ", text)
    for literal, padded in (("``", " `` "), ("--", " -- "), ("''", " '' ")):
        text = f"x{literal}{literal}y{literal * 3}{literal[0]}"
        assert text.replace(literal, padded) == regex.sub(regex.escape(literal), padded, text)


def test_patterns_moved_to_re_have_no_engine_dependent_syntax() -> None:
    """Two passes run on ``re``: their patterns are literals and literal classes only."""
    for pattern in (NLTKWordTokenizer.STARTING_QUOTES[3][0].pattern, NLTKWordTokenizer.ENDING_QUOTES[5][0].pattern):
        assert not re.search(r"\\[wWsSdDbB]|\(\?", pattern), pattern


# the language [A-Za-z0-9]{1,12}\. [A-Za-z0-9]{1,12}, drawn as two strings (st.from_regex took 3x the CPU)
_ALNUM_WORD = st.text(alphabet=string.ascii_letters + string.digits, min_size=1, max_size=12)


@SETTINGS
@given(st.tuples(_ALNUM_WORD, _ALNUM_WORD).map(". ".join))
def test_simple_punkt_context_splits_like_nltks_word_pattern(context: str) -> None:
    """FastPunkt splits a "word. Word" context on its space instead of running Punkt's word pattern."""
    from toolkit.fast import punkt as fastpunkt
    from toolkit.text.resources import punkt_parameters

    assert fastpunkt._SIMPLE_CONTEXT(context)
    punkt = fastpunkt.FastPunkt(punkt_parameters())
    assert context.split(" ") == punkt._words(context)


@SETTINGS
@given(st.text(alphabet=", :a1\n", max_size=30))
def test_comma_pass_as_replacement_when_every_mark_is_followed_by_a_space(text: str) -> None:
    if text.count(",") == text.count(", ") and text.count(":") == text.count(": "):
        assert text.replace(", ", " ,  ").replace(": ", " :  ") == fasttokens._comma_colon(text)
    assert tokenize(text) == NLTK_TOKENIZER.tokenize(text)


def test_contraction_words_hold_the_letter_pairs_checked_first() -> None:
    for word in fasttokens._CONTRACTIONS2_WORDS:
        assert any(pair in word for pair in ("nn", "mm", "tt", "'")), word


def test_lexicon_dict_constructor_matches_from_nltk() -> None:
    scorer = FastVader(dict(SIA.lexicon))
    for text in ["Good!!", "not BAD at all :)", "kind of sad", "I LOVE it but HATE this ??"]:
        assert scorer.polarity_scores(text) == SIA.polarity_scores(text)


def test_score_parallel_keeps_order_and_values() -> None:
    texts = [f"{word} {i}" for i in range(300) for word in ("good", "not bad", "terrible!!", "meh")]
    expected = [SIA.polarity_scores(text) for text in texts]
    assert score_parallel(texts, processes=2, chunksize=97, min_parallel=0, scorer=FAST) == expected
    assert score_parallel(texts[:10], scorer=FAST) == expected[:10]  # below the threshold: serial


# --- shared data samples ------------------------------------------------------------------------------

def data_files(folder: str) -> list[Any]:
    """The ``*.txt`` files of ``shared/data/<folder>``, or one skipped parameter if it is absent."""
    path = DATA / folder
    if not path.is_dir():
        return [pytest.param(None, marks=pytest.mark.skip(reason=f"{path} does not exist (shared data sample not available)"))]
    return [pytest.param(p, id=p.name) for p in sorted(path.glob("*.txt"))]


def news_texts(path: Path) -> list[str]:
    """Every Punkt sentence and every non-empty line (headline, paragraph) of a news file."""
    text = path.read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line.strip()]
    return PunktSentenceTokenizer().tokenize(text) + lines


def vader_sample_texts(path: Path) -> list[str]:
    """The text column of a VADER ground-truth file (``id<TAB>rating<TAB>text``)."""
    rows = (line.split("\t", 2) for line in path.read_text(encoding="utf-8").splitlines())
    return [row[2] for row in rows if len(row) == 3]


@pytest.mark.parametrize("path", data_files("news_sample"))
def test_news_sample_matches_nltk(path: Path) -> None:
    for text in news_texts(path):
        assert_same_vader(text)
        assert_same_spans(text)


@pytest.mark.parametrize("path", data_files("vader_sample"))
def test_vader_sample_matches_nltk(path: Path) -> None:
    texts = vader_sample_texts(path)
    assert texts, f"no id<TAB>rating<TAB>text rows in {path}"
    for text in texts:
        assert_same_vader(text)
        assert_same_spans(text)


# --- Punkt ------------------------------------------------------------------------------------------

from toolkit.fast.punkt import FastPunkt  # noqa: E402
from toolkit.text.resources import punkt_parameters  # noqa: E402

PARAMS = punkt_parameters()
NLTK_PUNKT = PunktSentenceTokenizer(PARAMS)
FAST_PUNKT = FastPunkt(PARAMS)
FAST_PUNKTS = [FAST_PUNKT] + ([TWINS["punkt"].FastPunkt(PARAMS)] if TWINS["punkt"] else [])  # + the compiled twin
# Words that exercise every Punkt rule: abbreviations (whole and after "-"), initials, numbers,
# ellipses, frequent sentence starters, collocations, words with known capitalisation, closing
# quotes and brackets after a period.
PUNKT_WORDS = sorted(
    {"Mr.", "Dr.", "U.S.", "Jan.", "Gen.", "p.m.", "a.m.", "etc.", "e.g.", "vs.", "No.", "St.", "ex-Gen.",
     "J.", "K.", "x.", "3.", "1990.", "5.2.", "-3.", "...", "..", ". . .", "?", "!", "?!", "!!", ".", ",", ";", ":",
     '."', ".)", ".'", ".”", ".’", ".]", "--", '"', "(", "'", "”", "the", "The", "he", "He", "it", "It", "but",
     "But", "and", "In", "in", "Iran", "iran", "BBC", "said", "Smith", "a", "A", "i", "I", "2004", "£5", "s.",
     "\n", "\n\n", "\t"}
    | {w for pair in sorted(PARAMS.collocations)[:40] for w in pair}
    | set(sorted(PARAMS.sent_starters)[:40])
    | {w + "." for w in sorted(PARAMS.abbrev_types)[:60]}
)


_PUNKT_WORD = st.one_of(st.sampled_from(PUNKT_WORDS), st.sampled_from(PUNKT_WORDS).map(str.title),
                        st.sampled_from(PUNKT_WORDS).map(str.upper), st.text(max_size=3))
_PUNKT_MARK = st.sampled_from(["", "", "", ".", ". ", "?", "!", '."', ".)", "...", ","])
_PUNKT_PARTS = st.lists(st.tuples(_PUNKT_WORD, _PUNKT_MARK, st.sampled_from([" ", " ", " ", "  ", "\n", "", "\t"])),
                        max_size=40)


@st.composite
def punkt_text(draw: st.DrawFn) -> str:
    """Text made of Punkt-relevant words, in mixed case, with marks and odd spacing."""
    parts = draw(_PUNKT_PARTS)
    return "".join(w + m + s for w, m, s in parts)


def assert_same_sentences(text: str) -> None:
    """FastPunkt's sentence spans (or exception type; pure Python and compiled) equal NLTK's, with and
    without realignment."""
    for realign in (True, False):
        expected = outcome(lambda t: list(NLTK_PUNKT.span_tokenize(t, realign)), text)
        for punkt in FAST_PUNKTS:
            assert outcome(lambda t: list(punkt.span_tokenize(t, realign)), text) == expected, (
                type(punkt).__module__, realign, text)


@SETTINGS
@given(st.text())
def test_punkt_matches_nltk_on_any_text(text: str) -> None:
    assert_same_sentences(text)


@SETTINGS
@given(punkt_text())
def test_punkt_matches_nltk_on_punkt_text(text: str) -> None:
    assert_same_sentences(text)
    for context in ("x. Y", "Mr. Smith", "U.S. The", "J. Bach", "3. The", "... But", "etc. and", text[:40]):
        expected = NLTK_PUNKT.text_contains_sentbreak(context)
        for punkt in FAST_PUNKTS:
            assert punkt.text_contains_sentbreak(context) == expected, (type(punkt).__module__, context)


@pytest.mark.parametrize("path", data_files("news_sample"))
def test_news_sample_sentences_match_nltk(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for paragraph in [text] + text.split("\n\n"):
        assert_same_sentences(paragraph)


@pytest.mark.parametrize("text", ["\t.\n\x1f ", "a.\x1f", "x. \x1f", "x.\n\x1f\ny. Z", "A. B", "a. b", "U.S. Army"])
def test_punkt_quirks(text: str) -> None:
    """Lines that str.strip() empties but Punkt's word pattern does not ("\x1f"), and two-word contexts."""
    assert_same_sentences(text)


def test_seed_sentences_match_nltk(seed_path) -> None:
    assert_same_sentences(seed_path.read_text(encoding="utf-8"))


def test_printable_text_has_no_whitespace_but_space() -> None:
    """fasttokens collapses whitespace by splitting printable text: no other character is space to
    regex's \\s or to str.split."""
    space = regex.compile(r"\s", NLTKWordTokenizer.ENDING_QUOTES[3][0].flags).match
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if c != " " and c.isprintable():
            assert not space(c) and not c.isspace(), hex(code)


def _same_float(a: float, b: float) -> bool:
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


@SETTINGS
@given(st.floats(min_value=-1.0, max_value=1.0))
def test_fast_round_is_round(x: float) -> None:
    from toolkit.fast import fast_module
    from toolkit.fast.vader import _round

    for rounder in (_round, fast_module("vader")._round):
        assert _same_float(rounder(x, 3, 1000.0), round(x, 3)), x
        assert _same_float(rounder(x, 4, 10000.0), round(x, 4)), x


def test_fast_round_is_round_at_and_beside_every_tie() -> None:
    from toolkit.fast.vader import _round

    for ndigits, scale in ((3, 1000.0), (4, 10000.0)):
        for k in range(-int(scale), int(scale) + 1):
            for base in ((k + 0.5) / scale, k / scale):
                for x in (base, math.nextafter(base, 2.0), math.nextafter(base, -2.0)):
                    if abs(x) <= 1.0:
                        assert _same_float(_round(x, ndigits, scale), round(x, ndigits)), (x, ndigits)
