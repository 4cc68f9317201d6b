#!/usr/bin/env bash
# The browser tests (test/e2e) drive Debian's Chromium through playwright-core, which downloads no
# browser of its own. Installs it when missing and we are root (CI, fresh Debian machines);
# otherwise says how, and the browser tests are skipped outside CI.
set -euo pipefail
CHROMIUM=${NASIJ_CHROMIUM:-/usr/bin/chromium}
if [ -x "$CHROMIUM" ]; then exit 0; fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "ensure-chromium: installing Debian's chromium for the browser tests" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "ensure-chromium: no $CHROMIUM; install it (apt-get install chromium) or set NASIJ_CHROMIUM to run the browser tests" >&2
