package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.OrderStep;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bisection against a fake phase that sustains every rate up to a capacity and breaks a bound above it. */
class RateSearchTests {

    private final List<Double> probed = new ArrayList<>();

    @Test
    void bracketsTheCapacityWithinTheGivenPrecisionFromAGuessBelowIt() {
        var steps = new RateSearch(10, 10).search(20, phaseSustainingUpTo(41));

        var journey = OrderSteps.journey(steps, 500, 1);
        assertThat(journey.maxSustainableRate()).isLessThanOrEqualTo(41).isGreaterThanOrEqualTo(41 / 1.1);
        assertThat(journey.lowestFailingRate()).isGreaterThan(41);
        assertThat(journey.lowestFailingRate() - journey.maxSustainableRate())
                .isLessThanOrEqualTo(journey.maxSustainableRate() * 0.10);
    }

    @Test
    void growsByHalfUntilABoundBreaksThenBisects() {
        new RateSearch(10, 10).search(20, phaseSustainingUpTo(41));

        assertThat(probed).startsWith(20.0, 30.0, 45.0).element(3).isEqualTo(38.0);
    }

    @Test
    void shrinksFromAGuessAboveTheCapacity() {
        var steps = new RateSearch(10, 10).search(100, phaseSustainingUpTo(12));

        assertThat(probed).startsWith(100.0, 67.0, 45.0, 30.0, 20.0, 13.0, 8.7);
        var journey = OrderSteps.journey(steps, 500, 1);
        assertThat(journey.maxSustainableRate()).isBetween(12 / 1.1, 12.0);
    }

    @Test
    void neverRunsMoreProbesThanAllowed() {
        var steps = new RateSearch(1, 4).search(10, phaseSustainingUpTo(1_000));

        assertThat(steps).hasSize(4);
        assertThat(OrderSteps.journey(steps, 500, 1).boundBroken()).isFalse();
    }

    @Test
    void endsWithNoSustainableRateWhenEvenTheLowestBreaksABound() {
        var steps = new RateSearch(10, 20).search(5, phaseSustainingUpTo(0));

        var journey = OrderSteps.journey(steps, 500, 1);
        assertThat(journey.maxSustainableRate()).isNull();
        assertThat(probed).last().satisfies(rate -> assertThat(rate).isGreaterThanOrEqualTo(0.5));
    }

    @Test
    void probesWholeRatesFromTenUpAndTenthsBelow() {
        assertThat(RateSearch.round(37.6)).isEqualTo(38.0);
        assertThat(RateSearch.round(8.66)).isEqualTo(8.7);
    }

    @Test
    void refusesASearchThatCouldNotEnd() {
        assertThatThrownBy(() -> new RateSearch(0, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RateSearch(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private RateSearch.Probe phaseSustainingUpTo(double capacity) {
        return rate -> {
            probed.add(rate);
            boolean sustained = rate <= capacity;
            var orders = new Latency(
                    (long) (rate * 30), 0, 0, 20L, 40L, sustained ? 80L : 2_000L, 100L, Math.min(rate, capacity));
            return new OrderStep(rate, 30, orders, orders, null, sustained, null);
        };
    }
}
