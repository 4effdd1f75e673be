package com.example.shop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.messaging.testapp.Effects;
import com.example.shop.messaging.testapp.Notes;
import com.example.shop.messaging.testapp.ReliabilityCounts;
import com.example.shop.testsupport.RabbitBehindProxyConfiguration;
import com.example.shop.testsupport.RabbitBehindProxyConfiguration.RabbitBehindProxy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The broker connection is cut in the middle of a stream of events: every connection of the application to RabbitMQ
 * (the relay's publishing one, the consumer's) breaks at once and new ones are refused for two seconds, while
 * messages are being published, delivered and acknowledged. The outbox keeps what could not be published, the
 * relay publishes it once the broker is back, and the consumer absorbs what arrives twice.
 */
@MessagingIntegrationTest
@Import(RabbitBehindProxyConfiguration.class)
@TestPropertySource(properties = "shop.test.name=messaging_broker_outage")
class BrokerOutageIntegrationTests {

    private static final int EVENTS = 200;
    private static final Duration OUTAGE = Duration.ofSeconds(2);

    @Autowired
    Notes notes;

    @Autowired
    Effects effects;

    @Autowired
    RabbitBehindProxy rabbit;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyEventAcceptedAroundACutConnectionHasItsEffectExactlyOnce() {
        OutboxRows outbox = new OutboxRows(jdbc);
        List<UUID> beforeTheCut = note(EVENTS / 2);
        await().atMost(Duration.ofSeconds(30))
                .until(() -> effects.countsFor(beforeTheCut).finalCount() >= EVENTS / 8);

        rabbit.proxy().cut();
        List<UUID> duringTheCut;
        try {
            duringTheCut = note(EVENTS / 2);
            // accepted all the same; none can be published while the broker is unreachable
            await().during(OUTAGE).atMost(OUTAGE.plusSeconds(5)).until(() -> outbox.sentAmong(duringTheCut) == 0);
        } finally {
            rabbit.proxy().restore();
        }

        List<UUID> accepted = new ArrayList<>(beforeTheCut);
        accepted.addAll(duringTheCut);
        await().atMost(Duration.ofSeconds(60))
                .until(() -> effects.countsFor(accepted).finalCount() == EVENTS);
        ReliabilityCounts counts = effects.countsFor(accepted).print("broker connection cut for " + OUTAGE);
        assertThat(counts).isEqualTo(new ReliabilityCounts(EVENTS, EVENTS, 0, 0));
        assertThat(outbox.unsentAmong(accepted)).isZero();
    }

    /** Each event of an order of its own, each in its own transaction, as orders are placed one by one. */
    private List<UUID> note(int count) {
        List<UUID> accepted = new ArrayList<>();
        for (int event = 0; event < count; event++) {
            accepted.add(notes.note(UUID.randomUUID().toString(), 1).eventId());
        }
        return accepted;
    }
}
