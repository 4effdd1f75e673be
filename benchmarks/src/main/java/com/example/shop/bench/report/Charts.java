package com.example.shop.bench.report;

import com.example.shop.bench.report.SvgChart.Line;
import com.example.shop.bench.report.SvgChart.Panel;
import com.example.shop.bench.report.SvgChart.Series;
import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.ProcessFigures;
import com.example.shop.bench.result.BenchmarkResult.WarmUpWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The charts of docs/benchmarks.md, by file name: one group of bars (or one stacked bar, or one line) per phase. */
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
        charts.put("benchmarks-warmup.svg", warmUp());
        charts.put("benchmarks-cpu-per-order.svg", cpuPerOrder());
        charts.put("benchmarks-order-rate.svg", orderRate());
        charts.put("benchmarks-latency.svg", latency());
        return charts;
    }

    String startup() {
        return SvgChart.bars(
                "startup",
                "Start-up: launch to every service ready",
                "seconds",
                phases,
                List.of(
                        new Series(
                                "whole phase",
                                values(r -> Figures.seconds(r.startup().phaseToHealthyMs()))),
                        new Series("slowest service", values(Charts::slowestService))),
                null);
    }

    String memory() {
        var all = BenchmarkResult.ALL_SERVICES;
        return SvgChart.bars(
                "rss",
                "Memory of all services (resident set size)",
                "MB",
                phases,
                List.of(
                        new Series("at rest", values(r -> Figures.process(r, all, ProcessFigures::rssStartMb))),
                        new Series("peak", values(r -> Figures.process(r, all, ProcessFigures::rssPeakMb))),
                        new Series("after the load", values(r -> Figures.process(r, all, ProcessFigures::rssEndMb)))),
                null);
    }

    /** Each phase's warm-up, window by window: what it completed, its p99 and the CPU an order cost. */
    String warmUp() {
        return SvgChart.curves(
                "warmup",
                "Warm-up: clients ordering back to back, window by window",
                "minutes of warm-up (end of each window)",
                List.of(
                        new Panel("orders completed / s", lines(WarmUpWindow::ordersPerSecond)),
                        new Panel("p99 (ms)", lines(w -> Figures.toDouble(w.p99Ms()))),
                        new Panel("CPU ms per order", lines(WarmUpWindow::cpuMsPerOrder))),
                "The JIT of every JVM settling: measuring starts once two windows in a row improve neither by 5 %");
    }

    /** What one order costs each process at the moderate rate, stacked: the bar is the whole machine's price. */
    String cpuPerOrder() {
        var names = new LinkedHashSet<String>();
        for (var result : results) {
            if (result.cpuPerOrder() != null) {
                result.cpuPerOrder().processes().forEach(cost -> names.add(cost.name()));
            }
        }
        List<Series> series = new ArrayList<>();
        for (var name : names) {
            series.add(new Series(name, values(r -> Figures.cpuMsPerOrder(r, name))));
        }
        var rates = results.stream()
                .filter(r -> r.cpuPerOrder() != null)
                .map(r -> Numbers.format(r.cpuPerOrder().rate()))
                .distinct()
                .toList();
        return SvgChart.stackedBars(
                "cpu-per-order",
                "CPU per completed order, by process",
                "CPU milliseconds per order",
                phases,
                series,
                "Orders arriving at " + String.join(" / ", rates) + " per second, every phase warmed up; from /proc");
    }

    /** pgbench's limit is an order of magnitude above: a bar of it would flatten the others, so it is a note. */
    String orderRate() {
        var limits = results.stream()
                .filter(r -> r.limits() != null && r.limits().pgbenchTps() != null)
                .map(r -> r.phase() + " " + Numbers.format(r.limits().pgbenchTps()) + " tps")
                .toList();
        return SvgChart.bars(
                "order-rate",
                "Orders: maximum sustainable rate (bisection)",
                "orders per second",
                phases,
                List.of(
                        new Series("arriving", values(r -> r.orderJourney().maxSustainableRate())),
                        new Series("completed", values(r -> r.orderJourney().throughputAtMax())),
                        new Series("lowest rate that broke a bound", values(r -> r.orderJourney()
                                .lowestFailingRate()))),
                limits.isEmpty()
                        ? null
                        : "The limit underneath (pgbench, order-shaped transaction): " + String.join(", ", limits));
    }

    String latency() {
        return SvgChart.bars(
                "latency",
                "Latency: orders at the maximum sustainable rate, reads",
                "ms",
                phases,
                List.of(
                        new Series("order p50", values(r -> Figures.atMax(r, Latency::p50Ms))),
                        new Series("order p99", values(r -> Figures.atMax(r, Latency::p99Ms))),
                        new Series(
                                "read p50",
                                values(r -> Figures.toDouble(r.readPath().all().p50Ms()))),
                        new Series(
                                "read p99",
                                values(r -> Figures.toDouble(r.readPath().all().p99Ms())))),
                null);
    }

    private List<Double> values(Function<BenchmarkResult, Double> value) {
        return results.stream().map(r -> Figures.orNull(value, r)).toList();
    }

    /** One line per phase that has a warm-up: the figure at the end of each window, in minutes. */
    private List<Line> lines(Function<WarmUpWindow, Double> figure) {
        List<Line> lines = new ArrayList<>();
        for (var result : results) {
            if (result.warmUp() == null) {
                continue;
            }
            List<double[]> points = new ArrayList<>();
            double minutes = 0;
            for (var window : result.warmUp().windows()) {
                minutes += window.seconds() / 60.0;
                var value = figure.apply(window);
                if (value != null) {
                    points.add(new double[] {minutes, value});
                }
            }
            lines.add(new Line(result.phase(), points));
        }
        return lines;
    }

    private static Double slowestService(BenchmarkResult result) {
        return result.startup().servicesToHealthyMs().values().stream()
                .max(Long::compare)
                .map(Figures::seconds)
                .orElse(null);
    }
}
