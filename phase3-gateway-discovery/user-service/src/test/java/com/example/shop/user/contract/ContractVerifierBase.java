package com.example.shop.user.contract;

import io.restassured.module.mockmvc.RestAssuredMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that Spring Cloud Contract generates from src/test/resources/contracts: the whole service
 * (security included) on an in-memory H2, with the user and the session that the contracts name. The same contracts
 * become the stubs that order-service and notification-service test their clients (and every service its
 * RemoteTokenIntrospector) against.
 */
@SpringBootTest(
        properties = {
            // in memory, so that the generated tests leave nothing behind in ./data
            "spring.datasource.url=jdbc:h2:mem:user-contracts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "shop.admin.password=admin-password-local"
        })
@AutoConfigureMockMvc
public abstract class ContractVerifierBase {

    static final String ADA = "7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01";

    /** SHA-256 of the bearer token "contract-token": only the hash is stored, as {@code Sessions} does. */
    static final String CONTRACT_TOKEN_HASH = "84f804387fb9d48283ac82552854e40854d6da3f1b150451e8d0a32f3f1c69ba";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        jdbc.sql("DELETE FROM sessions WHERE user_id = ?").param(ADA).update();
        jdbc.sql("DELETE FROM users WHERE id = ?").param(ADA).update();
        jdbc.sql("""
                        INSERT INTO users (id, email, password_hash, full_name, role, created_at, version)
                        VALUES (?, 'ada@example.com', '{noop}unused', 'Ada Lovelace', 'CUSTOMER', CURRENT_TIMESTAMP, 0)
                        """).param(ADA).update();
        jdbc.sql("""
                        INSERT INTO sessions (id, token_hash, user_id, created_at, expires_at)
                        VALUES (RANDOM_UUID(), ?, ?, CURRENT_TIMESTAMP, TIMESTAMP WITH TIME ZONE '2100-01-01 00:00:00+00')
                        """).param(CONTRACT_TOKEN_HASH).param(ADA).update();
        RestAssuredMockMvc.mockMvc(mvc);
    }
}
