package com.example.shop.notification;

import static com.example.shop.notification.NotificationEvents.placed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.testsupport.PostgresTestConfiguration;
import com.example.shop.testsupport.RabbitTestConfiguration;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two notification-service instances on one database, virtual host and Redis, as two replicas run. E-mail tasks are
 * shared between them (competing consumers of one queue), each sent once. A customer whose live stream is open on one
 * instance receives every notification of their own orders, whichever instance stored it, and nobody else's; a
 * reconnecting stream catches up from the database; heartbeats keep it open; a browser's {@code EventSource}, which
 * cannot send a bearer token, connects once with a ticket.
 */
class TwoInstancesIntegrationTests {

    /** The user in user-service's contract {@code findsAUserById}: e-mails to this customer are sent. */
    static final UUID ADA = UUID.fromString("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01");

    static final Duration WAIT = Duration.ofSeconds(30);
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @RegisterExtension
    static StubRunnerExtension userService = new StubRunnerExtension()
            .downloadStub("com.example.shop", "phase4-user-service", "+", "stubs")
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH);

    static final Mailbox MAILBOX = new Mailbox();

    static Instance a;
    static Instance b;
    static NotificationEvents orderService;

    @BeforeAll
    static void startTwoInstances() {
        MAILBOX.start();
        a = Instance.first(properties("a@shop.example"));
        b = a.another(properties("b@shop.example"));
        orderService = new NotificationEvents(a.bean(RabbitTemplate.class), a.bean(JsonMapper.class));
    }

    @AfterAll
    static void stopThem() {
        if (b != null) {
            b.close();
        }
        if (a != null) {
            a.close();
        }
        MAILBOX.stop();
    }

    static Map<String, Object> properties(String sender) {
        Map<String, Object> properties = new HashMap<>();
        properties.put("server.port", 0);
        properties.put(RabbitTestConfiguration.VIRTUAL_HOST, "test_notification_replicas");
        properties.put(PostgresTestConfiguration.DATABASE, "test_notification_replicas");
        properties.put("shop.notifications.heartbeat-every", "1s");
        properties.put("shop.mail.from", sender); // which instance sent a mail
        properties.put("spring.mail.host", "127.0.0.1");
        properties.put("spring.mail.port", MAILBOX.port());
        properties.put(
                "spring.cloud.discovery.client.simple.instances.user-service[0].uri",
                userService.findStubUrl("phase4-user-service").toString());
        // user-service's stub has no readiness endpoint for the load balancer's health checks
        properties.put("shop.discovery.health-checks", false);
        return properties;
    }

    @Test
    void sharesTheEmailTasksBetweenBothInstancesAndSendsEachOnce() {
        List<UUID> orders = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            UUID order = UUID.randomUUID();
            orders.add(order);
            orderService.send(placed(ADA, order));
        }

        await().atMost(WAIT).until(() -> orders.stream().allMatch(order -> MAILBOX.mailsAbout(order) >= 1));
        await().atMost(WAIT).until(() -> sent(orders) == orders.size());

        assertThat(orders)
                .allSatisfy(order -> assertThat(MAILBOX.mailsAbout(order)).isEqualTo(1));
        assertThat(MAILBOX.mailsFrom("a@shop.example")).isPositive();
        assertThat(MAILBOX.mailsFrom("b@shop.example")).isPositive();
    }

    @Test
    void pushesANotificationStoredOnTheOtherInstanceToItsCustomerOnly() {
        UUID ada = UUID.randomUUID();
        UUID grace = UUID.randomUUID();
        UUID adasOrder = UUID.randomUUID();
        UUID gracesOrder = UUID.randomUUID();
        a.hearOrderEvents(false); // only b stores notifications
        try (EventStream adaOnA = open(a, ada);
                EventStream graceOnA = open(a, grace)) {
            await().atMost(WAIT).until(() -> adaOnA.connected() && graceOnA.connected());

            orderService.send(placed(ada, adasOrder));
            orderService.send(placed(grace, gracesOrder)); // after Ada's: once Grace has hers, Ada's went past

            await().atMost(WAIT).until(() -> adaOnA.received(adasOrder) && graceOnA.received(gracesOrder));
            assertThat(adaOnA.received(gracesOrder)).isFalse();
            assertThat(graceOnA.received(adasOrder)).isFalse();
            assertThat(graceOnA.data()).hasSize(1);
        } finally {
            a.hearOrderEvents(true);
        }
    }

    @Test
    void replaysWhatAReconnectingStreamMissedFromTheDatabase() {
        UUID customer = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            orderService.send(placed(customer, UUID.randomUUID()));
        }
        await().atMost(WAIT).until(() -> numbered(customer).size() == 3);
        List<Numbered> stored = numbered(customer); // in the order they were numbered, whichever instance stored them
        Numbered lastSeen = stored.get(0);

        try (EventStream reconnected = open(b, customer, Map.of("Last-Event-ID", Long.toString(lastSeen.seq())))) {
            await().atMost(WAIT).until(reconnected::connected);

            assertThat(reconnected.ids())
                    .containsExactly(stored.get(1).seq(), stored.get(2).seq());
            assertThat(reconnected.received(lastSeen.orderId())).isFalse();
        }
    }

    @Test
    void sendsHeartbeatCommentsOnAnIdleStream() {
        try (EventStream idle = open(a, UUID.randomUUID())) {
            assertThat(idle.status()).isEqualTo(200);
            assertThat(idle.contentType()).startsWith("text/event-stream");

            await().atMost(WAIT).until(idle::heardHeartbeat);
        }
    }

    @Test
    void letsABrowserConnectOnceWithATicketInsteadOfItsToken() throws Exception {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        String ticket = ticket(a, customer);

        try (EventStream browser = EventStream.open(a.uri("/api/notifications/stream?ticket=" + ticket), Map.of())) {
            assertThat(browser.status()).isEqualTo(200);
            await().atMost(WAIT).until(browser::connected);
            orderService.send(placed(customer, order));
            await().atMost(WAIT).until(() -> browser.received(order));
        }
        try (EventStream again = EventStream.open(b.uri("/api/notifications/stream?ticket=" + ticket), Map.of())) {
            assertThat(again.status()).isEqualTo(401);
        }
    }

    @Test
    void refusesAStreamWithNeitherTokenNorTicket() {
        try (EventStream anonymous = EventStream.open(a.uri("/api/notifications/stream"), Map.of())) {
            assertThat(anonymous.status()).isEqualTo(401);
        }
    }

    private static EventStream open(Instance instance, UUID customer) {
        return open(instance, customer, Map.of());
    }

    private static EventStream open(Instance instance, UUID customer, Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Authorization", "Bearer " + TestTokens.customer(customer));
        return EventStream.open(instance.uri("/api/notifications/stream"), all);
    }

    private static List<Numbered> numbered(UUID customer) {
        return a.bean(JdbcClient.class)
                .sql("SELECT seq, order_id FROM notifications WHERE customer_id = ? ORDER BY seq")
                .param(customer)
                .query(Numbered.class)
                .list();
    }

    /** A stored notification's number in the stream, and its order. */
    record Numbered(long seq, UUID orderId) {}

    private static long sent(List<UUID> orders) {
        return a.bean(JdbcClient.class)
                .sql("SELECT count(*) FROM notifications WHERE order_id IN (:orders) AND email_status = 'SENT'")
                .param("orders", orders)
                .query(Long.class)
                .single();
    }

    private static String ticket(Instance instance, UUID customer) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(
                HttpRequest.newBuilder(instance.uri("/api/notifications/stream-tickets"))
                        .header("Authorization", "Bearer " + TestTokens.customer(customer))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return instance.bean(JsonMapper.class)
                .readTree(response.body())
                .get("ticket")
                .asString();
    }
}
