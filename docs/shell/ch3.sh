# shellcheck shell=bash
# The helpers of chapter 3 (phase 3: everything through the gateway on localhost:8080), for all its parts. From the
# repository root, in the terminal where you try things (./run phase3 runs in another one, or with --detach):
#
#   source docs/shell/ch3.sh
#   logins                  # $ADMIN: the admin's token; $TOKEN: Grace's (registered the first time)
#
# Chapter 2's helpers, with one difference that is the point of the chapter: every request goes to :8080. Every
# figure in the chapter was measured with these definitions.

# json FIELD: the value of one field of the JSON answer on stdin (first match; enough for these answers)
json() { sed -E 's/.*"'"$1"'":"?([^",}]*)"?.*/\1/'; }

# login EMAIL PASSWORD: prints the access token
login() {
  curl -s -X POST localhost:8080/api/auth/login -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | json accessToken
}

# logins: log in as the admin and as Grace Hopper, a customer (registered on first use)
logins() {
  ADMIN=$(login admin@shop.example "${SHOP_ADMIN_PASSWORD:-admin-password-local}")
  curl -s -o /dev/null -X POST localhost:8080/api/users -H 'Content-Type: application/json' \
    -d '{"email":"grace@example.com","password":"correct-horse","fullName":"Grace Hopper"}'
  TOKEN=$(login grace@example.com correct-horse)
  if [ -z "$ADMIN" ] || [ -z "$TOKEN" ]; then echo "logins: no token; is the phase running (./run status)?" >&2; return 1; fi
  export ADMIN TOKEN
}

# order PRODUCT [CARD_TOKEN]: one unit by card (tok_visa unless named); prints the order's status and reason
# (or "problem" for an error, "(empty)" for no body), the HTTP status and the time
order() {
  curl -s -w " %{http_code} in %{time_total}s\n" -X POST localhost:8080/api/orders \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"items\":[{\"productId\":$1,\"quantity\":1}],\"payment\":{\"method\":\"CARD\",\"cardToken\":\"${2:-tok_visa}\"}}" |
    sed -E 's/.*"status":"(PENDING|CONFIRMED|CANCELLED)".*"failureReason":("?[A-Z_]*"?|null).*( [0-9]{3} in .*)/\1 \2\3/; s/^\{.*"status":([0-9]+).*( [0-9]{3} in .*)/problem\2/; s/^( [0-9]{3} in .*)/(empty)\1/'
}

# fault CAPABILITY MODE [DELAY_MS]: the gateway routes each switch to the service that owns it
fault() {
  curl -s -o /dev/null -X PUT "localhost:8080/api/admin/faults/$1" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d "{\"mode\":\"$2\",\"delayMs\":${3:-0}}"
}

# stock PRODUCT: the product's stock, available and reserved
stock() { curl -s "localhost:8080/api/inventory/$1"; }

# summary: reads lines ending in "in N.NNNs" (from order or curl); how many of each outcome, and their times
summary() {
  awk '{ t = $NF; sub(/s$/, "", t); $NF = ""; sub(/ in $/, ""); print t, $0 }' | sort -n |
    awk '{ t[NR] = $1; $1 = ""; n[$0]++ } END { for (k in n) printf "%d ×%s; ", n[k], k;
           printf "fastest %.3f s, median %.3f s, slowest %.3f s\n", t[1], t[int((NR + 1) / 2)], t[NR] }'
}

# browse: Grace reads her order list; the status and the time
browse() { curl -s -w "GET /api/orders: %{http_code} in %{time_total}s\n" -o /dev/null localhost:8080/api/orders -H "Authorization: Bearer $TOKEN"; }

# catalog: an anonymous visitor reads the first page of the catalog; the status and the time
catalog() { curl -s -o /dev/null -w "GET /api/products: %{http_code} in %{time_total}s\n" 'localhost:8080/api/products?size=1'; }

# code URL [CURL OPTIONS...]: only the HTTP status of a request with Grace's token
code() { curl -s -o /dev/null -w '%{http_code}' "$@" -H "Authorization: Bearer $TOKEN"; }

# details [ORDER_ID]: GET /api/order-details/ID ($O by default), the order itself shortened to its id and status
details() {
  curl -s -w ' %{http_code} in %{time_total}s\n' "localhost:8080/api/order-details/${1:-$O}" -H "Authorization: Bearer $TOKEN" |
    sed -E 's/^\{"order":\{"id":"([^"]*)","status":"([A-Z]*)".*(,"products":.*)/{"order":{"id":"\1","status":"\2",…}\3/'
}

# threads SERVICE: its threads, how many are Tomcat's request threads, and what the busy ones are doing
threads() {
  jcmd "$(cat ".run/pids/$1.pid")" Thread.print | awk -v s="$1" '
    /^"/ { all++ } /^"http-nio-.*-exec-/ { tomcat++ }
    /OrderController.place/ { busy["placing an order"]++ } /FaultSwitches.sleep/ { busy["charging"]++ }
    /HikariDataSource.getConnection/ { busy["waiting for a database connection"]++ }
    END { printf "%s: %d threads, %d of them Tomcat'"'"'s", s, all, tomcat; for (b in busy) printf "; %d %s", busy[b], b; print "" }'
}

# burst N PRODUCT: N orders at once; how many ended how (with the HTTP status), each one's time in seconds, sorted
burst() {
  for _ in $(seq "$1"); do order "$2" & done > /tmp/burst.txt; wait
  awk '{ print $NF + 0, $1 " " $2 }' /tmp/burst.txt | sort -n |
    awk '{ k = substr($0, index($0, " ") + 1); t[k] = t[k] sprintf(" %.2f", $1); n[k]++ }
         END { for (k in n) printf "%2d %s in%s s\n", n[k], k, t[k] }'
}

# part N: decodes part N of the JWT on stdin (1 the header, 2 the claims)
part() { local s; s=$(cut -d. -f"$1" | tr '_-' '/+'); while [ $(( ${#s} % 4 )) -ne 0 ]; do s="$s="; done; printf '%s' "$s" | base64 -d; echo; }

# b64url: base64url without padding, as JWTs use it
b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# forge_keys: user-service's private key as PEM (/tmp/shop-key.pem), a key of nobody's (/tmp/other-key.pem), and
# $KID, the id under which user-service publishes its public key
forge_keys() {
  { echo '-----BEGIN PRIVATE KEY-----'; fold -w 64 .run/secrets/jwt-private-key; echo '-----END PRIVATE KEY-----'; } > /tmp/shop-key.pem
  openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out /tmp/other-key.pem 2>/dev/null
  KID=$(curl -s localhost:8080/.well-known/jwks.json | json kid)
}

# claims [ISS] [AUD] [SECONDS_LEFT]: Grace's claims, with her live session's jti (from $TOKEN)
claims() {
  local sub jti now
  sub=$(echo "$TOKEN" | part 2 | json sub); jti=$(echo "$TOKEN" | part 2 | json jti); now=$(date +%s)
  printf '{"iss":"%s","aud":"%s","sub":"%s","roles":["CUSTOMER"],"jti":"%s","iat":%d,"exp":%d}' \
    "${1:-https://shop.example.com}" "${2:-shop-api}" "$sub" "$jti" $((now + ${3:-3600} - 3600)) $((now + ${3:-3600}))
}

# sign CLAIMS [KEY_FILE] [KID]: an RS256 JWT, signed by default with user-service's own key (run forge_keys first)
sign() {
  local header payload
  header=$(printf '{"kid":"%s","alg":"RS256"}' "${3:-$KID}" | b64url); payload=$(printf '%s' "$1" | b64url)
  printf '%s.%s.%s' "$header" "$payload" "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "${2:-/tmp/shop-key.pem}" | b64url)"
}

# try TOKEN [PORT]: GET /api/orders with it (at the gateway unless a port is named); the status and the problem's detail
try() {
  curl -s -w ' %{http_code}\n' "localhost:${2:-8080}/api/orders?size=1" -H "Authorization: Bearer $1" |
    sed -E 's/.*"detail":"([^"]*)".* ([0-9]{3})$/\2 \1/; s/^\{"content".* ([0-9]{3})$/\1 (her orders)/'
}
