package com.example.shop.gateway.problem;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Where a route's circuit breaker sends a request when the service cannot answer: not reachable, slower than the
 * route's time limit, or its circuit is open after repeated failures. The caller gets a 503 at once instead of
 * waiting for a service that is known to be failing.
 */
@RestController
class FallbackController {

    @RequestMapping("/fallback/{service}")
    Mono<Void> unavailable(@PathVariable String service, ServerWebExchange exchange) {
        return Problems.write(
                exchange,
                Problems.problem(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "service-unavailable",
                        service + " is unavailable; try again shortly"));
    }
}
