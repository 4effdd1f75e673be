package com.example.shop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.example.shop.common.Caller;
import com.example.shop.common.Money;
import com.example.shop.order.client.Inventory;
import com.example.shop.order.client.Notifications;
import com.example.shop.order.client.PaymentDetails;
import com.example.shop.order.client.PaymentMethod;
import com.example.shop.order.client.PaymentResult;
import com.example.shop.order.client.PaymentStatus;
import com.example.shop.order.client.Payments;
import com.example.shop.order.client.ProductCatalog;
import com.example.shop.order.client.ProductDetails;
import com.example.shop.testsupport.PostgresIntegrationTest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Orders on a real PostgreSQL: the migration, the mapping, and the unique key that makes a retried request create one
 * order, never two. The neighbours are mocks: this test is about this service's own database.
 */
@PostgresIntegrationTest
class OrderPersistenceIntegrationTests {

    static final ProductDetails KEYBOARD =
            new ProductDetails(1L, "KB-1", "Mechanical keyboard", "", Money.of("89.90", "EUR"));

    @Autowired
    OrderService orders;

    @Autowired
    JdbcClient jdbc;

    @MockitoBean
    ProductCatalog catalog;

    @MockitoBean
    Inventory inventory;

    @MockitoBean
    Payments payments;

    @MockitoBean
    Notifications notifications;

    @BeforeEach
    void neighboursSayYes() {
        given(catalog.findAll(any())).willReturn(Map.of(1L, KEYBOARD));
        given(inventory.reserve(any(UUID.class), any())).willReturn(true);
        given(payments.charge(any(), any(), any(), any()))
                .willReturn(new PaymentResult(PaymentStatus.AUTHORIZED, null));
    }

    @Test
    void storesAConfirmedOrderWithItsLinesAndListsItNewestFirst() {
        UUID customer = UUID.randomUUID();
        Order first = orders.place(customer, null, keyboards(1));
        Order second = orders.place(customer, null, keyboards(3));

        Order reloaded = orders.get(second.id(), new Caller(customer, false));

        assertThat(reloaded.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(reloaded.total()).isEqualTo(Money.of("269.70", "EUR"));
        assertThat(reloaded.lines()).singleElement().satisfies(line -> assertThat(line.productName())
                .isEqualTo("Mechanical keyboard"));
        assertThat(orders.mine(new Caller(customer, false), PageRequest.of(0, 10)))
                .extracting(Order::id)
                .containsExactly(second.id(), first.id());
    }

    @Test
    void createsOneOrderForOneIdempotencyKeyEvenWhenRetriesRace() throws Exception {
        UUID customer = UUID.randomUUID();
        UUID key = UUID.randomUUID();

        List<Order> placed = concurrently(IntStream.range(0, 8)
                .mapToObj(i -> (Callable<Order>) () -> orders.place(customer, key, keyboards(1)))
                .toList());

        assertThat(placed).extracting(Order::id).containsOnly(placed.get(0).id());
        assertThat(jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = ?")
                        .param(customer)
                        .query(Long.class)
                        .single())
                .isOne();
        verify(inventory, times(1)).reserve(any(UUID.class), any());
    }

    private static PlaceOrderRequest keyboards(int quantity) {
        return new PlaceOrderRequest(
                List.of(new PlaceOrderRequest.Item(1L, quantity)), new PaymentDetails(PaymentMethod.COD, null, null));
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = tasks.stream()
                    .map(task -> pool.submit(() -> {
                        start.await();
                        return task.call();
                    }))
                    .toList();
            start.countDown();
            return futures.stream().map(OrderPersistenceIntegrationTests::await).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T await(Future<T> future) {
        try {
            return future.get(60, TimeUnit.SECONDS);
        } catch (Exception ex) {
            throw new AssertionError(ex);
        }
    }
}
