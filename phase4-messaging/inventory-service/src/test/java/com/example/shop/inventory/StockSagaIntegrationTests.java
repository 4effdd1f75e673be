package com.example.shop.inventory;

import static com.example.shop.inventory.StockEvents.PATIENCE;
import static com.example.shop.inventory.StockEvents.newProductId;
import static com.example.shop.inventory.StockEvents.orderCancelled;
import static com.example.shop.inventory.StockEvents.orderPlaced;
import static com.example.shop.inventory.StockEvents.orderShipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.common.Money;
import com.example.shop.inventory.StockEvents.Stock;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.order.api.OrderShipped;
import com.example.shop.testsupport.RabbitEvents;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * inventory-service's part of the saga, on the real broker: a placed order's stock is reserved (all lines or none)
 * and the outcome published; a cancelled order's stock is released; a shipped order's stock is sold. However the
 * events are delivered, no unit is created or lost: available + reserved + sold stays what was stocked.
 */
@InventoryIntegrationTest
class StockSagaIntegrationTests {

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Inventory inventory;

    StockEvents events;

    @BeforeEach
    void events() {
        events = new StockEvents(new RabbitEvents(rabbit, json), jdbc);
    }

    @Test
    void reservesThePlacedOrdersStockAndSaysSo() {
        long product = productWithStock(10);
        UUID order = UUID.randomUUID();

        events.publish(orderPlaced(order, product, 4));

        await().atMost(PATIENCE).until(() -> events.reserved(order).size() == 1);
        assertThat(events.stockOf(product)).isEqualTo(new Stock(6, 4, 0));
    }

    @Test
    void reservesNothingWhenOneLineIsShortAndNamesIt() {
        long plenty = productWithStock(10);
        long scarce = productWithStock(1);
        UUID order = UUID.randomUUID();

        events.publish(orderPlaced(
                order,
                List.of(
                        new OrderPlaced.Line(plenty, "Plenty", 2, Money.of("1.00", "EUR")),
                        new OrderPlaced.Line(scarce, "Scarce", 2, Money.of("1.00", "EUR")))));

        await().atMost(PATIENCE).until(() -> events.rejected(order).size() == 1);
        assertThat(events.rejected(order).get(0).unavailableProductIds()).containsExactly(scarce);
        assertThat(events.stockOf(plenty)).isEqualTo(new Stock(10, 0, 0));
        assertThat(events.stockOf(scarce)).isEqualTo(new Stock(1, 0, 0));
    }

    @Test
    void releasesTheStockOfACancelledOrder() {
        long product = productWithStock(10);
        UUID order = UUID.randomUUID();
        events.publish(orderPlaced(order, product, 4));

        events.publish(orderCancelled(order, "PAYMENT_DECLINED"));
        events.awaitHandled();

        assertThat(events.stockOf(product)).isEqualTo(new Stock(10, 0, 0));
    }

    @Test
    void sellsTheStockOfAShippedOrder() {
        long product = productWithStock(10);
        UUID order = UUID.randomUUID();
        events.publish(orderPlaced(order, product, 4));

        events.publish(orderShipped(order));
        events.awaitHandled();

        assertThat(events.stockOf(product)).isEqualTo(new Stock(6, 0, 4));
    }

    @Test
    void aCancellationThatOvertakesItsOrderLeavesNothingHeld() {
        long product = productWithStock(10);
        UUID order = UUID.randomUUID();

        events.publish(orderCancelled(order, "EXPIRED"));
        events.publish(orderPlaced(order, product, 4));

        await().atMost(PATIENCE).until(() -> events.rejected(order).size() == 1);
        assertThat(events.stockOf(product)).isEqualTo(new Stock(10, 0, 0));
    }

    @Test
    void eachEventDeliveredThreeTimesTakesEffectOnce() {
        long product = productWithStock(10);
        UUID cancelledOrder = UUID.randomUUID();
        UUID shippedOrder = UUID.randomUUID();
        OrderPlaced placed = orderPlaced(cancelledOrder, product, 2);
        OrderCancelled cancelled = orderCancelled(cancelledOrder, "CUSTOMER_CANCELLED");
        OrderPlaced placedToShip = orderPlaced(shippedOrder, product, 3);
        OrderShipped shipped = orderShipped(shippedOrder);

        for (var event : List.of(placed, placedToShip, cancelled, shipped)) {
            events.publish(event);
            events.publish(event);
            events.publish(event);
        }
        events.awaitHandled();

        assertThat(events.stockOf(product)).isEqualTo(new Stock(7, 0, 3));
        assertThat(events.announced(cancelledOrder, "StockReserved")).isOne();
        assertThat(events.announced(shippedOrder, "StockReserved")).isOne();
    }

    @Test
    void conservesEveryUnitThroughAMixOfOrdersCancellationsShipmentsAndRedeliveries() {
        int stocked = 20;
        long product = productWithStock(stocked);
        List<UUID> orders =
                IntStream.range(0, 12).mapToObj(i -> UUID.randomUUID()).toList();

        for (int i = 0; i < orders.size(); i++) {
            UUID order = orders.get(i);
            OrderPlaced placed = orderPlaced(order, product, 1 + i % 3);
            events.publish(placed);
            if (i % 4 == 0) {
                events.publish(placed); // redelivered
            }
            if (i % 3 == 0) {
                events.publish(orderCancelled(order, "CUSTOMER_CANCELLED"));
            } else if (i % 3 == 1) {
                OrderShipped shipped = orderShipped(order);
                events.publish(shipped);
                events.publish(shipped); // redelivered
            }
        }
        events.awaitHandled();

        Stock stock = events.stockOf(product);
        assertThat(stock.total()).isEqualTo(stocked);
        // held: the four orders neither cancelled nor shipped (3 units each); sold: the four shipped (2 units each)
        assertThat(stock).isEqualTo(new Stock(0, 12, 8));
    }

    @Test
    void ofConcurrentReservationsOfTheLastUnitExactlyOneWins() throws Exception {
        long product = productWithStock(1);
        List<Callable<Boolean>> orders = IntStream.range(0, 6)
                .mapToObj(i -> (Callable<Boolean>) () -> inventory
                        .reserve(UUID.randomUUID(), List.of(new StockLine(product, 1)))
                        .reserved())
                .toList();

        List<Boolean> outcomes = concurrently(orders);

        assertThat(outcomes).containsOnlyOnce(true);
        assertThat(events.stockOf(product)).isEqualTo(new Stock(0, 1, 0));
    }

    private long productWithStock(int available) {
        long product = newProductId();
        inventory.restock(product, available);
        return product;
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<T> results = new ArrayList<>();
            for (Future<T> future : pool.invokeAll(tasks)) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
