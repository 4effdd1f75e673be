package com.example.shop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.testsupport.RedisTestConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Whatever a client sends that the edge refuses on sight (a body or headers too large, a path that could mean two
 * things) is refused before it reaches a service, with problem details like every other error: found by trying the
 * gateway as a newcomer would, a 20 MB order was placed and these refusals had empty bodies.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RedisTestConfiguration.class)
class RequestLimitsIntegrationTests {

    static final FakeServices SERVICES = new FakeServices().answer("/api/orders", 201, "{}");

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

    final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void nothingReceivedYet() {
        SERVICES.forget();
    }

    @Test
    void refusesABodyThatDeclaresMoreThanTheLimit() throws Exception {
        HttpResponse<String> response = send(post(HttpRequest.BodyPublishers.ofByteArray(order(1024 * 1024))));

        assertProblem(response, 413, "payload-too-large");
        assertThat(SERVICES.received()).isEmpty();
    }

    @Test
    void refusesHeadersLargerThanTheLimit() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/products"))
                .header("Authorization", "Bearer " + "x".repeat(10_000))
                .GET()
                .build();

        assertProblem(send(request), 431, "headers-too-large");
    }

    @Test
    void refusesPathsThatCouldMeanTwoThings() throws Exception {
        for (String path : new String[] {"/api/products/..;/internal/users", "/api/products/%2e%2e/internal/users"}) {
            assertProblem(send(HttpRequest.newBuilder(uri(path)).GET().build()), 400, "malformed-request");
        }
        assertThat(SERVICES.received()).isEmpty();
    }

    private HttpRequest post(HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(uri("/api/orders"))
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static void assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"https://shop.example.com/problems/" + slug + "\"");
    }

    /** A valid order padded with a field nobody reads to {@code size} bytes. */
    private static byte[] order(int size) {
        String start = "{\"items\":[{\"productId\":1,\"quantity\":1}],\"payment\":{\"method\":\"COD\"},\"note\":\"";
        return (start + "x".repeat(size - start.length() - 2) + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
