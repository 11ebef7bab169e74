#!/usr/bin/env bash
# Refresh the translation sources (.ts) from the UI code, then compile them (.qm) for the app.
#   bash scripts/translations.sh          update .ts files and compile .qm
#   bash scripts/translations.sh compile  only compile
set -euo pipefail
cd "$(dirname "$0")/.."
BIN=.venv/bin
DIR=trainer_app/ui/i18n
LANGS=(fr es ar)
mkdir -p "$DIR"
if [ "${1:-}" != "compile" ]; then
  mapfile -t SOURCES < <(find trainer_app/ui trainer_app/pdf -name '*.py' | sort)
  for lang in "${LANGS[@]}"; do
    "$BIN/pyside6-lupdate" -no-obsolete -locations none "${SOURCES[@]}" -ts "$DIR/cpims_trainer_$lang.ts" >/dev/null
  done
fi
for lang in "${LANGS[@]}"; do
  "$BIN/pyside6-lrelease" -silent "$DIR/cpims_trainer_$lang.ts" -qm "$DIR/cpims_trainer_$lang.qm"
done
