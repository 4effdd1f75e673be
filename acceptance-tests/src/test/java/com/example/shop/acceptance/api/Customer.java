package com.example.shop.acceptance.api;

import java.util.UUID;

/** A registered customer as the journeys know them: who they are, how they log in, and their current token. */
public record Customer(UUID id, String email, String password, String fullName, String accessToken) {

    public Customer withAccessToken(String token) {
        return new Customer(id, email, password, fullName, token);
    }
}
