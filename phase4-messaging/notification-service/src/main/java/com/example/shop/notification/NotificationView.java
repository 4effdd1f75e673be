package com.example.shop.notification;

import java.time.Instant;
import java.util.UUID;

/** A notification as the API shows it. */
public record NotificationView(UUID id, UUID orderId, NotificationType type, String message, Instant createdAt) {}
