package com.example.shop.notification;

import com.example.shop.common.Money;
import com.example.shop.messaging.Topology;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderEvent;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.order.api.OrderShipped;
import com.example.shop.payment.api.PaymentDetails;
import com.example.shop.payment.api.PaymentMethod;
import com.example.shop.testsupport.RabbitEvents;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import tools.jackson.databind.json.JsonMapper;

/** order-service, as notification-service hears it: its events, sent to the event exchange as its relay sends them. */
final class NotificationEvents {

    private final RabbitTemplate rabbit;
    private final JsonMapper json;

    NotificationEvents(RabbitTemplate rabbit, JsonMapper json) {
        this.rabbit = rabbit;
        this.json = json;
    }

    static OrderPlaced placed(UUID customer, UUID order) {
        return new OrderPlaced(
                UUID.randomUUID(),
                Instant.now(),
                order,
                customer,
                List.of(),
                Money.of("19.99", "EUR"),
                new PaymentDetails(PaymentMethod.COD, null, null));
    }

    static OrderCancelled cancelled(UUID customer, UUID order) {
        return new OrderCancelled(UUID.randomUUID(), Instant.now(), order, customer, "OUT_OF_STOCK");
    }

    static OrderShipped shipped(UUID customer, UUID order) {
        return new OrderShipped(UUID.randomUUID(), Instant.now(), order, customer);
    }

    /** One delivery: the same event sent again is a redelivery of the same message. */
    void send(OrderEvent event) {
        new RabbitEvents(rabbit, json).publish(Topology.EVENTS, event.routingKey(), event.eventId(), event);
    }
}
