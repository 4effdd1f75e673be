package com.example.shop.payment;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.redisson.api.ExecutorOptions;
import org.redisson.api.RScheduledExecutorService;
import org.redisson.api.RedissonClient;
import org.redisson.api.WorkerOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The next attempt of a charge, as a delayed job in Redis (Redisson): it survives a restart of payment-service and
 * runs on whichever instance's worker is free. Scheduled once the failed attempt is committed; if Redis loses it,
 * {@link PaymentSweep} finds the overdue retry in the database.
 */
@Component
class PaymentJobs {

    private static final Logger log = LoggerFactory.getLogger(PaymentJobs.class);

    private final RScheduledExecutorService executor;

    PaymentJobs(RedissonClient redisson, BeanFactory beans) {
        this.executor = redisson.getExecutorService(
                "payment-jobs", ExecutorOptions.defaults().taskRetryInterval(30, TimeUnit.SECONDS));
        this.executor.registerWorkers(WorkerOptions.defaults().workers(2).beanFactory(beans));
    }

    /**
     * The attempt after {@code failedAttempts} failed ones. Its job id names the attempt: the job that schedules the
     * next one is still running, and cancelling a running job of the same id (to reuse it) would interrupt the very
     * thread that schedules.
     */
    void retryLater(UUID orderId, int failedAttempts, Duration pause) {
        RetryCharge job = new RetryCharge(orderId, failedAttempts + 1);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    executor.schedule(job.id(), job, pause);
                } catch (RuntimeException redisDown) {
                    log.warn("Could not schedule {} (the sweep will catch it): {}", job.id(), redisDown.getMessage());
                }
            }
        });
    }
}
