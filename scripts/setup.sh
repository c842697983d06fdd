#!/usr/bin/env bash
# Prepare a fresh Debian/Ubuntu machine for CD Desk: the system libraries Qt needs,
# poppler (PDF checks in tests), a virtual environment in .venv with the project and
# its test tools. Idempotent: a second run only checks.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  # PySide6 offscreen (tests) — see ../shared/docs/thai-pdf.md
  libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3 libx11-6 libxcb1
  # a real window (xcb) and a virtual screen for screenshots
  xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xfixes0 libxcb-xkb1 libxcb-sync1 libxkbcommon-x11-0 libx11-xcb1
  # reading PDFs back in tests
  poppler-utils
)

# Tests only (scripts/run-tests.sh sets CDDESK_TEST_TOOLS=1): LibreOffice opens the Excel
# reports in a test, as a province PC without Microsoft Office would.
if [ "${CDDESK_TEST_TOOLS:-0}" = "1" ]; then
  APT_PACKAGES+=(libreoffice-calc-nogui)
fi

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if ((${#missing[@]})); then
    echo "setup: installing system packages: ${missing[*]}"
    SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv with $($PYTHON --version)"
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.cddesk-installed"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  echo "setup: installing CD Desk and its dependencies into .venv"
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  echo "$want" > "$stamp"
fi

# The window's English translation: compile resources/translations/*.ts to .qm.
bash scripts/update-translations.sh --compile-only
