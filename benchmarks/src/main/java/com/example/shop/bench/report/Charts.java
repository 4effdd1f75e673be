package com.example.shop.bench.report;

import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.ProcessFigures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The charts of docs/benchmarks.md, by file name: one group of bars per phase. */
final class Charts {

    private final List<BenchmarkResult> results;
    private final List<String> phases;

    Charts(List<BenchmarkResult> results) {
        this.results = results;
        this.phases = results.stream().map(BenchmarkResult::phase).toList();
    }

    Map<String, String> all() {
        Map<String, String> charts = new LinkedHashMap<>();
        charts.put("benchmarks-startup.svg", startup());
        charts.put("benchmarks-rss.svg", memory());
        charts.put("benchmarks-order-rate.svg", orderRate());
        charts.put("benchmarks-latency.svg", latency());
        return charts;
    }

    String startup() {
        return new SvgBarChart("Start-up: launch to every service ready", "seconds", phases)
                .series("whole phase", values(r -> Figures.seconds(r.startup().phaseToHealthyMs())))
                .series("slowest service", values(Charts::slowestService))
                .render();
    }

    String memory() {
        var all = BenchmarkResult.ALL_SERVICES;
        return new SvgBarChart("Memory of all services (resident set size)", "MB", phases)
                .series("at rest", values(r -> Figures.process(r, all, ProcessFigures::rssStartMb)))
                .series("peak", values(r -> Figures.process(r, all, ProcessFigures::rssPeakMb)))
                .series("after the load", values(r -> Figures.process(r, all, ProcessFigures::rssEndMb)))
                .render();
    }

    /** pgbench's limit is an order of magnitude above: a bar of it would flatten the others, so it is a note. */
    String orderRate() {
        var chart = new SvgBarChart("Orders: maximum sustainable rate", "orders per second", phases)
                .series("arriving", values(r -> r.orderJourney().maxSustainableRate()))
                .series("completed", values(r -> r.orderJourney().throughputAtMax()));
        var limits = results.stream()
                .filter(r -> r.limits() != null && r.limits().pgbenchTps() != null)
                .map(r -> r.phase() + " " + SvgBarChart.number(r.limits().pgbenchTps()) + " tps")
                .toList();
        if (!limits.isEmpty()) {
            chart.note("The limit underneath (pgbench, order-shaped transaction): " + String.join(", ", limits));
        }
        return chart.render();
    }

    String latency() {
        return new SvgBarChart("Latency: orders at the maximum sustainable rate, reads", "ms", phases)
                .series("order p50", values(r -> Figures.atMax(r, Latency::p50Ms)))
                .series("order p99", values(r -> Figures.atMax(r, Latency::p99Ms)))
                .series(
                        "read p50",
                        values(r -> Figures.toDouble(r.readPath().all().p50Ms())))
                .series(
                        "read p99",
                        values(r -> Figures.toDouble(r.readPath().all().p99Ms())))
                .render();
    }

    private List<Double> values(Function<BenchmarkResult, Double> value) {
        return results.stream().map(r -> Figures.orNull(value, r)).toList();
    }

    private static Double slowestService(BenchmarkResult result) {
        return result.startup().servicesToHealthyMs().values().stream()
                .max(Long::compare)
                .map(Figures::seconds)
                .orElse(null);
    }
}
