package com.example.shop.inventory;

import static org.awaitility.Awaitility.await;

import com.example.shop.common.Money;
import com.example.shop.events.DomainEvent;
import com.example.shop.inventory.api.StockRejected;
import com.example.shop.inventory.api.StockReserved;
import com.example.shop.messaging.Topology;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.order.api.OrderShipped;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import com.example.shop.testsupport.RabbitEvents;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The steps of the stock saga's tests: order-service's events published to {@code shop.events} as its relay does,
 * and what inventory-service answered (its events) and holds (its stock rows).
 */
final class StockEvents {

    /** Sized for a busy two-core machine. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final RabbitEvents events;
    private final RabbitEvents.Listener answers;
    private final JdbcClient jdbc;

    StockEvents(RabbitEvents events, JdbcClient jdbc) {
        this.events = events;
        this.answers = events.listen(Topology.EVENTS, "inventory.#");
        this.jdbc = jdbc;
    }

    /** The stock row of one product: units free, held for orders, and gone with shipped orders. */
    record Stock(int available, int reserved, int sold) {

        int total() {
            return available + reserved + sold;
        }
    }

    void publish(DomainEvent event) {
        events.publish(Topology.EVENTS, event.routingKey(), event.eventId(), event);
    }

    static OrderPlaced orderPlaced(UUID orderId, long productId, int quantity) {
        return orderPlaced(orderId, List.of(new OrderPlaced.Line(productId, "Product " + productId, quantity, eur())));
    }

    static OrderPlaced orderPlaced(UUID orderId, List<OrderPlaced.Line> lines) {
        return new OrderPlaced(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                UUID.randomUUID(),
                lines,
                eur(),
                new PaymentDetails(PaymentMethod.COD, null, null));
    }

    static OrderCancelled orderCancelled(UUID orderId, String reason) {
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), reason);
    }

    static OrderShipped orderShipped(UUID orderId) {
        return new OrderShipped(UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID());
    }

    /** What inventory-service published about the order so far. */
    List<StockReserved> reserved(UUID orderId) {
        return answers.received(StockReserved.class).stream()
                .filter(reserved -> reserved.orderId().equals(orderId))
                .toList();
    }

    List<StockRejected> rejected(UUID orderId) {
        return answers.received(StockRejected.class).stream()
                .filter(rejected -> rejected.orderId().equals(orderId))
                .toList();
    }

    /**
     * Waits until every event published so far has been handled: a marker order is placed after them, and the queue's
     * one consumer handles its messages in order, so its answer comes last.
     */
    void awaitHandled() {
        UUID marker = UUID.randomUUID();
        publish(orderPlaced(marker, newProductId(), 1)); // a product without stock: rejected
        await().atMost(PATIENCE).until(() -> !rejected(marker).isEmpty());
    }

    Stock stockOf(long productId) {
        return jdbc.sql("SELECT available, reserved, sold FROM stock_items WHERE product_id = ?")
                .param(productId)
                .query((rs, n) -> new Stock(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    /** The outbox rows inventory-service wrote about the order, of one type ({@code StockReserved}). */
    long announced(UUID orderId, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND type = ?")
                .param(orderId.toString())
                .param(type)
                .query(Long.class)
                .single();
    }

    private static Money eur() {
        return Money.of("10.00", "EUR");
    }

    /** A product of the test's own, far from the demo ids, so that no other test competes for its stock. */
    static long newProductId() {
        return 1_000_000 + (long) (Math.random() * 1_000_000_000);
    }
}
