package com.example.shop.payment;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Payment settings.
 *
 * @param card the simulated card acquirer and how its timeouts are retried
 */
@ConfigurationProperties("shop.payment")
record PaymentProperties(@DefaultValue Card card) {

    /**
     * @param flakyFailures how many attempts of a {@code tok_flaky} payment time out before one succeeds
     * @param maxRetries how many times a timed-out attempt is retried
     * @param retryDelay the pause before the first retry; it doubles for every further one
     */
    record Card(
            @DefaultValue("2") int flakyFailures,
            @DefaultValue("3") int maxRetries,
            @DefaultValue("50ms") Duration retryDelay) {}
}
