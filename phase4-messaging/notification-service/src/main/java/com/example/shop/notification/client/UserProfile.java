package com.example.shop.notification.client;

import java.util.UUID;

/** A user as user-service's {@code GET /internal/users/{id}} describes them; this service needs the e-mail. */
public record UserProfile(UUID id, String email, String fullName, String role) {}
