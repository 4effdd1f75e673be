# shellcheck shell=bash
# Building what is missing: a service's jar is rebuilt when it is absent or older than its module's sources.

# Prints the newest executable jar of a module (the Spring Boot fat jar), or nothing.
module_jar() {
  local jar newest=""
  for jar in "$ROOT/$1"/target/*.jar; do
    [ -f "$jar" ] || continue
    case "$jar" in *-plain.jar | *-sources.jar | *-javadoc.jar | *-tests.jar | *-stubs.jar) continue ;; esac
    if [ -z "$newest" ] || [ "$jar" -nt "$newest" ]; then newest=$jar; fi
  done
  [ -z "$newest" ] || printf '%s\n' "$newest"
}

# What every service of the loaded phase is built from besides its own module: the phase's other modules (common,
# messaging, the *-api contracts: whatever has a pom.xml and is no service), the phase's pom.xml and the root one.
shared_sources() {
  local phase_dir=${SVC_MODULES[0]%%/*} dir module
  for dir in "$ROOT/$phase_dir"/*/; do
    [ -f "$dir/pom.xml" ] || continue
    module=${dir#"$ROOT/"}
    module=${module%/}
    case " ${SVC_MODULES[*]} " in *" $module "*) continue ;; esac
    printf '%s\n' "${dir}src" "${dir}pom.xml"
  done
  printf '%s\n' "$ROOT/$phase_dir/pom.xml" "$ROOT/pom.xml"
}

# True when MODULE's jar is missing, or when any file under its src/ or its pom.xml, or under the phase's shared
# modules (shared_sources), is newer than the jar: editing the messaging module rebuilds every service that uses it.
is_stale() {
  local module=$1 jar newer sources=()
  jar=$(module_jar "$module")
  [ -n "$jar" ] || return 0
  mapfile -t sources < <(shared_sources)
  newer=$(find "$ROOT/$module/src" "$ROOT/$module/pom.xml" "${sources[@]}" -newer "$jar" -print -quit 2>/dev/null) || true
  [ -n "$newer" ]
}

# One Maven run for every stale module of the loaded phase, with the modules they depend on (-am), from clean.
build_stale_modules() {
  local stale="" module started
  for module in "${SVC_MODULES[@]}"; do
    [ -f "$ROOT/$module/pom.xml" ] || die "$EXIT_FAILED" "$SERVICES_CONF names module $module, but $module/pom.xml does not exist"
    case ",$stale," in *",$module,"*) continue ;; esac # phase 3+ may start one module twice
    if is_stale "$module"; then stale=${stale:+$stale,}$module; fi
  done
  [ -n "$stale" ] || return 0
  # clean: without it a service whose own classes did not change keeps its old fat jar, and with it the old copy of a
  # shared module that did (the jar plugin and Spring Boot's repackage both leave an up-to-date jar alone).
  info "Building $stale (./mvnw -q -pl $stale -am clean package -DskipTests)"
  started=$SECONDS
  (cd "$ROOT" && ./mvnw -q -pl "$stale" -am clean package -DskipTests </dev/null) ||
    die "$EXIT_FAILED" "the build failed (see above); fix it, or run the same ./mvnw command to see more"
  say "    built in $((SECONDS - started)) s"
  for module in "${SVC_MODULES[@]}"; do
    [ -n "$(module_jar "$module")" ] || die "$EXIT_FAILED" "the build produced no jar in $module/target"
  done
}
