package com.example.shop.notification.live;

import com.example.shop.common.Caller;
import com.example.shop.notification.Notifications;
import java.io.IOException;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The caller's notifications as they happen, as Server-Sent Events: first what they missed since {@code Last-Event-ID}
 * (the header a reconnecting {@code EventSource} sends, or {@code ?lastEventId=}), from the database, then every new
 * one, with a heartbeat comment every 15 s. An open stream holds no thread: it waits in the servlet container's
 * asynchronous mode until there is something to write.
 */
@RestController
@RequestMapping("/api/notifications")
class StreamController {

    private static final int REPLAY_LIMIT = 100;

    private final Notifications notifications;
    private final LiveNotifications live;
    private final StreamTickets tickets;

    StreamController(Notifications notifications, LiveNotifications live, StreamTickets tickets) {
        this.notifications = notifications;
        this.live = live;
        this.tickets = tickets;
    }

    /** Bearer token (curl: {@code -H "Authorization: Bearer …"}) or a ticket ({@code EventSource}: {@code ?ticket=}). */
    @GetMapping(value = "/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(
            Authentication caller,
            @RequestParam(required = false) String ticket,
            @RequestHeader(name = "Last-Event-ID", required = false) Long lastEventIdHeader,
            @RequestParam(name = "lastEventId", required = false) Long lastEventIdParam)
            throws IOException {
        UUID customerId = customer(caller, ticket);
        SseEmitter stream = new SseEmitter(0L); // no time limit: the client or a heartbeat that fails ends it
        Long since = lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam;
        live.register(customerId, stream);
        if (since != null) {
            for (var missed : notifications.after(customerId, since, REPLAY_LIMIT)) {
                stream.send(SseEmitter.event()
                        .id(Long.toString(missed.seq()))
                        .name("notification")
                        .data(missed.view()));
            }
        }
        stream.send(SseEmitter.event().comment("connected"));
        return stream;
    }

    /** A one-minute, one-use ticket for a browser's {@code EventSource}, bought with the bearer token. */
    @PostMapping("/stream-tickets")
    Map<String, Object> ticket(Authentication caller) {
        return Map.of(
                "ticket", tickets.issue(Caller.of(caller).id()),
                "expiresIn", StreamTickets.VALIDITY.toSeconds());
    }

    private UUID customer(Authentication caller, String ticket) {
        if (caller instanceof JwtAuthenticationToken) {
            return Caller.of(caller).id();
        }
        if (ticket != null) {
            return tickets.redeem(ticket)
                    .orElseThrow(() -> new InsufficientAuthenticationException("unknown or used ticket"));
        }
        throw new InsufficientAuthenticationException("a bearer token or a stream ticket is required");
    }
}
