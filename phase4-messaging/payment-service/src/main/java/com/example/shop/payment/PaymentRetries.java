package com.example.shop.payment;

import java.util.UUID;

/**
 * The next attempt of a charge that failed for a technical reason, as a delayed job runs it. Public: Redisson defines
 * a job's class anew on the worker, and a job may refer to public types only.
 */
public interface PaymentRetries {

    void retry(UUID orderId);
}
