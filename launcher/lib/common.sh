# shellcheck shell=bash disable=SC2034 # the settings defined here are used by ./run and the other files
# Settings, messages and configuration files shared by every command of ./run.
# Sourced by ./run, which sets ROOT (the repository root) first.

# Exit codes, also listed by ./run help.
readonly EXIT_FAILED=1      # a build, a start or a service failed
readonly EXIT_USAGE=2       # wrong command line
readonly EXIT_NOT_RUNNING=3 # ./run status: nothing is running
readonly EXIT_BUSY=4        # refused to start: already running, or a port is taken

readonly LAUNCHER_DIR="$ROOT/launcher"
# The JVM options every service gets unless JAVA_OPTS is set (why these: init_settings).
readonly DEFAULT_JAVA_OPTS="-XX:+UseSerialGC -Xms32m -Xmx256m -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30 \
-Xss512k -XX:ReservedCodeCacheSize=64m -XX:+ExitOnOutOfMemoryError"
readonly SERVICES_CONF="$LAUNCHER_DIR/services.conf"

say() { printf '%s\n' "$*"; }

# Milliseconds since the epoch: exact with bash 5 (EPOCHREALTIME), to the second with older shells.
now_ms() {
  if [ -n "${EPOCHREALTIME:-}" ]; then
    local micros=${EPOCHREALTIME/[.,]/}
    printf '%s\n' $((micros / 1000))
  else
    printf '%s\n' $((SECONDS * 1000))
  fi
}

# 5340 -> 5.3
seconds_of_ms() { printf '%s.%s\n' $(($1 / 1000)) $((($1 % 1000) / 100)); }
info() { printf '==> %s\n' "$*"; }
warn() { printf 'run: %s\n' "$*" >&2; }

# die CODE MESSAGE...: print to stderr and exit with CODE.
die() {
  local code=$1
  shift
  printf 'run: %s\n' "$*" >&2
  exit "$code"
}

require_number() { # NAME VALUE
  case "$2" in
    '' | *[!0-9]*) die "$EXIT_USAGE" "$1 must be a whole number, not '$2'" ;;
  esac
}

# Reads the settings that come from the environment. Every one has a default that suits a laptop.
init_settings() {
  RUN_DIR=$(absolute_path "${SHOP_RUN_DIR:-$ROOT/.run}")
  PORT_OFFSET=${SHOP_PORT_OFFSET:-0}
  START_TIMEOUT=${SHOP_START_TIMEOUT:-180}
  STOP_TIMEOUT=${SHOP_STOP_TIMEOUT:-20}
  require_number SHOP_PORT_OFFSET "$PORT_OFFSET"
  require_number SHOP_START_TIMEOUT "$START_TIMEOUT"
  require_number SHOP_STOP_TIMEOUT "$STOP_TIMEOUT"
  ADMIN_EMAIL=${SHOP_ADMIN_EMAIL:-admin@shop.example}
  # A local, well-known password: the acceptance tests use it too. Compose insists on one being chosen.
  ADMIN_PASSWORD=${SHOP_ADMIN_PASSWORD:-admin-password-local}
  # Modest on purpose: phase 5 runs nine JVMs on a learner's 8 GB laptop (or a 2-core CI machine), and each
  # figure was measured (docs/benchmarks.md). The serial collector has the smallest footprint and no GC
  # threads competing for few cores. The heap starts small and gives memory back (the JVM's default initial
  # heap is 1/64 of the machine's memory, committed at once); 256 MB is its ceiling. Half-size thread stacks
  # and a 64 MB code cache are ample for these services. An OutOfMemoryError ends the JVM, so ./run reports
  # a dead service instead of leaving a wedged one. Set JAVA_OPTS to override (split on spaces, no quoting).
  JAVA_OPTS=${JAVA_OPTS:-$DEFAULT_JAVA_OPTS}
  # glibc gives each thread that allocates its own malloc arena (up to 8 per core), most of them mostly empty.
  export MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}
  JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
}

# Makes a path absolute (relative to the caller's directory) without creating it.
absolute_path() {
  case "$1" in
    /*) printf '%s\n' "$1" ;;
    *) printf '%s/%s\n' "$PWD" "$1" ;;
  esac
}

# The command a learner types to reach the same run directory, e.g. in hints.
run_cmd() {
  if [ "$RUN_DIR" = "$ROOT/.run" ]; then
    printf './run %s' "$*"
  else
    printf 'SHOP_RUN_DIR=%s ./run %s' "$RUN_DIR" "$*"
  fi
}

# Accepts "phase1" or "1".
normalize_phase() {
  case "$1" in
    [0-9]) printf 'phase%s\n' "$1" ;;
    *) printf '%s\n' "$1" ;;
  esac
}

# The phases services.conf knows, one per line, in file order.
known_phases() {
  local phase _
  while read -r phase _ || [ -n "${phase:-}" ]; do
    case "$phase" in '' | '#'*) continue ;; esac
    printf '%s\n' "$phase"
  done <"$SERVICES_CONF" | uniq
}

# Fills SVC_NAMES, SVC_MODULES and SVC_PORTS (parallel arrays, bash 3.2 has no maps)
# with the services of PHASE from services.conf. Returns 1 when the phase has none.
load_phase() {
  local want=$1 phase name module port extra
  SVC_NAMES=()
  SVC_MODULES=()
  SVC_PORTS=()
  while read -r phase name module port extra || [ -n "${phase:-}" ]; do
    case "$phase" in '' | '#'*) continue ;; esac
    [ "$phase" = "$want" ] || continue
    case "$port" in '' | *[!0-9]*) die "$EXIT_FAILED" "$SERVICES_CONF: bad line for $phase $name (want: phase service module port)" ;; esac
    [ -z "$extra" ] || die "$EXIT_FAILED" "$SERVICES_CONF: too many columns for $phase $name"
    SVC_NAMES+=("$name")
    SVC_MODULES+=("$module")
    SVC_PORTS+=($((port + PORT_OFFSET)))
  done <"$SERVICES_CONF"
  [ "${#SVC_NAMES[@]}" -gt 0 ]
}

# The port (offset included) of a service of the loaded phase.
port_of() {
  local i
  for i in "${!SVC_NAMES[@]}"; do
    if [ "${SVC_NAMES[$i]}" = "$1" ]; then
      printf '%s\n' "${SVC_PORTS[$i]}"
      return 0
    fi
  done
  return 1
}

# Prints NAME=value lines for SERVICE from launcher/<phase>.env, with ${PORT_OF_x} and ${JWT_PRIVATE_KEY}
# (lib/discovery.sh) replaced.
# shellcheck disable=SC2094 # expand_ports only names the file in its error messages
service_env() {
  local phase=$1 service=$2 file="$LAUNCHER_DIR/$1.env" target assignment
  [ -f "$file" ] || return 0
  while read -r target assignment || [ -n "${target:-}" ]; do
    case "$target" in '' | '#'*) continue ;; esac
    [ "$target" = "$service" ] || [ "$target" = "*" ] || continue
    case "$assignment" in
      [A-Za-z_]*=*) expand_ports "$assignment" "$file" ;;
      *) die "$EXIT_FAILED" "$file: expected 'SERVICE NAME=value', got '$target $assignment'" ;;
    esac
  done <"$file"
}

expand_ports() { # TEXT FILE
  local text=$1 pattern='\$\{PORT_OF_([A-Za-z0-9_]+)\}' ref port
  # shellcheck disable=SC2016 # a literal placeholder, not an expansion
  local key_ref='${JWT_PRIVATE_KEY}'
  case "$text" in *"$key_ref"*) text=${text//"$key_ref"/$(jwt_private_key)} ;; esac
  while [[ $text =~ $pattern ]]; do
    ref=${BASH_REMATCH[0]}
    port=$(port_of "$(printf '%s' "${BASH_REMATCH[1]}" | tr _ -)") ||
      die "$EXIT_FAILED" "$2: $ref names no service of this phase"
    text=${text//"$ref"/$port}
  done
  printf '%s\n' "$text"
}

# Checks that a JDK 17 or newer is there, before anything is built or started.
check_java() {
  local version major
  command -v "$JAVA" >/dev/null 2>&1 ||
    die "$EXIT_FAILED" "no java found${JAVA_HOME:+ in JAVA_HOME=$JAVA_HOME}: install a JDK 17 or newer"
  version=$("$JAVA" -version 2>&1) || die "$EXIT_FAILED" "'$JAVA -version' failed: $version"
  # First line: openjdk version "17.0.15" 2025-04-15  (or "1.8.0_392" for Java 8)
  version=${version#*\"}
  major=${version%%[.\"]*}
  [ "$major" = 1 ] && major=$(printf '%s' "$version" | cut -d. -f2)
  case "$major" in '' | *[!0-9]*) return 0 ;; esac # an unusual format: let the JVM speak for itself
  [ "$major" -ge 17 ] || die "$EXIT_FAILED" "Java $major found ($JAVA), the shop needs 17 or newer: set JAVA_HOME"
}
