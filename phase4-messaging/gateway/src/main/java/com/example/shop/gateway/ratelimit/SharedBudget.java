package com.example.shop.gateway.ratelimit;

import java.util.Map;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import reactor.core.publisher.Mono;

/**
 * One budget per caller for every route that uses this limiter. {@link RedisRateLimiter} keeps a bucket per route
 * and caller ({@code request_rate_limiter.{<route>.<caller>}}), so with ten routes a caller would get ten times the
 * budget; here every route asks the buckets of one name instead of its own. (The filter's {@code routeId} argument
 * cannot do this: the gateway overwrites it with the route's id.)
 */
final class SharedBudget implements RateLimiter<RedisRateLimiter.Config> {

    private final String name;
    private final RedisRateLimiter buckets;

    SharedBudget(String name, RedisRateLimiter buckets) {
        this.name = name;
        this.buckets = buckets;
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return buckets.isAllowed(name, id);
    }

    @Override
    public Map<String, RedisRateLimiter.Config> getConfig() {
        return buckets.getConfig();
    }

    @Override
    public Class<RedisRateLimiter.Config> getConfigClass() {
        return buckets.getConfigClass();
    }

    @Override
    public RedisRateLimiter.Config newConfig() {
        return buckets.newConfig();
    }
}
