package com.example.shop.order.client;

/** The answer to a charge: the payment's status and, when it did not go through, whether it was declined or failed. */
public record PaymentResult(PaymentStatus status, Failure failure) {

    public enum Failure {
        DECLINED,
        FAILED
    }

    public boolean succeeded() {
        return failure == null;
    }
}
