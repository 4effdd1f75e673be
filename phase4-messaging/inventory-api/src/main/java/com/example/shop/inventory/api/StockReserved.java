package com.example.shop.inventory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Every line of the order is held for it until it ships or is cancelled. */
public record StockReserved(UUID eventId, Instant occurredAt, UUID orderId, List<Line> lines)
        implements InventoryEvent {

    public StockReserved {
        lines = List.copyOf(lines);
    }

    public record Line(long productId, int quantity) {}
}
