package com.example.shop.bench.report;

import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.ProcessFigures;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
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

    /** The p99 bound each run applied to call a rate sustainable, as its result file records it. */
    private static final Function<BenchmarkResult, Target> P99 =
            r -> Target.atMost(r.orderJourney().p99BoundMs(), "ms");

    /** The error bound each run applied, as recorded. */
    private static final Function<BenchmarkResult, Target> ERRORS =
            r -> Target.atMost(r.orderJourney().errorBoundPercent(), "%");

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
        checked(table, "p99 (ms)", P99, r -> Figures.atMax(r, Latency::p99Ms));
        checked(table, "failed orders (%)", ERRORS, r -> Figures.atMax(r, Latency::errorPercent));
        numbers(table, "placing it (the POST alone), p50 (ms)", null, r -> Figures.acceptedAtMax(r, Latency::p50Ms));
        numbers(table, "placing it, p99 (ms)", null, r -> Figures.acceptedAtMax(r, Latency::p99Ms));
        table.row(cells(
                "highest rate probed at which placing stayed within the bounds (orders/s)",
                null,
                this::maxAcceptedRate));
        return table;
    }

    /**
     * The highest probed rate whose POSTs alone met both bounds. The search looks for the end-to-end limit, so where
     * accepting outruns completing (phases 4-5) accepting may go higher than any rate probed: "≥".
     */
    private String maxAcceptedRate(BenchmarkResult result) {
        var journey = result.orderJourney();
        var accepted = journey.steps().stream()
                .filter(step -> {
                    var post = Figures.accepted(step);
                    return post.p99Ms() != null
                            && post.p99Ms() <= journey.p99BoundMs()
                            && post.errorPercent() <= journey.errorBoundPercent();
                })
                .mapToDouble(BenchmarkResult.OrderStep::rate)
                .max();
        if (accepted.isEmpty()) {
            return "none of the rates tried";
        }
        double highestProbed = journey.steps().stream()
                .mapToDouble(BenchmarkResult.OrderStep::rate)
                .max()
                .orElseThrow();
        return (accepted.getAsDouble() == highestProbed ? "≥ " : "") + Numbers.format(accepted.getAsDouble());
    }

    /**
     * At the moderate rate: how long the customer waits for the answer to the POST, and for the outcome. The same in
     * phases 1-3; in phases 4-5 the answer is 202 PENDING and the outcome comes later.
     */
    MarkdownTable answerAndOutcome() {
        var table = table("The answer and the outcome, at the moderate rate (ms)");
        numbers(table, "orders arriving per second", null, r -> r.cpuPerOrder().rate());
        numbers(
                table,
                "answer to the POST, p50",
                null,
                r -> Figures.toDouble(Figures.accepted(r.cpuPerOrder()).p50Ms()));
        numbers(
                table,
                "answer to the POST, p99",
                null,
                r -> Figures.toDouble(Figures.accepted(r.cpuPerOrder()).p99Ms()));
        numbers(
                table,
                "final status, p50",
                null,
                r -> Figures.toDouble(r.cpuPerOrder().orders().p50Ms()));
        numbers(
                table,
                "final status, p99",
                null,
                r -> Figures.toDouble(r.cpuPerOrder().orders().p99Ms()));
        return table;
    }

    /**
     * RabbitMQ's queues probe by probe: the most messages they held together, the queue that held the most, and what
     * was left when the pause after the probe ended. Phases without RabbitMQ have no cells.
     */
    MarkdownTable queues() {
        var table = table("Queues during the bisection (messages ready or unacknowledged, all queues together)");
        probeRows(table, null, step -> {
            var depths = step.queues();
            if (depths == null) {
                return null;
            }
            return "%s/s: at most %d%s, %s left"
                    .formatted(
                            Numbers.format(step.rate()),
                            depths.peakMessages(),
                            depths.deepestQueue() == null
                                    ? ""
                                    : " (" + depths.deepestQueue() + " " + depths.deepestQueueMessages() + ")",
                            depths.afterPauseMessages() == null ? "?" : depths.afterPauseMessages());
        });
        return table;
    }

    /** Whether any result sampled RabbitMQ's queues: only then is their table worth a place on the page. */
    boolean anyQueues() {
        return results.stream().flatMap(r -> r.orderJourney().steps().stream()).anyMatch(step -> step.queues() != null);
    }

    /** The warm-up curve, window by window: orders completed per second, p99 and CPU per order. */
    MarkdownTable warmUp() {
        var table = table("Warm-up: clients ordering back to back, window by window (orders/s, p99, CPU ms per order)");
        table.row(cells(
                "clients × window",
                null,
                r -> r.warmUp().clients() + " × " + r.warmUp().windowSeconds() + " s"));
        int windows = results.stream()
                .mapToInt(r -> r.warmUp() == null ? 0 : r.warmUp().windows().size())
                .max()
                .orElse(0);
        for (int i = 0; i < windows; i++) {
            int index = i;
            table.row(cells(
                    "window " + (i + 1),
                    null,
                    r -> index < r.warmUp().windows().size()
                            ? window(r.warmUp().windows().get(index))
                            : null));
        }
        table.row(cells(
                "stopped improving (two windows under " + Numbers.format(improvement()) + " %)",
                null,
                r -> r.warmUp().settled() ? "yes" : "no: the windows ran out"));
        return table;
    }

    private static String window(BenchmarkResult.WarmUpWindow window) {
        return "%s/s, %s ms, %s ms CPU"
                .formatted(
                        Numbers.format(window.ordersPerSecond()),
                        window.p99Ms() == null ? "—" : window.p99Ms(),
                        window.cpuMsPerOrder() == null ? "—" : Numbers.format(window.cpuMsPerOrder()));
    }

    private double improvement() {
        return results.stream()
                .filter(r -> r.warmUp() != null)
                .mapToDouble(r -> r.warmUp().improvementPercent())
                .findFirst()
                .orElse(5);
    }

    /** What each process spent on the CPU per completed order, at the moderate rate every phase sustains. */
    MarkdownTable cpuPerOrder() {
        var table = table("CPU per completed order, by process (ms of one core)");
        numbers(table, "orders arriving per second", null, r -> r.cpuPerOrder().rate());
        numbers(table, "orders completed", null, r -> (double)
                (r.cpuPerOrder().orders().count() - r.cpuPerOrder().orders().failed()));
        var names = new LinkedHashSet<String>();
        var kinds = new java.util.HashMap<String, String>();
        for (var result : results) {
            if (result.cpuPerOrder() != null) {
                result.cpuPerOrder().processes().forEach(cost -> {
                    names.add(cost.name());
                    kinds.put(cost.name(), cost.kind());
                });
            }
        }
        for (var name : names) {
            var kind = kinds.get(name);
            var label = kind.equals("service") || kind.equals(name) ? name : name + " (" + kind + ")";
            numbers(table, label, null, r -> Figures.cpuMsPerOrder(r, name));
        }
        numbers(table, "all services", null, r -> r.cpuPerOrder().servicesMsPerOrder());
        numbers(table, "services and infrastructure", null, r -> r.cpuPerOrder().totalMsPerOrder());
        return table;
    }

    /** The search for the maximum sustainable rate, probe by probe in the order they ran. */
    MarkdownTable search() {
        var table =
                table("Orders: the bisection, probe by probe (rate: p99 of the time to final status, failed orders)");
        probeRows(table, P99, ResultTables::probe);
        table.row(cells("maximum sustainable rate lies between", null, r -> {
            var journey = r.orderJourney();
            return journey.maxSustainableRate() == null || journey.lowestFailingRate() == null
                    ? null
                    : Numbers.format(journey.maxSustainableRate()) + " and "
                            + Numbers.format(journey.lowestFailingRate());
        }));
        return table;
    }

    /** One row per probe of the bisection, in the order they ran; a phase with fewer probes has empty cells. */
    private void probeRows(
            MarkdownTable table,
            Function<BenchmarkResult, Target> target,
            Function<BenchmarkResult.OrderStep, String> cell) {
        int probes = results.stream()
                .mapToInt(r -> r.orderJourney().steps().size())
                .max()
                .orElse(0);
        for (int i = 0; i < probes; i++) {
            int index = i;
            table.row(checkedCells("probe " + (i + 1), target, r -> {
                var steps = r.orderJourney().steps();
                return index < steps.size() ? cell.apply(steps.get(index)) : null;
            }));
        }
    }

    private static String probe(BenchmarkResult.OrderStep step) {
        var orders = step.orders();
        return "%s/s: %s ms, %s %%%s%s"
                .formatted(
                        Numbers.format(step.rate()),
                        orders.p99Ms() == null ? "—" : orders.p99Ms(),
                        Numbers.format(orders.errorPercent()),
                        step.withinBounds() ? " ✓" : " ✗",
                        step.accepted() == null || step.accepted().p99Ms() == null
                                ? ""
                                : " (POST " + step.accepted().p99Ms() + " ms)");
    }

    MarkdownTable readPath() {
        var table = table("Read path, right after start-up (cold JVMs): catalog page, product and order lookup");
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
        checked(table, "p99 (ms)", P99, r -> Figures.toDouble(r.readPath().all().p99Ms()));
        checked(table, "failed requests (%)", ERRORS, r -> r.readPath().all().errorPercent());
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
        checked(table, "failed requests through the gateway (%)", ERRORS, r -> r.gatewayHop()
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
        checked(table, label, target == null ? null : r -> target, value);
    }

    /** A row of figures, each held against the target of its own phase's run (where the row has targets). */
    private void checked(
            MarkdownTable table,
            String label,
            Function<BenchmarkResult, Target> target,
            Function<BenchmarkResult, Double> value) {
        table.row(checkedCells(label, target, r -> {
            var measured = Figures.orNull(value, r);
            if (measured == null) {
                return "—";
            }
            return Numbers.format(measured) + mark(target, r, measured);
        }));
    }

    private static String mark(Function<BenchmarkResult, Target> target, BenchmarkResult result, double measured) {
        var applied = target == null ? null : Figures.orNull(target, result);
        return applied == null ? "" : applied.isMetBy(measured) ? " ✓" : " ✗";
    }

    private List<String> cells(String label, Target target, Function<BenchmarkResult, String> cell) {
        return checkedCells(label, target == null ? null : r -> target, cell);
    }

    /** The target column shows the target; where the phases' runs applied different ones, each of them. */
    private List<String> checkedCells(
            String label, Function<BenchmarkResult, Target> target, Function<BenchmarkResult, String> cell) {
        var targets = target == null
                ? "—"
                : String.join(
                        " / ",
                        results.stream()
                                .map(r -> Figures.orNull(target, r))
                                .filter(Objects::nonNull)
                                .map(Target::toString)
                                .distinct()
                                .toList());
        List<String> cells = new ArrayList<>(List.of(label, targets.isEmpty() ? "—" : targets));
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
        return (journey.boundBroken() ? "" : "≥ ") + Numbers.format(journey.maxSustainableRate());
    }
}
