package com.example.shop.messaging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The idempotent consumer, written out: RabbitMQ delivers at least once, so a consumer sees some messages twice (a
 * redelivery after a lost ack, a relay that published again). Each handler, in the transaction of its effect:
 *
 * <pre>{@code
 * if (!processed.firstTime(event.eventId(), "inventory")) {
 *     return;                            // a duplicate: normal, not an error
 * }
 * reserve(event);                        // the effect
 * }</pre>
 *
 * The id is remembered in the same transaction as the effect: both are committed, or neither is and the redelivery
 * does the work.
 */
public class ProcessedMessages {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    ProcessedMessages(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Remembers the message and answers true the first time; false for a duplicate. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean firstTime(UUID messageId, String consumer) {
        return jdbc.update("""
                        INSERT INTO processed_messages (message_id, consumer, processed_at) VALUES (?, ?, ?)
                        ON CONFLICT DO NOTHING
                        """, messageId, consumer, Timestamp.from(clock.instant())) == 1;
    }
}
