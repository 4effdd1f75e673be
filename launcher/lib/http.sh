# shellcheck shell=bash
# Talking to the services with nothing but bash: its /dev/tcp redirection opens a TCP connection.

# Prints the HTTP status code of GET http://127.0.0.1:PORT/PATH, or nothing when nobody answers
# (nothing listening, or no status line within 5 seconds).
http_status() {
  local port=$1 path=$2
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    printf 'GET %s HTTP/1.0\r\nHost: localhost:%s\r\nConnection: close\r\n\r\n' "$path" "$port" >&3
    # Status line: HTTP/1.1 200 OK
    read -r -t 5 _ status _ <&3
    printf '%s\n' "$status"
  ) 2>/dev/null || true
}

# True when something accepts connections on 127.0.0.1:PORT.
port_in_use() {
  (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

# A one-word readiness for ./run status: UP, DOWN (503), or "no answer".
readiness() {
  local code
  code=$(http_status "$1" /actuator/health/readiness)
  case "$code" in
    200) printf 'UP\n' ;;
    '') printf 'no answer\n' ;;
    *) printf 'DOWN (%s)\n' "$code" ;;
  esac
}
