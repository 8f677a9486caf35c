"""Every external resource the toolkit uses, found offline, in one place.

Nothing here downloads anything: each resource comes from an installed package or from
``toolkit/data``.  When something is missing, :class:`ResourceMissingError` names the package
to install.  ``resource_report()`` lists where each resource was found, with versions.

>>> from toolkit.text.resources import stopwords
>>> "the" in stopwords()
True
"""
from __future__ import annotations

import hashlib
import importlib
import importlib.metadata
import importlib.util
import re
import threading
from functools import lru_cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


class ResourceMissingError(RuntimeError):
    """A resource the toolkit needs is not installed; the message says which package to install."""


def _require(module: str, package: str, purpose: str):
    try:
        return importlib.import_module(module)
    except ImportError as exc:  # pragma: no cover - exercised by monkeypatching in tests
        raise ResourceMissingError(
            f"{purpose} needs the Python package '{package}', which is not installed. "
            f"Install it with:  pip install {package}   (or: make test / make lab, which install everything)"
        ) from exc


def package_version(package: str) -> str:
    """Installed version of *package*, or ``"not installed"``.

    >>> package_version("nltk")  # doctest: +SKIP
    '3.10.4'
    """
    try:
        return importlib.metadata.version(package)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _nltk_module(module: str, purpose: str):
    """NLTK's *module*; when the installed NLTK is one the fast paths were checked against, imported
    without running ``nltk/__init__.py`` (no SciPy or scikit-learn; see :mod:`toolkit.fast.nltk_light`)."""
    if not fast_path_exact():
        return _require(module, "nltk", purpose)
    from ..fast.nltk_light import import_light

    try:
        return import_light(module)
    except ImportError as exc:  # pragma: no cover - NLTK missing
        raise ResourceMissingError(
            f"{purpose} needs the Python package 'nltk', which is not installed. "
            "Install it with:  pip install nltk   (or: make test / make lab, which install everything)"
        ) from exc


def _light():
    """:func:`toolkit.fast.nltk_light.light_nltk` for a checked NLTK, else a context that does nothing."""
    from contextlib import nullcontext

    if not fast_path_exact():
        return nullcontext()
    from ..fast.nltk_light import light_nltk

    return light_nltk()


def fast_twin(name: str):
    """``toolkit.fast.fast_module(name)``, imported with NLTK's modules but not ``nltk/__init__.py``
    (:func:`_light`): ``toolkit.fast.tokens`` and ``punkt`` import NLTK at module level.

    >>> fast_twin("tokens").tokenize("Hi!")
    ['Hi', '!']
    """
    from ..fast import fast_module

    with _light():
        return fast_module(name)


# --- VADER -----------------------------------------------------------------------------------

def vader_lexicon_path() -> Path:
    """Path of ``vader_lexicon.txt`` shipped inside the ``vaderSentiment`` wheel.

    >>> vader_lexicon_path().name
    'vader_lexicon.txt'
    """
    spec = importlib.util.find_spec("vaderSentiment")
    if spec is None or not spec.submodule_search_locations:
        raise ResourceMissingError(
            "The VADER lexicon (vader_lexicon.txt) comes from the Python package 'vaderSentiment', "
            "which is not installed. Install it with:  pip install vaderSentiment"
        )
    path = Path(next(iter(spec.submodule_search_locations))) / "vader_lexicon.txt"
    if not path.is_file():
        raise ResourceMissingError(
            f"The package 'vaderSentiment' is installed but {path} is missing; reinstall it with "
            "pip install --force-reinstall vaderSentiment"
        )
    return path


@lru_cache(maxsize=1)
def vader_lexicon_sha256() -> str:
    """SHA-256 of the VADER lexicon file, recorded in outputs so scores can be traced."""
    return hashlib.sha256(vader_lexicon_path().read_bytes()).hexdigest()


def _single_link(path: Path) -> Path:
    """*path*, or a private copy of it when the file has more than one hard link.

    NLTK >= 3.10 refuses to open a data file with several links (a link can alias a file outside
    its data folders), and uv installs packages as hard links into its cache by default, so a
    ``vaderSentiment`` installed that way would make every sentiment score fail.  The copy, in a
    temporary folder of this process removed at exit, holds the same bytes.
    """
    try:
        if path.stat().st_nlink <= 1:
            return path
    except OSError:
        return path
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="toolkit-vader-"))
    atexit.register(shutil.rmtree, folder, True)
    copy = folder / path.name
    shutil.copyfile(path, copy)
    return copy


@lru_cache(maxsize=1)
def vader_analyzer():
    """NLTK's ``SentimentIntensityAnalyzer`` loaded with the packaged lexicon (no NLTK data folder).

    NLTK >= 3.10 only opens a ``file:`` lexicon whose folder is on ``nltk.data.path``, so that
    folder is appended to it (the only change made to NLTK's state).

    >>> vader_analyzer().polarity_scores("good")["compound"]
    0.4404
    """
    data = _nltk_module("nltk.data", "Sentiment scoring")
    vader = _nltk_module("nltk.sentiment.vader", "Sentiment scoring")
    path = _single_link(vader_lexicon_path())
    folder = str(path.parent)
    if folder not in data.path:
        data.path.append(folder)
    with _light():  # its __init__ reads the lexicon through nltk.data
        return vader.SentimentIntensityAnalyzer(lexicon_file=path.as_uri())


# --- stop words --------------------------------------------------------------------------------

def _read_list(path: Path) -> list[str]:
    return [
        line.strip()
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]


@lru_cache(maxsize=1)
def _base_stopwords() -> frozenset[str]:
    path = DATA_DIR / "stopwords_en.txt"
    if not path.is_file():
        raise ResourceMissingError(f"The stop-word list {path} is missing: reinstall the toolkit package.")
    return frozenset(_read_list(path))


def stopwords(*, add: tuple[str, ...] | list[str] | set[str] = (), remove: tuple[str, ...] | list[str] | set[str] = ()) -> frozenset[str]:
    """The project's English stop words (NLTK's 179-word list), with words added or removed.

    A str is one word: ``add="said"`` adds "said".

    >>> "iran" in stopwords(add={"Iran"}), "said" in stopwords(add="said")
    (True, True)
    """
    add = (add,) if isinstance(add, str) else add
    remove = (remove,) if isinstance(remove, str) else remove
    if not add and not remove:
        return _base_stopwords()
    words = set(_base_stopwords())
    words |= {w.lower() for w in add}
    words -= {w.lower() for w in remove}
    return frozenset(words)


# --- Punkt ------------------------------------------------------------------------------------

@lru_cache(maxsize=1)
def _punkt_sections() -> dict[str, list[str]]:
    path = DATA_DIR / "punkt_en.txt"
    if not path.is_file():
        raise ResourceMissingError(f"The Punkt parameter file {path} is missing: reinstall the toolkit package.")
    sections: dict[str, list[str]] = {}
    current = None
    for line in _read_list(path):
        if line.startswith("[") and line.endswith("]"):
            current = sections.setdefault(line[1:-1], [])
        elif current is not None:
            current.append(line)
    return sections


def punkt_parameters():
    """English ``PunktParameters`` built from ``toolkit/data/punkt_en.txt`` (no pickle, no download)."""
    punkt = _nltk_module("nltk.tokenize.punkt", "Sentence splitting")
    params = punkt.PunktParameters()
    sections = _punkt_sections()
    params.abbrev_types = set(sections.get("abbreviations", []))
    params.sent_starters = set(sections.get("sentence_starters", []))
    return params


@lru_cache(maxsize=1)
def punkt_tokenizer():
    """A ready ``PunktSentenceTokenizer`` with the project's English parameters (a
    :class:`toolkit.fast.punkt.FastPunkt` when the installed NLTK is one it was checked against)."""
    punkt = _nltk_module("nltk.tokenize.punkt", "Sentence splitting")
    with _light():
        if fast_path_exact():
            # NLTK's Punkt with a faster, equal break decision
            tokenizer = fast_twin("punkt").FastPunkt(punkt_parameters())
        else:
            tokenizer = punkt.PunktSentenceTokenizer(punkt_parameters())
        # NLTK >= 3.10 runs the scan for sentence ends over a whole paragraph under one wall-clock
        # budget (nltk.redos.DEFAULT_TIMEOUT, 5 s), so a long paragraph on a busy machine raised
        # TimeoutError.  The pattern is NLTK's own and linear, so we lift the budget for it only.
        lang_vars = tokenizer._lang_vars
        try:
            redos = importlib.import_module("nltk.redos")
        except ImportError:  # NLTK < 3.10 has no timeouts
            return tokenizer
        lang_vars._re_period_context = redos.compile(lang_vars.period_context_re(), timeout=None)
    return tokenizer


# --- general English frequencies and hyphenation --------------------------------------------------

@lru_cache(maxsize=1 << 16)
def zipf_frequency(word: str) -> float:
    """Zipf frequency (log10 per billion words) of *word* in general English, from ``wordfreq``.

    >>> zipf_frequency("the") > 7
    True
    """
    wordfreq = _require("wordfreq", "wordfreq", "General-English frequencies (keyness, drop-cap repair)")
    return wordfreq.zipf_frequency(word, "en")


#: wordfreq releases whose English list and ``zipf_frequency`` :func:`more_common` reproduces
#: exactly for lower-case ASCII words (tests/test_clean.py checks every word of the list).
FAST_WORDFREQ = ("3.1.",)
_WORDFREQ_LIST = "large_en.msgpack.gz"  # what wordfreq reads for ("en", "best")


class _EnglishBins:
    """wordfreq's English list (``large_en.msgpack.gz``, frequency bins from the most common word
    down, one centibel apart) read only as far as a question needs: deciding whether "officials"
    is more common than "fficials" reads the bins down to "officials" (a few thousand words, a
    few milliseconds) instead of importing wordfreq and building its 321,180-word dict (~0.45 s).

    The whole file is read into memory first and decompressed piece by piece, so a process
    forked from this one goes on reading without sharing a file position."""

    def __init__(self, path: Path) -> None:
        import zlib

        import msgpack

        self._data_path = path
        self._data = path.read_bytes()
        self._pos = 0
        self._inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)  # gzip
        self._unpacker = msgpack.Unpacker(raw=False)
        self._left: int | None = None  # bins still to read (None: header not read yet)
        self.bin: dict[str, int] = {}  # word -> bin index (index = -centibels)
        self.read = 0  # bins read
        self._lock = threading.Lock()

    def _feed(self) -> None:
        """Decompress the next 64 KiB of the file into the msgpack stream."""
        if self._pos >= len(self._data):
            raise EOFError(f"{_WORDFREQ_LIST} ends early")
        chunk = self._data[self._pos:self._pos + (1 << 16)]
        self._pos += len(chunk)
        self._unpacker.feed(self._inflate.decompress(chunk))

    def _next(self, read=None):
        """The next object of the msgpack stream (or ``read()``'s answer), decompressing as needed."""
        import msgpack

        while True:
            try:
                return (read or self._unpacker.unpack)()
            except msgpack.OutOfData:
                self._feed()

    def _read_bin(self) -> bool:
        """Read one more bin; False when all are read."""
        if self._left is None:
            self._left = self._header()
        if not self._left:
            return False
        index = self.read
        self.bin.update(dict.fromkeys(self._next(), index))
        self.read += 1
        self._left -= 1
        return True

    def _header(self) -> int:
        n = self._next(self._unpacker.read_array_header)
        header = self._next()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"unexpected {_WORDFREQ_LIST} header: {header!r}")
        return n - 1

    def more_common(self, word: str, other: str) -> bool:
        """Whether *word* is in a more frequent bin than *other* (a word not in the list counts
        as less frequent than any that is)."""
        bins = self.bin
        if word not in bins and other not in bins:
            with self._lock:  # one reader at a time: the stream has one position
                while word not in bins and other not in bins and self._read_bin():
                    pass  # both in bins not read yet: read on until one of them turns up
        if word not in bins:
            return False  # *other* is at least as common, or neither is in the list
        return other not in bins or bins[word] < bins[other]


@lru_cache(maxsize=1)
def _english_bins() -> _EnglishBins | None:
    """The progressive reader of wordfreq's English list, when the installed wordfreq is one it
    was checked against and ``msgpack`` is there; else None (then wordfreq itself answers)."""
    if not package_version("wordfreq").startswith(FAST_WORDFREQ):
        return None
    spec = importlib.util.find_spec("wordfreq")  # finds the package without importing it
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / _WORDFREQ_LIST
    if not path.is_file() or importlib.util.find_spec("msgpack") is None:
        return None
    return _EnglishBins(path)


@lru_cache(maxsize=1 << 16)
def more_common(word: str, other: str) -> bool:
    """``zipf_frequency(word) > zipf_frequency(other)``, for the drop-cap repair.

    For two lower-case ASCII words it is answered from wordfreq's own list read only as far as
    needed (:class:`_EnglishBins`; wordfreq's zipf values are one per bin, 0.01 apart, and 0 for
    a word not in the list), without importing wordfreq; otherwise by wordfreq.

    >>> more_common("officials", "fficials"), more_common("aman", "man")
    (True, False)
    """
    bins = _english_bins() if _LOWER_ASCII(word) and _LOWER_ASCII(other) else None
    if bins is None:
        return zipf_frequency(word) > zipf_frequency(other)
    return bins.more_common(word, other)


_LOWER_ASCII = re.compile("[a-z]+").fullmatch


def warm_more_common(*, down_to: int = 600) -> None:
    """Read wordfreq's English list down to bin *down_to* (zipf 9 - down_to/100: 600 = once per
    million words, ~30,000 words), so that processes forked afterwards rarely read further."""
    bins = _english_bins()
    if bins is not None:
        with bins._lock:
            while bins.read <= down_to and bins._read_bin():
                pass


@lru_cache(maxsize=1 << 16)
def word_frequency(word: str) -> float:
    """Frequency of *word* per word of general English (``wordfreq``, 'best' list); 0.0 if unknown."""
    wordfreq = _require("wordfreq", "wordfreq", "General-English frequencies (keyness)")
    return wordfreq.word_frequency(word, "en")


@lru_cache(maxsize=1)
def hyphenator():
    """``pyphen`` hyphenator for US English, used to count syllables for readability."""
    pyphen = _require("pyphen", "pyphen", "Readability (syllable counts)")
    if "en_US" not in pyphen.LANGUAGES:
        raise ResourceMissingError("pyphen is installed without its en_US dictionary; reinstall pyphen.")
    return pyphen.Pyphen(lang="en_US")


# --- report -------------------------------------------------------------------------------------

#: NLTK releases whose word tokenizer and VADER the fast paths (toolkit.fast.tokens, toolkit.fast.vader)
#: were checked against, token for token and float for float (tests/test_fastpath.py).
from ..fast.nltk_light import CHECKED_NLTK as FAST_PATH_NLTK  # noqa: E402  (one list, kept in toolkit.fast)


@lru_cache(maxsize=1)
def fast_path_exact() -> bool:
    """Whether the installed NLTK is one the fast tokenizer and VADER reproduce exactly.

    With any other NLTK release the toolkit calls NLTK's own (slower) implementations.
    """
    return package_version("nltk").startswith(FAST_PATH_NLTK)


def versions() -> dict[str, str]:
    """Versions of the scoring resources, recorded in every output.

    >>> sorted(versions())[:2]
    ['nltk', 'pandas']
    """
    from .. import __version__

    return {
        "nltk": package_version("nltk"),
        "pandas": package_version("pandas"),
        "toolkit": __version__,
        "vader_implementation": (
            "toolkit.fast.vader.FastVader (equal to nltk.sentiment.vader.SentimentIntensityAnalyzer)"
            if fast_path_exact() else "nltk.sentiment.vader.SentimentIntensityAnalyzer"
        ),
        "word_tokenizer": (
            "toolkit.fast.tokens (equal to nltk.tokenize.NLTKWordTokenizer)"
            if fast_path_exact() else "nltk.tokenize.NLTKWordTokenizer"
        ),
        "vader_lexicon": f"vaderSentiment {package_version('vaderSentiment')} vader_lexicon.txt sha256:{vader_lexicon_sha256()[:12]}",
        "wordfreq": package_version("wordfreq"),
        "pyphen": package_version("pyphen"),
    }


def resource_report() -> list[dict[str, str]]:
    """Where every resource comes from (name, source, version); raises if one is missing.

    >>> [r["resource"] for r in resource_report()][:2]
    ['VADER lexicon', 'VADER rules']
    """
    fast = fast_path_exact()
    return [
        {"resource": "VADER lexicon", "source": str(vader_lexicon_path()), "version": f"vaderSentiment {package_version('vaderSentiment')}"},
        {"resource": "VADER rules", "source": "nltk.sentiment.vader" + (" (run by toolkit.fast.vader, equal scores)" if fast else ""),
         "version": f"nltk {package_version('nltk')}"},
        {"resource": "stop words", "source": str(DATA_DIR / "stopwords_en.txt"), "version": f"{len(_base_stopwords())} words (NLTK English list)"},
        {"resource": "sentence splitting", "source": f"nltk.tokenize.punkt + {DATA_DIR / 'punkt_en.txt'}"
         + (" (break decisions by toolkit.fast.punkt, equal spans)" if fast else ""), "version": f"nltk {package_version('nltk')}"},
        {"resource": "word tokens", "source": "nltk.tokenize.NLTKWordTokenizer" + (" (run by toolkit.fast.tokens, equal tokens)" if fast else ""),
         "version": f"nltk {package_version('nltk')}"},
        {"resource": "general-English frequencies", "source": "wordfreq (en, best)", "version": f"wordfreq {package_version('wordfreq')}"},
        {"resource": "hyphenation (syllables)", "source": str(_require("pyphen", "pyphen", "Readability").LANGUAGES.get("en_US", "pyphen en_US")), "version": f"pyphen {package_version('pyphen')}"},
        {"resource": "mojibake repair", "source": "ftfy", "version": f"ftfy {package_version('ftfy')}"},
        {"resource": "HTML to text", "source": "beautifulsoup4 (html.parser)", "version": f"beautifulsoup4 {package_version('beautifulsoup4')}"},
        {"resource": "encoding detection", "source": "charset-normalizer", "version": f"charset-normalizer {package_version('charset-normalizer')}"},
        *_accel_rows(fast),
    ]


def _accel_rows(fast: bool) -> list[dict[str, str]]:
    """One row per fast path saying whether it runs compiled (see :mod:`toolkit.fast`)."""
    if not fast:
        return []
    from ..fast import status

    return [{"resource": f"toolkit.{name}", "source": how, "version": "same results either way"}
            for name, how in status().items()]
