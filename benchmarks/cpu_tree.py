"""CPU of a command's whole process tree, including processes that were orphaned on the way.

    python benchmarks/cpu_tree.py python -m pytest -q -p no:cacheprovider tests/test_browser.py

A test's RUSAGE_CHILDREN counts only the children that were waited for: Chromium's renderers, or a
server's kernels killed with their server, are re-parented and their CPU is lost (for
tests/test_browser.py that was about 60 % of it).  Here this process is a child subreaper
(Linux prctl PR_SET_CHILD_SUBREAPER): every orphaned descendant is re-parented to it and reaped
here, so RUSAGE_CHILDREN is the CPU of the whole tree.  Linux only; it prints one line to stderr
and exits with the command's status.
"""
from __future__ import annotations

import ctypes
import os
import resource
import subprocess
import sys
import time

PR_SET_CHILD_SUBREAPER = 36


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__, file=sys.stderr)
        return 2
    libc = ctypes.CDLL(None, use_errno=True)
    if libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "prctl(PR_SET_CHILD_SUBREAPER) failed (Linux only)")
    start = time.monotonic()
    command = subprocess.Popen(argv)
    status, deadline = None, None
    while True:  # reap the command and every orphan; give stragglers 60 s after the command ends
        try:
            pid, raw = os.waitpid(-1, 0 if deadline is None else os.WNOHANG)
        except ChildProcessError:
            break
        if pid == command.pid:
            status, deadline = os.waitstatus_to_exitcode(raw), time.monotonic() + 60
            command.returncode = status
        elif pid == 0:
            if time.monotonic() > deadline:
                print("cpu_tree: some descendants were still running 60 s after the command ended", file=sys.stderr)
                break
            time.sleep(0.2)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    print(f"cpu_tree: whole tree {usage.ru_utime + usage.ru_stime:.1f} s CPU (user {usage.ru_utime:.1f} s, "
          f"system {usage.ru_stime:.1f} s), wall {time.monotonic() - start:.1f} s, exit {status}", file=sys.stderr)
    return status or 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
