package com.example.shop.notification;

import com.example.shop.fault.Capability;
import com.example.shop.fault.FaultMode;
import com.example.shop.fault.FaultSwitched;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.rabbit.listener.MessageListenerContainer;
import org.springframework.amqp.rabbit.listener.RabbitListenerEndpointRegistry;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notification switch set to {@code fail} stops this instance's consumers, as if notification-service were down:
 * order events and e-mail tasks wait in their queues, and ordering goes on unaffected. Set back to {@code none}, the
 * consumers start again and work through what queued up, each notification once.
 */
@Component
class PauseWhileFailing {

    private static final Logger log = LoggerFactory.getLogger(PauseWhileFailing.class);

    private final RabbitListenerEndpointRegistry listeners;

    PauseWhileFailing(RabbitListenerEndpointRegistry listeners) {
        this.listeners = listeners;
    }

    @EventListener
    void on(FaultSwitched switched) {
        if (switched.setting().capability() != Capability.NOTIFICATION) {
            return;
        }
        boolean failing = switched.setting().mode() == FaultMode.FAIL;
        for (String id : new String[] {NotificationSaga.LISTENER_ID, EmailWorker.LISTENER_ID}) {
            MessageListenerContainer container = listeners.getListenerContainer(id);
            if (container == null) {
                continue;
            }
            if (failing) {
                container.stop();
            } else if (!container.isRunning()) {
                container.start();
            }
        }
        log.info("Notification consumers {}", failing ? "paused: messages wait in their queues" : "running");
    }
}
