"""Turn scraped bytes or text into clean paragraphs: decode, strip HTML, repair, normalise.

>>> clean_text("O fficials met.\\n0 Comments").text
'Officials met.'

The cleaned text keeps one paragraph per block, paragraphs separated by a blank line
("\\n\\n"), whitespace inside a paragraph collapsed to single spaces.  What was removed is
listed in ``CleanResult.removed`` and the raw input is always kept by :class:`toolkit.Document`.

Paragraph rule: if the text has blank lines, blank lines separate paragraphs and single line
breaks inside a block are line wraps; if it has none (as in many scraped pages), every line is
a paragraph.
"""
from __future__ import annotations

import codecs
import json
import re
import unicodedata
import warnings
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

__all__ = ["CleanResult", "clean_text", "decode_bytes", "html_to_text", "looks_like_html", "BinaryInputError", "EncodingFallbackWarning",
           "sniff_utf16", "strip_bidi_controls"]


class BinaryInputError(ValueError):
    """The input is not text (e.g. an image, a PDF, a zip file)."""


class EncodingFallbackWarning(UserWarning):
    """The input was not UTF-8 and was decoded with a detected legacy encoding."""


@dataclass(frozen=True)
class CleanResult:
    """Cleaned text plus what cleaning did: ``encoding`` used, ``removed`` lines, ``notes``."""

    text: str
    encoding: str = "utf-8"
    was_html: bool = False
    title: str | None = None
    removed: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


# --- decoding -----------------------------------------------------------------------------------

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Bytes that never occur in text files (C0 controls except tab, LF, VT, FF, CR, ESC).
_BINARY_BYTES = bytes(set(range(32)) - {9, 10, 11, 12, 13, 27})
_BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"\x1f\x8b", b"BZh", b"\x7fELF", b"MZ")


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode *data* to text; return ``(text, encoding)``.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded directly.  Anything else
    is decoded with the encoding ``charset-normalizer`` detects (cp1252 when it cannot decide),
    with an :class:`EncodingFallbackWarning`.  Binary data raises :class:`BinaryInputError`.

    >>> decode_bytes("£5".encode("latin-1"))[0]  # doctest: +SKIP
    '£5'
    """
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]  # then as any other file: a UTF-8 BOM on cp1252 bytes happens
    else:
        for bom, encoding in _BOMS:
            if data.startswith(bom):
                return _decode_with_bom(data, encoding), encoding
    utf16 = sniff_utf16(data)
    if utf16:
        text = data[: len(data) // 2 * 2].decode(utf16, errors="replace")
        warnings.warn(f"input has no byte-order mark but is UTF-16 text; decoded as {utf16}", EncodingFallbackWarning,
                      stacklevel=3)
        return text, utf16
    check_not_binary(data)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    encoding = _detect_encoding(data)
    text = data.decode(encoding, errors="replace")
    warnings.warn(
        f"input is not valid UTF-8 (first bad byte at offset {first_bad}); decoded as {encoding}",
        EncodingFallbackWarning,
        stacklevel=3,
    )
    return text, encoding


def check_not_binary(data: bytes) -> None:
    """Raise :class:`BinaryInputError` when *data* (without a BOM) starts like a binary file or
    more than 1% of its first 64 KiB are control bytes (NUL etc.).

    >>> check_not_binary(b"plain text")
    """
    if data.startswith(_BINARY_MAGIC):
        raise BinaryInputError(f"input looks like a binary file (starts with {data[:4]!r}), not text")
    sample = data[:65536]
    if sample:
        controls = len(sample) - len(sample.translate(None, _BINARY_BYTES))  # one pass: delete them, compare
        if controls / len(sample) > 0.01:
            raise BinaryInputError(
                f"input looks binary: {controls} of its first {len(sample)} bytes are control characters "
                "(NUL etc.); give a text, HTML or Markdown file"
            )


def sniff_utf16(data: bytes) -> str | None:
    """"utf-16-le" or "utf-16-be" for UTF-16 text without a byte-order mark (a NUL in every other
    byte of mostly-Latin text, few control characters once decoded), else None.

    >>> sniff_utf16("Plain text.".encode("utf-16-le")), sniff_utf16(b"plain text")
    ('utf-16-le', None)
    """
    sample = data[:65536]
    sample = sample[: len(sample) // 2 * 2]
    n = len(sample) // 2
    if n < 2 or data.startswith(_BINARY_MAGIC):
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.4 * n and even <= 0.05 * n:
        encoding = "utf-16-le"
    elif even >= 0.4 * n and odd <= 0.05 * n:
        encoding = "utf-16-be"
    else:
        return None
    text = sample.decode(encoding, errors="replace")
    controls = sum(1 for c in text if c < " " and c not in "\t\n\x0b\x0c\r\x1b")
    return encoding if controls <= 0.01 * len(text) and text.count("\ufffd") <= 0.01 * len(text) else None


def detect_encoding(data: bytes) -> str:
    """The encoding ``charset-normalizer`` finds for non-UTF-8 *data* (cp1252 when unsure)."""
    return _detect_encoding(data)


def _decode_with_bom(data: bytes, encoding: str) -> str:
    """Decode UTF-16/32 marked by a byte-order mark; bad bytes or control characters are binary."""
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise BinaryInputError(
            f"input starts with a {encoding.upper()} byte-order mark but is not valid {encoding.upper()} "
            f"({exc.reason} at byte {exc.start}); it may be a binary file or truncated"
        ) from None
    sample = text[:65536]
    controls = sum(1 for c in sample if c < " " and c not in "\t\n\x0b\x0c\r\x1b")
    if sample and controls / len(sample) > 0.01:
        raise BinaryInputError(
            f"input starts with a {encoding.upper()} byte-order mark but {controls} of its first "
            f"{len(sample)} characters are control characters; it looks binary"
        )
    return text


# Big5's punctuation row (0xA1 0x40-0xFE): ’ “ ” — … and the ideographic space.  Plain English text
# saved through a Big5 system (the C-SPAN State of the Union files of the 1970s) has no other
# non-ASCII byte; read as Latin-1 it would show "man¡¦s" for "man’s".
_BIG5_PUNCTUATION = re.compile(rb"\xa1[\x40-\x7e\xa1-\xfe]")
_NON_ASCII = re.compile(rb"[\x80-\xff]")


def _is_big5_punctuation(data: bytes) -> bool:
    """True when every non-ASCII byte of *data* is part of a Big5 punctuation pair (and there are
    at least two): English text with Big5 quotes and dashes, not Latin-1 ("¡Hola, señor!").

    >>> _is_big5_punctuation("man’s genius—and".encode("big5")), _is_big5_punctuation("¡Olé!".encode("latin-1"))
    (True, False)
    """
    rest, pairs = _BIG5_PUNCTUATION.subn(b"", data)
    return pairs >= 2 and _NON_ASCII.search(rest) is None


def _detect_encoding(data: bytes) -> str:
    from charset_normalizer import from_bytes

    if _is_big5_punctuation(data):
        return "big5"

    best = from_bytes(data[:1_000_000], cp_isolation=["cp1252", "latin_1", "iso8859_15", "cp1251", "mac_roman", "utf_16", "cp437"]).best()
    if best is None or best.encoding in {"ascii", "utf_8"}:
        return "cp1252"
    if best.encoding in {"latin_1", "iso8859_15", "mac_roman", "cp437"}:
        # Latin-1 is a subset of cp1252 for printable text; cp1252 also maps curly quotes.
        try:
            data.decode("cp1252")
            return "cp1252"
        except UnicodeDecodeError:
            return "latin-1"
    return best.encoding.replace("_", "-")


# --- HTML ---------------------------------------------------------------------------------------

_HTML_START = re.compile(r"\A\s*(<\?xml[^>]*>\s*)?(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)
# "[^<>]*": a tag holds no "<", so each try stops at the next "<" and the scan stays linear (with
# "[^>]*", every "<a" of a text without ">" scanned to its end: quadratic).
_HTML_TAG = re.compile(r"</?(p|div|br|html|body|h[1-6]|li|ul|ol|span|a|table|tr|td|article|section|header|footer|nav|meta|link)\b[^<>]*>", re.I)
_DROP_TAGS = ("script", "style", "noscript", "template", "nav", "footer", "aside", "form", "iframe", "svg", "button", "head")
_BLOCK_TAGS = (
    "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "article", "section",
    "header", "main", "figure", "figcaption", "table", "tr", "td", "th", "dd", "dt", "ul", "ol", "title",
)


def looks_like_html(text: str) -> bool:
    """True for a saved web page: it starts like HTML or has at least five structural tags.

    A plain article that merely quotes ``<script>alert(1)</script>`` is not HTML.

    >>> looks_like_html("<html><body><p>Hi</p></body></html>"), looks_like_html("x <script>y</script>")
    (True, False)
    """
    if _HTML_START.match(text[:4096]):
        return True
    return sum(1 for _ in zip(range(5), _HTML_TAG.finditer(text))) >= 5


def html_to_text(html: str) -> tuple[str, str | None]:
    """Text of a saved web page, one block element per paragraph; returns ``(text, title)``.

    Scripts, styles, navigation, forms and footers are dropped (BeautifulSoup, html.parser).

    >>> html_to_text("<h1>Big news</h1><p>It <b>is</b> here.</p><script>x()</script>")[0]
    'Big news\\n\\nIt is here.'
    """
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    title = soup.title.get_text(" ", strip=True) if soup.title else None
    text = "".join(_text_pieces(soup))
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    return "\n\n".join(b for b in blocks if b), (title or None)


def _text_pieces(root) -> list[str]:
    """The text strings under *root* in document order, with "\n\n" around block elements and
    "\n" for ``<br>``, skipping dropped elements.  An explicit stack and no changes to the tree
    keep it linear in the page's size (inserting into the tree is quadratic for many siblings)."""
    from bs4 import NavigableString, Tag
    from bs4.element import Comment, Declaration, Doctype, ProcessingInstruction

    skipped_strings = (Comment, Declaration, Doctype, ProcessingInstruction)
    drop, block = frozenset(_DROP_TAGS), frozenset(_BLOCK_TAGS)
    pieces: list[str] = []
    stack: list = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, str) and not isinstance(node, NavigableString):
            pieces.append(node)  # a separator pushed below
        elif isinstance(node, NavigableString):
            if not isinstance(node, skipped_strings):
                pieces.append(str(node))
        elif isinstance(node, Tag):
            name = node.name
            if name in drop:
                continue
            if name == "br":
                pieces.append("\n")
                continue
            is_block = name in block
            if is_block:
                pieces.append("\n\n")
                stack.append("\n\n")
            stack.extend(reversed(node.contents))
    return pieces


# --- repairs ------------------------------------------------------------------------------------

# Page furniture left by scrapers, matched against whole lines at the end of the text.
_TRAILER = re.compile(
    r"^(\d+\s+comments?|comments?\s*\(\d+\)|no comments|share( this( article| story)?)?|advertisement|"
    r"read more|related( articles| stories)?|click here.*|sign up.*newsletter.*|subscribe.*|"
    r"follow us.*|print|email|tweet|share on (facebook|twitter|x)|"
    r"reuter)(?:\s*:|\.{1,3})?\s*$",  # (a newswire's sign-off line: "REUTER" ends each Reuters story of the 1980s)
    re.I,
)
_ADVERT = re.compile(r"^(advertisement|story continues below( advertisement)?|scroll to continue reading)$", re.I)
_DROP_CAP = re.compile(r"(?m)^([A-Z]) ([a-z]+)\b")
_INVISIBLE = re.compile("[\u00ad\u200c\u200d\u2060\ufeff]")
# A zero-width space separates words: it becomes a space, so "Zero\u200bwidth" stays two words.
_ZERO_WIDTH_SPACE = "\u200b"
# Bidirectional embedding, override and isolate controls: they can make a table or report show
# text in another order than it has (e.g. a file name that reads as another), so they go.
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def strip_bidi_controls(text: str) -> str:
    """*text* without bidirectional embedding, override and isolate controls (U+202A-U+202E,
    U+2066-U+2069).

    >>> strip_bidi_controls("file\u202egnp.txt")
    'filegnp.txt'
    """
    return _BIDI_CONTROLS.sub("", text) if not text.isascii() else text
def _fix_text(text: str) -> str:
    """``ftfy.fix_text`` with the project's settings.  A text ftfy would keep whole
    (:func:`_ftfy_keeps`) is returned at once; otherwise it goes line by line as ftfy does, handing
    ftfy only the lines it could change: a pure-ASCII line without "&", terminal escapes or control
    characters comes back from ftfy unchanged, so it is kept as it is."""
    checks = _ftfy_checks()
    if checks is not None and len(text) <= checks["max_decode_length"] and _ftfy_keeps(text):
        return text  # (decided without importing ftfy when its checks are saved: _ftfy_checks)
    import ftfy

    config = ftfy.TextFixerConfig(explain=False, normalization="NFC", uncurl_quotes=False,
                                  fix_latin_ligatures=False, fix_character_width=False)
    out = []
    pos = 0
    while pos < len(text):  # ftfy.fix_text's own segmentation
        end = text.find("\n", pos) + 1 or len(text)
        if end - pos > config.max_decode_length:
            end = pos + config.max_decode_length
        segment = text[pos:end]
        if config.unescape_html == "auto" and "<" in segment:
            config = config._replace(unescape_html=False)
        if segment.isascii() and not _ascii_ftfy_work(segment):
            out.append(segment)
        else:
            out.append(ftfy.fix_and_explain(segment, config).text)
        pos = end
    return "".join(out)


def _ftfy_keeps(text: str) -> bool:
    """Whether ftfy (the settings above) hands back every line of *text* unchanged, decided on the
    whole text at once.  ftfy leaves a line alone when it holds no HTML entity, no character
    one of its fixers replaces (C1 controls, CR and other line breaks, surrogates, terminal
    escapes, its control characters), no match of its mojibake pattern and is already NFC.

    Each of those is a property of single characters, of matches a line shares with the whole
    text, or (NFC) holds for the whole text exactly when it holds for each line; the one anchored
    mojibake case (``^[ÃÂ] `` at a line start) is checked at every line start.  The mojibake
    pattern is searched only where a match could be (:func:`_mojibake_search` derives this from
    the installed ftfy's pattern, else this answers False): around two non-ASCII characters close
    together, or around one of a few rare characters.  A lone ’, “, – or … in ASCII text is
    neither, so clean typographic news needs no search.

    >>> _ftfy_keeps("Café “owners” met, isn’t it – …"), _ftfy_keeps("CafÃ© owners")
    (True, False)
    """
    found = _mojibake_search()
    if found is None:
        return False
    search, width, work, lone, entity, printable_work, non_ascii_runs = found
    if _printable_but_tabs_and_lines(text):  # then only its printable changed characters can be there
        if any(c in text for c in printable_work):
            return False
    elif work(text):
        return False
    if ("&" in text and entity(text)) or _LINE_START_A_HAT(text) or not unicodedata.is_normalized("NFC", text):
        return False

    def mojibake_near(first: int, last: int, size: int) -> bool:
        """A match around the cluster of *size* non-ASCII characters in ``text[first:last]``."""
        return (size > 1 or text[first] in lone) and bool(search(text, max(0, first - width + 1), last + width - 1))

    # Clusters of non-ASCII characters, each less than *width* from the next.  A match holds
    # either one "lone" character or two non-ASCII characters of one cluster, and lies within
    # width-1 characters of them.
    first = last = -width
    size = 0
    for run in non_ascii_runs(text):
        start, end = run.span()
        if start - last < width - 1:  # the gap between two characters is at most width-1
            last = end
            size += end - start
            continue
        if size and mojibake_near(first, last, size):
            return False
        first, last, size = start, end, end - start
    return not (size and mojibake_near(first, last, size))


_LINE_START_A_HAT = re.compile("(?m)^[ÃÂ] ").search


@lru_cache(maxsize=1)
def _mojibake_search():
    """``(search, width, work, lone, entity, printable_work, non_ascii_runs)``: ftfy's mojibake
    pattern's ``search``, its longest match, a search for characters ftfy's fixers change, the
    *lone* characters, ftfy's search for HTML entities, those of the changed characters that are
    printable (so printable text needs only a look for these), and a ``finditer`` of runs of
    non-ASCII characters (the ``regex`` engine scans for these about three times faster than ``re``).
    None when ftfy's pattern does not have the shape :func:`_ftfy_checks` needs."""
    import regex

    checks = _ftfy_checks()
    if checks is None:
        return None
    chars = checks["work"]
    work = re.compile("[" + re.escape(chars) + "\ud800-\udfff]").search
    printable_work = "".join(c for c in chars if c.isprintable())  # (surrogates are not printable)
    non_ascii_runs = regex.compile(r"[^\x00-\x7f]+").finditer
    return (re.compile(checks["badness"], checks["badness_flags"]).search, checks["width"], work,
            frozenset(checks["lone"]), re.compile(checks["entity"], checks["entity_flags"]).search, printable_work,
            non_ascii_runs)


#: What :func:`_ftfy_keeps` needs from ftfy, saved for the ftfy release named in it, so that clean
#: text is checked without importing ftfy (~0.1 s per process).  Another ftfy release: derived
#: from it at run time.  Rewrite it with ``python -c "from toolkit.text.clean import
#: save_ftfy_checks; save_ftfy_checks()"`` (tests/test_clean.py checks it against ftfy).
FTFY_CHECKS = Path(__file__).resolve().parents[1] / "data" / "ftfy_checks.json"


@lru_cache(maxsize=1)
def _ftfy_checks() -> dict | None:
    """:func:`derive_ftfy_checks` for the installed ftfy: read from :data:`FTFY_CHECKS` when saved
    for this ftfy release, else derived (importing ftfy)."""
    from .resources import package_version

    try:
        saved = json.loads(FTFY_CHECKS.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        saved = None
    if isinstance(saved, dict) and saved.get("ftfy") == package_version("ftfy"):
        return saved
    return derive_ftfy_checks()


def derive_ftfy_checks() -> dict | None:
    """What the installed ftfy's mojibake check is made of, as plain data: its mojibake pattern
    (``badness``), the longest match (``width``), the *lone* characters, the characters its fixers
    change (``work``), its HTML-entity pattern and its ``max_decode_length``.

    Every alternative of the pattern must be a sequence with at least one single-character item
    that matches only listed non-ASCII characters (None otherwise).  An alternative with two or
    more such items matches two non-ASCII characters at most width-1 apart; one with a single
    such item matches one of that item's characters, and those make up *lone*."""
    from re import _parser

    import ftfy
    from ftfy.badness import BADNESS_RE
    from ftfy.chardata import CONTROL_CHARS, HTML_ENTITY_RE

    from .resources import package_version

    def listed(op, av) -> set[str] | None:
        """The characters a single-character item matches, when they are listed and all non-ASCII."""
        if op is _parser.LITERAL:
            found = {chr(av)}
        elif op is _parser.IN and all(o is _parser.LITERAL or o is _parser.RANGE for o, _ in av):
            found = set()
            for o, a in av:
                found |= {chr(a)} if o is _parser.LITERAL else set(map(chr, range(a[0], a[1] + 1)))
        else:
            return None
        return found if min(map(ord, found)) >= 128 else None

    tree = _parser.parse(BADNESS_RE.pattern, BADNESS_RE.flags)
    if len(tree.data) != 1 or tree.data[0][0] is not _parser.BRANCH:
        return None
    lone: set[str] = set()
    for alternative in tree.data[0][1][1]:
        items = [found for op, av in alternative.data if (found := listed(op, av))]
        if not items:
            return None
        if len(items) == 1:
            lone |= items[0]
    chars = "\r\x1b\x85\u2028\u2029" + "".join(map(chr, range(0x80, 0xA0))) + "".join(map(chr, sorted(CONTROL_CHARS)))
    return {"ftfy": package_version("ftfy"), "badness": BADNESS_RE.pattern, "badness_flags": int(BADNESS_RE.flags),
            "width": tree.getwidth()[1], "lone": "".join(sorted(lone)), "work": chars,
            "entity": HTML_ENTITY_RE.pattern, "entity_flags": int(HTML_ENTITY_RE.flags),
            "max_decode_length": ftfy.TextFixerConfig().max_decode_length}


def save_ftfy_checks() -> None:
    """Write :data:`FTFY_CHECKS` for the installed ftfy."""
    checks = derive_ftfy_checks()
    if checks is None:
        raise ValueError("this ftfy's mojibake pattern has not the shape the check needs; nothing to save")
    FTFY_CHECKS.write_text(json.dumps(checks, ensure_ascii=True, indent=1) + "\n", encoding="utf-8")


def _printable_but_tabs_and_lines(text: str) -> bool:
    r"""Whether every character of *text* but TAB and LF is printable (then it holds no control,
    format or separator character other than " ").

    >>> _printable_but_tabs_and_lines("a\tb\nc"), _printable_but_tabs_and_lines("a\x0cb")
    (True, False)
    """
    return text.replace("\n", " ").replace("\t", " ").isprintable()


# What ftfy could change in pure-ASCII text: HTML entities, CR line ends, terminal escapes, control characters.
_FTFY_ASCII_WORK = re.compile("[&\r\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _ascii_ftfy_work(text: str) -> bool:
    r"""``_FTFY_ASCII_WORK.search(text)`` for ASCII *text*, without a character-class scan: the
    class is "&", CR and the control characters other than TAB and LF, and every ASCII control
    character is unprintable.

    >>> _ascii_ftfy_work("a\tb\nc"), _ascii_ftfy_work("a & b"), _ascii_ftfy_work("a\x0cb")
    (False, True, True)
    """
    return "&" in text or "\r" in text or not _printable_but_tabs_and_lines(text)
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _join_drop_cap(match: re.Match) -> str:
    letter, rest = match.group(1), match.group(2)
    from .resources import more_common

    joined = letter + rest
    # "O fficials" -> "Officials"; "A man", "I think" stay: join only when the joined word is
    # more common in English than the remainder alone (wordfreq's zipf frequencies).
    if more_common(joined.lower(), rest):
        return joined
    return match.group(0)


def _paragraphs(text: str) -> list[str]:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if re.search(r"\n[ \t\u00a0]*\n", text):
        blocks = re.split(r"\n\s*\n", text)
    else:
        blocks = text.split("\n")
    # A printable block without double or edge spaces is already what split-and-join gives.
    return [block if block.isprintable() and "  " not in block and block[:1] != " " and block[-1:] != " "
            else " ".join(block.split()) for block in blocks if block.strip()]


def clean_text(raw: str | bytes, *, html: bool | None = None, drop_trailer: bool = True) -> CleanResult:
    """Clean scraped text: decode, strip HTML, NFC, fix mojibake, re-join drop caps, drop page furniture.

    *html* forces (True) or forbids (False) HTML parsing; by default it is detected.

    >>> clean_text("Caf\\u00c3\\u00a9 owners  met.\\n\\nShare").text
    'Café owners met.'
    """
    notes: list[str] = []
    encoding = "utf-8"
    if isinstance(raw, (bytes, bytearray)):
        text, encoding = decode_bytes(bytes(raw))
    else:
        text = raw
    if "\x00" in text:
        notes.append(f"removed {text.count(chr(0))} NUL characters")
        text = text.replace("\x00", "")
    was_html = looks_like_html(text) if html is None else html
    title = None
    if was_html:
        text, title = html_to_text(text)
        notes.append("reduced HTML to text")
    # Clean ASCII text (no entities, escapes or control characters) has nothing for ftfy, nor any
    # control or invisible character to remove.
    if not text.isascii() or _ascii_ftfy_work(text):
        fixed = _fix_text(text)
        if fixed != unicodedata.normalize("NFC", text):
            notes.append("repaired mojibake or control characters (ftfy)")
        # Control and invisible characters are all unprintable: none in text printable but for TAB/LF.
        if not _printable_but_tabs_and_lines(fixed):
            n_bidi = len(_BIDI_CONTROLS.findall(fixed))
            if n_bidi:
                notes.append(f"removed {n_bidi} bidirectional control characters (U+202A-U+202E, U+2066-U+2069)")
                fixed = _BIDI_CONTROLS.sub("", fixed)
            fixed = _CONTROL.sub(" ", _INVISIBLE.sub("", fixed.replace(_ZERO_WIDTH_SPACE, " ")))
        text = fixed
    paragraphs = _paragraphs(text)
    removed: list[str] = []
    kept = []
    for para in paragraphs:
        if _ADVERT.match(para):
            removed.append(para)
        else:
            kept.append(para)
    if drop_trailer:
        while kept and len(kept[-1]) <= 80 and _TRAILER.match(kept[-1]):
            removed.insert(0, kept.pop())
    # A drop cap ("O fficials") starts a line, and the lines are the kept paragraphs.
    rejoined = [_DROP_CAP.sub(_join_drop_cap, p) if p[1:2] == " " and "A" <= p[0] <= "Z" else p for p in kept]
    if rejoined != kept:
        notes.append("re-joined a split drop cap")
    text = "\n\n".join(rejoined)
    if removed:
        notes.append(f"dropped page furniture: {', '.join(repr(r) for r in removed)}")
    return CleanResult(text=text, encoding=encoding, was_html=was_html, title=title, removed=tuple(removed), notes=tuple(notes))
