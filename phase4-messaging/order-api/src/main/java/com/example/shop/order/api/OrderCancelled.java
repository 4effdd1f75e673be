package com.example.shop.order.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The order will not be shipped: whoever holds something for it gives it back (inventory-service its stock,
 * payment-service the money).
 *
 * @param reason {@code OUT_OF_STOCK}, {@code PAYMENT_DECLINED}, {@code PAYMENT_FAILED}, {@code EXPIRED} or
 *     {@code CUSTOMER_CANCELLED}
 */
public record OrderCancelled(UUID eventId, Instant occurredAt, UUID orderId, UUID customerId, String reason)
        implements OrderEvent {}
