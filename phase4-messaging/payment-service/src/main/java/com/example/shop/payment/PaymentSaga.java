package com.example.shop.payment;

import com.example.shop.inventory.api.StockReserved;
import com.example.shop.messaging.IncomingEvents;
import com.example.shop.messaging.ProcessedMessages;
import com.example.shop.messaging.Topology;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderPlaced;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * payment-service's part of the saga: it learns what to charge from {@code OrderPlaced}, charges when inventory-service
 * reports the stock reserved, and refunds (or never charges) a cancelled order. Each event is handled once.
 */
@Component
class PaymentSaga {

    static final String CONSUMER = "payment-service";

    private final IncomingEvents events;
    private final ProcessedMessages processed;
    private final Charging charging;
    private final TransactionTemplate transaction;

    PaymentSaga(
            JsonMapper json, ProcessedMessages processed, Charging charging, PlatformTransactionManager transactions) {
        this.events = IncomingEvents.with(json)
                .on(OrderPlaced.class, charging::remember)
                .on(StockReserved.class, reserved -> charging.stockReserved(reserved.orderId()))
                .on(OrderCancelled.class, cancelled -> charging.orderCancelled(cancelled.orderId()));
        this.processed = processed;
        this.charging = charging;
        this.transaction = new TransactionTemplate(transactions);
    }

    @RabbitListener(queues = Topology.PAYMENT_EVENTS)
    void on(Message message) {
        events.read(message)
                .ifPresent(event -> transaction.executeWithoutResult(status -> {
                    if (processed.firstTime(event.eventId(), CONSUMER)) {
                        events.handle(event);
                    }
                }));
    }
}
