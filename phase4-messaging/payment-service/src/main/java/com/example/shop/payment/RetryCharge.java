package com.example.shop.payment;

import java.io.Serial;
import java.io.Serializable;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The next attempt of a charge, as it waits in Redis: only the order id; the work is {@link PaymentRetries}, injected
 * when a worker runs it. (A top-level class referring to public types only: Redisson ships a job's class to the
 * worker that runs it and defines it there anew.)
 */
public final class RetryCharge implements Runnable, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID orderId;
    private final int attempt;

    @Autowired
    private transient PaymentRetries retries;

    RetryCharge(UUID orderId, int attempt) {
        this.orderId = orderId;
        this.attempt = attempt;
    }

    /** One per attempt of an order: Redisson refuses a second job with the id of one still waiting or running. */
    String id() {
        return "payment-" + orderId + "-attempt-" + attempt;
    }

    @Override
    public void run() {
        retries.retry(orderId);
    }
}
