package com.example.shop.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.connection.CorrelationData;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes what {@link Outbox} wrote, and marks a row sent only once RabbitMQ has confirmed it: at least once, never
 * at most once. The row is published, then marked, in one database transaction that holds the rows' locks; a relay
 * that dies between the two publishes the rows again after a restart, and the consumers, which remember the message
 * ids they processed, absorb the duplicate.
 *
 * <p>Two instances of a service run two relays. Each takes, locked and skipping rows another relay holds
 * ({@code FOR UPDATE SKIP LOCKED}), only the oldest unsent row of each aggregate: the next event of an order becomes
 * eligible once the one before it is sent, so an order's events reach the broker in the order they happened, whichever
 * relay publishes them.
 *
 * <p>A round runs when a transaction that wrote to the outbox has committed ({@link #wakeUp()}), and every
 * {@code shop.messaging.relay-interval} besides, for rows no wake-up announced. Rounds run one at a time, on one thread.
 *
 * <p>Every message is published mandatory: a confirm alone does not mean delivered, since RabbitMQ confirms a message
 * no queue was bound to receive. Such a returned message stays unsent and is tried again.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

    private static final String NEXT_PER_AGGREGATE = """
            SELECT o.id, o.message_id, o.exchange, o.routing_key, o.type, o.payload, o.created_at
            FROM outbox o
            WHERE o.sent_at IS NULL
              AND NOT EXISTS (SELECT 1 FROM outbox earlier
                              WHERE earlier.aggregate_id = o.aggregate_id AND earlier.sent_at IS NULL
                                AND earlier.id < o.id)
            ORDER BY o.id
            LIMIT ?
            FOR UPDATE SKIP LOCKED
            """;

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RabbitTemplate rabbit;
    private final MessagingProperties properties;
    private final Clock clock;
    private volatile ScheduledExecutorService scheduler;
    private final AtomicBoolean roundRequested = new AtomicBoolean();
    private boolean failing;

    OutboxRelay(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            RabbitTemplate rabbit,
            MessagingProperties properties,
            Clock clock) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rabbit = rabbit;
        this.properties = properties;
        this.clock = clock;
    }

    /** One round: publishes what is due and returns how many rows were marked sent. */
    public int publishPending() {
        Integer sent = transaction.execute(status -> {
            List<Row> rows = jdbc.query(NEXT_PER_AGGREGATE, Row.MAPPER, properties.relayBatch());
            List<Long> confirmed = publish(rows);
            markSent(confirmed);
            return confirmed.size();
        });
        return sent == null ? 0 : sent;
    }

    private List<Long> publish(List<Row> rows) {
        List<Sending> sending = new ArrayList<>(rows.size());
        try {
            for (Row row : rows) {
                CorrelationData correlation =
                        new CorrelationData(row.messageId().toString());
                rabbit.send(row.exchange(), row.routingKey(), message(row), correlation);
                sending.add(new Sending(row, correlation));
            }
        } catch (AmqpException brokerUnavailable) {
            reportFailure("the broker cannot be reached", brokerUnavailable);
        }
        List<Long> confirmed = new ArrayList<>(sending.size());
        long deadline = System.nanoTime() + properties.confirmTimeout().toNanos();
        for (Sending each : sending) {
            if (confirmed(each, deadline)) {
                confirmed.add(each.row().id());
            }
        }
        if (confirmed.size() == rows.size() && failing) {
            failing = false;
            log.info("Outbox relay publishing again");
        }
        return confirmed;
    }

    private boolean confirmed(Sending sending, long deadline) {
        try {
            CorrelationData.Confirm confirm = sending.correlation()
                    .getFuture()
                    .get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (!confirm.ack()) {
                reportFailure("the broker refused " + sending.row().routingKey() + ": " + confirm.reason(), null);
                return false;
            }
            if (sending.correlation().getReturned() != null) {
                reportFailure("no queue is bound for " + sending.row().routingKey() + " yet", null);
                return false;
            }
            return true;
        } catch (TimeoutException | ExecutionException unconfirmed) {
            reportFailure("no confirm for " + sending.row().routingKey(), unconfirmed);
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void markSent(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.batchUpdate("UPDATE outbox SET sent_at = ? WHERE id = ?", ids, ids.size(), (statement, id) -> {
            statement.setTimestamp(1, now);
            statement.setLong(2, id);
        });
    }

    private static Message message(Row row) {
        MessageProperties properties = new MessageProperties();
        properties.setMessageId(row.messageId().toString());
        properties.setType(row.type());
        properties.setHeader(Messages.TYPE, row.type());
        properties.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        properties.setContentEncoding(StandardCharsets.UTF_8.name());
        properties.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        properties.setTimestamp(java.util.Date.from(row.createdAt()));
        return new Message(row.payload().getBytes(StandardCharsets.UTF_8), properties);
    }

    /** Logged once per outage, not once per round. */
    private void reportFailure(String what, Exception cause) {
        if (!failing) {
            failing = true;
            log.warn("Outbox relay cannot publish: {}; the rows stay unsent and are tried again", what, cause);
        }
    }

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.relayInterval().toMillis();
        scheduler.scheduleWithFixedDelay(this::round, interval, interval, TimeUnit.MILLISECONDS);
    }

    /**
     * Runs a round as soon as the relay's thread is free, rather than at the next interval. Wake-ups that arrive while
     * one is still waiting to run are that one round: a burst of commits costs one query, not one each.
     */
    public void wakeUp() {
        ScheduledExecutorService current = scheduler;
        if (current == null || !roundRequested.compareAndSet(false, true)) {
            return;
        }
        try {
            current.execute(() -> {
                roundRequested.set(false); // a commit from now on needs another round: this one may not see its row
                round();
            });
        } catch (RejectedExecutionException stopping) {
            roundRequested.set(false);
        }
    }

    private void round() {
        try {
            while (publishPending() > 0) {
                // Each pass takes only the oldest unsent row of each aggregate, so sending one makes its successor
                // eligible: go on until a pass sends nothing (all sent, or the rest cannot be sent now).
            }
        } catch (RuntimeException unexpected) {
            reportFailure("the round failed", unexpected);
        }
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            try {
                scheduler.awaitTermination(properties.confirmTimeout().toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }

    private record Sending(Row row, CorrelationData correlation) {}
}
