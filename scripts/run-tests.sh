#!/usr/bin/env bash
# Set up (if needed) and run every test, headless (Qt offscreen). pytest's exit 5
# ("no tests collected") is a failure here like any other non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
CDDESK_TEST_TOOLS=1 bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
exec .venv/bin/python -m pytest "$@"
