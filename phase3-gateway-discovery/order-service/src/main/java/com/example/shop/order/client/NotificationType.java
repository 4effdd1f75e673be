package com.example.shop.order.client;

/** What a notification is about. */
public enum NotificationType {
    ORDER_CONFIRMED,
    ORDER_CANCELLED
}
