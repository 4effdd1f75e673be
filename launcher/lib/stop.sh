# shellcheck shell=bash
# Stopping what runs, from the terminal that started it (Ctrl-C) or from any other (./run stop): both go through
# stop_recorded, which needs nothing but RUN_DIR. Each service gets SIGTERM, then:
#   ready                 Spring Boot finishes the requests in flight and closes; SIGKILL after SHOP_STOP_TIMEOUT
#   ready, recording      the same, and the JVM writes its class data cache as it exits (lib/cds.sh): SIGKILL only
#                         after CDS_WRITE_TIMEOUT
#   not ready yet         SIGKILL after NOT_READY_GRACE: it serves nothing yet, and Spring would first finish
#                         starting (a context closes only once its refresh is done), which can take half a minute
#   a second Ctrl-C       SIGKILL at once
# While it stops, RUN_DIR/stopping holds its process id, so that a ./run attached in another terminal knows the
# services are going away on purpose.

readonly NOT_READY_GRACE=3

stopping_file() { printf '%s/stopping\n' "$RUN_DIR"; }

# True while another process (./run stop, another terminal's Ctrl-C) is stopping the services of RUN_DIR.
stop_in_progress() {
  local pid
  pid=$(cat "$(stopping_file)" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ "$pid" != "$$" ] && kill -0 "$pid" 2>/dev/null
}

# SIGKILL to a service and to what it started: JDK 25 assembles its AOT cache in a child JVM. start_service runs
# each service as the leader of its own process group, so the group is exactly the service.
kill_service() {
  local group
  group=$(ps -o pgid= -p "$1" 2>/dev/null | tr -d ' ')
  if [ "$group" = "$1" ]; then kill -KILL -- "-$1" 2>/dev/null || true; else kill -KILL "$1" 2>/dev/null || true; fi
}

# Stops every service recorded in RUN_DIR as described above, keeps or discards the class data caches they were
# recording, and forgets them all.
stop_recorded() {
  local names=() pids=() limits=() outcomes=() killed=() name i started=$SECONDS alive late="" recording=""
  local longest=0 next_note=$((SECONDS + 15))
  for name in $(live_services); do
    names+=("$name")
    pids+=("$(recorded_pid "$name")")
  done
  if [ "${#names[@]}" -eq 0 ]; then
    finish_abandoned_recordings
    rm -f "$RUN_DIR/phase" "$(stopping_file)"
    return 0
  fi
  printf '%s\n' "$$" >"$(stopping_file)"
  info "Stopping $(recorded_phase): ${names[*]}"
  for i in "${!names[@]}"; do
    outcomes[i]=ended killed[i]=false limits[i]=$STOP_TIMEOUT
    if [ "$(http_status "$(recorded_port "${names[$i]}")" /actuator/health/readiness)" != 200 ]; then
      outcomes[i]=not-ready limits[i]=$NOT_READY_GRACE
      late="$late ${names[$i]}"
    elif is_recording "${names[$i]}"; then
      limits[i]=$CDS_WRITE_TIMEOUT
      recording="$recording ${names[$i]}"
    fi
    [ "${limits[$i]}" -le "$longest" ] || longest=${limits[$i]}
  done
  [ -z "$late" ] || say "    not ready yet, stopped without waiting for their start-up:$late"
  if [ -n "$recording" ]; then
    say "    the first stop after a build writes each service's class data cache; a second Ctrl-C skips it"
    say "    (then the next start records again):$recording"
  fi
  FORCE_STOP=false
  trap 'FORCE_STOP=true' INT # a second Ctrl-C: do not wait any longer
  # When this launcher started them, they are its jobs: bash would report each SIGKILL ("Killed") as it happens.
  disown -a 2>/dev/null || true
  for i in "${!pids[@]}"; do kill -TERM "${pids[$i]}" 2>/dev/null || true; done
  while :; do
    alive=""
    for i in "${!names[@]}"; do
      is_running "${pids[$i]}" || continue
      alive="$alive ${names[$i]}"
      [ "${killed[$i]}" = false ] || continue
      if [ "$FORCE_STOP" = true ] || [ $((SECONDS - started)) -ge "${limits[$i]}" ]; then
        if [ "${outcomes[$i]}" != not-ready ]; then
          warn "${names[$i]} still running after $((SECONDS - started)) s: killing it (SIGKILL)"
          outcomes[i]=killed
        fi
        kill_service "${pids[$i]}"
        killed[i]=true
      fi
    done
    [ -n "$alive" ] || break
    [ $((SECONDS - started)) -lt $((longest + 5)) ] || break # SIGKILLed and still there: nothing more to do
    if [ "$SECONDS" -ge "$next_note" ]; then
      say "    still stopping:$alive ($((SECONDS - started)) s)"
      next_note=$((SECONDS + 15))
    fi
    sleep 0.2
  done
  for i in "${!names[@]}"; do
    finish_recording "${names[$i]}" "${outcomes[$i]}"
    forget "${names[$i]}"
  done
  finish_abandoned_recordings
  rm -f "$RUN_DIR/phase" "$(stopping_file)"
  say "    stopped in $((SECONDS - started)) s"
}
