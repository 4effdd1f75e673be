package com.example.shop.notification;

import com.example.shop.fault.Capability;
import com.example.shop.fault.FaultSwitches;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The notification service's core: tell a customer something, and list what they were told. */
@Service
public class Notifications {

    private final NotificationRepository notifications;
    private final ApplicationEventPublisher events;
    private final FaultSwitches faults;

    Notifications(NotificationRepository notifications, ApplicationEventPublisher events, FaultSwitches faults) {
        this.notifications = notifications;
        this.events = events;
        this.faults = faults;
    }

    /**
     * Stores the notification; the e-mail goes out only after that transaction commits (see {@link EmailDispatcher}),
     * so no mail is ever sent for a notification that was not stored.
     */
    @Transactional
    public void notify(UUID customerId, UUID orderId, NotificationType type, String message) {
        faults.apply(Capability.NOTIFICATION);
        Notification notification = notifications.save(new Notification(customerId, orderId, type, message));
        events.publishEvent(new NotificationStored(notification.id()));
    }

    @Transactional(readOnly = true)
    public List<NotificationView> latest(UUID customerId, int limit) {
        return notifications.findByCustomerIdOrderByCreatedAtDesc(customerId, Limit.of(limit)).stream()
                .map(Notification::toView)
                .toList();
    }

    /** Internal to the module: a notification row exists and its e-mail may be sent once committed. */
    record NotificationStored(UUID notificationId) {}
}
