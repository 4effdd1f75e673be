package com.example.shop.user;

import com.example.shop.security.JwtProperties;
import com.example.shop.security.ShopTokens;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.stereotype.Service;

/**
 * Opens and revokes sessions. A session is a signed access token (an RS256 JWT that any service can verify on its own)
 * and the Redis key {@code shop:session:<jti>} ({@link ShopTokens#sessionKey}), which lives exactly as long as the token. The gateway refuses a token
 * whose key is gone, so deleting the key is logging out; Redis expires the keys itself, nothing needs purging.
 */
@Service
class Sessions {

    private final JwtEncoder encoder;
    private final StringRedisTemplate redis;
    private final AuthProperties auth;
    private final JwtProperties jwt;
    private final Clock clock;

    Sessions(JwtEncoder encoder, StringRedisTemplate redis, AuthProperties auth, JwtProperties jwt, Clock clock) {
        this.encoder = encoder;
        this.redis = redis;
        this.auth = auth;
        this.jwt = jwt;
        this.clock = clock;
    }

    IssuedToken open(UserProfile user) {
        Duration ttl = auth.tokenTtl();
        Instant now = clock.instant();
        String tokenId = UUID.randomUUID().toString();
        JwtClaimsSet claims = JwtClaimsSet.builder()
                .issuer(jwt.issuer())
                .audience(List.of(jwt.audience()))
                .subject(user.id().toString())
                .claim(ShopTokens.ROLES_CLAIM, List.of(user.role().name()))
                .claim("email", user.email())
                .id(tokenId)
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .build();
        // the encoder adds the signing key's id (kid) to the header
        JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).build();
        String token = encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
        redis.opsForValue().set(ShopTokens.sessionKey(tokenId), user.id().toString(), ttl);
        return new IssuedToken(token, ttl.toSeconds());
    }

    /** Idempotent: revoking an ended session changes nothing. */
    void revoke(String tokenId) {
        redis.delete(ShopTokens.sessionKey(tokenId));
    }

    record IssuedToken(String value, long expiresInSeconds) {}
}
