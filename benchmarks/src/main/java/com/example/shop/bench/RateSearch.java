package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult.OrderStep;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the maximum sustainable order rate by bisection. From a first guess (the throughput the warmed-up phase
 * reached), it grows the rate by half until a probe breaks a bound, or shrinks it until one holds, which gives a
 * sustained rate below and a broken one above; then it probes half-way between the two until they are within
 * {@code precisionPercent} of the sustained one. Rates are whole orders per second from 10 up (tenths below), so the
 * search also ends when no rate is left between the two. It never runs more than {@code maxProbes} probes.
 */
final class RateSearch {

    /** Holds one rate for a while and says whether it was sustained (see {@link OrderSteps#step}). */
    @FunctionalInterface
    interface Probe {
        OrderStep at(double rate);
    }

    private static final double GROWTH = 1.5;
    private static final double LOWEST_RATE = 0.5;

    private final double precisionPercent;
    private final int maxProbes;

    RateSearch(double precisionPercent, int maxProbes) {
        if (precisionPercent <= 0 || maxProbes < 1) {
            throw new IllegalArgumentException("a search needs a positive precision and at least one probe");
        }
        this.precisionPercent = precisionPercent;
        this.maxProbes = maxProbes;
    }

    /** The probes in the order they ran. */
    List<OrderStep> search(double firstGuess, Probe probe) {
        List<OrderStep> steps = new ArrayList<>();
        Double sustained = null;
        Double broken = null;
        double rate = round(Math.max(firstGuess, LOWEST_RATE));
        while (steps.size() < maxProbes) {
            var step = probe.at(rate);
            steps.add(step);
            if (step.withinBounds()) {
                sustained = sustained == null ? rate : Math.max(sustained, rate);
            } else {
                broken = broken == null ? rate : Math.min(broken, rate);
            }
            Double next = next(sustained, broken);
            if (next == null) {
                break;
            }
            rate = next;
        }
        return steps;
    }

    /** The next rate to probe, or null when the bracket is narrow enough (or nothing lower is worth trying). */
    private Double next(Double sustained, Double broken) {
        if (broken == null) {
            return round(sustained * GROWTH);
        }
        if (sustained == null) {
            double lower = round(broken / GROWTH);
            return lower < LOWEST_RATE || lower >= broken ? null : lower;
        }
        if (broken - sustained <= sustained * precisionPercent / 100) {
            return null;
        }
        double middle = round((sustained + broken) / 2);
        return middle <= sustained || middle >= broken ? null : middle;
    }

    /** Whole orders per second from 10 up, tenths below: finer than a probe of a few hundred orders can tell apart. */
    static double round(double rate) {
        return rate >= 10 ? Math.round(rate) : Math.round(rate * 10) / 10.0;
    }
}
