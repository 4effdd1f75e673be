package com.example.shop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.testsupport.RedisTestConfiguration;
import java.time.Duration;
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
 * {@code PUT /api/admin/faults/{capability}} sets the switch on every instance of its owner: a switch lives in each
 * instance's memory, and one set on half the instances breaks the capability half the time. Here notification-service
 * runs twice, and payment-service's second instance is down.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RedisTestConfiguration.class)
class FaultSwitchesIntegrationTests {

    static final String SETTING = "{\"capability\":\"notification\",\"mode\":\"fail\",\"delayMs\":0}";
    static final Tokens TOKENS = new Tokens();
    static final FakeServices SERVICES = new FakeServices()
            .answer("/.well-known/jwks.json", 200, TOKENS.jwkSet())
            .answer("/api/admin/faults/notification", 200, SETTING)
            .answer("/api/admin/faults/payment", 200, SETTING.replace("notification", "payment"));
    static final FakeServices SECOND_NOTIFICATION =
            new FakeServices().answer("/api/admin/faults/notification", 200, SETTING);

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayTest.route(registry, SERVICES);
        registry.add(
                "spring.cloud.discovery.client.simple.instances.notification-service[1].uri", SECOND_NOTIFICATION::uri);
        registry.add(
                "spring.cloud.discovery.client.simple.instances.payment-service[1].uri",
                () -> "http://127.0.0.1:" + GatewayTest.closedPort());
    }

    @AfterAll
    static void stopServices() {
        SERVICES.close();
        SECOND_NOTIFICATION.close();
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
        SERVICES.forget();
        SECOND_NOTIFICATION.forget();
    }

    @Test
    void setsTheSwitchOnEveryInstanceOfItsOwnerWithTheCallersToken() {
        put("notification").expectStatus().isOk().expectBody().json(SETTING);

        for (FakeServices instance : new FakeServices[] {SERVICES, SECOND_NOTIFICATION}) {
            assertThat(instance.received())
                    .filteredOn(received -> received.target().equals("/api/admin/faults/notification"))
                    .singleElement()
                    .satisfies(received -> {
                        assertThat(received.method()).isEqualTo("PUT");
                        assertThat(received.authorization()).isEqualTo("Bearer " + token);
                    });
        }
    }

    @Test
    void saysWhichInstanceDidNotTakeTheSwitch() {
        put("payment")
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .exists("Shop-Unavailable")
                .expectBody()
                .jsonPath("$.type")
                .isEqualTo("https://shop.example.com/problems/service-unavailable")
                .jsonPath("$.instance")
                .isEqualTo("/api/admin/faults/payment");
    }

    @Test
    void refusesASwitchNobodyOwns() {
        put("gravity").expectStatus().isNotFound().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private WebTestClient.ResponseSpec put(String capability) {
        return gateway.put()
                .uri("/api/admin/faults/" + capability)
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"mode\":\"fail\",\"delayMs\":0}")
                .exchange();
    }
}
