package com.example.shop.product.api;

import com.example.shop.common.Money;
import java.time.Instant;
import java.util.UUID;

/** A product can be ordered from now on, at this price. */
public record ProductListed(UUID eventId, Instant occurredAt, long productId, String sku, String name, Money price)
        implements ProductEvent {}
