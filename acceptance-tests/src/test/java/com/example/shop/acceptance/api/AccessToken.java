package com.example.shop.acceptance.api;

/** The answer to a login: {@code {accessToken, tokenType: "Bearer", expiresIn}} (seconds). */
public record AccessToken(String accessToken, String tokenType, long expiresIn) {}
