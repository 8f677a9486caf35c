"""The toolkit's batch path as one whole process: the toolkit side of the whole-process timings.

``tk.load_corpus(folder, profile=True)`` (workers read, decode, clean, split, tokenise, count and
score each file in one pass) and ``profile_texts`` (which returns those profiles), as
benchmarks/bench_pipeline.py times in process and as ``analyze`` loads.

Run:  python benchmarks/toolkit_batch.py FOLDER [--workers 2]   (prints one JSON line of totals)
"""
from __future__ import annotations

import argparse
import json

import toolkit as tk


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder")
    parser.add_argument("--workers", type=int, default=None, help="default: all cores")
    args = parser.parse_args()
    from toolkit.corpus.batch import profile_texts

    corpus = tk.load_corpus(args.folder, workers=args.workers, profile=True)
    profiles = profile_texts(corpus.documents, engine="processes", workers=args.workers)
    print(json.dumps({"articles": len(profiles), "sentences": sum(p["sentences"] for p in profiles),
                      "tokens": sum(p["tokens"] for p in profiles)}))


if __name__ == "__main__":
    main()
