package com.example.shop.acceptance.api;

import java.util.UUID;

/** What the customer was told about an order: {@code {id, orderId, type, message, createdAt}}. */
public record Notification(String id, UUID orderId, String type, String message, String createdAt) {}
