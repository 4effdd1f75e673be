package com.example.shop.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.user.Users;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Notifications are e-mailed over real SMTP (an in-JVM GreenMail server) after they are stored, and a mail server
 * that refuses does not lose them.
 */
@PostgresIntegrationTest
class EmailIntegrationTests {

    static final GreenMail SMTP = new GreenMail(ServerSetup.SMTP.dynamicPort());

    @Autowired
    Notifications notifications;

    @Autowired
    Users users;

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

    @Test
    void mailsAStoredNotificationToTheCustomer() throws Exception {
        UUID customer =
                users.register(uniqueEmail(), "correct-horse", "Grace Hopper").id();
        String email = users.profile(customer).orElseThrow().email();

        notifications.notify(customer, UUID.randomUUID(), NotificationType.ORDER_CONFIRMED, "Your order is confirmed.");

        await().atMost(Duration.ofSeconds(10)).until(() -> received(email) != null);
        assertThat(received(email).getSubject()).isEqualTo("Your order is confirmed");
        assertThat(emailStatusOf(customer)).isEqualTo("SENT");
    }

    @Test
    void keepsTheNotificationWhenTheMailServerIsDown() {
        UUID customer =
                users.register(uniqueEmail(), "correct-horse", "Grace Hopper").id();
        SMTP.stop();
        try {
            notifications.notify(customer, UUID.randomUUID(), NotificationType.ORDER_CANCELLED, "Cancelled.");

            await().atMost(Duration.ofSeconds(10)).until(() -> !"PENDING".equals(emailStatusOf(customer)));
        } finally {
            SMTP.start();
        }
        assertThat(notifications.latest(customer, 10)).hasSize(1);
        assertThat(emailStatusOf(customer)).isEqualTo("FAILED");
    }

    private String emailStatusOf(UUID customer) {
        return jdbc.sql("SELECT email_status FROM notifications WHERE customer_id = ?")
                .param(customer)
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

    private static String uniqueEmail() {
        return "mail-" + UUID.randomUUID() + "@example.com";
    }
}
