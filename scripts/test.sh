#!/usr/bin/env bash
# Runs every test: the formatting and build checks, unit and fixture tests, then the integration
# tests against real servers.
#
# With a Docker engine the integration tests start their servers with Testcontainers. Without one,
# this script starts them with scripts/servers.sh (and stops them afterwards) unless EVENTMART_DB_URL
# already points at a PostgreSQL server. Extra arguments go to Maven (e.g. -pl platform -am).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

started=()
cleanup() {
  if [ ${#started[@]} -gt 0 ]; then scripts/servers.sh stop "${started[@]}"; fi
}
trap cleanup EXIT

if [ -z "${EVENTMART_DB_URL:-}" ] && ! docker info >/dev/null 2>&1; then
  scripts/servers.sh status postgres | grep -q running || started+=(postgres)
  EVENTMART_PG_FAST=1 scripts/servers.sh start postgres
  # shellcheck source=/dev/null
  source .eventmart/servers.env
fi

mvn -B verify "$@"
