package com.example.shop.gateway.composition;

import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * {@code GET /api/admin/faults} lists every switch, as in phase 1, although each service owns its own since phase 2:
 * the gateway asks the four owners and joins their lists ({@link Gathered}). One switch each is changed through a
 * plain route ({@code PUT /api/admin/faults/{capability}}, see ShopRoutes). An owner that cannot answer (down, or
 * slower than {@code shop.composition.timeout}) is left out of the list and named in the
 * {@value Gathered#UNAVAILABLE} header, so a partial list never passes for the whole one. The body stays the list the
 * contract promises.
 */
@RestController
class FaultSwitchesController {

    private static final List<String> OWNERS =
            List.of("product-service", "inventory-service", "payment-service", "notification-service");

    private final Gathered gathered;

    FaultSwitchesController(Gathered gathered) {
        this.gathered = gathered;
    }

    @GetMapping("/api/admin/faults")
    Mono<ResponseEntity<?>> all(ServerWebExchange exchange) {
        return gathered.lists(OWNERS, "/api/admin/faults", exchange);
    }
}
