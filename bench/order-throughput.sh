#!/usr/bin/env bash
# Orders per second through the whole write side, every read model running, one JVM, real servers.
#   bench/order-throughput.sh [orders=2000] [concurrency=64] [products=50] [mode=burst|steady]
# burst: every order sent at once (throughput, latency includes the backlog); steady: `concurrency`
# customers each waiting for their order's decision before the next (latency at that load).
# Extra JVM options (e.g. -Deventmart.order.saga.segments=1) in BENCH_JAVA_OPTS.
# Prints one markdown row for docs/benchmarks.md:
# | mode | orders | concurrency | orders/s | p50 ms | p95 ms | p99 ms | max ms | failed | heap MiB | RSS MiB |
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
scripts/servers.sh start postgres elasticsearch kafka
# shellcheck source=/dev/null
source .eventmart/servers.env
mvn -q -B -DskipTests -Dspotless.check.skip=true -pl bench -am install
mvn -q -B -pl bench dependency:build-classpath -Dmdep.outputFile="$ROOT/bench/target/classpath.txt" >/dev/null
cp=$(cat bench/target/classpath.txt)
java -Xms1g -Xmx1g ${BENCH_JAVA_OPTS:-} -cp "bench/target/classes:$cp" \
  -Dlogging.level.root=WARN io.eventmart.bench.OrderThroughput "$@" | grep '^|'
