"""Every panel's Export: the table as CSV (equal to ``panel.data``), the figure as PNG (a valid image
of the size shown) and SVG, the settings as JSON; unique names, never overwriting, never into
seeds/ or the input folder."""
from __future__ import annotations

import io
import json
import time
import warnings
from pathlib import Path

import pandas as pd
import pytest
from PIL import Image

import toolkit as tk
from toolkit import widgets as ui
from toolkit.widgets import panels as P
from toolkit.widgets.corpus import CorpusDocuments, CorpusKeyness, CorpusSentiment, CorpusTerms
from toolkit.widgets.trends import CorpusTrends

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "iran_israel_tensions.txt"
TEXTS = {
    "1979-carter.txt": "Iran held the hostages. The crisis in Iran deepened and talks failed.",
    "1980-carter.txt": "Iran and the Soviet Union worried the nation. We will not yield to Iran.",
    "1981-reagan.txt": "The Soviet threat is real. Our economy will grow and prosper.",
    "2002-bush.txt": "Terrorists threaten us. Iran, Iraq and North Korea form an axis of evil.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("speeches")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return tk.load_corpus(folder, group="decade")


def doc_panels():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return [ui.keywords(SEED, top=7), ui.sentiment(SEED, term="Iran"), ui.concordance(SEED, term="Israel"),
                ui.overview(SEED)]


def corpus_panels(corpus):
    return [CorpusDocuments(corpus), CorpusTerms(corpus, term="iran"), CorpusSentiment(corpus),
            CorpusKeyness(corpus, a="1980s", b="1970s", min_count=1), CorpusTrends(corpus, terms="iran, soviet")]


def shown_size(panel) -> tuple[int, int]:
    return Image.open(io.BytesIO(panel.chart.value)).size


def check_export(panel, folder: Path):
    paths = panel.export(folder)
    assert [p.suffix for p in paths] == [".csv", ".png", ".svg", ".json"]
    assert len({p.stem for p in paths}) == 1 and all(p.parent == folder for p in paths)
    table = pd.read_csv(paths[0], keep_default_na=False, na_values=[""])
    expected = panel.data.reset_index(drop=True)
    assert list(table.columns) == [str(c) for c in expected.columns] and len(table) == len(expected)
    expected = pd.read_csv(io.StringIO(expected.to_csv(index=False)), keep_default_na=False, na_values=[""])
    pd.testing.assert_frame_equal(table, expected)
    for column in panel.data.columns:  # the values themselves, not only the CSV round trip
        if pd.api.types.is_numeric_dtype(panel.data[column]) and len(panel.data):
            assert table[str(column)].astype(float).round(6).tolist() == pytest.approx(
                panel.data[column].astype(float).round(6).tolist(), nan_ok=True)
    with Image.open(paths[1]) as image:
        image.verify()
    with Image.open(paths[1]) as image:
        w, h = panel.figure.get_size_inches() * P.DPI
        assert image.format == "PNG" and image.size == (round(w), round(h)) == shown_size(panel)
    svg = paths[2].read_text(encoding="utf-8")
    assert svg.lstrip().startswith("<?xml") and "<svg" in svg
    settings = json.loads(paths[3].read_text(encoding="utf-8"))
    assert settings["panel"] == type(panel).__name__ and settings["files"] == [p.name for p in paths[:3]]
    return paths, settings


def test_every_document_panel_exports(tmp_path):
    for panel in doc_panels():
        check_export(panel, tmp_path / "out")


def test_every_corpus_panel_exports(corpus, tmp_path):
    panels = corpus_panels(corpus)  # built once (counting them built all five again)
    for panel in panels:
        assert panel.error is None, panel.error
        check_export(panel, tmp_path / "out")
    assert len(list((tmp_path / "out").iterdir())) == 4 * len(panels)


def test_settings_hold_the_controls(tmp_path):
    panel = ui.keywords(SEED)
    panel.top.value = 5
    panel.measure.value = "per_10k"
    _, settings = check_export(panel, tmp_path)
    assert settings["controls"]["top"] == 5 and settings["controls"]["measure"] == "per_10k"
    assert len(pd.read_csv(tmp_path / settings["files"][0])) == 5


def test_never_overwrites(tmp_path, monkeypatch):
    fixed = time.gmtime(1_700_000_000)
    monkeypatch.setattr(P.time, "gmtime", lambda *a: fixed)
    panel = ui.keywords(SEED, top=3)
    stamp = time.strftime("%Y%m%d-%H%M%S", fixed)
    mine = tmp_path / f"keywords_{stamp}.png"
    mine.write_bytes(b"my own picture")
    first = panel.export(tmp_path)
    assert [p.name for p in first] == [f"keywords_{stamp}-2.{e}" for e in ("csv", "png", "svg", "json")]
    assert mine.read_bytes() == b"my own picture"
    before = {p: p.read_bytes() for p in first}
    panel.top.value = 4
    second = panel.export(tmp_path)
    assert [p.name for p in second] == [f"keywords_{stamp}-3.{e}" for e in ("csv", "png", "svg", "json")]
    assert all(p.read_bytes() == data for p, data in before.items())
    assert len(pd.read_csv(second[0])) == 4 and len(pd.read_csv(first[0])) == 3
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tk-export-")]  # no temporary left


def test_refuses_seeds_and_the_input_folder(corpus, tmp_path):
    panel = ui.keywords(SEED, top=3)
    for target in (ROOT / "seeds", ROOT / "seeds" / "exports"):
        with pytest.raises(ValueError, match="refusing to export"):
            panel.export(target)
    assert not (ROOT / "seeds" / "exports").exists()
    view = CorpusSentiment(corpus)
    with pytest.raises(ValueError, match="refusing to export"):
        view.export(Path(corpus.source) / "exports")
    assert not (Path(corpus.source) / "exports").exists()


def test_button_exports_beside_the_notebook_and_shows_the_paths(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    panel = ui.concordance(SEED, term="Iran")
    assert panel.export_button in panel.widget.children[1].children  # under the header, in every panel
    panel.export_button.click()
    written = sorted((tmp_path / "exports").iterdir())
    assert len(written) == 4 and all(p.name.startswith("concordance_") for p in written)
    assert all(p.name in panel.export_status.value for p in written)
    # a failure is shown beside the button, not raised
    monkeypatch.setattr(type(panel), "export_folder", str(ROOT / "seeds"))
    panel.export_button.click()
    assert "Export failed" in panel.export_status.value and "refusing" in panel.export_status.value


def test_a_document_beside_the_notebook_does_not_block_exports(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my_article.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    paths = ui.keywords("my_article.txt", top=4).export()
    assert [p.parent.name for p in paths] == ["exports"] * 4 and len(pd.read_csv(paths[0])) == 4


def test_the_disagreement_browser_exports_its_rows(tmp_path):
    from toolkit.widgets.compare import DisagreementBrowser

    browser = DisagreementBrowser(SEED, top=5)
    browser.min_gap.value = 0.2
    paths = browser.export(tmp_path)
    assert [p.suffix for p in paths] == [".csv", ".json"]
    table = pd.read_csv(paths[0])
    assert len(table) == len(browser.data) and list(table.columns) == list(browser.data.columns)
    assert table.select_dtypes("number").round(6).equals(browser.data.select_dtypes("number").reset_index(drop=True).round(6))
    assert json.loads(paths[1].read_text(encoding="utf-8"))["controls"]["min_gap"] == 0.2
    assert browser.export(tmp_path)[0] != paths[0]  # a second export: new names
    with pytest.raises(ValueError, match="refusing"):
        browser.export(ROOT / "seeds")
