"""Every notebook runs headlessly (nbclient) on the seed article and on a second, different text,
and is committed thin, parameterised and without outputs."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import nbformat
import pytest

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


def test_the_notebooks_are_there():
    names = [p.name for p in NOTEBOOKS]
    assert names[0] == "00_start_here.ipynb"
    assert {"01_keywords.ipynb", "02_sentiment.ipynb", "03_concordance.ipynb", "04_your_own_text.ipynb"} <= set(names)


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_thin_parameterised_and_stripped(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    first = nb.cells[0]
    assert first.cell_type == "code" and "parameters" in first.metadata.get("tags", [])
    assert 'path = "../seeds/iran_israel_tensions.txt"' in first.source
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
    """A second text for every notebook: a temporary article (and a folder of two texts for 04)."""
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
    return {"file": article, "folder": corpus}


def client_for(path: Path, text_path: str | None):
    """A client for a copy of the notebook, run in its own folder (so relative paths work),
    with *text_path* injected into the parameters cell."""
    from nbclient import NotebookClient

    nb = nbformat.read(path, as_version=4)
    if text_path is not None:
        params = next(c for c in nb.cells if "parameters" in c.metadata.get("tags", []))
        params.source = f"path = {text_path!r}"
    return NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=False,
                          resources={"metadata": {"path": str(path.parent)}})


@pytest.fixture(scope="module")
def executed(other_texts):
    """Run all notebooks on both texts, a few kernels at a time (most of a run is waiting for a
    kernel to start), and keep each executed notebook or the exception it raised."""
    import asyncio

    jobs = {}
    for path in NOTEBOOKS:
        jobs[(path.stem, "seed")] = client_for(path, None)
        other = other_texts["folder"] if path.stem == "04_your_own_text" else other_texts["file"]
        jobs[(path.stem, "other")] = client_for(path, str(other))

    async def run_all():
        gate = asyncio.Semaphore(3)

        async def run(client):
            async with gate:
                await client.async_execute()
                return client.nb

        return await asyncio.gather(*(run(c) for c in jobs.values()), return_exceptions=True)

    return dict(zip(jobs, asyncio.run(run_all())))


def outputs(nb, mime: str) -> list:
    return [o["data"][mime] for c in nb.cells if c.cell_type == "code" for o in c.outputs
            if o.output_type in ("execute_result", "display_data") and mime in o.get("data", {})]


@pytest.mark.slow
@pytest.mark.parametrize("text", ["seed", "other"])
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_headlessly(path, text, executed):
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
        assert "tides" in shown  # the injected text was analysed, not the seed
    stderr = [o.get("text", "") for c in code_cells for o in c.outputs
              if o.output_type == "stream" and o.get("name") == "stderr"]
    assert not [s for s in stderr if "Error" in s or "Warning" in s], stderr
