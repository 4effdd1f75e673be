package com.example.shop.gateway.composition;

import java.time.Duration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Calls a service by name on behalf of the caller (the caller's bearer token goes along, so each service applies its
 * own rules: ownership, ADMIN) and hands back the service's answer as it is, status and body.
 */
@Component
class Downstream {

    private final WebClient client;
    private final Duration timeout;

    Downstream(WebClient.Builder loadBalanced, CompositionProperties properties) {
        this.client = loadBalanced.clone().build();
        this.timeout = properties.timeout();
    }

    Mono<ResponseEntity<JsonNode>> get(String uri, ServerWebExchange caller, Object... variables) {
        return send(HttpMethod.GET, uri, caller, variables);
    }

    /** Any method, the caller's credentials passed on; the answer as it came, whatever its status. */
    Mono<ResponseEntity<JsonNode>> send(HttpMethod method, String uri, ServerWebExchange caller, Object... variables) {
        return client.method(method)
                .uri(uri, variables)
                .headers(headers -> copyAuthorization(caller, headers))
                .exchangeToMono(response -> response.toEntity(JsonNode.class))
                .timeout(timeout);
    }

    private static void copyAuthorization(ServerWebExchange caller, HttpHeaders headers) {
        String authorization = caller.getRequest().getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            headers.set(HttpHeaders.AUTHORIZATION, authorization);
        }
    }
}
