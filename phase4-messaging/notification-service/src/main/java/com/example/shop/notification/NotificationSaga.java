package com.example.shop.notification;

import com.example.shop.fault.Capability;
import com.example.shop.fault.FaultSwitches;
import com.example.shop.messaging.IncomingEvents;
import com.example.shop.messaging.ProcessedMessages;
import com.example.shop.messaging.Topology;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderConfirmed;
import com.example.shop.order.api.OrderEvent;
import com.example.shop.order.api.OrderPlaced;
import com.example.shop.order.api.OrderShipped;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Hears every change of an order's status and tells its customer, once per event. */
@Component
class NotificationSaga {

    static final String CONSUMER = "notification-service";
    static final String LISTENER_ID = "notification-events";

    private final IncomingEvents events;
    private final ProcessedMessages processed;
    private final Notifications notifications;
    private final FaultSwitches faults;
    private final TransactionTemplate transaction;

    NotificationSaga(
            JsonMapper json,
            ProcessedMessages processed,
            Notifications notifications,
            FaultSwitches faults,
            PlatformTransactionManager transactions) {
        this.events = IncomingEvents.with(json)
                .on(OrderPlaced.class, this::announce)
                .on(OrderConfirmed.class, this::announce)
                .on(OrderCancelled.class, this::announce)
                .on(OrderShipped.class, this::announce);
        this.processed = processed;
        this.notifications = notifications;
        this.faults = faults;
        this.transaction = new TransactionTemplate(transactions);
    }

    @RabbitListener(id = LISTENER_ID, queues = Topology.NOTIFICATION_EVENTS)
    void on(Message message) {
        events.read(message)
                .ifPresent(event -> transaction.executeWithoutResult(status -> {
                    faults.apply(
                            Capability
                                    .NOTIFICATION); // "slow" slows this consumer; "fail" pauses it (PauseWhileFailing)
                    if (processed.firstTime(event.eventId(), CONSUMER)) {
                        events.handle(event);
                    }
                }));
    }

    private void announce(OrderEvent event) {
        notifications.announce(event);
    }
}
