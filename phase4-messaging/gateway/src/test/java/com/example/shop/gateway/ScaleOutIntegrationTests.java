package com.example.shop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.testsupport.RedisTestConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * Two instances of a service, one of them dead but still listed (as after a kill, before discovery notices): every
 * request still succeeds, because a request that cannot connect is retried on the next instance, and the live
 * instance serves them all.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RedisTestConfiguration.class)
class ScaleOutIntegrationTests {

    static final FakeServices LIVE = new FakeServices().answer("/api/products", 200, "{\"content\":[]}");

    @DynamicPropertySource
    static void twoInstancesOneDead(DynamicPropertyRegistry registry) {
        GatewayTest.route(registry, LIVE);
        registry.add(
                "spring.cloud.discovery.client.simple.instances.product-service[0].uri",
                () -> "http://127.0.0.1:" + GatewayTest.closedPort());
        registry.add("spring.cloud.discovery.client.simple.instances.product-service[1].uri", LIVE::uri);
    }

    @AfterAll
    static void stop() {
        LIVE.close();
    }

    @Value("${local.server.port}")
    int port;

    @Test
    void skipsAnInstanceThatCannotBeReached() {
        WebTestClient gateway = GatewayTest.client(port);

        for (int request = 0; request < 10; request++) {
            gateway.get().uri("/api/products").exchange().expectStatus().isOk();
        }

        assertThat(LIVE.received()).hasSize(10);
    }
}
