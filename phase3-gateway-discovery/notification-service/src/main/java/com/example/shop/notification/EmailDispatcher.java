package com.example.shop.notification;

import com.example.shop.notification.client.UserProfile;
import com.example.shop.notification.client.Users;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Mails a stored notification once the transaction that stored it has committed, and records whether the mail went
 * out. A mail server that is down costs the e-mail, never the notification or the order.
 *
 * <p>It runs on a separate thread ({@code @Async}): the customer does not wait for the mail server, and the request's
 * thread has given its database connection back before this one takes its own. (Run on the request's thread, every
 * order would hold two pooled connections at once, and a burst of orders could exhaust the pool and stall.)
 */
@Component
class EmailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(EmailDispatcher.class);

    private final NotificationRepository notifications;
    private final Users users;
    private final EmailSender sender;

    EmailDispatcher(NotificationRepository notifications, Users users, EmailSender sender) {
        this.notifications = notifications;
        this.users = users;
        this.sender = sender;
    }

    @Async
    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    void on(Notifications.NotificationStored stored) {
        notifications.findById(stored.notificationId()).ifPresent(this::email);
    }

    private void email(Notification notification) {
        String to =
                users.profile(notification.customerId()).map(UserProfile::email).orElse(null);
        if (to == null) {
            notification.emailed(false);
            return;
        }
        try {
            sender.send(to, subject(notification.type()), notification.message());
            notification.emailed(true);
        } catch (RuntimeException ex) {
            log.warn("Could not e-mail notification {} to {}: {}", notification.id(), to, ex.getMessage());
            notification.emailed(false);
        }
    }

    private static String subject(NotificationType type) {
        return switch (type) {
            case ORDER_CONFIRMED -> "Your order is confirmed";
            case ORDER_CANCELLED -> "Your order was cancelled";
        };
    }
}
