package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentMethod;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** The payment of one order, and its state changes. */
@Entity
@Table(name = "payments")
class Payment {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false, unique = true)
    private UUID orderId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentMethod method;

    @Column(nullable = false)
    private BigDecimal amount;

    @Column(nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PaymentStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Payment() {}

    Payment(UUID orderId, UUID customerId, PaymentMethod method, Money amount, ChargeOutcome outcome) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.customerId = customerId;
        this.method = method;
        this.amount = amount.amount();
        this.currency = amount.currency();
        this.status = switch (outcome) {
            case CAPTURED -> PaymentStatus.CAPTURED;
            case AUTHORIZED -> PaymentStatus.AUTHORIZED;
            case DECLINED, FAILED -> PaymentStatus.DECLINED; // FAILED: only once every attempt has failed
        };
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    /**
     * Money taken is given back; an authorization (cash on delivery) is voided. Only a payment that took something can
     * be refunded, once: the answer says whether this call did.
     */
    boolean refund() {
        if (status != PaymentStatus.CAPTURED && status != PaymentStatus.AUTHORIZED) {
            return false;
        }
        status = PaymentStatus.REFUNDED;
        updatedAt = Instant.now();
        return true;
    }

    Money amount() {
        return new Money(amount, currency);
    }

    PaymentMethod method() {
        return method;
    }

    UUID id() {
        return id;
    }

    UUID customerId() {
        return customerId;
    }

    PaymentStatus status() {
        return status;
    }

    PaymentView toView() {
        return new PaymentView(id, orderId, method, new Money(amount, currency), status);
    }
}
