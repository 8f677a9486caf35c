"""Writes ``toolkit/data/compromise_names.tsv``: the organisations, sports teams and famous people of the lexicon of
compromise 14.17.0 (npm; MIT licence, Copyright (c) 2019 Spencer Kelly: ``toolkit/data/compromise_LICENSE.txt``), in
the form a text writes them, with one entity type each, for the rules backend's fallback
(toolkit/analysis/entities/wordnet.py reads it beside WordNet's tables).

    python benchmarks/compromise_names.py                    # fetches compromise and efrt with npm, runs node
    python benchmarks/compromise_names.py --lexicon LEX.json --licence LICENSE   # reads a lexicon dumped before

At build time only it needs ``npm`` (``npm pack compromise@14.17.0`` and ``npm pack efrt@2.7.0`` from the registry,
nothing installed) and ``node`` 14 or later: compromise keeps its lexicon packed by efrt (``src/2-two/preTagger/model/
lexicon/_data.js``, a tag -> packed words) plus a few unpacked words (``misc.js``: "at&t", "procter & gamble", "u2");
node unpacks them into a JSON of tag -> lower-case names (the same ``--lexicon`` reads). Nothing runs at run time: the
committed TSV is what the toolkit reads.

Tags read: ``Organization`` (companies, bands, media, public bodies), ``SportsTeam`` (clubs) -> ORG; ``Person``
(famous people) -> PERSON. Left out, by GUIDELINES.md (``benchmarks/devset/GUIDELINES.md``) and by hand (each list
below says why): what is no organisation nor person (political labels, programmes, leagues, an index, a state of
history), fictional and mythical characters (named in news by a work's title as often: ``FICTION``), one-word
"people" that are a given name or a surname many bear (``SHARED_NAMES``), and entries whose written form the lower-case
lexicon lost (an apostrophe, a hyphen inside a name, a misspelling: ``UNRECOVERABLE``). A leading "the" of a band's or
a paper's name is dropped ("the Pixies" -> Pixies, GUIDELINES.md).

The written form, by rule, a word at a time (``written``):

1. a form with a capital inside that TextBlob's word lists (the toolkit's, case-sensitive: ``en-lexicon.txt``,
   ``en-entities.txt``, ``en-spelling.txt``) hold for the word, when they hold one only ("eBay", "FedEx", "NatWest");
2. capitals, when those lists hold the word in capitals only ("AIG", "BBC", "USA"), or the word is an organisation's
   acronym of the toolkit's lists (``wordnet_acronyms.tsv``, wordlists._ACRONYM_BODIES, capitalised words of
   pytickersymbols' listed names: "BASF", "AMD") and the name is that one word, or it has no vowel ("HSBC", "FC",
   "JK Rowling"; not a person's one word nor a word the lists hold in title case: "St", "Jr"), or it is an
   organisation's one-word name of three letters or fewer (compromise's are all initialisms: "AOL", "ITV", "EU");
3. else a capital first letter; "of", "on", "the", "and" inside a name stay lower case.

A person's one-word name is never put in capitals by 2 except for having no vowel ("Nas", not "NAS"). The runtime
compares names in lower case unless the table writes them in capitals (wordnet._key), and the name an entity is given
is always the text's, never the table's: so only rule 2 decides what matches.

Rows: ``name``, ``type`` (ORG or PERSON), ``tag`` (compromise's tag); sorted by type and name. The same lexicon and
word lists give the same table.
"""
from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "toolkit" / "data" / "compromise_names.tsv"
LICENCE_OUT = ROOT / "toolkit" / "data" / "compromise_LICENSE.txt"
COMPROMISE = "compromise@14.17.0"
EFRT = "efrt@2.7.0"
TYPES = {"Organization": "ORG", "SportsTeam": "ORG", "Person": "PERSON"}

# What the lexicon tags as a body or a team that GUIDELINES.md does not annotate as an organisation
NOT_ORGANISATIONS = {
    "brexiteers": "a political label", "eurosceptics": "a political label",
    "roman empire": "a state of history", "medicaid": "a programme", "medicare": "a programme",
    "crossrail": "a project (a railway line)", "scientology": "a faith (companies._NOT_BODIES)",
    "nasdaq": "an index as often as the exchange", "dow jones": "an index as often as the company",
    "nfl": "a league", "nba": "a league", "nhl": "a league", "mlb": "a league", "nascar": "a series of races",
    "premier league": "a league", "notre dame": "a cathedral as often as the university",
    "ghq": "a common noun (general headquarters)", "royal bank": "a short form several banks share",
    "academy of sciences": "a short form many academies share", "coco chanel": "a person, tagged Organization",
    "altair": "a star", "ayer": "a word of Spanish and a surname",
}
# Characters of fiction, myth and legend: a news text names them mostly by a work's title (a film, a series, a book,
# a pantomime), which is not annotated, and GUIDELINES.md types a character PERSON only where the story names the
# character, which a table cannot tell (WordNet's imaginary beings give no type either: wordnet_instances.py)
FICTION = frozenset("""cthulhu|darth vader|doctor who|he man|iron man|spider man|spiderman|superman|santa claus|
snow white|sherlock holmes|robin hood|merlin|thor|sinbad|niles crane|hedwig|wednesday adams|conan""".replace("\n", "")
                    .split("|"))
# One-word "people" that are a given name or a surname many bear, no one famous person's (the runtime's gates drop
# the common ones anyway: wordnet._shared_name); "cardinal wolsey": a title before a name, the rules' titles decide
SHARED_NAMES = frozenset("""bertil camillo effie eustace frans franz gaston giannis hamid hilde husain ilias inez nettie
oleg pilar raisa rashid reinhold swami takashi tatyana wolfram yuji yvan yves lu lee tatum tripp tully woode reilley
reilly markov bhatt brock carson clinton dalton ferguson goodwin hammond harrison humphrey jefferson mason newman palmer
perry piper taylor warren ezekiel""".split()) | {"cardinal wolsey"}
# Written forms the lower-case lexicon lost: an apostrophe ("McDonald's", "Sainsbury's"), a hyphen between letters
# ("Chick-fil-A", "La-Z-Boy"), a misspelling ("quantas" for Qantas, "foxcon", "le oreal", "mubarek", "yoko onen"), an
# initialism or a stylised name no word list holds ("KATV", "IHOP", "RE/MAX")
UNRECOVERABLE = frozenset("""applebees|arbys|bloomingdale|carls jr|chick fil a|dunkin donuts|guns n roses|la z boy|
le oreal|macs milk|mcdonalds|nandos|readers digest|sainsburys|tgi fridays|foxcon|quantas|mubarek|yoko onen|reilley|
glaxo smith kline|katv|ihop|remax""".replace("\n", "").split("|"))
_SMALL = frozenset(("of", "on", "the", "and", "&"))
_VOWELS = set("aeiouy")
_INNER_CAPITAL = re.compile(r"(?<=.)[A-Z]")

DUMP_MJS = """import lexData from './compromise/package/src/2-two/preTagger/model/lexicon/_data.js'
import misc from './compromise/package/src/2-two/preTagger/model/lexicon/misc.js'
import { unpack } from './efrt/package/builds/efrt.mjs'
const tags = %s
const out = {}
for (const tag of tags) { out[tag] = lexData[tag] ? Object.keys(unpack(lexData[tag])) : [] }
for (const [word, tag] of Object.entries(misc)) { if (tags.includes(tag)) out[tag].push(word) }
console.log(JSON.stringify(out))
"""


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        sys.exit(f"{tool} is needed to build the table (at build time only): install Node.js (node and npm), or pass "
                 f"--lexicon and --licence (a JSON of tag -> names dumped before, and compromise's LICENSE)")
    return path


def fetch(work: Path) -> tuple[dict[str, list[str]], str]:
    """compromise's lexicon (tag -> lower-case names) and its licence's text, fetched with ``npm pack`` and unpacked
    with node (see the module's docstring)."""
    npm, node = _need("npm"), _need("node")
    for spec, folder in ((COMPROMISE, "compromise"), (EFRT, "efrt")):
        done = subprocess.run([npm, "pack", spec, "--silent"], cwd=work, check=True, capture_output=True, text=True)
        tgz = work / done.stdout.strip().splitlines()[-1]
        (work / folder).mkdir()
        with tarfile.open(tgz) as tar:
            tar.extractall(work / folder)  # (npm's own tarball: a "package/" folder)
    script = work / "dump.mjs"
    script.write_text(DUMP_MJS % json.dumps(sorted(TYPES)), encoding="utf-8")
    done = subprocess.run([node, str(script)], cwd=work, check=True, capture_output=True, text=True)
    return json.loads(done.stdout), (work / "compromise" / "package" / "LICENSE").read_text(encoding="utf-8")


def word_forms() -> dict[str, set[str]]:
    """lower-case word -> the forms TextBlob's word lists (package data) hold it in, case kept."""
    import textblob

    folder = Path(textblob.__file__).with_name("en")
    forms: dict[str, set[str]] = {}
    for file in ("en-lexicon.txt", "en-entities.txt", "en-spelling.txt"):
        with (folder / file).open(encoding="utf-8") as fh:
            for line in fh:
                if line.startswith(";;;") or not line.strip():
                    continue
                word = line.split()[0]
                forms.setdefault(word.lower(), set()).add(word)
    return forms


def known_acronyms() -> set[str]:
    """Organisations' acronyms of the toolkit's lists: WordNet's (wordnet_acronyms.tsv), wordlists._ACRONYM_BODIES,
    and the words in capitals of pytickersymbols' listed names ("BASF", "AMD")."""
    sys.path.insert(0, str(ROOT))
    from toolkit.analysis.entities.wordlists import _ACRONYM_BODIES

    out = set(_ACRONYM_BODIES)
    with (ROOT / "toolkit" / "data" / "wordnet_acronyms.tsv").open(encoding="utf-8") as fh:
        out |= {line.split("\t", 1)[0] for line in fh if not line.startswith(("#", "acronym\t"))}
    try:
        import pytickersymbols
    except ImportError:
        return out
    for stock in pytickersymbols.PyTickerSymbols().get_all_stocks():
        out |= {w for w in stock["name"].split() if len(w) >= 2 and w.isalpha() and w.isupper()}
    return out


def _word(w: str, alone: bool, tag: str, forms: dict[str, set[str]], acronyms: set[str]) -> str:
    """One word's written form (rules 1-3 of the module's docstring); *alone*: the name is this one word."""
    if not w.isalpha():  # "ac/dc", "at&t", "u2": each run of letters on its own ("76ers", "jerry's": not after a
        # digit or an apostrophe)
        return re.sub(r"[a-z]+", lambda p: p.group() if p.start() and w[p.start() - 1] in "0123456789'"
                      else _word(p.group(), alone and len(p.group()) <= 3, tag, forms, acronyms), w)
    held = forms.get(w, set()) - {w}
    inner = [f for f in held if _INNER_CAPITAL.search(f) and not f.isupper()]
    if len(inner) == 1:
        return inner[0]  # "eBay", "FedEx", "NatWest" (when the lists hold no other such form)
    title = w[:1].upper() + w[1:]
    no_vowel = not set(w) & _VOWELS
    if tag == "Person":
        return w.upper() if no_vowel and title not in held else title  # ("JK Rowling", "Run DMC"; "Nas", not "NAS")
    if held and all(f.isupper() for f in held) \
            or alone and (w.upper() in acronyms or len(w) <= 3) \
            or no_vowel and title not in held:
        return w.upper()
    return title


def written(name: str, tag: str, forms: dict[str, set[str]], acronyms: set[str]) -> str:
    """*name* (lower case) as a text writes it (see the module's docstring): "aig" -> "AIG", "fc barcelona" -> "FC
    Barcelona", "new kids on the block" -> "New Kids on the Block", "the beatles" -> "Beatles"."""
    words = name.split()
    alone = len(words) == 1  # (the lexicon's one word: "the who" is no "WHO")
    if words[0] == "the" and len(words) > 1 and tag != "Person":
        words = words[1:]
    return " ".join(w if i and w in _SMALL else _word(w, alone, tag, forms, acronyms) for i, w in enumerate(words))


def rows(lexicon: dict[str, list[str]], forms: dict[str, set[str]], acronyms: set[str]) \
        -> tuple[list[tuple[str, str, str]], dict[str, int]]:
    """(name, type, tag) rows of *lexicon* (tag -> lower-case names), sorted by type and name, and how many entries
    each reason left out."""
    left_out = {"not an organisation": 0, "fiction": 0, "shared name": 0, "form lost": 0}
    out: dict[tuple[str, str], str] = {}
    for tag, typ in TYPES.items():
        for name in sorted(set(lexicon.get(tag, ()))):
            name = " ".join(name.lower().split())
            reason = "not an organisation" if name in NOT_ORGANISATIONS else "fiction" if name in FICTION \
                else "shared name" if name in SHARED_NAMES else "form lost" if name in UNRECOVERABLE else None
            if reason:
                left_out[reason] += 1
                continue
            out.setdefault((written(name, tag, forms, acronyms), typ), tag)
    return sorted(((n, t, tag) for (n, t), tag in out.items()), key=lambda r: (r[1], r[0])), left_out


def write_table(path, table: list[tuple[str, str, str]]) -> None:
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# Names of the lexicon of compromise 14.17.0 with one entity type (benchmarks/compromise_names.py); "
                 f"compromise Copyright (c) 2019 Spencer Kelly, MIT licence in compromise_LICENSE.txt\n")
        fh.write("name\ttype\ttag\n")
        for row in table:
            fh.write("\t".join(row) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lexicon", help="a JSON of tag -> lower-case names (fetched with npm and node when not given)")
    ap.add_argument("--licence", help="compromise's LICENSE (with --lexicon)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--licence-out", default=str(LICENCE_OUT))
    args = ap.parse_args(argv)
    if args.lexicon:
        if not args.licence:
            ap.error("--lexicon needs --licence")
        lexicon = json.loads(Path(args.lexicon).read_text(encoding="utf-8"))
        licence = Path(args.licence).read_text(encoding="utf-8")
    else:
        with tempfile.TemporaryDirectory() as tmp:
            lexicon, licence = fetch(Path(tmp))
    table, left_out = rows(lexicon, word_forms(), known_acronyms())
    write_table(args.out, table)
    Path(args.licence_out).write_text(licence, encoding="utf-8")
    counts = {t: sum(r[1] == t for r in table) for t in ("ORG", "PERSON")}
    print(f"{len(table)} rows to {args.out}: {counts}; left out: {left_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
