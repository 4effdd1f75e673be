# shellcheck shell=bash
# The helpers of chapter 1 (phase 1: the monolith, on localhost:8080). From the repository root, in the terminal
# where you try things (./run phase1 runs in another one, or with --detach):
#
#   source docs/shell/ch1.sh
#   logins                  # $ADMIN: the admin's token; $TOKEN: Grace's (registered the first time)
#
# Nothing else needed but curl. The chapter's figures were measured with these definitions.

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

# order PRODUCT [CARD_TOKEN]: one unit by card (tok_visa unless named); prints the HTTP status and the time
order() {
  curl -s -o /dev/null -w "%{http_code} in %{time_total}s\n" -X POST localhost:8080/api/orders \
    -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' \
    -d "{\"items\":[{\"productId\":$1,\"quantity\":1}],\"payment\":{\"method\":\"CARD\",\"cardToken\":\"${2:-tok_visa}\"}}"
}

# fault CAPABILITY MODE [DELAY_MS]: flips a fault switch (payment, inventory, notification, product; none/fail/slow)
fault() {
  curl -s -o /dev/null -X PUT "localhost:8080/api/admin/faults/$1" -H "Authorization: Bearer $ADMIN" \
    -H 'Content-Type: application/json' -d "{\"mode\":\"$2\",\"delayMs\":${3:-0}}"
}

# stock PRODUCT: the product's stock, available and reserved
stock() { curl -s "localhost:8080/api/inventory/$1"; }
