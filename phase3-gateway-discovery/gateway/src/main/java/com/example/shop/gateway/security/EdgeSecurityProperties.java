package com.example.shop.gateway.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway checks in every bearer token.
 *
 * @param issuer the only accepted {@code iss}: user-service's
 * @param audience the {@code aud} a token must carry to be used against the shop's API
 * @param jwkSetUri where user-service publishes its public keys; {@code user-service} is a name resolved by discovery
 * @param sessionKeyPrefix the Redis key of a session is this prefix followed by the token's {@code jti}
 * @param jwkSetTimeout how long fetching the keys may take before the request is answered 503
 */
@ConfigurationProperties("shop.jwt")
public record EdgeSecurityProperties(
        @DefaultValue("https://shop.example.com") String issuer,
        @DefaultValue("shop-api") String audience,

        @DefaultValue("http://user-service/.well-known/jwks.json")
        URI jwkSetUri,

        @DefaultValue("shop:session:") String sessionKeyPrefix,
        @DefaultValue("2s") Duration jwkSetTimeout) {}
