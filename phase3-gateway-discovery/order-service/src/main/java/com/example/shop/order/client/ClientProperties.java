package com.example.shop.order.client;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long the order service waits for one attempt at a neighbour. Without a read timeout one slow neighbour would
 * hold a request thread (and the customer) for as long as it likes. The neighbours themselves are found by name
 * (service discovery); the budget of a whole call, retries included, is its time limit ({@code resilience4j.*}).
 *
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 */
@ConfigurationProperties("shop.clients")
public record ClientProperties(
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("2s") Duration readTimeout) {}
