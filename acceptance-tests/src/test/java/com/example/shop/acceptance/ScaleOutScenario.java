package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.api.Stock;
import com.example.shop.acceptance.http.ApiResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Phase 3+, started with {@code ./run phase3 --instances inventory-service=2}: the second inventory-service instance is
 * killed (SIGKILL, no goodbye) while four customers keep ordering. No accepted order is lost: every 201 carries a
 * final order, and the stock adds up to exactly what the confirmed orders took. Not a journey of every phase: it
 * needs the launcher's run directory ({@code shop.run-dir}) to find the instance to kill.
 */
class ScaleOutScenario extends Journey {

    private static final int STOCK = 1_000;
    private static final int BUYERS = 4;
    private static final int ORDERS_EACH = 15;
    private static final int KILL_AFTER = 20;

    private final ExecutorService buyersThreads = Executors.newFixedThreadPool(BUYERS);

    @AfterEach
    void stopBuying() {
        buyersThreads.shutdownNow();
    }

    @Test
    void losesNoAcceptedOrderWhenAnInstanceDiesUnderLoad() throws Exception {
        ProcessHandle secondInstance = instance("inventory-service-2");
        List<Customer> buyers = IntStream.range(0, BUYERS)
                .mapToObj(i -> customers.registeredAndLoggedIn())
                .toList();
        warmedUp(buyers.get(0));
        Product product = admin.productWithStock("5.00", STOCK);

        var answers = new ConcurrentLinkedQueue<Answer>();
        var placed = new AtomicInteger();
        for (Customer buyer : buyers) {
            buyersThreads.submit(() -> {
                for (int i = 0; i < ORDERS_EACH; i++) {
                    int quantity = 1 + i % 3;
                    ApiResponse response =
                            orders.submit(buyer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, quantity)));
                    answers.add(new Answer(buyer, quantity, response));
                    if (placed.incrementAndGet() == KILL_AFTER) {
                        secondInstance.destroyForcibly();
                    }
                }
            });
        }
        buyersThreads.shutdown();
        assertThat(buyersThreads.awaitTermination(3, TimeUnit.MINUTES)).isTrue();

        assertThat(secondInstance.isAlive())
                .as("the second instance was killed")
                .isFalse();
        assertThat(answers).hasSize(BUYERS * ORDERS_EACH);
        assertThat(answers)
                .as("every order is either accepted or refused as unavailable, never a 500")
                .allSatisfy(answer -> assertThat(answer.response().status()).isIn(201, 503));
        int confirmedUnits = 0;
        for (Answer answer : answers) {
            if (answer.response().status() != 201) {
                continue;
            }
            Order accepted = answer.response().as(Order.class);
            assertThat(accepted.status()).as("%s", answer.response()).isIn(Order.CONFIRMED, Order.CANCELLED);
            assertThat(orders.current(answer.buyer(), accepted.id()).status()).isEqualTo(accepted.status());
            if (Order.CONFIRMED.equals(accepted.status())) {
                confirmedUnits += answer.quantity();
            }
        }
        assertThat(answers)
                .filteredOn(answer -> answer.response().status() == 201)
                .hasSizeGreaterThan(BUYERS * ORDERS_EACH / 2);
        assertThat(catalog.stockOf(product))
                .as("the stock adds up: what the confirmed orders took is reserved, nothing else")
                .isEqualTo(new Stock(product.id(), STOCK - confirmedUnits, confirmedUnits));
    }

    /**
     * Freshly started services answer their first calls slowly (cold JIT, the first connections), and order-service's
     * time limits and circuit breakers rightly refuse such orders. This scenario is about losing an instance, not about
     * a cold start: it begins once orders are confirmed in a row, on a product of their own.
     */
    private void warmedUp(Customer buyer) {
        Product warmUp = admin.productWithStock("1.00", 100);
        int confirmedInARow = 0;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (confirmedInARow < 3) {
            assertThat(System.nanoTime())
                    .as("orders are confirmed within 90 s of the start")
                    .isLessThan(deadline);
            ApiResponse response = orders.submit(buyer, NewOrder.of(PaymentDetails.card("tok_visa"), line(warmUp, 1)));
            boolean confirmed = response.status() == 201
                    && Order.CONFIRMED.equals(response.as(Order.class).status());
            confirmedInARow = confirmed ? confirmedInARow + 1 : 0;
            if (!confirmed) {
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ProcessHandle instance(String name) throws IOException {
        String runDir = System.getProperty("shop.run-dir");
        assertThat(runDir)
                .as("shop.run-dir: the run directory of ./run, with the instances' pid files")
                .isNotBlank();
        long pid = Long.parseLong(
                Files.readString(Path.of(runDir, "pids", name + ".pid")).trim());
        ProcessHandle instance = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError(name + " is not running"));
        assertThat(instance.isAlive()).as("%s runs", name).isTrue();
        return instance;
    }

    private record Answer(Customer buyer, int quantity, ApiResponse response) {}
}
