package com.example.shop.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Tokens shaped like user-service's, signed in the test with keys generated in the test (none is committed). */
final class TestTokens {

    static final UUID USER = UUID.fromString("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01");

    private TestTokens() {}

    /** A fresh 2048-bit RSA key whose {@code kid} is its RFC 7638 thumbprint, as user-service's. */
    static RSAKey newKey() {
        try {
            return new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        } catch (JOSEException ex) {
            throw new IllegalStateException(ex);
        }
    }

    /** What user-service issues at login: valid for an hour, role {@code CUSTOMER}. */
    static String customerToken(RSAKey key) {
        return token(key, claims -> {});
    }

    /** A login token with some claims changed. */
    static String token(RSAKey key, Consumer<JwtClaimsSet.Builder> changes) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("https://shop.example.com")
                .audience(List.of("shop-api"))
                .subject(USER.toString())
                .claim("roles", List.of("CUSTOMER"))
                .claim("email", "ada@example.com")
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plusSeconds(3600));
        changes.accept(claims);
        JwsHeader header =
                JwsHeader.with(SignatureAlgorithm.RS256).keyId(key.getKeyID()).build();
        return new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)))
                .encode(JwtEncoderParameters.from(header, claims.build()))
                .getTokenValue();
    }
}
