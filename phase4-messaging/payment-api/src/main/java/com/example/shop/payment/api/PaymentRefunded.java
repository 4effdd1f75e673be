package com.example.shop.payment.api;

import com.example.shop.common.Money;
import java.time.Instant;
import java.util.UUID;

/** The money taken for a cancelled order was given back. */
public record PaymentRefunded(UUID eventId, Instant occurredAt, UUID orderId, UUID paymentId, Money amount)
        implements PaymentEvent {}
