package com.example.shop.inventory.api;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Some line could not be reserved, so none is: nothing is held for the order. */
public record StockRejected(UUID eventId, Instant occurredAt, UUID orderId, List<Long> unavailableProductIds)
        implements InventoryEvent {

    public StockRejected {
        unavailableProductIds = List.copyOf(unavailableProductIds);
    }
}
