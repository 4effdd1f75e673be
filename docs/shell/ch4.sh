# shellcheck shell=bash
# The helpers of chapter 4 (phase 4: everything through the gateway on localhost:8080), for both its parts. From the
# repository root, in the terminal where you try things (./run phase4 runs in another one, or with --detach):
#
#   source docs/shell/ch4.sh
#   logins                  # $ADMIN: the admin's token; $TOKEN: Grace's (registered the first time)
#
# Chapter 3's helpers, with what messaging changes: an order is answered 202 PENDING, so `order` follows it to its
# final status, and a few helpers look into the queues, the outboxes and the dead letters. Every figure in the chapter
# was measured with these definitions.

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

# place PRODUCT [CARD_TOKEN]: one unit by card (tok_visa unless named); prints the HTTP status, the time and the
# order's status as answered, and sets $O to the new order's id
place() {
  local answer body
  answer=$(curl -s -w '\n%{http_code} in %{time_total}s' -X POST localhost:8080/api/orders \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"items\":[{\"productId\":$1,\"quantity\":1}],\"payment\":{\"method\":\"CARD\",\"cardToken\":\"${2:-tok_visa}\"}}")
  body=$(printf '%s' "$answer" | head -n 1)
  O=$(printf '%s' "$body" | grep -oE '"id":"[^"]*"' | head -n 1 | cut -d'"' -f4)
  printf '%s %s\n' "$(printf '%s' "$answer" | tail -n 1)" "$(printf '%s' "$body" | grep -oE '"status":"[A-Z_]*"' | head -n 1 | cut -d'"' -f4)"
}

# status [ORDER_ID]: the order's status and reason ($O by default)
status() {
  curl -s -w '\n' "localhost:8080/api/orders/${1:-$O}" -H "Authorization: Bearer $TOKEN" |
    sed -E 's/.*"status":"([A-Z]+)".*"payment":\{"method":"[A-Z]+","status":(null|"[A-Z]*")\},"failureReason":(null|"[A-Z_]*").*/\1 payment=\2 reason=\3/' | tr -d '"'
}

# follow [ORDER_ID] [SECONDS]: its status every half second until it is no longer PENDING (at most 30 s)
follow() {
  local id=${1:-$O} start=$SECONDS s
  while [ $((SECONDS - start)) -lt "${2:-30}" ]; do
    s=$(status "$id")
    case "$s" in PENDING*) sleep 0.5 ;; *) echo "$s after $((SECONDS - start)) s"; return 0 ;; esac
  done
  echo "still $(status "$id") after ${2:-30} s"
}

# fault CAPABILITY MODE [DELAY_MS]: the gateway routes each switch to the service that owns it
fault() {
  curl -s -o /dev/null -X PUT "localhost:8080/api/admin/faults/$1" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d "{\"mode\":\"$2\",\"delayMs\":${3:-0}}"
}

# stock PRODUCT: the product's stock, available and reserved
stock() { curl -s "localhost:8080/api/inventory/$1"; }

# notes: Grace's notifications, one line each: type and order id
notes() {
  curl -s localhost:8080/api/notifications -H "Authorization: Bearer $TOKEN" |
    grep -oE '"orderId":"[^"]*","type":"[A-Z_]*"' | sed -E 's/"orderId":"([^"]*)","type":"([A-Z_]*)"/\2 \1/'
}

# queues: the shop's queues in RabbitMQ with their messages waiting (needs the management plugin)
queues() {
  curl -s -u guest:guest "localhost:15672/api/queues/${SHOP_RABBITMQ_VHOST:-%2F}?columns=name,messages" |
    grep -oE '"messages":[0-9]+,"name":"[a-z-]+-service\.[a-z.0-9]+"' | sed -E 's/"messages":([0-9]+),"name":"([^"]*)"/\2 \1/'
}

# outbox SERVICE_DATABASE: rows written and not yet published (e.g. outbox orders)
outbox() { psql -h localhost -U postgres -d "${SHOP_DB_PREFIX:-shop_}$1" -tAc 'SELECT count(*) FROM outbox WHERE sent_at IS NULL'; }

# letters: every service's dead letters (ADMIN), one line each: id, queue, type, attempts
letters() {
  curl -s localhost:8080/api/admin/dead-letters -H "Authorization: Bearer $ADMIN" |
    grep -oE '"id":"[^"]*","service":"[^"]*","queue":"[^"]*","messageId":"[^"]*","type":"[^"]*","reason":"[^"]*","attempts":[0-9]+' |
    sed -E 's/"id":"([^"]*)","service":"[^"]*","queue":"([^"]*)","messageId":"[^"]*","type":"([^"]*)","reason":"[^"]*","attempts":([0-9]+)/\1 \2 \3 attempts=\4/'
}

# waitletters [SECONDS]: waits until some service has a dead letter (at most 90 s) and says after how long
waitletters() {
  local start=$SECONDS
  while [ $((SECONDS - start)) -lt "${1:-90}" ]; do
    if [ -n "$(letters)" ]; then echo "dead letter after $((SECONDS - start)) s"; return 0; fi
    sleep 1
  done
  echo "no dead letter in ${1:-90} s"
}

# redrive ID: puts one dead letter back into its queue; prints the HTTP status
redrive() { curl -s -o /dev/null -w '%{http_code}\n' -X POST "localhost:8080/api/admin/dead-letters/$1/redrive" -H "Authorization: Bearer $ADMIN"; }
