"""A plain NLTK pipeline script, as an analyst would write it: the reference for whole-process timings.

For each file of a folder: read, decode UTF-8, split paragraphs, split sentences with NLTK's Punkt
(the English parameters the toolkit ships, read from ``toolkit/data/punkt_en.txt``, since no NLTK
data may be downloaded), tokenise each sentence with ``NLTKWordTokenizer``, count the lower-cased
word tokens, score each sentence with ``SentimentIntensityAnalyzer`` (the ``vaderSentiment``
lexicon).  It imports ``nltk`` the ordinary way and nothing of the toolkit.

Run:  python benchmarks/nltk_plain.py FOLDER [--processes 2]   (prints one JSON line of totals)
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import multiprocessing
import re
import shutil
import tempfile
from collections import Counter
from pathlib import Path

import nltk  # noqa: F401  (what a plain script does first)
from nltk.sentiment.vader import SentimentIntensityAnalyzer
from nltk.tokenize import NLTKWordTokenizer
from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

PUNKT_EN = Path(__file__).resolve().parents[1] / "toolkit" / "data" / "punkt_en.txt"
PARAGRAPH = re.compile(r"\n\s*\n|\n")


def punkt() -> PunktSentenceTokenizer:
    params = PunktParameters()
    section = None
    for line in PUNKT_EN.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            section = line.strip("[]")
        elif section == "abbreviations":
            params.abbrev_types.add(line)
        elif section == "sentence_starters":
            params.sent_starters.add(line)
    return PunktSentenceTokenizer(params)


def vader() -> SentimentIntensityAnalyzer:
    folder = Path(next(iter(importlib.util.find_spec("vaderSentiment").submodule_search_locations)))
    if (folder / "vader_lexicon.txt").stat().st_nlink > 1:  # NLTK refuses hard-linked files (uv's installs)
        copy = Path(tempfile.mkdtemp(prefix="plain-vader-"))
        shutil.copyfile(folder / "vader_lexicon.txt", copy / "vader_lexicon.txt")
        folder = copy
    if str(folder) not in nltk.data.path:
        nltk.data.path.append(str(folder))
    return SentimentIntensityAnalyzer(lexicon_file=(folder / "vader_lexicon.txt").as_uri())


SENTENCES, WORDS, SIA = punkt(), NLTKWordTokenizer(), vader()


def profile(path: str) -> tuple[int, int, int, float]:
    """``(sentences, tokens, words, sum of compound)`` of one file."""
    text = Path(path).read_bytes().decode("utf-8")
    counts: Counter = Counter()
    n_sent = n_tok = 0
    compound = 0.0
    for para in PARAGRAPH.split(text):
        for sentence in SENTENCES.tokenize(para):
            tokens = WORDS.tokenize(sentence)
            n_sent += 1
            n_tok += len(tokens)
            counts.update(t.lower() for t in tokens if any(c.isalnum() for c in t))
            compound += SIA.polarity_scores(sentence)["compound"]
    return n_sent, n_tok, sum(counts.values()), compound


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--processes", type=int, default=1)
    args = parser.parse_args()
    paths = sorted(str(p) for p in Path(args.folder).rglob("*.txt"))
    if args.processes > 1:
        with multiprocessing.Pool(args.processes) as pool:
            results = pool.map(profile, paths, chunksize=max(1, len(paths) // (args.processes * 8)))
    else:
        results = [profile(p) for p in paths]
    print(json.dumps({"articles": len(results), "sentences": sum(r[0] for r in results),
                      "tokens": sum(r[1] for r in results)}))


if __name__ == "__main__":
    main()
