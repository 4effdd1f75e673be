package com.example.shop.gateway;

import com.example.shop.testsupport.RedisTestConfiguration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * One Swagger UI for the whole API: it lists every service's document, each fetched through the gateway and rewritten
 * so that "Try it out" calls the gateway rather than the service's own address (unreachable from outside).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RedisTestConfiguration.class)
class ApiDocsIntegrationTests {

    static final FakeServices SERVICES = new FakeServices().answer("/v3/api-docs", 200, """
                    {"openapi": "3.1.0", "info": {"title": "product-service", "version": "1"},
                     "servers": [{"url": "http://10.0.0.7:8082"}], "paths": {"/api/products": {}}}
                    """);

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

    @Test
    void servesEachServicesDocumentWithTheGatewayAsItsServer() {
        GatewayTest.client(port)
                .get()
                .uri("/openapi/product-service")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.info.title")
                .isEqualTo("product-service")
                .jsonPath("$.paths['/api/products']")
                .exists()
                .jsonPath("$.servers.length()")
                .isEqualTo(1)
                .jsonPath("$.servers[0].url")
                .isEqualTo("/");
    }

    @Test
    void listsEveryServiceInTheOneSwaggerUi() {
        GatewayTest.client(port)
                .get()
                .uri("/v3/api-docs/swagger-config")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.urls[*].name")
                .value(names -> org.assertj.core.api.Assertions.assertThat(names.toString())
                        .contains(
                                "user-service",
                                "product-service",
                                "inventory-service",
                                "order-service",
                                "payment-service",
                                "notification-service"));
        GatewayTest.client(port)
                .get()
                .uri("/swagger-ui.html")
                .exchange()
                .expectStatus()
                .is3xxRedirection();
    }
}
