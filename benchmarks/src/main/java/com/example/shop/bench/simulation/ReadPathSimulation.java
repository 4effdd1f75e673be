package com.example.shop.bench.simulation;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Visitors arriving at a fixed rate (open model), each reading what a shop is mostly asked for: a page of the catalog,
 * one product, and one of their orders. The orders are placed in {@code before()}, by customers who then look them up
 * with their own token (only the owner may read an order).
 */
public class ReadPathSimulation extends Simulation {

    static final int PAGE_SIZE = 20;

    /** Enough owners that lookups are not all one customer's, few enough that logging them in stays quick. */
    private static final int OWNERS = 20;

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final SeedData seed = SeedData.read(settings.seedFile());
    private final AtomicLong visits = new AtomicLong();
    private volatile List<Map<String, Object>> orders = List.of();
    private volatile int catalogPages = 1;

    private final ScenarioBuilder reading = scenario("visitors read")
            .feed(Stream.generate(this::nextVisit).iterator())
            .exec(http("product page")
                    .get(settings.urls().product() + "/api/products?page=#{page}&size=" + PAGE_SIZE)
                    .check(status().is(200)))
            .exec(http("product")
                    .get(settings.urls().product() + "/api/products/#{productId}")
                    .check(status().is(200)))
            .exec(http("order lookup")
                    .get(settings.urls().order() + "/api/orders/#{orderId}")
                    .header("Authorization", "Bearer #{token}")
                    .check(status().is(200)));

    {
        setUp(reading.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration())))
                .protocols(Protocol.json());
    }

    @Override
    public void before() {
        var api = new ShopApi(settings.urls());
        var owners = new Customers();
        owners.logIn(api, seed, OWNERS, settings.setupConcurrency());
        orders = Parallel.map(
                IntStream.range(0, settings.readOrders()).boxed().toList(),
                n -> placeOrder(api, owners.next()),
                settings.setupConcurrency());
        catalogPages = api.catalogPages(PAGE_SIZE);
        LoadWindow.open();
    }

    @Override
    public void after() {
        LoadWindow.close();
    }

    private Map<String, Object> placeOrder(ShopApi api, String token) {
        return Map.of("token", token, "orderId", api.placeOrder(token, randomProduct()));
    }

    private Map<String, Object> nextVisit() {
        var order = orders.get((int) (visits.getAndIncrement() % orders.size()));
        return Map.of(
                "page", ThreadLocalRandom.current().nextInt(catalogPages),
                "productId", randomProduct(),
                "orderId", order.get("orderId"),
                "token", order.get("token"));
    }

    private long randomProduct() {
        var products = seed.productIds();
        return products.get(ThreadLocalRandom.current().nextInt(products.size()));
    }
}
