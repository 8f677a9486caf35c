"""The ``analyze`` command line: tables, figures, report, provenance, engines, bad input, safe outputs.

Each exit code (0, 1, 2), the progress bar on a real stderr, another hash seed and a Dask
scheduler client are checked through ``python -m toolkit`` in a subprocess (``run_cli``); the rest
runs ``toolkit.cli.main`` in this process (``analyze``: the same code, exit code and output, without
another interpreter importing pandas, scikit-learn and matplotlib again).
"""
from __future__ import annotations

import base64
import contextlib
import errno
import io
import hashlib
import html
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from toolkit import cli
from toolkit.corpus import outputs
from toolkit.corpus.batch import MIN_DOCS_FOR_PROCESSES
from toolkit.corpus.outputs import provenance_line, read_csv
from toolkit.text.resources import versions

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"

# A hand-made corpus: 3 files in 2 sub-folders.  Counts are derived by hand below.
ONE = "Markets rise\n\nThe market rose today. Investors were happy.\n"  # 2 + 4 + 3 = 9 words, 3 sentences
TWO = "Oil prices fell sharply. Traders feared weak demand for oil.\n"  # 4 + 6 = 10 words, 2 sentences, no headline
THREE = "Oil falls\n\nOil prices fell again. The market was calm. Nobody panicked.\n"  # 2 + 4 + 4 + 2 = 12 words, 4 sentences

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
TABLES = ("documents", "keywords", "distinctive_terms", "sentiment_by_group", "sentences", "problems", "duplicates",
          "group_keyness")
TABLES += ("quotes",)
TABLES += ("entities",)
FIGURES = ("keywords", "sentiment_by_group", "sentiment_histogram")


def run_cli(*args: str | os.PathLike, cwd: Path | None = None, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -m toolkit ARGS`` in a subprocess, output captured as text."""
    return subprocess.run([sys.executable, "-m", "toolkit", *map(str, args)], cwd=cwd or ROOT, capture_output=True,
                          text=True, timeout=300, env={**os.environ, **(env or {})})


def analyze(*args: str | os.PathLike, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """``analyze ARGS`` run by ``toolkit.cli.main`` in this process (in *cwd*), with the exit code the
    console script would exit with (argparse's exit included) and its stdout and stderr as text."""
    out, err = io.StringIO(), io.StringIO()
    here = os.getcwd()
    os.chdir(cwd or ROOT)  # (contextlib.chdir needs Python 3.11)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = cli.main(list(map(str, args)))
    except SystemExit as exc:
        code = exc.code
    finally:
        os.chdir(here)
    return subprocess.CompletedProcess(["analyze", *map(str, args)], code, out.getvalue(), err.getvalue())


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under *folder* (relative path -> bytes), to prove nothing was written."""
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def temp_files(folder: Path) -> list[str]:
    """Temporary files the atomic writer may have left behind."""
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(outputs.TEMP_SUFFIX))


def csv_files(out: Path) -> dict[str, bytes]:
    """Every CSV table of an output folder (name -> bytes)."""
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def write_small_corpus(root: Path) -> Path:
    """The 3-file corpus: alpha/one.txt, alpha/two.txt, beta/three.txt."""
    (root / "alpha").mkdir(parents=True)
    (root / "beta").mkdir()
    (root / "alpha" / "one.txt").write_text(ONE, encoding="utf-8")
    (root / "alpha" / "two.txt").write_text(TWO, encoding="utf-8")
    (root / "beta" / "three.txt").write_text(THREE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def small(tmp_path_factory) -> Path:
    return write_small_corpus(tmp_path_factory.mktemp("small") / "articles")


@pytest.fixture(scope="module")
def small_out(small, tmp_path_factory) -> Path:
    """One in-process run over the small corpus (local engine, default table formats)."""
    out = tmp_path_factory.mktemp("small_out") / "out"
    assert cli.main([str(small), "--out", str(out), "--engine", "local", "--no-progress"]) == 0
    return out


@pytest.fixture(scope="module")
def messy(tmp_path_factory) -> Path:
    """Good files, a hostile one (tags in the first line and the text), a binary file whose
    name is a tag, and a broken symlink (unreadable, even for root)."""
    root = write_small_corpus(tmp_path_factory.mktemp("messy") / "articles")
    (root / "alpha" / "hostile.txt").write_text(
        f"{XSS_SCRIPT} Oil {XSS_IMG}\n\nOil prices fell. {XSS_SCRIPT} Traders were worried. {XSS_IMG}\n", encoding="utf-8")
    (root / "beta" / f"{XSS_IMG}.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (root / "beta" / "gone.txt").symlink_to(root / "beta" / "does-not-exist.txt")
    return root


@pytest.fixture(scope="module")
def messy_out(messy, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("messy_out") / "out"
    assert cli.main([str(messy), "--out", str(out), "--engine", "local", "--no-progress", "--format", "csv"]) == 0
    return out


# 1. Tables, figures, report -------------------------------------------------------------

def test_writes_every_table_figure_report_and_manifest(small_out):
    names = {p.name for p in small_out.iterdir()}
    parquet = {f"{t}.parquet" for t in TABLES} if importlib.util.find_spec("pyarrow") else set()  # pyarrow is in the dev extra
    expected = ({f"{t}.csv" for t in TABLES} | parquet | {f"{f}.png" for f in FIGURES} | {"report.html", "manifest.json"})
    assert names == expected
    assert temp_files(small_out) == []
    for path in small_out.iterdir():  # mkstemp's 0600 is not kept: outputs get the usual umask mode
        assert path.stat().st_mode & 0o644 == 0o644, path.name


def test_csv_values_match_hand_derived_numbers(small_out):
    docs = read_csv(small_out / "documents.csv").set_index("id")
    assert docs.index.tolist() == ["alpha/one", "alpha/two", "beta/three"]
    assert docs["group"].tolist() == ["alpha", "alpha", "beta"]
    assert docs["words"].tolist() == [9, 10, 12]  # the headline's words count too
    assert docs["sentences"].tolist() == [3, 2, 4]  # the headline is a sentence of its own
    assert docs.loc["alpha/one", "title"] == "Markets rise"
    assert pd.isna(docs.loc["alpha/two", "title"])
    assert docs.loc["alpha/two", "top_keywords"].split(", ")[0] == "oil"  # "Oil" and "oil": 2

    keywords = read_csv(small_out / "keywords.csv").set_index("term")
    assert keywords.loc["oil", ["count", "doc_freq"]].tolist() == [4, 2]  # two: 2, three: 2
    assert keywords.loc["market", ["count", "doc_freq"]].tolist() == [2, 2]  # one, three ("markets" is another word)
    assert keywords.loc["markets", ["count", "doc_freq"]].tolist() == [1, 1]
    assert keywords.loc["oil", "per_10k"] == pytest.approx(4 * 10_000 / 31)
    assert keywords.loc["oil", "doc_share"] == pytest.approx(2 / 3)
    assert keywords.loc["oil", "rank"] == 1
    assert "the" not in keywords.index and "for" not in keywords.index  # stop words

    groups = read_csv(small_out / "sentiment_by_group.csv").set_index("group")
    assert groups["documents"].to_dict() == {"alpha": 2, "beta": 1}
    assert groups["sentences"].to_dict() == {"alpha": 5, "beta": 4}

    sentences = read_csv(small_out / "sentences.csv")
    assert len(sentences) == 9
    labels = dict(zip(zip(sentences["id"], sentences["sent_id"]), sentences["label"]))
    assert labels[("alpha/one", 2)] == "positive"  # "Investors were happy."
    assert labels[("alpha/two", 1)] == "negative"  # "Traders feared weak demand for oil."
    assert labels[("beta/three", 0)] == "neutral"  # "Oil falls"
    texts = dict(zip(zip(sentences["id"], sentences["sent_id"]), sentences["text"]))
    assert texts[("alpha/one", 2)] == "Investors were happy."
    assert texts[("alpha/two", 1)] == "Traders feared weak demand for oil."
    shares = groups.loc["alpha", ["share_positive", "share_negative", "share_neutral"]].tolist()
    assert shares == pytest.approx([1 / 5, 1 / 5, 3 / 5])

    keyness = read_csv(small_out / "group_keyness.csv").set_index(["group", "term"])
    assert keyness.loc[("beta", "oil"), "count"] == 2
    assert keyness.loc[("beta", "oil"), "per_10k"] == pytest.approx(2 * 10_000 / 12)  # beta: 12 words
    assert keyness.loc[("beta", "oil"), "ref_per_10k"] == pytest.approx(2 * 10_000 / 19)  # alpha: 9 + 10 words

    # TF-IDF of alpha/two (scikit-learn: idf = ln((1 + n) / (1 + df)) + 1, rows l2-normalised):
    # oil x2 (df 2), fell and prices (df 2), sharply, traders, feared, weak, demand (df 1)
    idf1, idf2 = math.log(4 / 2) + 1, math.log(4 / 3) + 1
    norm = math.sqrt((2 * idf2) ** 2 + 2 * idf2 ** 2 + 5 * idf1 ** 2)
    tfidf = read_csv(small_out / "distinctive_terms.csv")
    two = tfidf[tfidf["id"] == "alpha/two"].set_index("term")
    assert two.index[0] == "oil" and two.loc["oil", "count"] == 2
    assert two.loc["oil", "tfidf"] == pytest.approx(2 * idf2 / norm)
    assert two.loc["demand", "tfidf"] == pytest.approx(idf1 / norm)
    assert len(two) == 8
    assert read_csv(small_out / "problems.csv").empty and read_csv(small_out / "duplicates.csv").empty


def test_parquet_tables_equal_csv_and_carry_provenance(small_out):
    pq = pytest.importorskip("pyarrow.parquet")
    for name in TABLES:
        csv_table = read_csv(small_out / f"{name}.csv")
        parquet = pq.read_table(small_out / f"{name}.parquet")
        assert parquet.schema.metadata[b"toolkit_provenance"].decode() == provenance_line()
        frame = parquet.to_pandas()
        assert frame.columns.tolist() == csv_table.columns.tolist()
        assert len(frame) == len(csv_table)
    documents = pq.read_table(small_out / "documents.parquet").to_pandas()
    assert documents["words"].tolist() == [9, 10, 12]


def test_figures_are_real_pngs_with_content(small_out):
    from matplotlib.image import imread

    report = (small_out / "report.html").read_text(encoding="utf-8")
    for name in FIGURES:
        data = (small_out / f"{name}.png").read_bytes()
        assert data.startswith(b"\x89PNG\r\n\x1a\n")
        assert provenance_line().encode() in data  # tEXt metadata chunk
        pixels = imread(small_out / f"{name}.png")
        assert pixels.ndim == 3 and pixels.shape[0] > 200 and pixels.shape[1] > 300
        rows = np.ascontiguousarray(pixels.reshape(-1, pixels.shape[2]))  # one row per pixel: its colour
        colours = np.unique(rows.view(np.dtype((np.void, rows.itemsize * rows.shape[1]))))  # (axis=0 sorts 10x slower)
        assert len(colours) > 10, name  # bars, text and anti-aliasing, not a blank canvas
        assert base64.b64encode(data).decode() in report  # embedded: the report stands alone


def test_report_is_self_contained(small_out):
    report = (small_out / "report.html").read_text(encoding="utf-8")
    assert report.startswith("<!DOCTYPE html>") and report.rstrip().endswith("</html>")
    assert "<script" not in report.lower() and "<link" not in report.lower()
    assert re.findall(r'src="([^"]{0,22})', report) == ["data:image/png;base64,"] * len(FIGURES)
    assert "Markets rise" in report and "alpha/two" in report
    assert "3 documents from" in report


def test_report_escapes_every_text(messy_out):
    report = (messy_out / "report.html").read_text(encoding="utf-8")
    docs = read_csv(messy_out / "documents.csv").set_index("id")
    assert docs.loc["alpha/hostile", "title"] == f"{XSS_SCRIPT} Oil {XSS_IMG}"  # the first line, kept verbatim
    for tag in (XSS_SCRIPT, XSS_IMG):
        assert tag not in report
        assert html.escape(tag, quote=False) in report
    assert "<script" not in report.lower()
    assert re.findall(r"<[^>]*onerror", report) == []  # no tag carries an event handler
    assert len(re.findall(r"<img ", report)) == len(FIGURES)  # only the embedded figures
    # the binary file named like a tag is listed, escaped, among the problems
    assert f"{html.escape(XSS_IMG, quote=False)}.txt" in report


# 4 (part). One bad file among good ones -----------------------------------------------

def test_bad_files_among_good_ones_are_reported_and_run_succeeds(messy_out):
    problems = read_csv(messy_out / "problems.csv")
    by_name = {Path(p).name: problem for p, problem in zip(problems["path"], problems["problem"])}
    assert set(by_name) == {f"{XSS_IMG}.txt", "gone.txt"}
    assert by_name[f"{XSS_IMG}.txt"].startswith("binary file")
    assert by_name["gone.txt"].startswith("unreadable")
    docs = read_csv(messy_out / "documents.csv")
    assert sorted(docs["id"]) == ["alpha/hostile", "alpha/one", "alpha/two", "beta/three"]
    manifest = json.loads((messy_out / "manifest.json").read_text(encoding="utf-8"))
    assert (manifest["documents"], manifest["problems"], manifest["complete"]) == (4, 2, True)


def test_unreadable_file_chmod_000(tmp_path):
    root = write_small_corpus(tmp_path / "articles")
    locked = root / "beta" / "locked.txt"
    locked.write_text("Secret\n\nNobody may read this.\n", encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):
        pytest.skip("running as root: chmod 000 does not stop reading (the broken-symlink case covers unreadable files)")
    out = tmp_path / "out"
    assert cli.main([str(root), "--out", str(out), "--engine", "local", "--no-progress", "--format", "csv"]) == 0
    problems = read_csv(out / "problems.csv")
    assert problems["path"].map(lambda p: Path(p).name).tolist() == ["locked.txt"]
    assert problems["problem"].iloc[0].startswith("unreadable")
    assert len(read_csv(out / "documents.csv")) == 3


# 3. Provenance in every output; byte-identical CSVs across runs and engines ------------

def test_resource_versions_recorded_in_every_output(small_out):
    resources = versions()
    line = provenance_line()
    assert not re.search(r"\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}", line)  # nothing run-dependent in it
    for value in resources.values():
        assert value in line
    for name in TABLES:  # plain CSV: the header row first, no comment line (issue 11, item 13)
        first = (small_out / f"{name}.csv").read_text(encoding="utf-8").split("\n", 1)[0]
        assert not first.startswith("#") and first.split(",") == pd.read_csv(small_out / f"{name}.csv").columns.tolist()
    manifest = json.loads((small_out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["resources"] == resources
    assert manifest["toolkit"] == resources["toolkit"]
    report = html.unescape((small_out / "report.html").read_text(encoding="utf-8"))
    for value in resources.values():
        assert value in report
    # run times live in the manifest only
    assert manifest["complete"] is True and manifest["seconds"] >= 0
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00", manifest["started"])
    assert manifest["files"] == {p.name: hashlib.sha256(p.read_bytes()).hexdigest()
                                 for p in small_out.iterdir() if p.name != "manifest.json"}


def test_csv_byte_identical_across_runs_and_process_pool(tmp_path):
    """Enough documents for a real process pool, run in a subprocess with another hash seed (and its
    progress bar on the real stderr of the ``python -m toolkit`` process)."""
    root = tmp_path / "many"
    words = ("budget", "election", "striker", "gadget", "premiere", "tariff", "vaccine")
    bases = (ONE, TWO, THREE)
    n_docs = MIN_DOCS_FOR_PROCESSES + 10
    for n in range(n_docs):
        folder = root / ("alpha" if n % 2 else "beta")
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"doc{n:03d}.txt").write_text(f"Item {n} {words[n % 7]}\n\n{bases[n % 3]}It was {words[n % 5]}.\n",
                                                encoding="utf-8")
    common = ["--format", "csv", "--workers", "2"]
    assert cli.main([str(root), "--out", str(tmp_path / "local"), "--engine", "local", "--no-progress", *common]) == 0
    proc = run_cli(root, "--out", tmp_path / "processes", "--engine", "processes", *common, env={"PYTHONHASHSEED": "12345"})
    assert proc.returncode == 0, proc.stderr
    assert re.search(rf"analysing: 100%\|[^|]*\| {n_docs}/{n_docs}", proc.stderr)
    assert "loading: 100%" in proc.stderr and proc.stdout == ""
    reference = csv_files(tmp_path / "local")
    assert set(reference) == {f"{t}.csv" for t in TABLES}
    assert len(read_csv(tmp_path / "local" / "documents.csv")) == n_docs
    assert csv_files(tmp_path / "processes") == reference
    assert json.loads((tmp_path / "processes" / "manifest.json").read_text(encoding="utf-8"))["engine"] == "processes"


def test_csv_byte_identical_on_dask(small, small_out, tmp_path):
    """Dask's own process scheduler, and a Dask scheduler address (--scheduler, from a
    subprocess so that no process forks while this one runs the cluster's threads)."""
    from distributed import LocalCluster

    common = ["--no-progress", "--format", "csv", "--workers", "2"]
    assert cli.main([str(small), "--out", str(tmp_path / "dask"), "--engine", "dask", *common]) == 0
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False, protocol="tcp", host="127.0.0.1",
                      dashboard_address=None) as cluster:
        proc = run_cli(small, "--out", tmp_path / "scheduler", "--scheduler", cluster.scheduler_address, *common)
        assert proc.returncode == 0, proc.stderr
    reference = csv_files(small_out)
    assert len(reference) == len(TABLES)
    for name in ("dask", "scheduler"):
        assert csv_files(tmp_path / name) == reference, name
        assert json.loads((tmp_path / name / "manifest.json").read_text(encoding="utf-8"))["engine"] == "dask"


# 2. Progress bar -------------------------------------------------------------------------

def test_progress_bar_on_stderr_unless_disabled(small, small_out, tmp_path):
    """(A real process's stderr: test_csv_byte_identical_across_runs_and_process_pool.)"""
    shown = analyze(small, "--out", tmp_path / "a", "--engine", "local", "--format", "csv")
    assert shown.returncode == 0, shown.stderr
    assert re.search(r"analysing: 100%\|[^|]*\| 3/3", shown.stderr)
    assert "loading: 100%" in shown.stderr
    assert shown.stdout == ""
    hidden = analyze(small, "--out", tmp_path / "b", "--engine", "local", "--format", "csv", "--no-progress")
    assert hidden.returncode == 0, hidden.stderr
    assert "analysing" not in hidden.stderr and "%|" not in hidden.stderr
    assert "loaded 3 documents" in hidden.stderr  # the plain log lines stay
    assert csv_files(tmp_path / "a") == csv_files(tmp_path / "b")  # other runs: same bytes
    assert csv_files(tmp_path / "a") == csv_files(small_out)


# 4. Bad input: clear messages and exit codes ----------------------------------------------

def test_nonexistent_path_exits_1(small, tmp_path):
    proc = run_cli(small, tmp_path / "no-such-folder", "--out", tmp_path / "out")
    assert proc.returncode == 1
    assert f"no such file or folder: {tmp_path / 'no-such-folder'}" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_folder_without_texts_exits_1(tmp_path):
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "README.md").write_text("Not a text to analyse.", encoding="utf-8")
    (empty / "data.json").write_text("{}", encoding="utf-8")
    proc = analyze(empty, "--out", tmp_path / "out")
    assert proc.returncode == 1
    assert "analyze: error: no .txt/" in proc.stderr and str(empty) in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


def test_every_file_bad_exits_1(tmp_path):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (bad / "blank.txt").write_text("   \n\n", encoding="utf-8")
    proc = analyze(bad, "--out", tmp_path / "out", "--no-progress")
    assert proc.returncode == 1
    assert "no document could be analysed: 2 inputs skipped" in proc.stderr
    assert "image.txt: binary file" in proc.stderr and "blank.txt: empty" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("args, message", [
    (["--engine", "bogus"], "invalid choice: 'bogus'"),
    (["--workers", "0"], "--workers must be at least 1"),
    (["--top", "0"], "--top must be at least 1"),
    (["--group", "month"], "invalid choice: 'month'"),
    (["--no-such-option"], "unrecognized arguments: --no-such-option"),
])
def test_bad_arguments_exit_2(small, tmp_path, args, message):
    proc = run_cli(small, "--out", tmp_path / "out", *args)
    assert proc.returncode == 2
    assert message in proc.stderr and "usage: analyze" in proc.stderr
    assert not (tmp_path / "out").exists()


def test_missing_out_and_wrong_text_column_exit_2(small, tmp_path):
    proc = run_cli(small)
    assert proc.returncode == 2 and "the following arguments are required: --out" in proc.stderr
    rows = tmp_path / "rows.csv"
    rows.write_text("id,body\n1,Markets rose today.\n", encoding="utf-8")
    proc = run_cli(rows, "--out", tmp_path / "out")
    assert proc.returncode == 2
    assert "has no column 'text'" in proc.stderr and "Traceback" not in proc.stderr
    assert not (tmp_path / "out").exists()
    assert analyze(rows, "--out", tmp_path / "out", "--text-col", "body", "--no-progress").returncode == 0
    assert read_csv(tmp_path / "out" / "documents.csv")["words"].tolist() == [3]


# 5. Never writes into inputs, seeds/ or user data; atomic writes -------------------------

@pytest.mark.parametrize("target", ["seeds/x", "seeds"])
def test_refuses_to_write_into_seeds(small, target):
    before = snapshot(SEEDS)
    proc = analyze(small, "--out", target, cwd=ROOT)
    assert proc.returncode == 2
    assert "refusing to write into" in proc.stderr and "choose an --out folder elsewhere" in proc.stderr
    assert snapshot(SEEDS) == before
    assert not (ROOT / "seeds" / "x").exists()


def test_refuses_to_write_into_the_input(small, tmp_path):
    before = snapshot(small)
    for out in (small / "sub", small / "alpha" / "results", small):
        proc = analyze(small, "--out", out)
        assert proc.returncode == 2, out
        assert "refusing to write" in proc.stderr
    single = small / "alpha" / "one.txt"  # a file input: not beside it either
    proc = analyze(single, "--out", single.parent)
    assert proc.returncode == 2 and "it holds the input one.txt" in proc.stderr
    assert snapshot(small) == before
    assert not (small / "sub").exists() and not (small / "alpha" / "results").exists()


def test_refuses_non_empty_folder_that_is_not_an_output(small, tmp_path):
    user = tmp_path / "thesis"
    user.mkdir()
    (user / "chapter1.docx").write_bytes(b"my only copy")
    (user / "manifest.json").write_text('{"name": "my-app", "version": "1.0"}', encoding="utf-8")  # not ours
    before = snapshot(user)
    proc = analyze(small, "--out", user)
    assert proc.returncode == 2
    assert "is not empty and is not a previous toolkit output" in proc.stderr
    assert snapshot(user) == before


def test_reuses_a_previous_output_and_removes_only_its_stale_files(small, tmp_path):
    pytest.importorskip("pyarrow")
    out = tmp_path / "out"
    assert cli.main([str(small), "--out", str(out), "--engine", "local", "--no-progress", "--format", "both"]) == 0
    assert (out / "group_keyness.csv").exists()  # two groups
    (out / "my_notes.txt").write_text("keep me", encoding="utf-8")
    (out / "documents.parquet").write_bytes(b"edited by the user")
    one_group = tmp_path / "beta_only"
    one_group.mkdir()
    (one_group / "three.txt").write_text(THREE, encoding="utf-8")
    assert cli.main([str(one_group), "--out", str(out), "--engine", "local", "--no-progress", "--format", "csv"]) == 0
    assert not (out / "group_keyness.csv").exists()  # the previous run's files, not written this time
    assert not (out / "keywords.parquet").exists()
    assert (out / "documents.parquet").read_bytes() == b"edited by the user"  # changed since: kept
    assert (out / "my_notes.txt").read_text(encoding="utf-8") == "keep me"
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["documents"] == 1 and "group_keyness.csv" not in manifest["files"]
    assert read_csv(out / "documents.csv")["id"].tolist() == ["three"]


def test_atomic_write_failing_midway_leaves_nothing(tmp_path, monkeypatch):
    target = tmp_path / "table.csv"
    real_fdopen = os.fdopen

    class HalfThenFull:
        """A file that takes half the data, then reports a full disk."""

        def __init__(self, fh):
            self.fh = fh

        def __enter__(self):
            return self

        def __exit__(self, *exc) -> bool:
            self.fh.close()
            return False

        def write(self, data: bytes) -> int:
            self.fh.write(data[: len(data) // 2])
            self.fh.flush()
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(outputs.os, "fdopen", lambda fd, mode="r", *a, **k: HalfThenFull(real_fdopen(fd, mode, *a, **k)))
    with pytest.raises(OSError, match="No space left"):
        outputs.atomic_write_text(target, "a,b\n" * 1000)
    assert not target.exists()
    assert list(tmp_path.iterdir()) == []
    # an existing file is left exactly as it was
    monkeypatch.undo()
    outputs.atomic_write_text(target, "old,complete\n")
    monkeypatch.setattr(outputs.os, "fdopen", lambda fd, mode="r", *a, **k: HalfThenFull(real_fdopen(fd, mode, *a, **k)))
    with pytest.raises(OSError):
        outputs.atomic_write_text(target, "new,content\n" * 1000)
    assert target.read_text(encoding="utf-8") == "old,complete\n"
    assert [p.name for p in tmp_path.iterdir()] == ["table.csv"]


@pytest.mark.parametrize("failure, code", [(OSError(errno.ENOSPC, "No space left on device"), 1), (KeyboardInterrupt(), 130)])
def test_interrupted_run_leaves_the_previous_output_as_it_was(small, tmp_path, monkeypatch, capsys, failure, code):
    out = tmp_path / "out"
    args = [str(small), "--out", str(out), "--engine", "local", "--no-progress", "--format", "csv"]
    real_replace = os.replace

    def replace(src, dst):
        if Path(dst).name == "keywords.csv":
            raise failure
        return real_replace(src, dst)

    monkeypatch.setattr(outputs.os, "replace", replace)
    assert cli.main(args) == code  # a first run interrupted: nothing at all
    assert not out.exists() and sorted(p.name for p in tmp_path.iterdir()) == []
    monkeypatch.undo()
    assert cli.main(args) == 0
    before = snapshot(out)
    monkeypatch.setattr(outputs.os, "replace", replace)
    assert cli.main(args) == code  # a second run interrupted: the first run's output, whole
    monkeypatch.undo()
    assert "analyze:" in capsys.readouterr().err
    assert snapshot(out) == before and sorted(p.name for p in tmp_path.iterdir()) == ["out"]
    assert temp_files(out) == []
    assert read_csv(out / "documents.csv")["words"].tolist() == [9, 10, 12]
    assert json.loads((out / "manifest.json").read_text(encoding="utf-8"))["complete"] is True
    # the next run reuses the folder
    assert cli.main(args) == 0
    assert read_csv(out / "keywords.csv").set_index("term").loc["oil", "count"] == 4


# 6. The BBC news sample -------------------------------------------------------------------

def test_news_sample_by_prefix(news_dir, tmp_path):
    out = tmp_path / "news"
    proc = analyze(news_dir, "--out", out, "--group", "prefix", "--engine", "processes", "--workers", "2",
                   "--keep-duplicates", "--no-progress", "--format", "csv")
    assert proc.returncode == 0, proc.stderr
    docs = read_csv(out / "documents.csv")
    assert len(docs) == 200
    assert docs["group"].value_counts().to_dict() == {g: 40 for g in ("business", "entertainment", "politics", "sport", "tech")}
    assert docs["id"].str.split("_").str[0].eq(docs["group"]).all()
    assert (docs["words"] > 50).all() and (docs["sentences"] > 3).all()
    groups = read_csv(out / "sentiment_by_group.csv")
    assert groups["group"].tolist() == ["business", "entertainment", "politics", "sport", "tech"]
    assert groups["documents"].tolist() == [40] * 5
    assert groups["sentences"].sum() == docs["sentences"].sum() == len(read_csv(out / "sentences.csv"))
    keyness = read_csv(out / "group_keyness.csv")
    assert sorted(keyness["group"].unique()) == groups["group"].tolist()
    assert len(read_csv(out / "duplicates.csv")) == 2  # listed even when kept
    report = (out / "report.html").read_text(encoding="utf-8")
    assert "200 documents from" in report
