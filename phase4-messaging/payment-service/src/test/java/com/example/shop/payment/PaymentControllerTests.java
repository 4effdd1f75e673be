package com.example.shop.payment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.common.Money;
import com.example.shop.payment.api.PaymentMethod;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A customer sees only their own payments. (Phase 3's {@code /internal/payments} charge and refund endpoints are gone:
 * in phase 4 payments are made by events, see {@code PaymentSagaIntegrationTests}.)
 */
@WebMvcTest(PaymentController.class)
@Import(SecurityConfiguration.class)
class PaymentControllerTests {

    static final UUID CUSTOMER = UUID.randomUUID();
    static final UUID ORDER = UUID.randomUUID();

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Payments payments;

    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void showsACustomerThePaymentOfTheirOrder() throws Exception {
        given(payments.forOrder(ORDER, CUSTOMER, false))
                .willReturn(Optional.of(new PaymentView(
                        UUID.randomUUID(),
                        ORDER,
                        PaymentMethod.CARD,
                        Money.of("19.99", "EUR"),
                        PaymentStatus.CAPTURED)));

        mvc.perform(get("/api/payments").param("orderId", ORDER.toString()).with(customer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CAPTURED"))
                .andExpect(jsonPath("$.amount.amount").value("19.99"));
    }

    @Test
    void answersNotFoundForSomeoneElsesOrder() throws Exception {
        given(payments.forOrder(any(), any(), any(Boolean.class))).willReturn(Optional.empty());

        mvc.perform(get("/api/payments").param("orderId", ORDER.toString()).with(customer()))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/not-found"));
    }

    @Test
    void needsABearerTokenForPayments() throws Exception {
        mvc.perform(get("/api/payments").param("orderId", ORDER.toString()))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/unauthorized"));
    }

    private static RequestPostProcessor customer() {
        return jwt().jwt(token -> token.subject(CUSTOMER.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }
}
