package com.example.shop.inventory;

import com.example.shop.inventory.api.StockRejected;
import com.example.shop.inventory.api.StockReserved;
import com.example.shop.messaging.IncomingEvents;
import com.example.shop.messaging.Outbox;
import com.example.shop.messaging.ProcessedMessages;
import com.example.shop.messaging.Topology;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.order.api.OrderShipped;
import java.time.Clock;
import java.util.UUID;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * inventory-service's part of the saga. A new order's stock is reserved (all lines or none) and the outcome published;
 * a cancelled order's stock is released (the compensation); a shipped order's stock is sold. Each event is handled
 * once: its id is remembered in the transaction that changes the stock and writes the outcome to the outbox.
 */
@Component
class StockSaga {

    static final String CONSUMER = "inventory-service";

    private final IncomingEvents events;
    private final ProcessedMessages processed;
    private final Inventory inventory;
    private final Outbox outbox;
    private final Clock clock;
    private final TransactionTemplate transaction;

    StockSaga(
            JsonMapper json,
            ProcessedMessages processed,
            Inventory inventory,
            Outbox outbox,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.events = IncomingEvents.with(json)
                .on(OrderPlaced.class, this::reserve)
                .on(OrderCancelled.class, cancelled -> inventory.release(cancelled.orderId()))
                .on(OrderShipped.class, shipped -> inventory.ship(shipped.orderId()));
        this.processed = processed;
        this.inventory = inventory;
        this.outbox = outbox;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    @RabbitListener(queues = Topology.INVENTORY_EVENTS)
    void on(Message message) {
        events.read(message)
                .ifPresent(event -> transaction.executeWithoutResult(status -> {
                    if (processed.firstTime(event.eventId(), CONSUMER)) {
                        events.handle(event);
                    }
                }));
    }

    private void reserve(OrderPlaced placed) {
        ReservationOutcome outcome = inventory.reserve(
                placed.orderId(),
                placed.lines().stream()
                        .map(line -> new StockLine(line.productId(), line.quantity()))
                        .toList());
        if (outcome.reserved()) {
            outbox.publish(new StockReserved(
                    UUID.randomUUID(),
                    clock.instant(),
                    placed.orderId(),
                    placed.lines().stream()
                            .map(line -> new StockReserved.Line(line.productId(), line.quantity()))
                            .toList()));
        } else {
            outbox.publish(new StockRejected(
                    UUID.randomUUID(), clock.instant(), placed.orderId(), outcome.unavailableProductIds()));
        }
    }
}
