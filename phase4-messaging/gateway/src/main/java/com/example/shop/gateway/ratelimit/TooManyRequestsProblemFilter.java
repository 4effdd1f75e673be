package com.example.shop.gateway.ratelimit;

import com.example.shop.gateway.problem.Problems;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The stock rate limiter refuses with an empty 429. This gives that answer the contract's body, problem details that
 * say which budget ran out, and a {@code Retry-After}; the limiter's {@code X-RateLimit-*} headers stay as they are.
 */
@Component
class TooManyRequestsProblemFilter implements GlobalFilter, Ordered {

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        ServerWebExchange decorated = exchange.mutate()
                .response(new ProblemOnTooManyRequests(exchange))
                .build();
        return chain.filter(decorated);
    }

    /** Before every route filter, so that the limiter writes through the decorated response. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    private static final class ProblemOnTooManyRequests extends ServerHttpResponseDecorator {

        private final ServerWebExchange exchange;

        ProblemOnTooManyRequests(ServerWebExchange exchange) {
            super(exchange.getResponse());
            this.exchange = exchange;
        }

        @Override
        public Mono<Void> setComplete() {
            ServerHttpResponse response = getDelegate();
            if (!HttpStatus.TOO_MANY_REQUESTS.equals(response.getStatusCode()) || response.isCommitted()) {
                return super.setComplete();
            }
            return refuse(exchange);
        }
    }

    /** The 429 answer itself, its detail taken from the limiter's {@code X-RateLimit-*} headers already set. */
    static Mono<Void> refuse(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, "1");
        return Problems.write(
                exchange, Problems.problem(HttpStatus.TOO_MANY_REQUESTS, "too-many-requests", detail(headers)));
    }

    private static String detail(HttpHeaders headers) {
        String rate = headers.getFirst(RedisRateLimiter.REPLENISH_RATE_HEADER);
        String burst = headers.getFirst(RedisRateLimiter.BURST_CAPACITY_HEADER);
        if (rate == null || burst == null) {
            return "too many requests: slow down and retry";
        }
        return "too many requests: this budget allows " + rate + " a second, in bursts of up to " + burst
                + "; retry after the time in Retry-After";
    }
}
