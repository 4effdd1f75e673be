package com.example.shop.payment;

import com.example.shop.common.InvalidRequestException;
import com.example.shop.common.Money;
import com.example.shop.fault.Capability;
import com.example.shop.fault.FaultSwitches;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The payment service's core: check payment details, charge an order, refund it, look a payment up. */
@Service
public class Payments {

    private final Map<PaymentMethod, PaymentStrategy> strategies = new EnumMap<>(PaymentMethod.class);
    private final PaymentRepository payments;
    private final FaultSwitches faults;

    Payments(List<PaymentStrategy> strategies, PaymentRepository payments, FaultSwitches faults) {
        strategies.forEach(strategy -> this.strategies.put(strategy.method(), strategy));
        this.payments = payments;
        this.faults = faults;
    }

    /** Rejects incomplete details before anything is reserved or charged. */
    public void validate(PaymentDetails details) {
        strategyFor(details.method()).problemWith(details).ifPresent(problem -> {
            throw new InvalidRequestException(problem.field(), problem.message());
        });
    }

    @Transactional
    public PaymentResult charge(UUID orderId, UUID customerId, Money amount, PaymentDetails details) {
        faults.apply(Capability.PAYMENT);
        UUID attemptId = UUID.randomUUID();
        ChargeOutcome outcome = strategyFor(details.method()).charge(attemptId, amount, details);
        Payment payment = payments.save(new Payment(orderId, customerId, details.method(), amount, outcome));
        return switch (outcome) {
            case CAPTURED, AUTHORIZED -> new PaymentResult(payment.status(), null);
            case DECLINED -> new PaymentResult(payment.status(), PaymentResult.Failure.DECLINED);
            case FAILED -> new PaymentResult(payment.status(), PaymentResult.Failure.FAILED);
        };
    }

    /** Refunds the order's payment; an order that was never charged has nothing to refund. */
    @Transactional
    public Optional<PaymentStatus> refund(UUID orderId) {
        faults.apply(Capability.PAYMENT);
        return payments.findByOrderId(orderId).map(payment -> {
            payment.refund();
            return payment.status();
        });
    }

    /** The order's payment, if the customer owns it (or {@code asAdmin}). */
    @Transactional(readOnly = true)
    public Optional<PaymentView> forOrder(UUID orderId, UUID customerId, boolean asAdmin) {
        return payments.findByOrderId(orderId)
                .filter(payment -> asAdmin || payment.customerId().equals(customerId))
                .map(Payment::toView);
    }

    private PaymentStrategy strategyFor(PaymentMethod method) {
        PaymentStrategy strategy = strategies.get(method);
        if (strategy == null) {
            throw new IllegalStateException("No strategy for " + method);
        }
        return strategy;
    }
}
