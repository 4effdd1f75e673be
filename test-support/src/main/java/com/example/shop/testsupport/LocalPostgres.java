package com.example.shop.testsupport;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;

/**
 * The local PostgreSQL server (no Docker): each test database is dropped and created anew once per test JVM, so every
 * run starts from an empty schema exactly as a container would.
 *
 * <p>Server address and user: {@code SHOP_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/}),
 * {@code SHOP_TEST_POSTGRES_USER} (default {@code postgres}), {@code SHOP_TEST_POSTGRES_PASSWORD} (default empty,
 * for trust authentication).
 */
final class LocalPostgres {

    private static final Map<String, JdbcConnectionDetails> CREATED = new ConcurrentHashMap<>();

    private LocalPostgres() {}

    static JdbcConnectionDetails freshDatabase(String requestedName) {
        String name = requestedName.toLowerCase().replaceAll("[^a-z0-9_]", "_");
        return CREATED.computeIfAbsent(name, LocalPostgres::recreate);
    }

    private static JdbcConnectionDetails recreate(String name) {
        String server = Infrastructure.setting(
                "shop.test.postgres.url", "SHOP_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/");
        String user = Infrastructure.setting("shop.test.postgres.user", "SHOP_TEST_POSTGRES_USER", "postgres");
        String password = Infrastructure.setting("shop.test.postgres.password", "SHOP_TEST_POSTGRES_PASSWORD", "");
        try (Connection admin = DriverManager.getConnection(server + "postgres", user, password);
                Statement statement = admin.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException ex) {
            throw new IllegalStateException(
                    "No Docker and no local PostgreSQL at " + server + " (start it, see .ci/run): " + ex.getMessage(),
                    ex);
        }
        return new Details(server + name, user, password);
    }

    private record Details(String url, String user, String password) implements JdbcConnectionDetails {

        @Override
        public String getJdbcUrl() {
            return url;
        }

        @Override
        public String getUsername() {
            return user;
        }

        @Override
        public String getPassword() {
            return password;
        }
    }
}
