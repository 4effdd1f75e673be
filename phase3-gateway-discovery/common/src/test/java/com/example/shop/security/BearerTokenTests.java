package com.example.shop.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A service below the gateway accepts only user-service's tokens: signed by a key user-service publishes, from the
 * shop's issuer, for the shop's audience, and not expired. It fetches the keys by name ({@code user-service}, through
 * the load balancer), once, not on every request as phase 2 introspected.
 */
// the fake user-service publishes keys and nothing else: no readiness endpoint for the load balancer to check
@SpringBootTest(classes = TokenCheckingService.class, properties = "shop.discovery.health-checks=false")
@AutoConfigureMockMvc
class BearerTokenTests {

    static final RSAKey USER_SERVICE_KEY = TestTokens.newKey();
    static final JwksServer userService = JwksServer.serving(new JWKSet(USER_SERVICE_KEY));

    @DynamicPropertySource
    static void userServiceInstance(DynamicPropertyRegistry registry) {
        registry.add("spring.cloud.discovery.client.simple.instances.user-service[0].uri", userService::baseUrl);
    }

    @Autowired
    MockMvc mvc;

    @AfterEach
    void userServiceKeepsItsKey() {
        userService.serve(new JWKSet(USER_SERVICE_KEY));
    }

    @AfterAll
    static void stopUserService() {
        userService.close();
    }

    @Test
    void acceptsUserServicesTokenWithTheUserIdAsPrincipalAndRolesAsAuthorities() throws Exception {
        String admin = TestTokens.token(USER_SERVICE_KEY, claims -> claims.claim("roles", List.of("ADMIN")));

        call(admin)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(TestTokens.USER.toString()))
                .andExpect(jsonPath("$.admin").value(true));
        call(TestTokens.customerToken(USER_SERVICE_KEY))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.admin").value(false));
    }

    @Test
    void fetchesTheKeysOnceRatherThanOnEveryRequest() throws Exception {
        call(TestTokens.customerToken(USER_SERVICE_KEY)).andExpect(status().isOk());
        int fetched = userService.requests();

        for (int i = 0; i < 3; i++) {
            call(TestTokens.customerToken(USER_SERVICE_KEY)).andExpect(status().isOk());
        }

        assertThat(userService.requests()).isEqualTo(fetched);
    }

    @Test
    void refusesATokenFromAnotherIssuer() throws Exception {
        refused(TestTokens.token(USER_SERVICE_KEY, claims -> claims.issuer("https://evil.example.com")));
    }

    @Test
    void refusesATokenForAnotherAudience() throws Exception {
        refused(TestTokens.token(USER_SERVICE_KEY, claims -> claims.audience(List.of("another-api"))));
    }

    @Test
    void refusesAnExpiredToken() throws Exception {
        Instant twoHoursAgo = Instant.now().minusSeconds(7200);
        refused(TestTokens.token(
                USER_SERVICE_KEY, claims -> claims.issuedAt(twoHoursAgo).expiresAt(twoHoursAgo.plusSeconds(3600))));
    }

    @Test
    void refusesATokenWithoutExpiry() throws Exception {
        refused(TestTokens.token(USER_SERVICE_KEY, claims -> claims.claims(all -> all.remove("exp"))));
    }

    @Test
    void refusesATokenThatIsNotValidYet() throws Exception {
        refused(TestTokens.token(
                USER_SERVICE_KEY, claims -> claims.notBefore(Instant.now().plusSeconds(600))));
    }

    @Test
    void refusesATokenIssuedInTheFuture() throws Exception {
        Instant inAnHour = Instant.now().plusSeconds(3600);
        refused(TestTokens.token(
                USER_SERVICE_KEY, claims -> claims.issuedAt(inAnHour).expiresAt(inAnHour.plusSeconds(3600))));
    }

    @Test
    void refusesATokenSignedWithAKeyUserServiceDoesNotPublish() throws Exception {
        refused(TestTokens.customerToken(TestTokens.newKey()));
    }

    @Test
    void refusesAForgedTokenThatNamesUserServicesKey() throws Exception {
        RSAKey forger = new RSAKey.Builder(TestTokens.newKey())
                .keyID(USER_SERVICE_KEY.getKeyID())
                .build();
        refused(TestTokens.customerToken(forger));
    }

    @Test
    void followsUserServiceToANewKeyAndDropsTheOldOne() throws Exception {
        RSAKey restartedWith = TestTokens.newKey();
        String oldToken = TestTokens.customerToken(USER_SERVICE_KEY);
        call(oldToken).andExpect(status().isOk());

        userService.serve(new JWKSet(restartedWith));

        call(TestTokens.customerToken(restartedWith)).andExpect(status().isOk());
        refused(oldToken);
    }

    @Test
    void refusesATokenThatIsNotAJwt() throws Exception {
        refused("an-opaque-token-from-phase-2");
    }

    private ResultActions call(String token) throws Exception {
        return mvc.perform(get("/api/caller").header("Authorization", "Bearer " + token));
    }

    private void refused(String token) throws Exception {
        call(token)
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/unauthorized"));
    }
}
