package com.example.shop.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The one rule for what makes a signed token acceptable, which user-service, the gateway and every service apply:
 * ours, for this API, within its lifetime, and not from the future (each with a minute of clock skew).
 */
class ShopTokensTests {

    static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    static final JwtProperties PROPERTIES = new JwtProperties(
            "https://shop.example.com", "shop-api", "http://user-service/.well-known/jwks.json", null, null);

    final OAuth2TokenValidator<Jwt> validator = ShopTokens.validator(PROPERTIES, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void acceptsATokenAsUserServiceIssuesIt() {
        assertThat(valid(token -> token)).isTrue();
    }

    @Test
    void toleratesAMinuteOfClockSkewEitherWay() {
        Instant slightlyAhead = NOW.plusSeconds(50);
        assertThat(valid(token -> token.issuedAt(slightlyAhead).notBefore(slightlyAhead)))
                .isTrue();
        assertThat(valid(token -> token.issuedAt(NOW.minus(Duration.ofHours(1))).expiresAt(NOW.minusSeconds(50))))
                .isTrue();
    }

    @Test
    void refusesATokenWithoutExpiry() {
        assertThat(valid(token -> token.claims(claims -> claims.remove("exp")))).isFalse();
    }

    @Test
    void refusesAnExpiredToken() {
        assertThat(valid(token ->
                        token.issuedAt(NOW.minus(Duration.ofHours(1))).expiresAt(NOW.minus(Duration.ofMinutes(2)))))
                .isFalse();
    }

    @Test
    void refusesATokenThatIsNotValidYet() {
        assertThat(valid(token -> token.notBefore(NOW.plus(Duration.ofMinutes(5)))))
                .isFalse();
    }

    @Test
    void refusesATokenIssuedInTheFuture() {
        assertThat(valid(token ->
                        token.issuedAt(NOW.plus(Duration.ofHours(1))).expiresAt(NOW.plus(Duration.ofHours(2)))))
                .isFalse();
    }

    @Test
    void refusesATokenFromAnotherIssuerOrForAnotherAudience() {
        assertThat(valid(token -> token.issuer("https://evil.example.com"))).isFalse();
        assertThat(valid(token -> token.audience(List.of("another-api")))).isFalse();
    }

    private boolean valid(UnaryOperator<Jwt.Builder> change) {
        Jwt.Builder token = Jwt.withTokenValue("t")
                .header("alg", "RS256")
                .issuer("https://shop.example.com")
                .audience(List.of("shop-api"))
                .subject("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01")
                .claim(ShopTokens.ROLES_CLAIM, List.of("CUSTOMER"))
                .issuedAt(NOW.minusSeconds(10))
                .expiresAt(NOW.plus(Duration.ofHours(1)));
        return !validator.validate(change.apply(token).build()).hasErrors();
    }
}
