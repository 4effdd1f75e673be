package com.example.shop.notification.contract;

import com.example.shop.testsupport.PostgresIntegrationTest;
import io.restassured.module.mockmvc.RestAssuredMockMvc;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that Spring Cloud Contract generates from {@code src/test/resources/contracts}: each contract's
 * request goes through the whole service (security, controller, {@code Notifications}, PostgreSQL), so the stub that
 * order-service tests against answers what this service really answers. (No user-service runs here: the e-mail that
 * follows is recorded as not sent, which is what this service does when user-service cannot answer.)
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
public abstract class NotificationContractBase {

    @Autowired
    MockMvc mvc;

    @BeforeEach
    void routeContractRequestsThroughTheService() {
        RestAssuredMockMvc.mockMvc(mvc);
    }
}
