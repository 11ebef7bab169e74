#!/usr/bin/env bash
# Build the one-folder bundle and smoke-test it: --version, a CLI command, and the app starting offscreen.
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN build.spec
BIN=dist/cpims-trainer/cpims-trainer
# libpython from pyenv carries debug info (30 MB -> 7 MB); strip only it: strip=True corrupts FFmpeg (tech-notes §7).
for lib in dist/cpims-trainer/_internal/libpython3*.so*; do
  [ -f "$lib" ] && [ ! -L "$lib" ] && strip --strip-debug "$lib"
done
# Dangling symlinks would break the folder on another machine.
find dist/cpims-trainer -xtype l -print -delete || true
"$BIN" --version
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$BIN" --data-dir "$tmp/cli" learner add --name "Bundle Smoke" --role case_worker >/dev/null
"$BIN" --data-dir "$tmp/cli" search consent --limit 1 >/dev/null
QT_QPA_PLATFORM=offscreen CPIMS_TRAINER_SMOKE_QUIT_MS=4000 "$BIN" --data-dir "$tmp/app"
test -f "$tmp/app/trainer.db"
du -sh dist/cpims-trainer
echo "bundle smoke test passed"
