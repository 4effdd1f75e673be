package com.example.shop.order.jobs;

import java.util.UUID;

/** What a delayed job does when it comes due; each is a no-op if the order has moved on meanwhile. */
public interface DueActions {

    /** A PENDING order nobody decided in time becomes CANCELLED (EXPIRED). */
    void expire(UUID orderId);

    /** A CONFIRMED order ships. */
    void ship(UUID orderId);

    /** A confirmed order gets its invoice. */
    void issueInvoice(UUID orderId);
}
