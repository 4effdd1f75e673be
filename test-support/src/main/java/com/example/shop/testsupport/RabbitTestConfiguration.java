package com.example.shop.testsupport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * A real RabbitMQ for integration tests: a container where Docker is available, otherwise the server on this machine
 * (127.0.0.1:5672, as {@code .ci/run} ensures) with a virtual host of the test's own, created empty when the
 * application context starts and deleted when it closes ({@link LocalRabbit}): its queues cannot hold messages of
 * another test or of a phase running beside the tests. The virtual host is named after {@code shop.test.name} (default
 * {@code test_<spring.application.name>}), so test classes that need a broker of their own set that property.
 *
 * <p>Either way a {@link RabbitManagement} bean reaches the management API of the application's virtual host.
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
    @Conditional(WhenContainers.class)
    RabbitManagement containerRabbitManagement(RabbitMQContainer container) {
        return new RabbitManagement(
                container.getHttpUrl(), container.getAdminUsername(), container.getAdminPassword(), "/");
    }

    @Bean
    @Conditional(WhenLocal.class)
    LocalVirtualHost localVirtualHost(Environment environment) {
        return new LocalVirtualHost(Infrastructure.testName(environment));
    }

    @Bean
    @Conditional(WhenLocal.class)
    RabbitConnectionDetails localRabbit(LocalVirtualHost virtualHost) {
        return LocalRabbit.freshVirtualHost(virtualHost.name());
    }

    @Bean
    @Conditional(WhenLocal.class)
    RabbitManagement localRabbitManagement(LocalVirtualHost virtualHost) {
        return LocalRabbit.management(virtualHost.name());
    }

    /**
     * Releases the test's virtual host when the context closes: after the connections to it, which depend on the
     * connection details and therefore on this bean, are closed.
     */
    record LocalVirtualHost(String name) implements DisposableBean {

        @Override
        public void destroy() {
            LocalRabbit.releaseVirtualHost(name);
        }
    }
}
