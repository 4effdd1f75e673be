package com.example.shop.order.jobs;

import java.time.Duration;
import java.util.UUID;
import org.redisson.api.RScheduledExecutorService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Schedules an order's delayed jobs in Redis (Redisson's {@link RScheduledExecutorService}). A job is scheduled only
 * once the transaction that made it necessary has committed: a job for an order that was rolled back would act on
 * nothing, and a job scheduled before a commit that then fails is harmless but confusing in the logs.
 *
 * <p>A job is an optimisation, not the source of truth: Redis may lose it (it keeps nothing on disk here), so
 * {@link OrderSweeps} searches the database for orders whose job is overdue and does the same work.
 */
@Component
public class OrderJobs {

    private static final Logger log = LoggerFactory.getLogger(OrderJobs.class);

    private final RScheduledExecutorService executor;
    private final JobProperties properties;

    OrderJobs(RScheduledExecutorService orderJobExecutor, JobProperties properties) {
        this.executor = orderJobExecutor;
        this.properties = properties;
    }

    /** The order expires unless decided within {@code shop.orders.jobs.expire-after}. */
    public void expireLater(UUID orderId) {
        afterCommit(new OrderJob(orderId, OrderJob.EXPIRE), properties.expireAfter());
    }

    /** A confirmed order is invoiced, then shipped. */
    public void afterConfirmation(UUID orderId) {
        afterCommit(new OrderJob(orderId, OrderJob.INVOICE), properties.invoiceAfter());
        afterCommit(new OrderJob(orderId, OrderJob.SHIP), properties.shipAfter());
    }

    private void afterCommit(OrderJob job, Duration delay) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            schedule(job, delay);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                schedule(job, delay);
            }
        });
    }

    /**
     * Cancel, then schedule: Redisson refuses a second job with the same id ("Duplicated id"), and a redelivered event
     * schedules the same job again. If Redis is down the job is not scheduled; the sweep will find the order.
     */
    private void schedule(OrderJob job, Duration delay) {
        try {
            executor.cancelTask(job.id());
            executor.schedule(job.id(), job, delay);
        } catch (RuntimeException redisDown) {
            log.warn("Could not schedule {} (the sweep will catch it): {}", job.id(), redisDown.getMessage());
        }
    }
}
