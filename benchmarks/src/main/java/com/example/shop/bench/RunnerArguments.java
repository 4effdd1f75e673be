package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.simulation.ShopUrls;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The runner's command line, {@code --name value} pairs and a few flags; see {@link #USAGE}. Paths are relative to the
 * working directory, the repository root when started through Maven.
 */
record RunnerArguments(
        String phase,
        String baseUrl,
        Map<String, String> urls,
        Map<String, Long> processes,
        Map<String, Long> startupMs,
        Long phaseStartupMs,
        Path out,
        Path reports,
        List<Double> rates,
        int stepSeconds,
        int settleSeconds,
        int warmupSeconds,
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

    static final String USAGE = """
            Usage: BenchmarkRunner --phase PHASE [options]
              --phase NAME              the phase measured, names the result file (phase1)
              --base-url URL            where the phase answers (http://localhost:8080)
              --urls C=URL,...          a URL per capability where there is no gateway (phase 2), C one of
                                        user, product, inventory, order; the others use --base-url
              --processes N=PID,...     the services' processes to sample (RSS, CPU), e.g. monolith=4242
              --startup N=MS,...        each service's time from launch to ready, as the launcher measured it
              --phase-startup-ms MS     the whole phase's time from launch to all services ready
              --out FILE                result file (benchmarks/results/PHASE.json)
              --reports DIR             Gatling's HTML reports and the seed file (benchmarks/target/gatling/PHASE)
              --rates R,R,...           order arrival rates per second, tried in turn
                                        (10,20,50,100,200,300,400,500,600,700,800,1000)
              --step-seconds S          how long each rate is held (20)
              --settle-seconds S        pause between steps (5)
              --warmup-seconds S        orders at the first rate before the steps, not recorded (20)
              --read-rate R             read-path visitors per second (50), each reading 3 resources
              --read-seconds S          read-path duration (30)
              --direct-url URL          product-service's own address, behind the gateway at --base-url: the
                                        gateway hop is measured by asking both for products (none: not measured)
              --hop-concurrency N       clients of the gateway hop measure, each one request at a time (8)
              --hop-seconds S           how long each side of the gateway hop measure runs (20)
              --products N              products seeded, each with deep stock (500)
              --customers N             customers seeded and logged in (200)
              --p99-bound-ms MS         a step is sustainable while the p99 of "order to final status" stays within (500)
              --error-bound-percent P   ... and its failed orders stay within this share (1)
              --pgbench-tps TPS         the limit underneath, measured by pgbench on the same database
              --pgbench-latency-ms MS   pgbench's mean latency per transaction
              --admin-email EMAIL       (admin@shop.example)
              --admin-password PW       (-Dbench.admin-password, else SHOP_ADMIN_PASSWORD, else admin-password-local)
              --no-seed                 reuse the products and customers of the previous run (REPORTS/seed.json)
              --smoke                   a tiny run of each simulation (2 users/s for 3 s) that fails on any failed
                                        request; writes its result under target/ only
              --help
            """;

    /** Every option the usage text lists: it is the one list of them. */
    private static final Set<String> OPTIONS = Pattern.compile("(?m)^\\s+(--[a-z0-9-]+)")
            .matcher(USAGE)
            .results()
            .map(match -> match.group(1))
            .collect(Collectors.toSet());

    private static final Set<String> FLAGS = Set.of("--no-seed", "--smoke", "--help");
    private static final Set<String> CAPABILITIES = Set.of("user", "product", "inventory", "order");

    RunnerArguments {
        if (!CAPABILITIES.containsAll(urls.keySet())) {
            throw new IllegalArgumentException(
                    "--urls names capabilities among " + CAPABILITIES + ", got " + urls.keySet());
        }
    }

    ShopUrls shopUrls() {
        return ShopUrls.of(baseUrl, urls);
    }

    /** What the result file records of these arguments. */
    BenchmarkResult.Settings settings() {
        return new BenchmarkResult.Settings(
                baseUrl, products, customers, readRate, readSeconds, rates, stepSeconds, p99BoundMs, errorBoundPercent);
    }

    static RunnerArguments parse(String... args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            var name = args[i];
            if (!OPTIONS.contains(name)) {
                throw new IllegalArgumentException("unknown argument: " + name);
            } else if (FLAGS.contains(name)) {
                options.put(name, "true");
            } else if (i + 1 < args.length) {
                options.put(name, args[++i]);
            } else {
                throw new IllegalArgumentException(name + " needs a value");
            }
        }
        return from(new Options(options));
    }

    private static RunnerArguments from(Options o) {
        boolean smoke = o.flag("--smoke");
        var phase = o.text("--phase", smoke ? "smoke" : null);
        if (phase == null && !o.flag("--help")) {
            throw new IllegalArgumentException("--phase is required");
        }
        var reports = Path.of(o.text("--reports", "benchmarks/target/gatling/" + phase));
        var defaultOut = smoke ? "benchmarks/target/smoke/" + phase + ".json" : "benchmarks/results/" + phase + ".json";
        return new RunnerArguments(
                phase,
                o.text("--base-url", "http://localhost:8080"),
                o.pairs("--urls", String::valueOf),
                o.pairs("--processes", Long::valueOf),
                o.pairs("--startup", Long::valueOf),
                o.whole("--phase-startup-ms", null),
                Path.of(o.text("--out", defaultOut)),
                reports,
                smoke ? List.of(2.0) : o.numbers("--rates", "10,20,50,100,200,300,400,500,600,700,800,1000"),
                (int) (long) o.whole("--step-seconds", smoke ? 3L : 20L),
                (int) (long) o.whole("--settle-seconds", smoke ? 0L : 5L),
                (int) (long) o.whole("--warmup-seconds", smoke ? 0L : 20L),
                smoke ? 2 : o.number("--read-rate", 50.0),
                (int) (long) o.whole("--read-seconds", smoke ? 3L : 30L),
                o.text("--direct-url", null),
                (int) (long) o.whole("--hop-concurrency", smoke ? 2L : 8L),
                (int) (long) o.whole("--hop-seconds", smoke ? 3L : 20L),
                (int) (long) o.whole("--products", smoke ? 5L : 500L),
                (int) (long) o.whole("--customers", smoke ? 3L : 200L),
                o.whole("--p99-bound-ms", 500L),
                o.number("--error-bound-percent", 1.0),
                o.number("--pgbench-tps", null),
                o.number("--pgbench-latency-ms", null),
                o.text("--admin-email", "admin@shop.example"),
                o.text("--admin-password", defaultAdminPassword()),
                !o.flag("--no-seed"),
                smoke,
                o.flag("--help"));
    }

    private static String defaultAdminPassword() {
        var fromEnvironment = System.getenv("SHOP_ADMIN_PASSWORD");
        return System.getProperty(
                "bench.admin-password",
                fromEnvironment == null || fromEnvironment.isBlank() ? "admin-password-local" : fromEnvironment);
    }

    /** Typed access to the raw options, each with its default. */
    private record Options(Map<String, String> values) {

        boolean flag(String name) {
            return values.containsKey(name);
        }

        String text(String name, String fallback) {
            return values.getOrDefault(name, fallback);
        }

        Long whole(String name, Long fallback) {
            var value = values.get(name);
            return value == null ? fallback : Long.valueOf(value);
        }

        Double number(String name, Double fallback) {
            var value = values.get(name);
            return value == null ? fallback : Double.valueOf(value);
        }

        List<Double> numbers(String name, String fallback) {
            return Arrays.stream(text(name, fallback).split(","))
                    .map(String::trim)
                    .map(Double::valueOf)
                    .toList();
        }

        /** {@code a=1,b=2}, in the order given. */
        <T> Map<String, T> pairs(String name, Function<String, T> type) {
            Map<String, T> pairs = new LinkedHashMap<>();
            var value = values.get(name);
            if (value == null || value.isBlank()) {
                return pairs;
            }
            for (var pair : value.split(",")) {
                var parts = pair.split("=", 2);
                if (parts.length != 2) {
                    throw new IllegalArgumentException(name + " expects name=value pairs, got: " + pair);
                }
                pairs.put(parts[0].trim(), type.apply(parts[1].trim()));
            }
            return pairs;
        }
    }
}
