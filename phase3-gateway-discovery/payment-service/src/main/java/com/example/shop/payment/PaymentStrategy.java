package com.example.shop.payment;

import com.example.shop.common.Money;
import java.util.Optional;
import java.util.UUID;

/** One way of paying (the Strategy pattern): {@link Payments} picks the strategy by {@link PaymentMethod}. */
interface PaymentStrategy {

    PaymentMethod method();

    /** What is wrong with the details for this method, as a field and a message; empty when they are complete. */
    Optional<FieldProblem> problemWith(PaymentDetails details);

    ChargeOutcome charge(UUID paymentId, Money amount, PaymentDetails details);

    record FieldProblem(String field, String message) {}
}
