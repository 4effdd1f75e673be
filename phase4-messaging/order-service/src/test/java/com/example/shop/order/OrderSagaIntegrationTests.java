package com.example.shop.order;

import static com.example.shop.order.OrderFlow.PATIENCE;
import static com.example.shop.order.OrderFlow.as;
import static com.example.shop.order.OrderFlow.newProductId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.events.DomainEvent;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderConfirmed;
import com.example.shop.payment.api.PaymentRefunded;
import com.example.shop.testsupport.RabbitEvents;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * order-service's part of the choreographed saga, on the real broker: inventory-service's and payment-service's
 * events, published to {@code shop.events} as their relays do, move the order on, and order-service announces the
 * outcome. Every event is handled once, however often it is delivered.
 */
@OrderServiceIntegrationTest
class OrderSagaIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    OrderFlow flow;
    RabbitEvents.Listener published;
    UUID customer = UUID.randomUUID();
    long keyboard;

    @BeforeEach
    void aProductToOrder() {
        flow = OrderFlow.of(context, mvc);
        published = flow.listen("order.#");
        keyboard = newProductId();
        flow.productListed(keyboard, "Mechanical keyboard", "89.90");
    }

    @Test
    void stockReservedAndPaymentCapturedConfirmTheOrder() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);

        flow.publish(flow.stockReserved(orderId));
        flow.publish(flow.paymentCaptured(orderId));

        flow.awaitStatus(orderId, OrderStatus.CONFIRMED);
        assertThat(flow.paymentStatusOf(orderId)).isEqualTo("AUTHORIZED");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(published.received(OrderConfirmed.class))
                .filteredOn(confirmed -> confirmed.orderId().equals(orderId))
                .singleElement()
                .satisfies(confirmed -> assertThat(confirmed.total()).isEqualTo(OrderFlow.eur("89.90"))));
    }

    @Test
    void stockRejectedCancelsTheOrderAsOutOfStock() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);

        flow.publish(flow.stockRejected(orderId, keyboard));

        flow.awaitStatus(orderId, OrderStatus.CANCELLED);
        assertThat(flow.failureReasonOf(orderId)).isEqualTo("OUT_OF_STOCK");
        assertThat(flow.paymentStatusOf(orderId)).isNull();
        awaitCancellationPublished(orderId, "OUT_OF_STOCK");
    }

    @Test
    void paymentDeclinedCancelsTheOrderSoThatItsStockIsReleased() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);

        flow.publish(flow.stockReserved(orderId));
        flow.publish(flow.paymentDeclined(orderId));

        flow.awaitStatus(orderId, OrderStatus.CANCELLED);
        assertThat(flow.failureReasonOf(orderId)).isEqualTo("PAYMENT_DECLINED");
        assertThat(flow.paymentStatusOf(orderId)).isEqualTo("DECLINED");
        awaitCancellationPublished(orderId, "PAYMENT_DECLINED"); // what inventory-service releases the stock on
    }

    @Test
    void aPaymentCapturedThreeTimesConfirmsOnce() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);
        var captured = flow.paymentCaptured(orderId);

        deliver(captured, captured, captured);

        assertThat(flow.statusOf(orderId)).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(flow.outboxRows(orderId, "OrderConfirmed")).isOne();
    }

    @Test
    void aStockRejectedThreeTimesCancelsOnce() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);
        var rejected = flow.stockRejected(orderId, keyboard);

        deliver(rejected, rejected, rejected);

        assertThat(flow.statusOf(orderId)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(flow.outboxRows(orderId, "OrderCancelled")).isOne();
    }

    /** The refund is the one step the order's state does not guard: only the processed-message table keeps it single. */
    @Test
    void aPaymentRefundedDeliveredAgainChangesNothingMore() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);
        flow.confirmedByTheSaga(orderId);
        mvc.perform(as(customer, post("/api/orders/{id}/cancel", orderId))).andExpect(status().isOk());
        var refunded = new PaymentRefunded(
                UUID.randomUUID(), Instant.now(), orderId, UUID.randomUUID(), OrderFlow.eur("89.90"));
        deliver(refunded);
        Instant refundRecordedAt = updatedAt(orderId);

        deliver(refunded, refunded);

        assertThat(flow.paymentStatusOf(orderId)).isEqualTo("REFUNDED");
        assertThat(updatedAt(orderId)).isEqualTo(refundRecordedAt);
    }

    @Test
    void aPaymentThatArrivesAfterTheOrderWasCancelledChangesNothing() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);
        flow.publish(flow.stockRejected(orderId, keyboard));
        flow.awaitStatus(orderId, OrderStatus.CANCELLED);

        deliver(flow.paymentCaptured(orderId));

        assertThat(flow.statusOf(orderId)).isEqualTo(OrderStatus.CANCELLED);
        assertThat(flow.failureReasonOf(orderId)).isEqualTo("OUT_OF_STOCK");
        assertThat(flow.outboxRows(orderId, "OrderConfirmed")).isZero();
    }

    @Test
    void theCustomerCancelsAPendingOrderAndTheOthersAreTold() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);

        mvc.perform(as(customer, post("/api/orders/{id}/cancel", orderId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.failureReason").value("CUSTOMER_CANCELLED"));

        awaitCancellationPublished(orderId, "CUSTOMER_CANCELLED");
    }

    @Test
    void anotherCustomerCannotCancelTheOrder() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);

        mvc.perform(as(UUID.randomUUID(), post("/api/orders/{id}/cancel", orderId)))
                .andExpect(status().isNotFound());

        assertThat(flow.statusOf(orderId)).isEqualTo(OrderStatus.PENDING);
    }

    /**
     * Publishes the events, then a marker, and waits for the marker's effect: the queue has one consumer that handles
     * its messages in order, so by then every event before it has been handled.
     */
    private void deliver(DomainEvent... events) {
        for (DomainEvent event : events) {
            flow.publish(event);
        }
        flow.productListed(newProductId(), "Marker", "1.00");
    }

    private void awaitCancellationPublished(UUID orderId, String reason) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(published.received(OrderCancelled.class))
                .filteredOn(cancelled -> cancelled.orderId().equals(orderId))
                .singleElement()
                .satisfies(cancelled -> assertThat(cancelled.reason()).isEqualTo(reason)));
    }

    private Instant updatedAt(UUID orderId) {
        return jdbc.sql("SELECT updated_at FROM orders WHERE id = ?")
                .param(orderId)
                .query(Timestamp.class)
                .single()
                .toInstant();
    }
}
