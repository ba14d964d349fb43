#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the hub tests and benchmarks (never for real data).
#
#   url=$(bash scripts/pg-test.sh start)   initdb in a new temporary folder, start the server on a
#                                          free local port, print a URL for its superuser
#   bash scripts/pg-test.sh url            print the URL of the running cluster again
#   bash scripts/pg-test.sh stop           stop it and remove its folder (idempotent)
#
# The server runs as an unprivileged user: yourself, or the Debian package's `postgres` user when
# run as root (PostgreSQL refuses to run as root). It listens on 127.0.0.1 only (password
# required, scram-sha-256) and on a socket inside its folder; `fsync=off` because the cluster
# is thrown away (EVALTOOL_PG_FSYNC=on for benchmarks that should pay for durability).
# Which cluster belongs to this checkout is kept in a state file under the temporary folder,
# keyed by the checkout's path, so several checkouts on one machine each have their own.
set -euo pipefail
cd "$(dirname "$0")/.."
mode="${1:-}"
tmp_root="${TMPDIR:-/tmp}"
key="$(pwd -P | sha256sum | cut -c1-12)"
state="$tmp_root/evaltool-pg-test-$(id -u)-$key.state"

find_bindir() {
  if [ -n "${PG_BINDIR:-}" ]; then echo "$PG_BINDIR"; return; fi
  if command -v pg_config >/dev/null 2>&1 && [ -x "$(pg_config --bindir)/initdb" ]; then pg_config --bindir; return; fi
  local d
  d="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n1 || true)"
  if [ -n "$d" ] && [ -x "$d/initdb" ]; then echo "$d"; return; fi
  if command -v initdb >/dev/null 2>&1; then dirname "$(command -v initdb)"; return; fi
  echo "PostgreSQL is not installed (no initdb found): apt-get install postgresql, or set PG_BINDIR" >&2
  exit 1
}

as_owner() {  # run a command as the cluster's owner
  if [ "$(id -u)" -eq 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'
}

print_url() {
  # shellcheck disable=SC1090
  . "$state"
  echo "postgresql://evaltool_admin:${PASSWORD}@127.0.0.1:${PORT}/evaltool_test"
}

start() {
  if [ -f "$state" ]; then
    # shellcheck disable=SC1090
    . "$state"
    if as_owner "$BINDIR/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then print_url; return; fi
    stop >/dev/null 2>&1 || true
  fi
  local bindir dir port password
  bindir="$(find_bindir)"
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    echo "Running as root needs the unprivileged 'postgres' user (Debian's postgresql package makes it)" >&2
    exit 1
  fi
  dir="$(mktemp -d "$tmp_root/evaltool-pg.XXXXXXXX")"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir"
  chmod 700 "$dir"
  port="$(free_port)"
  password="$(python3 -c 'import secrets; print(secrets.token_hex(16))')"
  printf '%s\n' "$password" >"$dir/pw"
  [ "$(id -u)" -eq 0 ] && chown postgres: "$dir/pw"
  as_owner "$bindir/initdb" -D "$dir/data" -U evaltool_admin --pwfile="$dir/pw" -E UTF8 --locale=C.UTF-8 \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; rm -rf "$dir"; exit 1; }
  rm -f "$dir/pw"
  cat >"$state" <<EOF
DIR=$dir
PORT=$port
PASSWORD=$password
BINDIR=$bindir
EOF
  chmod 600 "$state"
  local fsync="${EVALTOOL_PG_FSYNC:-off}"
  if ! as_owner "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start \
      -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=$fsync -c max_connections=100" >/dev/null; then
    cat "$dir/server.log" >&2
    exit 1
  fi
  PGPASSWORD="$password" "$bindir/psql" -q -h 127.0.0.1 -p "$port" -U evaltool_admin -d postgres \
    -c "CREATE DATABASE evaltool_test" >/dev/null
  print_url
}

stop() {
  [ -f "$state" ] || return 0
  # shellcheck disable=SC1090
  . "$state"
  if [ -d "$DIR/data" ]; then
    as_owner "$BINDIR/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$DIR"
  rm -f "$state"
}

case "$mode" in
  start) start ;;
  stop)  stop ;;
  url)   [ -f "$state" ] || { echo "no test cluster is running for this checkout" >&2; exit 1; }; print_url ;;
  *)     echo "usage: bash scripts/pg-test.sh start|url|stop" >&2; exit 2 ;;
esac
