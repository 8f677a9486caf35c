#!/usr/bin/env bash
# Make Debian's Chromium available for the browser tests (Playwright cannot download a browser here).
# Installs with apt-get when running as root and chromium is missing; prints why when it cannot.
set -u
if command -v chromium >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "ensure_chromium: chromium is not installed and apt-get is not usable here (not root?); browser tests will be skipped"
  exit 0
fi
echo "ensure_chromium: installing Debian's chromium with apt-get"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq >/dev/null 2>&1 || echo "ensure_chromium: apt-get update failed"
apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >/dev/null 2>&1 \
  || echo "ensure_chromium: apt-get install chromium failed; browser tests will be skipped"
command -v chromium >/dev/null 2>&1 && chromium --version
exit 0
