package com.example.shop.payment.contract;

import com.example.shop.common.Money;
import com.example.shop.payment.PaymentDetails;
import com.example.shop.payment.PaymentMethod;
import com.example.shop.payment.Payments;
import com.example.shop.testsupport.PostgresIntegrationTest;
import io.restassured.module.mockmvc.RestAssuredMockMvc;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Base of the tests that Spring Cloud Contract generates from {@code src/test/resources/contracts}: each contract's
 * request goes through the whole service (security, controller, the payment strategies, PostgreSQL), so the stubs
 * that order-service tests against answer what this service really answers.
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
public abstract class PaymentContractBase {

    /** The order that contract {@code refundAChargedOrder} refunds. */
    static final UUID CHARGED_ORDER = UUID.fromString("ad0e6ec0-4f5b-4a7c-9d8e-9fab01234456");

    @Autowired
    MockMvc mvc;

    @Autowired
    Payments payments;

    @BeforeEach
    void routeContractRequestsThroughTheService() {
        RestAssuredMockMvc.mockMvc(mvc);
    }

    @BeforeEach
    void chargeTheOrderToRefund() {
        if (payments.forOrder(CHARGED_ORDER, null, true).isEmpty()) {
            payments.charge(
                    CHARGED_ORDER,
                    UUID.randomUUID(),
                    Money.of("19.99", "EUR"),
                    new PaymentDetails(PaymentMethod.CARD, "tok_visa", null));
        }
    }
}
