package com.example.shop.order;

import com.example.shop.order.jobs.DueActions;
import com.example.shop.order.jobs.JobProperties;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The backstop of the delayed jobs: Redis keeps nothing on disk here, and a job may be lost with it. Every
 * {@code shop.orders.jobs.sweep-every}, the orders whose job is overdue by more than the grace period are found in
 * the database, and the same work is done for them. Every action is a no-op for an order that has moved on, so a job
 * and the sweep doing the same work is harmless; two instances sweeping at once too (the order row is locked).
 */
@Component
class OrderSweeps {

    private static final Logger log = LoggerFactory.getLogger(OrderSweeps.class);
    private static final PageRequest BATCH = PageRequest.of(0, 100);

    private final OrderRepository orders;
    private final DueActions actions;
    private final JobProperties properties;

    OrderSweeps(OrderRepository orders, DueActions actions, JobProperties properties) {
        this.orders = orders;
        this.actions = actions;
        this.properties = properties;
    }

    @Scheduled(
            fixedDelayString = "${shop.orders.jobs.sweep-every:15s}",
            initialDelayString = "${shop.orders.jobs.sweep-every:15s}")
    void sweep() {
        Instant now = Instant.now();
        Instant expiredBefore = now.minus(properties.expireAfter()).minus(properties.sweepGrace());
        for (UUID id : orders.findIdsByStatusSince(OrderStatus.PENDING, expiredBefore, BATCH)) {
            log.info("Sweep: order {} is PENDING past its expiry; its job did not run", id);
            actions.expire(id);
        }
        Instant invoicedBefore = now.minus(properties.invoiceAfter()).minus(properties.sweepGrace());
        for (UUID id : orders.findConfirmedWithoutInvoice(invoicedBefore, BATCH.getPageSize())) {
            log.info("Sweep: order {} is CONFIRMED without an invoice; its job did not run", id);
            actions.issueInvoice(id);
        }
        Instant shippedBefore = now.minus(properties.shipAfter()).minus(properties.sweepGrace());
        for (UUID id : orders.findIdsByStatusSince(OrderStatus.CONFIRMED, shippedBefore, BATCH)) {
            log.info("Sweep: order {} is CONFIRMED past its shipping time; its job did not run", id);
            actions.ship(id);
        }
    }
}
