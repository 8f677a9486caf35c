"""Run a function over many items on all cores, in order, with an optional progress callback.

>>> map_in_processes(len, ["a", "bb"], workers=1)
[1, 2]
>>> map_in_processes(len, ["a", "bb"] * 2, workers=2, chunks_per_worker=1, meanwhile=lambda: print("meanwhile"))
meanwhile
[1, 2, 1, 2]

Worker processes are forked (where the platform can) after the parent has loaded the word lists,
Punkt parameters and VADER lexicon once, so workers start in milliseconds instead of re-importing
NLTK.  Only the items and the results cross between processes.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from typing import TypeVar

__all__ = ["map_in_processes", "start_map", "Pending", "default_workers", "max_workers", "warm_up", "exit_with_parent"]

T = TypeVar("T")
R = TypeVar("R")


def default_workers() -> int:
    """The number of cores this process may use.

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def max_workers() -> int:
    """The most worker processes a pool gets: the cores this process may use (at least 2, so the
    process path runs everywhere).  More workers than cores only cost memory (about 180 MB each).

    >>> max_workers() >= 2
    True
    """
    return max(2, default_workers())


def start_worker(parent: int | None = None) -> None:
    """A forked worker's start: :func:`exit_with_parent`, then ``gc.freeze()``. What the worker inherited (the word
    lists and gazetteers ``warm_up`` built, the modules) leaves the cyclic collector's sight, so the collections its
    documents' work sets off no longer walk it, nor write to the pages it shares with the parent (the ``gc`` module's
    advice for forked processes; about 4% of the entity and quote rules' instructions). Workers live for one run, so
    the cycles a freeze leaves unfreed do not outlast it; the parent process is not frozen.

    Pass it as a pool's ``initializer``."""
    import gc

    exit_with_parent(parent)
    gc.freeze()


def exit_with_parent(parent: int | None = None) -> None:
    """Make this (worker) process die when its parent process dies, so killing a run never leaves
    workers behind (Linux: ``prctl(PR_SET_PDEATHSIG, SIGKILL)``; elsewhere a thread that watches
    the parent).  *parent* is the parent's pid, to catch a parent that died before this ran.

    Pass it as a pool's ``initializer``."""
    import signal
    import sys

    parent = parent or os.getppid()
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            pr_set_pdeathsig = 1
            if libc.prctl(pr_set_pdeathsig, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent:  # the parent died before the call
                    os._exit(1)
                return
        except (OSError, AttributeError):
            pass
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def warm_up() -> None:
    """Load every resource the per-document work needs, so forked workers inherit it."""
    from ..text.clean import clean_text
    from ..text.document import not_english_reason
    from ..text.resources import punkt_tokenizer, stopwords, warm_more_common
    from ..analysis.sentiment import _scorer
    from ..text.tokenize import word_spans

    clean_text("Warm up the café’s “checks”.")  # non-ASCII: the mojibake check (without ftfy)
    not_english_reason("Warm up the word lists with a sentence of enough words to check. " * 4)
    stopwords()
    warm_more_common()  # the drop-cap repair's word list, as far as common words
    punkt_tokenizer()
    word_spans("Warm up.")
    _scorer()(["Warm up."])
    from ..fast import fast_module
    from ..text.segment import sentence_spans

    sentence_spans("Warm up the sentence splitter. Twice.")
    fast_module("count").count_norms(["Warm", "up"])  # the count twin


def _call_chunk(function: Callable[[T], R], chunk: Sequence[T]) -> list[R]:
    return [function(item) for item in chunk]


def map_in_processes(
    function: Callable[[T], R],
    items: Sequence[T],
    *,
    workers: int | None = None,
    min_items: int = 1,
    chunks_per_worker: int = 32,
    progress: Callable[[int], None] | None = None,
    meanwhile: Callable[[], object] | None = None,
) -> list[R]:
    """``[function(item) for item in items]``, spread over *workers* processes (default: all cores).

    Runs in this process when there is one worker or fewer than *min_items* items.  *function*
    must be a module-level function.  *progress* is called with the number of items done after
    each chunk.  *meanwhile* is called once in this process while the workers run (after the work
    is handed out), or first when everything runs here: e.g. to import what the caller needs next.
    *workers* is capped at :func:`max_workers`; workers exit when this process dies.  Many small
    chunks (*chunks_per_worker* each) keep every worker busy to the end and let the results come
    back (and be unpickled here) while the work goes on.
    """
    collect = start_map(function, items, workers=workers, min_items=min_items, chunks_per_worker=chunks_per_worker)
    if meanwhile:
        try:
            meanwhile()
        except BaseException:
            collect.cancel()
            raise
    return collect(progress)


class Pending:
    """Work handed out by :func:`start_map`: call it (``pending(progress=None)``) for the results, in
    order, or :meth:`cancel` it."""

    def __init__(self, run: Callable[[Callable[[int], None] | None], list], cancel: Callable[[], None]) -> None:
        self._run, self._cancel = run, cancel

    def __call__(self, progress: Callable[[int], None] | None = None) -> list:
        return self._run(progress)

    def cancel(self) -> None:
        """Drop the work not started yet and let the workers exit (the results are not needed)."""
        self._cancel()


def start_map(
    function: Callable[[T], R],
    items: Sequence[T],
    *,
    workers: int | None = None,
    min_items: int = 1,
    chunks_per_worker: int = 32,
) -> Pending:
    """:func:`map_in_processes` in two halves: the work is handed out to the worker processes now,
    and this returns at once a :class:`Pending` whose call waits for the results (the same list).
    This process may do other work in between (``analyze`` makes its other tables while the workers
    find entities and quotations).  When everything runs in this process (one worker, few items),
    nothing runs before the call.

    >>> pending = start_map(len, ["a", "bb"] * 2, workers=2, chunks_per_worker=1)
    >>> pending()
    [1, 2, 1, 2]
    """
    items = list(items)
    workers = min(workers or default_workers(), max_workers())
    n_chunks = 1 if workers < 2 or len(items) < max(min_items, 2) else min(len(items), workers * chunks_per_worker)
    size = max(1, -(-len(items) // max(n_chunks, 1)))
    chunks = [items[i:i + size] for i in range(0, len(items), size)]
    if n_chunks == 1:
        def here(progress: Callable[[int], None] | None) -> list[R]:
            out: list[R] = []
            small = [items[i:i + 50] for i in range(0, len(items), 50)]  # for a live progress bar
            for chunk in small:
                out.extend(_call_chunk(function, chunk))
                if progress:
                    progress(len(chunk))
            return out

        return Pending(here, lambda: None)
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    methods = multiprocessing.get_all_start_methods()
    if "fork" in methods:
        warm_up()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    start = start_worker if ctx.get_start_method() == "fork" else exit_with_parent
    pool = ProcessPoolExecutor(max_workers=min(workers, len(chunks)), mp_context=ctx, initializer=start,
                               initargs=(os.getpid(),))
    try:
        results = pool.map(partial(_call_chunk, function), chunks)  # hands out every chunk now
    except BaseException:
        pool.shutdown(wait=False, cancel_futures=True)
        raise

    def collect(progress: Callable[[int], None] | None) -> list[R]:
        out: list[R] = []
        try:
            for chunk, result in zip(chunks, results):
                out.extend(result)
                if progress:
                    progress(len(chunk))
        finally:
            # Every result is in (or the run failed): let the workers exit without waiting for them.
            pool.shutdown(wait=False, cancel_futures=True)
        return out

    return Pending(collect, lambda: pool.shutdown(wait=False, cancel_futures=True))
