package com.example.shop.user;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens, checks and revokes server-side sessions behind opaque bearer tokens. */
@Service
class Sessions {

    private static final Logger log = LoggerFactory.getLogger(Sessions.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SessionRepository sessions;
    private final AuthProperties properties;
    private final Clock clock;

    Sessions(SessionRepository sessions, AuthProperties properties, Clock clock) {
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /** A token of 256 random bits; only its hash is stored. */
    @Transactional
    IssuedToken open(UserProfile user) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant now = clock.instant();
        sessions.save(new Session(hash(token), user.id(), now, now.plus(properties.tokenTtl())));
        return new IssuedToken(token, properties.tokenTtl().toSeconds());
    }

    @Transactional(readOnly = true)
    Optional<Session> find(String token) {
        return sessions.findByTokenHash(hash(token)).filter(session -> !session.isExpiredAt(clock.instant()));
    }

    @Transactional
    void revoke(String token) {
        sessions.deleteByTokenHash(hash(token));
    }

    @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT1M")
    @Transactional
    void purgeExpired() {
        int purged = sessions.deleteExpired(clock.instant());
        if (purged > 0) {
            log.info("Purged {} expired sessions", purged);
        }
    }

    private static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException ex) {
            throw new IllegalStateException("Every JVM has SHA-256", ex);
        }
    }

    record IssuedToken(String value, long expiresInSeconds) {}
}
