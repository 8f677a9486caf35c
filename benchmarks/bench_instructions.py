"""Instructions per article of the toolkit's per-file work, counted by valgrind (repeatable, unlike
wall-clock times on a shared machine).

Loads, cleans, splits, tokenises, counts and scores N distinct articles in one process
(``toolkit.corpus.load._load_folder_file`` with ``profile=True``, what each worker of
``load_corpus(profile=True)`` runs) under ``valgrind --tool=callgrind``, counting only that loop
(``callgrind_control`` switches counting on and off around it).  Two runs:

* **first sight**: the articles are new to the process (after ``warm_up``, which loads the word
  lists, Punkt parameters and VADER lexicon), as on a corpus of distinct articles;
* **seen before**: the same articles a second time, as when the benchmark cycles the news sample.

Run:  .venv/bin/python benchmarks/bench_instructions.py [--articles 200] [--text news|typographic|generated]
Needs valgrind (Debian: apt-get install valgrind).  Takes about a minute.
"""
from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pipeline import write_corpus  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def child(folder: Path, n: int, again: bool) -> None:
    """Runs under valgrind: warm up, then count instructions of the loop over the *n* articles."""
    from toolkit.corpus.load import _iter_folder, _load_folder_file
    from toolkit.corpus.parallel import warm_up

    warm_up()
    paths = list(_iter_folder(folder, (".txt",)))[:n]
    for path in paths if again else ():
        _load_folder_file((path, folder, "folder", True))
    subprocess.run(["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=True)
    for path in paths:
        _load_folder_file((path, folder, "folder", True))
    subprocess.run(["callgrind_control", "-i", "off", str(os.getpid())], capture_output=True, check=True)


def count(folder: Path, n: int, again: bool) -> int:
    """Instructions counted by callgrind in one child run."""
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
               sys.executable, __file__, "--child", str(folder), "--articles", str(n)] + (["--again"] if again else [])
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT)
    found = re.search(r"Collected : (\d+)", run.stderr)
    if run.returncode != 0 or not found:
        raise SystemExit(f"valgrind run failed ({run.returncode}):\n{run.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--text", choices=("news", "typographic", "generated"), default="news")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--again", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, args.articles, args.again)
        return
    missing = [tool for tool in ("valgrind", "callgrind_control") if shutil.which(tool) is None]
    if missing:
        raise SystemExit(f"needs {' and '.join(missing)} (Debian: apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        # The news sample has 200 distinct articles: up to 200 are all different.
        source = write_corpus(folder, args.articles, text=args.text)
        print(f"input: {args.articles} articles from {source}")
        from toolkit.fast import status

        print("fast paths: " + "; ".join(f"{name}: {how}" for name, how in status().items()))
        first = count(folder, args.articles, again=False)
        again = count(folder, args.articles, again=True)
    print(f"first sight:  {first / args.articles / 1e6:6.2f} M instructions per article")
    print(f"seen before:  {again / args.articles / 1e6:6.2f} M instructions per article "
          f"(first sight costs {first / again - 1:+.0%})")


if __name__ == "__main__":
    main()
