package com.example.shop.notification;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * What was phase 1's in-process call from the order module, now over HTTP for order-service only (HTTP Basic as the
 * service account, see the security configuration).
 */
@RestController
@RequestMapping("/internal/notifications")
class NotifyController {

    private final Notifications notifications;

    NotifyController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** Stores the notification (201); the e-mail goes out afterwards, and its failure never fails this call. */
    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    void store(@Valid @RequestBody NotifyRequest request) {
        notifications.notify(request.customerId(), request.orderId(), request.type(), request.message());
    }

    record NotifyRequest(
            @NotNull UUID customerId,
            UUID orderId,
            @NotNull NotificationType type,
            @NotBlank @Size(max = 1000) String message) {}
}
