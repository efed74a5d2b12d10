#!/usr/bin/env bash
# Install everything (virtual environment, requirements, Debian's chromium) and run the whole test suite: the tests
# that need no browser spread over every core (pytest-xdist, one test file per worker at a time), then the browser
# tests one after another (they measure the board's latency, which a second busy worker would distort). Both runs
# always run; the script fails when either does. With arguments, pytest runs once with just those arguments.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser
if [[ "$#" -gt 0 ]]; then
  exec .venv/bin/python -m pytest "$@"
fi
status=0
.venv/bin/python -m pytest -n auto --dist loadfile -m "not browser" || status=$?
.venv/bin/python -m pytest -m browser || status=$?
exit "$status"
