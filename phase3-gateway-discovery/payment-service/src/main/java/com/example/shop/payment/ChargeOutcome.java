package com.example.shop.payment;

/** What a strategy's charge came to. {@code FAILED}: the provider never gave an answer, even after retries. */
enum ChargeOutcome {
    CAPTURED,
    AUTHORIZED,
    DECLINED,
    FAILED
}
