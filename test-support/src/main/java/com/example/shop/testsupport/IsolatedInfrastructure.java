package com.example.shop.testsupport;

import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * A PostgreSQL database and a RabbitMQ virtual host of the test's own, for a service whose tests start several
 * application contexts side by side (the context cache keeps them alive): each context's listeners and outbox relay
 * then see only its own database and virtual host, never another context's messages or rows. With delayed jobs in
 * Redis, add {@link IsolatedRedis}.
 *
 * <p>Containers where Docker is available (fresh for each context anyway); otherwise the local servers: a database
 * and a virtual host named {@code test_<shop.test.name>}, both created empty once per test JVM. Contexts that share a
 * name share them (two contexts of one service started one after the other, say).
 */
@TestConfiguration(proxyBeanMethods = false)
public class IsolatedInfrastructure {

    @Bean
    @ServiceConnection
    @Conditional(WhenContainers.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(PostgresTestConfiguration.IMAGE);
    }

    @Bean
    @ServiceConnection
    @Conditional(WhenContainers.class)
    RabbitMQContainer rabbitContainer() {
        return new RabbitMQContainer(RabbitTestConfiguration.IMAGE);
    }

    @Bean
    @Conditional(WhenLocal.class)
    JdbcConnectionDetails localPostgres(Environment environment) {
        return LocalPostgres.freshDatabase("test_" + name(environment));
    }

    @Bean
    @Conditional(WhenLocal.class)
    RabbitConnectionDetails localRabbit(Environment environment) {
        return LocalRabbit.freshVirtualHost("test_" + name(environment));
    }

    private static String name(Environment environment) {
        return environment.getRequiredProperty("shop.test.name");
    }
}
