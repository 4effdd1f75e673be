package com.example.shop.order;

import com.example.shop.common.Money;
import com.example.shop.order.client.PaymentMethod;
import com.example.shop.order.client.PaymentStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The order aggregate. Its state only changes through the intention-revealing methods below, each of which refuses a
 * change that makes no sense in the current status.
 */
@Entity
@Table(name = "orders")
class Order {

    @Id
    private UUID id;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "idempotency_key")
    private UUID idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "failure_reason")
    private FailureReason failureReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "order_lines", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_no")
    private List<OrderLine> lines = new ArrayList<>();

    @Column(name = "total_amount", nullable = false)
    private BigDecimal totalAmount;

    @Column(name = "currency", nullable = false)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", nullable = false)
    private PaymentMethod paymentMethod;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_status")
    private PaymentStatus paymentStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private Long version;

    protected Order() {}

    private Order(UUID customerId, UUID idempotencyKey, List<OrderLine> lines, PaymentMethod paymentMethod) {
        Money total =
                lines.stream().map(OrderLine::subtotal).reduce(Money::plus).orElseThrow();
        this.id = UUID.randomUUID();
        this.customerId = customerId;
        this.idempotencyKey = idempotencyKey;
        this.status = OrderStatus.PENDING;
        this.lines = new ArrayList<>(lines);
        this.totalAmount = total.amount();
        this.currency = total.currency();
        this.paymentMethod = paymentMethod;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
    }

    static Order place(UUID customerId, UUID idempotencyKey, List<OrderLine> lines, PaymentMethod paymentMethod) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("An order needs at least one line");
        }
        return new Order(customerId, idempotencyKey, lines, paymentMethod);
    }

    void confirm(PaymentStatus paymentStatus) {
        requireStatus(OrderStatus.PENDING, "confirm");
        this.status = OrderStatus.CONFIRMED;
        this.paymentStatus = paymentStatus;
        touch();
    }

    /** Placement did not go through: out of stock, or the payment was declined or failed. */
    void reject(FailureReason reason, PaymentStatus paymentStatus) {
        requireStatus(OrderStatus.PENDING, "reject");
        this.status = OrderStatus.CANCELLED;
        this.failureReason = reason;
        this.paymentStatus = paymentStatus;
        touch();
    }

    boolean isCancellable() {
        return status == OrderStatus.PENDING || status == OrderStatus.CONFIRMED;
    }

    /** The customer changed their mind: only before the order ships, and only once. */
    void cancelByCustomer(PaymentStatus paymentStatus) {
        if (!isCancellable()) {
            throw new OrderNotCancellableException(id, status);
        }
        this.status = OrderStatus.CANCELLED;
        this.failureReason = FailureReason.CUSTOMER_CANCELLED;
        this.paymentStatus = paymentStatus;
        touch();
    }

    private void requireStatus(OrderStatus expected, String action) {
        if (status != expected) {
            throw new IllegalStateException("Cannot " + action + " order " + id + " in status " + status);
        }
    }

    private void touch() {
        updatedAt = Instant.now();
    }

    UUID id() {
        return id;
    }

    UUID customerId() {
        return customerId;
    }

    OrderStatus status() {
        return status;
    }

    FailureReason failureReason() {
        return failureReason;
    }

    List<OrderLine> lines() {
        return List.copyOf(lines);
    }

    Money total() {
        return new Money(totalAmount, currency);
    }

    PaymentMethod paymentMethod() {
        return paymentMethod;
    }

    PaymentStatus paymentStatus() {
        return paymentStatus;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
