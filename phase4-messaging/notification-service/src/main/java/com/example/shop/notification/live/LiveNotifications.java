package com.example.shop.notification.live;

import com.example.shop.notification.NotificationView;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.redis.connection.Message;
import org.springframework.data.redis.connection.MessageListener;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Pushes each new notification to its customer's open streams, whichever notification-service instance holds them.
 * The instance that stored the notification publishes it on a Redis channel once its transaction has committed; every
 * instance hears it and writes it to the streams of that customer it holds, and to nobody else's. Redis pub/sub
 * forgets what nobody heard: a customer who was not connected, or whose instance missed a message, catches up from
 * the database when the stream reconnects with {@code Last-Event-ID}.
 */
@Component
public class LiveNotifications implements MessageListener {

    public static final String CHANNEL = "shop:notifications";

    private static final Logger log = LoggerFactory.getLogger(LiveNotifications.class);

    private final StringRedisTemplate redis;
    private final JsonMapper json;
    private final Map<UUID, Set<SseEmitter>> streams = new ConcurrentHashMap<>();

    LiveNotifications(StringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    /** Publishes the notification once the transaction that stored it has committed. */
    public void afterCommit(UUID customerId, long seq, NotificationView notification) {
        String published = json.writeValueAsString(new Published(customerId, seq, notification));
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    redis.convertAndSend(CHANNEL, published);
                } catch (RuntimeException redisDown) {
                    log.warn("Could not push notification {} live: {}", seq, redisDown.getMessage());
                }
            }
        });
    }

    /** A message on the channel: written to this instance's streams of that customer. */
    @Override
    public void onMessage(Message message, byte[] pattern) {
        Published published = json.readValue(message.getBody(), Published.class);
        for (SseEmitter stream : streams.getOrDefault(published.customerId(), Set.of())) {
            send(
                    published.customerId(),
                    stream,
                    SseEmitter.event()
                            .id(Long.toString(published.seq()))
                            .name("notification")
                            .data(published.notification()));
        }
    }

    void register(UUID customerId, SseEmitter stream) {
        streams.computeIfAbsent(customerId, id -> ConcurrentHashMap.newKeySet()).add(stream);
        Runnable forget = () -> forget(customerId, stream);
        stream.onCompletion(forget);
        stream.onTimeout(forget);
        stream.onError(failure -> forget.run());
    }

    /** A comment every 15 s keeps idle connections open through proxies and shows a dead client early. */
    @Scheduled(fixedRateString = "${shop.notifications.heartbeat-every:15s}")
    void heartbeat() {
        streams.forEach((customerId, open) -> open.forEach(
                stream -> send(customerId, stream, SseEmitter.event().comment("heartbeat"))));
    }

    int openStreams() {
        return streams.values().stream().mapToInt(Set::size).sum();
    }

    private void send(UUID customerId, SseEmitter stream, SseEmitter.SseEventBuilder event) {
        try {
            stream.send(event);
        } catch (IOException | IllegalStateException gone) {
            forget(customerId, stream);
        }
    }

    private void forget(UUID customerId, SseEmitter stream) {
        streams.computeIfPresent(customerId, (id, open) -> {
            open.remove(stream);
            return open.isEmpty() ? null : open;
        });
    }

    /** What travels on the channel. */
    record Published(UUID customerId, long seq, NotificationView notification) {}
}
