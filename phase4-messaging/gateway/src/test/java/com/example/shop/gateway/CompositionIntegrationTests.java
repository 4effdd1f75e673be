package com.example.shop.gateway;

import com.example.shop.testsupport.RedisTestConfiguration;
import java.time.Duration;
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
 * {@code GET /api/order-details/{id}} and {@code GET /api/admin/faults}, composed by the gateway, and the circuit
 * breaker's fallback: here payment-service is down (its name resolves to a closed port).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RedisTestConfiguration.class)
class CompositionIntegrationTests {

    static final UUID ORDER = UUID.randomUUID();
    static final UUID SOMEONE_ELSES = UUID.randomUUID();
    static final Tokens TOKENS = new Tokens();
    static final FakeServices SERVICES = new FakeServices()
            .answer("/.well-known/jwks.json", 200, TOKENS.jwkSet())
            .answer("/api/orders/" + ORDER, 200, """
                    {"id":"%s","status":"CONFIRMED","items":[
                      {"productId":1,"name":"Mug","quantity":2},{"productId":2,"name":"Tea","quantity":1}]}""".formatted(ORDER))
            .answer("/api/orders/" + SOMEONE_ELSES, 404, """
                    {"type":"https://shop.example.com/problems/not-found","status":404}""")
            .answer("/api/products/1", 200, "{\"id\":1,\"sku\":\"MUG\",\"name\":\"Mug\"}")
            .answer("/api/products/2", 200, "{\"id\":2,\"sku\":\"TEA\",\"name\":\"Tea\"}")
            .answer("/api/admin/faults", 200, "[{\"capability\":\"x\",\"mode\":\"none\"}]");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayTest.route(registry, SERVICES, "payment-service");
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
    String token;

    @BeforeEach
    void setUp() {
        gateway = GatewayTest.client(port);
        Tokens.Issued issued = TOKENS.valid(GatewayTest.someone());
        redis.opsForValue()
                .set("shop:session:" + issued.jti(), "user", Duration.ofHours(1))
                .block();
        token = issued.value();
    }

    @Test
    void composesTheOrderWithItsProductsAndSaysWhichPartIsMissing() {
        gateway.get()
                .uri("/api/order-details/" + ORDER)
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.order.id")
                .isEqualTo(ORDER.toString())
                .jsonPath("$.products[0].sku")
                .isEqualTo("MUG")
                .jsonPath("$.products[1].sku")
                .isEqualTo("TEA")
                .jsonPath("$.payment")
                .isEmpty()
                .jsonPath("$.unavailable[0]")
                .isEqualTo("payment-service");
    }

    @Test
    void passesOnTheOrderServicesRefusal() {
        gateway.get()
                .uri("/api/order-details/" + SOMEONE_ELSES)
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shop.example.com/problems/not-found");
    }

    @Test
    void answers503ProblemDetailsWhenTheRoutedServiceIsDown() {
        gateway.get()
                .uri("/api/payments?orderId=" + ORDER)
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shop.example.com/problems/service-unavailable")
                .jsonPath("$.detail")
                .isEqualTo("payment-service is unavailable; try again shortly")
                .jsonPath("$.instance") // the client's request, not the gateway's internal /fallback/payment-service
                .isEqualTo("/api/payments");
    }

    @Test
    void listsTheSwitchesOfEveryServiceThatAnswers() {
        // product, inventory and notification answer (the same fake); payment-service is down, left out and named
        gateway.get()
                .uri("/api/admin/faults")
                .headers(h -> h.setBearerAuth(token))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Shop-Unavailable", "payment-service")
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(3);
    }
}
