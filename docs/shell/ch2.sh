# shellcheck shell=bash
# The helpers of chapter 2 (phase 2: six services on localhost:8081-8086, no gateway). From the repository root,
# in the terminal where you try things (./run phase2 runs in another one, or with --detach):
#
#   source docs/shell/ch2.sh
#   logins                  # $ADMIN: the admin's token; $TOKEN: Grace's (registered the first time)
#
# The same helpers as chapter 1's, with each call sent to the service that owns it. Every figure in the chapter
# was measured with these definitions.

# json FIELD: the value of one field of the JSON answer on stdin (first match; enough for these answers)
json() { sed -E 's/.*"'"$1"'":"?([^",}]*)"?.*/\1/'; }

# login EMAIL PASSWORD: prints the access token (user-service, :8081)
login() {
  curl -s -X POST localhost:8081/api/auth/login -H 'Content-Type: application/json' \
    -d "{\"email\":\"$1\",\"password\":\"$2\"}" | json accessToken
}

# logins: log in as the admin and as Grace Hopper, a customer (registered on first use)
logins() {
  ADMIN=$(login admin@shop.example "${SHOP_ADMIN_PASSWORD:-admin-password-local}")
  curl -s -o /dev/null -X POST localhost:8081/api/users -H 'Content-Type: application/json' \
    -d '{"email":"grace@example.com","password":"correct-horse","fullName":"Grace Hopper"}'
  TOKEN=$(login grace@example.com correct-horse)
  if [ -z "$ADMIN" ] || [ -z "$TOKEN" ]; then echo "logins: no token; is the phase running (./run status)?" >&2; return 1; fi
  export ADMIN TOKEN
}

# order PRODUCT [CARD_TOKEN]: one unit by card (tok_visa unless named) at order-service (:8084); prints the
# order's status and reason (or "problem" for an error), the HTTP status and the time
order() {
  curl -s -w " %{http_code} in %{time_total}s\n" -X POST localhost:8084/api/orders \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"items\":[{\"productId\":$1,\"quantity\":1}],\"payment\":{\"method\":\"CARD\",\"cardToken\":\"${2:-tok_visa}\"}}" |
    sed -E 's/.*"status":"(PENDING|CONFIRMED|CANCELLED)".*"failureReason":("?[A-Z_]*"?|null).*( [0-9]{3} in .*)/\1 \2\3/; s/^\{"detail.*"status":([0-9]+).*( [0-9]{3} in .*)/problem\2/'
}

# fault SERVICE-PORT CAPABILITY MODE [DELAY_MS]: each service owns its switch, so name its port
# (8082 product, 8083 inventory, 8085 payment, 8086 notification)
fault() {
  curl -s -o /dev/null -X PUT "localhost:$1/api/admin/faults/$2" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d "{\"mode\":\"$3\",\"delayMs\":${4:-0}}"
}

# stock PRODUCT: the product's stock at inventory-service (:8083)
stock() { curl -s "localhost:8083/api/inventory/$1"; }

# threads SERVICE: its threads, how many are Tomcat's request threads, and what the busy ones are doing
threads() {
  jcmd "$(cat ".run/pids/$1.pid")" Thread.print | awk -v s="$1" '
    /^"/ { all++ } /^"http-nio-.*-exec-/ { tomcat++ }
    /OrderController.place/ { busy["placing an order"]++ } /FaultSwitches.sleep/ { busy["charging"]++ }
    /HikariDataSource.getConnection/ { busy["waiting for a database connection"]++ }
    END { printf "%s: %d threads, %d of them Tomcat'"'"'s", s, all, tomcat; for (b in busy) printf "; %d %s", busy[b], b; print "" }'
}

# burst N PRODUCT: N orders at once; how many ended how, and each one's time in seconds, sorted
burst() {
  for _ in $(seq "$1"); do order "$2" & done > /tmp/burst.txt; wait
  awk '{ k = ($1 == "CANCELLED" ? $1 " " $2 : $1); print $NF + 0, k }' /tmp/burst.txt | sort -n |
    awk '{ k = substr($0, index($0, " ") + 1); t[k] = t[k] sprintf(" %.2f", $1); n[k]++ }
         END { for (k in n) printf "%2d %s in%s s\n", n[k], k, t[k] }'
}

# browse: Grace reads her order list at order-service; the status and the time
browse() { curl -s -o /dev/null -w "GET /api/orders: %{http_code} in %{time_total}s\n" localhost:8084/api/orders -H "Authorization: Bearer $TOKEN"; }
