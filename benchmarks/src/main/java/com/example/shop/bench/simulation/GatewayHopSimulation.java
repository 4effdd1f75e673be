package com.example.shop.bench.simulation;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

/**
 * What one hop through the gateway costs: a fixed number of clients, each sending its next request as soon as the
 * last one is answered (closed model), all asking for one product by id, a public request that one service answers
 * from its database. The runner points it once at product-service itself and once at the gateway in front of it; the
 * difference in throughput and latency is the gateway's routing, rate limiting, circuit breaker and the extra hop.
 */
public class GatewayHopSimulation extends Simulation {

    /** The request's name in the statistics. */
    public static final String MEASURE = "product by id";

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final SeedData seed = SeedData.read(settings.seedFile());

    private final ScenarioBuilder asking = scenario("clients ask for a product")
            .feed(Stream.generate(this::randomProduct).iterator())
            .exec(http(MEASURE)
                    .get(settings.hopTarget() + "/api/products/#{productId}")
                    .check(status().is(200)));

    {
        setUp(asking.injectClosed(
                        constantConcurrentUsers(settings.concurrency()).during(settings.duration())))
                .protocols(Protocol.json());
    }

    @Override
    public void before() {
        LoadWindow.open();
    }

    @Override
    public void after() {
        LoadWindow.close();
    }

    private Map<String, Object> randomProduct() {
        var products = seed.productIds();
        return Map.of("productId", products.get(ThreadLocalRandom.current().nextInt(products.size())));
    }
}
