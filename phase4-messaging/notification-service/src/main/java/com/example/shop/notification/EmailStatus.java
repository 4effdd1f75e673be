package com.example.shop.notification;

/** Whether a notification's e-mail went out: it is sent after the notification is safely stored. */
enum EmailStatus {
    PENDING,
    SENT,
    FAILED
}
