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

# http_call METHOD PORT PATH [JSON_BODY] [BEARER_TOKEN]: sends one request to 127.0.0.1:PORT and prints the status
# code on the first line, then the body; nothing when nobody answers (each line waited for at most 10 s).
# HTTP/1.0, so the answer is never chunked and ends when the server closes the connection.
http_call() {
  local method=$1 port=$2 path=$3 body=${4:-} token=${5:-} LC_ALL=C # ${#body} counts bytes
  (
    exec 3<>"/dev/tcp/127.0.0.1/$port"
    {
      printf '%s %s HTTP/1.0\r\nHost: localhost:%s\r\nAccept: application/json\r\n' "$method" "$path" "$port"
      [ -z "$token" ] || printf 'Authorization: Bearer %s\r\n' "$token"
      [ -z "$body" ] || printf 'Content-Type: application/json\r\nContent-Length: %s\r\n' "${#body}"
      printf '\r\n%s' "$body"
    } >&3
    local status line in_body=false
    read -r -t 10 _ status _ <&3 || exit 0
    printf '%s\n' "$status"
    while IFS= read -r -t 10 line <&3 || [ -n "$line" ]; do
      line=${line%$'\r'}
      if [ "$in_body" = true ]; then printf '%s\n' "$line"; elif [ -z "$line" ]; then in_body=true; fi
    done
  ) 2>/dev/null || true
}
