package com.example.shop.notification;

import static com.example.shop.notification.NotificationEvents.cancelled;
import static com.example.shop.notification.NotificationEvents.placed;
import static com.example.shop.notification.NotificationEvents.shipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.messaging.Topology;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.testsupport.Infrastructure;
import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.testsupport.RabbitTestConfiguration;
import com.example.shop.testsupport.RedisTestConfiguration;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.QueueInformation;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

/**
 * notification-service on real RabbitMQ, PostgreSQL and Redis, mailing over real SMTP (GreenMail) to the address
 * user-service's contract stub gives: one notification per change of an order's status however often its event
 * arrives, each e-mailed once, and the {@code fail} switch holding e-mail back without losing any.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@Import({RabbitTestConfiguration.class, RedisTestConfiguration.class})
@TestPropertySource(
        properties = {
            Infrastructure.TEST_NAME + "=test_notification_saga",
            "shop.messaging.retry-delays=200ms,400ms",
            // user-service's stub has no readiness endpoint for the load balancer's health checks
            "shop.discovery.health-checks=false"
        })
class NotificationSagaIntegrationTests {

    /** The user in user-service's contract {@code findsAUserById}: e-mails to this customer are sent. */
    static final UUID ADA = UUID.fromString("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01");

    static final Duration WAIT = Duration.ofSeconds(30);

    @RegisterExtension
    static StubRunnerExtension userService = new StubRunnerExtension()
            .downloadStub("com.example.shop", "phase4-user-service", "+", "stubs")
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH);

    static final Mailbox MAILBOX = startedMailbox();

    @DynamicPropertySource
    static void neighbours(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", MAILBOX::port);
        registry.add(
                "spring.cloud.discovery.client.simple.instances.user-service[0].uri",
                () -> userService.findStubUrl("phase4-user-service").toString());
    }

    @AfterAll
    static void stopMailbox() {
        MAILBOX.stop();
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    NotificationEvents events;

    @BeforeEach
    void actAsOrderService() {
        events = new NotificationEvents(rabbit, json);
    }

    @Test
    void storesOneNotificationPerStateChangeWhenEachEventArrivesThreeTimes() throws Exception {
        UUID customer = UUID.randomUUID();
        UUID order = UUID.randomUUID();
        OrderPlaced placed = placed(customer, order);
        OrderCancelled cancelled = cancelled(customer, order);

        for (int delivery = 0; delivery < 3; delivery++) {
            events.send(placed);
        }
        for (int delivery = 0; delivery < 3; delivery++) {
            events.send(cancelled);
        }
        awaitEverythingSentBeforeHandled(customer);

        mvc.perform(get("/api/notifications").with(customer(customer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3)) // the marker's included
                .andExpect(jsonPath("$[?(@.orderId == '%s')].type", order.toString())
                        .value(org.hamcrest.Matchers.containsInAnyOrder("ORDER_PLACED", "ORDER_CANCELLED")));
    }

    @Test
    void emailsEachNotificationToItsCustomerOnce() {
        UUID order = UUID.randomUUID();
        OrderPlaced placed = placed(ADA, order);

        events.send(placed);
        events.send(placed);
        events.send(shipped(ADA, order));

        await().atMost(WAIT).until(() -> emailed(order, "SENT") == 2);
        assertThat(MAILBOX.mailsAbout(order)).isEqualTo(2);
    }

    @Test
    void keepsTheNotificationWhenUserServiceDoesNotKnowTheCustomer() {
        UUID stranger = UUID.fromString("00000000-0000-4000-8000-000000000404");
        UUID order = UUID.randomUUID();

        events.send(placed(stranger, order));

        await().atMost(WAIT).until(() -> emailed(order, "FAILED") == 1);
        assertThat(MAILBOX.mailsAbout(order)).isZero();
    }

    @Test
    void holdsEveryEmailBackWhileFailingAndDeliversEachOnceWhenBack() throws Exception {
        List<UUID> orders = new ArrayList<>();
        switchNotifications("fail");
        try {
            for (int i = 0; i < 5; i++) {
                UUID order = UUID.randomUUID();
                orders.add(order);
                events.send(placed(ADA, order));
            }

            await().atMost(WAIT).until(() -> waiting(Topology.NOTIFICATION_EVENTS) >= orders.size());
            assertThat(orders)
                    .allSatisfy(order -> assertThat(MAILBOX.mailsAbout(order)).isZero());
            assertThat(orders)
                    .allSatisfy(order -> assertThat(emailed(order, "PENDING")).isZero());
        } finally {
            switchNotifications("none");
        }

        await().atMost(WAIT).until(() -> orders.stream().allMatch(order -> emailed(order, "SENT") == 1));
        long delivered =
                orders.stream().filter(order -> MAILBOX.mailsAbout(order) >= 1).count();
        long duplicated = orders.stream()
                .mapToLong(order -> Math.max(0, MAILBOX.mailsAbout(order) - 1))
                .sum();
        System.out.printf(
                "accepted=%d final=%d lost=%d duplicated-effects=%d%n",
                orders.size(), delivered, orders.size() - delivered, duplicated);
        assertThat(delivered).isEqualTo(orders.size());
        assertThat(duplicated).isZero();
    }

    /** The queue keeps its order and has one consumer: once a marker sent last is stored, all before it is handled. */
    private void awaitEverythingSentBeforeHandled(UUID customer) {
        UUID marker = UUID.randomUUID();
        events.send(placed(customer, marker));
        await().atMost(WAIT)
                .until(() -> jdbc.sql("SELECT count(*) FROM notifications WHERE order_id = ?")
                                .param(marker)
                                .query(Long.class)
                                .single()
                        == 1);
    }

    private long emailed(UUID order, String status) {
        return jdbc.sql("SELECT count(*) FROM notifications WHERE order_id = ? AND email_status = ?")
                .param(order)
                .param(status)
                .query(Long.class)
                .single();
    }

    private long waiting(String queue) {
        QueueInformation information = admin.getQueueInfo(queue);
        return information == null ? 0 : information.getMessageCount();
    }

    private void switchNotifications(String mode) throws Exception {
        mvc.perform(put("/api/admin/faults/notification")
                        .with(jwt().jwt(token -> token.subject(UUID.randomUUID().toString()))
                                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN")))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"mode\": \"" + mode + "\"}"))
                .andExpect(status().isOk());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor customer(UUID id) {
        return jwt().jwt(token -> token.subject(id.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }

    private static Mailbox startedMailbox() {
        Mailbox mailbox = new Mailbox();
        mailbox.start();
        return mailbox;
    }
}
