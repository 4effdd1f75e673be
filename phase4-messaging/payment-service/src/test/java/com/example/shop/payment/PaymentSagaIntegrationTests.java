package com.example.shop.payment;

import static com.example.shop.payment.PaymentEvents.cancelled;
import static com.example.shop.payment.PaymentEvents.placed;
import static com.example.shop.payment.PaymentEvents.reserved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.example.shop.inventory.api.StockReserved;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * payment-service's part of the saga against real RabbitMQ, PostgreSQL and Redis: it charges when the stock is
 * reserved, by the order's payment method, publishes the outcome through its outbox, retries a silent card acquirer
 * with a delayed job, refunds a cancelled order, and does each of these once however often an event is delivered.
 */
@PaymentSagaTest
class PaymentSagaIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    /** One for the class: what one test takes from order-service's queue, the others still see. */
    static PaymentEvents events;

    @BeforeEach
    void actAsTheOtherServices() {
        if (events == null) {
            events = new PaymentEvents(rabbit, json);
        }
    }

    @Test
    void capturesAnApprovedCardOnceTheStockIsReserved() {
        UUID order = UUID.randomUUID();

        placeAndReserve(order, "19.99", card("tok_visa"));

        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(events.about(order)).singleElement().satisfies(captured -> {
                            assertThat(captured.type()).isEqualTo("PaymentCaptured");
                            assertThat(captured.text("method")).isEqualTo("CARD");
                            assertThat(captured.text("status")).isEqualTo("CAPTURED");
                            assertThat(captured.amount()).isEqualByComparingTo("19.99");
                        }));
        assertThat(paymentStatus(order)).isEqualTo("CAPTURED");
    }

    @Test
    void capturesAUpiPayment() {
        UUID order = UUID.randomUUID();

        placeAndReserve(order, "5.00", new PaymentDetails(PaymentMethod.UPI, null, "ada@okbank"));

        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(events.about(order)).singleElement().satisfies(captured -> {
                            assertThat(captured.type()).isEqualTo("PaymentCaptured");
                            assertThat(captured.text("status")).isEqualTo("CAPTURED");
                        }));
    }

    @Test
    void authorisesCashOnDeliveryWithoutTakingMoney() {
        UUID order = UUID.randomUUID();

        placeAndReserve(order, "42.00", new PaymentDetails(PaymentMethod.COD, null, null));

        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(events.about(order)).singleElement().satisfies(authorised -> {
                            assertThat(authorised.type()).isEqualTo("PaymentCaptured");
                            assertThat(authorised.text("status")).isEqualTo("AUTHORIZED");
                        }));
        assertThat(paymentStatus(order)).isEqualTo("AUTHORIZED");
    }

    @Test
    void declinesADeclinedCard() {
        UUID order = UUID.randomUUID();

        placeAndReserve(order, "19.99", card("tok_declined"));

        await().atMost(WAIT)
                .untilAsserted(
                        () -> assertThat(events.about(order)).singleElement().satisfies(declined -> {
                            assertThat(declined.type()).isEqualTo("PaymentDeclined");
                            assertThat(declined.text("reason")).isEqualTo("PAYMENT_DECLINED");
                        }));
        assertThat(paymentStatus(order)).isEqualTo("DECLINED");
    }

    @Test
    void chargesNothingBeforeTheStockIsReserved() {
        UUID order = UUID.randomUUID();
        UUID later = UUID.randomUUID();

        events.send(placed(order, "19.99", card("tok_visa")));
        placeAndReserve(later, "1.00", card("tok_visa")); // handled after the first order's OrderPlaced

        await().atMost(WAIT).until(() -> !events.about(later).isEmpty());
        assertThat(events.about(order)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE order_id = ?")
                        .param(order)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void retriesAFlakyCardWithDelayedJobsUntilItIsCaptured() {
        UUID order = UUID.randomUUID();

        placeAndReserve(order, "19.99", card("tok_flaky"));

        await().atMost(WAIT)
                .untilAsserted(() -> assertThat(events.typesAbout(order)).containsExactly("PaymentCaptured"));
        assertThat(failedAttempts(order)).isEqualTo(2);
    }

    @Test
    void refundsACapturedOrderOnceWhenItIsCancelledTwice() {
        UUID order = UUID.randomUUID();
        placeAndReserve(order, "30.00", card("tok_visa"));
        OrderCancelled cancelled = cancelled(order);

        events.send(cancelled);
        events.send(cancelled);
        events.send(cancelled(order)); // a second cancellation, another event: still one refund

        await().atMost(WAIT).untilAsserted(() -> assertThat(events.typesAbout(order))
                .containsExactly("PaymentCaptured", "PaymentRefunded"));
        awaitEverythingSentBeforeHandled();
        assertThat(events.typesAbout(order)).containsExactly("PaymentCaptured", "PaymentRefunded");
        assertThat(events.about(order).get(1).amount()).isEqualByComparingTo("30.00");
        assertThat(paymentStatus(order)).isEqualTo("REFUNDED");
    }

    @Test
    void neverChargesAnOrderCancelledBeforeItsStockWasReserved() {
        UUID order = UUID.randomUUID();

        events.send(placed(order, "19.99", card("tok_visa")));
        events.send(cancelled(order));
        events.send(reserved(order)); // a late StockReserved, overtaken by the cancellation

        awaitEverythingSentBeforeHandled();
        assertThat(events.about(order)).isEmpty();
    }

    @Test
    void chargesOnceWhenEveryEventArrivesThreeTimes() {
        UUID order = UUID.randomUUID();
        OrderPlaced placed = placed(order, "12.34", card("tok_visa"));
        StockReserved reserved = reserved(order);

        for (int delivery = 0; delivery < 3; delivery++) {
            events.send(placed);
        }
        for (int delivery = 0; delivery < 3; delivery++) {
            events.send(reserved);
        }

        awaitEverythingSentBeforeHandled();
        assertThat(events.typesAbout(order)).containsExactly("PaymentCaptured");
        assertThat(jdbc.sql("SELECT count(*) FROM payments WHERE order_id = ?")
                        .param(order)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    private void placeAndReserve(UUID order, String amount, PaymentDetails payment) {
        events.send(placed(order, amount, payment));
        events.send(reserved(order));
    }

    /**
     * payment-service's queue has one consumer and keeps its order: once an order sent last is charged and published,
     * everything sent before it has been handled, and what it published is in the outbox before that order's event.
     */
    private void awaitEverythingSentBeforeHandled() {
        UUID marker = UUID.randomUUID();
        placeAndReserve(marker, "0.01", card("tok_visa"));
        await().atMost(WAIT).until(() -> !events.about(marker).isEmpty());
    }

    private String paymentStatus(UUID order) {
        return jdbc.sql("SELECT status FROM payments WHERE order_id = ?")
                .param(order)
                .query(String.class)
                .single();
    }

    private int failedAttempts(UUID order) {
        return jdbc.sql("SELECT attempts FROM payment_requests WHERE order_id = ?")
                .param(order)
                .query(Integer.class)
                .single();
    }

    static PaymentDetails card(String token) {
        return new PaymentDetails(PaymentMethod.CARD, token, null);
    }
}
