package com.example.shop.messaging;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;

/** The outbox table, read as the tests check it. */
final class OutboxRows {

    private final JdbcTemplate jdbc;

    OutboxRows(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(UUID messageId) {
        return jdbc.queryForObject("SELECT count(*) FROM outbox WHERE message_id = ?", Integer.class, messageId) > 0;
    }

    /** When the row was marked sent; empty while it is not (or does not exist). */
    Optional<Instant> sentAt(UUID messageId) {
        return jdbc
                .query(
                        "SELECT sent_at FROM outbox WHERE message_id = ? AND sent_at IS NOT NULL",
                        (rs, n) -> rs.getTimestamp("sent_at").toInstant(),
                        messageId)
                .stream()
                .findFirst();
    }

    long sentAmong(Collection<UUID> messageIds) {
        return messageIds.stream().filter(id -> sentAt(id).isPresent()).count();
    }

    long unsentAmong(Collection<UUID> messageIds) {
        return messageIds.size() - sentAmong(messageIds);
    }
}
