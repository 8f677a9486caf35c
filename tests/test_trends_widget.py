"""The trends panel: terms typed, period and measure chosen, a click on a point lists its documents,
and the first term follows the shared selection."""
from __future__ import annotations

import pytest

import toolkit as tk
from toolkit import widgets as ui
from toolkit.corpus.trends import term_trend, trend_documents
from toolkit.widgets.trends import CorpusTrends, period_options

TEXTS = {
    "1979-01-23-carter.txt": "Iran held the hostages. The crisis in Iran deepened and talks failed.",
    "1980-01-21-carter.txt": "Iran and the Soviet Union worried the nation. We will not yield to Iran. Iran!",
    "1980-06-02-carter.txt": "The Soviet grain embargo holds. Iran is quiet.",
    "1981-reagan.txt": "The Soviet threat is real. Our economy will grow and prosper.",
    "2002-bush.txt": "Terrorists threaten us. Iran, Iraq and North Korea form an axis of evil.",
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dated")
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return tk.load_corpus(folder, meta=lambda p: {"speaker": p.stem.split("-")[-1].title()})


def test_periods_offered(corpus):
    assert [v for _, v in period_options(corpus)] == ["year", "decade", "month", "speaker", "group"]
    undated = tk.load_corpus(["One text.", "Two texts."])
    assert [v for _, v in period_options(undated)] == ["group"]


def test_terms_period_and_measure(corpus):
    panel = ui.trends(corpus, terms="Iran, soviet")
    assert panel.error is None
    assert panel.data.equals(term_trend(corpus, ["Iran", "soviet"], by="year"))
    row = panel.data[(panel.data["term"] == "Iran") & (panel.data["period"] == "1980")].iloc[0]
    assert (row["count"], row["documents"]) == (4, 2)
    panel.by.value = "month"
    assert "1980-06" in set(panel.data["period"]) and "1981" not in set(panel.data["period"])
    assert "2 documents without a month left out" in panel.note
    panel.by.value = "speaker"
    assert panel.data[panel.data["term"] == "soviet"]["period"].tolist() == ["Carter", "Reagan", "Bush"]
    before = panel.ax.lines[0].get_ydata().tolist()
    panel.measure.value = "count"
    assert panel.ax.lines[0].get_ydata().tolist() == [6.0, 0.0, 1.0] != before  # Iran: Carter 2 + 3 + 1, Reagan 0, Bush 1


def test_click_on_a_point_lists_its_documents(corpus):
    panel = CorpusTrends(corpus, terms="iran, soviet", by="year")
    x, y = panel.pixel_of("1980", "iran")
    assert panel.click(x + 4, y - 3) == ("1980", "iran")
    assert panel.point.value == ("1980", "iran")
    expected = trend_documents(corpus, "iran", "1980")
    assert panel.documents.equals(expected) and panel.documents["count"].tolist() == [3, 1]
    assert "1980-01-21-carter" in panel.table.value and "4 mentions in 2 documents" in panel.table.value
    assert panel.click(2, 2) is None and panel.point.value == ("1980", "iran")  # far from any point: nothing changes
    # the browser's click event, on an image shown at half size
    w, h = panel.figure.get_size_inches() * panel.figure.dpi
    x, y = panel.pixel_of("2002", "iran")
    panel._on_click_event({"relativeX": x / 2, "relativeY": y / 2, "boundingRectWidth": w / 2,
                           "boundingRectHeight": h / 2})
    assert panel.point.value == ("2002", "iran") and panel.documents["id"].tolist() == ["2002-bush"]
    panel.pick("1981", "soviet")
    assert panel.documents["id"].tolist() == ["1981-reagan"]
    with pytest.raises(KeyError, match="no point"):
        panel.pick("1981", "iran")  # no mention: not a point with documents


def test_linked_to_the_shared_term(corpus):
    selection = ui.Selection()
    terms = ui.corpus(corpus, selection=selection).terms
    panel = ui.trends(corpus, terms="iran", selection=selection)
    terms.term.value = "soviet"  # another panel picks a term: it becomes the first line here
    assert panel.current_terms == ["soviet", "iran"]
    assert set(panel.data["term"]) == {"soviet", "iran"}
    panel.terms.value = "soviet, iran, terrorists"  # a term typed here is shared
    assert selection.term == "terrorists" and terms.term.value == "terrorists"
    assert terms.data["id"].tolist() == ["2002-bush"]


def test_clear_messages(corpus):
    panel = ui.trends(corpus, terms="iran")
    panel.terms.value = " , "
    assert panel.error is None and "Type one or more terms" in panel.note and len(panel.data) == 0
    undated = ui.trends(tk.load_corpus(["Iran again.", "Markets rose."]), terms="iran")
    assert undated.by.value == "group" and undated.data["count"].tolist() == [1]
