#!/usr/bin/env bash
# The two set-up commands of the README:
#   bash scripts/dev.sh run    install everything, launch the app (on the demo project the first time)
#   bash scripts/dev.sh test   install everything, run the whole test suite
#   bash scripts/dev.sh check  install everything, run the quality gates (ruff, mypy, import layers, lock file)
#   bash scripts/dev.sh env    install everything, print how to use the programs in .venv/
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

check_python() {
  PY="${PYTHON:-python3}"
  if ! command -v "$PY" >/dev/null 2>&1; then
    echo "Python 3.11 or newer is needed: install python3 (or set PYTHON=/path/to/python3.11)." >&2; exit 1
  fi
  if ! "$PY" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "Python 3.11 or newer is needed; $PY is $("$PY" -c 'import platform; print(platform.python_version())')." \
         "Install python3.11 and run: PYTHON=python3.11 bash scripts/dev.sh $mode" >&2; exit 1
  fi
}

install_python() {
  PY="${PYTHON:-python3}"
  if [ ! -x .venv/bin/python ]; then
    if ! "$PY" -m venv .venv; then
      rm -rf .venv
      echo "Cannot make the virtual environment: install python3-venv (sudo apt-get install python3-venv)." >&2; exit 1
    fi
    echo "Installed into .venv/. Run the programs as .venv/bin/evaltool, or once per shell:" \
         "source .venv/bin/activate" >&2
  fi
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

has_display() {
  # a window needs a screen: X11 or Wayland on Linux (macOS and Windows always have one);
  # an explicit QT_QPA_PLATFORM (offscreen, vnc, …) is the user's choice
  [ -n "${QT_QPA_PLATFORM:-}" ] || [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ] || [ "$(uname -s)" != "Linux" ]
}

check_python
install_system
install_python

case "$mode" in
  run)   if ! has_display && [ $# -eq 0 ]; then  # (evaltool itself says so too, for any way of opening the window)
           echo "No display: evaltool's window needs a screen (DISPLAY or WAYLAND_DISPLAY is not set)." >&2
           echo "  On this machine: bash scripts/dev.sh run --self-test   (checks the app offscreen)" >&2
           echo "  or with a virtual screen: xvfb-run -a bash scripts/dev.sh run" >&2
           echo "  The command line works without a screen: .venv/bin/evaltool --help" >&2
           exit 1
         fi
         exec .venv/bin/evaltool "$@" ;;
  env)   echo "The programs are in $(pwd)/.venv/bin. Either call them by path:"
         echo "  .venv/bin/evaltool --help"
         echo "or activate the environment once per shell, then type evaltool:"
         echo "  source .venv/bin/activate" ;;
  test)  export QT_QPA_PLATFORM=offscreen
         exec .venv/bin/python -m pytest "$@" ;;
  check) # quality gates (CI runs them before the tests): lint, types, layers
         .venv/bin/ruff check .
         .venv/bin/python scripts/check_types.py
         .venv/bin/lint-imports --no-cache
         .venv/bin/python scripts/check_lock.py ;;
  *)     echo "usage: bash scripts/dev.sh run|test|check|env [args]" >&2; exit 2 ;;
esac
