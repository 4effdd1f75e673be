package com.example.shop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.TestCatalog;
import com.example.shop.fault.FaultInjectedException;
import com.example.shop.fault.FaultSwitchesTestAccess;
import com.example.shop.inventory.Inventory;
import com.example.shop.inventory.StockLevel;
import com.example.shop.notification.Notifications;
import com.example.shop.payment.PaymentDetails;
import com.example.shop.payment.PaymentMethod;
import com.example.shop.payment.PaymentStatus;
import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.user.Users;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Placing orders on a real PostgreSQL: one transaction, row locks on stock, and a unique key for idempotency. The
 * connection pool keeps its production size: twenty concurrent orders must not exhaust it.
 */
@PostgresIntegrationTest
@Import({TestCatalog.class, FaultSwitchesTestAccess.class})
class OrderPlacementIntegrationTests {

    @Autowired
    OrderService orders;

    @Autowired
    Users users;

    @Autowired
    Inventory inventory;

    @Autowired
    Notifications notifications;

    @Autowired
    TestCatalog catalog;

    @Autowired
    FaultSwitchesTestAccess faults;

    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void resetFaults() {
        faults.resetAll();
    }

    @Test
    void confirmsAPaidOrderReservesItsStockAndNotifiesTheCustomer() {
        UUID customer = newCustomer();
        long product = catalog.productWithStock("10.00", 5);

        Order order = orders.place(customer, null, request(product, 2, card("tok_visa")));

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 3, 2));
        assertThat(notifications.latest(customer, 10)).singleElement().satisfies(n -> assertThat(n.orderId())
                .isEqualTo(order.id()));
    }

    @Test
    void cancelsADeclinedOrderAndLeavesTheStockUntouched() {
        UUID customer = newCustomer();
        long product = catalog.productWithStock("10.00", 5);

        Order order = orders.place(customer, null, request(product, 2, card("tok_declined")));

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.PAYMENT_DECLINED);
        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 5, 0));
    }

    @Test
    void rollsEverythingBackWhenNotificationsFail() {
        UUID customer = newCustomer();
        long product = catalog.productWithStock("10.00", 5);
        faults.fail("notification");

        assertThatThrownBy(() -> orders.place(customer, null, request(product, 2, card("tok_visa"))))
                .isInstanceOf(FaultInjectedException.class);

        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 5, 0));
        assertThat(countOf("orders", customer)).isZero();
        assertThat(countOf("payments", customer)).isZero();
    }

    @Test
    void neverOversellsTheLastUnitsToConcurrentCustomers() throws Exception {
        long product = catalog.productWithStock("10.00", 5);
        List<UUID> customers =
                IntStream.range(0, 20).mapToObj(i -> newCustomer()).toList();

        List<Order> placed = concurrently(customers.stream()
                .map(customer -> (Callable<Order>) () -> orders.place(customer, null, request(product, 1, cod())))
                .toList());

        Map<OrderStatus, Long> byStatus =
                placed.stream().collect(Collectors.groupingBy(Order::status, Collectors.counting()));
        assertThat(byStatus).containsEntry(OrderStatus.CONFIRMED, 5L).containsEntry(OrderStatus.CANCELLED, 15L);
        assertThat(placed)
                .filteredOn(order -> order.status() == OrderStatus.CANCELLED)
                .allMatch(order -> order.failureReason() == FailureReason.OUT_OF_STOCK);
        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 0, 5));
    }

    @Test
    void createsOneOrderForOneIdempotencyKeyEvenWhenRetriesRace() throws Exception {
        UUID customer = newCustomer();
        long product = catalog.productWithStock("10.00", 50);
        UUID key = UUID.randomUUID();

        List<Order> placed = concurrently(IntStream.range(0, 8)
                .mapToObj(i -> (Callable<Order>) () -> orders.place(customer, key, request(product, 1, cod())))
                .toList());

        assertThat(placed).extracting(Order::id).containsOnly(placed.get(0).id());
        assertThat(countOf("orders", customer)).isOne();
        assertThat(inventory.level(product)).isEqualTo(new StockLevel(product, 49, 1));
    }

    private UUID newCustomer() {
        String email = "customer-" + UUID.randomUUID() + "@example.com";
        return users.register(email, "correct-horse", "Test Customer").id();
    }

    private long countOf(String table, UUID customer) {
        return jdbc.sql("SELECT count(*) FROM " + table + " WHERE customer_id = ?")
                .param(customer)
                .query(Long.class)
                .single();
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
            return futures.stream().map(OrderPlacementIntegrationTests::await).toList();
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

    static PlaceOrderRequest request(long productId, int quantity, PaymentDetails payment) {
        return new PlaceOrderRequest(List.of(new PlaceOrderRequest.Item(productId, quantity)), payment);
    }

    static PaymentDetails card(String token) {
        return new PaymentDetails(PaymentMethod.CARD, token, null);
    }

    static PaymentDetails cod() {
        return new PaymentDetails(PaymentMethod.COD, null, null);
    }
}
