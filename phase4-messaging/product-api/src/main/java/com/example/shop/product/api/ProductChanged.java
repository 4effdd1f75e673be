package com.example.shop.product.api;

import com.example.shop.common.Money;
import java.time.Instant;
import java.util.UUID;

/** A product's name or price changed; orders placed from now on are priced with it. */
public record ProductChanged(UUID eventId, Instant occurredAt, long productId, String sku, String name, Money price)
        implements ProductEvent {}
