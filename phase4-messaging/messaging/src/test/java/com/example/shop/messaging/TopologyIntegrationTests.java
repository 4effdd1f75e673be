package com.example.shop.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.testsupport.RabbitManagement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What {@link Topology} declares, read back from RabbitMQ's management API, as the docs draw it: per consumer queue
 * a durable main queue bound to its exchange, one retry queue per delay whose messages expire back into the main
 * queue, and a dead-letter queue that the main queue's own rejects also reach.
 */
@MessagingIntegrationTest
@TestPropertySource(properties = {"shop.test.name=messaging_topology", MessagingIntegrationTest.MANUAL_RELAY})
class TopologyIntegrationTests {

    private static final List<Duration> DELAYS = List.of(Duration.ofMillis(200), Duration.ofMillis(400));

    @Autowired
    RabbitManagement management;

    @Autowired
    JsonMapper json;

    @Test
    void everyConsumerQueueHasRetryQueuesThatExpireBackIntoItAndADeadLetterQueue() {
        assertThat(Topology.QUEUES).allSatisfy(consumer -> {
            String name = consumer.name();

            JsonNode main = queue(name);
            assertThat(main.get("durable").asBoolean()).isTrue();
            assertThat(main.get("arguments").get("x-dead-letter-exchange").asString())
                    .isEmpty();
            assertThat(main.get("arguments").get("x-dead-letter-routing-key").asString())
                    .isEqualTo(name + ".dlq");

            for (Duration delay : DELAYS) {
                JsonNode retry = queue(name + ".retry." + delay.toMillis() + "ms");
                assertThat(retry.get("durable").asBoolean()).isTrue();
                assertThat(retry.get("arguments").get("x-message-ttl").asLong()).isEqualTo(delay.toMillis());
                assertThat(retry.get("arguments").get("x-dead-letter-exchange").asString())
                        .isEmpty();
                assertThat(retry.get("arguments")
                                .get("x-dead-letter-routing-key")
                                .asString())
                        .isEqualTo(name);
            }

            JsonNode deadLetters = queue(name + ".dlq");
            assertThat(deadLetters.get("durable").asBoolean()).isTrue();
            assertThat(deadLetters.get("arguments").size()).isZero();
        });
    }

    @Test
    void everyConsumerQueueIsBoundToItsExchangeWithItsRoutingKeys() {
        assertThat(Topology.QUEUES).allSatisfy(consumer -> {
            List<String> keys = json.readTree(management.bindingsTo(consumer.name()))
                    .valueStream()
                    .filter(binding -> binding.get("source").asString().equals(consumer.exchange()))
                    .map(binding -> binding.get("routing_key").asString())
                    .toList();
            assertThat(keys).containsExactlyInAnyOrderElementsOf(consumer.bindings());
        });
    }

    private JsonNode queue(String name) {
        return json.readTree(management.queue(name));
    }
}
