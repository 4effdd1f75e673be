package com.example.shop.bench.report;

import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.ProcessFigures;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One Markdown table per measure, a column per phase, each figure checked against its target where it has one. */
final class ResultTables {

    /** Issue #5: a whole phase cold-started to all-healthy in 30 s on 2 cores. */
    static final Target PHASE_STARTUP = Target.atMost(30, "s");

    /** Issue #5: every service healthy within 5 s of its launch on 2 cores. */
    static final Target SERVICE_STARTUP = Target.atMost(5, "s");

    /** Issue #5: every service at most 200 MB resident after warm-up, half of spring-petclinic-microservices'. */
    static final Target SERVICE_MEMORY = Target.atMost(200, "MB");

    /** Issue #5: phase 1 sustains at least a third of the order rate PostgreSQL alone manages for the same work. */
    static final Target SHARE_OF_LIMIT = Target.atLeast(33.3, "%");

    /** Issue #5: where the gateway exists, its hop adds at most 2 ms at p50 (petclinic's adds 8.6 ms)... */
    static final Target HOP_ADDED_P50 = Target.atMost(2, "ms");

    /** ... and keeps at least 60 % of the throughput of the service asked directly (petclinic's keeps 43 %). */
    static final Target HOP_THROUGHPUT = Target.atLeast(60, "%");

    /** The bounds the runner applies by default to call a rate sustainable. */
    static final Target P99 = Target.atMost(500, "ms");

    static final Target ERRORS = Target.atMost(1, "%");

    private final List<BenchmarkResult> results;

    ResultTables(List<BenchmarkResult> results) {
        this.results = results;
    }

    MarkdownTable machines() {
        var table = table("Where the figures come from");
        table.row(cells("date (UTC)", null, r -> r.machine().date()));
        table.row(cells(
                "cores, memory",
                null,
                r -> r.machine().cores() + " cores, " + r.machine().memoryMb() + " MB"));
        table.row(cells("operating system", null, r -> r.machine().os()));
        table.row(cells("JDK of the load generator", null, r -> r.machine().jdk()));
        return table;
    }

    MarkdownTable startup() {
        var table = table("Start-up: from launch to ready (s)");
        numbers(
                table,
                "whole phase, until every service is ready",
                PHASE_STARTUP,
                r -> Figures.seconds(r.startup().phaseToHealthyMs()));
        for (var service : serviceNames()) {
            numbers(
                    table,
                    service,
                    SERVICE_STARTUP,
                    r -> Figures.seconds(r.startup().servicesToHealthyMs().get(service)));
        }
        return table;
    }

    MarkdownTable memory() {
        var table = table("Memory: resident set size (MB)");
        var all = BenchmarkResult.ALL_SERVICES;
        numbers(
                table,
                all + ", at rest before any load",
                null,
                r -> Figures.process(r, all, ProcessFigures::rssStartMb));
        numbers(table, all + ", at the peak", null, r -> Figures.process(r, all, ProcessFigures::rssPeakMb));
        numbers(table, all + ", after the load", null, r -> Figures.process(r, all, ProcessFigures::rssEndMb));
        for (var service : processNames()) {
            numbers(
                    table,
                    service + ", after the load (warmed up)",
                    SERVICE_MEMORY,
                    r -> Figures.process(r, service, ProcessFigures::rssEndMb));
            numbers(
                    table,
                    service + ", at the peak",
                    null,
                    r -> Figures.process(r, service, ProcessFigures::rssPeakMb));
        }
        numbers(
                table,
                "load generator, at the peak",
                null,
                r -> Figures.figure(r.loadGenerator(), ProcessFigures::rssPeakMb));
        return table;
    }

    MarkdownTable cpu() {
        var table = table("CPU while orders are placed (% of one core)");
        var all = BenchmarkResult.ALL_SERVICES;
        numbers(table, all + ", mean", null, r -> Figures.process(r, all, ProcessFigures::cpuMeanPercent));
        numbers(table, all + ", peak", null, r -> Figures.process(r, all, ProcessFigures::cpuPeakPercent));
        numbers(
                table,
                "load generator, mean",
                null,
                r -> Figures.figure(r.loadGenerator(), ProcessFigures::cpuMeanPercent));
        return table;
    }

    MarkdownTable orders() {
        var table = table("Orders: from sending an order to its final status, at the maximum sustainable rate");
        table.row(cells("maximum sustainable rate (orders/s arriving)", null, ResultTables::maxRate));
        numbers(table, "orders completed per second", null, r -> r.orderJourney()
                .throughputAtMax());
        numbers(table, "p50 (ms)", null, r -> Figures.atMax(r, Latency::p50Ms));
        numbers(table, "p95 (ms)", null, r -> Figures.atMax(r, Latency::p95Ms));
        numbers(table, "p99 (ms)", P99, r -> Figures.atMax(r, Latency::p99Ms));
        numbers(table, "failed orders (%)", ERRORS, r -> Figures.atMax(r, Latency::errorPercent));
        return table;
    }

    MarkdownTable orderSteps() {
        var table = table("Orders: p99 of the time to final status at each arrival rate (ms)");
        var rates = new LinkedHashSet<Double>();
        results.forEach(r -> r.orderJourney().steps().forEach(step -> rates.add(step.rate())));
        rates.stream()
                .sorted()
                .forEach(rate -> numbers(table, SvgBarChart.number(rate) + " orders/s", P99, r -> Figures.step(r, rate)
                        .map(step -> Figures.toDouble(step.orders().p99Ms()))
                        .orElse(null)));
        return table;
    }

    MarkdownTable readPath() {
        var table = table("Read path: catalog page, product and order lookup");
        numbers(table, "visitors per second (3 requests each)", null, r -> r.readPath()
                .rate());
        numbers(table, "requests per second answered", null, r -> r.readPath()
                .all()
                .perSecond());
        numbers(
                table,
                "p50 (ms)",
                null,
                r -> Figures.toDouble(r.readPath().all().p50Ms()));
        numbers(
                table,
                "p95 (ms)",
                null,
                r -> Figures.toDouble(r.readPath().all().p95Ms()));
        numbers(table, "p99 (ms)", P99, r -> Figures.toDouble(r.readPath().all().p99Ms()));
        numbers(table, "failed requests (%)", ERRORS, r -> r.readPath().all().errorPercent());
        return table;
    }

    MarkdownTable gatewayHop() {
        var table = table("Gateway hop: one product by id, straight to product-service and through the gateway");
        table.row(cells(
                "clients, each one request at a time",
                null,
                r -> r.gatewayHop() == null
                        ? null
                        : Integer.toString(r.gatewayHop().concurrency())));
        numbers(table, "requests per second, direct", null, r -> r.gatewayHop()
                .direct()
                .perSecond());
        numbers(table, "requests per second, through the gateway", null, r -> r.gatewayHop()
                .viaGateway()
                .perSecond());
        numbers(
                table,
                "throughput kept through the gateway (%)",
                HOP_THROUGHPUT,
                r -> Figures.percent(r.gatewayHop().throughputShare()));
        numbers(
                table,
                "p50 direct (ms)",
                null,
                r -> Figures.toDouble(r.gatewayHop().direct().p50Ms()));
        numbers(
                table,
                "p50 through the gateway (ms)",
                null,
                r -> Figures.toDouble(r.gatewayHop().viaGateway().p50Ms()));
        numbers(table, "added by the gateway at p50 (ms)", HOP_ADDED_P50, r -> r.gatewayHop()
                .addedP50Ms());
        numbers(
                table,
                "p99 direct (ms)",
                null,
                r -> Figures.toDouble(r.gatewayHop().direct().p99Ms()));
        numbers(
                table,
                "p99 through the gateway (ms)",
                null,
                r -> Figures.toDouble(r.gatewayHop().viaGateway().p99Ms()));
        numbers(table, "failed requests through the gateway (%)", ERRORS, r -> r.gatewayHop()
                .viaGateway()
                .errorPercent());
        return table;
    }

    MarkdownTable limit() {
        var table = table("The limit underneath: pgbench with a transaction shaped like the order write path");
        numbers(table, "pgbench transactions per second", null, r -> r.limits().pgbenchTps());
        numbers(table, "pgbench mean latency (ms)", null, r -> r.limits().pgbenchLatencyMs());
        numbers(
                table,
                "maximum sustainable order rate, % of the limit",
                SHARE_OF_LIMIT,
                r -> Figures.percent(r.limits().maxRateShareOfLimit()));
        numbers(
                table,
                "orders completed per second, % of the limit",
                null,
                r -> Figures.percent(r.limits().throughputShareOfLimit()));
        return table;
    }

    private MarkdownTable table(String title) {
        List<String> header = new ArrayList<>(List.of("measure", "target"));
        results.forEach(r -> header.add(r.phase()));
        return new MarkdownTable(title, header);
    }

    private void numbers(MarkdownTable table, String label, Target target, Function<BenchmarkResult, Double> value) {
        table.row(cells(label, target, r -> {
            var measured = Figures.orNull(value, r);
            if (measured == null) {
                return "—";
            }
            var mark = target == null ? "" : target.isMetBy(measured) ? " ✓" : " ✗";
            return SvgBarChart.number(measured) + mark;
        }));
    }

    private List<String> cells(String label, Target target, Function<BenchmarkResult, String> cell) {
        List<String> cells = new ArrayList<>(List.of(label, target == null ? "—" : target.toString()));
        results.forEach(
                r -> cells.add(Optional.ofNullable(Figures.orNull(cell, r)).orElse("—")));
        return cells;
    }

    private List<String> serviceNames() {
        var names = new LinkedHashSet<String>();
        results.forEach(r -> names.addAll(r.startup().servicesToHealthyMs().keySet()));
        return List.copyOf(names);
    }

    private List<String> processNames() {
        var names = new LinkedHashSet<String>();
        results.forEach(r -> r.processes().stream()
                .map(ProcessFigures::name)
                .filter(name -> !name.equals(BenchmarkResult.ALL_SERVICES))
                .forEach(names::add));
        return List.copyOf(names);
    }

    /** "≥ 300" when every rate tried held: the limit lies beyond them. */
    private static String maxRate(BenchmarkResult result) {
        var journey = result.orderJourney();
        if (journey.maxSustainableRate() == null) {
            return "none of the rates tried";
        }
        return (journey.boundBroken() ? "" : "≥ ") + SvgBarChart.number(journey.maxSustainableRate());
    }
}
