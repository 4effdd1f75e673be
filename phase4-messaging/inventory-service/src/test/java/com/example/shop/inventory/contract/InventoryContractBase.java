package com.example.shop.inventory.contract;

import com.example.shop.testsupport.PostgresIntegrationTest;
import io.restassured.module.mockmvc.RestAssuredMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that Spring Cloud Contract generates from {@code src/test/resources/contracts}: each contract's
 * request goes through the whole service (security, controller, {@code Inventory}, PostgreSQL with the demo stock), so
 * the stubs that order-service tests against answer what this service really answers.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
public abstract class InventoryContractBase {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void routeContractRequestsThroughTheService() {
        RestAssuredMockMvc.mockMvc(mvc);
    }
}
