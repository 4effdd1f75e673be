package com.example.shop.bench.simulation;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Customers who are already logged in place one order each, arriving at a fixed rate (open model). What is measured is
 * the group {@value #MEASURE}: in the synchronous phases (1-3) the POST answers 201 with the final status, so the group
 * is that one request; in the asynchronous phases (4-5) it answers 202 PENDING and the group goes on polling the order
 * until it is no longer PENDING, so its duration is what a customer waits for the outcome. Anything but CONFIRMED (or
 * SHIPPED, which only follows it) is a failure: with deep stock, {@code tok_visa} and COD, nothing else is correct.
 *
 * <p>With {@code bench.concurrency} above 0 ({@link BenchSettings#concurrency()}, the warm-up) the customers do not
 * arrive at a rate: that many of them order back to back (closed model), each placing the next order as soon as the
 * last one reached its final status, so the phase runs as fast as it can and the throughput is the measure.
 */
public class OrderJourneySimulation extends Simulation {

    public static final String MEASURE = "order to final status";

    /** The POST alone: the whole order in phases 1-3, its acceptance (202 PENDING) in phases 4-5. */
    public static final String PLACE_ORDER = "place order";

    private static final String CARD = "{\"method\":\"CARD\",\"cardToken\":\"tok_visa\"}";
    private static final String COD = "{\"method\":\"COD\"}";
    private static final Set<String> SUCCESSFUL = Set.of("CONFIRMED", "SHIPPED");

    private final BenchSettings settings = BenchSettings.fromSystemProperties();
    private final SeedData seed = SeedData.read(settings.seedFile());
    private final Customers customers = new Customers();
    private final AtomicLong orders = new AtomicLong();

    private final ScenarioBuilder ordering = scenario("customers place orders")
            .feed(Stream.generate(this::nextOrder).iterator())
            .exec(group(MEASURE).on(placeOrder(), waitForFinalStatus(), failUnlessConfirmed()));

    {
        setUp(injected()).protocols(Protocol.json());
    }

    private PopulationBuilder injected() {
        if (settings.closedModel()) {
            return ordering.injectClosed(
                    constantConcurrentUsers(settings.concurrency()).during(settings.duration()));
        }
        return ordering.injectOpen(constantUsersPerSec(settings.rate()).during(settings.duration()));
    }

    @Override
    public void before() {
        customers.logIn(new ShopApi(settings.urls()), seed, seed.customers().size(), settings.setupConcurrency());
        LoadWindow.open();
    }

    @Override
    public void after() {
        LoadWindow.close();
    }

    private ChainBuilder placeOrder() {
        return exec(http(PLACE_ORDER)
                .post(settings.urls().order() + "/api/orders")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody("#{order}"))
                .asJson()
                .check(
                        status().in(201, 202),
                        jmesPath("id").saveAs("orderId"),
                        jmesPath("status").saveAs("status")));
    }

    private ChainBuilder waitForFinalStatus() {
        return asLongAsDuring(session -> "PENDING".equals(session.getString("status")), settings.maxWait())
                .on(pause(settings.pollInterval())
                        .exec(http("order status")
                                .get(settings.urls().order() + "/api/orders/#{orderId}")
                                .header("Authorization", "Bearer #{token}")
                                .check(status().is(200), jmesPath("status").saveAs("status"))));
    }

    /** Still PENDING after the longest wait, or CANCELLED: the group fails, and the error ratio shows it. */
    private static ChainBuilder failUnlessConfirmed() {
        return exec(session -> {
            var status = session.getString("status"); // null when the POST itself failed
            return status != null && SUCCESSFUL.contains(status) ? session : session.markAsFailed();
        });
    }

    /** A random product of the seeded catalog, quantity 1, paid alternately by card and cash on delivery. */
    private Map<String, Object> nextOrder() {
        var products = seed.productIds();
        long productId = products.get(ThreadLocalRandom.current().nextInt(products.size()));
        var payment = orders.getAndIncrement() % 2 == 0 ? CARD : COD;
        var order = "{\"items\":[{\"productId\":%d,\"quantity\":1}],\"payment\":%s}".formatted(productId, payment);
        return Map.of("token", customers.next(), "order", order);
    }
}
