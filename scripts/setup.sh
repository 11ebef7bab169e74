#!/usr/bin/env bash
# Installs what `make run` and `make test` need on a fresh Debian/Ubuntu machine: system libraries (apt-get,
# when we are root or have sudo), a .venv with Python 3.12, and the package with its dev tools. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."

SYSTEM_PACKAGES=(
  # Qt's xcb platform and fonts (tech-notes §1), offscreen rendering
  libegl1 libgl1 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-xinerama0 libxcb-randr0 libxcb-shape0 libxcb-xfixes0
  fonts-dejavu-core fonts-noto-core
  # second video backend (python-vlc) and media tools used by tests
  libvlc5 vlc-plugin-base ffmpeg poppler-utils zbar-tools
)

missing=()
for p in "${SYSTEM_PACKAGES[@]}"; do
  dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ] && command -v apt-get >/dev/null 2>&1; then
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  echo "Installing system packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

find_python() {
  for c in python3.13 python3.12; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null; then
      command -v "$c"; return
    fi
  done
  for d in "$HOME"/.pyenv/versions/3.12* "$HOME"/.pyenv/versions/3.13*; do
    [ -x "$d/bin/python3" ] && { echo "$d/bin/python3"; return; }
  done
  if command -v apt-get >/dev/null 2>&1 && apt-cache show python3.12-venv >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3.12 python3.12-venv >/dev/null && command -v python3.12 && return
  fi
  echo "Python 3.12 or newer is required (PySide6 6.12 aborts on 3.11); install python3.12 and retry." >&2
  exit 1
}

if [ ! -x .venv/bin/python ] || ! .venv/bin/python -c 'import sys; assert sys.version_info >= (3, 12)' 2>/dev/null; then
  rm -rf .venv
  "$(find_python)" -m venv .venv
fi
stamp=.venv/.installed
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[dev]"
  touch "$stamp"
fi
