package com.example.shop.gateway;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Redis down (the gateway pointed at a port where nothing listens): what the design decided. Sessions fail closed, so
 * a token is answered 503 rather than let through unchecked; rate limits fail open, so browsing goes on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RedisDownIntegrationTests {

    static final Tokens TOKENS = new Tokens();
    static final FakeServices SERVICES = new FakeServices()
            .answer("/.well-known/jwks.json", 200, TOKENS.jwkSet())
            .answer("/api/orders", 200, "[]")
            .answer("/api/products", 200, "{\"content\":[]}");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayTest.route(registry, SERVICES);
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", GatewayTest::closedPort);
    }

    @AfterAll
    static void stopServices() {
        SERVICES.close();
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void refusesTokensWith503BecauseItCannotTellWhetherTheSessionEnded() {
        GatewayTest.client(port)
                .get()
                .uri("/api/orders")
                .headers(
                        h -> h.setBearerAuth(TOKENS.valid(GatewayTest.someone()).value()))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shop.example.com/problems/service-unavailable");
    }

    @Test
    void letsAnonymousBrowsingThroughWithoutRateLimits() {
        GatewayTest.client(port)
                .get()
                .uri("/api/products")
                .exchange()
                .expectStatus()
                .isOk();
    }
}
