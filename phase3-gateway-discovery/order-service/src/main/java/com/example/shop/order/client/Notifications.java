package com.example.shop.order.client;

import java.util.UUID;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** notification-service, as the order service sees it: tell a customer something. */
@HttpExchange("/internal/notifications")
public interface Notifications {

    @PostExchange
    void send(@RequestBody Notification notification);

    default void notify(UUID customerId, UUID orderId, NotificationType type, String message) {
        send(new Notification(customerId, orderId, type, message));
    }

    record Notification(UUID customerId, UUID orderId, NotificationType type, String message) {}
}
