package com.example.shop.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A full application context on a real PostgreSQL (see {@link PostgresTestConfiguration}), with the application's
 * {@code postgres} profile active exactly as in compose.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@Import(PostgresTestConfiguration.class)
@ActiveProfiles("postgres")
public @interface PostgresIntegrationTest {}
