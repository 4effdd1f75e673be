package com.example.shop.order;

/**
 * Where the order's payment stands, as payment-service last reported it. Null while nothing was charged yet; COD
 * orders stay {@code AUTHORIZED} until the courier collects the cash; a cancelled order's payment ends
 * {@code REFUNDED} once payment-service has given the money back.
 */
public enum PaymentStatus {
    AUTHORIZED,
    CAPTURED,
    DECLINED,
    REFUNDED
}
