package com.example.shop.user;

import java.util.UUID;

/** What other modules may know about a user. */
public record UserProfile(UUID id, String email, String fullName, Role role) {}
