package com.example.shop.testsupport;

import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.env.Environment;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for integration tests: a container where Docker is available, otherwise a fresh database on the
 * local server (see {@link LocalPostgres}). Either way Spring Boot receives it as {@link JdbcConnectionDetails}, so
 * the application's own {@code spring.datasource.*} settings stay untouched.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PostgresTestConfiguration {

    /** The same major version as the compose files. */
    static final String IMAGE = "postgres:17-alpine";

    /** A test class's own database (local PostgreSQL only): named after the application unless the test sets it. */
    public static final String DATABASE = "shop.test.postgres.database";

    @Bean
    @ServiceConnection
    @Conditional(WhenContainers.class)
    PostgreSQLContainer postgresContainer() {
        return new PostgreSQLContainer(IMAGE);
    }

    @Bean
    @Conditional(WhenLocal.class)
    JdbcConnectionDetails localPostgres(Environment environment) {
        String name =
                environment.getProperty(DATABASE, "test_" + environment.getProperty("spring.application.name", "shop"));
        return LocalPostgres.freshDatabase(name);
    }
}
