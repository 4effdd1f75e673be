package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult.Latency;
import com.example.shop.bench.simulation.GatewayHopSimulation;
import com.example.shop.bench.simulation.OrderJourneySimulation;
import com.example.shop.bench.simulation.ReadPathSimulation;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs a simulation at a rate with the settings it reads ({@code bench.*} properties) and reads its report back. */
final class Simulations {

    /** A run's statistics by request or group name, and its report relative to the working directory. */
    record Run(Map<String, Latency> statistics, String report) {}

    private final RunnerArguments args;
    private final Path seedFile;

    Simulations(RunnerArguments args, Path seedFile) {
        this.args = args;
        this.seedFile = seedFile;
    }

    Run readPath() {
        return run(ReadPathSimulation.class, "read-path", args.readRate(), args.readSeconds());
    }

    /** A fixed number of clients asking {@code target} for products, one request after another (closed model). */
    Run hop(String folder, String target, int concurrency, int seconds) {
        Map<String, String> properties = properties(0, seconds);
        properties.put("bench.hop.target", target);
        properties.put("bench.concurrency", Integer.toString(concurrency));
        return run(GatewayHopSimulation.class, folder, properties);
    }

    /** The order journey at one rate; its report goes to {@code <reports>/<folder>}. */
    Run orders(String folder, double rate, int seconds) {
        return run(OrderJourneySimulation.class, folder, rate, seconds);
    }

    /** The order journey with a fixed number of clients ordering back to back (closed model). */
    Run ordersBackToBack(String folder, int clients, int seconds) {
        Map<String, String> properties = properties(0, seconds);
        properties.put("bench.concurrency", Integer.toString(clients));
        return run(OrderJourneySimulation.class, folder, properties);
    }

    private Run run(Class<? extends Simulation> simulation, String folder, double rate, int seconds) {
        return run(simulation, folder, properties(rate, seconds));
    }

    private Run run(Class<? extends Simulation> simulation, String folder, Map<String, String> properties) {
        var report = GatlingRun.run(simulation, args.reports().resolve(folder), properties);
        return new Run(GatlingReport.statistics(report), relative(report.resolve("index.html")));
    }

    private Map<String, String> properties(double rate, int seconds) {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("bench.base-url", args.baseUrl());
        args.urls().forEach((capability, url) -> properties.put("bench.url." + capability, url));
        properties.put("bench.seed-file", seedFile.toAbsolutePath().toString());
        properties.put("bench.rate", Double.toString(rate));
        properties.put("bench.duration", Integer.toString(seconds));
        // system properties outlive a run: a closed model asks for its clients again each time
        properties.put("bench.concurrency", "0");
        if (args.smoke()) {
            properties.put("bench.read.orders", "3");
        }
        return properties;
    }

    private static String relative(Path file) {
        var working = Path.of("").toAbsolutePath();
        var absolute = file.toAbsolutePath();
        return (absolute.startsWith(working) ? working.relativize(absolute) : absolute).toString();
    }

    /** 20.0 as "20": rates name report folders and log lines. */
    static String rate(double rate) {
        return rate == Math.rint(rate) ? Long.toString((long) rate) : Double.toString(rate);
    }
}
