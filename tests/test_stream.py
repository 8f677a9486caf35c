"""Large files streamed piece by piece: same profile as the whole-file path, bounded memory, linear time."""
from __future__ import annotations

import codecs
import subprocess
import sys
import textwrap
import warnings

import pandas as pd
import pytest

import toolkit as tk
from toolkit.corpus.batch import profile_document
from toolkit.text.clean import BinaryInputError, EncodingFallbackWarning
from toolkit.corpus.stream import iter_text_chunks, profile_file

KEYS = ("words", "sentences", "paragraphs", "tokens", "counts", "numbers", "scores")
PARAGRAPH = ("Iran warned Israel on Monday. Officials in Tehran said the strike was a terrible mistake! "
             "Mr. Smith, a U.S. envoy, called for calm at 3.30 p.m. and praised the talks.")


def test_streamed_profile_equals_the_whole_file_profile(tmp_path, seed_path):
    # The seed's paragraphs are lines; with blank lines between them (the usual layout) and 40
    # copies: ~150k characters with a drop cap per copy and page furniture to drop at the end only.
    paragraphs = seed_path.read_text(encoding="utf-8").splitlines()
    path = tmp_path / "long.txt"
    path.write_text("\n\n".join(paragraphs * 40), encoding="utf-8")
    whole = profile_document(tk.load(path))
    for chunk_chars in (1000, 7_777, 50_000, 10_000_000):
        streamed = profile_file(path, chunk_chars=chunk_chars, workers=1)
        assert {k: streamed[k] for k in KEYS} == {k: whole[k] for k in KEYS}, chunk_chars
    streamed = profile_file(path, chunk_chars=7_777, workers=2)
    assert {k: streamed[k] for k in KEYS} == {k: whole[k] for k in KEYS}
    assert streamed["pieces"] > 10 and streamed["title"] == tk.load(seed_path).title


def test_pieces_end_at_blank_lines_and_keep_every_character(tmp_path):
    body = "\n\n".join(f"Paragraph {i} says something. It ends here." for i in range(2000))
    path = tmp_path / "p.txt"
    path.write_text(body, encoding="utf-8")
    pieces = list(iter_text_chunks(path, chunk_chars=5000))
    assert "".join(pieces) == body and len(pieces) > 10
    assert all(p.endswith("\n\n") for p in pieces[:-1])
    one_line = tmp_path / "line.txt"
    one_line.write_text("word " * 10_000, encoding="utf-8")  # no line ends: cut after a space
    pieces = list(iter_text_chunks(one_line, chunk_chars=4000))
    assert "".join(pieces) == "word " * 10_000 and all(p.endswith(" ") for p in pieces)


def test_encodings_binary_and_empty_files(tmp_path):
    latin = tmp_path / "latin.txt"
    latin.write_bytes(("Café prices rose. " * 500 + "\n\n") .encode("cp1252") * 10)
    with pytest.warns(EncodingFallbackWarning, match="decoded as cp1252"):
        prof = profile_file(latin, chunk_chars=5000, workers=1)
    assert prof["counts"]["café"] == 5000 and prof["sentences"] == 5000
    u16 = tmp_path / "u16.txt"
    u16.write_bytes(codecs.BOM_UTF16_LE + ("Good news. " * 300 + "\n\n").encode("utf-16-le") * 5)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        prof = profile_file(u16, chunk_chars=2000, workers=1)
    assert prof["counts"] == {"good": 1500, "news": 1500} and prof["scores"][0] == (0.4404, 0.744, 0.256, 0.0)
    png = tmp_path / "x.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 50)
    with pytest.raises(BinaryInputError):
        profile_file(png)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    prof = profile_file(empty)
    assert (prof["words"], prof["sentences"], prof["pieces"], prof["scores"]) == (0, 0, 0, [])
    with pytest.raises(ValueError, match="HTML is not streamed"):
        profile_file(tmp_path / "page.html")


# The peak RSS of a fresh process streaming a file: VmHWM is reset after the warm-up (Linux
# /proc/self/clear_refs), so the figure is the streaming's own peak above the libraries' memory.
STREAM_PROBE = textwrap.dedent("""
    import json, re, resource, sys
    from toolkit.corpus.parallel import warm_up
    from toolkit.corpus.stream import profile_file
    def status(key):
        return int(re.search(key + r":\\s+(\\d+)", open("/proc/self/status").read()).group(1)) / 1024
    warm_up()  # the libraries' own memory (NLTK imports SciPy and scikit-learn): the baseline
    try:
        with open("/proc/self/clear_refs", "w") as fh:
            fh.write("5")  # reset the high-water mark to the current RSS
        base = status("VmRSS")
    except OSError:
        base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    p = profile_file(sys.argv[1], chunk_chars=int(sys.argv[2]))
    print(json.dumps({"words": p["words"], "sentences": p["sentences"], "iran": p["counts"]["iran"],
                      "first": p["scores"][0], "pieces": p["pieces"], "rss_mb": status("VmHWM") - base,
                      "child_rss_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024}))
""")


def _stream_in_a_fresh_process(path, *, megabytes: int, chunk_chars: int) -> tuple[int, dict]:
    import json
    paragraph = PARAGRAPH + "\n\n"
    repeats = megabytes * 1_000_000 // len(paragraph) + 1
    path.write_text(paragraph * repeats, encoding="utf-8")
    assert path.stat().st_size >= megabytes * 1_000_000
    run = subprocess.run([sys.executable, "-c", STREAM_PROBE, str(path), str(chunk_chars)],
                         capture_output=True, text=True, check=True)
    return repeats, json.loads(run.stdout)


@pytest.mark.slow
def test_a_text_streams_in_memory_that_does_not_grow_with_its_size(tmp_path):
    """Exact counts, and boundedness shown by growth: the same streaming of an N MB and a 3N MB text
    (each many more pieces than the 2 x workers in flight) peaks at nearly the same RSS.  A whole-file
    token table would take ~20x the file, i.e. grow by ~20x the 2N MB added; what may grow is the
    per-sentence score columns (32 bytes a sentence, ~0.6x this text)."""
    one = profile_document(tk.load(PARAGRAPH))
    chunk = 125_000  # characters a piece (the default is 2,000,000): same code, 16x the pieces per MB
    small, large = 1, 3  # MB of text: 9 and 25 pieces
    runs = {mb: _stream_in_a_fresh_process(tmp_path / f"{mb}.txt", megabytes=mb, chunk_chars=chunk)
            for mb in (small, large)}
    for mb, (repeats, out) in runs.items():
        print(f"\n{mb} MB text streamed: peak RSS {out['rss_mb']:.1f} MB above the libraries' "
              f"(largest worker {out['child_rss_mb']:.0f} MB)")
        assert out["words"] == one["words"] * repeats and out["sentences"] == one["sentences"] * repeats
        assert out["iran"] == repeats and tuple(out["first"]) == one["scores"][0]
        assert out["pieces"] >= 8 * mb  # 1 MB is eight 125,000-character pieces
        # Memory beyond the libraries stays under 2x the file, plus the pieces in flight (2 x workers
        # pieces, as text and pickled); workers hold one piece at a time.
        assert out["rss_mb"] < 2 * mb + 12 and out["child_rss_mb"] < 500, out
    # Measured 2.9 MB (3.8 -> 6.6 MB): the score columns (~0.6 MB a MB of this text) grow by
    # reallocation, with the allocator's slack; a whole-file token table would add ~40 MB.
    added = large - small
    growth = runs[large][1]["rss_mb"] - runs[small][1]["rss_mb"]
    assert growth < 3 * added, f"peak RSS grew by {growth:.1f} MB from {small} to {large} MB of text"
    assert runs[large][1]["child_rss_mb"] < runs[small][1]["child_rss_mb"] + 2 * added, runs


def _folder_with_a_big_file(tmp_path, seed_path):
    paragraphs = seed_path.read_text(encoding="utf-8").splitlines()
    folder = tmp_path / "in"
    (folder / "long").mkdir(parents=True)
    (folder / "short").mkdir()
    (folder / "long" / "big.txt").write_text("\n\n".join(paragraphs * 30), encoding="utf-8")  # ~110 KB
    for i, text in enumerate(["Markets rallied on Friday. Traders cheered.", "Iran warned Israel again on Monday."]):
        (folder / "short" / f"s{i}.txt").write_text(text, encoding="utf-8")
    return folder


def test_large_files_are_streamed_while_loading_and_analyse_the_same(tmp_path, seed_path, monkeypatch):
    from toolkit.corpus import load as corpus_module
    from toolkit.cli import main

    folder = _folder_with_a_big_file(tmp_path, seed_path)
    whole = tk.load_corpus(folder, workers=1, profile=True)
    monkeypatch.setattr(corpus_module, "STREAM_BYTES", 50_000)  # the big file (~110 KB) is now "large"
    streamed = tk.load_corpus(folder, workers=1, profile=True)
    big = streamed["long/big"]
    assert big.meta["streamed"] and big.text == "" and big.notes[0].startswith("streamed: ")
    assert big.title == whole["long/big"].title and big.meta["sha1"].startswith("file:")
    assert tk.load_corpus(folder, workers=1)["long/big"].text  # without profile=True: loaded whole
    table = tk.document_table(streamed)  # the same but for the note saying it was streamed
    assert table.drop(columns="notes").equals(tk.document_table(whole).drop(columns="notes"))
    assert table.set_index("id").loc["long/big", "notes"].startswith("streamed: ")
    assert tk.corpus_keywords(streamed).equals(tk.corpus_keywords(whole))
    assert tk.sentence_table(streamed).equals(tk.sentence_table(whole))
    # The command line streams it too, and writes the same tables byte for byte.
    assert main([str(folder), "--out", str(tmp_path / "streamed"), "--no-progress", "--engine", "local"]) == 0
    monkeypatch.setattr(corpus_module, "STREAM_BYTES", 10**9)
    assert main([str(folder), "--out", str(tmp_path / "whole"), "--no-progress", "--engine", "local"]) == 0
    for name in ("keywords.csv", "sentences.csv", "sentiment_by_group.csv", "distinctive_terms.csv"):
        assert (tmp_path / "streamed" / name).read_bytes() == (tmp_path / "whole" / name).read_bytes(), name
    docs = {run: pd.read_csv(tmp_path / run / "documents.csv") for run in ("streamed", "whole")}
    assert docs["streamed"].drop(columns="notes").equals(docs["whole"].drop(columns="notes"))  # notes: "streamed: ..."


def test_files_over_the_size_limit_are_streamed_not_refused(tmp_path, monkeypatch):
    from toolkit.corpus import load as corpus_module

    (tmp_path / "huge.txt").write_text("Good news. " * 10_000, encoding="utf-8")
    monkeypatch.setattr(corpus_module, "MAX_FILE_BYTES", 50_000)
    monkeypatch.setattr(corpus_module, "STREAM_BYTES", 20_000)
    assert "too large" in tk.load_corpus(tmp_path, workers=1).problems["problem"][0]  # loading whole: refused
    streamed = tk.load_corpus(tmp_path, workers=1, profile=True)
    assert streamed.problems.empty and tk.document_table(streamed)["words"].tolist() == [20_000]
