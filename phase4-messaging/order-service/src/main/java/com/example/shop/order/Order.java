package com.example.shop.order;

import com.example.shop.common.Money;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderConfirmed;
import com.example.shop.order.api.OrderEvent;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.order.api.OrderShipped;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
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
import java.util.Optional;
import java.util.UUID;

/**
 * The order aggregate. Its state only changes through the intention-revealing methods below, each of which refuses a
 * change that makes no sense in the current status and returns the event that announces the change (the caller writes
 * it to the outbox in the same transaction). An answer that arrives too late (a payment for an order that expired
 * meanwhile) changes nothing: the method returns no event.
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

    /** What the other services need to know of a new order: its lines, its total and how it is paid for. */
    OrderPlaced placed(PaymentDetails payment) {
        List<OrderPlaced.Line> placedLines = lines.stream()
                .map(line ->
                        new OrderPlaced.Line(line.productId(), line.productName(), line.quantity(), line.unitPrice()))
                .toList();
        return new OrderPlaced(UUID.randomUUID(), createdAt, id, customerId, placedLines, total(), payment);
    }

    /** Stock reserved and payment taken. Only a PENDING order can be confirmed: a late answer changes nothing. */
    Optional<OrderEvent> confirm(PaymentStatus paymentStatus) {
        if (status != OrderStatus.PENDING) {
            return Optional.empty();
        }
        this.status = OrderStatus.CONFIRMED;
        this.paymentStatus = paymentStatus;
        touch();
        return Optional.of(new OrderConfirmed(UUID.randomUUID(), updatedAt, id, customerId, total()));
    }

    /** Placement did not go through (out of stock, payment declined or failed, no answer in time). */
    Optional<OrderEvent> reject(FailureReason reason, PaymentStatus paymentStatus) {
        if (status != OrderStatus.PENDING) {
            return Optional.empty();
        }
        this.paymentStatus = paymentStatus;
        return Optional.of(cancel(reason));
    }

    boolean isCancellable() {
        return status == OrderStatus.PENDING || status == OrderStatus.CONFIRMED;
    }

    /** The customer changed their mind: only before the order ships, and only once. */
    OrderEvent cancelByCustomer() {
        if (!isCancellable()) {
            throw new OrderNotCancellableException(id, status);
        }
        return cancel(FailureReason.CUSTOMER_CANCELLED);
    }

    /** The courier took it: a CONFIRMED order only, once. */
    Optional<OrderEvent> ship() {
        if (status != OrderStatus.CONFIRMED) {
            return Optional.empty();
        }
        this.status = OrderStatus.SHIPPED;
        touch();
        return Optional.of(new OrderShipped(UUID.randomUUID(), updatedAt, id, customerId));
    }

    /** payment-service gave the money back (or voided a cash-on-delivery authorisation). */
    void refunded() {
        this.paymentStatus = PaymentStatus.REFUNDED;
        touch();
    }

    private OrderCancelled cancel(FailureReason reason) {
        this.status = OrderStatus.CANCELLED;
        this.failureReason = reason;
        touch();
        return new OrderCancelled(UUID.randomUUID(), updatedAt, id, customerId, reason.name());
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
