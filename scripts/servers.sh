#!/usr/bin/env bash
# Starts, stops and reports the real servers EventMart needs on this machine, without Docker.
#
#   scripts/servers.sh start  [postgres ...]   start what is not running yet (default: all)
#   scripts/servers.sh stop   [postgres ...]   stop what this script started
#   scripts/servers.sh status [postgres ...]
#
# PostgreSQL runs from Debian's server binaries (installed with apt-get when missing) on a private
# port. Data, logs and pid files live in .eventmart/ inside the project; .eventmart/servers.env holds
# the connection settings for the platform and the tests (source it).
#
# Settings (environment): EVENTMART_STATE_DIR (default <project>/.eventmart), EVENTMART_PG_PORT
# (55432), EVENTMART_PG_FAST=1 (no fsync: for throwaway test data only).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${EVENTMART_STATE_DIR:-$ROOT/.eventmart}
PG_PORT=${EVENTMART_PG_PORT:-55432}
PG_DIR=$STATE/postgres
ENV_FILE=$STATE/servers.env
ALL_SERVICES=(postgres)

log() { printf '[servers] %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else die "need root for: $*"; fi; }

# ---------------------------------------------------------------- PostgreSQL
pg_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -z "$dir" ]; then
    log "PostgreSQL server binaries missing: installing Debian's postgresql package"
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends postgresql >/dev/null
    dir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
  fi
  echo "$dir"
}

# PostgreSQL refuses to run as root: run its tools as the postgres user then.
pg_as_owner() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pg_running() { [ -f "$PG_DIR/data/postmaster.pid" ] && pg_as_owner "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" status >/dev/null 2>&1; }

pg_start() {
  local bin; bin=$(pg_bin)
  mkdir -p "$PG_DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; fi
  if [ ! -f "$PG_DIR/data/PG_VERSION" ]; then
    log "initialising PostgreSQL data in $PG_DIR/data"
    pg_as_owner "$bin/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if pg_running; then log "PostgreSQL already running on port $PG_PORT"; return; fi
  local opts="-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR -c max_connections=400"
  if [ "${EVENTMART_PG_FAST:-0}" = 1 ]; then
    opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
  fi
  pg_as_owner "$bin/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/postgres.log" -o "$opts" -w -t 60 start >/dev/null \
    || { tail -n 20 "$PG_DIR/postgres.log" >&2; die "PostgreSQL did not start"; }
  if ! psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -tAc "SELECT 1 FROM pg_database WHERE datname='eventmart'" postgres | grep -q 1; then
    psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -qc "CREATE DATABASE eventmart" postgres
  fi
  log "PostgreSQL running on 127.0.0.1:$PG_PORT (database eventmart)"
}

pg_stop() {
  if pg_running; then
    pg_as_owner "$(pg_bin)/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null
    log "PostgreSQL stopped"
  fi
}

pg_status() { if pg_running; then echo "postgres: running on 127.0.0.1:$PG_PORT"; else echo "postgres: stopped"; fi; }

# ---------------------------------------------------------------- settings for the platform and tests
write_env() {
  mkdir -p "$STATE"
  cat > "$ENV_FILE" <<ENV
export EVENTMART_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/eventmart
export EVENTMART_DB_USER=postgres
export EVENTMART_DB_PASSWORD=
ENV
}

main() {
  local cmd=${1:-status}; shift || true
  local services=("$@"); [ ${#services[@]} -gt 0 ] || services=("${ALL_SERVICES[@]}")
  for s in "${services[@]}"; do
    case "$cmd:$s" in
      start:postgres) pg_start ;;
      stop:postgres) pg_stop ;;
      status:postgres) pg_status ;;
      *) die "unknown command or service: $cmd $s" ;;
    esac
  done
  if [ "$cmd" = start ]; then write_env; fi
}

main "$@"
