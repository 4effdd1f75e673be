package com.example.shop.messaging.testapp;

import com.example.shop.messaging.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The publishing side: a note and its event in one local transaction, as a service writes an order and OrderPlaced. */
@Service
public class Notes {

    private final JdbcTemplate jdbc;
    private final Outbox outbox;
    private final Clock clock;

    Notes(JdbcTemplate jdbc, Outbox outbox, Clock clock) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public OrderNoted note(String orderId, int sequence) {
        OrderNoted noted = new OrderNoted(UUID.randomUUID(), clock.instant(), orderId, sequence);
        jdbc.update(
                "INSERT INTO notes (event_id, order_id, sequence) VALUES (?, ?, ?)",
                noted.eventId(),
                orderId,
                sequence);
        outbox.publish(noted);
        return noted;
    }

    /** Whether the note of this event exists: false once its transaction was rolled back. */
    public boolean exists(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM notes WHERE event_id = ?", Integer.class, eventId) > 0;
    }
}
