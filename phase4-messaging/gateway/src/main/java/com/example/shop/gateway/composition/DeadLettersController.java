package com.example.shop.gateway.composition;

import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The dead letters of the whole system, for an ADMIN: each service keeps those of its own queues (phase 4's messaging
 * module), and the gateway lists them together ({@link Gathered}). An id is re-driven or discarded by the one service
 * that holds it: all are asked, and the one that knows the id answers. A whole queue is re-driven by the service
 * that owns it, which the queue's name says ({@code inventory-service.events}).
 */
@RestController
class DeadLettersController {

    static final List<String> OWNERS =
            List.of("product-service", "inventory-service", "order-service", "payment-service", "notification-service");

    private static final String PATH = "/api/admin/dead-letters";

    private final Gathered gathered;
    private final Downstream downstream;

    DeadLettersController(Gathered gathered, Downstream downstream) {
        this.gathered = gathered;
        this.downstream = downstream;
    }

    @GetMapping(PATH)
    Mono<ResponseEntity<?>> all(ServerWebExchange exchange) {
        return gathered.lists(OWNERS, PATH, exchange);
    }

    @PostMapping(PATH + "/{id}/redrive")
    Mono<ResponseEntity<?>> redrive(@PathVariable UUID id, ServerWebExchange exchange) {
        return whoeverHolds(HttpMethod.POST, PATH + "/{id}/redrive", id, exchange);
    }

    @DeleteMapping(PATH + "/{id}")
    Mono<ResponseEntity<?>> discard(@PathVariable UUID id, ServerWebExchange exchange) {
        return whoeverHolds(HttpMethod.DELETE, PATH + "/{id}", id, exchange);
    }

    @PostMapping(PATH + "/redrive")
    Mono<ResponseEntity<?>> redriveQueue(@RequestParam String queue, ServerWebExchange exchange) {
        String owner = queue.contains(".") ? queue.substring(0, queue.indexOf('.')) : "";
        if (!OWNERS.contains(owner)) {
            return Mono.error(new ResponseStatusException(HttpStatus.BAD_REQUEST, "no service owns queue " + queue));
        }
        return downstream
                .send(HttpMethod.POST, "http://" + owner + PATH + "/redrive?queue={queue}", exchange, queue)
                .<ResponseEntity<?>>map(answer -> answer);
    }

    /**
     * The first answer that is not "no such dead letter" wins: the holder's 204, or a refusal (401, 403). No holder:
     * 404. An owner that cannot be asked is skipped; if the id was its, the operator gets 404 and tries again later.
     */
    private Mono<ResponseEntity<?>> whoeverHolds(HttpMethod method, String path, UUID id, ServerWebExchange exchange) {
        return Flux.fromIterable(OWNERS)
                .concatMap(owner -> downstream
                        .send(method, "http://" + owner + path, exchange, id)
                        .onErrorResume(unreachable -> Mono.empty()))
                .filter(answer -> answer.getStatusCode().value() != HttpStatus.NOT_FOUND.value())
                .next()
                .<ResponseEntity<?>>map(answer -> answer)
                .switchIfEmpty(Mono.error(new ResponseStatusException(HttpStatus.NOT_FOUND, "no dead letter " + id)));
    }
}
