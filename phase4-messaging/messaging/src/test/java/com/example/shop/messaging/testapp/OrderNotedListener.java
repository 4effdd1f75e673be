package com.example.shop.messaging.testapp;

import com.example.shop.messaging.IncomingEvents;
import com.example.shop.messaging.ProcessedMessages;
import com.example.shop.messaging.Topology;
import com.rabbitmq.client.Channel;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.amqp.rabbit.connection.ChannelProxy;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The consuming side, written as every phase 4 consumer is: read the event, then in one transaction remember its id
 * and apply its effect (a row in {@code effects}), or do nothing for a duplicate. Around that, what the tests need:
 * every delivery is recorded, and two faults can be switched on per order or message.
 */
@Component
public class OrderNotedListener {

    static final String CONSUMER = "notification-service";

    private final IncomingEvents events;
    private final ProcessedMessages processed;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Map<String, List<Delivery>> deliveries = new ConcurrentHashMap<>();
    private final Set<String> poisonedOrders = ConcurrentHashMap.newKeySet();
    private final Set<String> dieBeforeAck = ConcurrentHashMap.newKeySet();

    OrderNotedListener(
            JsonMapper json,
            ProcessedMessages processed,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.events = IncomingEvents.with(json).on(OrderNoted.class, this::apply);
        this.processed = processed;
        this.jdbc = jdbc;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @RabbitListener(queues = Topology.NOTIFICATION_EVENTS)
    void on(Message message, Channel channel) throws IOException, TimeoutException {
        Delivery delivery = Delivery.of(message, clock.instant());
        deliveries
                .computeIfAbsent(delivery.messageId(), id -> new CopyOnWriteArrayList<>())
                .add(delivery);
        events.read(message)
                .ifPresent(event -> transaction.executeWithoutResult(status -> {
                    if (processed.firstTime(event.eventId(), CONSUMER)) {
                        events.handle(event);
                    }
                }));
        if (dieBeforeAck.remove(delivery.messageId())) {
            // the effect is committed; the consumer "dies" before the container acknowledges the delivery: its
            // channel goes away, and RabbitMQ requeues what that channel had not acknowledged
            ((ChannelProxy) channel).getTargetChannel().close();
        }
    }

    private void apply(OrderNoted noted) {
        if (poisonedOrders.contains(noted.orderId())) {
            throw new IllegalStateException("cannot apply note " + noted.sequence() + " of order " + noted.orderId());
        }
        jdbc.update(
                "INSERT INTO effects (event_id, order_id, sequence) VALUES (?, ?, ?)",
                noted.eventId(),
                noted.orderId(),
                noted.sequence());
    }

    /** Every delivery of this message so far, in the order they arrived. */
    public List<Delivery> deliveriesOf(UUID messageId) {
        return List.copyOf(deliveries.getOrDefault(messageId.toString(), List.of()));
    }

    /** From now on the effect fails for every event of this order (a bug, or a dependency that is down). */
    public void poison(String orderId) {
        poisonedOrders.add(orderId);
    }

    /** The bug is fixed: events of this order apply again. */
    public void heal(String orderId) {
        poisonedOrders.remove(orderId);
    }

    /** The next delivery of this message commits its effect, then loses its channel before the acknowledgement. */
    public void dieBeforeAcknowledging(UUID messageId) {
        dieBeforeAck.add(messageId.toString());
    }
}
