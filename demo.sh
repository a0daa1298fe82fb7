#!/usr/bin/env bash
# Installs everything and starts Marika on the bundled demo packages.
set -euo pipefail
cd "$(dirname "$0")"
scripts/bootstrap.sh
exec .venv/bin/marika --demo "$@"
