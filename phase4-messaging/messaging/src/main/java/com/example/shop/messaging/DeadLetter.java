package com.example.shop.messaging;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/**
 * A message parked after its last attempt, as an operator sees it.
 *
 * @param queue the consumer's queue it failed in (a re-drive sends it back there)
 * @param reason why the last attempt failed
 * @param attempts how many attempts were made
 */
public record DeadLetter(
        UUID id,
        String service,
        String queue,
        String messageId,
        String type,
        String reason,
        int attempts,
        String payload,
        Instant deadAt) {

    static RowMapper<DeadLetter> mapper(String service) {
        return (rs, n) -> new DeadLetter(
                rs.getObject("id", UUID.class),
                service,
                rs.getString("queue"),
                rs.getString("message_id"),
                rs.getString("type"),
                rs.getString("reason"),
                rs.getInt("attempts"),
                rs.getString("payload"),
                rs.getTimestamp("dead_at").toInstant());
    }
}
