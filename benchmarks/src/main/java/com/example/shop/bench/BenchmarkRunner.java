package com.example.shop.bench;

import com.example.shop.bench.ProcessSampler.Sample;
import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.result.BenchmarkResult.GatewayHop;
import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.result.BenchmarkResult.OrderJourney;
import com.example.shop.bench.result.BenchmarkResult.OrderStep;
import com.example.shop.bench.result.BenchmarkResult.ReadPath;
import com.example.shop.bench.result.ResultFiles;
import com.example.shop.bench.simulation.GatewayHopSimulation;
import com.example.shop.bench.simulation.OrderJourneySimulation;
import com.example.shop.bench.simulation.SeedData;
import com.example.shop.bench.simulation.Seeder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The benchmark of one running phase: seed it, read from it at a fixed rate, then place orders at rising rates until a
 * step breaks a bound, sampling every service's memory and CPU throughout, and write the result file. {@code ./run bench
 * phaseN} starts the phase, calls this, and stops the phase; see {@link RunnerArguments#USAGE} and README.md.
 */
public final class BenchmarkRunner {

    /** How the samples taken while orders are placed are named: CPU figures are taken over these. */
    static final String ORDERING = "orders at ";

    private static final String LOAD_GENERATOR = "load generator";

    private final RunnerArguments args;

    BenchmarkRunner(RunnerArguments args) {
        this.args = args;
    }

    public static void main(String[] commandLine) {
        int status;
        try {
            var args = RunnerArguments.parse(commandLine);
            if (args.help()) {
                System.out.print(RunnerArguments.USAGE);
            } else {
                new BenchmarkRunner(args).run();
            }
            status = 0;
        } catch (IllegalArgumentException e) {
            System.err.println("benchmark: " + e.getMessage() + System.lineSeparator() + RunnerArguments.USAGE);
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
        try (var sampler = new ProcessSampler(pids)) {
            sampler.start();
            var simulations = new Simulations(args, seed());
            sampler.activity("read path");
            var readPath = readPath(simulations);
            var gatewayHop = gatewayHop(simulations, sampler);
            var orderJourney = orderJourney(simulations, sampler);
            var result = result(readPath, gatewayHop, orderJourney, sampler.stop(), !pids.isEmpty());
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

    private OrderJourney orderJourney(Simulations simulations, ProcessSampler sampler) {
        warmUp(simulations, sampler);
        List<OrderStep> steps = new ArrayList<>();
        for (double rate : args.rates()) {
            sampler.activity(ORDERING + rate(rate) + "/s");
            var run = simulations.orders("order-journey-" + rate(rate), rate, args.stepSeconds());
            var orders = run.statistics().get(OrderJourneySimulation.MEASURE);
            failOnErrorsInSmoke("order journey", orders);
            var step = OrderSteps.step(rate, args.stepSeconds(), orders, args.p99BoundMs(), args.errorBoundPercent());
            steps.add(step.withReport(run.report()));
            log(
                    "orders at %s/s: p50 %s ms, p99 %s ms, %.1f%% errors, %.1f completed/s: %s",
                    rate(rate),
                    orders.p50Ms(),
                    orders.p99Ms(),
                    orders.errorPercent(),
                    orders.perSecond(),
                    step.withinBounds() ? "within bounds" : "a bound is broken: stepping ends here");
            if (!step.withinBounds() || steps.size() == args.rates().size()) {
                break;
            }
            sampler.activity("settling");
            pause(args.settleSeconds());
        }
        return OrderSteps.journey(steps, args.p99BoundMs(), args.errorBoundPercent());
    }

    /**
     * Orders at the first rate, not recorded: the first step should measure a phase whose order path has been run (JIT,
     * connection pools, caches), as every later step does, not its first minutes.
     */
    private void warmUp(Simulations simulations, ProcessSampler sampler) {
        if (args.warmupSeconds() <= 0) {
            return;
        }
        sampler.activity("warm-up");
        double rate = args.rates().get(0);
        simulations.orders("warm-up", rate, args.warmupSeconds());
        log("warmed up: orders at %s/s for %d s", rate(rate), args.warmupSeconds());
    }

    private BenchmarkResult result(
            ReadPath readPath,
            GatewayHop gatewayHop,
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
