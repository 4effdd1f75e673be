package com.example.shop.bench.simulation;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Creates what the load needs: a large catalog with deep stock (so that no order is refused for stock and orders rarely
 * wait on the same stock row) and customers to log in. SKUs and e-mails carry a run id, so seeding again against the
 * same database adds new ones instead of failing on duplicates.
 */
public final class Seeder {

    /** The most the inventory API accepts: deep enough for any benchmark on one machine. */
    static final int STOCK = 1_000_000;

    static final String CUSTOMER_PASSWORD = "benchmark-password";

    private final ShopApi api;
    private final int concurrency;

    public Seeder(ShopUrls urls, int concurrency) {
        this.api = new ShopApi(urls);
        this.concurrency = concurrency;
    }

    public SeedData seed(String adminEmail, String adminPassword, int products, int customers) {
        var runId = Long.toString(System.currentTimeMillis(), 36);
        var adminToken = api.login(adminEmail, adminPassword);
        List<Long> productIds = Parallel.map(range(products), n -> createProduct(adminToken, runId, n), concurrency);
        List<String> emails = Parallel.map(range(customers), n -> register(runId, n), concurrency);
        return new SeedData(runId, CUSTOMER_PASSWORD, emails, productIds);
    }

    private long createProduct(String adminToken, String runId, int n) {
        var price = "%d.99".formatted(5 + n % 95);
        long id = api.createProduct(adminToken, "BENCH-%s-%04d".formatted(runId, n), "Benchmark item " + n, price);
        api.restock(adminToken, id, STOCK);
        return id;
    }

    private String register(String runId, int n) {
        var email = "bench-%s-%04d@shop.example".formatted(runId, n);
        api.register(email, CUSTOMER_PASSWORD, "Benchmark Customer " + n);
        return email;
    }

    private static List<Integer> range(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
