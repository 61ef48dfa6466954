#!/usr/bin/env bash
# Runs the whole EventMart platform locally, in the foreground, on http://localhost:8080.
#
# Starts private PostgreSQL, Elasticsearch and Kafka servers (scripts/servers.sh) unless
# EVENTMART_DB_URL, EVENTMART_ES_URL and EVENTMART_KAFKA_BOOTSTRAP point at servers already, builds
# the platform, and runs it. Ctrl-C stops the platform and whatever servers this script started.
# --demo registers the demo catalog (about twenty products with stock; again on every start, which
# changes nothing). Other arguments go to the application (e.g. --server.port=9090).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

app_args=()
for arg in "$@"; do
  if [ "$arg" = --demo ]; then app_args+=(--eventmart.edge.demo-catalog=true); else app_args+=("$arg"); fi
done

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
if [ ${#needed[@]} -gt 0 ]; then
  for service in "${needed[@]}"; do
    scripts/servers.sh status "$service" | grep -q running || started+=("$service")
  done
  scripts/servers.sh start "${needed[@]}"
  # shellcheck source=/dev/null
  source .eventmart/servers.env
fi

echo "[run] building the platform" >&2
mvn -q -B -DskipTests -Dspotless.check.skip=true -pl platform -am install

jar=$(ls platform/target/platform-*-exec.jar)
echo "[run] starting EventMart on http://localhost:${PORT:-8080}" >&2
java ${JAVA_OPTS:-} -jar "$jar" ${app_args[@]+"${app_args[@]}"}
