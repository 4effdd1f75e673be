package com.example.shop.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which retry queue a failed attempt goes to: the delays grow, and the last one repeats. */
class MessagingPropertiesTests {

    @Test
    void theNthFailedAttemptWaitsTheNthDelayAndLaterOnesTheLast() {
        MessagingProperties properties =
                withDelays(List.of(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofSeconds(30)), 6);

        assertThat(List.of(1, 2, 3, 4, 5).stream().map(properties::delayAfter))
                .containsExactly(
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(30),
                        Duration.ofSeconds(30));
    }

    @Test
    void refusesAConfigurationWithoutRetryDelaysOrAttempts() {
        assertThatIllegalArgumentException().isThrownBy(() -> withDelays(List.of(), 3));
        assertThatIllegalArgumentException().isThrownBy(() -> withDelays(List.of(Duration.ofSeconds(1)), 0));
    }

    private static MessagingProperties withDelays(List<Duration> delays, int maxAttempts) {
        return new MessagingProperties(delays, maxAttempts, Duration.ofSeconds(1), true, 100, Duration.ofSeconds(5));
    }
}
