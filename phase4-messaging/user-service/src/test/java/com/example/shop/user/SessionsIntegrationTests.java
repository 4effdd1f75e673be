package com.example.shop.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.testsupport.RedisTestConfiguration;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Login signs a JWT that anyone can verify with the key published at /.well-known/jwks.json, and opens its session in
 * Redis for as long as the token lives; logout ends the session. user-service itself accepts only its own, unexpired
 * tokens for the shop.
 */
@PostgresIntegrationTest
@Import(RedisTestConfiguration.class)
@AutoConfigureMockMvc
class SessionsIntegrationTests {

    static final Duration TOKEN_TTL = Duration.ofHours(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    StringRedisTemplate redis;

    /** user-service's own encoder: the tokens it signs carry the real key, so only their claims can be wrong. */
    @Autowired
    JwtEncoder encoder;

    @Test
    void answersABearerTokenValidForAnHour() throws Exception {
        Accounts.register(mvc, "edsger@example.com");

        mvc.perform(post("/api/auth/login")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"email": "edsger@example.com", "password": "%s"}
                                """.formatted(Accounts.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.tokenType").value("Bearer"))
                .andExpect(jsonPath("$.expiresIn").value(TOKEN_TTL.toSeconds()));
    }

    @Test
    void theTokenIsAnRs256JwtThatVerifiesAgainstThePublishedKey() throws Exception {
        Accounts.register(mvc, "grace@example.com");
        SignedJWT token = SignedJWT.parse(Accounts.login(mvc, "grace@example.com"));

        RSAKey published =
                (RSAKey) publishedKeys().getKeyByKeyId(token.getHeader().getKeyID());

        assertThat(token.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(published).as("the key named by the token's kid").isNotNull();
        assertThat(token.getHeader().getKeyID())
                .as("kid is the RFC 7638 thumbprint")
                .isEqualTo(published.computeThumbprint().toString());
        assertThat(token.verify(new RSASSAVerifier(published))).isTrue();
    }

    @Test
    void theTokenSaysWhoTheUserIsForWhomAndUntilWhen() throws Exception {
        String id = Accounts.register(mvc, "barbara@example.com");

        JWTClaimsSet claims =
                SignedJWT.parse(Accounts.login(mvc, "barbara@example.com")).getJWTClaimsSet();

        assertThat(claims.getIssuer()).isEqualTo("https://shop.example.com");
        assertThat(claims.getAudience()).containsExactly("shop-api");
        assertThat(claims.getSubject()).isEqualTo(id);
        assertThat(claims.getStringListClaim("roles")).containsExactly("CUSTOMER");
        assertThat(claims.getStringClaim("email")).isEqualTo("barbara@example.com");
        assertThat(UUID.fromString(claims.getJWTID())).isNotNull();
        assertThat(Duration.between(
                        claims.getIssueTime().toInstant(),
                        claims.getExpirationTime().toInstant()))
                .isEqualTo(TOKEN_TTL);
    }

    @Test
    void publishesThePublicKeyOnlyAndToAnyone() throws Exception {
        mvc.perform(get("/.well-known/jwks.json"))
                .andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.keys.length()").value(1))
                .andExpect(jsonPath("$.keys[0].kty").value("RSA"))
                .andExpect(jsonPath("$.keys[0].use").value("sig"))
                .andExpect(jsonPath("$.keys[0].alg").value("RS256"))
                .andExpect(jsonPath("$.keys[0].n").exists())
                .andExpect(jsonPath("$.keys[0].d").doesNotExist())
                .andExpect(jsonPath("$.keys[0].p").doesNotExist());
    }

    @Test
    void loginOpensASessionInRedisForTheTokensLifetime() throws Exception {
        String id = Accounts.register(mvc, "ken@example.com");
        String session = sessionKey(Accounts.login(mvc, "ken@example.com"));

        assertThat(redis.opsForValue().get(session)).isEqualTo(id);
        assertThat(redis.getExpire(session, TimeUnit.SECONDS))
                .isBetween(TOKEN_TTL.toSeconds() - 30, TOKEN_TTL.toSeconds());
    }

    @Test
    void logoutEndsTheSession() throws Exception {
        Accounts.register(mvc, "dennis@example.com");
        String token = Accounts.login(mvc, "dennis@example.com");

        mvc.perform(post("/api/auth/logout").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isNoContent());

        assertThat(redis.hasKey(sessionKey(token))).isFalse();
    }

    @Test
    void theTokenOpensTheCallersProfile() throws Exception {
        String id = Accounts.register(mvc, "margaret@example.com");

        me(Accounts.login(mvc, "margaret@example.com"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.roles[0]").value("CUSTOMER"));
    }

    @Test
    void refusesATokenSignedByAnotherKey() throws Exception {
        RSAKey another = new RSAKeyGenerator(2048).keyIDFromThumbprint(true).generate();
        String forged = NimbusJwtEncoder.withKeyPair(another.toRSAPublicKey(), another.toRSAPrivateKey())
                .build()
                .encode(JwtEncoderParameters.from(header(), validClaims(claims -> {})))
                .getTokenValue();

        refused(forged);
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        refused(signed(claims -> claims.issuer("https://evil.example.com")));
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        refused(signed(claims -> claims.audience(List.of("another-api"))));
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        refused(signed(claims -> claims.issuedAt(twoHoursAgo).expiresAt(twoHoursAgo.plus(TOKEN_TTL))));
    }

    private JWKSet publishedKeys() throws Exception {
        return JWKSet.parse(mvc.perform(get("/.well-known/jwks.json"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static String sessionKey(String token) throws Exception {
        return "shop:session:" + SignedJWT.parse(token).getJWTClaimsSet().getJWTID();
    }

    private ResultActions me(String token) throws Exception {
        return mvc.perform(get("/api/users/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token));
    }

    private void refused(String token) throws Exception {
        me(token)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/unauthorized"));
    }

    /** Signed with user-service's own key: everything right but what {@code changes} breaks. */
    private String signed(Consumer<JwtClaimsSet.Builder> changes) {
        return encoder.encode(JwtEncoderParameters.from(header(), validClaims(changes)))
                .getTokenValue();
    }

    private static JwsHeader header() {
        return JwsHeader.with(SignatureAlgorithm.RS256).build();
    }

    private static JwtClaimsSet validClaims(Consumer<JwtClaimsSet.Builder> changes) {
        Instant now = Instant.now();
        JwtClaimsSet.Builder claims = JwtClaimsSet.builder()
                .issuer("https://shop.example.com")
                .audience(List.of("shop-api"))
                .subject(UUID.randomUUID().toString())
                .claim("roles", List.of("CUSTOMER"))
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(TOKEN_TTL));
        changes.accept(claims);
        return claims.build();
    }
}
