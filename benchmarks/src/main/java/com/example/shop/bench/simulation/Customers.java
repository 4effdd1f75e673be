package com.example.shop.bench.simulation;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Bearer tokens of seeded customers, handed out in turn to arriving virtual users. Filled in a simulation's
 * {@code before()} and read while the load runs, so no feeder can copy the list when the scenario is built.
 */
final class Customers {

    private volatile List<String> tokens = List.of();
    private final AtomicLong next = new AtomicLong();

    /** Logs in the first {@code count} seeded customers, a few at a time. */
    void logIn(ShopApi api, SeedData seed, int count, int concurrency) {
        var emails =
                seed.customers().subList(0, Math.min(count, seed.customers().size()));
        tokens = Parallel.map(emails, email -> api.login(email, seed.customerPassword()), concurrency);
    }

    List<String> tokens() {
        return tokens;
    }

    /** The next token, round robin. */
    String next() {
        var all = tokens;
        return all.get((int) (next.getAndIncrement() % all.size()));
    }
}
