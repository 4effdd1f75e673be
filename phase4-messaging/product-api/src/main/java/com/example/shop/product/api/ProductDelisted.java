package com.example.shop.product.api;

import java.time.Instant;
import java.util.UUID;

/** A product can no longer be ordered. */
public record ProductDelisted(UUID eventId, Instant occurredAt, long productId) implements ProductEvent {}
