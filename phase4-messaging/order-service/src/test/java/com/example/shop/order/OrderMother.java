package com.example.shop.order;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentMethod;
import java.util.List;
import java.util.UUID;

/** Orders in the states tests need. */
final class OrderMother {

    private OrderMother() {}

    static Order pending() {
        return pendingOf(UUID.randomUUID());
    }

    static Order pendingOf(UUID customer) {
        return Order.place(
                customer,
                null,
                List.of(
                        new OrderLine(1L, "Mechanical keyboard", 2, Money.of("89.90", "EUR")),
                        new OrderLine(2L, "Wireless mouse", 1, Money.of("34.50", "EUR"))),
                PaymentMethod.CARD);
    }

    static Order confirmed() {
        Order order = pending();
        order.confirm(PaymentStatus.CAPTURED);
        return order;
    }
}
