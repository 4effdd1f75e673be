package com.example.shop.gateway;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * Tokens as user-service issues them (RS256, kid, iss, aud, sub, roles, jti), and the ways an attacker or a bug could
 * get them wrong. The key pair is made per test run: no key material is committed.
 */
final class Tokens {

    static final String ISSUER = "https://shop.example.com";
    static final String AUDIENCE = "shop-api";

    final RSAKey key = generate("shop-key");
    final RSAKey strangerKey = generate("stranger-key");

    /** The JWKS user-service would publish: our public key only. */
    String jwkSet() {
        return new JWKSet(key.toPublicJWK()).toString();
    }

    Issued valid(UUID user) {
        return issue(user, claims -> claims);
    }

    Issued issue(UUID user, UnaryOperator<JWTClaimsSet.Builder> change) {
        return sign(key, user, change);
    }

    /** Signed by a key the JWKS does not contain (its kid is unknown). */
    Issued signedByStranger(UUID user) {
        return sign(strangerKey, user, claims -> claims);
    }

    /** A valid token with one character of its signature changed. */
    String tampered(Issued token) {
        String value = token.value();
        char last = value.charAt(value.length() - 2);
        return value.substring(0, value.length() - 2) + (last == 'A' ? 'B' : 'A') + value.charAt(value.length() - 1);
    }

    /** The same claims, unsigned ({@code "alg": "none"}). */
    String unsigned(UUID user) {
        return new PlainJWT(claims(user).build()).serialize();
    }

    private Issued sign(RSAKey signingKey, UUID user, UnaryOperator<JWTClaimsSet.Builder> change) {
        try {
            JWTClaimsSet claims = change.apply(claims(user)).build();
            SignedJWT jwt = new SignedJWT(
                    new JWSHeader.Builder(JWSAlgorithm.RS256)
                            .keyID(signingKey.getKeyID())
                            .type(JOSEObjectType.JWT)
                            .build(),
                    claims);
            jwt.sign(new RSASSASigner(signingKey));
            return new Issued(jwt.serialize(), claims.getJWTID());
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static JWTClaimsSet.Builder claims(UUID user) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(List.of(AUDIENCE))
                .subject(user.toString())
                .claim("roles", List.of("CUSTOMER"))
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofHours(1))));
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }

    record Issued(String value, String jti) {}
}
