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
 * The virtual host is named after the application unless the test sets {@value #VIRTUAL_HOST}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RabbitTestConfiguration {

    /** The same major version as the compose files. */
    static final String IMAGE = "rabbitmq:3.13-management-alpine";

    /**
     * A test class's own virtual host (local RabbitMQ only; a container is the context's own anyway): set it where two
     * cached application contexts of one module would otherwise consume from each other's queues.
     */
    public static final String VIRTUAL_HOST = "shop.test.rabbitmq.virtual-host";

    @Bean
    @ServiceConnection
    @Conditional(WhenContainers.class)
    RabbitMQContainer rabbitContainer() {
        return new RabbitMQContainer(IMAGE);
    }

    @Bean
    @Conditional(WhenLocal.class)
    RabbitConnectionDetails localRabbit(Environment environment) {
        String name = environment.getProperty(
                VIRTUAL_HOST, "test_" + environment.getProperty("spring.application.name", "shop"));
        return LocalRabbit.freshVirtualHost(name);
    }
}
