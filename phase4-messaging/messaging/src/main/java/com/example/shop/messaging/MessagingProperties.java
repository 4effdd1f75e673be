package com.example.shop.messaging;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How messages are published and retried.
 *
 * @param retryDelays how long a message that failed waits before its next attempt, one retry queue each (1 s, 5 s,
 *     30 s): the n-th retry waits the n-th delay, later ones the last
 * @param maxAttempts attempts in all, the first included, before a message is dead-lettered
 * @param relayInterval how often the outbox relay looks for rows to publish on its own: the backstop for rows whose
 *     wake-up was missed (written by a migration, or by an instance that died before its relay ran)
 * @param relayOnCommit whether a transaction that wrote to the outbox wakes the relay as soon as it commits, so that a
 *     message waits milliseconds for its round instead of up to {@code relayInterval}
 * @param relayBatch at most this many rows per round
 * @param confirmTimeout how long the relay waits for the broker to confirm a message before it tries again later
 */
@ConfigurationProperties("shop.messaging")
public record MessagingProperties(
        @DefaultValue({"1s", "5s", "30s"}) List<Duration> retryDelays,
        @DefaultValue("4") int maxAttempts,
        @DefaultValue("1s") Duration relayInterval,
        @DefaultValue("true") boolean relayOnCommit,
        @DefaultValue("100") int relayBatch,
        @DefaultValue("5s") Duration confirmTimeout) {

    public MessagingProperties {
        retryDelays = List.copyOf(retryDelays);
        if (retryDelays.isEmpty() || maxAttempts < 1) {
            throw new IllegalArgumentException("shop.messaging needs at least one retry delay and one attempt");
        }
    }

    /** The delay before attempt number {@code attempt + 1}. */
    Duration delayAfter(int attempt) {
        return retryDelays.get(Math.min(attempt, retryDelays.size()) - 1);
    }
}
