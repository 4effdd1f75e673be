package com.example.shop.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.server.util.matcher.OrServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The api budget for the answers the gateway composes itself ({@code GET /api/order-details/{id}}, {@code GET
 * /api/admin/faults}). They are controllers, not routes, so no route's {@code RequestRateLimiter} sees them, and each
 * costs several calls to the services: without this, they would be the one way past the limits. Same buckets, same
 * caller key, same 429 as the routes; runs after Spring Security, so a logged-in caller is keyed by user.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ComposedEndpointsRateLimit implements WebFilter {

    private static final ServerWebExchangeMatcher COMPOSED = new OrServerWebExchangeMatcher(
            ServerWebExchangeMatchers.pathMatchers(HttpMethod.GET, "/api/order-details/*", "/api/admin/faults"),
            ServerWebExchangeMatchers.pathMatchers("/api/admin/dead-letters", "/api/admin/dead-letters/**"));

    private final RateLimiter<RedisRateLimiter.Config> api;
    private final KeyResolver caller;

    ComposedEndpointsRateLimit(RateLimiter<RedisRateLimiter.Config> apiRateLimiter, KeyResolver callerKeyResolver) {
        this.api = apiRateLimiter;
        this.caller = callerKeyResolver;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return COMPOSED.matches(exchange)
                .flatMap(match -> match.isMatch()
                        ? caller.resolve(exchange)
                                .flatMap(key -> api.isAllowed("composed", key))
                                .flatMap(response -> {
                                    exchange.getResponse().getHeaders().setAll(response.getHeaders());
                                    if (response.isAllowed()) {
                                        return chain.filter(exchange);
                                    }
                                    return TooManyRequestsProblemFilter.refuse(exchange);
                                })
                        : chain.filter(exchange));
    }
}
