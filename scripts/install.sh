#!/usr/bin/env bash
# Create .venv and install the toolkit with its test tools, one short timed line per step:
#   venv      python -m venv .venv (without pip when uv or this Python's pip can install uv)
#   install   the dependencies of pyproject.toml (and its 'dev' extra) with uv, in parallel
#   compile   the toolkit itself, editable, with its four Cython twins (setup.py, both cores), built
#             side by side with the install; its line gives the time it ran on after the install
#   bytecode  byte-code of the modules kernels, servers and tests import, beside the compile
# uv is used from PATH when there, else installed into .venv with pip (a few seconds).
# Usage: scripts/install.sh PYTHON VENV   (the Makefile calls it; it is safe to run again)
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON=${1:-python3}
VENV=${2:-.venv}
PY="$VENV/bin/python"
LOG="$VENV/install.log"

. scripts/steptime.sh
fail() {
  echo "setup: $1 failed; the last lines of $LOG:" >&2
  tail -n 40 "$LOG" >&2
  exit 1
}

step_start
if [ ! -x "$PY" ]; then
  # Without pip when uv can be had without it (venv's own pip costs ~6 s of CPU to set up); uv puts
  # pip into the venv in the install step, so `.venv/bin/pip` is there either way.
  if command -v uv >/dev/null 2>&1 || "$PYTHON" -m pip --version >/dev/null 2>&1; then
    "$PYTHON" -m venv --without-pip "$VENV"
  else
    "$PYTHON" -m venv "$VENV"
  fi
fi
: >"$LOG"
step_end venv "$("$PY" -c 'import sys; print("Python " + sys.version.split()[0])') in $VENV"

# pip only to bootstrap uv, without the machine's pip configuration (its find-links and extra
# indexes point at folders that may not exist, which pip reports as "Location ... is ignored").
step_start
UV=$(command -v uv || true)
if [ -z "$UV" ]; then
  if [ ! -x "$VENV/bin/uv" ]; then
    # with the venv's pip when it has one, else with this Python's pip, into the venv's prefix
    if "$PY" -m pip --version >/dev/null 2>&1; then
      INTO=("$PY" -m pip install)
    else
      INTO=("$PYTHON" -m pip install --prefix "$VENV" --root-user-action=ignore --no-warn-script-location)
    fi
    env -u PIP_FIND_LINKS -u PIP_EXTRA_INDEX_URL -u PIP_INDEX_URL PIP_CONFIG_FILE=/dev/null \
      "${INTO[@]}" --quiet --disable-pip-version-check uv >>"$LOG" 2>&1 || fail "installing uv with pip"
  fi
  UV="$VENV/bin/uv"
fi
export VIRTUAL_ENV="$PWD/$VENV"
# Not byte-compiled here (that costs ~40 s of CPU for every module of every package): Python
# writes the byte-code of the modules actually used on their first import (see the Makefile).
# Files are hard-linked from uv's cache (uv's default; about half the install time of copying them,
# and uv copies by itself when the cache is on another file system). NLTK refuses to open a data file
# with more than one link; the toolkit reads the VADER lexicon from a single-link copy when it has to
# (toolkit/text/resources.py, _single_link).
UV_PIP=("$UV" pip install --python "$PY" --link-mode hardlink --quiet)
# scripts/install-excludes.txt: dependencies of dependencies left out, each with its reason there
# (an older uv without --excludes installs them, which only costs start-up time).
EXCLUDES=()
if "$UV" pip install --help 2>/dev/null | grep -q -- "--excludes"; then
  EXCLUDES=(--excludes scripts/install-excludes.txt)
fi

# The dependencies (mostly unpacking files from uv's cache) and the toolkit's own editable build with
# its Cython twins (mostly compiler CPU) do not depend on each other, so they run side by side.
CLOG="$VENV/compile.log"
"${UV_PIP[@]}" --no-deps --reinstall-package toolkit -e . >"$CLOG" 2>&1 &
COMPILE_PID=$!
if ! "${UV_PIP[@]}" ${EXCLUDES[@]+"${EXCLUDES[@]}"} -r pyproject.toml --extra dev pip >>"$LOG" 2>&1; then
  wait "$COMPILE_PID" || true
  fail "install"
fi
step_end install "$("$UV" pip list --python "$PY" 2>/dev/null | tail -n +3 | wc -l) packages with $("$UV" --version | cut -d' ' -f1-2)"
# Byte-code for the modules kernels, servers and tests import (scripts/warm_bytecode.py: compiled, not
# imported), written beside the compile: otherwise every process of the first run compiles them.
WLOG="$VENV/bytecode.log"
env -u PYTHONDONTWRITEBYTECODE "$PY" scripts/warm_bytecode.py compile 0 2 >"$WLOG.0" 2>&1 &
WARM_PIDS=($!)
env -u PYTHONDONTWRITEBYTECODE "$PY" scripts/warm_bytecode.py compile 1 2 >"$WLOG.1" 2>&1 &
WARM_PIDS+=($!)

step_start
if ! wait "$COMPILE_PID"; then
  cat "$CLOG" >>"$LOG"
  fail "compile"
fi
cat "$CLOG" >>"$LOG"
rm -f "$CLOG"
twins=$("$PY" -c 'import toolkit.fast as f; s = f.status(); print(sum(v.startswith("compiled") for v in s.values()), "of", len(s))' 2>>"$LOG" || echo "?")
step_end compile "toolkit (editable) with its Cython twins: $twins in use (built alongside the install; time past it)"

step_start
wait "${WARM_PIDS[@]}" || true
modules=0
for part in 0 1; do
  modules=$(( modules + $(tail -n 1 "$WLOG.$part" 2>/dev/null | tr -dc 0-9 | sed 's/^$/0/') ))
  cat "$WLOG.$part" >>"$LOG"
  rm -f "$WLOG.$part"
done
step_end bytecode "$modules modules byte-compiled by two processes (scripts/bytecode_modules.txt; alongside the compile; time past it)"
