package com.example.shop.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.testsupport.RedisTestConfiguration;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Phase 4's routes at the edge: the live notifications stream passes each event through as the service writes it (a
 * gateway that buffered the response would hold it until the stream ends, which it never does), and the dead letters
 * of every service are gathered for an ADMIN, while a customer gets the services' refusal.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(RedisTestConfiguration.class)
class LiveStreamAndDeadLettersIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(20);
    static final Tokens TOKENS = new Tokens();
    static final Tokens.Issued ADMIN =
            TOKENS.issue(GatewayTest.someone(), claims -> claims.claim("roles", List.of("ADMIN")));
    static final Tokens.Issued CUSTOMER = TOKENS.valid(GatewayTest.someone());
    static final BlockingQueue<String> STREAM = new LinkedBlockingQueue<>();
    static final String DEAD_LETTER = """
            [{"id":"%s","queue":"payment-service.events","reason":"boom","attempts":4}]""".formatted(UUID.randomUUID());
    static final FakeServices SERVICES = new FakeServices()
            .answer("/.well-known/jwks.json", 200, TOKENS.jwkSet()).stream("/api/notifications/stream", STREAM)
                    .answerTo(ADMIN.value(), "/api/admin/dead-letters", 200, DEAD_LETTER)
                    .answerTo(CUSTOMER.value(), "/api/admin/dead-letters", 403, """
                    {"type":"https://shop.example.com/problems/forbidden","status":403}""");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        GatewayTest.route(registry, SERVICES);
    }

    @AfterAll
    static void stopServices() {
        STREAM.add(FakeServices.END_OF_STREAM);
        SERVICES.close();
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    ReactiveStringRedisTemplate redis;

    @Test
    void passesEachEventOfTheLiveStreamThroughAsItIsWritten() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> response = HttpClient.newHttpClient()
                .sendAsync(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/notifications/stream"))
                                .header("Authorization", "Bearer " + loggedIn(CUSTOMER))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        Thread reader = new Thread(() -> response.body().forEach(received::add));
        reader.setDaemon(true);
        reader.start();

        STREAM.add("id:1\nevent:notification\ndata:{\"n\":1}\n\n");
        await().atMost(WAIT).until(() -> received.contains("data:{\"n\":1}")); // while the stream stays open
        STREAM.add("id:2\nevent:notification\ndata:{\"n\":2}\n\n");
        await().atMost(WAIT).until(() -> received.contains("data:{\"n\":2}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        STREAM.add(FakeServices.END_OF_STREAM);
    }

    @Test
    void gathersTheDeadLettersOfEveryServiceForAnAdmin() {
        GatewayTest.client(port)
                .get()
                .uri("/api/admin/dead-letters")
                .headers(headers -> headers.setBearerAuth(loggedIn(ADMIN)))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.length()")
                .isEqualTo(5) // one each from the five services that consume queues (all this fake)
                .jsonPath("$[0].queue")
                .isEqualTo("payment-service.events");
    }

    @Test
    void passesTheServicesRefusalOnToACustomer() {
        GatewayTest.client(port)
                .get()
                .uri("/api/admin/dead-letters")
                .headers(headers -> headers.setBearerAuth(loggedIn(CUSTOMER)))
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    @Test
    void refusesAnonymousCallersAtTheEdge() {
        GatewayTest.client(port)
                .get()
                .uri("/api/admin/dead-letters")
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    /** The token, with the session the gateway checks in Redis (as user-service opens it at login). */
    private String loggedIn(Tokens.Issued token) {
        redis.opsForValue()
                .set("shop:session:" + token.jti(), "user", Duration.ofHours(1))
                .block();
        return token.value();
    }
}
