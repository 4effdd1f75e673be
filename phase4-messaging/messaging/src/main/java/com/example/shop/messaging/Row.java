package com.example.shop.messaging;

import java.time.Instant;
import java.util.UUID;
import org.springframework.jdbc.core.RowMapper;

/** One outbox row, as the relay reads it. */
record Row(
        long id, UUID messageId, String exchange, String routingKey, String type, String payload, Instant createdAt) {

    static final RowMapper<Row> MAPPER = (rs, n) -> new Row(
            rs.getLong("id"),
            rs.getObject("message_id", UUID.class),
            rs.getString("exchange"),
            rs.getString("routing_key"),
            rs.getString("type"),
            rs.getString("payload"),
            rs.getTimestamp("created_at").toInstant());
}
