package com.example.shop.testsupport;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.containers.GenericContainer;

/**
 * A real Redis for integration tests: a container where Docker is available, otherwise the server on this machine
 * (127.0.0.1:6379, as {@code .ci/run} ensures). Tests that share the local server keep their keys apart by what they
 * store (random ids), never by flushing it.
 */
@TestConfiguration(proxyBeanMethods = false)
public class RedisTestConfiguration {

    /** The same major version as the compose files. */
    static final String IMAGE = "redis:7-alpine";

    @Bean
    @ServiceConnection(name = "redis")
    @Conditional(WhenContainers.class)
    GenericContainer<?> redisContainer() {
        return new GenericContainer<>(IMAGE).withExposedPorts(6379);
    }

    @Bean
    @Conditional(WhenLocal.class)
    DataRedisConnectionDetails localRedis(Environment environment) {
        // the database the test chose, as Boot's own connection details would honour it
        int database = environment.getProperty("spring.data.redis.database", Integer.class, 0);
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of("127.0.0.1", 6379, database);
            }
        };
    }
}
