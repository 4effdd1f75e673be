package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.OrderStep;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderStepsTests {

    @Test
    void theMaximumSustainableRateIsTheLastStepWithinBounds() {
        var journey =
                OrderSteps.journey(List.of(step(5, 5.0, true), step(10, 9.9, true), step(20, 14.2, false)), 500, 1);

        assertThat(journey.maxSustainableRate()).isEqualTo(10.0);
        assertThat(journey.throughputAtMax()).isEqualTo(9.9);
        assertThat(journey.steps()).hasSize(3);
        assertThat(journey.boundBroken()).isTrue();
    }

    @Test
    void whenEveryRateHeldTheMaximumIsOnlyALowerBound() {
        var journey = OrderSteps.journey(List.of(step(5, 5.0, true), step(10, 10.0, true)), 500, 1);

        assertThat(journey.maxSustainableRate()).isEqualTo(10.0);
        assertThat(journey.boundBroken()).isFalse();
    }

    @Test
    void noRateIsSustainableWhenTheFirstStepBreaksABound() {
        var journey = OrderSteps.journey(List.of(step(5, 3.1, false)), 500, 1);

        assertThat(journey.maxSustainableRate()).isNull();
        assertThat(journey.throughputAtMax()).isNull();
    }

    @Test
    void aStepIsSustainableWhileBothBoundsHold() {
        assertThat(OrderSteps.step(20, 20, latency(499L, 1.0), latency(499L, 1.0), 500, 1)
                        .withinBounds())
                .isTrue();
        assertThat(OrderSteps.step(20, 20, latency(501L, 0.0), latency(501L, 0.0), 500, 1)
                        .withinBounds())
                .isFalse();
        assertThat(OrderSteps.step(20, 20, latency(100L, 1.5), latency(100L, 1.5), 500, 1)
                        .withinBounds())
                .isFalse();
        assertThat(OrderSteps.step(20, 20, latency(null, 100.0), latency(null, 100.0), 500, 1)
                        .withinBounds())
                .isFalse();
    }

    @Test
    void aQuickAnswerDoesNotMakeAStepSustainableWhileTheOutcomeIsLate() {
        // phases 4-5: the POST answers 202 PENDING in milliseconds; what counts is the time to the final status
        var step = OrderSteps.step(20, 20, latency(900L, 0.0), latency(12L, 0.0), 500, 1);

        assertThat(step.withinBounds()).isFalse();
        assertThat(step.accepted().p99Ms()).isEqualTo(12L);
    }

    private static Latency latency(Long p99Ms, double errorPercent) {
        return new Latency(200, (long) (2 * errorPercent), errorPercent, 10L, 20L, p99Ms, p99Ms, 19.8);
    }

    private static OrderStep step(double rate, double completedPerSecond, boolean withinBounds) {
        var orders = new Latency(100, 0, 0, 10L, 20L, withinBounds ? 30L : 900L, 40L, completedPerSecond);
        return new OrderStep(rate, 20, orders, orders, null, withinBounds, "index.html");
    }
}
