package com.example.shop.order;

import com.example.shop.common.Caller;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/orders")
class OrderController {

    private final OrderService orders;

    OrderController(OrderService orders) {
        this.orders = orders;
    }

    /** Synchronous: the answer already holds the final status, CONFIRMED or CANCELLED with a reason. */
    @PostMapping
    ResponseEntity<OrderResponse> place(
            @Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID idempotencyKey,
            Authentication caller) {
        Order order = orders.place(Caller.of(caller).id(), idempotencyKey, request);
        return ResponseEntity.created(URI.create("/api/orders/" + order.id())).body(OrderResponse.of(order));
    }

    @GetMapping("/{id}")
    OrderResponse get(@PathVariable UUID id, Authentication caller) {
        return OrderResponse.of(orders.get(id, Caller.of(caller)));
    }

    /** The caller's orders, newest first. */
    @GetMapping
    PagedModel<OrderResponse> mine(@PageableDefault(size = 20) Pageable pageable, Authentication caller) {
        return new PagedModel<>(orders.mine(Caller.of(caller), pageable).map(OrderResponse::of));
    }

    @PostMapping("/{id}/cancel")
    OrderResponse cancel(@PathVariable UUID id, Authentication caller) {
        return OrderResponse.of(orders.cancel(id, Caller.of(caller)));
    }
}
