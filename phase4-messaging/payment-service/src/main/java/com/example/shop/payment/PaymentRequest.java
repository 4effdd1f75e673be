package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.payment.api.PaymentDetails;
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

/**
 * What payment-service learned from {@code OrderPlaced}: what to charge and how, kept until the order's stock is
 * reserved ({@code StockReserved}), then charged, possibly over several attempts. A request cancelled before it was
 * charged is kept as a tombstone: a {@code StockReserved} or an {@code OrderPlaced} that arrives after the
 * cancellation (a retried message overtaken by a later one) charges nothing.
 */
@Entity
@Table(name = "payment_requests")
class PaymentRequest {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(name = "customer_id")
    private UUID customerId;

    @Enumerated(EnumType.STRING)
    private PaymentMethod method;

    @Column(name = "card_token")
    private String cardToken;

    private String vpa;

    private BigDecimal amount;

    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private State state;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at")
    private Instant nextAttemptAt;

    @Version
    private Long version;

    protected PaymentRequest() {}

    private PaymentRequest(UUID orderId, State state) {
        this.orderId = orderId;
        this.state = state;
    }

    static PaymentRequest of(OrderPlaced placed) {
        PaymentRequest request = new PaymentRequest(placed.orderId(), State.AWAITING_STOCK);
        request.fill(placed);
        return request;
    }

    /** An order cancelled before payment-service heard of it: nothing may ever be charged for it. */
    static PaymentRequest cancelledBeforeItArrived(UUID orderId) {
        return new PaymentRequest(orderId, State.CANCELLED);
    }

    /** The details, for a request known so far only as cancelled: kept for the record, still never charged. */
    void fill(OrderPlaced placed) {
        this.customerId = placed.customerId();
        this.method = placed.payment().method();
        this.cardToken = placed.payment().cardToken();
        this.vpa = placed.payment().vpa();
        this.amount = placed.total().amount();
        this.currency = placed.total().currency();
    }

    /** Whether an attempt may be made now: details known, stock reserved or a retry due, not decided, not cancelled. */
    boolean chargeable() {
        return method != null && (state == State.AWAITING_STOCK || state == State.RETRYING);
    }

    /** One more attempt failed for a technical reason; the next is due at {@code next}. */
    int failedAttempt(Instant next) {
        attempts++;
        state = State.RETRYING;
        nextAttemptAt = next;
        return attempts;
    }

    void decided() {
        state = State.DECIDED;
        nextAttemptAt = null;
    }

    /** True if this stops a charge that had not happened yet; false if it was decided already. */
    boolean cancel() {
        if (state == State.DECIDED) {
            return false;
        }
        state = State.CANCELLED;
        nextAttemptAt = null;
        return true;
    }

    UUID orderId() {
        return orderId;
    }

    UUID customerId() {
        return customerId;
    }

    Money amount() {
        return new Money(amount, currency);
    }

    PaymentDetails details() {
        return new PaymentDetails(method, cardToken, vpa);
    }

    int attempts() {
        return attempts;
    }

    State state() {
        return state;
    }

    enum State {
        /** Known from OrderPlaced; charged once the stock is reserved. */
        AWAITING_STOCK,
        /** An attempt failed for a technical reason; a delayed job makes the next one. */
        RETRYING,
        /** Captured, authorised, declined or failed for good: a Payment records it. */
        DECIDED,
        /** The order was cancelled before it was charged. */
        CANCELLED
    }
}
