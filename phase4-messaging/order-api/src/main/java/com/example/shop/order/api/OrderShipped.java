package com.example.shop.order.api;

import java.time.Instant;
import java.util.UUID;

/** The order left the warehouse: its reserved stock is sold, and it can no longer be cancelled. */
public record OrderShipped(UUID eventId, Instant occurredAt, UUID orderId, UUID customerId) implements OrderEvent {}
