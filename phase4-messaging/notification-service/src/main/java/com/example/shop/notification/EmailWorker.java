package com.example.shop.notification;

import com.example.shop.messaging.ProcessedMessages;
import com.example.shop.messaging.Topology;
import com.example.shop.messaging.UnreadableMessageException;
import com.example.shop.notification.client.OrderInvoices;
import com.example.shop.notification.client.UserProfile;
import com.example.shop.notification.client.Users;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A worker of the e-mail queue: tasks, not events. Every notification-service instance runs these consumers on the
 * same queue ({@value Topology#EMAIL}), and each task goes to one of them: the work is shared (competing consumers).
 * A task that cannot be done now (user-service or order-service down, the invoice not issued yet, the SMTP server
 * failing) is retried later with a growing pause, then dead-lettered; the notification itself is stored already.
 *
 * <p>Sending a mail is a side effect no transaction can undo: if this instance dies after the SMTP server accepted
 * the mail and before the task is acknowledged, the redelivered task sends it again. E-mail is at least once here;
 * the notification row is exactly once.
 */
@Component
class EmailWorker {

    static final String CONSUMER = "email-worker";
    static final String LISTENER_ID = "email-worker";

    private static final Logger log = LoggerFactory.getLogger(EmailWorker.class);

    private final JsonMapper json;
    private final ProcessedMessages processed;
    private final NotificationRepository notifications;
    private final Users users;
    private final OrderInvoices invoices;
    private final EmailSender sender;
    private final TransactionTemplate transaction;

    EmailWorker(
            JsonMapper json,
            ProcessedMessages processed,
            NotificationRepository notifications,
            Users users,
            OrderInvoices invoices,
            EmailSender sender,
            PlatformTransactionManager transactions) {
        this.json = json;
        this.processed = processed;
        this.notifications = notifications;
        this.users = users;
        this.invoices = invoices;
        this.sender = sender;
        this.transaction = new TransactionTemplate(transactions);
    }

    @RabbitListener(id = LISTENER_ID, queues = Topology.EMAIL, concurrency = "2")
    void on(Message message) {
        EmailTask task = read(message);
        UUID taskId = UUID.fromString(message.getMessageProperties().getMessageId());
        transaction.executeWithoutResult(status -> {
            if (processed.firstTime(taskId, CONSUMER)) {
                notifications.findById(task.notificationId()).ifPresent(notification -> email(notification, task));
            }
        });
    }

    private EmailTask read(Message message) {
        try {
            return json.readValue(new String(message.getBody(), StandardCharsets.UTF_8), EmailTask.class);
        } catch (JacksonException unreadable) {
            throw new UnreadableMessageException(
                    "an e-mail task that cannot be read: " + unreadable.getOriginalMessage());
        }
    }

    private void email(Notification notification, EmailTask task) {
        UserProfile customer = users.profile(notification.customerId()).orElse(null);
        if (customer == null) {
            log.warn(
                    "Notification {}: user-service does not know customer {}",
                    notification.id(),
                    notification.customerId());
            notification.emailed(false);
            return;
        }
        List<EmailSender.Attachment> attachments = task.attachInvoice() ? invoice(notification) : List.of();
        sender.send(customer.email(), subject(notification.type()), notification.message(), attachments);
        notification.emailed(true);
    }

    private List<EmailSender.Attachment> invoice(Notification notification) {
        byte[] pdf = invoices.pdf(notification.orderId())
                .orElseThrow(() -> new IllegalStateException(
                        "The invoice of order " + notification.orderId() + " is not issued yet"));
        return List.of(
                new EmailSender.Attachment("invoice-" + notification.orderId() + ".pdf", "application/pdf", pdf));
    }

    private static String subject(NotificationType type) {
        return switch (type) {
            case ORDER_PLACED -> "We received your order";
            case ORDER_CONFIRMED -> "Your order is confirmed";
            case ORDER_CANCELLED -> "Your order was cancelled";
            case ORDER_SHIPPED -> "Your order has shipped";
        };
    }
}
