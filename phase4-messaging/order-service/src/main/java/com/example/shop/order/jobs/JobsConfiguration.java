package com.example.shop.order.jobs;

import java.util.concurrent.TimeUnit;
import org.redisson.api.ExecutorOptions;
import org.redisson.api.RScheduledExecutorService;
import org.redisson.api.RedissonClient;
import org.redisson.api.WorkerOptions;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.task.ThreadPoolTaskSchedulerBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * The executor the order jobs wait in (Redis, under the name {@code shop.orders.jobs.executor}, {@code order-jobs} by
 * default) and this instance's workers for it.
 * Every instance of order-service runs two workers; a due job runs on one of them. A job whose worker died while
 * running it is run again after 30 s (Redisson's default is five minutes).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(JobProperties.class)
class JobsConfiguration {

    /**
     * Not shut down with the context ({@code destroyMethod = ""}): an executor's {@code shutdown()} is recorded in
     * Redis, for every instance, and from then on refuses every new job ("ExecutorService is in shutdown state"), also
     * after a restart. Stopping one instance must not stop the others' jobs; its workers stop with its Redisson client.
     */
    @Bean(destroyMethod = "")
    RScheduledExecutorService orderJobExecutor(RedissonClient redisson, BeanFactory beans, JobProperties properties) {
        RScheduledExecutorService executor = redisson.getExecutorService(
                properties.executor(), ExecutorOptions.defaults().taskRetryInterval(30, TimeUnit.SECONDS));
        executor.registerWorkers(WorkerOptions.defaults().workers(2).beanFactory(beans));
        return executor;
    }

    /**
     * The scheduler of this process's {@code @Scheduled} methods (the sweeps). Without a {@code TaskScheduler} bean,
     * Spring would schedule them on the only {@code ScheduledExecutorService} bean, the Redisson executor above: the
     * sweep would be serialised into Redis, which fails at start-up, and Boot backs off its own scheduler when that
     * bean exists.
     */
    @Bean
    ThreadPoolTaskScheduler taskScheduler(ThreadPoolTaskSchedulerBuilder builder) {
        return builder.threadNamePrefix("order-sweeps-").build();
    }
}
