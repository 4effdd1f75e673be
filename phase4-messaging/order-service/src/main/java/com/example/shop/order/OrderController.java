package com.example.shop.order;

import com.example.shop.common.Caller;
import com.example.shop.common.NotFoundException;
import com.example.shop.order.invoice.Invoice;
import com.example.shop.order.invoice.Invoices;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
    private final Invoices invoices;

    OrderController(OrderService orders, Invoices invoices) {
        this.orders = orders;
        this.invoices = invoices;
    }

    /**
     * Asynchronous: 202 Accepted with the order PENDING and where to follow it; the saga decides it a moment later
     * (CONFIRMED, or CANCELLED with a reason). A retry with the same idempotency key answers the same order as it
     * stands now.
     */
    @PostMapping
    ResponseEntity<OrderResponse> place(
            @Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) UUID idempotencyKey,
            Authentication caller) {
        Order order = orders.place(Caller.of(caller).id(), idempotencyKey, request);
        return ResponseEntity.accepted()
                .location(URI.create("/api/orders/" + order.id()))
                .body(OrderResponse.of(order));
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

    /** CANCELLED at once; the stock and the money come back a moment later (OrderCancelled). */
    @PostMapping("/{id}/cancel")
    OrderResponse cancel(@PathVariable UUID id, Authentication caller) {
        return OrderResponse.of(orders.cancel(id, Caller.of(caller)));
    }

    /** The owner's invoice, once the order is confirmed and the invoice job has run; 404 until then. */
    @GetMapping(value = "/{id}/invoice", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> invoice(@PathVariable UUID id, Authentication caller) {
        Order order = orders.get(id, Caller.of(caller));
        Invoice invoice = invoices.of(order.id()).orElseThrow(() -> new NotFoundException("Invoice of order", id));
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + invoice.number() + ".pdf\"")
                .body(invoice.pdf());
    }
}
