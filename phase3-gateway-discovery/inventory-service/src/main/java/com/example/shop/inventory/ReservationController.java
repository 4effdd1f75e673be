package com.example.shop.inventory;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What was phase 1's in-process call from the order module, now over HTTP for order-service only (HTTP Basic as the
 * service account, see the security configuration).
 */
@RestController
@RequestMapping("/internal/reservations")
class ReservationController {

    private final Inventory inventory;

    ReservationController(Inventory inventory) {
        this.inventory = inventory;
    }

    /** All lines or none; not enough stock is an answer ({@code reserved: false}), not an error. */
    @PostMapping
    ReservationResponse reserve(@Valid @RequestBody ReservationRequest request) {
        return new ReservationResponse(inventory.reserve(request.orderId(), request.lines()));
    }

    /** Idempotent: releasing an order that holds nothing (or was released already) answers 204 as well. */
    @DeleteMapping("/{orderId}")
    ResponseEntity<Void> release(@PathVariable UUID orderId) {
        inventory.release(orderId);
        return ResponseEntity.noContent().build();
    }

    record ReservationRequest(
            @NotNull UUID orderId, @NotEmpty @Size(max = 50) List<@Valid @NotNull StockLine> lines) {}

    record ReservationResponse(boolean reserved) {}
}
