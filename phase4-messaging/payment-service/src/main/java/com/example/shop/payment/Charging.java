package com.example.shop.payment;

import com.example.shop.fault.Capability;
import com.example.shop.fault.FaultSwitches;
import com.example.shop.messaging.Outbox;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.payment.api.PaymentCaptured;
import com.example.shop.payment.api.PaymentDeclined;
import com.example.shop.payment.api.PaymentMethod;
import com.example.shop.payment.api.PaymentRefunded;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Charges orders and gives money back, as the saga asks: remember what to charge ({@code OrderPlaced}), charge once the
 * stock is held ({@code StockReserved}), refund or cancel when the order is cancelled. Every outcome is written to the
 * outbox in the transaction that records it. A technical failure (the card acquirer did not answer) is retried by a
 * delayed job with a growing pause ({@code shop.payment.retry}); when every attempt failed, the order is declined with
 * {@code PAYMENT_FAILED}.
 */
@Service
class Charging implements PaymentRetries {

    private static final Logger log = LoggerFactory.getLogger(Charging.class);

    private final Map<PaymentMethod, PaymentStrategy> strategies = new EnumMap<>(PaymentMethod.class);
    private final PaymentRequestRepository requests;
    private final PaymentRepository payments;
    private final Outbox outbox;
    private final PaymentJobs jobs;
    private final FaultSwitches faults;
    private final PaymentProperties properties;
    private final Clock clock;

    Charging(
            List<PaymentStrategy> strategies,
            PaymentRequestRepository requests,
            PaymentRepository payments,
            Outbox outbox,
            PaymentJobs jobs,
            FaultSwitches faults,
            PaymentProperties properties,
            Clock clock) {
        strategies.forEach(strategy -> this.strategies.put(strategy.method(), strategy));
        this.requests = requests;
        this.payments = payments;
        this.outbox = outbox;
        this.jobs = jobs;
        this.faults = faults;
        this.properties = properties;
        this.clock = clock;
    }

    /** What to charge, once the stock is reserved. An order cancelled before this arrived stays uncharged. */
    @Transactional(propagation = Propagation.MANDATORY)
    void remember(OrderPlaced placed) {
        requests.findForUpdate(placed.orderId())
                .ifPresentOrElse(known -> known.fill(placed), () -> requests.save(PaymentRequest.of(placed)));
    }

    /** The order's stock is reserved: the first attempt. */
    @Transactional(propagation = Propagation.MANDATORY)
    void stockReserved(UUID orderId) {
        PaymentRequest request =
                requests.findForUpdate(orderId).orElseThrow(() -> new OrderNotKnownYetException(orderId));
        if (request.state() == PaymentRequest.State.AWAITING_STOCK) {
            attempt(request);
        }
    }

    /** A retry that came due (the delayed job, or the sweep when the job was lost). */
    @Override
    @Transactional
    public void retry(UUID orderId) {
        requests.findForUpdate(orderId)
                .filter(request -> request.state() == PaymentRequest.State.RETRYING)
                .ifPresent(this::attempt);
    }

    /** The order was cancelled: money taken goes back; a charge not made yet never will be. */
    @Transactional(propagation = Propagation.MANDATORY)
    void orderCancelled(UUID orderId) {
        PaymentRequest request = requests.findForUpdate(orderId)
                .orElseGet(() -> requests.save(PaymentRequest.cancelledBeforeItArrived(orderId)));
        if (request.cancel()) {
            return;
        }
        payments.findByOrderId(orderId).filter(Payment::refund).ifPresent(refunded -> {
            log.info("Refunded {} for cancelled order {}", refunded.amount(), orderId);
            outbox.publish(
                    new PaymentRefunded(UUID.randomUUID(), clock.instant(), orderId, refunded.id(), refunded.amount()));
        });
    }

    private void attempt(PaymentRequest request) {
        faults.apply(Capability.PAYMENT);
        if (!request.chargeable()) {
            return;
        }
        ChargeOutcome outcome = strategies
                .get(request.details().method())
                .charge(request.orderId(), request.amount(), request.details());
        if (outcome == ChargeOutcome.FAILED
                && request.attempts() + 1 < properties.retry().maxAttempts()) {
            Duration pause = properties.retry().pauseBefore(request.attempts() + 1);
            int failed = request.failedAttempt(clock.instant().plus(pause));
            log.info("Payment attempt {} for order {} failed; next in {}", failed, request.orderId(), pause);
            jobs.retryLater(request.orderId(), failed, pause);
            return;
        }
        request.decided();
        Payment payment = payments.save(new Payment(
                request.orderId(), request.customerId(), request.details().method(), request.amount(), outcome));
        Instant now = clock.instant();
        outbox.publish(
                switch (outcome) {
                    case CAPTURED, AUTHORIZED ->
                        new PaymentCaptured(
                                UUID.randomUUID(),
                                now,
                                request.orderId(),
                                payment.id(),
                                payment.method(),
                                payment.amount(),
                                payment.status().name());
                    case DECLINED -> new PaymentDeclined(UUID.randomUUID(), now, request.orderId(), "PAYMENT_DECLINED");
                    case FAILED -> new PaymentDeclined(UUID.randomUUID(), now, request.orderId(), "PAYMENT_FAILED");
                });
    }

    /** StockReserved overtook OrderPlaced (which is being retried): worth a retry of this message, not a dead letter. */
    static class OrderNotKnownYetException extends RuntimeException {
        OrderNotKnownYetException(UUID orderId) {
            super("No payment request for order " + orderId + " yet (its OrderPlaced has not arrived)");
        }
    }
}
