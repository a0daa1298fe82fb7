#!/usr/bin/env bash
# Installs everything Marika needs on a fresh Debian/Ubuntu machine with Python 3.11+:
# the system libraries the Qt wheels load, a virtual environment in .venv, the app
# (editable) and, with --dev, the test and lint tools. Safe to run again: it only adds
# what is missing. Usage: scripts/bootstrap.sh [--dev] [--labelme]
# --labelme also makes .venv-labelme: labelme, the peer the benchmarks compare with, in a
# virtualenv of its own (it pulls PyQt5 and onnxruntime, about 725 MB; never a dependency
# of Marika). `python -m benchmarks` finds it there (benchmarks/README.md).
set -euo pipefail
cd "$(dirname "$0")/.."

DEV=0
LABELME=0
for arg in "$@"; do
  case "$arg" in
    --dev) DEV=1 ;;
    --labelme) LABELME=1 ;;
    *) echo "usage: scripts/bootstrap.sh [--dev] [--labelme]" >&2; exit 2 ;;
  esac
done

PYTHON=${PYTHON:-python3}
"$PYTHON" - <<'PY' || { echo "Marika needs Python 3.11 or newer." >&2; exit 1; }
import sys
sys.exit(0 if sys.version_info >= (3, 11) else 1)
PY

# Libraries the PySide6 wheels link against (xcb for a real screen, EGL/GL, fonts,
# D-Bus, and PulseAudio for Qt Multimedia), plus venv support.
APT_PACKAGES="libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 \
libxcb-render-util0 libxcb-image0 libglib2.0-0 libpulse0 libpulse-mainloop-glib0"
# For the tests: FUSE for the power-cut test, libfaketime for the wrong-clock tests,
# poppler-utils to render the pay PDF to PNG, zstd for the sealed-size benchmark floor.
if [ "$DEV" = 1 ]; then APT_PACKAGES="$APT_PACKAGES fuse3 faketime poppler-utils zstd"; fi
if command -v dpkg-query >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  missing=""
  for pkg in $APT_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
  if ! "$PYTHON" -c "import ensurepip" >/dev/null 2>&1; then
    missing="$missing python3-venv"
  fi
  if [ -n "$missing" ]; then
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    echo "Installing system libraries:$missing"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
  fi
fi

[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
if [ "$DEV" = 1 ]; then
  .venv/bin/python -m pip install -q -e ./sync -e ".[dev]"
else
  .venv/bin/python -m pip install -q -e ./sync -e .
fi
# Compile the translations (.ts -> .qm) next to the code that loads them.
if [ -f scripts/build_translations.py ]; then
  .venv/bin/python scripts/build_translations.py
fi
# The benchmarks' peer, in its own interpreter (the version the README's figures used).
if [ "$LABELME" = 1 ]; then
  [ -x .venv-labelme/bin/python ] || "$PYTHON" -m venv .venv-labelme
  .venv-labelme/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv-labelme/bin/python -m pip install -q "labelme==6.3.1"
fi
