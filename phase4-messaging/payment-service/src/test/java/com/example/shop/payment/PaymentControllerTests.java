package com.example.shop.payment;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.common.InvalidRequestException;
import com.example.shop.common.Money;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** A customer sees only their own payments; charging and refunding are for the service account only. */
@WebMvcTest({PaymentController.class, ChargeController.class})
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

    @Test
    void chargesForTheServiceAccount() throws Exception {
        given(payments.charge(any(), any(), any(), any()))
                .willReturn(new PaymentResult(PaymentStatus.DECLINED, PaymentResult.Failure.DECLINED));

        mvc.perform(post("/internal/payments")
                        .with(serviceAccount())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(charge("tok_declined")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DECLINED"))
                .andExpect(jsonPath("$.failure").value("DECLINED"));
    }

    @Test
    void refusesToChargeForACustomer() throws Exception {
        mvc.perform(post("/internal/payments")
                        .with(customer())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(charge("tok_visa")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(payments);
    }

    @Test
    void namesTheFieldOfIncompleteDetails() throws Exception {
        willThrow(new InvalidRequestException("payment.cardToken", "is required for CARD payments"))
                .given(payments)
                .validate(any());

        mvc.perform(post("/internal/payments/validation")
                        .with(serviceAccount())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"method\": \"CARD\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("payment.cardToken"));
    }

    @Test
    void answersNotFoundWhenRefundingAnOrderNeverCharged() throws Exception {
        given(payments.refund(ORDER)).willReturn(Optional.empty());

        mvc.perform(post("/internal/payments/{orderId}/refund", ORDER).with(serviceAccount()))
                .andExpect(status().isNotFound());
        verify(payments).refund(ORDER);
    }

    private static String charge(String cardToken) {
        return """
                {"orderId": "%s", "customerId": "%s", "amount": {"amount": "19.99", "currency": "EUR"},
                 "payment": {"method": "CARD", "cardToken": "%s"}}
                """.formatted(ORDER, CUSTOMER, cardToken);
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor customer() {
        return jwt().jwt(token -> token.subject(CUSTOMER.toString()))
                .authorities(new org.springframework.security.core.authority.SimpleGrantedAuthority("ROLE_CUSTOMER"));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor serviceAccount() {
        return httpBasic("shop-internal", "internal-secret-local");
    }
}
