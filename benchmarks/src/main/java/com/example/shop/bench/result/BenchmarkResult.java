package com.example.shop.bench.result;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one benchmark run measured on one phase: {@code benchmarks/results/<phase>.json}. Times are milliseconds,
 * memory megabytes (MiB), CPU percent of one core, rates per second. A figure that was not measured is {@code null}.
 *
 * @param schemaVersion raised when a field changes meaning, so that old result files are not misread
 * @param processes one entry per service, then {@code "all services"} (their sum, sample by sample)
 * @param loadGenerator the benchmark's own JVM, on the same cores as the services it measures
 */
public record BenchmarkResult(
        int schemaVersion,
        String phase,
        Machine machine,
        Settings settings,
        Startup startup,
        List<ProcessFigures> processes,
        ProcessFigures loadGenerator,
        ReadPath readPath,
        GatewayHop gatewayHop,
        OrderJourney orderJourney,
        Limits limits) {

    public static final int SCHEMA_VERSION = 1;

    /** The entry of {@code processes} that sums every service of the phase. */
    public static final String ALL_SERVICES = "all services";

    /** The figures of one sampled process, or of {@value #ALL_SERVICES}; empty when it was not sampled. */
    public Optional<ProcessFigures> process(String name) {
        return processes == null
                ? Optional.empty()
                : processes.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    /** Where it ran: the figures of two machines are not comparable. */
    public record Machine(String os, int cores, Long memoryMb, String jdk, String date) {}

    /** What was asked for: catalog and customers seeded, the rates tried and the bounds a step must meet. */
    public record Settings(
            String baseUrl,
            int products,
            int customers,
            double readRate,
            int readSeconds,
            List<Double> orderRates,
            int stepSeconds,
            long p99BoundMs,
            double errorBoundPercent) {}

    /** From launch to ready: each service's own time, and the whole phase's until its last service was ready. */
    public record Startup(Long phaseToHealthyMs, Map<String, Long> servicesToHealthyMs) {}

    /**
     * Resident memory at rest before any load, at its peak, and after all the load; CPU while orders were being placed.
     */
    public record ProcessFigures(
            String name,
            Double rssStartMb,
            Double rssPeakMb,
            Double rssEndMb,
            Double cpuMeanPercent,
            Double cpuPeakPercent) {}

    /** Response times of one request (or of the order group) over a run: all answers, failed ones included. */
    public record Latency(
            long count,
            long failed,
            double errorPercent,
            Long p50Ms,
            Long p95Ms,
            Long p99Ms,
            Long maxMs,
            double perSecond) {}

    /** Visitors at a fixed rate, each reading a catalog page, a product and one of their orders. */
    public record ReadPath(double rate, int seconds, Latency all, Map<String, Latency> requests, String report) {}

    /**
     * The same request sent straight to a service and through the gateway in front of it, by the same number of
     * clients each waiting for its answer (closed model): what the gateway hop costs in latency and throughput. Null
     * in phases without a gateway.
     *
     * @param addedP50Ms the gateway's p50 less the service's own (Gatling's percentiles are whole milliseconds)
     * @param throughputShare requests answered per second through the gateway, as a share of those answered directly
     */
    public record GatewayHop(
            int concurrency,
            int seconds,
            String directUrl,
            Latency direct,
            Latency viaGateway,
            Double addedP50Ms,
            Double throughputShare) {

        public static GatewayHop of(
                int concurrency, int seconds, String directUrl, Latency direct, Latency viaGateway) {
            Double added = direct.p50Ms() == null || viaGateway.p50Ms() == null
                    ? null
                    : (double) (viaGateway.p50Ms() - direct.p50Ms());
            Double share = direct.perSecond() <= 0
                    ? null
                    : Math.round(viaGateway.perSecond() / direct.perSecond() * 10_000) / 10_000.0;
            return new GatewayHop(concurrency, seconds, directUrl, direct, viaGateway, added, share);
        }
    }

    /** One arrival rate held for a step; {@code orders} is the group from sending the order to its final status. */
    public record OrderStep(double rate, int seconds, Latency orders, boolean withinBounds, String report) {

        public OrderStep withReport(String report) {
            return new OrderStep(rate, seconds, orders, withinBounds, report);
        }
    }

    /**
     * The order steps in the order they ran, and the highest rate whose step met both bounds (p99 of the order group
     * and error ratio), with the orders per second completed at that step. When no step broke a bound
     * ({@code boundBroken} false) the rates tried ran out first, and the maximum is at least that.
     */
    public record OrderJourney(
            String measure,
            long p99BoundMs,
            double errorBoundPercent,
            List<OrderStep> steps,
            Double maxSustainableRate,
            Double throughputAtMax,
            boolean boundBroken) {}

    /**
     * The limit underneath: the transactions per second pgbench reaches with a transaction shaped like the order write
     * path on the same PostgreSQL, and what share of it the shop reached.
     */
    public record Limits(
            Double pgbenchTps, Double pgbenchLatencyMs, Double maxRateShareOfLimit, Double throughputShareOfLimit) {

        public static Limits of(Double pgbenchTps, Double pgbenchLatencyMs, OrderJourney journey) {
            if (pgbenchTps == null || pgbenchTps <= 0 || journey == null) {
                return new Limits(pgbenchTps, pgbenchLatencyMs, null, null);
            }
            return new Limits(
                    pgbenchTps,
                    pgbenchLatencyMs,
                    share(journey.maxSustainableRate(), pgbenchTps),
                    share(journey.throughputAtMax(), pgbenchTps));
        }

        private static Double share(Double value, double limit) {
            return value == null ? null : Math.round(value / limit * 10_000) / 10_000.0;
        }
    }
}
