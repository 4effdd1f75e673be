package com.example.shop.notification.live;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.stereotype.Component;

/**
 * What a browser's {@code EventSource} uses instead of a bearer token, which it cannot send: a ticket bought with the
 * token ({@code POST /api/notifications/stream-tickets}), valid for one minute and for one connection, passed as
 * {@code ?ticket=}. The access token itself never appears in a URL (URLs end up in logs and browser history).
 */
@Component
class StreamTickets {

    static final Duration VALIDITY = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final StringRedisTemplate redis;

    StreamTickets(StringRedisTemplate redis) {
        this.redis = redis;
    }

    String issue(UUID customerId) {
        byte[] random = new byte[24];
        RANDOM.nextBytes(random);
        String ticket = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        redis.opsForValue().set(key(ticket), customerId.toString(), VALIDITY);
        return ticket;
    }

    /** The ticket's customer, once: the ticket is deleted as it is read. */
    Optional<UUID> redeem(String ticket) {
        return Optional.ofNullable(redis.opsForValue().getAndDelete(key(ticket)))
                .map(UUID::fromString);
    }

    private static String key(String ticket) {
        return "shop:stream-ticket:" + ticket;
    }
}
