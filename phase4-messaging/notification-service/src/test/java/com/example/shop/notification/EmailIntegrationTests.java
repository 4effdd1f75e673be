package com.example.shop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.testsupport.PostgresIntegrationTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.cloud.contract.stubrunner.spring.StubRunnerProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications are e-mailed over real SMTP (an in-JVM GreenMail server) after they are stored, to the address that
 * user-service (its contract stub) gives, and a mail server that refuses does not lose them.
 */
@PostgresIntegrationTest
class EmailIntegrationTests {

    /** Started before the application context; the name user-service resolves to it (discovery's static list). */
    @RegisterExtension
    static StubRunnerExtension userService = new StubRunnerExtension()
            .downloadStub("com.example.shop", "phase3-user-service", "+", "stubs")
            .stubsMode(StubRunnerProperties.StubsMode.CLASSPATH);

    /** The user in user-service's contract {@code findsAUserById}. */
    static final UUID ADA = UUID.fromString("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01");

    static final String ADAS_EMAIL = "ada@example.com";

    static final GreenMail SMTP = new GreenMail(ServerSetup.SMTP.dynamicPort());

    @Autowired
    Notifications notifications;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void startSmtp() {
        SMTP.start();
    }

    @AfterAll
    static void stopSmtp() {
        SMTP.stop();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP.getSmtp().getPort());
    }

    @DynamicPropertySource
    static void userService(DynamicPropertyRegistry registry) {
        registry.add(
                "spring.cloud.discovery.client.simple.instances.user-service[0].uri",
                () -> userService.findStubUrl("phase3-user-service").toString());
        // the stub has no readiness endpoint for the load balancer's health checks (HealthCheckedInstances)
        registry.add("shop.discovery.health-checks", () -> "false");
    }

    @Test
    void mailsAStoredNotificationToTheCustomer() throws Exception {
        UUID order = UUID.randomUUID();

        notifications.notify(ADA, order, NotificationType.ORDER_CONFIRMED, "Your order is confirmed.");

        await().atMost(Duration.ofSeconds(10)).until(() -> received(ADAS_EMAIL) != null);
        assertThat(received(ADAS_EMAIL).getSubject()).isEqualTo("Your order is confirmed");
        assertThat(emailStatusOf(order)).isEqualTo("SENT");
    }

    @Test
    void keepsTheNotificationWhenTheMailServerIsDown() {
        UUID order = UUID.randomUUID();
        SMTP.stop();
        try {
            notifications.notify(ADA, order, NotificationType.ORDER_CANCELLED, "Cancelled.");

            await().atMost(Duration.ofSeconds(10)).until(() -> !"PENDING".equals(emailStatusOf(order)));
        } finally {
            SMTP.start();
        }
        assertThat(notifications.latest(ADA, 100)).anyMatch(notification -> order.equals(notification.orderId()));
        assertThat(emailStatusOf(order)).isEqualTo("FAILED");
    }

    @Test
    void keepsTheNotificationWhenUserServiceDoesNotKnowTheCustomer() {
        UUID stranger = UUID.fromString("00000000-0000-4000-8000-000000000404");
        UUID order = UUID.randomUUID();

        notifications.notify(stranger, order, NotificationType.ORDER_CONFIRMED, "Confirmed.");

        await().atMost(Duration.ofSeconds(10)).until(() -> !"PENDING".equals(emailStatusOf(order)));
        assertThat(notifications.latest(stranger, 10)).hasSize(1);
        assertThat(emailStatusOf(order)).isEqualTo("FAILED");
    }

    private String emailStatusOf(UUID order) {
        return jdbc.sql("SELECT email_status FROM notifications WHERE order_id = ?")
                .param(order)
                .query(String.class)
                .single();
    }

    private static MimeMessage received(String email) throws Exception {
        for (MimeMessage message : SMTP.getReceivedMessages()) {
            if (message.getAllRecipients()[0].toString().equals(email)) {
                return message;
            }
        }
        return null;
    }
}
