package com.example.shop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.testsupport.RedisTestConfiguration;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Edge authentication against a real Redis: every way a token can be wrong is refused at the gateway with 401
 * problem details, and such a request never reaches a service.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RedisTestConfiguration.class)
class EdgeAuthenticationIntegrationTests {

    /** One stable sentence whatever is wrong with the token: never the JWT library's wording. */
    static final String INVALID_TOKEN =
            "The bearer token is not valid (malformed, expired, logged out or not issued by this shop): log in again";

    static final Tokens TOKENS = new Tokens();
    static final FakeServices SERVICES = new FakeServices()
            .answer("/.well-known/jwks.json", 200, TOKENS.jwkSet())
            .answer("/api/orders", 200, "[]")
            .answer("/api/products", 200, "{\"content\":[]}")
            .answer("/api/inventory/7", 200, "{\"productId\":7,\"available\":1,\"reserved\":0}");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayTest.route(registry, SERVICES);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.close();
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    WebTestClient gateway;

    @BeforeEach
    void setUp() {
        gateway = GatewayTest.client(port);
        SERVICES.forget();
    }

    @Test
    void forwardsARequestWithAValidTokenWhoseSessionIsLive() {
        Tokens.Issued token = loggedIn(GatewayTest.someone());

        gateway.get()
                .uri("/api/orders")
                .headers(h -> h.setBearerAuth(token.value()))
                .exchange()
                .expectStatus()
                .isOk();

        assertThat(SERVICES.received())
                .filteredOn(request -> request.target().equals("/api/orders"))
                .singleElement()
                .satisfies(request -> assertThat(request.authorization()).isEqualTo("Bearer " + token.value()));
    }

    @Test
    void refusesATokenWhoseSessionEndedAlthoughItsSignatureIsValid() {
        Tokens.Issued token = loggedIn(GatewayTest.someone());
        redis.delete("shop:session:" + token.jti()).block();

        assertRefused(token.value());
    }

    @Test
    void refusesAnExpiredToken() {
        Instant past = Instant.now().minus(Duration.ofHours(2));
        Tokens.Issued token =
                withSession(TOKENS.issue(GatewayTest.someone(), claims -> claims.issueTime(Date.from(past))
                        .expirationTime(Date.from(past.plus(Duration.ofMinutes(30))))));

        assertRefused(token.value());
    }

    @Test
    void refusesATokenWithoutExpiryAsEveryServiceDoes() {
        Tokens.Issued token = withSession(TOKENS.issue(GatewayTest.someone(), claims -> claims.expirationTime(null)));

        assertRefused(token.value());
    }

    @Test
    void refusesATokenThatIsNotValidYet() {
        Instant inTenMinutes = Instant.now().plus(Duration.ofMinutes(10));
        Tokens.Issued token = withSession(
                TOKENS.issue(GatewayTest.someone(), claims -> claims.notBeforeTime(Date.from(inTenMinutes))));

        assertRefused(token.value());
    }

    @Test
    void refusesATokenIssuedInTheFuture() {
        Instant inAnHour = Instant.now().plus(Duration.ofHours(1));
        Tokens.Issued token =
                withSession(TOKENS.issue(GatewayTest.someone(), claims -> claims.issueTime(Date.from(inAnHour))
                        .expirationTime(Date.from(inAnHour.plus(Duration.ofHours(1))))));

        assertRefused(token.value());
    }

    @Test
    void refusesSomethingThatIsNotAJwtInTheSameWords() {
        assertRefused("not-a-jwt");
    }

    @Test
    void refusesATokenFromAnotherIssuer() {
        Tokens.Issued token =
                withSession(TOKENS.issue(GatewayTest.someone(), claims -> claims.issuer("https://evil.example.com")));

        assertRefused(token.value());
    }

    @Test
    void refusesATokenForAnotherAudience() {
        Tokens.Issued token =
                withSession(TOKENS.issue(GatewayTest.someone(), claims -> claims.audience(List.of("other-api"))));

        assertRefused(token.value());
    }

    @Test
    void refusesATokenWithATamperedSignature() {
        Tokens.Issued token = loggedIn(GatewayTest.someone());

        assertRefused(TOKENS.tampered(token));
    }

    @Test
    void refusesAnUnsignedToken() {
        assertRefused(TOKENS.unsigned(GatewayTest.someone()));
    }

    @Test
    void refusesATokenSignedWithAKeyItDoesNotKnow() {
        Tokens.Issued token = withSession(TOKENS.signedByStranger(GatewayTest.someone()));

        assertRefused(token.value());
    }

    @Test
    void refusesARequestWithoutATokenWhereOneIsNeeded() {
        gateway.get()
                .uri("/api/orders")
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shop.example.com/problems/unauthorized");
        assertThat(SERVICES.received()).isEmpty();
    }

    @Test
    void letsAnyoneBrowseTheCatalogueAndItsStock() {
        gateway.get().uri("/api/products").exchange().expectStatus().isOk();
        gateway.get().uri("/api/inventory/7").exchange().expectStatus().isOk();
    }

    @Test
    void doesNotRouteTheServicesInternalApi() {
        Tokens.Issued token = loggedIn(GatewayTest.someone());

        gateway.get()
                .uri("/internal/users/" + UUID.randomUUID())
                .headers(h -> h.setBearerAuth(token.value()))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shop.example.com/problems/not-found");
        assertThat(SERVICES.received()).noneMatch(request -> request.target().startsWith("/internal"));
    }

    @Test
    void showsTheRouteTableToAdminsOnly() {
        Tokens.Issued customer = loggedIn(GatewayTest.someone());
        Tokens.Issued admin =
                withSession(TOKENS.issue(GatewayTest.someone(), claims -> claims.claim("roles", List.of("ADMIN"))));

        gateway.get()
                .uri("/actuator/gateway/routes")
                .headers(h -> h.setBearerAuth(customer.value()))
                .exchange()
                .expectStatus()
                .isForbidden()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shop.example.com/problems/forbidden");
        gateway.get()
                .uri("/actuator/gateway/routes")
                .headers(h -> h.setBearerAuth(admin.value()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[?(@.route_id == 'place-order')]")
                .exists();
    }

    private void assertRefused(String token) {
        gateway.get()
                .uri("/api/orders")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isUnauthorized()
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shop.example.com/problems/unauthorized")
                .jsonPath("$.detail")
                .isEqualTo(INVALID_TOKEN);
        assertThat(SERVICES.received()).noneMatch(request -> request.target().equals("/api/orders"));
    }

    private Tokens.Issued loggedIn(UUID user) {
        return withSession(TOKENS.valid(user));
    }

    /** What user-service does at login: the session, keyed by the token's id, lives as long as the token. */
    private Tokens.Issued withSession(Tokens.Issued token) {
        redis.opsForValue()
                .set("shop:session:" + token.jti(), "user", Duration.ofHours(1))
                .block();
        return token;
    }
}
