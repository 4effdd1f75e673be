package com.example.shop.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.testsupport.RedisTestConfiguration;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.netty.http.client.HttpClient;

/**
 * The token buckets in a real Redis: a burst over the budget gets 429 problem details with the {@code X-RateLimit-*}
 * headers; one caller's burst does not spend another's budget. Budgets are small here so that a burst is short.
 */
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "shop.rate-limits.login.replenish-rate=1",
            "shop.rate-limits.login.burst-capacity=3",
            "shop.rate-limits.orders.replenish-rate=1",
            "shop.rate-limits.orders.burst-capacity=2",
            "shop.rate-limits.api.replenish-rate=1",
            "shop.rate-limits.api.burst-capacity=4"
        })
@Import(RedisTestConfiguration.class)
class RateLimitIntegrationTests {

    static final Tokens TOKENS = new Tokens();
    static final FakeServices SERVICES = new FakeServices()
            .answer("/.well-known/jwks.json", 200, TOKENS.jwkSet())
            .answer("/api/auth/login", 401, "{\"status\":401}")
            .answer("/api/orders", 201, "{}");

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

    @Test
    void slowsDownPasswordGuessingFromOneAddress() {
        WebTestClient attacker = fromAddress(someLoopbackAddress());

        long started = System.nanoTime();
        List<EntityExchangeResult<byte[]>> answers = new ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            answers.add(login(attacker));
        }
        List<Integer> statuses =
                answers.stream().map(answer -> answer.getStatus().value()).toList();
        long refilled = Duration.ofNanos(System.nanoTime() - started).toSeconds() + 1; // one token a second

        assertThat(statuses).startsWith(401, 401, 401).contains(429);
        assertThat(statuses).filteredOn(status -> status == 401).hasSizeLessThanOrEqualTo(3 + (int) refilled);
        EntityExchangeResult<byte[]> refused = answers.get(statuses.lastIndexOf(429));
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Remaining"))
                .isEqualTo("0");
        assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Burst-Capacity"))
                .isEqualTo("3");
        assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Replenish-Rate"))
                .isEqualTo("1");
        assertThat(refused.getResponseHeaders().getFirst("Retry-After")).isEqualTo("1");

        assertThat(new String(refused.getResponseBodyContent()))
                .contains("\"type\":\"https://shop.example.com/problems/too-many-requests\"")
                .contains("\"status\":429");
    }

    @Test
    void anotherAddressKeepsItsOwnBudget() {
        WebTestClient attacker = fromAddress(someLoopbackAddress());
        for (int attempt = 0; attempt < 5; attempt++) {
            login(attacker);
        }

        assertThat(login(fromAddress(someLoopbackAddress())).getStatus().value())
                .isEqualTo(401);
    }

    @Test
    void limitsOrdersPerCustomerNotPerAddress() {
        WebTestClient sharedAddress = fromAddress(someLoopbackAddress());
        String busy = loggedIn();
        String quiet = loggedIn();

        List<Integer> busyStatuses = new ArrayList<>();
        for (int order = 0; order < 6; order++) {
            busyStatuses.add(placeOrder(sharedAddress, busy));
        }

        assertThat(busyStatuses).startsWith(201, 201).contains(429);
        assertThat(placeOrder(sharedAddress, quiet)).isEqualTo(201);
    }

    @Test
    void oneBudgetPerCallerAcrossTheWholeApiNotOnePerRoute() {
        WebTestClient client = fromAddress(someLoopbackAddress());
        String token = loggedIn();
        List<String> everyRoute = List.of(
                "/api/users/me",
                "/api/products",
                "/api/inventory/7",
                "/api/orders",
                "/api/payments?orderId=1",
                "/api/notifications",
                "/api/products/7",
                "/api/orders/1");

        // two requests at most per route: a budget per route (burst 4) would let every one of them through
        List<Integer> statuses = everyRoute.stream()
                .map(path -> client.get()
                        .uri(path)
                        .headers(h -> h.setBearerAuth(token))
                        .exchange()
                        .expectBody()
                        .returnResult()
                        .getStatus()
                        .value())
                .toList();

        assertThat(statuses.subList(0, 4)).doesNotContain(429);
        assertThat(statuses).contains(429);
    }

    @Test
    void theAnswersTheGatewayComposesItselfDrawOnTheSameBudget() {
        WebTestClient client = fromAddress(someLoopbackAddress());
        String token = loggedIn();

        List<EntityExchangeResult<byte[]>> answers = new ArrayList<>();
        for (int request = 0; request < 8; request++) {
            answers.add(client.get()
                    .uri("/api/order-details/" + java.util.UUID.randomUUID())
                    .headers(h -> h.setBearerAuth(token))
                    .exchange()
                    .expectBody()
                    .returnResult());
        }
        List<Integer> statuses =
                answers.stream().map(answer -> answer.getStatus().value()).toList();

        assertThat(statuses.subList(0, 4)).doesNotContain(429);
        assertThat(statuses).contains(429);
        EntityExchangeResult<byte[]> refused = answers.get(statuses.indexOf(429));
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(refused.getResponseHeaders().getFirst("X-RateLimit-Burst-Capacity"))
                .isEqualTo("4");
        assertThat(new String(refused.getResponseBodyContent()))
                .contains("\"type\":\"https://shop.example.com/problems/too-many-requests\"");
    }

    private EntityExchangeResult<byte[]> login(WebTestClient client) {
        return client.post()
                .uri("/api/auth/login")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"email\":\"victim@example.com\",\"password\":\"guess\"}")
                .exchange()
                .expectBody()
                .returnResult();
    }

    private int placeOrder(WebTestClient client, String token) {
        return client.post()
                .uri("/api/orders")
                .headers(h -> h.setBearerAuth(token))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectBody()
                .returnResult()
                .getStatus()
                .value();
    }

    private String loggedIn() {
        Tokens.Issued token = TOKENS.valid(GatewayTest.someone());
        redis.opsForValue()
                .set("shop:session:" + token.jti(), "user", Duration.ofHours(1))
                .block();
        return token.value();
    }

    /** Each test speaks from its own loopback address (127.x.y.z all reach this machine), so buckets never mix. */
    private WebTestClient fromAddress(String address) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http))
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

    private static String someLoopbackAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(1, 255) + "." + random.nextInt(1, 255) + "." + random.nextInt(2, 255);
    }
}
