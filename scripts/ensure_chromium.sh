#!/usr/bin/env bash
# Make a Debian Chromium available for the browser tests (Playwright cannot download a browser here).
# Debian's chromium-headless-shell is what the tests want: the headless-only build Playwright itself
# uses for headless runs (no GPU process, no GTK; about 15 % less CPU for tests/test_browser.py than
# the full browser, and fewer packages to install). A full `chromium` already there is used as it is.
# Installs with apt-get when running as root and neither is there; prints why when it cannot.
# One line either way: "setup: chromium  <seconds> s  (cpu <seconds> s)  <version or reason>".
# The version is asked of the real binary in /usr/lib/chromium/: Debian's /usr/bin/chromium
# launcher sources /etc/chromium.d/*, whose shared-memory check prints "[: ...: unexpected operator"
# on machines with more than one /dev/shm mount (tests/test_browser.py launches the real binary too).
set -u
cd "$(dirname "$0")/.."
. scripts/steptime.sh
step_start
say() { step_end chromium "$1"; }
shell=/usr/lib/chromium/chromium-headless-shell
real=$shell
version() { "$real" --headless --no-sandbox --version 2>/dev/null | head -n 1 | sed 's/ *$//'; }
if [ -x "$shell" ]; then say "$(version) (headless shell), already installed"; exit 0; fi
real=/usr/lib/chromium/chromium
have_full=0
[ -x "$real" ] && have_full=1
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  if [ "$have_full" = 1 ]; then say "$(version), already installed"; exit 0; fi
  say "not installed, and apt-get is not usable here (not root?): the browser tests will be skipped"
  exit 0
fi
export DEBIAN_FRONTEND=noninteractive
log=$(mktemp)
if ! apt-get update -qq >"$log" 2>&1; then
  echo "ensure_chromium: apt-get update failed:"; tail -n 5 "$log"
fi
if apt-get install -y -qq --no-install-recommends chromium-headless-shell fonts-dejavu-core >"$log" 2>&1 && [ -x "$shell" ]; then
  real=$shell
  say "$(version) (headless shell), installed with apt-get"
elif [ "$have_full" = 1 ]; then
  say "$(version), already installed (chromium-headless-shell could not be installed)"
else
  echo "ensure_chromium: apt-get install chromium-headless-shell failed:"; tail -n 10 "$log"
  say "not installed: the browser tests will be skipped"
fi
rm -f "$log"
exit 0
