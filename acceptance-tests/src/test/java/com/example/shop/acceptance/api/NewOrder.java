package com.example.shop.acceptance.api;

import java.util.List;

/** The body of {@code POST /api/orders}: {@code {items: [{productId, quantity}], payment: {method, ...}}}. */
public record NewOrder(List<Line> items, PaymentDetails payment) {

    public static NewOrder of(PaymentDetails payment, Line... lines) {
        return new NewOrder(List.of(lines), payment);
    }

    public static Line line(Product product, int quantity) {
        return new Line(product.id(), quantity);
    }

    public record Line(long productId, int quantity) {}
}
