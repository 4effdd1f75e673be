package com.example.shop.order.api;

import com.example.shop.events.DomainEvent;
import java.util.UUID;

/** What order-service publishes: each change of an order's status. */
public sealed interface OrderEvent extends DomainEvent
        permits OrderPlaced, OrderConfirmed, OrderCancelled, OrderShipped {

    UUID orderId();

    /** Whose order it is: notifications go to them. */
    UUID customerId();

    @Override
    default String source() {
        return "order";
    }

    @Override
    default String aggregateId() {
        return orderId().toString();
    }
}
