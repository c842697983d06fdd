#!/usr/bin/env bash
# Extract the window's Thai source texts (ui/, the activity kinds of cddesk/kinds.py, their choice lists (kind_choices.py) and groups (kind_groups.py), the report list of cddesk/reports) into resources/translations/cddesk_en.ts (existing
# translations are kept), then compile every .ts to .qm. setup.sh runs the compile step.
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin; [ -x "$BIN/pyside6-lupdate" ] || BIN="$(dirname "$(command -v python)")"
if [ "${1:-}" != "--compile-only" ]; then
  "$BIN/pyside6-lupdate" $(git ls-files 'ui/*.py' 'ui/**/*.py' 2>/dev/null || find ui -name '*.py') cddesk/kinds.py cddesk/kind_choices.py cddesk/kind_groups.py cddesk/reports/__init__.py \
    -no-obsolete -source-language th_TH -target-language en_GB -ts resources/translations/cddesk_en.ts
fi
for ts in resources/translations/*.ts; do
  "$BIN/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
