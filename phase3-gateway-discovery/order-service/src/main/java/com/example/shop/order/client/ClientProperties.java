package com.example.shop.order.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the neighbouring services are and how long the order service waits for them. Without a read timeout one slow
 * neighbour would hold a request thread (and the customer) for as long as it likes.
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param productService base URL of product-service (see application.yml for each one's environment variable)
 */
@ConfigurationProperties("shop.clients")
public record ClientProperties(
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("3s") Duration readTimeout,
        String productService,
        String inventoryService,
        String paymentService,
        String notificationService) {}
