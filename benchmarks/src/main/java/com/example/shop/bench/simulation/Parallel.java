package com.example.shop.bench.simulation;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Set-up work done a few requests at a time: registering and logging in hash a password with bcrypt (~80 ms each), so
 * doing them one after the other would make seeding 200 customers take longer than a benchmark step.
 */
final class Parallel {

    private Parallel() {}

    /** Applies the function to every item, at most {@code threads} at once; the results keep the items' order. */
    static <T, R> List<R> map(List<T> items, Function<T, R> function, int threads) {
        var executor = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<R>> futures = new ArrayList<>();
            for (T item : items) {
                futures.add(executor.submit(() -> function.apply(item)));
            }
            List<R> results = new ArrayList<>();
            for (Future<R> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } finally {
            executor.shutdownNow();
        }
    }
}
