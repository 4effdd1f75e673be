package com.example.shop.order.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * When an order's delayed jobs come due.
 *
 * @param expireAfter a PENDING order not decided by then is cancelled (EXPIRED)
 * @param invoiceAfter how long after confirmation the invoice is issued
 * @param shipAfter how long after confirmation the (simulated) courier takes the order
 * @param sweepEvery how often the database is searched for orders whose job did not run (lost with Redis, say)
 * @param sweepGrace how late a job may be before the sweep does its work instead
 * @param executor the executor's name in Redis, shared by every instance of one deployment; two deployments on one
 *     Redis server need different names even in different databases, since Redisson announces due jobs by pub/sub,
 *     which ignores the database number (each would reset the other's timer and jobs would run late)
 */
@ConfigurationProperties("shop.orders.jobs")
public record JobProperties(
        @DefaultValue("2m") Duration expireAfter,
        @DefaultValue("1s") Duration invoiceAfter,
        @DefaultValue("30s") Duration shipAfter,
        @DefaultValue("15s") Duration sweepEvery,
        @DefaultValue("10s") Duration sweepGrace,
        @DefaultValue("order-jobs") String executor) {}
