package com.example.shop.notification;

import com.example.shop.common.Caller;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** The caller's notifications, newest first. */
    @GetMapping
    List<NotificationView> mine(Authentication caller, @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
        return notifications.latest(Caller.of(caller).id(), limit);
    }
}
