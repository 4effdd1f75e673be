# shellcheck shell=bash
# ./run diff A B: what one migration step changed, readable. Git compares the two phase directories with rename
# detection, so a file that moved from a phase 1 package into a phase 2 service shows as a move with its real
# edits, not as one file deleted and another added. Left out: what the build makes (target/) and what a run
# leaves (data/, .run/), i.e. only files git tracks or would track.
#
#   ./run diff 1 2              the whole diff, moves first, through git's pager
#   ./run diff 1 2 --stat       one line per file: moved, changed, added, deleted
#   ./run diff 1 2 -- TEXT...   only files whose path contains one of these (e.g. -- /order/ or -- migration)

cmd_diff() {
  [ $# -ge 2 ] || die "$EXIT_USAGE" "usage: ./run diff A B [--stat] [-- PATH...] (e.g. ./run diff 1 2)"
  local from to from_dir to_dir mode=full paths=()
  from=$(normalize_phase "$1")
  to=$(normalize_phase "$2")
  shift 2
  while [ $# -gt 0 ]; do
    case "$1" in
      --stat) mode=stat ;;
      --) shift && paths=("$@") && break ;;
      *) die "$EXIT_USAGE" "unknown option '$1' for ./run diff" ;;
    esac
    shift
  done
  from_dir=$(phase_directory "$from") || die "$EXIT_USAGE" "no directory for $from (phaseN-*)"
  to_dir=$(phase_directory "$to") || die "$EXIT_USAGE" "no directory for $to (phaseN-*): it is not built yet"

  local work
  work=$(mktemp -d)
  # shellcheck disable=SC2064 # expand now: the trap must remove this very directory
  trap "rm -rf '$work'" EXIT
  tracked_copy "$from_dir" "$work/$from" "${paths[@]}"
  tracked_copy "$to_dir" "$work/$to" "${paths[@]}"
  info "$from_dir -> $to_dir (moves are detected across services; build output left out)"
  (
    cd "$work" || exit 1
    if [ "$mode" = stat ]; then
      git diff --no-index --find-renames=40% --summary --stat=160 "$from" "$to" || true
    else
      git diff --no-index --find-renames=40% "$from" "$to" || true
    fi
  )
}

# The directory of a phase, e.g. phase1 -> phase1-monolith.
phase_directory() {
  local dir
  for dir in "$ROOT/$1"-*/; do
    [ -d "$dir" ] || continue
    dir=${dir%/}
    printf '%s\n' "${dir##*/}"
    return 0
  done
  return 1
}

# tracked_copy DIR DEST [TEXT...]: copies the files of DIR that git tracks or would track (new files not ignored)
# to DEST, keeping their paths; with TEXTs, only the files whose path contains one of them.
tracked_copy() {
  local source=$1 destination=$2 file text keep
  shift 2
  mkdir -p "$destination"
  (cd "$ROOT/$source" && git ls-files --cached --others --exclude-standard) | while IFS= read -r file; do
    [ -f "$ROOT/$source/$file" ] || continue
    keep=no
    if [ $# -eq 0 ]; then keep=yes; fi
    for text in "$@"; do
      case "$file" in *"$text"*) keep=yes ;; esac
    done
    [ "$keep" = yes ] || continue
    mkdir -p "$destination/$(dirname "$file")"
    cp "$ROOT/$source/$file" "$destination/$file"
  done
}
