#!/usr/bin/env bash
# Starts, stops and reports the real servers EventMart needs on this machine, without Docker.
#
#   scripts/servers.sh start  [postgres ...]   start what is not running yet (default: all)
#   scripts/servers.sh stop   [postgres ...]   stop what this script started
#   scripts/servers.sh status [postgres ...]
#
# Services: postgres, elasticsearch, kafka — all on private loopback ports.
#  * PostgreSQL runs from Debian's server binaries (installed with apt-get when missing).
#  * Elasticsearch and Kafka come from Maven Central (scripts/servers/pom.xml) and run on the JDK.
# Data, logs and pid files live in .eventmart/ inside the project; .eventmart/servers.env holds the
# connection settings for the platform and the tests (source it).
#
# Settings (environment): EVENTMART_STATE_DIR (default <project>/.eventmart), EVENTMART_PG_PORT
# (55432), EVENTMART_ES_PORT (59200), EVENTMART_KAFKA_PORT (59092, controller on the next port),
# EVENTMART_PG_FAST=1 (no fsync: for throwaway test data only).
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
STATE=${EVENTMART_STATE_DIR:-$ROOT/.eventmart}
PG_PORT=${EVENTMART_PG_PORT:-55432}
ES_PORT=${EVENTMART_ES_PORT:-59200}
KAFKA_PORT=${EVENTMART_KAFKA_PORT:-59092}
KAFKA_CONTROLLER_PORT=$((KAFKA_PORT + 1))
PG_DIR=$STATE/postgres
ES_DIR=$STATE/elasticsearch
KAFKA_DIR=$STATE/kafka
ENV_FILE=$STATE/servers.env
ALL_SERVICES=(postgres elasticsearch kafka)

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

# ---------------------------------------------------------------- JVM servers (Elasticsearch, Kafka)
java_home() {
  if [ -n "${JAVA_HOME:-}" ]; then echo "$JAVA_HOME"; else dirname "$(dirname "$(readlink -f "$(command -v java)")")"; fi
}

fetch() { # fetch <execution>: download a server through scripts/servers/pom.xml into $STATE
  mvn -q -B -f "$ROOT/scripts/servers/pom.xml" -Dservers.dir="$STATE" "$1" >&2
}

pid_alive() { [ -f "$1" ] && kill -0 "$(cat "$1")" 2>/dev/null; }

stop_pid() { # stop_pid <pidfile> <name>
  if pid_alive "$1"; then
    local pid; pid=$(cat "$1")
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -9 "$pid" 2>/dev/null || true
    log "$2 stopped"
  fi
  rm -f "$1"
}

# Elasticsearch refuses to run as root: run it as a dedicated system user then.
es_user() { if [ "$(id -u)" = 0 ]; then echo eventmart; else id -un; fi; }

es_start() {
  if pid_alive "$ES_DIR/es.pid"; then log "Elasticsearch already running on port $ES_PORT"; return; fi
  local home
  home=$(ls -d "$ES_DIR"/elasticsearch-* 2>/dev/null | tail -n 1 || true)
  if [ -z "$home" ]; then
    log "fetching Elasticsearch from Maven Central"
    fetch dependency:copy@elasticsearch
    mkdir -p "$ES_DIR"
    unzip -q -o "$(ls "$STATE"/downloads/elasticsearch-*.zip | tail -n 1)" -d "$ES_DIR"
    home=$(ls -d "$ES_DIR"/elasticsearch-* | tail -n 1)
  fi
  if [ "$(id -u)" = 0 ]; then
    id eventmart >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin eventmart
    chown -R eventmart "$ES_DIR"
  fi
  mkdir -p "$ES_DIR/data" "$ES_DIR/logs"
  [ "$(id -u)" = 0 ] && chown eventmart "$ES_DIR/data" "$ES_DIR/logs"
  local run=(env ES_JAVA_HOME="$(java_home)" ES_JAVA_OPTS="${EVENTMART_ES_JAVA_OPTS:--Xms512m -Xmx512m}"
    "$home/bin/elasticsearch" -d -p "$ES_DIR/es.pid"
    -E discovery.type=single-node -E xpack.security.enabled=false -E network.host=127.0.0.1
    -E http.port="$ES_PORT" -E transport.port=$((ES_PORT + 100))
    -E path.data="$ES_DIR/data" -E path.logs="$ES_DIR/logs"
    -E cluster.routing.allocation.disk.threshold_enabled=false)
  if [ "$(id -u)" = 0 ]; then runuser -u "$(es_user)" -- "${run[@]}" >/dev/null; else "${run[@]}" >/dev/null; fi
  for _ in $(seq 1 120); do
    if curl -fs "http://127.0.0.1:$ES_PORT/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
      log "Elasticsearch running on 127.0.0.1:$ES_PORT"; return
    fi
    sleep 1
  done
  tail -n 30 "$ES_DIR"/logs/*.log >&2 || true
  die "Elasticsearch did not start"
}

es_stop() { stop_pid "$ES_DIR/es.pid" Elasticsearch; }
es_status() { if pid_alive "$ES_DIR/es.pid"; then echo "elasticsearch: running on 127.0.0.1:$ES_PORT"; else echo "elasticsearch: stopped"; fi; }

kafka_start() {
  if pid_alive "$KAFKA_DIR/kafka.pid"; then log "Kafka already running on port $KAFKA_PORT"; return; fi
  if [ ! -d "$KAFKA_DIR/lib" ]; then
    log "fetching Kafka from Maven Central"
    fetch dependency:copy-dependencies@kafka
  fi
  mkdir -p "$KAFKA_DIR/data"
  cat > "$KAFKA_DIR/server.properties" <<PROPS
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$KAFKA_CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT,CONTROLLER://127.0.0.1:$KAFKA_CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$KAFKA_PORT
controller.listener.names=CONTROLLER
listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT
log.dirs=$KAFKA_DIR/data
offsets.topic.replication.factor=1
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
auto.create.topics.enable=false
PROPS
  cat > "$KAFKA_DIR/log4j2.yaml" <<LOG
Configuration:
  Appenders:
    File:
      name: file
      fileName: $KAFKA_DIR/kafka.log
      PatternLayout:
        pattern: "[%d] %p %m (%c)%n"
  Loggers:
    Root:
      level: INFO
      AppenderRef:
        - ref: file
LOG
  local java; java="$(java_home)/bin/java"
  if [ ! -f "$KAFKA_DIR/data/meta.properties" ]; then
    local cluster_id; cluster_id=$("$java" -cp "$KAFKA_DIR/lib/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -n 1)
    "$java" -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.yaml" -cp "$KAFKA_DIR/lib/*" kafka.tools.StorageTool \
      format -t "$cluster_id" -c "$KAFKA_DIR/server.properties" >/dev/null
  fi
  nohup "$java" ${EVENTMART_KAFKA_JAVA_OPTS:--Xms256m -Xmx512m} -Dlog4j2.configurationFile="$KAFKA_DIR/log4j2.yaml" \
    -cp "$KAFKA_DIR/lib/*" kafka.Kafka "$KAFKA_DIR/server.properties" > "$KAFKA_DIR/stdout.log" 2>&1 &
  echo $! > "$KAFKA_DIR/kafka.pid"
  for _ in $(seq 1 120); do
    if grep -q "Kafka Server started" "$KAFKA_DIR/kafka.log" 2>/dev/null && (exec 3<>"/dev/tcp/127.0.0.1/$KAFKA_PORT") 2>/dev/null; then
      log "Kafka running on 127.0.0.1:$KAFKA_PORT"; return
    fi
    pid_alive "$KAFKA_DIR/kafka.pid" || break
    sleep 0.5
  done
  tail -n 30 "$KAFKA_DIR/kafka.log" "$KAFKA_DIR/stdout.log" >&2 || true
  die "Kafka did not start"
}

kafka_stop() {
  # A fresh start reads the whole log again; a clean stop keeps it quick.
  stop_pid "$KAFKA_DIR/kafka.pid" Kafka
}
kafka_status() { if pid_alive "$KAFKA_DIR/kafka.pid"; then echo "kafka: running on 127.0.0.1:$KAFKA_PORT"; else echo "kafka: stopped"; fi; }

# ---------------------------------------------------------------- settings for the platform and tests
write_env() {
  mkdir -p "$STATE"
  cat > "$ENV_FILE" <<ENV
export EVENTMART_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/eventmart
export EVENTMART_DB_USER=postgres
export EVENTMART_DB_PASSWORD=
export EVENTMART_R2DBC_URL=r2dbc:postgresql://127.0.0.1:$PG_PORT/eventmart
export EVENTMART_ES_URL=http://127.0.0.1:$ES_PORT
export EVENTMART_KAFKA_BOOTSTRAP=127.0.0.1:$KAFKA_PORT
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
      start:elasticsearch) es_start ;;
      stop:elasticsearch) es_stop ;;
      status:elasticsearch) es_status ;;
      start:kafka) kafka_start ;;
      stop:kafka) kafka_stop ;;
      status:kafka) kafka_status ;;
      *) die "unknown command or service: $cmd $s" ;;
    esac
  done
  if [ "$cmd" = start ]; then write_env; fi
}

main "$@"
