package com.example.shop.product.contract;

import io.restassured.module.mockmvc.RestAssuredMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that Spring Cloud Contract generates from src/test/resources/contracts: the whole service
 * (security included) on an in-memory H2 holding the demo catalog. The same contracts become the stubs that
 * order-service tests its client against.
 */
@SpringBootTest(
        properties =
                // in memory, so that the generated tests leave nothing behind in ./data
                "spring.datasource.url=jdbc:h2:mem:product-contracts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
@AutoConfigureMockMvc
public abstract class ContractVerifierBase {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void setUp() {
        RestAssuredMockMvc.mockMvc(mvc);
    }
}
