package com.example.shop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.shop.messaging.testapp.Delivery;
import com.example.shop.messaging.testapp.Effects;
import com.example.shop.messaging.testapp.Notes;
import com.example.shop.messaging.testapp.OrderNoted;
import com.example.shop.messaging.testapp.OrderNotedListener;
import com.example.shop.messaging.testapp.ReliabilityCounts;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.ParameterizedPreparedStatementSetter;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * At least once means some messages arrive twice or more; the consumer remembers the ids it processed in the
 * transaction of the effect ({@link ProcessedMessages}), so the effect happens once. Each scenario makes the duplicates
 * happen for real, checks that they did, and prints the reliability counts.
 */
@MessagingIntegrationTest
@TestPropertySource(
        properties = {"shop.test.name=messaging_idempotent_consumer", MessagingIntegrationTest.MANUAL_RELAY})
@ExtendWith(OutputCaptureExtension.class)
class IdempotentConsumerIntegrationTests {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Autowired
    Notes notes;

    @Autowired
    OutboxRelay relay;

    @Autowired
    OrderNotedListener listener;

    @Autowired
    Effects effects;

    @Autowired
    DataSource dataSource;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    MessagingProperties properties;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    @Test
    void aRelayThatDiesAfterPublishingBeforeMarkingSentPublishesAgainAndEachEffectHappensOnce() {
        List<UUID> accepted = noteOrders(20);
        OutboxRelay dyingRelay = new OutboxRelay(
                new DiesBeforeMarkingSent(dataSource),
                new TransactionTemplate(transactions),
                rabbit,
                properties,
                clock);

        assertThatThrownBy(dyingRelay::publishPending).hasMessageContaining("died");
        // its transaction rolled back: every row is still unsent, although RabbitMQ has them all
        await().atMost(WAIT).until(() -> deliveredAtLeast(accepted, 1));
        relayUntilNothingIsSent();

        await().atMost(WAIT).until(() -> deliveredAtLeast(accepted, 2));
        ReliabilityCounts counts = effects.countsFor(accepted).print("relay dies before marking sent");
        assertThat(counts).isEqualTo(new ReliabilityCounts(20, 20, 0, 0));
    }

    @Test
    void theSameMessageDeliveredThreeTimesHasItsEffectOnceAndIsNoFailure(CapturedOutput output) {
        OrderNoted noted = new OrderNoted(UUID.randomUUID(), clock.instant(), anOrder(), 1);
        int logBefore = output.getAll().length();

        for (int copy = 0; copy < 3; copy++) {
            rabbit.send(Topology.EVENTS, noted.routingKey(), asPublished(noted));
        }

        await().atMost(WAIT).until(() -> listener.deliveriesOf(noted.eventId()).size() == 3);
        ReliabilityCounts counts = effects.countsFor(List.of(noted.eventId())).print("delivered three times");
        assertThat(counts).isEqualTo(new ReliabilityCounts(1, 1, 0, 0));
        assertThat(listener.deliveriesOf(noted.eventId()))
                .extracting(Delivery::attempt)
                .containsOnly(1);
        assertThat(output.getAll().substring(logBefore)).doesNotContain("Retrying", "Dead-lettering", " ERROR ");
    }

    @Test
    void aConsumerKilledBetweenItsEffectAndItsAckGetsTheMessageAgainAndAppliesItOnce() {
        OrderNoted noted = notes.note(anOrder(), 1);
        listener.dieBeforeAcknowledging(noted.eventId());

        relayUntilNothingIsSent();

        await().atMost(WAIT).until(() -> listener.deliveriesOf(noted.eventId()).size() == 2);
        assertThat(listener.deliveriesOf(noted.eventId()))
                .extracting(Delivery::redelivered)
                .containsExactly(false, true);
        ReliabilityCounts counts = effects.countsFor(List.of(noted.eventId())).print("consumer killed before its ack");
        assertThat(counts).isEqualTo(new ReliabilityCounts(1, 1, 0, 0));
    }

    /** A relay's database whose update "sent" never happens: the process died after publishing. */
    private static final class DiesBeforeMarkingSent extends JdbcTemplate {

        DiesBeforeMarkingSent(DataSource dataSource) {
            super(dataSource);
        }

        @Override
        public <T> int[][] batchUpdate(
                String sql, Collection<T> batchArgs, int batchSize, ParameterizedPreparedStatementSetter<T> pss) {
            throw new IllegalStateException("the relay died after publishing, before marking its rows sent");
        }
    }

    private List<UUID> noteOrders(int count) {
        List<UUID> accepted = new ArrayList<>();
        for (int order = 0; order < count; order++) {
            accepted.add(notes.note(anOrder(), 1).eventId());
        }
        return accepted;
    }

    private boolean deliveredAtLeast(List<UUID> messages, int times) {
        return messages.stream().allMatch(id -> listener.deliveriesOf(id).size() >= times);
    }

    /** The message exactly as the relay publishes it (same id, type header and body), sent straight to RabbitMQ. */
    private Message asPublished(OrderNoted noted) {
        MessageProperties headers = new MessageProperties();
        headers.setMessageId(noted.eventId().toString());
        headers.setHeader(Messages.TYPE, "OrderNoted");
        headers.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        return new Message(json.writeValueAsString(noted).getBytes(StandardCharsets.UTF_8), headers);
    }

    private void relayUntilNothingIsSent() {
        while (relay.publishPending() > 0) {
            // one round publishes the oldest unsent row of each order
        }
    }

    private static String anOrder() {
        return UUID.randomUUID().toString();
    }
}
