package com.example.shop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.testsupport.PostgresIntegrationTest;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The migrations run on PostgreSQL, and order-service's reserve and release calls hold and give back real stock. */
@PostgresIntegrationTest
@AutoConfigureMockMvc
class InventoryServiceIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Inventory inventory;

    @Test
    void loadsTheDemoStock() {
        assertThat(LongStream.rangeClosed(1, 12).mapToObj(inventory::level))
                .allSatisfy(level -> assertThat(level.available()).isPositive());
    }

    @Test
    void reservesOnceAndReleasesIdempotently() throws Exception {
        long product = productWithStock(10);
        UUID order = UUID.randomUUID();

        mvc.perform(reserve(order, product, 4)).andExpect(jsonPath("$.reserved").value(true));
        mvc.perform(reserve(order, product, 4)).andExpect(jsonPath("$.reserved").value(true));
        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 6, 4));

        mvc.perform(release(order)).andExpect(status().isNoContent());
        mvc.perform(release(order)).andExpect(status().isNoContent());
        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 10, 0));
    }

    @Test
    void aReservationThatArrivesAfterItsReleaseReservesNothing() throws Exception {
        long product = productWithStock(10);
        UUID order = UUID.randomUUID();

        // order-service timed out waiting for the reservation and released the order; then the request arrives
        mvc.perform(release(order)).andExpect(status().isNoContent());
        mvc.perform(reserve(order, product, 4)).andExpect(jsonPath("$.reserved").value(false));

        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 10, 0));
    }

    @Test
    void aReservationSentSeveralTimesAtOnceHoldsTheStockOnce() throws Exception {
        long product = productWithStock(100);
        UUID order = UUID.randomUUID();
        int copies = 8;
        ExecutorService callers = Executors.newFixedThreadPool(copies);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> answers = IntStream.range(0, copies)
                    .mapToObj(copy -> callers.submit(() -> {
                        start.await();
                        return inventory.reserve(order, List.of(new StockLine(product, 3)));
                    }))
                    .toList();
            start.countDown();
            for (Future<Boolean> answer : answers) {
                assertThat(answer.get(30, TimeUnit.SECONDS)).isTrue();
            }
        } finally {
            callers.shutdownNow();
        }

        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 97, 3));
        inventory.release(order);
        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 100, 0));
    }

    @Test
    void reservesNothingWhenOneLineIsShort() throws Exception {
        long plenty = productWithStock(10);
        long scarce = productWithStock(1);

        mvc.perform(post("/internal/reservations")
                        .with(serviceAccount())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"orderId": "%s", "lines": [{"productId": %d, "quantity": 2}, {"productId": %d, "quantity": 2}]}
                                """.formatted(UUID.randomUUID(), plenty, scarce)))
                .andExpect(jsonPath("$.reserved").value(false));

        assertThat(inventory.level(plenty)).isEqualTo(new StockLevel(plenty, 10, 0));
        assertThat(inventory.level(scarce)).isEqualTo(new StockLevel(scarce, 1, 0));
    }

    /** A product of this test's own, far from the demo ids, so that no other test competes for its stock. */
    private long productWithStock(int available) {
        long product = 1_000_000 + (long) (Math.random() * 1_000_000_000);
        inventory.restock(product, available);
        return product;
    }

    private static MockHttpServletRequestBuilder reserve(UUID order, long product, int quantity) {
        return post("/internal/reservations")
                .with(serviceAccount())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"orderId": "%s", "lines": [{"productId": %d, "quantity": %d}]}
                        """.formatted(order, product, quantity));
    }

    private static MockHttpServletRequestBuilder release(UUID order) {
        return delete("/internal/reservations/{orderId}", order).with(serviceAccount());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor serviceAccount() {
        return httpBasic("shop-internal", "internal-secret-local");
    }
}
