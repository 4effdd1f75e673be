package com.example.shop.payment.api;

import com.example.shop.common.Money;
import java.time.Instant;
import java.util.UUID;

/**
 * The order is paid for, or (cash on delivery) the payment is authorised: the order can be confirmed.
 *
 * @param status {@code CAPTURED} (card, UPI) or {@code AUTHORIZED} (cash on delivery)
 */
public record PaymentCaptured(
        UUID eventId,
        Instant occurredAt,
        UUID orderId,
        UUID paymentId,
        PaymentMethod method,
        Money amount,
        String status)
        implements PaymentEvent {}
