package com.example.shop.gateway.ratelimit;

import java.net.InetSocketAddress;
import java.security.Principal;
import org.springframework.cloud.gateway.filter.ratelimit.KeyResolver;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import reactor.core.publisher.Mono;

/**
 * The gateway's own Redis token buckets ({@link RedisRateLimiter}: one Lua script per request, atomic in Redis, so
 * every gateway instance shares the same buckets). The routes in application.yml pick a limiter by bean name.
 *
 * <p>When Redis is down the stock limiter lets every request through (fail open) and logs the error. We keep that:
 * a broken limiter must not take the shop down, and every request that needs a session is refused with 503 anyway,
 * because the session check fails closed ({@code SessionCheckingJwtDecoder}). What stays open during a Redis outage is
 * anonymous browsing, unlimited.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    /** The caller's user id when a valid token came with the request, otherwise the client's address. */
    @Bean
    @Primary
    KeyResolver callerKeyResolver() {
        return exchange -> exchange.getPrincipal()
                .map(Principal::getName)
                .map(user -> "user:" + user)
                .switchIfEmpty(Mono.fromSupplier(
                        () -> "ip:" + clientAddress(exchange.getRequest().getRemoteAddress())));
    }

    /** Always the client's address: before login there is no user, and guessing one user's password from many
     * accounts' point of view is the attack to slow down. */
    @Bean
    KeyResolver clientAddressKeyResolver() {
        return exchange -> Mono.just("ip:" + clientAddress(exchange.getRequest().getRemoteAddress()));
    }

    /** The api budget: one for all the routes that use it (see {@link SharedBudget}). */
    @Bean
    @Primary
    RateLimiter<RedisRateLimiter.Config> apiRateLimiter(RedisRateLimiter apiBuckets) {
        return new SharedBudget("api", apiBuckets);
    }

    @Bean
    RedisRateLimiter apiBuckets(RateLimitProperties limits) {
        return limiter(limits.api());
    }

    @Bean
    RedisRateLimiter ordersRateLimiter(RateLimitProperties limits) {
        return limiter(limits.orders());
    }

    @Bean
    RedisRateLimiter loginRateLimiter(RateLimitProperties limits) {
        return limiter(limits.login());
    }

    private static RedisRateLimiter limiter(RateLimitProperties.Bucket bucket) {
        return new RedisRateLimiter(bucket.replenishRate(), bucket.burstCapacity());
    }

    /**
     * The address the connection came from. X-Forwarded-For is not trusted: any client can set it, and the gateway
     * is the edge, so nobody in front of it vouches for the header.
     */
    private static String clientAddress(InetSocketAddress remote) {
        return remote == null || remote.getAddress() == null
                ? "unknown"
                : remote.getAddress().getHostAddress();
    }
}
