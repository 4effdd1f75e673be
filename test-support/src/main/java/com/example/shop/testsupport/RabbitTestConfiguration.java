package com.example.shop.testsupport;

import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * A real RabbitMQ for integration tests: a container where Docker is available, otherwise the server on this machine
 * (127.0.0.1:5672, as {@code .ci/run} ensures) with a virtual host of the test's own, created empty for each test JVM
 * ({@link LocalRabbit}): its queues cannot hold messages of another test or of a phase running beside the tests.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RabbitTestConfiguration {

    /** The same major version as the compose files. */
    static final String IMAGE = "rabbitmq:3.13-management-alpine";

    @Bean
    @ServiceConnection
    @Conditional(WhenContainers.class)
    RabbitMQContainer rabbitContainer() {
        return new RabbitMQContainer(IMAGE);
    }

    @Bean
    @Conditional(WhenLocal.class)
    RabbitConnectionDetails localRabbit(Environment environment) {
        return LocalRabbit.freshVirtualHost("test_" + environment.getProperty("spring.application.name", "shop"));
    }
}
