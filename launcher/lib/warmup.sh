# shellcheck shell=bash
# Warm-up: once every service is ready, ./run sends 10 requests (12 with a gateway) where a learner sends them
# (the gateway from phase 3 on) before it says "ready". A JVM that has just started answers its first request on each
# path slowly: classes still to load, a connection pool to open, the JWT keys to fetch, code not yet compiled. Behind a
# gateway that matters: its composed answers give each service 2 s, and a cold product-service or payment-service
# misses that on the first try (measured: GET /api/order-details answered "unavailable": ["payment-service"] on a cold
# phase 3). The requests leave nothing behind: reads, an admin login and logout (the session is deleted), and an
# order for a product that does not exist (refused before anything is reserved or charged). Behind a gateway the login
# spends one token of this address's login budget, back a second later. SHOP_WARMUP=false skips it.

readonly WARMUP_NO_SUCH_ORDER=00000000-0000-0000-0000-000000000000
readonly WARMUP_NO_SUCH_PRODUCT=999999999

# The port a learner sends a CAPABILITY's requests to (user, product, ...): the gateway where there is one, else
# the service named CAPABILITY-service (phase 2), else the phase's one application (the monolith).
entry_port() {
  port_of gateway || port_of "$1-service" || printf '%s\n' "${SVC_PORTS[0]}"
}

json_string() {
  local text=${1//\\/\\\\}
  printf '"%s"' "${text//\"/\\\"}"
}

# warm METHOD CAPABILITY PATH [BODY] [TOKEN]: one request; a 5xx or no answer is noted in WARM_ODD.
warm() {
  local status
  status=$(http_call "$1" "$(entry_port "$2")" "$3" "${4:-}" "${5:-}" | head -n 1)
  WARM_COUNT=$((WARM_COUNT + 1))
  case "$status" in
    [1-4]??) ;;
    *) WARM_ODD="$WARM_ODD; $1 $3: ${status:-no answer}" ;;
  esac
}

warm_up() {
  [ "${SHOP_WARMUP:-true}" != false ] || return 0
  local started token login
  started=$(now_ms)
  WARM_COUNT=0 WARM_ODD=""
  info "Warming up: a few requests through every route, so that yours are not the slow first ones (SHOP_WARMUP=false skips it)"
  warm GET product '/api/products?size=2'
  warm GET product /api/products/1
  warm GET inventory /api/inventory/1
  login="{\"email\":$(json_string "$ADMIN_EMAIL"),\"password\":$(json_string "$ADMIN_PASSWORD")}"
  token=$(http_call POST "$(entry_port user)" /api/auth/login "$login" | sed -n 's/.*"accessToken":"\([^"]*\)".*/\1/p')
  WARM_COUNT=$((WARM_COUNT + 1))
  if [ -z "$token" ]; then
    WARM_ODD="$WARM_ODD; the admin could not log in ($ADMIN_EMAIL)"
  else
    warm GET user /api/users/me "" "$token"
    warm GET order '/api/orders?size=1' "" "$token"
    warm GET payment "/api/payments?orderId=$WARMUP_NO_SUCH_ORDER" "" "$token"
    warm GET notification /api/notifications "" "$token"
    warm POST order /api/orders \
      "{\"items\":[{\"productId\":$WARMUP_NO_SUCH_PRODUCT,\"quantity\":1}],\"payment\":{\"method\":\"COD\"}}" "$token"
    if port_of gateway >/dev/null; then # what only the gateway answers: its composed endpoints
      warm GET gateway "/api/order-details/$WARMUP_NO_SUCH_ORDER" "" "$token"
      warm GET gateway /api/admin/faults "" "$token"
    fi
    warm POST user /api/auth/logout "" "$token"
  fi
  say "    $WARM_COUNT requests in $(seconds_of_ms $(($(now_ms) - started))) s"
  [ -z "$WARM_ODD" ] || warn "the warm-up got answers a healthy $PHASE does not give: ${WARM_ODD#; }"
}
