# shellcheck shell=bash
# Phase 3+: what compose gets from Consul and from its secrets, made locally.
#   --instances NAME=N   more instances of a service, on the next ports up by 100 (8083 -> 8183)
#   discovery            no Consul agent here: every service is handed the list of instances ./run started
#                        (spring.cloud.discovery.client.simple.instances, as SPRING_APPLICATION_JSON)
#   JWT signing key      one per run directory, shared by every user-service instance
#   Redis                must answer before phase 3+ starts

INSTANCE_PORT_STEP=100

# Adds the extra instances asked for with --instances (INSTANCES="inventory-service=2,order-service=2") to the
# loaded phase: instance k of NAME is called NAME-k and listens on port + (k-1) * 100.
add_instances() {
  local request name count i k base_port module found
  [ -n "${INSTANCES:-}" ] || return 0
  phase_uses_discovery ||
    die "$EXIT_USAGE" "--instances needs a gateway and discovery in front of the services: phase 3 or later"
  for request in ${INSTANCES//,/ }; do
    name=${request%%=*}
    count=${request#*=}
    case "$count" in '' | *[!0-9]*) die "$EXIT_USAGE" "--instances $request: expected NAME=NUMBER, e.g. inventory-service=2" ;; esac
    if [ "$count" -lt 1 ] || [ "$count" -gt 5 ]; then die "$EXIT_USAGE" "--instances $request: 1 to 5 instances"; fi
    found=""
    for i in "${!SVC_NAMES[@]}"; do
      if [ "${SVC_NAMES[$i]}" = "$name" ]; then found=$i; fi
    done
    [ -n "$found" ] || die "$EXIT_USAGE" "--instances $request: $PHASE has no service $name"
    [ "$name" != gateway ] || die "$EXIT_USAGE" "--instances: the gateway is the one published port; scale the services behind it"
    base_port=${SVC_PORTS[$found]}
    module=${SVC_MODULES[$found]}
    for ((k = 2; k <= count; k++)); do
      SVC_NAMES+=("$name-$k")
      SVC_MODULES+=("$module")
      SVC_PORTS+=($((base_port + (k - 1) * INSTANCE_PORT_STEP)))
    done
  done
}

# The service an instance belongs to: inventory-service-2 -> inventory-service.
service_of_instance() {
  local name=$1
  case "$name" in
    *-service-[0-9]*) printf '%s\n' "${name%-[0-9]*}" ;;
    *) printf '%s\n' "$name" ;;
  esac
}

# {"spring":{"cloud":{"discovery":{"client":{"simple":{"instances":{"user-service":[{"uri":"http://localhost:8081"}],...}}}}}}}
static_discovery_json() {
  local services=() service i first json="" list
  for i in "${!SVC_NAMES[@]}"; do
    service=$(service_of_instance "${SVC_NAMES[$i]}")
    [ "$service" != gateway ] || continue
    case " ${services[*]:-} " in *" $service "*) ;; *) services+=("$service") ;; esac
  done
  for service in "${services[@]}"; do
    list="" first=true
    for i in "${!SVC_NAMES[@]}"; do
      [ "$(service_of_instance "${SVC_NAMES[$i]}")" = "$service" ] || continue
      $first || list+=","
      list+="{\"uri\":\"http://localhost:${SVC_PORTS[$i]}\"}"
      first=false
    done
    json+="${json:+,}\"$service\":[$list]"
  done
  printf '{"spring":{"cloud":{"discovery":{"client":{"simple":{"instances":{%s}}}}}}}\n' "$json"
}

# The RSA key user-service signs tokens with, made once per run directory (RUN_DIR/secrets, readable by the owner).
jwt_private_key() {
  local file="$RUN_DIR/secrets/jwt-private-key"
  if [ ! -s "$file" ]; then
    mkdir -p "$RUN_DIR/secrets"
    chmod 700 "$RUN_DIR/secrets"
    (umask 077 && "$JAVA" "$LAUNCHER_DIR/tools/JwtSigningKey.java" >"$file") ||
      die "$EXIT_FAILED" "could not make a JWT signing key with $JAVA $LAUNCHER_DIR/tools/JwtSigningKey.java"
  fi
  cat "$file"
}

# Phase 3+ keep sessions and rate limits in Redis: refuse to start without one, and say how to get it.
check_redis() {
  local host=${SHOP_REDIS_HOST:-localhost} port=${SHOP_REDIS_PORT:-6379}
  [ "$host" != localhost ] || host=127.0.0.1
  if ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
    warn "$PHASE needs Redis (sessions and rate limits), and nothing answers on $host:$port. Start it, e.g.:"
    say "    redis-server --daemonize yes --port $port --save '' --appendonly no" >&2
    say "    (Debian/Ubuntu: sudo apt-get install redis-server; macOS: brew install redis && brew services start redis)" >&2
    exit "$EXIT_FAILED"
  fi
}

# True when a Consul agent answers on localhost:8500 (then the services register there, as in compose).
consul_is_running() {
  [ "$(http_status 8500 /v1/status/leader)" = 200 ]
}

# Phase-3+ preparations before starting: Redis, and how the services will find each other.
# Sets DISCOVERY_ENV, which start_service (lib/process.sh) hands to every service.
# shellcheck disable=SC2034
prepare_discovery() {
  phase_uses_discovery || return 0
  check_redis
  if consul_is_running; then
    DISCOVERY_ENV="SHOP_CONSUL_ENABLED=true"
    info "Discovery: Consul answers on localhost:8500; every service registers there (UI: http://localhost:8500)"
  else
    DISCOVERY_ENV="SPRING_APPLICATION_JSON=$(static_discovery_json)"
    info "Discovery: no Consul agent on localhost:8500, so services find each other through a static list of" \
      "the ${#SVC_NAMES[@]} instances started here (compose runs Consul)"
  fi
}

# Phases whose services find each other by name: the ones with a gateway.
phase_uses_discovery() {
  local name
  for name in "${SVC_NAMES[@]}"; do [ "$name" != gateway ] || return 0; done
  return 1
}
