package com.example.shop.bench.simulation;

import java.nio.file.Path;
import java.time.Duration;

/**
 * What a simulation is told through system properties ({@code -Dbench.rate=20}); the runner sets them before each
 * Gatling run, and the defaults let a simulation be run on its own against a phase on localhost:8080.
 *
 * @param rate arriving users per second (open model: they arrive whatever the response times are)
 * @param duration how long users keep arriving
 * @param seedFile the products and customers the load is spread over (written by {@link Seeder})
 * @param pollInterval how often the order journey asks for the status of a PENDING order
 * @param maxWait how long an order may stay PENDING before the journey counts it as failed
 * @param readOrders how many orders the read path creates in advance to look up
 * @param concurrency clients of the gateway hop measure (or of the order journey's warm-up), each waiting for its
 *     answer before the next request; 0 where users arrive at {@code rate} instead
 * @param hopTarget where the gateway hop measure sends its requests: the gateway, or the service behind it
 */
public record BenchSettings(
        ShopUrls urls,
        double rate,
        Duration duration,
        Path seedFile,
        Duration pollInterval,
        Duration maxWait,
        int readOrders,
        int setupConcurrency,
        int concurrency,
        String hopTarget) {

    public static final Path DEFAULT_SEED_FILE = Path.of("benchmarks", "target", "bench", "seed.json");

    /** A fixed number of clients, each starting again when its last user ended, rather than users at a rate. */
    public boolean closedModel() {
        return concurrency > 0;
    }

    public static BenchSettings fromSystemProperties() {
        return new BenchSettings(
                ShopUrls.fromSystemProperties(),
                Double.parseDouble(System.getProperty("bench.rate", "10")),
                Duration.ofSeconds(Long.getLong("bench.duration", 20)),
                Path.of(System.getProperty("bench.seed-file", DEFAULT_SEED_FILE.toString())),
                Duration.ofMillis(Long.getLong("bench.poll-interval-ms", 100)),
                Duration.ofSeconds(Long.getLong("bench.max-wait-seconds", 30)),
                Integer.getInteger("bench.read.orders", 50),
                Integer.getInteger("bench.setup-concurrency", 4),
                Integer.getInteger("bench.concurrency", 0),
                System.getProperty("bench.hop.target", ShopUrls.DEFAULT_BASE_URL));
    }
}
