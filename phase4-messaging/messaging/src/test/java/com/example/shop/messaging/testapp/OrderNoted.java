package com.example.shop.messaging.testapp;

import com.example.shop.events.DomainEvent;
import java.time.Instant;
import java.util.UUID;

/**
 * The test application's event: the {@code sequence}-th note on an order. Published as {@code order.OrderNoted}, which
 * the queue {@code notification-service.events} receives ({@code order.*}).
 */
public record OrderNoted(UUID eventId, Instant occurredAt, String orderId, int sequence) implements DomainEvent {

    @Override
    public String source() {
        return "order";
    }

    @Override
    public String aggregateId() {
        return orderId;
    }
}
