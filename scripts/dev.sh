#!/usr/bin/env bash
# The two set-up commands of the README:
#   bash scripts/dev.sh run    install everything, launch the app (on the demo project the first time)
#   bash scripts/dev.sh test   install everything, run the whole test suite
#   bash scripts/dev.sh check  install everything, run the quality gates (ruff, mypy, import layers, lock file)
# Extra arguments go to evaltool or pytest. Idempotent: a second run installs nothing new.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-run}"; shift || true

install_system() {
  mapfile -t pkgs < <(grep -v '^\s*#' scripts/apt-packages.txt | grep -v '^\s*$')
  missing=()
  for p in "${pkgs[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  if ! command -v apt-get >/dev/null 2>&1; then
    echo "Not a Debian system: install these yourself: ${missing[*]}" >&2; return 0
  fi
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python() {
  PY="${PYTHON:-python3}"
  [ -x .venv/bin/python ] || "$PY" -m venv .venv
  # Reinstall only when pyproject.toml changed since the last install.
  stamp=".venv/.evaltool-installed"
  want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
  if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    .venv/bin/python -m pip install -q --upgrade pip >/dev/null 2>&1 || true
    if ! .venv/bin/python -m pip install -q -e ".[test]" >.venv/pip.log 2>&1; then
      cat .venv/pip.log >&2; echo "pip install failed (log above)" >&2; exit 1
    fi
    echo "$want" >"$stamp"
  fi
}

install_system
install_python

case "$mode" in
  run)   exec .venv/bin/evaltool "$@" ;;
  test)  export QT_QPA_PLATFORM=offscreen
         exec .venv/bin/python -m pytest "$@" ;;
  check) # quality gates (CI runs them before the tests): lint, types, layers
         .venv/bin/ruff check .
         .venv/bin/python scripts/check_types.py
         .venv/bin/lint-imports --no-cache
         .venv/bin/python scripts/check_lock.py ;;
  *)     echo "usage: bash scripts/dev.sh run|test|check [args]" >&2; exit 2 ;;
esac
