package com.example.shop.acceptance.api;

import java.util.List;
import java.util.UUID;

/** A user as the API shows them: {@code {id, email, fullName, roles}} (registration answers without roles). */
public record Profile(UUID id, String email, String fullName, List<String> roles) {}
