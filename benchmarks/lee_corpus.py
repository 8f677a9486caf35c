"""The Lee corpus: real news articles (ABC News, Australia, 2001-2002) for the blind evaluation splits lee_a/lee_b.

    python benchmarks/lee_corpus.py --fetch     # once: puts lee_background.cor under benchmarks/devset/.lee/

The Lee background corpus (Lee, Pincombe & Welsh 2005; 300 articles, one per line) ships inside gensim's wheel as
``gensim/test/test_data/lee_background.cor``. Its text is never committed here (as with the BBC sample): the
annotations in ``benchmarks/devset/lee_*/lee_NNN.json`` hold offsets and names only, NNN being the 0-based line.
The file is found, in order, at ``$LEE_CORPUS``, inside an installed gensim, or at ``benchmarks/devset/.lee/``
(``--fetch`` downloads the gensim 4.4.0 wheel from the package index with ``pip download --no-deps`` and extracts
that one file; nothing is installed). Every annotation carries the sha256 of its line, checked on reading.

The wheel holds a second file of 50 other stories, ``gensim/test/test_data/lee.cor`` (the 50 documents of Lee et
al.'s similarity ratings, the first paragraphs of news stories, none of them among the 300): ``lee_300`` to
``lee_349`` are its lines 0-49. It is found beside ``lee_background.cor`` (wherever that was found) and is fetched
with it. It is Latin-1 (one pound sign, byte 0xA3), decoded as such.
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import os
import subprocess
import sys
import tempfile
import zipfile
from functools import lru_cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / "devset" / ".lee" / "lee_background.cor"
MEMBER = "gensim/test/test_data/lee_background.cor"
SHA256 = "5d78d6dafd953bbf65797bef09a9ffb9ec430583381be705f8fd460000f370fb"
# the 50 rated documents: lee_300 ... lee_349
SECOND = 300
MEMBER_50 = "gensim/test/test_data/lee.cor"
SHA256_50 = "a878f9a58f6743c32985c56c2f2f75988386216b38a4023a01fd3bcf7884d93e"
GENSIM = "gensim==4.4.0"


def corpus_path() -> Path | None:
    """Where lee_background.cor is, or None: ``$LEE_CORPUS``, an installed gensim, then the fetched copy."""
    env = os.environ.get("LEE_CORPUS")
    if env:
        return Path(env) if Path(env).is_file() else None
    spec = importlib.util.find_spec("gensim")
    if spec is not None and spec.submodule_search_locations:
        inside = Path(list(spec.submodule_search_locations)[0]) / "test" / "test_data" / "lee_background.cor"
        if inside.is_file():
            return inside
    return CACHE if CACHE.is_file() else None


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    path = corpus_path()
    if path is None:
        raise FileNotFoundError("the Lee corpus is not here: run `python benchmarks/lee_corpus.py --fetch` "
                                "(or set LEE_CORPUS to a lee_background.cor)")
    return tuple(path.read_bytes().decode("utf-8").split("\n"))


@lru_cache(maxsize=1)
def _lines_50() -> tuple[str, ...]:
    path = corpus_path()
    second = path.with_name("lee.cor") if path is not None else None
    if second is None or not second.is_file():
        raise FileNotFoundError("lee.cor (lee_300 ... lee_349) is not beside lee_background.cor: run "
                                "`python benchmarks/lee_corpus.py --fetch`")
    return tuple(second.read_bytes().decode("latin-1").split("\n"))


def article(file: str, *, sha256: str | None = None) -> str:
    """The text of ``lee_NNN.txt`` (line NNN of the corpus), checked against ``sha256`` when given.

    >>> article("lee_000.txt")[:22]
    'Hundreds of people hav'
    """
    n = int(file.rsplit(".", 1)[0].rsplit("_", 1)[1])
    text = _lines()[n] if n < SECOND else _lines_50()[n - SECOND]
    if sha256 is not None and hashlib.sha256(text.encode("utf-8")).hexdigest() != sha256:
        raise ValueError(f"{file}: the Lee corpus line {n} does not match its annotation's sha256 (another version?)")
    return text


def fetch(*, dest: Path = CACHE) -> Path:
    """Download gensim's wheel (not installed) and extract lee_background.cor (and lee.cor beside it) to ``dest``.

    Both files' sha256 are checked."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", GENSIM, "--no-deps", "--only-binary", ":all:",
                        "-q", "-d", tmp], check=True)
        wheel = next(Path(tmp).glob("gensim-*.whl"))
        data = zipfile.ZipFile(wheel).read(MEMBER)
        data_50 = zipfile.ZipFile(wheel).read(MEMBER_50)
    for member, blob, digest in ((MEMBER, data, SHA256), (MEMBER_50, data_50, SHA256_50)):
        if hashlib.sha256(blob).hexdigest() != digest:
            raise ValueError(f"{wheel.name}: {member} is not the file the annotations were made on")
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(data)
    dest.with_name("lee.cor").write_bytes(data_50)
    return dest


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--fetch", action="store_true", help=f"download {GENSIM}'s wheel and extract the corpus")
    args = ap.parse_args(argv)
    if args.fetch:
        print(fetch())
        return 0
    path = corpus_path()
    print(path if path else "not here: run with --fetch")
    return 0 if path else 1


if __name__ == "__main__":
    raise SystemExit(main())
