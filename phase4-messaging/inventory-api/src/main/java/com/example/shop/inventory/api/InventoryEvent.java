package com.example.shop.inventory.api;

import com.example.shop.events.DomainEvent;
import java.util.UUID;

/** What inventory-service publishes: whether an order's stock could be reserved. */
public sealed interface InventoryEvent extends DomainEvent permits StockReserved, StockRejected {

    UUID orderId();

    @Override
    default String source() {
        return "inventory";
    }

    @Override
    default String aggregateId() {
        return orderId().toString();
    }
}
