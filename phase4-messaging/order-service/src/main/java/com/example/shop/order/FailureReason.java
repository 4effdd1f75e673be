package com.example.shop.order;

/** Why an order ended CANCELLED. */
public enum FailureReason {
    OUT_OF_STOCK,
    PAYMENT_DECLINED,
    PAYMENT_FAILED,
    EXPIRED,
    CUSTOMER_CANCELLED
}
