#!/usr/bin/env bash
# Installs everything and runs the linters and the whole test suite (no display needed).
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh --dev
export QT_QPA_PLATFORM=offscreen
# A throwaway PostgreSQL cluster for the collection server's PostgreSQL tests.
if [ -z "${MARIKA_TEST_POSTGRES_URL:-}" ] && [ -x scripts/start_test_postgres.sh ]; then
  if url=$(scripts/start_test_postgres.sh); then
    export MARIKA_TEST_POSTGRES_URL="$url"
  else
    echo "PostgreSQL could not be started; its tests will be skipped." >&2
  fi
fi
.venv/bin/ruff check .
.venv/bin/lint-imports
exec .venv/bin/python -m pytest -q "$@"
