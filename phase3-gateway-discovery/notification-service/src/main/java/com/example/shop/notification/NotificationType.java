package com.example.shop.notification;

/** What a notification is about. */
public enum NotificationType {
    ORDER_CONFIRMED,
    ORDER_CANCELLED
}
