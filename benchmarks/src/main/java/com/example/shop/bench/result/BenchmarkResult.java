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
 * @param warmUp the order path run until its throughput and p99 stopped improving, before anything is measured
 * @param cpuPerOrder what each process (services, PostgreSQL, Redis, RabbitMQ, the load generator) spent on the CPU per
 *     completed order, at one moderate rate that every phase sustains
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
        WarmUp warmUp,
        CpuPerOrder cpuPerOrder,
        OrderJourney orderJourney,
        Limits limits) {

    /** 2: the order journey is a warm-up curve, a CPU cost per order and a bisection, no longer fixed steps. */
    public static final int SCHEMA_VERSION = 2;

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

    /**
     * What was asked for: catalog and customers seeded, how the order path was warmed up, the rate its CPU cost was
     * measured at, how long each probe of the search ran, how close the search had to come, and the bounds a probe must
     * meet to count as sustained.
     */
    public record Settings(
            String baseUrl,
            int products,
            int customers,
            double readRate,
            int readSeconds,
            int warmUpClients,
            int warmUpWindowSeconds,
            int warmUpMaxWindows,
            double costRate,
            int costSeconds,
            int stepSeconds,
            double searchPrecisionPercent,
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

    /**
     * A fixed number of clients placing orders back to back (closed model), in windows, until two windows in a row
     * improved neither the throughput nor the p99 by {@code improvementPercent} or more ({@code settled}), or
     * {@code maxWindows} ran out ({@code settled} false).
     */
    public record WarmUp(
            int clients, int windowSeconds, double improvementPercent, List<WarmUpWindow> windows, boolean settled) {}

    /**
     * One window of the warm-up: orders completed per second, their latency, and the CPU all the phase's processes (load
     * generator left out) spent per completed order.
     */
    public record WarmUpWindow(
            int index,
            int seconds,
            double ordersPerSecond,
            Long p50Ms,
            Long p99Ms,
            double errorPercent,
            Double cpuMsPerOrder) {}

    /**
     * Orders arriving at {@code rate} for {@code seconds}, and the CPU time each process used from the first arrival
     * to the last order's final status, divided by the orders completed: milliseconds of one core per order, read
     * from {@code /proc/<pid>/stat}. {@code processes} lists the phase's services, then the infrastructure found
     * (PostgreSQL, Redis, RabbitMQ, each all its processes together), then the load generator. {@code accepted} is
     * the POST alone: in phases 1-3 it is the whole order, in phases 4-5 the 202 PENDING before the outcome.
     */
    public record CpuPerOrder(
            double rate,
            int seconds,
            Latency orders,
            Latency accepted,
            List<ProcessCost> processes,
            Double servicesMsPerOrder,
            Double totalMsPerOrder) {}

    /** One process (or group of processes, such as PostgreSQL's backends) and its CPU per completed order. */
    public record ProcessCost(String name, String kind, Double cpuMsPerOrder) {}

    /**
     * One arrival rate held for a step; {@code orders} is the group from sending the order to its final status,
     * {@code accepted} the POST alone (null in result files written before it was recorded), {@code queues} RabbitMQ's
     * queues over the step and the pause after it (null where the phase has no RabbitMQ).
     */
    public record OrderStep(
            double rate,
            int seconds,
            Latency orders,
            Latency accepted,
            QueueDepths queues,
            boolean withinBounds,
            String report) {

        public OrderStep withReport(String report) {
            return new OrderStep(rate, seconds, orders, accepted, queues, withinBounds, report);
        }

        public OrderStep withQueues(QueueDepths queues) {
            return new OrderStep(rate, seconds, orders, accepted, queues, withinBounds, report);
        }
    }

    /**
     * What RabbitMQ's queues held over one probe and the pause after it, read once a second from its management API
     * (whose figures refresh every five seconds): the most messages, ready or unacknowledged, in all queues together,
     * the queue that alone held the most and how many, and the total when the pause ended (null: not read).
     */
    public record QueueDepths(
            long peakMessages, String deepestQueue, long deepestQueueMessages, Long afterPauseMessages) {}

    /**
     * The search for the maximum sustainable rate: the probes in the order they ran, the highest rate whose probe met
     * both bounds (p99 of the order group and error ratio) with the orders per second completed there, and the lowest
     * rate whose probe broke one ({@code lowestFailingRate}): the maximum lies between the two. When no probe broke a
     * bound ({@code boundBroken} false) the search ran out of probes first, and the maximum is at least that.
     */
    public record OrderJourney(
            String measure,
            long p99BoundMs,
            double errorBoundPercent,
            List<OrderStep> steps,
            Double maxSustainableRate,
            Double throughputAtMax,
            Double lowestFailingRate,
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
