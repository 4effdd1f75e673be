# shellcheck shell=bash
# Starting, watching and stopping the service processes, and what is recorded about them in RUN_DIR:
#   RUN_DIR/phase               the phase that runs
#   RUN_DIR/pids/SERVICE.pid    its process id      RUN_DIR/pids/SERVICE.port   its port
#   RUN_DIR/logs/SERVICE.log    its output          RUN_DIR/data/SERVICE/       its files (H2 database)

pid_file() { printf '%s/pids/%s.pid\n' "$RUN_DIR" "$1"; }
port_file() { printf '%s/pids/%s.port\n' "$RUN_DIR" "$1"; }
log_file() { printf '%s/logs/%s.log\n' "$RUN_DIR" "$1"; }
data_dir() { printf '%s/data/%s\n' "$RUN_DIR" "$1"; }

# True while PID runs (a zombie, dead but not yet reaped by its parent, does not count).
is_running() {
  local state
  kill -0 "$1" 2>/dev/null || return 1
  state=$(ps -o stat= -p "$1" 2>/dev/null) || return 1
  case "$state" in *Z*) return 1 ;; esac
}

# True when a recorded PID is still one of our services: running, and a java process
# (after a reboot the number may belong to something else, which must never be stopped).
is_service_process() {
  is_running "$1" || return 1
  case "$(ps -o args= -p "$1" 2>/dev/null)" in *java*) return 0 ;; esac
  return 1
}

# The services recorded in RUN_DIR (whether or not they still run), one name per line.
recorded_services() {
  local file
  for file in "$RUN_DIR"/pids/*.pid; do
    [ -f "$file" ] || continue
    file=${file##*/}
    printf '%s\n' "${file%.pid}"
  done
}

recorded_pid() { cat "$(pid_file "$1")" 2>/dev/null || true; }
recorded_port() { cat "$(port_file "$1")" 2>/dev/null || true; }
recorded_phase() { cat "$RUN_DIR/phase" 2>/dev/null || printf '(unknown phase)\n'; }

forget() { rm -f "$(pid_file "$1")" "$(port_file "$1")"; }

# Prints the names of recorded services that are alive; forgets the ones that are not.
live_services() {
  local name pid
  for name in $(recorded_services); do
    pid=$(recorded_pid "$name")
    if [ -n "$pid" ] && is_service_process "$pid"; then printf '%s\n' "$name"; else forget "$name"; fi
  done
}

# Starts service I of the loaded phase in the background; sets SVC_PIDS[I].
start_service() {
  local i=$1 phase=$2 name=${SVC_NAMES[$1]} port=${SVC_PORTS[$1]} jar data log env_vars=() extra line
  data=$(data_dir "$(service_of_instance "$name")") # a second instance shares its service's database
  log=$(log_file "$name")
  mkdir -p "$data" "$RUN_DIR/logs" "$RUN_DIR/pids"
  jar=${SVC_JARS[$i]} # prepared by start_all (lib/cds.sh)

  env_vars=("SERVER_PORT=$port" "SHOP_DATA_DIR=$data" "SHOP_ADMIN_PASSWORD=$ADMIN_PASSWORD")
  [ "$USE_POSTGRES" = false ] || env_vars+=("SPRING_PROFILES_ACTIVE=postgres")
  # SHOP_DB_URL_TEMPLATE gives every service a database of its own, {service} standing for its name
  # (./run bench uses it: jdbc:postgresql://127.0.0.1:5432/bench_{service}).
  [ -z "${SHOP_DB_URL_TEMPLATE:-}" ] || env_vars+=("SHOP_DB_URL=${SHOP_DB_URL_TEMPLATE//\{service\}/${name//-/_}}")
  [ -z "${DISCOVERY_ENV:-}" ] || env_vars+=("$DISCOVERY_ENV") # phase 3+ (lib/discovery.sh)
  extra=$(service_env "$phase" "$(service_of_instance "$name")") # launcher/<phase>.env
  while IFS= read -r line; do
    [ -z "$line" ] || env_vars+=("$line")
  done <<EOF
$extra
EOF

  printf '# %s: ./run %s started %s: %s %s -jar %s\n' "$(date '+%Y-%m-%d %H:%M:%S')" \
    "$phase" "$name" "$JAVA" "$JAVA_OPTS ${SVC_CDS_OPTS[$i]}" "$jar" >"$log"
  # set -m gives the JVM its own process group: Ctrl-C in this terminal reaches only the launcher,
  # which then stops every service in order. The working directory is the service's data directory,
  # so nothing it writes lands in the repository. stdin is /dev/null: nothing ever waits for input.
  set -m
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options, split on spaces on purpose
  (cd "$data" && exec env "${env_vars[@]}" "$JAVA" $JAVA_OPTS ${SVC_CDS_OPTS[$i]} -jar "$jar") </dev/null >>"$log" 2>&1 &
  SVC_PIDS[i]=$!
  # shellcheck disable=SC2034 # read by wait_until_ready in ./run
  STARTED_MS[i]=$(now_ms)
  set +m
  printf '%s\n' "${SVC_PIDS[$i]}" >"$(pid_file "$name")"
  printf '%s\n' "$port" >"$(port_file "$name")"
  say "    $name: pid ${SVC_PIDS[$i]}, port $port, log $(short_path "$log")"
}

# A path relative to the repository root when it lies inside it (shorter to read and to copy).
short_path() {
  case "$1" in
    "$ROOT"/*) printf '%s\n' "${1#"$ROOT"/}" ;;
    *) printf '%s\n' "$1" ;;
  esac
}
