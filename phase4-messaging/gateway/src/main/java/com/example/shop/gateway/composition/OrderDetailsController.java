package com.example.shop.gateway.composition;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * API composition: one request for what a client would otherwise fetch from three services, the order (order-service),
 * its products (product-service) and its payment (payment-service). The order decides: if order-service refuses (404
 * for someone else's order, 401) that answer goes back unchanged. Products and payment are fetched in parallel and
 * are optional: when one of those services fails, the response still comes, with that part {@code null} and the
 * service named in {@code unavailable}, so a slow payment-service cannot take the order page down.
 */
@RestController
class OrderDetailsController {

    private static final Logger log = LoggerFactory.getLogger(OrderDetailsController.class);

    private final Downstream downstream;

    OrderDetailsController(Downstream downstream) {
        this.downstream = downstream;
    }

    @GetMapping("/api/order-details/{id}")
    Mono<ResponseEntity<?>> details(@PathVariable UUID id, ServerWebExchange exchange) {
        return downstream
                .get("http://order-service/api/orders/{id}", exchange, id)
                .flatMap(order -> {
                    if (!order.getStatusCode().is2xxSuccessful() || order.getBody() == null) {
                        return Mono.just(order);
                    }
                    return compose(order.getBody(), id, exchange).map(ResponseEntity::ok);
                });
    }

    private Mono<OrderDetails> compose(JsonNode order, UUID id, ServerWebExchange exchange) {
        List<String> unavailable = new ArrayList<>();
        Mono<List<JsonNode>> products = Flux.fromIterable(productIds(order))
                .flatMapSequential(productId -> part(
                        downstream.get("http://product-service/api/products/{id}", exchange, productId),
                        "product-service",
                        unavailable))
                .collectList();
        Mono<Optional<JsonNode>> payment = part(
                        downstream.get("http://payment-service/api/payments?orderId={id}", exchange, id),
                        "payment-service",
                        unavailable)
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
        return Mono.zip(products, payment)
                .map(parts -> new OrderDetails(
                        order,
                        parts.getT1(),
                        parts.getT2().orElse(null),
                        List.copyOf(new LinkedHashSet<>(unavailable))));
    }

    /** One optional part: its body when the service answered 2xx, nothing (and the service noted) otherwise. */
    private static Mono<JsonNode> part(Mono<ResponseEntity<JsonNode>> call, String service, List<String> unavailable) {
        return call.flatMap(response -> {
                    if (response.getStatusCode().is2xxSuccessful() && response.getBody() != null) {
                        return Mono.just(response.getBody());
                    }
                    if (response.getStatusCode().is5xxServerError()) {
                        synchronized (unavailable) {
                            unavailable.add(service);
                        }
                    }
                    return Mono.<JsonNode>empty();
                })
                .onErrorResume(failure -> {
                    log.warn("{} did not answer for an order's details: {}", service, failure.toString());
                    synchronized (unavailable) {
                        unavailable.add(service);
                    }
                    return Mono.empty();
                });
    }

    private static Set<Long> productIds(JsonNode order) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode item : order.path("items")) {
            ids.add(item.path("productId").asLong());
        }
        return ids;
    }

    /**
     * @param order the order as order-service gives it
     * @param products each ordered product as product-service describes it today
     * @param payment the order's payment, {@code null} when payment-service could not say
     * @param unavailable the services whose part is missing
     */
    record OrderDetails(JsonNode order, List<JsonNode> products, JsonNode payment, List<String> unavailable) {}
}
