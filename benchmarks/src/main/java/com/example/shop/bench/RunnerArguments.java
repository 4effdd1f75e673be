package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.simulation.ShopUrls;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * The runner's command line, parsed by picocli from the options of {@link Options} (their descriptions are the usage
 * text: {@code --help}). Paths are relative to the working directory, the repository root when started through Maven.
 */
record RunnerArguments(
        String phase,
        String baseUrl,
        Map<String, String> urls,
        Map<String, Long> processes,
        Map<String, String> infrastructure,
        Map<String, Long> startupMs,
        Long phaseStartupMs,
        Path out,
        Path reports,
        int warmUpClients,
        int warmUpWindowSeconds,
        int warmUpMaxWindows,
        double warmUpImprovementPercent,
        double costRate,
        int costSeconds,
        int stepSeconds,
        int settleSeconds,
        URI rabbitmqManagement,
        double precisionPercent,
        int maxProbes,
        double readRate,
        int readSeconds,
        String directUrl,
        int hopConcurrency,
        int hopSeconds,
        int products,
        int customers,
        long p99BoundMs,
        double errorBoundPercent,
        Double pgbenchTps,
        Double pgbenchLatencyMs,
        String adminEmail,
        String adminPassword,
        boolean seed,
        boolean smoke,
        boolean help) {

    private static final Set<String> CAPABILITIES = Set.of("user", "product", "inventory", "order");

    RunnerArguments {
        if (!CAPABILITIES.containsAll(urls.keySet())) {
            throw new IllegalArgumentException(
                    "--urls names capabilities among " + CAPABILITIES + ", got " + urls.keySet());
        }
    }

    static String usage() {
        return new CommandLine(new Options()).getUsageMessage(CommandLine.Help.Ansi.OFF);
    }

    ShopUrls shopUrls() {
        return ShopUrls.of(baseUrl, urls);
    }

    /** What the result file records of these arguments. */
    BenchmarkResult.Settings settings() {
        return new BenchmarkResult.Settings(
                baseUrl,
                products,
                customers,
                readRate,
                readSeconds,
                warmUpClients,
                warmUpWindowSeconds,
                warmUpMaxWindows,
                costRate,
                costSeconds,
                stepSeconds,
                precisionPercent,
                p99BoundMs,
                errorBoundPercent);
    }

    WarmUpRule warmUpRule() {
        return new WarmUpRule(warmUpImprovementPercent, 2, warmUpMaxWindows);
    }

    RateSearch rateSearch() {
        return new RateSearch(precisionPercent, maxProbes);
    }

    /** Throws {@link IllegalArgumentException} with picocli's explanation when the command line is wrong. */
    static RunnerArguments parse(String... args) {
        var options = new Options();
        try {
            new CommandLine(options).parseArgs(args);
        } catch (ParameterException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
        return options.toArguments();
    }

    /**
     * The options as picocli binds them. A value left null takes its default in {@link #toArguments()}, where a smoke
     * run's defaults (tiny) differ from a full run's.
     */
    @Command(
            name = "BenchmarkRunner",
            sortOptions = false,
            usageHelpWidth = 120,
            description = "Measures one running phase: read path, gateway hop, warm-up curve, CPU per order and the"
                    + " maximum sustainable order rate (see benchmarks/README.md).")
    static final class Options {

        @Option(names = "--phase", paramLabel = "NAME", description = "the phase measured, names the result file")
        String phase;

        @Option(names = "--base-url", paramLabel = "URL", description = "where the phase answers (${DEFAULT-VALUE})")
        String baseUrl = "http://localhost:8080";

        @Option(
                names = "--urls",
                paramLabel = "C=URL",
                split = ",",
                description = "a URL per capability where there is no gateway (phase 2), C one of user, product,"
                        + " inventory, order; the others use --base-url")
        Map<String, String> urls = new LinkedHashMap<>();

        @Option(
                names = "--processes",
                paramLabel = "NAME=PID",
                split = ",",
                description = "the services' processes to sample (RSS, CPU), e.g. monolith=4242")
        Map<String, Long> processes = new LinkedHashMap<>();

        @Option(
                names = "--infrastructure",
                paramLabel = "NAME=COMMAND",
                split = ",",
                description = "processes the phase uses beside its services, by command name, each accounted in the"
                        + " CPU per order when running (postgresql=postgres)")
        Map<String, String> infrastructure = new LinkedHashMap<>(Map.of("postgresql", "postgres"));

        @Option(
                names = "--startup",
                paramLabel = "NAME=MS",
                split = ",",
                description = "each service's time from launch to ready, as the launcher measured it")
        Map<String, Long> startupMs = new LinkedHashMap<>();

        @Option(
                names = "--phase-startup-ms",
                paramLabel = "MS",
                description = "the whole phase's time from launch to all services ready")
        Long phaseStartupMs;

        @Option(names = "--out", paramLabel = "FILE", description = "result file (benchmarks/results/PHASE.json)")
        Path out;

        @Option(
                names = "--reports",
                paramLabel = "DIR",
                description = "Gatling's reports and the seed file (benchmarks/target/gatling/PHASE)")
        Path reports;

        @Option(
                names = "--warmup-clients",
                paramLabel = "N",
                description = "warm-up: clients placing orders back to back (8)")
        Integer warmUpClients;

        @Option(names = "--warmup-window-seconds", paramLabel = "S", description = "warm-up: length of a window (30)")
        Integer warmUpWindowSeconds;

        @Option(
                names = "--warmup-max-windows",
                paramLabel = "N",
                description = "warm-up: windows at most, settled or not (10)")
        Integer warmUpMaxWindows;

        @Option(
                names = "--warmup-improvement-percent",
                paramLabel = "P",
                description = "warm-up: it ends after two windows in a row improved neither throughput nor p99 by this"
                        + " much (${DEFAULT-VALUE})")
        double warmUpImprovementPercent = 5;

        @Option(
                names = "--cost-rate",
                paramLabel = "R",
                description = "CPU per order: the moderate rate every phase sustains, orders/s (10)")
        Double costRate;

        @Option(names = "--cost-seconds", paramLabel = "S", description = "CPU per order: how long it is held (30)")
        Integer costSeconds;

        @Option(
                names = "--step-seconds",
                paramLabel = "S",
                description = "search: how long each probed rate is held (30)")
        Integer stepSeconds;

        @Option(
                names = "--settle-seconds",
                paramLabel = "S",
                description = "search: pause between probes (5), and then, with --rabbitmq-management, until the"
                        + " queues are empty")
        Integer settleSeconds;

        @Option(
                names = "--rabbitmq-management",
                paramLabel = "URL",
                description = "RabbitMQ's management API, user and password in the URL"
                        + " (http://guest:guest@localhost:15672/api/queues/%2F): the queues' depth is sampled during"
                        + " each probe (none: not sampled)")
        URI rabbitmqManagement;

        @Option(
                names = "--precision-percent",
                paramLabel = "P",
                description = "search: ends when the lowest broken rate is within this share above the highest"
                        + " sustained one (${DEFAULT-VALUE})")
        double precisionPercent = 10;

        @Option(names = "--max-probes", paramLabel = "N", description = "search: probes at most (10)")
        Integer maxProbes;

        @Option(
                names = "--read-rate",
                paramLabel = "R",
                description = "read-path visitors per second (50), each reading 3 resources")
        Double readRate;

        @Option(names = "--read-seconds", paramLabel = "S", description = "read-path duration (30)")
        Integer readSeconds;

        @Option(
                names = "--direct-url",
                paramLabel = "URL",
                description = "product-service's own address, behind the gateway at --base-url: the gateway hop is"
                        + " measured by asking both for products (none: not measured)")
        String directUrl;

        @Option(
                names = "--hop-concurrency",
                paramLabel = "N",
                description = "clients of the gateway hop measure, each one request at a time (8)")
        Integer hopConcurrency;

        @Option(names = "--hop-seconds", paramLabel = "S", description = "each side of the gateway hop measure (20)")
        Integer hopSeconds;

        @Option(names = "--products", paramLabel = "N", description = "products seeded, each with deep stock (500)")
        Integer products;

        @Option(names = "--customers", paramLabel = "N", description = "customers seeded and logged in (200)")
        Integer customers;

        @Option(
                names = "--p99-bound-ms",
                paramLabel = "MS",
                description = "a rate is sustained while the p99 of \"order to final status\" stays within"
                        + " (${DEFAULT-VALUE})")
        long p99BoundMs = 500;

        @Option(
                names = "--error-bound-percent",
                paramLabel = "P",
                description = "... and its failed orders stay within this share (${DEFAULT-VALUE})")
        double errorBoundPercent = 1;

        @Option(
                names = "--pgbench-tps",
                paramLabel = "TPS",
                description = "the limit underneath, measured by pgbench on the same database")
        Double pgbenchTps;

        @Option(names = "--pgbench-latency-ms", paramLabel = "MS", description = "pgbench's mean latency")
        Double pgbenchLatencyMs;

        @Option(names = "--admin-email", paramLabel = "EMAIL", description = "(${DEFAULT-VALUE})")
        String adminEmail = "admin@shop.example";

        @Option(
                names = "--admin-password",
                paramLabel = "PW",
                description = "(-Dbench.admin-password, else SHOP_ADMIN_PASSWORD, else admin-password-local)")
        String adminPassword;

        @Option(
                names = "--no-seed",
                description = "reuse the products and customers of the previous run (REPORTS/seed.json)")
        boolean noSeed;

        @Option(
                names = "--smoke",
                description = "a tiny run of each simulation (2 users/s or 2 clients for 3 s, one probe) that fails on"
                        + " any failed request; writes its result under target/ only")
        boolean smoke;

        @Option(names = "--help", usageHelp = true, description = "this text")
        boolean help;

        RunnerArguments toArguments() {
            var name = phase != null ? phase : smoke ? "smoke" : null;
            if (name == null && !help) {
                throw new IllegalArgumentException("--phase is required");
            }
            return new RunnerArguments(
                    name,
                    baseUrl,
                    urls,
                    processes,
                    infrastructure,
                    startupMs,
                    phaseStartupMs,
                    out != null
                            ? out
                            : Path.of(smoke ? "benchmarks/target/smoke/" : "benchmarks/results/", name + ".json"),
                    reports != null ? reports : Path.of("benchmarks/target/gatling", String.valueOf(name)),
                    or(warmUpClients, 2, 8),
                    or(warmUpWindowSeconds, 3, 30),
                    or(warmUpMaxWindows, 1, 10),
                    warmUpImprovementPercent,
                    or(costRate, 2.0, 10.0),
                    or(costSeconds, 3, 30),
                    or(stepSeconds, 3, 30),
                    or(settleSeconds, 0, 5),
                    rabbitmqManagement,
                    precisionPercent,
                    or(maxProbes, 1, 10),
                    or(readRate, 2.0, 50.0),
                    or(readSeconds, 3, 30),
                    directUrl,
                    or(hopConcurrency, 2, 8),
                    or(hopSeconds, 3, 20),
                    or(products, 5, 500),
                    or(customers, 3, 200),
                    p99BoundMs,
                    errorBoundPercent,
                    pgbenchTps,
                    pgbenchLatencyMs,
                    adminEmail,
                    adminPassword != null ? adminPassword : defaultAdminPassword(),
                    !noSeed,
                    smoke,
                    help);
        }

        /** The value given, else the smoke run's default or the full run's. */
        private <T> T or(T given, T smokeDefault, T fullDefault) {
            return given != null ? given : smoke ? smokeDefault : fullDefault;
        }

        private static String defaultAdminPassword() {
            var fromEnvironment = System.getenv("SHOP_ADMIN_PASSWORD");
            return System.getProperty(
                    "bench.admin-password",
                    fromEnvironment == null || fromEnvironment.isBlank() ? "admin-password-local" : fromEnvironment);
        }
    }
}
