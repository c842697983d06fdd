#!/usr/bin/env bash
# Set up (if needed) and start CD Desk on its embedded SQLite database.
# Extra arguments go to main.py, e.g. --data-dir /path/to/office
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/python main.py "$@"
