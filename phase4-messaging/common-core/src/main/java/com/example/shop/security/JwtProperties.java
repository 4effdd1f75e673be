package com.example.shop.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What a bearer token must say to be accepted, and where its signing keys are published. The issuer and the audience
 * must be the same in user-service, the gateway and every service, so their defaults live here once (override them
 * with {@code SHOP_JWT_ISSUER} / {@code SHOP_JWT_AUDIENCE} everywhere at once, if ever).
 *
 * @param issuer the {@code iss} user-service signs and everyone checks
 * @param audience the value {@code aud} must contain
 * @param jwkSetUri user-service's public keys (JWKS); {@code user-service} is a name resolved by discovery
 * @param connectTimeout how long to wait for a connection when fetching the keys
 * @param readTimeout how long to wait for the keys
 */
@ConfigurationProperties("shop.jwt")
public record JwtProperties(
        @DefaultValue("https://shop.example.com") String issuer,
        @DefaultValue("shop-api") String audience,

        @DefaultValue("http://user-service/.well-known/jwks.json")
        String jwkSetUri,

        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout) {}
