# shellcheck shell=bash
# Phase 4+: what compose gets from its PostgreSQL and RabbitMQ containers, made on this machine's servers.
#   PostgreSQL   one database per service (SHOP_DB_PREFIX + users, products, ...), owned by the user shop;
#                created when missing, dropped and created again with --fresh
#   RabbitMQ     must answer before phase 4+ starts; a virtual host of its own when SHOP_RABBITMQ_VHOST is set
#                (the acceptance tests use one); its management UI is printed when it answers
#   Redis        as phase 3 (lib/discovery.sh)

MESSAGING_DATABASES=(users products inventory orders payments notifications)

# Phases whose services talk through RabbitMQ: the ones with a messaging module.
phase_uses_messaging() {
  [ -d "$ROOT/${SVC_MODULES[0]%/*}/messaging" ]
}

prepare_messaging() {
  phase_uses_messaging || return 0
  check_rabbitmq
  prepare_databases
  prepare_virtual_host
}

check_rabbitmq() {
  local host=${SHOP_RABBITMQ_HOST:-localhost} port=${SHOP_RABBITMQ_PORT:-5672}
  [ "$host" != localhost ] || host=127.0.0.1
  if ! (exec 3<>"/dev/tcp/$host/$port") 2>/dev/null; then
    warn "$PHASE needs RabbitMQ (events and tasks), and nothing answers on $host:$port. Start it, e.g.:"
    say "    rabbitmq-server -detached" >&2
    say "    (Debian/Ubuntu: sudo apt-get install rabbitmq-server; macOS: brew install rabbitmq && brew services start rabbitmq)" >&2
    exit "$EXIT_FAILED"
  fi
}

# The management API answers (rabbitmq-plugins enable rabbitmq_management): then the UI is printed, and virtual
# hosts and queues can be reset.
rabbitmq_management() {
  curl -fsS -o /dev/null -u "${SHOP_RABBITMQ_USER:-guest}:${SHOP_RABBITMQ_PASSWORD:-guest}" \
    "http://${SHOP_RABBITMQ_HOST:-localhost}:15672/api/$1" -X "${2:-GET}" ${3:+-H 'content-type: application/json' -d "$3"} 2>/dev/null
}

# SHOP_RABBITMQ_VHOST other than /: created if missing, and emptied (deleted, created) with --fresh. In the default
# virtual host, --fresh deletes the shop's queues instead (they would hold messages about orders that no longer exist).
prepare_virtual_host() {
  local vhost=${SHOP_RABBITMQ_VHOST:-/} queue
  if [ "$vhost" = / ]; then
    [ "$FRESH" = true ] || return 0
    if ! rabbitmq_management overview; then
      warn "--fresh: RabbitMQ's management API does not answer, so the queues keep what they hold"
      return 0
    fi
    for queue in $(curl -fsS -u "${SHOP_RABBITMQ_USER:-guest}:${SHOP_RABBITMQ_PASSWORD:-guest}" \
      "http://${SHOP_RABBITMQ_HOST:-localhost}:15672/api/queues/%2F?columns=name" | grep -o '"name":"[a-z-]*-service\.[^"]*"' | cut -d'"' -f4); do
      rabbitmq_management "queues/%2F/$queue" DELETE || true
    done
    return 0
  fi
  rabbitmq_management overview ||
    die "$EXIT_FAILED" "SHOP_RABBITMQ_VHOST=$vhost needs RabbitMQ's management API on port 15672 (rabbitmq-plugins enable rabbitmq_management)"
  if [ "$FRESH" = true ]; then rabbitmq_management "vhosts/$vhost" DELETE || true; fi
  rabbitmq_management "vhosts/$vhost" PUT '{}' || die "$EXIT_FAILED" "could not create the RabbitMQ virtual host $vhost"
  rabbitmq_management "permissions/$vhost/${SHOP_RABBITMQ_USER:-guest}" PUT '{"configure":".*","write":".*","read":".*"}' ||
    die "$EXIT_FAILED" "could not give ${SHOP_RABBITMQ_USER:-guest} the virtual host $vhost"
}

# psql as a PostgreSQL superuser of the local server (SHOP_DB_ADMIN, default postgres).
psql_admin() {
  psql -h "${SHOP_DB_HOST:-localhost}" -p "${SHOP_DB_PORT:-5432}" -U "${SHOP_DB_ADMIN:-postgres}" -d postgres \
    -v ON_ERROR_STOP=1 -qtAc "$1"
}

prepare_databases() {
  local name db user=${SHOP_DB_USER:-shop}
  if [ -n "${SHOP_DB_URL:-}" ]; then
    info "Databases: SHOP_DB_URL is set, so every service uses it as it is"
    return 0
  fi
  command -v psql >/dev/null ||
    die "$EXIT_FAILED" "$PHASE needs PostgreSQL (one database per service) and psql to prepare them; install the PostgreSQL client"
  if ! psql_admin "SELECT 1" >/dev/null 2>&1; then
    warn "$PHASE keeps each service's data in PostgreSQL, and psql cannot log in to ${SHOP_DB_HOST:-localhost}:${SHOP_DB_PORT:-5432} as ${SHOP_DB_ADMIN:-postgres}."
    say "    Start PostgreSQL, or set SHOP_DB_ADMIN to a superuser that can log in without a password." >&2
    say "    (Debian/Ubuntu: sudo apt-get install postgresql; macOS: brew install postgresql && brew services start postgresql)" >&2
    exit "$EXIT_FAILED"
  fi
  if [ -z "$(psql_admin "SELECT 1 FROM pg_roles WHERE rolname = '$user'")" ]; then
    psql_admin "CREATE ROLE \"$user\" LOGIN PASSWORD '${SHOP_DB_PASSWORD:-shop}'" >/dev/null
  fi
  for name in "${MESSAGING_DATABASES[@]}"; do
    db=${SHOP_DB_PREFIX:-shop_}$name
    if [ "$FRESH" = true ]; then psql_admin "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null; fi
    if [ -z "$(psql_admin "SELECT 1 FROM pg_database WHERE datname = '$db'")" ]; then
      psql_admin "CREATE DATABASE \"$db\" OWNER \"$user\"" >/dev/null
    fi
  done
  info "Databases: ${SHOP_DB_PREFIX:-shop_}{$(IFS=,; printf '%s' "${MESSAGING_DATABASES[*]}")} on PostgreSQL ${SHOP_DB_HOST:-localhost}:${SHOP_DB_PORT:-5432}$([ "$FRESH" = true ] && printf ' (--fresh: empty)')"
}

# For the summary: where to watch the queues.
print_messaging_urls() {
  phase_uses_messaging || return 0
  if rabbitmq_management overview; then
    say "  RabbitMQ       http://localhost:15672 (guest/guest): exchanges shop.events and shop.tasks, every queue"
  else
    say "  RabbitMQ       localhost:5672 (its management UI is off: rabbitmq-plugins enable rabbitmq_management)"
  fi
}
