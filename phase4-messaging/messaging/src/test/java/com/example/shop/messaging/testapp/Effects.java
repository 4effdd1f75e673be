package com.example.shop.messaging.testapp;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What the consumer did, read from its {@code effects} table. */
@Component
public class Effects {

    private final JdbcTemplate jdbc;

    Effects(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public int timesApplied(UUID eventId) {
        return jdbc.queryForObject("SELECT count(*) FROM effects WHERE event_id = ?", Integer.class, eventId);
    }

    /** The sequence numbers of one order's notes, in the order their effects were applied. */
    public List<Integer> sequencesApplied(String orderId) {
        return jdbc.queryForList("SELECT sequence FROM effects WHERE order_id = ? ORDER BY id", Integer.class, orderId);
    }

    /** The reliability counts of these accepted (committed) events. */
    public ReliabilityCounts countsFor(Collection<UUID> accepted) {
        Map<UUID, Integer> times = new HashMap<>();
        jdbc.query("SELECT event_id, count(*) AS times FROM effects GROUP BY event_id", row -> {
            times.put(row.getObject("event_id", UUID.class), row.getInt("times"));
        });
        int applied = 0;
        int duplicated = 0;
        for (UUID event : accepted) {
            int applications = times.getOrDefault(event, 0);
            if (applications > 0) {
                applied++;
                duplicated += applications - 1;
            }
        }
        return new ReliabilityCounts(accepted.size(), applied, accepted.size() - applied, duplicated);
    }
}
