package com.example.shop.bench.simulation;

import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.http.HttpProtocolBuilder;

/** How every simulation talks HTTP. */
final class Protocol {

    private Protocol() {}

    /**
     * Virtual users share a pool of keep-alive connections, as clients behind a gateway or a browser's pool do: the
     * measure is the shop's work per request, not a TCP handshake per arriving user. No warm-up request: Gatling's
     * default one goes to the internet, and nothing of the benchmark may leave the machine.
     */
    static HttpProtocolBuilder json() {
        return http.acceptHeader("application/json")
                .userAgentHeader("shop-benchmark (Gatling)")
                .shareConnections()
                .disableWarmUp();
    }
}
