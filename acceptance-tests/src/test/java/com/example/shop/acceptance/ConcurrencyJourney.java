package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static com.example.shop.acceptance.steps.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.api.Stock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Twenty customers want the last five units at the same moment: five get one, fifteen are told it is sold out. */
class ConcurrencyJourney extends Journey {

    private static final int UNITS = 5;
    private static final int BUYERS = 20;

    private final ExecutorService threads = Executors.newFixedThreadPool(BUYERS + 1);

    @AfterEach
    void stopTheBuyers() {
        threads.shutdownNow();
    }

    @Test
    void shouldNeverSellMoreThanIsInStock() {
        var lastUnits = admin.productWithStock("49.00", UNITS);
        var buyers = IntStream.range(0, BUYERS)
                .mapToObj(i -> customers.registeredAndLoggedIn())
                .toList();

        var race = allOrderAtTheSameMoment(buyers, lastUnits);

        var decided = race.orders().join();
        assertThat(decided)
                .as("%s", decided)
                .filteredOn(order -> Order.CONFIRMED.equals(order.status()))
                .hasSize(UNITS);
        assertThat(decided)
                .as("%s", decided)
                .filteredOn(order -> Order.CANCELLED.equals(order.status()))
                .hasSize(BUYERS - UNITS)
                .allSatisfy(order -> assertThat(order.failureReason()).isEqualTo("OUT_OF_STOCK"));
        assertThat(race.stockWhileRacing().join())
                .as("stock seen while the orders raced")
                .allSatisfy(stock -> {
                    assertThat(stock.available()).isNotNegative();
                    assertThat(stock.reserved()).isBetween(0, UNITS);
                });
        eventually(() -> assertThat(catalog.stockOf(lastUnits)).isEqualTo(new Stock(lastUnits.id(), 0, UNITS)));
    }

    /** The decided orders, and the stock as an observer saw it while they were being placed. */
    private record Race(CompletableFuture<List<Order>> orders, CompletableFuture<List<Stock>> stockWhileRacing) {}

    private Race allOrderAtTheSameMoment(List<Customer> buyers, Product product) {
        var start = new CountDownLatch(1);
        var placed = buyers.stream()
                .map(buyer -> CompletableFuture.supplyAsync(
                        () -> {
                            awaitQuietly(start);
                            return orders.place(buyer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 1)));
                        },
                        threads))
                .toList();
        var all = CompletableFuture.allOf(placed.toArray(CompletableFuture[]::new))
                .orTimeout(60, TimeUnit.SECONDS)
                .thenApply(done -> placed.stream().map(CompletableFuture::join).toList());
        var observer = CompletableFuture.supplyAsync(
                () -> {
                    List<Stock> seen = new ArrayList<>();
                    while (!all.isDone()) {
                        seen.add(catalog.stockOf(product));
                        pauseBriefly();
                    }
                    return seen;
                },
                threads);
        start.countDown();
        return new Race(all, observer);
    }

    private static void awaitQuietly(CountDownLatch start) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void pauseBriefly() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
