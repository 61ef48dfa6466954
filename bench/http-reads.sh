#!/usr/bin/env bash
# Read throughput of the public HTTP API: the standalone platform with the demo catalog on a fresh
# database, loaded by wrk (Debian's package, installed when missing) on the same machine.
#   bench/http-reads.sh [duration=30s] [connections=32]
# Prints markdown rows for docs/benchmarks.md:
# | endpoint | connections | requests/s | p50 ms | p99 ms | non-2xx |
# and the platform's resident memory afterwards.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"

duration=30s
connections=32
for arg in "$@"; do
  case "$arg" in
    duration=*) duration=${arg#duration=} ;;
    connections=*) connections=${arg#connections=} ;;
    *) echo "unknown argument $arg (duration=30s connections=32)" >&2; exit 2 ;;
  esac
done

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if ! command -v wrk >/dev/null; then
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null
fi

scripts/servers.sh start postgres elasticsearch kafka >&2
# shellcheck source=/dev/null
source .eventmart/servers.env
mvn -q -B -DskipTests -Dspotless.check.skip=true -pl platform -am install >&2

# A database, search index, topics and consumer group of this run's own.
name="bench_http_$$"
pg_host=127.0.0.1
pg_port=$(echo "$EVENTMART_DB_URL" | sed -E 's#.*:([0-9]+)/.*#\1#')
PGPASSWORD=${EVENTMART_DB_PASSWORD:-} psql -q -h "$pg_host" -p "$pg_port" -U "$EVENTMART_DB_USER" \
  -d postgres -c "CREATE DATABASE $name" >&2
port=18080
base="http://127.0.0.1:$port"
jar=$(ls platform/target/platform-*-exec.jar)
java -Xms1g -Xmx1g -jar "$jar" \
  --server.port=$port \
  --spring.datasource.url="jdbc:postgresql://$pg_host:$pg_port/$name" \
  --spring.r2dbc.url="r2dbc:postgresql://$pg_host:$pg_port/$name" \
  --eventmart.search.index.prefix="bench-http-$$" \
  --eventmart.kafka.topic-prefix="bench-http-$$." \
  --eventmart.analytics.group-id="bench-http-$$" \
  --eventmart.edge.demo-catalog=true \
  --eventmart.edge.rate-limits.anonymous-capacity=100000000 \
  --logging.level.root=WARN >.eventmart/bench-http.log 2>&1 &
platform=$!
trap 'kill $platform 2>/dev/null || true; wait $platform 2>/dev/null || true' EXIT

# Ready, and the demo catalog in the catalog and the search index.
for _ in $(seq 1 180); do
  if curl -fs "$base/api/search?q=domain" 2>/dev/null | grep -q '"totalItems":[1-9]' &&
    curl -fs "$base/api/products?size=100" 2>/dev/null | grep -q '"totalItems":20'; then
    break
  fi
  sleep 1
done
product=$(curl -fs "$base/api/products?size=1" | grep -o '"productId":"[^"]*"' | head -1 | cut -d'"' -f4)
[ -n "$product" ] || { echo "the demo catalog never appeared; see .eventmart/bench-http.log" >&2; exit 1; }

run() {
  local label=$1 path=$2 out
  wrk -t2 -c"$connections" -d5s "$base$path" >/dev/null # warm-up
  out=$(wrk -t2 -c"$connections" -d"$duration" --latency "$base$path")
  awk -v label="$label" -v connections="$connections" '
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = ms($2) }
    /^ +99%/ { p99 = ms($2) }
    /Non-2xx/ { non2xx = $5 }
    END { printf "| %s | %s | %.0f | %.1f | %.1f | %d |\n", label, connections, rps, p50, p99, non2xx }
  ' <<<"$out"
}

run "GET /api/products/{id}" "/api/products/$product"
run "GET /api/products?category=Books" "/api/products?category=Books"
run "GET /api/search?q=domian (typo)" "/api/search?q=domian"
run "GET /api/search/suggestions?q=de" "/api/search/suggestions?q=de"
run "GET /api/categories" "/api/categories"
echo "platform RSS after the runs: $(($(awk '/VmRSS/{print $2}' /proc/$platform/status) / 1024)) MiB"
