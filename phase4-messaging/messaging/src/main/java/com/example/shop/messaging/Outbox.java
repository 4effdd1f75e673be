package com.example.shop.messaging;

import com.example.shop.events.DomainEvent;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

/**
 * Messages to publish, written in the same local transaction as the change they announce: either both are
 * committed or neither is. No service sends to RabbitMQ directly (a "dual write": the change committed and the
 * message lost, or the message sent and the change rolled back); {@link OutboxRelay} publishes the rows afterwards.
 *
 * <p>Once the transaction that wrote a row commits, the relay is woken to publish it at once; its own interval is only
 * the backstop. A message therefore waits for the commit, not for a polling round.
 *
 * <p>Hand-written on purpose, as the lesson of this phase: libraries do this for you (Spring Modulith's event
 * publication registry, Debezium's outbox event router), and the docs say which to pick in production.
 */
public class Outbox {

    private final JdbcTemplate jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Runnable afterCommit;

    /** @param afterCommit what to do once a transaction that wrote rows has committed: wake the relay */
    Outbox(JdbcTemplate jdbc, JsonMapper json, Clock clock, Runnable afterCommit) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.afterCommit = afterCommit;
    }

    /** An event for every service that consumes it, through {@link Topology#EVENTS}. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void publish(DomainEvent event) {
        insert(event.eventId(), event.aggregateId(), Topology.EVENTS, event.routingKey(), event);
    }

    /** A task for one worker, through {@link Topology#TASKS}; {@code id} makes a redelivered task recognisable. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueue(UUID id, String aggregateId, String routingKey, Object task) {
        insert(id, aggregateId, Topology.TASKS, routingKey, task);
    }

    private void insert(UUID id, String aggregateId, String exchange, String routingKey, Object payload) {
        jdbc.update(
                """
                INSERT INTO outbox (message_id, aggregate_id, exchange, routing_key, type, payload, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
                id,
                aggregateId,
                exchange,
                routingKey,
                payload.getClass().getSimpleName(),
                json.writeValueAsString(payload),
                Timestamp.from(clock.instant()));
        // Not before the commit: the relay would not see the row yet (or ever, if the transaction rolls back).
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                afterCommit.run();
            }
        });
    }
}
