package com.example.shop.payment;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The backstop of the retry jobs: a retry overdue by more than a grace period (its job was lost with Redis, or its
 * worker died) is made from here. Charging the same order from the job and the sweep at once is safe: the request row
 * is locked, and only a RETRYING request is attempted.
 */
@Component
class PaymentSweep {

    private static final Logger log = LoggerFactory.getLogger(PaymentSweep.class);
    private static final Duration GRACE = Duration.ofSeconds(10);

    private final PaymentRequestRepository requests;
    private final Charging charging;
    private final Clock clock;

    PaymentSweep(PaymentRequestRepository requests, Charging charging, Clock clock) {
        this.requests = requests;
        this.charging = charging;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${shop.payment.sweep-every:15s}",
            initialDelayString = "${shop.payment.sweep-every:15s}")
    void sweep() {
        for (UUID orderId : requests.findRetriesDueBefore(clock.instant().minus(GRACE))) {
            log.info("Sweep: the payment retry of order {} is overdue; its job did not run", orderId);
            try {
                charging.retry(orderId);
            } catch (RuntimeException failed) {
                log.warn("Sweep: retrying the payment of order {} failed: {}", orderId, failed.getMessage());
            }
        }
    }
}
