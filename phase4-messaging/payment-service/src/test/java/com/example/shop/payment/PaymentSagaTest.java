package com.example.shop.payment;

import com.example.shop.testsupport.Infrastructure;
import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.testsupport.RabbitTestConfiguration;
import com.example.shop.testsupport.RedisTestConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * payment-service on real PostgreSQL, RabbitMQ and Redis, with retries short enough for a test; the classes that carry
 * it share one application context (and its virtual host, database and Redis database).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@PostgresIntegrationTest
@Import({RabbitTestConfiguration.class, RedisTestConfiguration.class})
@TestPropertySource(
        properties = {
            Infrastructure.TEST_NAME + "=test_payment_saga",
            // the retry jobs of this context only (Redisson's executor is named, and shared per Redis database)
            "spring.data.redis.database=1",
            "shop.payment.card.flaky-failures=2",
            "shop.payment.retry.max-attempts=4",
            "shop.payment.retry.first-pause=200ms",
            // only the delayed jobs retry here: the sweep (their backstop) waits longer than any test
            "shop.payment.sweep-every=1h",
            "shop.messaging.retry-delays=200ms,400ms"
        })
@interface PaymentSagaTest {}
