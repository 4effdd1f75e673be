package com.example.shop.user.contract;

import com.example.shop.testsupport.Infrastructure;
import com.example.shop.testsupport.PostgresTestConfiguration;
import com.example.shop.testsupport.RedisTestConfiguration;
import io.restassured.module.mockmvc.RestAssuredMockMvc;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that Spring Cloud Contract generates from src/test/resources/contracts: the whole service
 * (security included) on PostgreSQL, in a database of these tests' own, with the user that the contracts name. The same contracts become the stubs
 * that order-service and notification-service test their clients against.
 */
@SpringBootTest(
        properties = {Infrastructure.TEST_NAME + "=test_user_contracts", "shop.admin.password=admin-password-local"})
@Import({PostgresTestConfiguration.class, RedisTestConfiguration.class})
@AutoConfigureMockMvc
public abstract class ContractVerifierBase {

    static final UUID ADA = UUID.fromString("7a0c9c1e-3f5b-4c1e-9a7d-2d8f4b6e1a01");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        jdbc.sql("DELETE FROM users WHERE id = ?").param(ADA).update();
        jdbc.sql("""
                        INSERT INTO users (id, email, password_hash, full_name, role, created_at, version)
                        VALUES (?, 'ada@example.com', '{noop}unused', 'Ada Lovelace', 'CUSTOMER', CURRENT_TIMESTAMP, 0)
                        """).param(ADA).update();
        RestAssuredMockMvc.mockMvc(mvc);
    }
}
