# shellcheck shell=bash disable=SC2034 # APP_JAR, APP_CDS_OPTS and APP_RECORDING are read by start_all in ./run
# Class data sharing: most of a Spring Boot service's start-up goes into loading and linking some 20,000 classes.
# The JVM can record them into an archive that later starts map instead of redoing the work: JDK 25+ an AOT cache
# (-XX:AOTCacheOutput, JEP 483/514/515), JDK 17-24 an AppCDS archive (-XX:ArchiveClassesAtExit). Both need the jar
# extracted (classes in plain jars, not nested in the fat jar), and both write the archive when the JVM exits normally.
#
# So there is no separate training run: the first run after a build records while the learner uses it, and its stop
# (./run stop, Ctrl-C) writes the archive, waiting for the JVMs to finish writing. The JVM writes to ARCHIVE.part;
# finish_recording renames it to ARCHIVE only when the service had been ready, ended on its own after SIGTERM, and a
# JVM accepts the file. Anything else is deleted: a half-written JDK 17 archive makes every JVM that maps it abort
# (measured: SIGABRT with the default -Xshare:auto), so a killed or crashed run must leave nothing that later runs use.
# Measured on 2 cores (docs/benchmarks.md): the monolith is ready in about 5 s instead of 14 s.
#   SHOP_CDS=false   start from the plain fat jar, without extraction, recording or archive
#   RUN_DIR/apps/SERVICE/   the extracted application, its archive, and while a run records, the file "recording"

# How long a stop waits for the JVMs that write their archive (measured on 2 cores, JDK 17: phase 3's seven at once 51-66 s).
readonly CDS_WRITE_TIMEOUT=300

# Prints the major version of $JAVA (17, 21, 25, ...).
java_major_version() {
  "$JAVA" -version 2>&1 | sed -n 's/.* version "\([0-9][0-9]*\).*/\1/p' | head -n 1
}

# The file that says a service's run records its archive: the java binary, the archive to write, the jar (one a line).
recording_file() { printf '%s/apps/%s/recording\n' "$RUN_DIR" "$1"; }
is_recording() { [ -f "$(recording_file "$1")" ]; }

# prepare_app NAME JAR: sets APP_JAR (what to run with -jar), APP_CDS_OPTS (how to use or record the archive) and
# APP_RECORDING (true when this run records the archive).
prepare_app() {
  local name=$1 jar=$2 dir stamp version archive use record
  APP_CDS_OPTS=""
  APP_RECORDING=false
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
  # Whatever an earlier run left half-written is never used.
  rm -f "$dir"/*.part "$dir"/*.part.config "$(recording_file "$name")"
  if [ "${version:-0}" -ge 25 ]; then
    archive="$dir/app-jdk$version.aot"
    use="-XX:AOTCache=$archive" record="-XX:AOTCacheOutput=$archive.part"
  else
    archive="$dir/app-jdk$version.jsa"
    use="-XX:SharedArchiveFile=$archive" record="-XX:ArchiveClassesAtExit=$archive.part"
  fi
  if [ -f "$archive" ]; then
    APP_CDS_OPTS=$use
    return 0
  fi
  APP_CDS_OPTS=$record
  APP_RECORDING=true
  printf '%s\n' "$JAVA" "$archive" "$APP_JAR" >"$(recording_file "$name")"
}

# finish_recording NAME OUTCOME: after the service has ended, keeps the archive it wrote when OUTCOME is "ended" (it
# was ready and exited on its own after SIGTERM) and a JVM accepts the file; deletes it otherwise. Prints what it did.
finish_recording() {
  local name=$1 outcome=$2 file jvm archive jar dir check=() size
  file=$(recording_file "$name")
  [ -f "$file" ] || return 0
  { read -r jvm && read -r archive && read -r jar; } <"$file" || archive=""
  rm -f "$file"
  [ -n "$archive" ] || return 0
  dir=${archive%/*}
  if [ "$outcome" = ended ] && [ -s "$archive.part" ]; then
    case "$archive" in
      *.aot) check=("-XX:AOTCache=$archive.part" -XX:AOTMode=on) ;;
      *) check=("-XX:SharedArchiveFile=$archive.part" -Xshare:on) ;;
    esac
    # A JVM that maps the archive and prints its version: it refuses (or aborts on) an incomplete or foreign file.
    if (cd "$dir" && "$jvm" "${check[@]}" -XX:ErrorFile="$dir/check-hs_err.log" -XX:-CreateCoredumpOnCrash \
      -cp "$jar" -version) >"$dir/check.log" 2>&1; then
      mv -f "$archive.part" "$archive"
      rm -f "$dir"/*.part.config "$dir/check.log"
      size=$(($(wc -c <"$archive") / 1048576))
      say "    $name: class data cache written ($size MB); its next start maps it"
      return 0
    fi
    outcome="a JVM refused the file: $(short_path "$dir/check.log")"
  fi
  rm -f "$archive.part" "$archive.part.config" "$dir/check-hs_err.log"
  case "$outcome" in
    ended) outcome="the JVM wrote none" ;;
    killed) outcome="stopped with SIGKILL before it was written" ;;
    not-ready) outcome="stopped before it was ready" ;;
    dead) outcome="it ended without ./run stop" ;;
  esac
  say "    $name: no class data cache ($outcome); the next start records again"
}

# Cleans up after services that ended without ./run stop (crashed, killed): what they recorded is not trusted.
finish_abandoned_recordings() {
  local file name
  for file in "$RUN_DIR"/apps/*/recording; do
    [ -f "$file" ] || continue
    name=${file%/recording}
    finish_recording "${name##*/}" dead
  done
}
