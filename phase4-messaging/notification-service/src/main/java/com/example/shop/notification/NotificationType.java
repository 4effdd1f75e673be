package com.example.shop.notification;

/** What a notification is about: one per change of an order's status. */
public enum NotificationType {
    ORDER_PLACED,
    ORDER_CONFIRMED,
    ORDER_CANCELLED,
    ORDER_SHIPPED
}
