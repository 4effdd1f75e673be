package com.example.shop.payment;

import static com.example.shop.payment.PaymentEvents.placed;
import static com.example.shop.payment.PaymentEvents.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import com.example.shop.testsupport.Infrastructure;
import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.testsupport.RabbitTestConfiguration;
import com.example.shop.testsupport.RedisTestConfiguration;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.json.JsonMapper;

/** A card acquirer that stays silent through every attempt: the order is declined with PAYMENT_FAILED, nothing taken. */
@PostgresIntegrationTest
@Import({RabbitTestConfiguration.class, RedisTestConfiguration.class})
@TestPropertySource(
        properties = {
            Infrastructure.TEST_NAME + "=test_payment_exhausted",
            // the retry jobs of this class's context only (Redisson's executor is named, and shared per database)
            "spring.data.redis.database=2",
            "shop.payment.card.flaky-failures=10",
            "shop.payment.retry.max-attempts=3",
            "shop.payment.retry.first-pause=200ms",
            "shop.payment.sweep-every=1h"
        })
class FlakyCardExhaustedIntegrationTests {

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void declinesWithPaymentFailedWhenEveryAttemptTimesOut() {
        PaymentEvents events = new PaymentEvents(rabbit, json);
        UUID order = UUID.randomUUID();

        events.send(placed(order, "19.99", new PaymentDetails(PaymentMethod.CARD, "tok_flaky", null)));
        events.send(reserved(order));

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(
                        () -> assertThat(events.about(order)).singleElement().satisfies(declined -> {
                            assertThat(declined.type()).isEqualTo("PaymentDeclined");
                            assertThat(declined.text("reason")).isEqualTo("PAYMENT_FAILED");
                        }));
        assertThat(jdbc.sql("SELECT status FROM payments WHERE order_id = ?")
                        .param(order)
                        .query(String.class)
                        .single())
                .isEqualTo("DECLINED");
        assertThat(jdbc.sql("SELECT attempts FROM payment_requests WHERE order_id = ?")
                        .param(order)
                        .query(Integer.class)
                        .single())
                .as("failed attempts retried by a job: all but the last of three")
                .isEqualTo(2);
    }
}
