package com.example.shop.gateway.problem;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request when the service cannot answer: not reachable, slower than the
 * route's time limit, or its circuit is open after repeated failures. The caller gets a 503 at once instead of
 * waiting for a service that is known to be failing. The reason is logged: a warning when the call was tried and
 * failed, a debug line when it was not even tried (its circuit is open, or its bulkhead full: one line per request
 * while that lasts).
 */
@RestController
class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause instanceof CallNotPermittedException || cause instanceof BulkheadFullException) {
            log.debug("{} not tried for {}: {}", service, OriginalPath.of(exchange), cause.getMessage());
        } else {
            log.warn(
                    "{} failed for {}: {}", service, OriginalPath.of(exchange), cause == null ? "?" : cause.toString());
        }
        return Problems.write(
                exchange,
                Problems.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        service + " is unavailable; try again shortly"));
    }
}
