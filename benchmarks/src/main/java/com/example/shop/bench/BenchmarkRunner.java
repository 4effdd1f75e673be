package com.example.shop.bench;

import com.example.shop.bench.CpuMeter.Kind;
import com.example.shop.bench.ProcessSampler.Sample;
import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.result.BenchmarkResult.CpuPerOrder;
import com.example.shop.bench.result.BenchmarkResult.GatewayHop;
import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.OrderJourney;
import com.example.shop.bench.result.BenchmarkResult.OrderStep;
import com.example.shop.bench.result.BenchmarkResult.ProcessCost;
import com.example.shop.bench.result.BenchmarkResult.ReadPath;
import com.example.shop.bench.result.BenchmarkResult.WarmUp;
import com.example.shop.bench.result.BenchmarkResult.WarmUpWindow;
import com.example.shop.bench.result.ResultFiles;
import com.example.shop.bench.simulation.GatewayHopSimulation;
import com.example.shop.bench.simulation.OrderJourneySimulation;
import com.example.shop.bench.simulation.SeedData;
import com.example.shop.bench.simulation.Seeder;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of one running phase: seed it, read from it at a fixed rate, warm its order path up until it stops
 * improving, measure the CPU an order costs each process at a moderate rate, then search the highest order rate it
 * sustains by bisection, sampling every service's memory and CPU throughout, and write the result file. {@code ./run
 * bench phaseN} starts the phase, calls this, and stops the phase; see {@link RunnerArguments#usage()} and README.md.
 */
public final class BenchmarkRunner {

    /** How the samples taken while orders are placed are named: CPU figures are taken over these. */
    static final String ORDERING = "orders at ";

    private static final String LOAD_GENERATOR = "load generator";

    /** How long the pause after a probe waits at most for RabbitMQ's queues to empty. */
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(60);

    private final RunnerArguments args;

    BenchmarkRunner(RunnerArguments args) {
        this.args = args;
    }

    public static void main(String[] commandLine) {
        int status;
        try {
            var args = RunnerArguments.parse(commandLine);
            if (args.help()) {
                System.out.print(RunnerArguments.usage());
            } else {
                new BenchmarkRunner(args).run();
            }
            status = 0;
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage() + System.lineSeparator() + RunnerArguments.usage());
            status = 2;
        } catch (RuntimeException e) {
            System.err.println("benchmark failed: " + e.getMessage());
            e.printStackTrace();
            status = 1;
        }
        // Gatling and the HTTP clients may leave non-daemon threads behind; the result is written, so end here.
        System.exit(status);
    }

    /** Runs the benchmark and writes the result file; in smoke mode, fails on any failed request. */
    public BenchmarkResult run() {
        boolean sampling = Machine.isLinux();
        if (!args.smoke()) {
            Machine.requireLinux();
        }
        Map<String, Long> pids = new LinkedHashMap<>(sampling ? args.processes() : Map.of());
        if (sampling) {
            pids.put(LOAD_GENERATOR, ProcessHandle.current().pid());
        }
        try (var sampler = new ProcessSampler(pids);
                var queues = args.rabbitmqManagement() == null ? null : new QueueSampler(args.rabbitmqManagement())) {
            sampler.start();
            if (queues != null) {
                queues.start();
            }
            var simulations = new Simulations(args, seed());
            sampler.activity("read path");
            var readPath = readPath(simulations);
            var gatewayHop = gatewayHop(simulations, sampler);
            var meter = cpuMeter(sampling);
            var warmUp = warmUp(simulations, sampler, meter);
            var cpuPerOrder = cpuPerOrder(simulations, sampler, meter);
            var orderJourney = search(simulations, sampler, queues, warmUp);
            var result =
                    result(readPath, gatewayHop, warmUp, cpuPerOrder, orderJourney, sampler.stop(), !pids.isEmpty());
            ResultFiles.write(args.out(), result);
            log("result written to %s", args.out());
            return result;
        }
    }

    private Path seed() {
        var seedFile = args.reports().resolve("seed.json");
        if (!args.seed()) {
            log("reusing the seed of the previous run: %s", seedFile);
            return seedFile;
        }
        long started = System.nanoTime();
        var seeder = new Seeder(args.shopUrls(), 4);
        SeedData seed = seeder.seed(args.adminEmail(), args.adminPassword(), args.products(), args.customers());
        seed.write(seedFile);
        log("seeded %d products and %d customers in %d ms", args.products(), args.customers(), elapsedMs(started));
        return seedFile;
    }

    private ReadPath readPath(Simulations simulations) {
        var run = simulations.readPath();
        Map<String, Latency> requests = new LinkedHashMap<>(run.statistics());
        var all = requests.remove(GatlingReport.ALL_REQUESTS);
        failOnErrorsInSmoke("read path", all);
        log("read path at %s/s: p99 %s ms, %.1f%% errors", rate(args.readRate()), all.p99Ms(), all.errorPercent());
        return new ReadPath(args.readRate(), args.readSeconds(), all, requests, run.report());
    }

    /**
     * The same product requests straight to product-service and through the gateway, each side warmed up first for a
     * quarter of its time, unrecorded. Only where a direct address was given: phases with a gateway.
     */
    private GatewayHop gatewayHop(Simulations simulations, ProcessSampler sampler) {
        if (args.directUrl() == null) {
            return null;
        }
        Map<String, Latency> sides = new LinkedHashMap<>();
        Map<String, String> targets = new LinkedHashMap<>();
        targets.put("direct", args.directUrl());
        targets.put("via-gateway", args.baseUrl());
        for (var side : targets.entrySet()) {
            var name = side.getKey();
            var target = side.getValue();
            sampler.activity("gateway hop, " + name);
            if (!args.smoke()) {
                simulations.hop("hop-warm-up-" + name, target, args.hopConcurrency(), args.hopSeconds() / 4);
            }
            var run = simulations.hop("hop-" + name, target, args.hopConcurrency(), args.hopSeconds());
            var latency = run.statistics().get(GatewayHopSimulation.MEASURE);
            failOnErrorsInSmoke("gateway hop (" + name + ")", latency);
            sides.put(name, latency);
            log(
                    "gateway hop, %s (%s), %d clients: %.1f requests/s, p50 %s ms, p99 %s ms",
                    name, target, args.hopConcurrency(), latency.perSecond(), latency.p50Ms(), latency.p99Ms());
        }
        var hop = GatewayHop.of(
                args.hopConcurrency(),
                args.hopSeconds(),
                args.directUrl(),
                sides.get("direct"),
                sides.get("via-gateway"));
        log(
                "gateway hop: %s ms added at p50, %s of the direct throughput kept",
                hop.addedP50Ms(), hop.throughputShare() == null ? "?" : Math.round(hop.throughputShare() * 100) + " %");
        return hop;
    }

    /**
     * The maximum sustainable rate, searched by bisection from the throughput the warmed-up phase reached (the smoke
     * probes its one small rate).
     */
    private OrderJourney search(Simulations simulations, ProcessSampler sampler, QueueSampler queues, WarmUp warmUp) {
        var windows = warmUp.windows();
        double firstGuess = args.smoke() || windows.isEmpty()
                ? args.costRate()
                : windows.get(windows.size() - 1).ordersPerSecond();
        var steps = args.rateSearch().search(firstGuess, rate -> probe(simulations, sampler, queues, rate));
        var journey = OrderSteps.journey(steps, args.p99BoundMs(), args.errorBoundPercent());
        log(
                "maximum sustainable rate: %s orders/s (%s completed/s); lowest rate that broke a bound: %s",
                journey.maxSustainableRate(), journey.throughputAtMax(), journey.lowestFailingRate());
        return journey;
    }

    /**
     * Clients ordering back to back, window after window, until the rule says the phase stopped improving: the JIT of
     * every JVM, the connection pools and the caches have settled before anything is measured, and the windows are the
     * curve that shows it.
     */
    private WarmUp warmUp(Simulations simulations, ProcessSampler sampler, CpuMeter meter) {
        var rule = args.warmUpRule();
        List<WarmUpWindow> windows = new ArrayList<>();
        do {
            int index = windows.size() + 1;
            sampler.activity("warm-up " + index);
            var run = new Simulations.Run[1];
            var used = meter.during(() -> run[0] =
                    simulations.ordersBackToBack("warm-up-" + index, args.warmUpClients(), args.warmUpWindowSeconds()));
            var orders = run[0].statistics().get(OrderJourneySimulation.MEASURE);
            failOnErrorsInSmoke("order journey (warm-up)", orders);
            var window = new WarmUpWindow(
                    index,
                    args.warmUpWindowSeconds(),
                    orders.perSecond(),
                    orders.p50Ms(),
                    orders.p99Ms(),
                    orders.errorPercent(),
                    perOrder(sumOfPhase(meter, used), orders));
            windows.add(window);
            log(
                    "warm-up window %d: %d clients, %.1f orders/s, p50 %s ms, p99 %s ms, %s CPU ms per order",
                    index,
                    args.warmUpClients(),
                    window.ordersPerSecond(),
                    window.p50Ms(),
                    window.p99Ms(),
                    window.cpuMsPerOrder());
        } while (!rule.shouldStop(windows));
        boolean settled = rule.isSettled(windows);
        log("warm-up %s after %d windows", settled ? "settled" : "stopped unsettled", windows.size());
        return new WarmUp(
                args.warmUpClients(), args.warmUpWindowSeconds(), rule.improvementPercent(), windows, settled);
    }

    /** Orders arriving at the moderate rate: what each process spends on the CPU per order completed. */
    private CpuPerOrder cpuPerOrder(Simulations simulations, ProcessSampler sampler, CpuMeter meter) {
        sampler.activity("cpu per order");
        var run = new Simulations.Run[1];
        var used = meter.during(() -> run[0] =
                simulations.orders("cpu-per-order-" + rate(args.costRate()), args.costRate(), args.costSeconds()));
        var orders = run[0].statistics().get(OrderJourneySimulation.MEASURE);
        var accepted = run[0].statistics().get(OrderJourneySimulation.PLACE_ORDER);
        failOnErrorsInSmoke("order journey (CPU per order)", orders);
        List<ProcessCost> costs = new ArrayList<>();
        for (var account : meter.accounts()) {
            var ticks = used.get(account.name());
            costs.add(new ProcessCost(
                    account.name(), account.kind().label(), ticks == null ? null : perOrder(ticks, orders)));
        }
        var cost = new CpuPerOrder(
                args.costRate(),
                args.costSeconds(),
                orders,
                accepted,
                costs,
                perOrder(sumOf(meter, used, Kind.SERVICE), orders),
                perOrder(sumOfPhase(meter, used), orders));
        log(
                "CPU per order at %s/s: %s ms in the services, %s ms with the infrastructure (%s); placing p50 %s ms,"
                        + " final status p50 %s ms",
                rate(args.costRate()),
                cost.servicesMsPerOrder(),
                cost.totalMsPerOrder(),
                costs,
                accepted == null ? "?" : accepted.p50Ms(),
                orders.p50Ms());
        return cost;
    }

    /**
     * One rate held for a step, its bounds checked; a pause after it lets queues drain before the next: a few seconds,
     * and where the phase has RabbitMQ, until its queues are empty (the depths they reached are recorded with the step).
     */
    private OrderStep probe(Simulations simulations, ProcessSampler sampler, QueueSampler queues, double rate) {
        sampler.activity(ORDERING + rate(rate) + "/s");
        if (queues != null) {
            queues.reset();
        }
        var run = simulations.orders("order-journey-" + rate(rate), rate, args.stepSeconds());
        var orders = run.statistics().get(OrderJourneySimulation.MEASURE);
        var accepted = run.statistics().get(OrderJourneySimulation.PLACE_ORDER);
        failOnErrorsInSmoke("order journey", orders);
        var step = OrderSteps.step(
                rate, args.stepSeconds(), orders, accepted, args.p99BoundMs(), args.errorBoundPercent());
        log(
                "orders at %s/s: p50 %s ms, p99 %s ms, %.1f%% errors, %.1f completed/s (placing: p99 %s ms): %s",
                rate(rate),
                orders.p50Ms(),
                orders.p99Ms(),
                orders.errorPercent(),
                orders.perSecond(),
                accepted == null ? "?" : accepted.p99Ms(),
                step.withinBounds() ? "sustained" : "a bound is broken");
        sampler.activity("settling");
        pause(args.settleSeconds());
        if (queues != null) {
            if (!awaitEmpty(queues)) {
                log(
                        "the queues still hold messages %d s after the probe: the next probe starts anyway",
                        DRAIN_LIMIT.toSeconds());
            }
            var depths = queues.window();
            log(
                    "queues during the probe: at most %d messages, deepest %s (%d); %s after the pause",
                    depths.peakMessages(),
                    depths.deepestQueue(),
                    depths.deepestQueueMessages(),
                    depths.afterPauseMessages());
            step = step.withQueues(depths);
        }
        return step.withReport(run.report());
    }

    private static boolean awaitEmpty(QueueSampler queues) {
        try {
            return queues.awaitEmpty(DRAIN_LIMIT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The ticks of the phase's own processes: services and infrastructure, the load generator left out. */
    private static long sumOfPhase(CpuMeter meter, Map<String, Long> used) {
        return sumOf(meter, used, Kind.SERVICE) + sumOf(meter, used, Kind.INFRASTRUCTURE);
    }

    private static long sumOf(CpuMeter meter, Map<String, Long> used, Kind kind) {
        return meter.accounts().stream()
                .filter(account -> account.kind() == kind)
                .mapToLong(account -> used.getOrDefault(account.name(), 0L))
                .sum();
    }

    /** Milliseconds of CPU per completed order, one decimal; null when no order completed (or nothing sampled). */
    private static Double perOrder(long ticks, Latency orders) {
        long completed = orders.count() - orders.failed();
        return completed <= 0 ? null : Math.round(ProcStat.Stat.millis(ticks) / completed * 100) / 100.0;
    }

    /** The services by pid, the infrastructure found running by command name, and this JVM. */
    private CpuMeter cpuMeter(boolean sampling) {
        if (!sampling) {
            return new CpuMeter(List.of());
        }
        List<CpuMeter.Account> accounts = new ArrayList<>();
        args.processes().forEach((name, pid) -> accounts.add(CpuMeter.process(name, Kind.SERVICE, pid)));
        args.infrastructure().forEach((name, command) -> CpuMeter.command(name, command)
                .ifPresentOrElse(accounts::add, () -> log("%s (%s) is not running: not accounted", name, command)));
        accounts.add(CpuMeter.process(
                LOAD_GENERATOR, Kind.LOAD_GENERATOR, ProcessHandle.current().pid()));
        return new CpuMeter(accounts);
    }

    private BenchmarkResult result(
            ReadPath readPath,
            GatewayHop gatewayHop,
            WarmUp warmUp,
            CpuPerOrder cpuPerOrder,
            OrderJourney orderJourney,
            List<Sample> samples,
            boolean sampled) {
        var calculator = new ProcessFiguresCalculator(
                samples, sample -> sample.underLoad() && sample.activity().startsWith(ORDERING));
        var services = List.copyOf(args.processes().keySet());
        return new BenchmarkResult(
                BenchmarkResult.SCHEMA_VERSION,
                args.phase(),
                Machine.describe(),
                args.settings(),
                new BenchmarkResult.Startup(args.phaseStartupMs(), args.startupMs()),
                sampled ? calculator.services(services) : List.of(),
                sampled ? calculator.figures(LOAD_GENERATOR, List.of(LOAD_GENERATOR)) : null,
                readPath,
                gatewayHop,
                warmUp,
                cpuPerOrder,
                orderJourney,
                BenchmarkResult.Limits.of(args.pgbenchTps(), args.pgbenchLatencyMs(), orderJourney));
    }

    private void failOnErrorsInSmoke(String simulation, Latency latency) {
        if (args.smoke() && (latency == null || latency.count() == 0 || latency.failed() > 0)) {
            throw new IllegalStateException("smoke run of the %s: %s"
                    .formatted(
                            simulation,
                            latency == null
                                    ? "nothing measured"
                                    : latency.failed() + " of " + latency.count() + " failed"));
        }
    }

    private static String rate(double rate) {
        return Simulations.rate(rate);
    }

    private static void pause(int seconds) {
        try {
            Thread.sleep(seconds * 1000L);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static long elapsedMs(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }

    private static void log(String format, Object... values) {
        System.out.println("[bench] " + format.formatted(values));
    }
}
