#!/usr/bin/env bash
# Time to a usable notebook from a fresh clone, as a new user gets it with `make lab`:
#   1. git clone of this repository into a temporary folder (with ../shared beside it when present);
#   2. `make lab` exactly as the README says (set-up lines printed as it goes), in the background;
#   3. wait until the server answers on its workspace URL (the start notebook opens there);
#   4. run the start notebook on that server's kernel machinery (nbclient, the same .venv), i.e.
#      until every cell has run and the panels are drawn.
# Prints one line per stage with the wall time since the clone (the set-up lines give their CPU time).
# Use an empty uv cache for a true first install: UV_CACHE_DIR=$(mktemp -d) bash benchmarks/bench_fresh_clone.sh
# Usage: bash benchmarks/bench_fresh_clone.sh [PORT]
set -euo pipefail
HERE=$(cd "$(dirname "$0")/.." && pwd)
PORT=${1:-8899}
WORK=$(mktemp -d)
trap 'kill -- -$LAB 2>/dev/null || true; rm -rf "$WORK"' EXIT
[ -d "$HERE/../shared" ] && ln -s "$(cd "$HERE/../shared" && pwd)" "$WORK/shared"
t0=${EPOCHREALTIME/./}
since() { echo "$(( (${EPOCHREALTIME/./} - t0) / 1000 ))" | sed -E 's/([0-9]*)([0-9]{3})$/\1.\2/;s/^\./0./'; }
git clone -q "$HERE" "$WORK/main"
echo "fresh clone: $(since) s"
cd "$WORK/main"
set -m
make lab PORT="$PORT" >"$WORK/lab.log" 2>&1 &
LAB=$!
set +m
until grep -q "^setup: bytecode" "$WORK/lab.log" 2>/dev/null; do  # the last set-up line
  kill -0 $LAB 2>/dev/null || { cat "$WORK/lab.log"; exit 1; }
  sleep 0.2
done
grep "^setup:" "$WORK/lab.log"
echo "set-up done: $(since) s"
until grep -qo "http://127.0.0.1:$PORT/lab[^ ]*token=[^ ]*" "$WORK/lab.log" 2>/dev/null; do
  kill -0 $LAB 2>/dev/null || { cat "$WORK/lab.log"; exit 1; }
  sleep 0.2
done
url=$(grep -o "http://127.0.0.1:$PORT/lab[^ ]*token=[^ ]*" "$WORK/lab.log" | head -n 1)
until curl -fs -o /dev/null "$url"; do sleep 0.2; done
echo "server answers with the start notebook's workspace: $(since) s"
.venv/bin/python - <<'EOF'
import tempfile
from pathlib import Path

import nbformat
from jupyter_client.manager import KernelManager
from nbclient import NotebookClient

nb = nbformat.read("notebooks/00_start_here.ipynb", as_version=4)
# over IPC sockets in a temporary folder, as make lab's kernels (no "running over TCP" warning)
km = KernelManager(kernel_name="python3", transport="ipc", ip=str(Path(tempfile.mkdtemp()) / "kernel"))
try:
    NotebookClient(nb, km=km, timeout=300, kernel_name="python3", resources={"metadata": {"path": "notebooks"}}).execute()
finally:
    if km.has_kernel:
        km.shutdown_kernel()
assert all(c.execution_count for c in nb.cells if c.cell_type == "code")
EOF
echo "start notebook run, panels drawn: $(since) s"
# (each set-up line above gives its own CPU time)
