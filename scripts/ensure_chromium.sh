#!/usr/bin/env bash
# Make Debian's Chromium available for the browser tests (Playwright cannot download a browser here).
# Installs with apt-get when running as root and chromium is missing; prints why when it cannot.
# One line either way: "setup: chromium  <seconds> s  (cpu <seconds> s)  <version or reason>".
# The version is asked of the real binary, /usr/lib/chromium/chromium: Debian's /usr/bin/chromium
# launcher sources /etc/chromium.d/*, whose shared-memory check prints "[: ...: unexpected operator"
# on machines with more than one /dev/shm mount (tests/test_browser.py launches the real binary too).
set -u
cd "$(dirname "$0")/.."
. scripts/steptime.sh
step_start
say() { step_end chromium "$1"; }
real=/usr/lib/chromium/chromium
version() { "$real" --headless --no-sandbox --version 2>/dev/null | head -n 1 | sed 's/ *$//'; }
if [ -x "$real" ]; then say "$(version), already installed"; exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  say "not installed, and apt-get is not usable here (not root?): the browser tests will be skipped"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! apt-get update -qq >"$log" 2>&1; then
  echo "ensure_chromium: apt-get update failed:"; tail -n 5 "$log"
fi
if apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >"$log" 2>&1 && [ -x "$real" ]; then
  say "$(version), installed with apt-get"
else
  echo "ensure_chromium: apt-get install chromium failed:"; tail -n 10 "$log"
  say "not installed: the browser tests will be skipped"
fi
rm -f "$log"
exit 0
