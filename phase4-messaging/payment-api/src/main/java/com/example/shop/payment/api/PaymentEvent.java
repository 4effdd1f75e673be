package com.example.shop.payment.api;

import com.example.shop.events.DomainEvent;
import java.util.UUID;

/** What payment-service publishes: the outcome of charging an order, and refunds. */
public sealed interface PaymentEvent extends DomainEvent permits PaymentCaptured, PaymentDeclined, PaymentRefunded {

    UUID orderId();

    @Override
    default String source() {
        return "payment";
    }

    @Override
    default String aggregateId() {
        return orderId().toString();
    }
}
