package com.example.shop.gateway.problem;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Remembers the path the client asked for before any route changes the request: a circuit breaker's fallback is a
 * forward to {@code /fallback/<service>}, and the problem it answers must name the client's request as its
 * {@code instance}, not the gateway's internal fallback path.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class OriginalPath implements WebFilter {

    static final String ATTRIBUTE = OriginalPath.class.getName();

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        exchange.getAttributes().put(ATTRIBUTE, exchange.getRequest().getPath().value());
        return chain.filter(exchange);
    }

    static String of(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(
                ATTRIBUTE, exchange.getRequest().getPath().value());
    }
}
