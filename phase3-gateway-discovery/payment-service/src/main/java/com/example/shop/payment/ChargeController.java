package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.common.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What were phase 1's in-process calls from the order module, now over HTTP for order-service only (HTTP Basic as the
 * service account, see the security configuration).
 */
@RestController
@RequestMapping("/internal/payments")
class ChargeController {

    private final Payments payments;

    ChargeController(Payments payments) {
        this.payments = payments;
    }

    /** Checks the details before anything is reserved: 204, or a validation problem naming the field. */
    @PostMapping("/validation")
    ResponseEntity<Void> validate(@Valid @RequestBody PaymentDetails details) {
        payments.validate(details);
        return ResponseEntity.noContent().build();
    }

    /** A declined or failed payment is an answer (200 with its {@code failure}), not an error. */
    @PostMapping
    PaymentResult charge(@Valid @RequestBody ChargeRequest request) {
        payments.validate(request.payment());
        return payments.charge(request.orderId(), request.customerId(), request.amount(), request.payment());
    }

    /** Refunds the order's payment; 404 when the order was never charged. */
    @PostMapping("/{orderId}/refund")
    RefundResponse refund(@PathVariable UUID orderId) {
        return payments.refund(orderId)
                .map(RefundResponse::new)
                .orElseThrow(() -> new NotFoundException("Payment for order", orderId));
    }

    record ChargeRequest(
            @NotNull UUID orderId,
            @NotNull UUID customerId,
            @NotNull @Valid Money amount,
            @NotNull @Valid PaymentDetails payment) {}

    record RefundResponse(PaymentStatus status) {}
}
