package com.example.shop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.testsupport.RedisTestConfiguration;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Flux;

/**
 * More requests to one service at once than its bulkhead admits: the excess gets the 503 fallback at once, and,
 * because that refusal is not the service's failure, its circuit stays closed and the next request goes through.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "resilience4j.bulkhead.configs.default.max-concurrent-calls=5")
@Import(RedisTestConfiguration.class)
class BulkheadIntegrationTests {

    static final FakeServices SERVICES = new FakeServices()
            .answerAfter(Duration.ofSeconds(2), "/api/products/1", 200, "{\"id\":1}")
            .answer("/api/products/2", 200, "{\"id\":2}");

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
    void shedsWhatExceedsTheBulkheadWithoutOpeningTheCircuit() {
        WebClient client = WebClient.create("http://localhost:" + port);

        List<Integer> statuses = Flux.range(0, 20)
                .flatMap(
                        request -> client.get().uri("/api/products/1").exchangeToMono(response -> response.releaseBody()
                                .thenReturn(response.statusCode().value())),
                        20)
                .collectList()
                .block(Duration.ofSeconds(30));

        Map<Integer, Long> counted =
                statuses.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        assertThat(counted).containsExactlyInAnyOrderEntriesOf(Map.of(200, 5L, 503, 15L));
        // 15 refusals in a window of 20 calls would have opened the circuit, had they counted as failures
        GatewayTest.client(port)
                .get()
                .uri("/api/products/2")
                .exchange()
                .expectStatus()
                .isOk();
    }
}
