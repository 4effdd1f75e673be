package com.example.shop.messaging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.AmqpException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.MessageDeliveryMode;
import org.springframework.amqp.core.MessageListener;
import org.springframework.amqp.core.MessageProperties;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The dead letters of this service's queues: taken off each dead-letter queue into a table (RabbitMQ cannot list a
 * queue without consuming it), listed for an operator, re-driven to the queue they failed in once the cause is fixed,
 * or discarded. A re-driven message keeps its id, so a consumer that did process it meanwhile skips it.
 */
public class DeadLetters implements MessageListener {

    private static final Logger log = LoggerFactory.getLogger(DeadLetters.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final RabbitTemplate rabbit;
    private final MessagingProperties properties;
    private final Clock clock;
    private final String service;

    DeadLetters(
            JdbcTemplate jdbc,
            TransactionTemplate transaction,
            RabbitTemplate rabbit,
            MessagingProperties properties,
            Clock clock,
            String service) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.rabbit = rabbit;
        this.properties = properties;
        this.clock = clock;
        this.service = service;
    }

    /** Parks one message from a dead-letter queue; acknowledged once the row is committed. */
    @Override
    public void onMessage(Message message) {
        MessageProperties headers = message.getMessageProperties();
        String deadLetterQueue = headers.getConsumerQueue();
        String queue = deadLetterQueue.substring(0, deadLetterQueue.length() - ".dlq".length());
        Object reason = headers.getHeader(Messages.LAST_ERROR);
        jdbc.update(
                """
                INSERT INTO dead_letters (id, queue, message_id, type, reason, attempts, payload, headers, dead_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """,
                UUID.randomUUID(),
                queue,
                headers.getMessageId(),
                Messages.typeOf(message),
                reason == null ? "rejected by the consumer" : reason.toString(),
                Messages.attemptOf(message),
                new String(message.getBody(), StandardCharsets.UTF_8),
                String.valueOf(headers.getHeaders()),
                Timestamp.from(clock.instant()));
    }

    public List<DeadLetter> list() {
        return jdbc.query("SELECT * FROM dead_letters ORDER BY dead_at DESC LIMIT 500", DeadLetter.mapper(service));
    }

    public Optional<DeadLetter> find(UUID id) {
        return jdbc.query("SELECT * FROM dead_letters WHERE id = ?", DeadLetter.mapper(service), id).stream()
                .findFirst();
    }

    /** Sends it back to its queue as a first attempt; false if there is no such dead letter (any more). */
    public boolean redrive(UUID id) {
        Boolean done = transaction.execute(status -> {
            List<DeadLetter> locked = jdbc.query(
                    "SELECT * FROM dead_letters WHERE id = ? FOR UPDATE SKIP LOCKED", DeadLetter.mapper(service), id);
            if (locked.isEmpty()) {
                return false;
            }
            DeadLetter letter = locked.get(0);
            send(letter);
            jdbc.update("DELETE FROM dead_letters WHERE id = ?", id);
            log.info("Re-drove {} {} to {}", letter.type(), letter.messageId(), letter.queue());
            return true;
        });
        return Boolean.TRUE.equals(done);
    }

    /** Re-drives every dead letter of one queue; returns how many. */
    public int redriveQueue(String queue) {
        List<UUID> ids =
                jdbc.queryForList("SELECT id FROM dead_letters WHERE queue = ? ORDER BY dead_at", UUID.class, queue);
        return (int) ids.stream().filter(this::redrive).count();
    }

    public boolean discard(UUID id) {
        return jdbc.update("DELETE FROM dead_letters WHERE id = ?", id) == 1;
    }

    private void send(DeadLetter letter) {
        MessageProperties headers = new MessageProperties();
        headers.setMessageId(letter.messageId());
        headers.setType(letter.type());
        headers.setHeader(Messages.TYPE, letter.type());
        headers.setHeader(Messages.ATTEMPT, 1);
        headers.setContentType(MessageProperties.CONTENT_TYPE_JSON);
        headers.setDeliveryMode(MessageDeliveryMode.PERSISTENT);
        Message message = new Message(letter.payload().getBytes(StandardCharsets.UTF_8), headers);
        if (ConfirmedSend.toQueue(rabbit, letter.queue(), message, properties.confirmTimeout())) {
            return;
        }
        throw new AmqpException("RabbitMQ did not confirm the re-driven message; it stays a dead letter");
    }
}
