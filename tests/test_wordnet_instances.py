"""benchmarks/wordnet_instances.py (WordNet 3.0's instance nouns typed by their hypernyms) and the table it wrote,
toolkit/data/wordnet_instances.tsv."""
from __future__ import annotations

import importlib.util
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "toolkit" / "data" / "wordnet_instances.tsv"


def _generator():
    spec = importlib.util.spec_from_file_location("_bench_wordnet_instances", ROOT / "benchmarks" / "wordnet_instances.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# A few lines in data.noun's format (offset, lexicographer file, "n", lemma count in hex, lemmas with their lex ids,
# pointer count, pointers "symbol offset pos source/target", gloss): person and city classes, their instances, a
# common noun, a name of two types and a state's postal code
_DATA = """\
  1 This software and database is being provided to you, the LICENSEE, by Princeton University
00007846 03 n 01 person 0 000 | a human being
10011902 18 n 01 dictator 0 001 @ 00007846 n 0000 | a ruler
08524735 15 n 01 city 0 000 | a large town
08654360 15 n 01 state 0 000 | a federal state
11052672 18 n 02 Hitler 0 Adolf_Hitler 0 001 @i 10011902 n 0000 | German dictator
11111111 18 n 02 Washington 0 George_Washington 0 001 @i 10011902 n 0000 | a president
22222222 15 n 01 Washington 0 001 @i 08524735 n 0000 | a capital
33333333 15 n 02 Idaho 0 ID 0 001 @i 08654360 n 0000 | a state
44444444 18 n 01 Base 0 001 @i 10011902 n 0000 | an invented ruler
55555555 04 n 01 base 0 000 | a lowest support
"""


def test_types_come_from_the_hypernyms_and_ambiguous_names_are_left_out():
    gen = _generator()
    rows = gen.build(gen._parse(_DATA.splitlines()))
    assert ("Hitler", "PERSON", "Adolf Hitler", "11052672") in rows
    assert ("Idaho", "GPE", "", "33333333") in rows  # (its code "ID" left out)
    names = {n for r in rows for n in [r[0]] + r[2].split("|")}
    assert "Washington" not in names and "George Washington" in names  # a person and a city
    assert "Base" not in names  # a common noun too


def test_the_committed_table():
    lines = TABLE.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("# WordNet 3.0") and "Princeton University" in lines[0]
    assert lines[1] == "name\ttype\taliases\toffset"
    rows = [line.split("\t") for line in lines[2:]]
    assert all(len(r) == 4 and r[1] in ("PERSON", "ORG", "GPE", "LOC") for r in rows)
    by_name = {r[0]: r for r in rows}
    assert by_name["Hitler"][1] == "PERSON" and by_name["Hamas"][1] == "ORG" and by_name["Danube"][1] == "LOC"
    assert by_name["al-Qaeda"][2].split("|") == ["Qaeda", "al-Qa'ida", "al-Qaida"]
    names = {n for r in rows for n in [r[0]] + r[2].split("|")}
    assert "Washington" not in names and "Lincoln" not in names
    assert (ROOT / "toolkit" / "data" / "wordnet_LICENSE.txt").read_text(encoding="utf-8").count("Princeton") >= 2
