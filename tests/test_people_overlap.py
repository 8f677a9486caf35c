"""analyze hands the entity and quotation rows to its worker processes first and makes its other
tables meanwhile (toolkit.corpus.people.start_people_tables, toolkit.corpus.parallel.start_map): the
results are those of the one-call functions, and a failure in between drops the handed-out work."""
from __future__ import annotations

import os

import pandas as pd
import pytest

import toolkit as tk
from toolkit.corpus.parallel import map_in_processes, start_map
from toolkit.corpus.people import people_tables, start_people_tables

TEXTS = [
    '"We will win," said Jane Smith in Paris.',
    "Iran warned Israel on Monday. Angela Merkel met Tony Blair in Berlin.",
    '"Prices will rise," the Bank of England said. Mervyn King agreed.',
    "Nothing here.",
]


def _pid(_: object) -> int:
    return os.getpid()


def test_start_map_gives_the_results_in_order_from_worker_processes():
    pending = start_map(len, ["a", "bb", "ccc"] * 4, workers=2, chunks_per_worker=2)
    meanwhile = sum(range(1000))  # this process is free while the workers run
    assert pending() == [1, 2, 3] * 4 and meanwhile == 499500
    pids = start_map(_pid, list(range(8)), workers=2, chunks_per_worker=2)()
    assert os.getpid() not in pids and len(pids) == 8


def test_start_map_in_this_process_runs_nothing_before_the_call():
    seen: list[str] = []
    pending = start_map(seen.append, ["x", "y"], workers=1)
    assert seen == []
    assert pending() == [None, None] and seen == ["x", "y"]


def test_map_in_processes_cancels_the_work_when_meanwhile_fails():
    def boom() -> None:
        raise RuntimeError("meanwhile failed")

    with pytest.raises(RuntimeError, match="meanwhile failed"):
        map_in_processes(len, ["a", "bb"] * 50, workers=2, chunks_per_worker=2, meanwhile=boom)


def test_start_people_tables_equals_people_tables_on_processes_and_here():
    corpus = tk.load_corpus(TEXTS, profile=True)
    pending = start_people_tables(corpus, workers=2, min_docs=2)
    ents, quotes = pending()
    here_e, here_q = people_tables(corpus, workers=1)
    pd.testing.assert_frame_equal(ents, here_e)
    pd.testing.assert_frame_equal(quotes, here_q)
    assert {"Jane Smith", "Paris", "Iran", "Israel", "Angela Merkel", "Tony Blair", "Berlin"} <= set(ents["entity"])
    assert sorted(quotes["speaker"]) == ["Bank of England", "Jane Smith"]


def test_analyze_cancels_the_people_work_when_its_own_tables_fail(tmp_path, monkeypatch):
    import toolkit.corpus.people as people
    import toolkit.corpus.stats as cs
    from toolkit.cli import run_analysis

    cancelled = []
    real = people.start_people_tables

    def spy(*args, **kwargs):
        pending = real(*args, **kwargs)
        cancel = pending.cancel
        pending.cancel = lambda: (cancelled.append(True), cancel())
        return pending

    def fail(*args, **kwargs):
        raise RuntimeError("no distinctive terms today")

    monkeypatch.setattr(people, "start_people_tables", spy)
    monkeypatch.setattr(cs, "distinctive_terms", fail)
    folder = tmp_path / "texts"
    folder.mkdir()
    for k, text in enumerate(TEXTS):
        (folder / f"t{k}.txt").write_text(text + "\n", encoding="utf-8")
    with pytest.raises(RuntimeError, match="no distinctive terms today"):
        run_analysis([folder], tmp_path / "out", progress=False, workers=2, log=lambda s: None)
    assert cancelled == [True]
    assert not (tmp_path / "out").exists()


def _frozen_count(_item: int) -> int:
    import gc

    return gc.get_freeze_count()


def test_forked_workers_freeze_what_they_inherit_and_the_parent_does_not():
    """start_map's forked workers start with gc.freeze() (the gazetteers they inherit leave the collector's sight);
    the parent's own objects are not frozen."""
    import gc
    import multiprocessing

    from toolkit.corpus.parallel import start_map

    if "fork" not in multiprocessing.get_all_start_methods():
        pytest.skip("no fork on this platform")
    before = gc.get_freeze_count()
    counts = start_map(_frozen_count, list(range(8)), workers=2, min_items=1, chunks_per_worker=2)()
    assert len(counts) == 8 and min(counts) > before
    assert gc.get_freeze_count() == before


def test_the_rules_first_document_runs_before_the_workers_fork(monkeypatch):
    from toolkit.corpus import people

    warmed: list[int] = []
    real = people._warm_rows
    monkeypatch.setattr(people, "_warm_rows", lambda: (warmed.append(os.getpid()), real()))
    monkeypatch.setattr(people, "_WARM", [])  # (as in a new process: warm_people not run yet)
    corpus = tk.load_corpus(TEXTS, profile=True)
    assert warmed == []
    start_people_tables(corpus, workers=1)()  # (everything here: nothing to inherit, no warm-up)
    assert warmed == []
    ents, _ = start_people_tables(corpus, workers=2, min_docs=2)()
    assert warmed == [os.getpid()] and "Jane Smith" in set(ents["entity"])


def test_warm_people_runs_once_and_load_corpus_calls_meanwhile_once_while_folders_load(tmp_path, monkeypatch):
    """analyze warms the entity and quotation rules up in the parent while the files load on the workers
    (load_corpus(meanwhile=...), toolkit.cli._warm_people): once, however many folders; warm_people does nothing
    the second time, so start_people_tables does not run the first document again."""
    from toolkit.corpus import people

    warmed: list[int] = []
    real = people._warm_rows
    monkeypatch.setattr(people, "_warm_rows", lambda: (warmed.append(os.getpid()), real()))
    monkeypatch.setattr(people, "_WARM", [])
    for name in ("a", "b"):
        (tmp_path / name).mkdir()
        for k, text in enumerate(TEXTS):
            (tmp_path / name / f"{k}.txt").write_text(text, encoding="utf-8")
    calls: list[int] = []
    corpus = tk.load_corpus([str(tmp_path / "a"), str(tmp_path / "b")], profile=True,
                            meanwhile=lambda: (calls.append(1), people.warm_people()))
    assert calls == [1] and warmed == [os.getpid()]
    ents, _ = start_people_tables(corpus, workers=2, min_docs=2)()
    assert warmed == [os.getpid()] and "Jane Smith" in set(ents["entity"])
    assert tk.load_corpus(TEXTS, meanwhile=lambda: calls.append(2)).ids and calls == [1]  # (no folder read: not called)


def test_a_document_the_rules_fail_on_is_a_problem_row_and_the_corpus_goes_on(tmp_path, monkeypatch):
    # one document that makes the quotation rules raise (a fault of theirs, as a real 2017 article once did) gives no
    # rows and a line in problems.csv; the other documents' entities and quotations are all written, exit 0
    import toolkit.corpus.quotes as cq
    from toolkit.cli import run_analysis

    real = cq.document_quote_rows

    def flaky(doc, *args, **kwargs):
        if "Berlin" in doc.text:
            raise AttributeError("'_SubjectVerb' object has no attribute 'span'")
        return real(doc, *args, **kwargs)

    monkeypatch.setattr(cq, "document_quote_rows", flaky)
    folder = tmp_path / "texts"
    folder.mkdir()
    for k, text in enumerate(TEXTS):
        (folder / f"t{k}.txt").write_text(text + "\n", encoding="utf-8")
    logged: list[str] = []
    run_analysis([folder], tmp_path / "out", progress=False, workers=1, log=logged.append, formats=("csv",))
    problems = pd.read_csv(tmp_path / "out" / "problems.csv")
    assert len(problems) == 1 and problems["path"].iloc[0].endswith("t1.txt")
    assert "AttributeError" in problems["problem"].iloc[0]
    ents = pd.read_csv(tmp_path / "out" / "entities.csv")
    quotes = pd.read_csv(tmp_path / "out" / "quotes.csv")
    assert "Berlin" not in set(ents["entity"]) and {"Jane Smith", "Paris", "Bank of England"} <= set(ents["entity"])
    assert sorted(quotes["speaker"]) == ["Bank of England", "Jane Smith"]
    assert any("1 documents failed" in line for line in logged)
