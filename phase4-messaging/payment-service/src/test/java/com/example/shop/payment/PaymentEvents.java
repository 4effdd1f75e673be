package com.example.shop.payment;

import com.example.shop.common.Money;
import com.example.shop.events.DomainEvent;
import com.example.shop.inventory.api.StockReserved;
import com.example.shop.messaging.Topology;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.testsupport.RabbitEvents;
import com.example.shop.testsupport.RecordedQueue;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The other services of the saga, as payment-service sees them: order-service's and inventory-service's events are
 * sent to the event exchange as their relays would send them, and what payment-service publishes is read from
 * order-service's queue, which nothing consumes in these tests.
 */
final class PaymentEvents {

    static final UUID CUSTOMER = UUID.fromString("5b0e7a52-7c44-4d57-9b53-9a7e3a1c0001");

    private final RabbitTemplate rabbit;
    private final JsonMapper json;
    private final RecordedQueue orderService;

    PaymentEvents(RabbitTemplate rabbit, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json;
        this.orderService = new RecordedQueue(rabbit, Topology.ORDER_EVENTS);
    }

    static OrderPlaced placed(UUID orderId, String amount, PaymentDetails payment) {
        return new OrderPlaced(
                UUID.randomUUID(), Instant.now(), orderId, CUSTOMER, List.of(), Money.of(amount, "EUR"), payment);
    }

    static StockReserved reserved(UUID orderId) {
        return new StockReserved(UUID.randomUUID(), Instant.now(), orderId, List.of());
    }

    static OrderCancelled cancelled(UUID orderId) {
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), orderId, CUSTOMER, "CUSTOMER_CANCELLED");
    }

    /** Delivers the event once per call: calling again with the same event is a redelivery of one message. */
    void send(DomainEvent event) {
        new RabbitEvents(rabbit, json).publish(Topology.EVENTS, event.routingKey(), event.eventId(), event);
    }

    /** What payment-service has published about this order so far, in the order it was published. */
    List<Outcome> about(UUID orderId) {
        return orderService.messages().stream()
                .map(this::outcome)
                .filter(outcome -> outcome.orderId().equals(orderId))
                .toList();
    }

    private Outcome outcome(Message message) {
        JsonNode body = json.readTree(new String(message.getBody(), StandardCharsets.UTF_8));
        return new Outcome(message.getMessageProperties().getType(), body);
    }

    /** The types of what was published about this order. */
    List<String> typesAbout(UUID orderId) {
        return about(orderId).stream().map(Outcome::type).toList();
    }

    /** One published event: its type header and JSON body. */
    record Outcome(String type, JsonNode body) {

        UUID orderId() {
            return UUID.fromString(body.get("orderId").asString());
        }

        String text(String field) {
            return body.get(field).asString();
        }

        java.math.BigDecimal amount() {
            return new java.math.BigDecimal(body.get("amount").get("amount").asString());
        }
    }
}
