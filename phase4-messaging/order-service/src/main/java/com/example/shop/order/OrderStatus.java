package com.example.shop.order;

/** The life of an order. In the synchronous phases an order leaves the request already CONFIRMED or CANCELLED. */
public enum OrderStatus {
    PENDING,
    CONFIRMED,
    SHIPPED,
    CANCELLED
}
