package com.example.shop.payment.api;

import java.time.Instant;
import java.util.UUID;

/**
 * The order cannot be paid for; nothing was taken.
 *
 * @param reason {@code PAYMENT_DECLINED} (refused by the card network or the bank) or {@code PAYMENT_FAILED} (every
 *     attempt failed for a technical reason)
 */
public record PaymentDeclined(UUID eventId, Instant occurredAt, UUID orderId, String reason) implements PaymentEvent {}
