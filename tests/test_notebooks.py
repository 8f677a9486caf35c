"""Every notebook runs headlessly (nbclient) on the seed article and on a second, different text
(the corpus notebook on the seed folder and on a second corpus), and is committed thin,
parameterised and without outputs."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

# nbformat (and jsonschema with it, ~0.3 s of CPU) is imported in the functions that use it: every
# pytest-xdist worker collects this file, and only one runs it.

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
NEWS = ROOT.parent / "shared" / "data" / "news_sample"
WIDGET_MIME = "application/vnd.jupyter.widget-view+json"

# A short article unlike the seed: other names, another topic, an ampersand and a quote.
OTHER_ARTICLE = """Harbour towns brace for record spring tides

Engineers in Portsmouth and Southampton worked through the night on Friday to raise flood barriers, as
forecasters warned that Sunday's tide could be the highest in forty years.

"We are ready, but we are not complacent," said Maria Alvarez, who leads the Solent Flood Partnership.
The Environment Agency said the new barriers had cost far less than feared and praised the volunteers.

Residents of Gosport were less happy. Several shop owners complained that sandbags arrived late & that
nobody explained the evacuation routes. Alvarez promised a public meeting on Monday in Gosport.

Insurers, including Aviva, expect claims to stay modest if the barriers hold. Portsmouth council will
publish a full report in June.
"""

# The corpus notebook's default parameters, and the first lines every other notebook's parameters cell holds.
CORPUS_NOTEBOOK = "07_corpus"
DEFAULTS = {CORPUS_NOTEBOOK: ['path = "../seeds/state_union"', 'group, meta = "president", "speeches"']}
DEFAULT = ['path = "../seeds/iran_israel_tensions.txt"']

# A second corpus when the BBC sample is absent: two groups (sub-folders) with words of their own.
GENERATED_CORPUS = {
    "tides/portsmouth.txt": OTHER_ARTICLE,
    "tides/gosport.txt": "Gosport residents filled sandbags before the spring tide.\n\nThe flood barriers held and the "
                         "tide stayed below the harbour wall. Volunteers were thanked for the sandbags.",
    "markets/london.txt": "Markets rallied on Friday. Traders in London cheered the news.\n\n"
                          "Analysts at Barclays warned the gains in shares could fade by the summer.",
    "markets/frankfurt.txt": "Shares fell in Frankfurt as traders sold bank stocks.\n\nAnalysts said the markets "
                             "were nervous ahead of the interest rate decision.",
}


def test_the_notebooks_are_there():
    names = [p.name for p in NOTEBOOKS]
    assert names[0] == "00_start_here.ipynb"
    assert {"01_keywords.ipynb", "02_sentiment.ipynb", "03_concordance.ipynb", "04_your_own_text.ipynb",
            f"{CORPUS_NOTEBOOK}.ipynb"} <= set(names)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_thin_parameterised_and_stripped(path):
    import nbformat

    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    first = nb.cells[0]
    assert first.cell_type == "code" and "parameters" in first.metadata.get("tags", [])
    for line in DEFAULTS.get(path.stem, DEFAULT):
        assert line in first.source.splitlines(), f"{path.name}: the parameters cell should hold {line}"
    assert nb.metadata.kernelspec.name == "python3"
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, f"{path.name}: strip outputs (make strip)"
            lines = [ln for ln in cell.source.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
            assert len(lines) <= 3, f"{path.name}: keep code cells to a line or two calling toolkit:\n{cell.source}"
    text = json.dumps(nb)
    assert "nltk.download" not in text and "nltk_data" not in text


@pytest.fixture(scope="module")
def other_texts(tmp_path_factory):
    """A second text for every notebook: a temporary article (and a folder of two texts for 04), and
    a second corpus for the corpus notebook: the news sample grouped by file-name prefix when it is
    there, else a generated folder of two groups."""
    folder = tmp_path_factory.mktemp("other")
    article = folder / "tides.txt"
    article.write_text(OTHER_ARTICLE, encoding="utf-8")
    corpus = folder / "corpus"
    corpus.mkdir()
    shutil.copy(article, corpus / "a_tides.txt")
    news = sorted(NEWS.glob("politics_*.txt"))[:1] if NEWS.is_dir() else []
    if news:
        shutil.copy(news[0], corpus / "b_news.txt")
    else:
        (corpus / "b_note.md").write_text("Markets rallied on Friday. Traders in London cheered the news.\n\n"
                                          "Analysts at Barclays warned the gains could fade.", encoding="utf-8")
    if NEWS.is_dir():
        many = {"path": str(NEWS), "group": "prefix", "marker": "entertainment"}
    else:
        root = folder / "generated_corpus"
        for name, text in GENERATED_CORPUS.items():
            (root / name).parent.mkdir(parents=True, exist_ok=True)
            (root / name).write_text(text, encoding="utf-8")
        many = {"path": str(root), "group": "folder", "marker": "tides"}
    return {"file": article, "folder": corpus, "corpus": many}


def client_for(path: Path, text_path: str | None, km=None, **parameters):
    """A client for a copy of the notebook, run in its folder (so relative paths work), with
    *text_path* (and any other *parameters*, e.g. ``group="prefix"``) injected into the parameters
    cell; on the kernel of *km* when given (the kernel then outlives the run)."""
    import nbformat
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    if text_path is not None:
        params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
        params.source = "\n".join(f"{name} = {value!r}" for name, value in {"path": text_path, **parameters}.items())
    return NotebookClient(nb, km=km, timeout=180, kernel_name="python3", allow_errors=False,
                          resources={"metadata": {"path": str(path.parent)}})


# Run between two notebooks on one kernel: no figures, no widgets left over, then a fresh namespace.
# %reset ends with a full garbage collection (about 0.3 s of CPU with the toolkit, pandas and matplotlib
# loaded); gc.freeze() then moves what survived (modules, their caches) out of the collector's sight, so
# each later %reset walks only what the last notebook made.
RESET = ("import matplotlib.pyplot as _plt, ipywidgets as _w\n_plt.close('all'); _w.Widget.close_all()\n%reset -f\n"
         "__import__('gc').freeze()")
# One kernel per core: two when this file runs alone; one under pytest-xdist, whose other worker keeps
# the other core busy (a second kernel then only repeats the imports and warm-up: about 6 s of CPU).
KERNELS = 1 if os.environ.get("PYTEST_XDIST_WORKER") else 2


@pytest.fixture(scope="module")
def executed(other_texts, tmp_path_factory):
    """Run all notebooks on both texts, and keep each executed notebook or the exception it raised.

    A kernel's start and its first imports (the toolkit, pandas, matplotlib, ipywidgets, the entity
    gazetteers) cost more CPU than most notebooks' own work, so a few kernels are shared: each runs
    notebooks one after another, with RESET in between (the namespace, figures and widgets go;
    imported modules stay, as they would in an analyst's session).  All notebooks live in one
    folder, so the kernel's working folder is right for each.  The kernels talk over IPC sockets
    in a temporary folder (no TCP ports, and no "running over TCP without encryption" warning)."""
    import asyncio

    import nbformat
    from jupyter_client.manager import AsyncKernelManager
    from nbclient import NotebookClient

    jobs = {}
    for path in NOTEBOOKS:
        jobs[(path.stem, "seed")] = (path, None, {})
        if path.stem == CORPUS_NOTEBOOK:
            many = other_texts["corpus"]
            jobs[(path.stem, "other")] = (path, many["path"], dict(group=many["group"], meta=None, compare=many["group"],
                                                                   era="group", terms="tide, markets"))
            continue
        other = other_texts["folder"] if path.stem == "04_your_own_text" else other_texts["file"]
        jobs[(path.stem, "other")] = (path, str(other), {})
    reset = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(RESET)])
    sockets = tmp_path_factory.mktemp("kernel-sockets")

    async def run_all():
        queue = list(jobs)
        done = {}

        async def kernel(number: int):
            km = AsyncKernelManager(kernel_name="python3", transport="ipc", ip=str(sockets / f"kernel{number}"))
            await km.start_kernel(cwd=str(NOTEBOOKS[0].parent))
            kc = None
            try:
                while queue:
                    key = queue.pop(0)
                    path, text_path, parameters = jobs[key]
                    if kc is None:  # one client per kernel: a new one waits ~0.2 s for its channels to settle
                        kc = km.client()
                        kc.start_channels()
                        await kc.wait_for_ready(timeout=60)
                    client = client_for(path, text_path, km=km, **parameters)
                    client.kc = kc  # (nbclient matches replies and outputs to its own requests)
                    try:
                        done[key] = await client.async_execute()
                    except BaseException as exc:  # kept, and raised by the test of that notebook
                        done[key] = exc
                    if not await km.is_alive():
                        kc.stop_channels()
                        kc = None
                        await km.restart_kernel(now=True)
                        continue  # a new kernel: nothing to clean
                    cleaner = NotebookClient(nbformat.from_dict(reset), km=km, timeout=60, kernel_name="python3")
                    cleaner.kc = kc
                    await cleaner.async_execute()
            finally:
                if kc is not None:
                    kc.stop_channels()
                await km.shutdown_kernel(now=True)

        await asyncio.gather(*(kernel(number) for number in range(KERNELS)))
        return done

    return asyncio.run(run_all())


def outputs(nb, mime: str) -> list:
    return [o["data"][mime] for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if o.output_type in ("execute_result", "display_data") and mime in o.get("data", {})]


@pytest.mark.slow
@pytest.mark.parametrize("text", ["seed", "other"])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_headlessly(path, text, executed, other_texts):
    nb = executed[(path.stem, text)]
    if isinstance(nb, BaseException):
        raise nb
    code_cells = [c for c in nb.cells if c.cell_type == "code"]
    assert all(c.execution_count for c in code_cells), "every code cell ran"
    assert not [o for c in code_cells for o in c.outputs if o.output_type == "error"]
    assert outputs(nb, WIDGET_MIME), "the explorer panels should display as widgets"
    shown = json.dumps([c.outputs for c in code_cells])
    state = json.dumps(nb.metadata.get("widgets", {}))  # what the panels rendered (saved widget state)
    assert "Traceback" not in shown + state and "tk-msg error" not in state
    assert "tk-table" in state or "tk-facts" in state  # the panels' tables were rendered
    if text == "other":
        marker = other_texts["corpus"]["marker"] if path.stem == CORPUS_NOTEBOOK else "tides"
        assert marker in shown  # the injected text was analysed, not the seed
    stderr = [o.get("text", "") for c in code_cells for o in c.outputs
              if o.output_type == "stream" and o.get("name") == "stderr"]
    assert not [s for s in stderr if "Error" in s or "Warning" in s], stderr


@pytest.mark.slow
def test_corpus_notebook_compares_groups_only_when_there_are_two(executed, other_texts):
    """On the State of the Union (the default) every view has something to show: presidents,
    parties and decades compared, keyness between eras, trend lines; on the second corpus it
    ranks words and every group shows up in the sentiment table."""
    seed, other = executed[(CORPUS_NOTEBOOK, "seed")], executed[(CORPUS_NOTEBOOK, "other")]
    for nb in (seed, other):
        if isinstance(nb, BaseException):
            raise nb
    seed_state = json.dumps(seed.metadata.get("widgets", {}))
    other_state = json.dumps(other.metadata.get("widgets", {}))
    assert "needs at least two groups" not in seed_state and "tk-msg error" not in seed_state
    assert "needs at least two groups" not in other_state
    for shown in ("1980-Carter", "Ronald Reagan", "Democratic", "Republican", "2000s", "1940s", "soviet*"):
        assert shown in seed_state, shown  # documents, presidents, parties, eras, trend terms
    assert "Export" in seed_state
    groups = ["business", "entertainment", "politics", "sport", "tech"] if NEWS.is_dir() else ["markets", "tides"]
    shown = json.dumps([c.outputs for c in other.cells if c.cell_type == "code"])
    assert all(g in shown for g in groups)
    assert "G²" in other_state or "G\\u00b2" in other_state  # the keyness table was rendered


def _seed_run(executed, stem: str):
    nb = executed[(stem, "seed")]
    if isinstance(nb, BaseException):
        raise nb
    return nb


@pytest.mark.slow
def test_validation_notebook_shows_the_table(executed):
    """Notebook 05 on its defaults (moved here from tests/test_validation.py, so it runs once)."""
    from test_validation import EXPECTED
    from toolkit.analysis.validation import PAPER_TABLE4

    nb = _seed_run(executed, "05_validation")
    texts = [o.get("data", {}).get("text/plain", "") + o.get("text", "")
             for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    table = next(t for t in texts if "pearson_r" in t)
    for name, (r, *_rest) in EXPECTED.items():
        assert name in table and f"{round(r, 3):.3f}" in table and f"{PAPER_TABLE4[name]:.3f}" in table
    images = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if "image/png" in o.get("data", {})]
    assert len(images) == 1  # the four scatter plots, side by side


@pytest.mark.slow
def test_second_opinion_notebook_shows_the_disagreements(executed):
    """Notebook 06 on its defaults (moved here from tests/test_compare.py, so it runs once)."""
    nb = _seed_run(executed, "06_second_opinion")
    outs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outs if o.output_type == "error"]
    printed = "".join(o.get("text", "") for o in outs if o.output_type == "stream")
    assert "iran_israel_tensions.txt: 20 sentences; VADER and TextBlob agree on 50% of them" in printed
    assert any("application/vnd.jupyter.widget-view+json" in o.get("data", {}) for o in outs)
    state = json.dumps(nb.metadata.get("widgets", {}))
    assert "tk-disagree" in state and "heightened fears of escalating conflict" in state
