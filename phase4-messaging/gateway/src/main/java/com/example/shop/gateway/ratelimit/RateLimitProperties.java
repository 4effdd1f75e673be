package com.example.shop.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Token buckets, per caller (the values and their reasons are in application.yml): {@code replenishRate} tokens a second, at most {@code burstCapacity} saved up.
 *
 * @param api one bucket per caller shared by every other route: browsing, reading one's orders, the admin endpoints
 * @param orders {@code POST /api/orders}: placing an order reserves stock and charges money
 * @param login {@code POST /api/auth/login}, per client address: guessing passwords gets slow
 */
@ConfigurationProperties("shop.rate-limits")
public record RateLimitProperties(Bucket api, Bucket orders, Bucket login) {

    public record Bucket(int replenishRate, int burstCapacity) {}
}
