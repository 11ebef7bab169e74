#!/usr/bin/env bash
# Rebuild the media of the bundled pack from the sources in media/: slide decks first, then videos.
# Called by `make media`. Needs libreoffice, poppler-utils (pdfinfo), ffmpeg/ffprobe and espeak-ng.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PY="$ROOT/.venv/bin/python"
export QT_QPA_PLATFORM=offscreen

missing=0
for tool in libreoffice pdfinfo ffmpeg ffprobe espeak-ng; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "media/build.sh: '$tool' is not installed" >&2
        missing=1
    fi
done
if [ ! -x "$PY" ]; then
    echo "media/build.sh: $PY not found; run 'make setup' first" >&2
    missing=1
fi
[ "$missing" -eq 0 ] || exit 1

cd "$ROOT"
echo "== slide decks -> resources/slides/"
"$PY" media/slides.py
echo "== videos -> videos/"
"$PY" media/videos.py
