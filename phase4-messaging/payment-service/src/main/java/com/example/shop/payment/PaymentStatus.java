package com.example.shop.payment;

/**
 * Where a payment stands. COD orders stay {@code AUTHORIZED} until the courier collects the cash; a cancelled
 * order's payment ends {@code REFUNDED} (for COD: the authorization is voided).
 */
public enum PaymentStatus {
    AUTHORIZED,
    CAPTURED,
    DECLINED,
    REFUNDED
}
