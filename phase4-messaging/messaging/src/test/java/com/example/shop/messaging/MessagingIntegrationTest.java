package com.example.shop.messaging;

import com.example.shop.messaging.testapp.MessagingTestApplication;
import com.example.shop.testsupport.PostgresTestConfiguration;
import com.example.shop.testsupport.RabbitTestConfiguration;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.annotation.DirtiesContext;

/**
 * The test application ({@link MessagingTestApplication}) on a real PostgreSQL and a real RabbitMQ. Each test class
 * names its own database and virtual host with {@code shop.test.name}, so it starts from an empty broker; its context
 * is closed after the class (its listeners and relay stop, the virtual host is deleted).
 *
 * <p>Short retry delays (200 ms, then 400 ms) and three attempts, so a message reaches the dead letters in about a
 * second.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        classes = MessagingTestApplication.class,
        properties = {"shop.messaging.retry-delays=200ms,400ms", "shop.messaging.max-attempts=3"})
@Import({PostgresTestConfiguration.class, RabbitTestConfiguration.class})
@DirtiesContext
@interface MessagingIntegrationTest {

    /**
     * For a test class that runs the relay itself ({@code relay.publishPending()}): the scheduled one never runs, and
     * no commit wakes it.
     */
    String MANUAL_RELAY = """
            shop.messaging.relay-interval=1h
            shop.messaging.relay-on-commit=false
            """;
}
