#!/usr/bin/env bash
# Runs the whole EventMart platform locally, in the foreground, on http://localhost:8080.
#
# Starts a private PostgreSQL (scripts/servers.sh) unless EVENTMART_DB_URL points at a database
# already, builds the platform, and runs it. Ctrl-C stops the platform and whatever servers this
# script started. Extra arguments go to the application (e.g. --server.port=9090).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

started=()
cleanup() {
  if [ ${#started[@]} -gt 0 ]; then scripts/servers.sh stop "${started[@]}"; fi
}
trap cleanup EXIT

if [ -z "${EVENTMART_DB_URL:-}" ]; then
  scripts/servers.sh status postgres | grep -q running || started+=(postgres)
  scripts/servers.sh start postgres
  # shellcheck source=/dev/null
  source .eventmart/servers.env
fi

echo "[run] building the platform" >&2
mvn -q -B -DskipTests -Dspotless.check.skip=true -pl platform -am install

jar=$(ls platform/target/platform-*-exec.jar)
echo "[run] starting EventMart on http://localhost:${PORT:-8080}" >&2
java ${JAVA_OPTS:-} -jar "$jar" "$@"
