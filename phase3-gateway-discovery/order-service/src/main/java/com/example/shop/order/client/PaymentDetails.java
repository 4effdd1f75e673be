package com.example.shop.order.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * How the customer wants to pay, as sent with the order. Which other field is required depends on the method;
 * payment-service checks that ({@link Payments#validate(PaymentDetails)}).
 */
public record PaymentDetails(
        @NotNull PaymentMethod method,
        @Size(max = 64) String cardToken,
        @Size(max = 255) String vpa) {}
