package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.util.UUID;

/**
 * One way of paying (the Strategy pattern): {@link Charging} picks the strategy by {@link PaymentMethod}. One call is
 * one attempt; a transient failure ({@link ChargeOutcome#FAILED}) is retried later by a delayed job, not in place.
 * Whether the details are well formed is the payment contract's rule ({@link PaymentDetails#problem()}), checked
 * when the order is placed.
 */
interface PaymentStrategy {

    PaymentMethod method();

    ChargeOutcome charge(UUID orderId, Money amount, PaymentDetails details);
}
