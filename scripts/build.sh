#!/usr/bin/env bash
# Build the one-folder desktop program with PyInstaller (build.spec) into dist/CDDesk/ and
# print its size. Sets up the machine first (scripts/setup.sh: system libraries, .venv,
# compiled translations), installs binutils (PyInstaller runs objdump, objcopy and strip on
# Linux) and PyInstaller into .venv when they are missing.
# Check the result: QT_QPA_PLATFORM=offscreen dist/CDDesk/CDDesk --data-dir /tmp/x selftest
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
if ! command -v objdump >/dev/null || ! command -v objcopy >/dev/null || ! command -v strip >/dev/null; then
  echo "build: installing binutils (objdump, objcopy, strip)"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends binutils >/dev/null
fi
if ! .venv/bin/python -c "import PyInstaller" 2>/dev/null; then
  echo "build: installing PyInstaller into .venv"
  .venv/bin/python -m pip install -q "pyinstaller>=6.10,<7"
fi
.venv/bin/python -m PyInstaller --noconfirm --log-level WARN --workpath build/pyinstaller build.spec
app="dist/CDDesk"
[ -x "$app/CDDesk" ] || { echo "build: $app/CDDesk was not made" >&2; exit 1; }
echo "build: $(du -sh "$app" | cut -f1) in $app ($(find "$app" -type f | wc -l) files); start with $app/CDDesk"
