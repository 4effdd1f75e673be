package com.example.shop.notification.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where user-service is and how long to wait for it.
 *
 * @param url its base URL
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("shop.user-service")
public record UserServiceProperties(
        @DefaultValue("http://localhost:8081") String url,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout) {}
