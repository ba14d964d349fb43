#!/usr/bin/env bash
# Build the stand-alone app (PyInstaller, one folder) and run its self-test.
#
#   bash scripts/build_app.sh              build dist/evaltool/ and self-test it
#   bash scripts/build_app.sh --test-only  self-test an existing dist/evaltool/
#
# Environment: VENV (default .venv-build, a venv of its own installed strictly from
# requirements/build-lock.txt — exact versions with hashes — so every build uses the same parts),
# EVALTOOL_DIST / EVALTOOL_WORK (output and work folders, default dist/ and build/).
# Prints the build time, the folder's size and the self-test report; exits non-zero
# when the build or the self-test fails. See docs/packaging.md.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT="$PWD"
VENV="${VENV:-.venv-build}"
DIST="${EVALTOOL_DIST:-$ROOT/dist}"
WORK="${EVALTOOL_WORK:-$ROOT/build}"
APP="$DIST/evaltool"
test_only=0
[ "${1:-}" = "--test-only" ] && test_only=1

if [ "$test_only" -eq 0 ]; then
  if [ ! -x "$VENV/bin/python" ]; then
    "${PYTHON:-python3}" -m venv "$VENV"
  fi
  # Exactly the locked versions (hashes checked); then evaltool itself without resolving anything.
  "$VENV/bin/python" -m pip install -q --require-hashes -r requirements/build-lock.txt
  "$VENV/bin/python" -m pip install -q --no-deps --no-build-isolation -e .
  start=$(date +%s)
  "$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
      --distpath "$DIST" --workpath "$WORK" build.spec
  end=$(date +%s)
  echo "build: $((end - start)) s -> $APP"
fi

[ -x "$APP/evaltool-cli" ] || { echo "no built app at $APP (run without --test-only)" >&2; exit 1; }
size=$(du -sh "$APP" | cut -f1)
files=$(find "$APP" -type f | wc -l)
echo "size: $size in $files files ($APP)"

# The frozen self-test, run from a neutral folder with no display and a scrubbed
# Python environment, so nothing from the source tree or the venv can leak in.
cd "${TMPDIR:-/tmp}"
env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV -u EVALTOOL_DATA_DIR -u DISPLAY -u WAYLAND_DISPLAY \
    QT_QPA_PLATFORM=offscreen "$APP/evaltool-cli" --self-test
