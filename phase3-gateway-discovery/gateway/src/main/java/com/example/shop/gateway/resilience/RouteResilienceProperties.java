package com.example.shop.gateway.resilience;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param timeLimit how long a route waits for its service before the caller gets the fallback's 503
 * @param timeLimits a different limit for some services, by circuit breaker name (= service name)
 * @param maxConcurrentCalls how many requests to one service may be in flight through this gateway at once
 */
@ConfigurationProperties("shop.routes")
record RouteResilienceProperties(
        @DefaultValue("5s") Duration timeLimit,
        Map<String, Duration> timeLimits,
        @DefaultValue("25") int maxConcurrentCalls) {

    RouteResilienceProperties {
        timeLimits = timeLimits == null ? Map.of() : Map.copyOf(timeLimits);
    }

    Duration timeLimitOf(String service) {
        return timeLimits.getOrDefault(service, timeLimit);
    }
}
