package com.example.shop.order.api;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentDetails;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A customer placed an order: it is PENDING until stock and payment have answered. Carries what the other services
 * need to do their part without asking order-service: the lines for inventory-service, the total and the payment
 * details for payment-service.
 */
public record OrderPlaced(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID customerId,
        List<Line> lines,
        Money total,
        PaymentDetails payment)
        implements OrderEvent {

    public OrderPlaced {
        lines = List.copyOf(lines);
    }

    /** One product of the order, priced when it was placed. */
    public record Line(long productId, String name, int quantity, Money unitPrice) {}
}
