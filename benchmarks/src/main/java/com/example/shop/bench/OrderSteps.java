package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.OrderJourney;
import com.example.shop.bench.result.BenchmarkResult.OrderStep;
import com.example.shop.bench.simulation.OrderJourneySimulation;
import java.util.Comparator;
import java.util.List;

/**
 * A probe is sustainable while the p99 of the time to final status and the share of failed orders both stay within
 * their bounds; the maximum sustainable rate is the highest probed rate that met both, whatever order the probes ran in.
 */
final class OrderSteps {

    private OrderSteps() {}

    static OrderStep step(
            double rate, int seconds, Latency orders, Latency accepted, long p99BoundMs, double errorBoundPercent) {
        boolean within =
                orders.p99Ms() != null && orders.p99Ms() <= p99BoundMs && orders.errorPercent() <= errorBoundPercent;
        return new OrderStep(rate, seconds, orders, accepted, null, within, null);
    }

    static OrderJourney journey(List<OrderStep> steps, long p99BoundMs, double errorBoundPercent) {
        var best = steps.stream().filter(OrderStep::withinBounds).max(Comparator.comparingDouble(OrderStep::rate));
        var lowestFailing = steps.stream()
                .filter(step -> !step.withinBounds())
                .map(OrderStep::rate)
                .min(Double::compare);
        return new OrderJourney(
                OrderJourneySimulation.MEASURE,
                p99BoundMs,
                errorBoundPercent,
                steps,
                best.map(OrderStep::rate).orElse(null),
                best.map(step -> step.orders().perSecond()).orElse(null),
                lowestFailing.orElse(null),
                lowestFailing.isPresent());
    }
}
