package com.example.shop.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated card acquirer and how charges are retried.
 *
 * @param card how {@code tok_flaky} behaves
 * @param retry how often, and how far apart, a charge that failed for a technical reason is attempted again
 */
@ConfigurationProperties("shop.payment")
record PaymentProperties(
        @DefaultValue Card card, @DefaultValue Retry retry) {

    /** @param flakyFailures how many attempts of a {@code tok_flaky} payment time out before one succeeds */
    record Card(@DefaultValue("2") int flakyFailures) {}

    /**
     * @param maxAttempts attempts in all, the first included; then the order is declined with PAYMENT_FAILED
     * @param firstPause the pause before the second attempt; it doubles for every further one
     */
    record Retry(
            @DefaultValue("4") int maxAttempts,
            @DefaultValue("1s") Duration firstPause) {

        /** The pause after the given number of failed attempts: 1 s, 2 s, 4 s, ... */
        Duration pauseBefore(int failedAttempts) {
            return firstPause.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        }
    }
}
