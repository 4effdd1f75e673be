package com.example.shop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.common.Money;
import com.example.shop.order.client.PaymentMethod;
import com.example.shop.order.client.PaymentStatus;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OrderTests {

    @Test
    void startsPendingWithTheSumOfItsLinesAsTotal() {
        Order order = OrderMother.pending();

        assertThat(order.status()).isEqualTo(OrderStatus.PENDING);
        assertThat(order.total()).isEqualTo(Money.of("214.30", "EUR")); // 2 × 89.90 + 34.50
    }

    @Test
    void confirmsAPendingOrderWithItsPaymentStatus() {
        Order order = OrderMother.pending();

        order.confirm(PaymentStatus.CAPTURED);

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(order.failureReason()).isNull();
    }

    @Test
    void recordsWhyARejectedOrderWasCancelled() {
        Order order = OrderMother.pending();

        order.reject(FailureReason.OUT_OF_STOCK, null);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.OUT_OF_STOCK);
    }

    @Test
    void refusesToConfirmAnOrderTwice() {
        Order order = OrderMother.pending();
        order.confirm(PaymentStatus.CAPTURED);

        assertThatThrownBy(() -> order.confirm(PaymentStatus.CAPTURED)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void letsTheCustomerCancelAConfirmedOrderOnlyOnce() {
        Order order = OrderMother.pending();
        order.confirm(PaymentStatus.CAPTURED);

        order.cancelByCustomer(PaymentStatus.REFUNDED);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.CUSTOMER_CANCELLED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        assertThatThrownBy(() -> order.cancelByCustomer(PaymentStatus.REFUNDED))
                .isInstanceOf(OrderNotCancellableException.class);
    }

    @Test
    void refusesAnOrderWithoutLines() {
        assertThatThrownBy(() -> Order.place(UUID.randomUUID(), null, List.of(), PaymentMethod.COD))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
