package com.example.shop.payment;

import static com.example.shop.payment.PaymentEvents.cancelled;
import static com.example.shop.payment.PaymentEvents.placed;
import static com.example.shop.payment.PaymentEvents.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.inventory.api.StockReserved;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.payment.PaymentEvents.Outcome;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * Money is conserved when every event is delivered more than once: each order is charged once, each cancelled one
 * refunded once, and what was captured minus what was refunded is what the orders that stand cost.
 */
@PaymentSagaTest
class PaymentReliabilityIntegrationTests {

    static final int ORDERS = 30;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void chargesAndRefundsEachOrderOnceWhenEveryEventIsDeliveredAgain() {
        PaymentEvents events = new PaymentEvents(rabbit, json);
        List<UUID> orders = new ArrayList<>();
        List<UUID> cancelledOrders = new ArrayList<>();
        BigDecimal standing = BigDecimal.ZERO;
        for (int i = 0; i < ORDERS; i++) {
            UUID order = UUID.randomUUID();
            String amount = (10 + i) + ".50";
            OrderPlaced placed = placed(order, amount, details(i));
            StockReserved reserved = reserved(order);
            deliverTwice(events, placed);
            deliverTwice(events, reserved);
            if (i % 3 == 0) { // a third of the orders are cancelled after they were charged
                OrderCancelled cancelled = cancelled(order);
                deliverTwice(events, cancelled);
                cancelledOrders.add(order);
            } else {
                standing = standing.add(new BigDecimal(amount));
            }
            orders.add(order);
        }

        await().atMost(Duration.ofSeconds(30)).until(() -> orders.stream()
                .allMatch(order -> events.typesAbout(order).contains("PaymentCaptured")
                        && (!cancelledOrders.contains(order)
                                || events.typesAbout(order).contains("PaymentRefunded"))));
        awaitEverythingSentBeforeHandled(events);

        long charged = orders.stream()
                .filter(order -> count(events, order, "PaymentCaptured") >= 1)
                .count();
        long lost = orders.size() - charged;
        long duplicated = orders.stream()
                .mapToLong(order -> Math.max(0, count(events, order, "PaymentCaptured") - 1)
                        + Math.max(0, count(events, order, "PaymentRefunded") - 1))
                .sum();
        System.out.printf(
                "accepted=%d final=%d lost=%d duplicated-effects=%d%n", orders.size(), charged, lost, duplicated);

        assertThat(lost).isZero();
        assertThat(duplicated).isZero();
        BigDecimal captured = sum(events, orders, "PaymentCaptured");
        BigDecimal refunded = sum(events, orders, "PaymentRefunded");
        assertThat(captured.subtract(refunded)).isEqualByComparingTo(standing);
        assertThat(capturedInTheDatabase(orders)).isEqualByComparingTo(standing);
    }

    private static void deliverTwice(PaymentEvents events, com.example.shop.events.DomainEvent event) {
        events.send(event);
        events.send(event);
    }

    /** Card and UPI take money; cash on delivery is left out: it takes nothing until the courier collects. */
    private static PaymentDetails details(int i) {
        return i % 2 == 0
                ? new PaymentDetails(PaymentMethod.CARD, "tok_visa", null)
                : new PaymentDetails(PaymentMethod.UPI, null, "ada@okbank");
    }

    /** The queue keeps its order and has one consumer: a marker order published last means all before it is handled. */
    private static void awaitEverythingSentBeforeHandled(PaymentEvents events) {
        UUID marker = UUID.randomUUID();
        events.send(placed(marker, "0.01", new PaymentDetails(PaymentMethod.CARD, "tok_visa", null)));
        events.send(reserved(marker));
        await().atMost(Duration.ofSeconds(30)).until(() -> !events.about(marker).isEmpty());
    }

    private static long count(PaymentEvents events, UUID order, String type) {
        return events.typesAbout(order).stream().filter(type::equals).count();
    }

    private static BigDecimal sum(PaymentEvents events, List<UUID> orders, String type) {
        return orders.stream()
                .flatMap(order -> events.about(order).stream())
                .filter(outcome -> outcome.type().equals(type))
                .map(Outcome::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private BigDecimal capturedInTheDatabase(List<UUID> orders) {
        return jdbc.sql(
                        "SELECT coalesce(sum(amount), 0) FROM payments WHERE status = 'CAPTURED' AND order_id IN (:orders)")
                .param("orders", orders)
                .query(BigDecimal.class)
                .single();
    }
}
