# shellcheck shell=bash disable=SC2034 # APP_JAR and APP_CDS_OPTS are read by start_all in ./run
# Class data sharing: most of a Spring Boot service's start-up goes into loading and linking some 20,000 classes.
# A training run records them once per build into an archive that later starts map instead of redoing the work:
# JDK 25+ writes an AOT cache (-XX:AOTCacheOutput, JEP 483/514/515), JDK 17-24 an AppCDS archive
# (-XX:ArchiveClassesAtExit). Both need the jar extracted (classes in plain jars, not nested in the fat jar).
# Measured on 2 cores (docs/benchmarks.md): the monolith is ready in about 5 s instead of 14 s.
#   SHOP_CDS=false   start from the plain fat jar, without extraction, training or archive
#   RUN_DIR/apps/SERVICE/   the extracted application, its archive and the training run's log

# Prints the major version of $JAVA (17, 21, 25, ...).
java_major_version() {
  "$JAVA" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

# prepare_app NAME JAR: sets APP_JAR (what to run with -jar) and APP_CDS_OPTS (how to use the archive).
prepare_app() {
  local name=$1 jar=$2 dir stamp version archive create
  APP_CDS_OPTS=""
  dir="$RUN_DIR/apps/$name"
  if [ "${SHOP_CDS:-true}" = false ]; then
    mkdir -p "$RUN_DIR/apps"
    # Run a copy: a JVM reads classes from its jar lazily, so rebuilding the module while it runs
    # would otherwise pull the jar from under it and break it at its next class load.
    APP_JAR="$RUN_DIR/apps/$name.jar"
    cp "$jar" "$APP_JAR"
    return 0
  fi
  stamp=$(cksum <"$jar")
  if [ "$(cat "$dir/source.cksum" 2>/dev/null)" != "$stamp" ]; then
    rm -rf "$dir"
    mkdir -p "$dir"
    "$JAVA" -Djarmode=tools -jar "$jar" extract --destination "$dir/app" >"$dir/extract.log" 2>&1 ||
      die "$EXIT_FAILED" "could not extract $(short_path "$jar") (see $(short_path "$dir/extract.log"))"
    printf '%s\n' "$stamp" >"$dir/source.cksum"
  fi
  APP_JAR="$dir/app/${jar##*/}"
  version=$(java_major_version)
  if [ "${version:-0}" -ge 25 ]; then
    archive="$dir/app-jdk$version.aot"
    create="-XX:AOTCacheOutput=$archive"
    APP_CDS_OPTS="-XX:AOTCache=$archive"
  else
    archive="$dir/app-jdk$version.jsa"
    create="-XX:ArchiveClassesAtExit=$archive"
    APP_CDS_OPTS="-XX:SharedArchiveFile=$archive"
  fi
  [ -f "$archive" ] || train "$name" "$dir" "$create" || {
    warn "$name: the class data training run failed (see $(short_path "$dir/training.log")); starting without it"
    APP_CDS_OPTS=""
  }
}

# train NAME DIR CREATE_OPTION: starts the service once, stopping as soon as its context is refreshed, on a
# throwaway H2 database and a random port, so that it touches nothing of the real run.
train() {
  local name=$1 dir=$2 create=$3 started=$SECONDS
  say "    $name: training run for the class data cache (once per build)"
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options, split on spaces on purpose
  (cd "$dir" && exec env -u SPRING_PROFILES_ACTIVE SERVER_PORT=0 SHOP_DATA_DIR="$dir/training-data" \
    "$JAVA" $JAVA_OPTS "$create" -Dspring.context.exit=onRefresh -jar "$APP_JAR") </dev/null >"$dir/training.log" 2>&1
  local code=$?
  rm -rf "$dir/training-data"
  [ "$code" -eq 0 ] || return 1
  say "    $name: class data cache ready in $((SECONDS - started)) s"
}
