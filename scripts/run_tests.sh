#!/usr/bin/env bash
# The whole test suite, as `make test` (and so CI) runs it:  bash scripts/run_tests.sh PYTHON JOBS
#
# NLTK_DATA points at an empty folder: nothing may need nltk_data.  pytest-xdist spreads the tests over
# JOBS workers (auto: one per core), whole files at a time, the longest first (tests/conftest.py).
#
# The browser tests (tests/test_browser.py) spend most of their time waiting: for Chromium, for the
# JupyterLab and Voila servers, for the kernels those start.  In a worker they left half a core idle
# for over a minute, so they run in a pytest process of their own beside the workers, which take
# everything else; their report follows the workers' report.  JOBS=0 runs everything in one process.
set -u
PY=${1:-.venv/bin/python}
JOBS=${2:-auto}
export NLTK_DATA="$(mktemp -d)"
# One folder of built gazetteers (toolkit.text.diskcache) for both pytest processes, removed at the end.
own_cache=""
if [ -z "${TOOLKIT_CACHE:-}" ]; then export TOOLKIT_CACHE="$(mktemp -d)"; own_cache=$TOOLKIT_CACHE; fi
browser_log="$(mktemp)"
cleanup() {
  [ -n "${side:-}" ] && kill "$side" 2>/dev/null
  rm -rf "$NLTK_DATA" "$browser_log" ${own_cache:+"$own_cache"}
}
trap cleanup EXIT
trap 'exit 130' INT TERM

if [ "$JOBS" = 0 ]; then
  "$PY" -m pytest
  exit $?
fi

# (Hypothesis's and anyio's pytest plugins are not loaded there: the browser tests use neither, and
# loading them cost that process ~0.3 s of CPU.)
"$PY" -m pytest -p no:cacheprovider -p no:hypothesispytest -p no:anyio tests/test_browser.py >"$browser_log" 2>&1 &
side=$!
"$PY" -m pytest -n "$JOBS" --dist loadfile --no-loadscope-reorder --ignore=tests/test_browser.py
main=$?
wait "$side"
browser=$?
side=""
echo
echo "---- tests/test_browser.py (run beside the workers) ----"
cat "$browser_log"
if [ "$main" -ne 0 ]; then exit "$main"; fi
exit "$browser"
