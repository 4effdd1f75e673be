package com.example.shop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.messaging.testapp.Effects;
import com.example.shop.messaging.testapp.Notes;
import com.example.shop.messaging.testapp.OrderNoted;
import com.example.shop.messaging.testapp.OrderNotedListener;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The relay is woken by the commit of a transaction that wrote to the outbox. Its own interval is an hour here, so a
 * message that arrives at all was published by the wake-up; one written in a transaction that rolled back never is.
 */
@MessagingIntegrationTest
@TestPropertySource(properties = {"shop.test.name=messaging_relay_wake_up", "shop.messaging.relay-interval=1h"})
class OutboxRelayWakeUpIntegrationTests {

    @Autowired
    Notes notes;

    @Autowired
    OrderNotedListener listener;

    @Autowired
    Effects effects;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aCommittedRowIsPublishedWithoutWaitingForTheRelaysInterval() {
        OrderNoted noted = notes.note(UUID.randomUUID().toString(), 1);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(listener.deliveriesOf(noted.eventId()))
                .hasSize(1));
        assertThat(jdbc.queryForObject(
                        "SELECT sent_at IS NOT NULL FROM outbox WHERE message_id = ?", Boolean.class, noted.eventId()))
                .as("marked sent")
                .isTrue();
    }

    @Test
    void aBurstOfCommitsIsPublishedInFullAndInOrder() {
        // twenty commits in a row, most of them while a round is running: each needs a round that sees its row
        String order = UUID.randomUUID().toString();
        List<Integer> sequences = IntStream.rangeClosed(1, 20).boxed().toList();
        sequences.forEach(sequence -> notes.note(order, sequence));

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(effects.sequencesApplied(order)).isEqualTo(sequences));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM outbox WHERE sent_at IS NULL", Integer.class))
                .isZero();
    }

    @Test
    void aRolledBackRowWakesNothingAndIsNeverPublished() {
        OrderNoted rolledBack = new TransactionTemplate(transactions).execute(status -> {
            OrderNoted noted = notes.note(UUID.randomUUID().toString(), 1);
            status.setRollbackOnly();
            return noted;
        });
        OrderNoted committed = notes.note(UUID.randomUUID().toString(), 1);

        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() ->
                        assertThat(listener.deliveriesOf(committed.eventId())).hasSize(1));
        assertThat(listener.deliveriesOf(rolledBack.eventId())).isEmpty();
    }
}
