# shellcheck shell=bash
# ./run bench PHASE: what a phase costs — start-up, memory, a warm-up curve, CPU per order of every process, latency,
# the highest order rate it sustains (searched by bisection) — measured the same way for every phase, next to what PostgreSQL alone does with the same order-shaped
# transaction on the same machine, minutes apart. Results: benchmarks/results/PHASE.json, docs/benchmarks.md.
#
# Needs Linux (/proc for memory and CPU), a PostgreSQL server (SHOP_BENCH_PG_HOST, default 127.0.0.1:5432,
# user postgres without a password, as on the CI machine) and its client tools psql and pgbench.
# The phase runs in its own run directory (.run/bench) on fresh databases: nothing of ./run phaseN is touched.

BENCH_PG_HOST=${SHOP_BENCH_PG_HOST:-127.0.0.1}
BENCH_PG_PORT=${SHOP_BENCH_PG_PORT:-5432}
BENCH_PG_USER=${SHOP_BENCH_PG_USER:-postgres}
# pgbench clients and threads: as many connections as the application's pool would use under load.
BENCH_PGBENCH_CLIENTS=${SHOP_BENCH_PGBENCH_CLIENTS:-8}
BENCH_PGBENCH_SECONDS=${SHOP_BENCH_PGBENCH_SECONDS:-30}

cmd_bench() {
  [ $# -ge 1 ] || die "$EXIT_USAGE" "usage: ./run bench PHASE (./run help)"
  local phase
  phase=$(normalize_phase "$1")
  shift
  no_more_arguments "$@"
  load_phase "$phase" || die "$EXIT_USAGE" "unknown phase '$phase' (./run help)"
  [ -r /proc/self/status ] || die "$EXIT_FAILED" "./run bench reads memory and CPU from /proc: it runs on Linux only"
  local tool
  for tool in psql pgbench; do
    command -v "$tool" >/dev/null || die "$EXIT_FAILED" "./run bench needs $tool (PostgreSQL's client tools)"
  done
  if phase_uses_messaging && ! rabbitmq_management overview; then
    die "$EXIT_FAILED" "./run bench $phase samples RabbitMQ's queues through its management API on port 15672: rabbitmq-plugins enable rabbitmq_management"
  fi
  # (./run refuses to start the phase there if a benchmark already runs it.)
  BENCH_RUN_DIR="$RUN_DIR/bench"

  info "Benchmarking $phase on $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
  bench_pgbench
  bench_start_phase "$phase"
  trap 'bench_stop' EXIT
  if ls "$BENCH_RUN_DIR"/apps/*/recording >/dev/null 2>&1; then
    # The first start after a build records the class data caches (lib/cds.sh): stop to write them, and measure
    # a start that uses them, as every later start of a learner's does.
    info "That start recorded the class data caches: stopping to write them, then starting again to measure"
    bench_stop
    bench_start_phase "$phase"
  fi
  bench_run_simulations "$phase"
  bench_stop
  trap - EXIT
  bench_report
}

bench_psql() {
  psql -q -v ON_ERROR_STOP=1 -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" "$@"
}

bench_fresh_database() {
  bench_psql -d postgres -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1" >/dev/null
}

# The limit underneath: phase 1's order write path as one pgbench transaction, on phase 1's schema.
bench_pgbench() {
  local file output
  info "The limit underneath: pgbench, the order write path, $BENCH_PGBENCH_CLIENTS clients, $BENCH_PGBENCH_SECONDS s"
  bench_fresh_database shop_pgbench
  for file in "$ROOT"/phase1-monolith/src/main/resources/db/migration/V*.sql "$ROOT/benchmarks/pgbench/setup.sql"; do
    bench_psql -d shop_pgbench -f "$file" >/dev/null
  done
  output=$(pgbench -h "$BENCH_PG_HOST" -p "$BENCH_PG_PORT" -U "$BENCH_PG_USER" -n \
    -c "$BENCH_PGBENCH_CLIENTS" -j 2 -T "$BENCH_PGBENCH_SECONDS" \
    -f "$ROOT/benchmarks/pgbench/order-write-path.sql" shop_pgbench 2>&1) ||
    die "$EXIT_FAILED" "pgbench failed: $output"
  PGBENCH_TPS=$(printf '%s\n' "$output" | sed -n 's/^tps = \([0-9.]*\) .*/\1/p')
  PGBENCH_LATENCY_MS=$(printf '%s\n' "$output" | sed -n 's/^latency average = \([0-9.]*\) ms/\1/p')
  if [ -z "$PGBENCH_TPS" ] || [ -z "$PGBENCH_LATENCY_MS" ]; then
    die "$EXIT_FAILED" "could not read pgbench's result: $output"
  fi
  say "    $PGBENCH_TPS transactions/s, $PGBENCH_LATENCY_MS ms on average"
  bench_psql -d postgres -c "DROP DATABASE shop_pgbench WITH (FORCE)" >/dev/null
}

# Starts the phase exactly as ./run does, on PostgreSQL, and reads how long each service took to be ready.
bench_start_phase() {
  local name
  # a fresh database per service: bench_monolith, bench_user_service, ...
  for name in "${SVC_NAMES[@]}"; do
    [ "$name" = gateway ] || bench_fresh_database "bench_${name//-/_}"
  done
  # No warm-up: the simulations warm up themselves, and the memory at readiness is measured as it was before ./run
  # had one.
  # Phase 3+: the load comes from one address as hundreds of customers; the gateway's budgets are meant for one
  # person each (the login budget is per address), so the benchmark measures the architecture, not the limiter.
  SHOP_RATE_LIMIT_LOGIN_RATE=10000 SHOP_RATE_LIMIT_LOGIN_BURST=20000 \
    SHOP_RATE_LIMIT_API_RATE=10000 SHOP_RATE_LIMIT_API_BURST=20000 \
    SHOP_RATE_LIMIT_ORDERS_RATE=10000 SHOP_RATE_LIMIT_ORDERS_BURST=20000 \
    SHOP_RUN_DIR=$BENCH_RUN_DIR SHOP_ADMIN_PASSWORD=$ADMIN_PASSWORD SHOP_WARMUP=false \
    SHOP_DB_URL_TEMPLATE="jdbc:postgresql://$BENCH_PG_HOST:$BENCH_PG_PORT/bench_{service}" \
    SHOP_DB_USER=$BENCH_PG_USER SHOP_DB_PASSWORD='' \
    "$ROOT/run" "$1" --detach --fresh --postgres
  BENCH_PROCESSES=$(for name in "${SVC_NAMES[@]}"; do printf '%s=%s,' "$name" "$(cat "$BENCH_RUN_DIR/pids/$name.pid")"; done)
  BENCH_STARTUP=$(awk -F'\t' '$1 != "(all)" { printf "%s=%s,", $1, $2 }' "$BENCH_RUN_DIR/startup.tsv")
  BENCH_PHASE_STARTUP=$(awk -F'\t' '$1 == "(all)" { print $2 }' "$BENCH_RUN_DIR/startup.tsv")
}

bench_run_simulations() {
  local i urls="" direct="" base_url="http://localhost:${SVC_PORTS[0]}"
  if phase_uses_discovery; then
    base_url="http://localhost:$(port_of gateway)" # phase 3+: everything through the gateway
    # ... and product-service asked directly too, to measure what the gateway's hop costs
    direct=" --direct-url http://localhost:$(port_of product-service)"
  else
    # Phase 2 has no gateway: the capabilities the simulations call, each at its own service
    # (user-service -> user=http://localhost:8081).
    for i in "${!SVC_NAMES[@]}"; do
      case "${SVC_NAMES[$i]}" in
        user-service | product-service | inventory-service | order-service)
          urls="$urls${SVC_NAMES[$i]%-service}=http://localhost:${SVC_PORTS[$i]},"
          ;;
      esac
    done
  fi
  info "Load: Gatling simulations against $1 (reports under benchmarks/target/gatling)"
  # CPU per order also counts the infrastructure the phase uses, all its processes by command name: PostgreSQL
  # always, Redis and RabbitMQ where the phase's configuration names them.
  local infrastructure="postgresql=postgres" module configs=()
  for module in "${SVC_MODULES[@]}"; do configs+=("$ROOT/$module/src/main/resources"); done
  if grep -rqsi --include='application*.y*ml' 'redis' "${configs[@]}"; then
    infrastructure="$infrastructure,redis=redis-server"
  fi
  local queues=""
  if phase_uses_messaging; then
    infrastructure="$infrastructure,rabbitmq=beam.smp"
    # ... and the depth of its queues during each probe, from the management API (checked before the phase started)
    queues=" --rabbitmq-management http://${SHOP_RABBITMQ_USER:-guest}:${SHOP_RABBITMQ_PASSWORD:-guest}@${SHOP_RABBITMQ_HOST:-localhost}:15672/api/queues/%2F"
  fi
  # Gatling runs in a JVM of its own (exec:exec, not inside Maven's), with the options it needs.
  "$ROOT/mvnw" -q -f "$ROOT/pom.xml" -pl benchmarks compile exec:exec@bench -Dbench.args="--phase $1 \
--base-url $base_url --processes ${BENCH_PROCESSES%,} --infrastructure $infrastructure --startup ${BENCH_STARTUP%,} \
--phase-startup-ms $BENCH_PHASE_STARTUP --pgbench-tps $PGBENCH_TPS --pgbench-latency-ms $PGBENCH_LATENCY_MS \
--admin-password $ADMIN_PASSWORD --out $ROOT/benchmarks/results/$1.json${urls:+ --urls ${urls%,}}$direct$queues"
}

bench_stop() {
  SHOP_RUN_DIR=$BENCH_RUN_DIR "$ROOT/run" stop >/dev/null 2>&1 || true
}

bench_report() {
  info "Report: docs/benchmarks.md and its charts, from every benchmarks/results/*.json"
  "$ROOT/mvnw" -q -f "$ROOT/pom.xml" -pl benchmarks compile exec:exec@report
}
