package com.example.shop.order;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.order.client.PaymentStatus;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The HTTP contract of ordering: status codes, bodies and problem details, with the order service stubbed. */
@WebMvcTest(OrderController.class)
@Import(SecurityConfiguration.class)
class OrderControllerTests {

    static final UUID CUSTOMER = UUID.randomUUID();
    static final String VALID_ORDER = """
            {"items": [{"productId": 1, "quantity": 2}], "payment": {"method": "CARD", "cardToken": "tok_visa"}}
            """;

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OrderService orders;

    /** The tokens are made up by the test ({@code jwt()}); user-service's keys are never fetched. */
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void answersCreatedWithTheConfirmedOrderAndItsLocation() throws Exception {
        Order order = OrderMother.pending();
        order.confirm(PaymentStatus.CAPTURED);
        given(orders.place(eq(CUSTOMER), any(), any())).willReturn(order);

        mvc.perform(asCustomer(post("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_ORDER)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/orders/" + order.id()))
                .andExpect(jsonPath("$.status").value("CONFIRMED"))
                .andExpect(jsonPath("$.total.amount").value("214.30"))
                .andExpect(jsonPath("$.total.currency").value("EUR"))
                .andExpect(jsonPath("$.payment.status").value("CAPTURED"))
                .andExpect(jsonPath("$.items[0].name").value("Mechanical keyboard"));
    }

    @Test
    void passesTheIdempotencyKeyOn() throws Exception {
        UUID key = UUID.randomUUID();
        given(orders.place(eq(CUSTOMER), eq(key), any())).willReturn(OrderMother.pending());

        mvc.perform(asCustomer(post("/api/orders")
                        .header("Idempotency-Key", key.toString())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_ORDER)))
                .andExpect(status().isCreated());
    }

    @Test
    void rejectsAQuantityOutOfRangeNamingTheField() throws Exception {
        mvc.perform(asCustomer(post("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_ORDER.replace("\"quantity\": 2", "\"quantity\": 0"))))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/validation"))
                .andExpect(jsonPath("$.errors[0].field").value("items[0].quantity"));
        verifyNoInteractions(orders);
    }

    @Test
    void refusesABodyOverTheSizeLimitWith413() throws Exception {
        String padded = VALID_ORDER.replace("}\n", ", \"note\": \"" + "x".repeat(1024 * 1024) + "\"}");

        mvc.perform(asCustomer(post("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(padded)))
                .andExpect(status().is(413))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/payload-too-large"));
        verifyNoInteractions(orders);
    }

    @Test
    void rejectsMalformedJson() throws Exception {
        mvc.perform(asCustomer(post("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"items\": [")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/malformed-request"));
        verifyNoInteractions(orders);
    }

    @Test
    void rejectsAnUnknownPaymentMethodListingTheKnownOnes() throws Exception {
        mvc.perform(asCustomer(post("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_ORDER.replace("\"CARD\"", "\"BITCOIN\""))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("The value of 'payment.method' cannot be read: expected one of [CARD, UPI, COD]"));
    }

    @Test
    void rejectsAWrongContentType() throws Exception {
        mvc.perform(asCustomer(
                        post("/api/orders").contentType(MediaType.TEXT_PLAIN).content(VALID_ORDER)))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/unsupported-media-type"));
    }

    @Test
    void rejectsAnIdempotencyKeyThatIsNotAUuid() throws Exception {
        mvc.perform(asCustomer(post("/api/orders")
                        .header("Idempotency-Key", "not-a-uuid")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_ORDER)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(orders);
    }

    @Test
    void requiresABearerToken() throws Exception {
        mvc.perform(post("/api/orders").contentType(MediaType.APPLICATION_JSON).content(VALID_ORDER))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/unauthorized"));
    }

    static MockHttpServletRequestBuilder asCustomer(MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(token -> token.subject(CUSTOMER.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
    }
}
