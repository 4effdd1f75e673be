package com.example.shop.payment;

import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Payments as their owners see them ({@code GET /api/payments?orderId=}); {@link Charging} makes them. */
@Service
public class Payments {

    private final PaymentRepository payments;

    Payments(PaymentRepository payments) {
        this.payments = payments;
    }

    /** The order's payment, if the customer owns it (or {@code asAdmin}). */
    @Transactional(readOnly = true)
    public Optional<PaymentView> forOrder(UUID orderId, UUID customerId, boolean asAdmin) {
        return payments.findByOrderId(orderId)
                .filter(payment -> asAdmin || payment.customerId().equals(customerId))
                .map(Payment::toView);
    }
}
