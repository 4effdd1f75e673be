package com.example.shop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.events.DomainEvent;
import com.example.shop.messaging.testapp.Delivery;
import com.example.shop.messaging.testapp.Effects;
import com.example.shop.messaging.testapp.Notes;
import com.example.shop.messaging.testapp.OrderNoted;
import com.example.shop.messaging.testapp.OrderNotedListener;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.AmqpAdmin;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.connection.CachingConnectionFactory;
import org.springframework.amqp.rabbit.connection.ConnectionFactory;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outbox and its relay against the real PostgreSQL and RabbitMQ. The tests run the relay themselves, round by
 * round, so that they decide when rows are published. "Published once" is checked with a marker: the consumer's queue is
 * first in, first out, so once a note published after the others has arrived, any second copy of them would have too.
 */
@MessagingIntegrationTest
@TestPropertySource(properties = {"shop.test.name=messaging_outbox_relay", MessagingIntegrationTest.MANUAL_RELAY})
class OutboxRelayIntegrationTests {

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
    Outbox outbox;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    ConnectionFactory connections;

    @Autowired
    MessagingProperties properties;

    @Autowired
    AmqpAdmin admin;

    @Autowired
    JsonMapper json;

    @Autowired
    Clock clock;

    OutboxRows rows;
    TransactionTemplate transaction;

    @BeforeEach
    void setUp() {
        rows = new OutboxRows(jdbc);
        transaction = new TransactionTemplate(transactions);
    }

    @AfterEach
    void nothingLeftBehind() {
        relayUntilNothingIsSent(relay);
    }

    @Test
    void aRowWrittenInARolledBackTransactionIsNeverPublished() {
        OrderNoted rolledBack = transaction.execute(status -> {
            OrderNoted noted = notes.note(anOrder(), 1);
            status.setRollbackOnly();
            return noted;
        });

        relayUntilNothingIsSent(relay);
        awaitMarkerDelivered();

        assertThat(notes.exists(rolledBack.eventId())).isFalse();
        assertThat(rows.exists(rolledBack.eventId())).isFalse();
        assertThat(listener.deliveriesOf(rolledBack.eventId())).isEmpty();
    }

    @Test
    void aCommittedRowIsPublishedOnceWithItsTypeHeaderAndJsonBodyThenMarkedSent() {
        String order = anOrder();
        OrderNoted noted = notes.note(order, 1);
        assertThat(rows.sentAt(noted.eventId())).isEmpty();

        Instant before = clock.instant();
        assertThat(relay.publishPending()).isEqualTo(1);

        // publishPending returns after the confirm: the row is marked by then, and only then
        assertThat(rows.sentAt(noted.eventId()))
                .hasValueSatisfying(sent -> assertThat(sent).isAfterOrEqualTo(before));
        awaitMarkerDelivered();
        List<Delivery> deliveries = listener.deliveriesOf(noted.eventId());
        assertThat(deliveries).singleElement().satisfies(delivery -> {
            assertThat(delivery.type()).isEqualTo("OrderNoted");
            assertThat(delivery.contentType()).isEqualTo("application/json");
            JsonNode body = json.readTree(delivery.body());
            assertThat(body.get("eventId").asString()).isEqualTo(noted.eventId().toString());
            assertThat(body.get("orderId").asString()).isEqualTo(order);
            assertThat(body.get("sequence").asInt()).isEqualTo(1);
        });
    }

    @Test
    void aMessageTheBrokerDidNotConfirmStaysUnsentAndIsPublishedAgain() {
        OrderNoted noted = notes.note(anOrder(), 1);
        CachingConnectionFactory withoutConfirms =
                new CachingConnectionFactory(((CachingConnectionFactory) connections).getRabbitConnectionFactory());
        try {
            RabbitTemplate unconfirmed = new RabbitTemplate(withoutConfirms);
            unconfirmed.setMandatory(true);
            OutboxRelay waitingInVain = relay(unconfirmed, Duration.ofMillis(300));

            assertThat(waitingInVain.publishPending()).isZero();

            assertThat(rows.sentAt(noted.eventId())).isEmpty();
        } finally {
            withoutConfirms.destroy();
        }
        // it did reach the queue, unconfirmed: at least once means the next round publishes it again
        assertThat(relay.publishPending()).isEqualTo(1);
        awaitMarkerDelivered();
        assertThat(listener.deliveriesOf(noted.eventId())).hasSize(2);
        assertThat(rows.sentAt(noted.eventId())).isPresent();
    }

    @Test
    void aMessageNoQueueIsBoundForIsReturnedAndStaysUnsentUntilOneIs() {
        StockCounted unroutable = new StockCounted(UUID.randomUUID(), clock.instant(), "sku-" + UUID.randomUUID());
        transaction.executeWithoutResult(status -> outbox.publish(unroutable));

        assertThat(relay.publishPending()).isZero();
        assertThat(rows.sentAt(unroutable.eventId())).isEmpty();

        Queue warehouse = new Queue("warehouse-test.events", false, false, true);
        admin.declareQueue(warehouse);
        admin.declareBinding(BindingBuilder.bind(warehouse)
                .to(new TopicExchange(Topology.EVENTS))
                .with("warehouse.#"));
        try {
            assertThat(relay.publishPending()).isEqualTo(1);
            assertThat(rows.sentAt(unroutable.eventId())).isPresent();
        } finally {
            admin.deleteQueue(warehouse.getName());
        }
    }

    @Test
    void theEventsOfOneOrderArriveInTheOrderTheyHappened() {
        String order = anOrder();
        String other = anOrder();
        for (int sequence = 1; sequence <= 5; sequence++) {
            notes.note(order, sequence);
            notes.note(other, sequence);
        }

        relayUntilNothingIsSent(relay);

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(effects.sequencesApplied(order)).containsExactly(1, 2, 3, 4, 5));
        assertThat(effects.sequencesApplied(other)).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void twoRelaysOnOneDatabasePublishEachRowOnceAndKeepEachOrdersOrder() throws Exception {
        List<String> orders = new ArrayList<>();
        List<UUID> published = new ArrayList<>();
        for (int order = 0; order < 8; order++) {
            orders.add(anOrder());
        }
        for (int sequence = 1; sequence <= 5; sequence++) {
            for (String order : orders) {
                published.add(notes.note(order, sequence).eventId());
            }
        }
        OutboxRelay secondInstance = relay(rabbit, properties.confirmTimeout());

        ExecutorService instances = Executors.newFixedThreadPool(2);
        try {
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<Integer> first = runUntilAllSent(instances, start, relay, published);
            CompletableFuture<Integer> second = runUntilAllSent(instances, start, secondInstance, published);
            start.countDown();

            assertThat(first.get(30, TimeUnit.SECONDS) + second.get(30, TimeUnit.SECONDS))
                    .isEqualTo(published.size());
        } finally {
            instances.shutdownNow();
        }
        awaitMarkerDelivered();
        assertThat(published)
                .allSatisfy(id -> assertThat(listener.deliveriesOf(id)).hasSize(1));
        assertThat(orders)
                .allSatisfy(order -> assertThat(effects.sequencesApplied(order)).containsExactly(1, 2, 3, 4, 5));
    }

    /** An event no queue is bound for in {@link Topology}: nothing consumes {@code warehouse.*}. */
    record StockCounted(UUID eventId, Instant occurredAt, String sku) implements DomainEvent {

        @Override
        public String source() {
            return "warehouse";
        }

        @Override
        public String aggregateId() {
            return sku;
        }
    }

    private CompletableFuture<Integer> runUntilAllSent(
            ExecutorService executor, CountDownLatch start, OutboxRelay instance, List<UUID> published) {
        return CompletableFuture.supplyAsync(
                () -> {
                    awaitQuietly(start);
                    int marked = 0;
                    while (rows.unsentAmong(published) > 0) {
                        marked += instance.publishPending();
                    }
                    return marked;
                },
                executor);
    }

    private OutboxRelay relay(RabbitTemplate template, Duration confirmTimeout) {
        MessagingProperties settings = new MessagingProperties(
                properties.retryDelays(),
                properties.maxAttempts(),
                properties.relayInterval(),
                properties.relayOnCommit(),
                properties.relayBatch(),
                confirmTimeout);
        return new OutboxRelay(jdbc, new TransactionTemplate(transactions), template, settings, clock);
    }

    /** Publishes a note after everything else and waits until it is consumed: all published before it was too. */
    private void awaitMarkerDelivered() {
        OrderNoted marker = notes.note(anOrder(), 1);
        relayUntilNothingIsSent(relay);
        await().atMost(WAIT)
                .until(() -> !listener.deliveriesOf(marker.eventId()).isEmpty());
    }

    private static void relayUntilNothingIsSent(OutboxRelay relay) {
        while (relay.publishPending() > 0) {
            // one round publishes the oldest unsent row of each order: the next one becomes due after it
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static String anOrder() {
        return UUID.randomUUID().toString();
    }
}
