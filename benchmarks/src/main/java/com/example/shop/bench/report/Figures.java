package com.example.shop.bench.report;

import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.OrderStep;
import com.example.shop.bench.result.BenchmarkResult.ProcessFigures;
import java.util.Optional;
import java.util.function.Function;

/** Figures read out of a result file in the units the docs show; null where a phase has no such figure. */
final class Figures {

    private Figures() {}

    /**
     * The figure, or null where a result lacks the part it comes from (a phase that was not sampled, a file written by
     * an older run): a missing figure leaves its cell empty, it does not stop the report.
     */
    static <T> T orNull(Function<BenchmarkResult, T> figure, BenchmarkResult result) {
        try {
            return figure.apply(result);
        } catch (NullPointerException absent) {
            return null;
        }
    }

    static Double process(BenchmarkResult result, String name, Function<ProcessFigures, Double> figure) {
        return result.process(name).map(figure).orElse(null);
    }

    static Double figure(ProcessFigures figures, Function<ProcessFigures, Double> figure) {
        return figures == null ? null : figure.apply(figures);
    }

    /** A figure of the order group at the maximum sustainable rate. */
    static Double atMax(BenchmarkResult result, Function<Latency, Number> figure) {
        var max = result.orderJourney().maxSustainableRate();
        return max == null
                ? null
                : step(result, max)
                        .map(step -> toDouble(figure.apply(step.orders())))
                        .orElse(null);
    }

    /** A figure of the POST alone at the maximum sustainable rate. */
    static Double acceptedAtMax(BenchmarkResult result, Function<Latency, Number> figure) {
        var max = result.orderJourney().maxSustainableRate();
        return max == null
                ? null
                : step(result, max)
                        .map(step -> toDouble(figure.apply(accepted(step))))
                        .orElse(null);
    }

    /**
     * The POST alone of a probe. Result files written before it was recorded are all of synchronous phases (1-3), where
     * the POST answers with the final status and is the whole order group: there the group stands for it.
     */
    static Latency accepted(OrderStep step) {
        return step.accepted() != null ? step.accepted() : step.orders();
    }

    /** The POST alone at the moderate rate; as {@link #accepted(OrderStep)} for older result files. */
    static Latency accepted(BenchmarkResult.CpuPerOrder cost) {
        return cost.accepted() != null ? cost.accepted() : cost.orders();
    }

    /** What one order cost a process (or group of processes) at the moderate rate. */
    static Double cpuMsPerOrder(BenchmarkResult result, String process) {
        return result.cpuPerOrder() == null
                ? null
                : result.cpuPerOrder().processes().stream()
                        .filter(cost -> cost.name().equals(process))
                        .map(BenchmarkResult.ProcessCost::cpuMsPerOrder)
                        .findFirst()
                        .orElse(null);
    }

    static Optional<OrderStep> step(BenchmarkResult result, double rate) {
        return result.orderJourney().steps().stream()
                .filter(s -> s.rate() == rate)
                .findFirst();
    }

    static Double seconds(Long millis) {
        return millis == null ? null : Math.round(millis / 100.0) / 10.0;
    }

    /** A share (0.0235) as a percentage with one decimal (2.4). */
    static Double percent(Double share) {
        return share == null ? null : Math.round(share * 1000) / 10.0;
    }

    static Double toDouble(Number number) {
        return number == null ? null : number.doubleValue();
    }
}
