#!/usr/bin/env bash
# Runs every test: the formatting and build checks, unit and fixture tests, then the integration
# tests against real servers.
#
# With a Docker engine the integration tests start their servers with Testcontainers. Without one,
# this script starts PostgreSQL, Elasticsearch and Kafka with scripts/servers.sh (and stops them
# afterwards), except those EVENTMART_DB_URL, EVENTMART_ES_URL and EVENTMART_KAFKA_BOOTSTRAP already
# point at. Extra arguments go to Maven (e.g. -pl platform -am).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

started=()
cleanup() {
  if [ ${#started[@]} -gt 0 ]; then scripts/servers.sh stop "${started[@]}"; fi
}
trap cleanup EXIT

# The servers nobody configured: PostgreSQL, Elasticsearch and Kafka unless their URLs are set.
needed=()
[ -n "${EVENTMART_DB_URL:-}" ] || needed+=(postgres)
[ -n "${EVENTMART_ES_URL:-}" ] || needed+=(elasticsearch)
[ -n "${EVENTMART_KAFKA_BOOTSTRAP:-}" ] || needed+=(kafka)
if [ ${#needed[@]} -gt 0 ] && ! docker info >/dev/null 2>&1; then
  for service in "${needed[@]}"; do
    scripts/servers.sh status "$service" | grep -q running || started+=("$service")
  done
  EVENTMART_PG_FAST=1 scripts/servers.sh start "${needed[@]}"
  # shellcheck source=/dev/null
  source .eventmart/servers.env
fi

mvn -B verify "$@"
