package com.example.shop.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Generated;
import org.hibernate.generator.EventType;

@Entity
@Table(name = "notifications")
class Notification {

    @Id
    private UUID id;

    /** The order it was numbered in: a live stream's event id, so that a reconnect asks for what came after it. */
    @Generated(event = EventType.INSERT)
    @Column(insertable = false, updatable = false)
    private Long seq;

    /** The event it announces: one notification per event, however often the event is delivered. */
    @Column(name = "event_id", nullable = false, unique = true)
    private UUID eventId;

    @Column(name = "customer_id", nullable = false)
    private UUID customerId;

    @Column(name = "order_id")
    private UUID orderId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationType type;

    @Column(nullable = false)
    private String message;

    @Enumerated(EnumType.STRING)
    @Column(name = "email_status", nullable = false)
    private EmailStatus emailStatus;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Notification() {}

    Notification(UUID eventId, UUID customerId, UUID orderId, NotificationType type, String message) {
        this.id = UUID.randomUUID();
        this.eventId = eventId;
        this.customerId = customerId;
        this.orderId = orderId;
        this.type = type;
        this.message = message;
        this.emailStatus = EmailStatus.PENDING;
        this.createdAt = Instant.now();
    }

    void emailed(boolean sent) {
        emailStatus = sent ? EmailStatus.SENT : EmailStatus.FAILED;
    }

    Long seq() {
        return seq;
    }

    UUID orderId() {
        return orderId;
    }

    UUID id() {
        return id;
    }

    UUID customerId() {
        return customerId;
    }

    NotificationType type() {
        return type;
    }

    String message() {
        return message;
    }

    NotificationView toView() {
        return new NotificationView(id, orderId, type, message, createdAt);
    }
}
