package com.example.shop.order;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentMethod;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An order as the API shows it. */
record OrderResponse(
        UUID id,
        OrderStatus status,
        List<Item> items,
        Money total,
        Payment payment,
        FailureReason failureReason,
        Instant createdAt,
        Instant updatedAt) {

    static OrderResponse of(Order order) {
        List<Item> items = order.lines().stream()
                .map(line -> new Item(line.productId(), line.productName(), line.quantity(), line.unitPrice()))
                .toList();
        return new OrderResponse(
                order.id(),
                order.status(),
                items,
                order.total(),
                new Payment(order.paymentMethod(), order.paymentStatus()),
                order.failureReason(),
                order.createdAt(),
                order.updatedAt());
    }

    record Item(Long productId, String name, int quantity, Money unitPrice) {}

    /** {@code status} is null while no payment was attempted (an order cancelled for lack of stock). */
    record Payment(PaymentMethod method, PaymentStatus status) {}
}
