package com.example.shop.gateway.security;

import com.example.shop.security.ShopTokens;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * A JWT is valid at the edge only while its session exists in Redis: signature, expiry, issuer and audience are
 * checked first (by the delegate, without any network call once the keys are cached), then one {@code EXISTS} on
 * the session key ({@link ShopTokens#sessionKey}). Logout deletes that key, so a logged-out token is refused at once although its
 * signature stays valid until it expires.
 *
 * <p>When Redis cannot be asked, the token is refused with 503 (fail closed): the gateway cannot tell a revoked
 * session from a live one, and letting a revoked token through is the one mistake an edge must not make.
 */
class SessionCheckingJwtDecoder implements ReactiveJwtDecoder {

    static final String SESSION_ENDED = "the session of this token has ended (logged out or expired)";

    private final ReactiveJwtDecoder delegate;
    private final ReactiveStringRedisTemplate redis;

    SessionCheckingJwtDecoder(ReactiveJwtDecoder delegate, ReactiveStringRedisTemplate redis) {
        this.delegate = delegate;
        this.redis = redis;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        return delegate.decode(token).flatMap(this::requireLiveSession);
    }

    private Mono<Jwt> requireLiveSession(Jwt jwt) {
        if (jwt.getId() == null) {
            return Mono.error(new BadJwtException("the token has no jti, so it has no session"));
        }
        return redis.hasKey(ShopTokens.sessionKey(jwt.getId()))
                .onErrorMap(failure ->
                        new AuthenticationServiceException("the session store (Redis) cannot be reached", failure))
                .flatMap(live -> live ? Mono.just(jwt) : Mono.error(new BadJwtException(SESSION_ENDED)));
    }
}
