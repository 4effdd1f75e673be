package com.example.shop.notification;

import com.example.shop.messaging.Outbox;
import com.example.shop.messaging.Topology;
import com.example.shop.notification.live.LiveNotifications;
import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderConfirmed;
import com.example.shop.order.api.OrderEvent;
import com.example.shop.order.api.OrderPlaced;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * One notification per change of an order's status: stored, pushed to the customer's open streams, and e-mailed by a
 * worker of the e-mail queue (a task written to the outbox in the same transaction, so no e-mail is lost and none is
 * sent for a notification that was not stored).
 */
@Service
public class Notifications {

    private final NotificationRepository notifications;
    private final Outbox outbox;
    private final LiveNotifications live;

    Notifications(NotificationRepository notifications, Outbox outbox, LiveNotifications live) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.live = live;
    }

    /** In the transaction of the consumer that received the event. */
    @Transactional(propagation = Propagation.MANDATORY)
    void announce(OrderEvent event) {
        Notification notification = notifications.saveAndFlush(new Notification(
                event.eventId(), event.customerId(), event.orderId(), typeOf(event), messageOf(event)));
        outbox.enqueue(
                notification.id(),
                notification.customerId().toString(),
                Topology.SEND_EMAIL,
                new EmailTask(notification.id(), event instanceof OrderConfirmed));
        live.afterCommit(notification.customerId(), notification.seq(), notification.toView());
    }

    @Transactional(readOnly = true)
    public List<NotificationView> latest(UUID customerId, int limit) {
        return notifications.findByCustomerIdOrderByCreatedAtDesc(customerId, Limit.of(limit)).stream()
                .map(Notification::toView)
                .toList();
    }

    /** What a reconnecting stream missed: the customer's notifications numbered after {@code seq}, oldest first. */
    @Transactional(readOnly = true)
    public List<Numbered> after(UUID customerId, long seq, int limit) {
        return notifications.findByCustomerIdAndSeqGreaterThanOrderBySeq(customerId, seq, Limit.of(limit)).stream()
                .map(notification -> new Numbered(notification.seq(), notification.toView()))
                .toList();
    }

    /** A notification with its place in the customer's stream. */
    public record Numbered(long seq, NotificationView view) {}

    private static NotificationType typeOf(OrderEvent event) {
        if (event instanceof OrderPlaced) {
            return NotificationType.ORDER_PLACED;
        }
        if (event instanceof OrderConfirmed) {
            return NotificationType.ORDER_CONFIRMED;
        }
        if (event instanceof OrderCancelled) {
            return NotificationType.ORDER_CANCELLED;
        }
        return NotificationType.ORDER_SHIPPED;
    }

    private static String messageOf(OrderEvent event) {
        if (event instanceof OrderPlaced placed) {
            return "We received your order " + placed.orderId() + " of " + amount(placed.total()) + ".";
        }
        if (event instanceof OrderConfirmed confirmed) {
            return "Your order " + confirmed.orderId() + " of " + amount(confirmed.total()) + " is confirmed.";
        }
        if (event instanceof OrderCancelled cancelled) {
            return "Your order " + cancelled.orderId() + " was cancelled (" + cancelled.reason() + ").";
        }
        return "Your order " + event.orderId() + " has shipped.";
    }

    private static String amount(com.example.shop.common.Money money) {
        return money.amount().toPlainString() + " " + money.currency();
    }
}
