#!/usr/bin/env bash
# Every check, for people and CI alike: format, lint, types, import contracts, the no-Qt core run, the suite.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
export PYTEST_QT_API=pyside6
export QT_LOGGING_RULES="qt.multimedia.*=false;qt.qpa.*=false"
V=.venv/bin

step() { printf '\n== %s\n' "$*"; }

step "ruff (lint and format)"
$V/ruff check .
$V/ruff format --check .

step "mypy (strict on the whole trainer_app package)"
$V/mypy

step "import contracts"
$V/lint-imports

# The tests run inside the services' loopback-only network namespace (run_in_test_net, from services.sh).
run_in_test_net() { "$@"; }
if [ -f scripts/services.sh ]; then
  step "test services (PostgreSQL, LRS)"
  # shellcheck disable=SC1091
  source scripts/services.sh
fi

step "core and cli tests with PySide6 unimportable"
PYTHONPATH=tests/noqt run_in_test_net $V/python -m pytest -q -p no:pytest-qt tests/core tests/cli

step "the whole suite (offscreen)"
run_in_test_net $V/python -m pytest -q
