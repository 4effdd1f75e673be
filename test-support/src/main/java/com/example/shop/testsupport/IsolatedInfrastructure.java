package com.example.shop.testsupport;

import org.springframework.boot.amqp.autoconfigure.RabbitConnectionDetails;
import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * PostgreSQL, RabbitMQ and Redis of one test class's own, for a service whose tests start several application
 * contexts side by side (the context cache keeps them alive): each context's listeners, outbox relay, sweeps and
 * delayed-job workers then see only its own database, virtual host and Redis database, never another context's.
 *
 * <p>Containers where Docker is available (fresh for each context anyway); otherwise the local servers, named by the
 * test's {@code shop.test.name} property: a database {@code test_<name>} and a virtual host {@code test_<name>}, both
 * created empty once per test JVM, and the Redis database {@code shop.test.redis-database} (0 to 15; pick one no other
 * test uses, since a test may flush it).
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
    @ServiceConnection(name = "redis")
    @Conditional(WhenContainers.class)
    GenericContainer<?> redisContainer() {
        return new GenericContainer<>(RedisTestConfiguration.IMAGE).withExposedPorts(6379);
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

    @Bean
    @Conditional(WhenLocal.class)
    DataRedisConnectionDetails localRedis(Environment environment) {
        int database = environment.getProperty("shop.test.redis-database", Integer.class, 0);
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("127.0.0.1", 6379, database);
            }
        };
    }

    private static String name(Environment environment) {
        return environment.getRequiredProperty("shop.test.name");
    }
}
