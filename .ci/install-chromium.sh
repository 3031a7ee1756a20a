#!/usr/bin/env bash
# Debian's chromium for the end-to-end test of report.html (test/e2e/report.test.ts drives
# it through playwright-core; playwright downloads no browser of its own).
# Idempotent: does nothing when /usr/bin/chromium is already there.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "chromium: already installed at /usr/bin/chromium"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update
$SUDO apt-get install -y chromium
test -x /usr/bin/chromium
echo "chromium: installed at /usr/bin/chromium"
