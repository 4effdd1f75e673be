package com.example.shop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.common.Money;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderConfirmed;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.order.api.OrderShipped;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order's state machine: each change answers the event that announces it, or nothing when it makes no sense. */
class OrderTests {

    @Test
    void startsPendingWithTheSumOfItsLinesAsTotal() {
        Order order = OrderMother.pending();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.total()).isEqualTo(Money.of("214.30", "EUR")); // 2 × 89.90 + 34.50
    }

    @Test
    void announcesItsPlacementWithLinesTotalAndPayment() {
        Order order = OrderMother.pending();
        PaymentDetails card = new PaymentDetails(PaymentMethod.CARD, "tok_visa", null);

        OrderPlaced placed = order.placed(card);

        assertThat(placed.orderId()).isEqualTo(order.id());
        assertThat(placed.customerId()).isEqualTo(order.customerId());
        assertThat(placed.total()).isEqualTo(Money.of("214.30", "EUR"));
        assertThat(placed.payment()).isEqualTo(card);
        assertThat(placed.lines())
                .containsExactly(
                        new OrderPlaced.Line(1L, "Mechanical keyboard", 2, Money.of("89.90", "EUR")),
                        new OrderPlaced.Line(2L, "Wireless mouse", 1, Money.of("34.50", "EUR")));
    }

    @Test
    void confirmsAPendingOrderWithItsPaymentStatus() {
        Order order = OrderMother.pending();

        var confirmed = order.confirm(PaymentStatus.CAPTURED);

        assertThat(confirmed).get().isInstanceOf(OrderConfirmed.class);
        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(order.failureReason()).isNull();
    }

    @Test
    void recordsWhyARejectedOrderWasCancelled() {
        Order order = OrderMother.pending();

        var cancelled = order.reject(FailureReason.OUT_OF_STOCK, null);

        assertThat(cancelled).get().isInstanceOfSatisfying(OrderCancelled.class, event -> assertThat(event.reason())
                .isEqualTo("OUT_OF_STOCK"));
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.OUT_OF_STOCK);
    }

    @Test
    void aLateAnswerChangesNothing() {
        Order order = OrderMother.pending();
        order.reject(FailureReason.EXPIRED, null);

        assertThat(order.confirm(PaymentStatus.CAPTURED)).isEmpty();
        assertThat(order.reject(FailureReason.PAYMENT_DECLINED, PaymentStatus.DECLINED))
                .isEmpty();
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.EXPIRED);
    }

    @Test
    void confirmsAnOrderOnlyOnce() {
        Order order = OrderMother.confirmed();

        assertThat(order.confirm(PaymentStatus.CAPTURED)).isEmpty();
    }

    @Test
    void shipsAConfirmedOrderOnce() {
        Order order = OrderMother.confirmed();

        assertThat(order.ship()).get().isInstanceOf(OrderShipped.class);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.ship()).isEmpty();
    }

    @Test
    void neverShipsAPendingOrder() {
        Order order = OrderMother.pending();

        assertThat(order.ship()).isEmpty();
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
    }

    @Test
    void letsTheCustomerCancelAConfirmedOrderOnlyOnce() {
        Order order = OrderMother.confirmed();

        OrderCancelled cancelled = (OrderCancelled) order.cancelByCustomer();

        assertThat(cancelled.reason()).isEqualTo("CUSTOMER_CANCELLED");
        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.CUSTOMER_CANCELLED);
        assertThatThrownBy(order::cancelByCustomer).isInstanceOf(OrderNotCancellableException.class);
    }

    @Test
    void refusesToCancelAShippedOrder() {
        Order order = OrderMother.confirmed();
        order.ship();

        assertThatThrownBy(order::cancelByCustomer).isInstanceOf(OrderNotCancellableException.class);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void refusesAnOrderWithoutLines() {
        assertThatThrownBy(() -> Order.place(UUID.randomUUID(), null, List.of(), PaymentMethod.COD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
