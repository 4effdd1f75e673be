package com.example.shop.acceptance.api;

import java.util.List;
import java.util.UUID;

/** An order as the API returns it; {@code failureReason} is null unless the order was cancelled. */
public record Order(
        UUID id,
        String status,
        List<OrderItem> items,
        Money total,
        OrderPayment payment,
        String failureReason,
        String createdAt,
        String updatedAt) {

    public static final String PENDING = "PENDING";
    public static final String CONFIRMED = "CONFIRMED";
    public static final String CANCELLED = "CANCELLED";

    public record OrderItem(long productId, String name, int quantity, Money unitPrice) {}

    /** The payment as seen from the order; {@code status} is null when nothing was ever charged. */
    public record OrderPayment(String method, String status) {}
}
