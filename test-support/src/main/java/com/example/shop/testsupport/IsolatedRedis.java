package com.example.shop.testsupport;

import org.springframework.boot.data.redis.autoconfigure.DataRedisConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.containers.GenericContainer;

/**
 * A Redis database of the test's own: a container where Docker is available, otherwise database number
 * {@code shop.test.redis-database} (0 to 15) of the local server, emptied once per test JVM ({@link LocalRedis}) as
 * a container starts empty. Pick a number no other test uses: Redisson's
 * delayed-job workers of two contexts on one database would run each other's jobs, and a test may flush it
 * ({@code FLUSHDB}, never {@code FLUSHALL}). Redis's pub/sub ignores the database number, though: Redisson
 * announces due jobs on channels named after the executor, so give a test's executor a name of its own too.
 */
@TestConfiguration(proxyBeanMethods = false)
public class IsolatedRedis {

    @Bean
    @ServiceConnection(name = "redis")
    @Conditional(WhenContainers.class)
    GenericContainer<?> redisContainer() {
        return new GenericContainer<>(RedisTestConfiguration.IMAGE).withExposedPorts(6379);
    }

    @Bean
    @Conditional(WhenLocal.class)
    DataRedisConnectionDetails localRedis(Environment environment) {
        int database = environment.getRequiredProperty("shop.test.redis-database", Integer.class);
        LocalRedis.freshDatabase(database);
        return new DataRedisConnectionDetails() {
            @Override
            public Standalone getStandalone() {
                return Standalone.of(LocalRedis.HOST, LocalRedis.PORT, database);
            }
        };
    }
}
