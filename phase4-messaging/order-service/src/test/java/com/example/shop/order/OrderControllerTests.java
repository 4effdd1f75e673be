package com.example.shop.order;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.common.NotFoundException;
import com.example.shop.order.invoice.Invoice;
import com.example.shop.order.invoice.Invoices;
import java.util.Optional;
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

/**
 * The HTTP contract of ordering in phase 4: 202 with the PENDING order and its Location, problem details for bad
 * input, 409 for an order that can no longer be cancelled, the owner's invoice as PDF; the order service is stubbed.
 */
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

    @MockitoBean
    Invoices invoices;

    /** The tokens are made up by the test ({@code jwt()}); user-service's keys are never fetched. */
    @MockitoBean
    JwtDecoder jwtDecoder;

    @Test
    void answersAcceptedWithThePendingOrderAndWhereToFollowIt() throws Exception {
        Order order = OrderMother.pendingOf(CUSTOMER);
        given(orders.place(eq(CUSTOMER), any(), any())).willReturn(order);

        mvc.perform(asCustomer(post("/api/orders")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(VALID_ORDER)))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", "/api/orders/" + order.id()))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.total.amount").value("214.30"))
                .andExpect(jsonPath("$.total.currency").value("EUR"))
                .andExpect(jsonPath("$.payment.method").value("CARD"))
                .andExpect(jsonPath("$.payment.status").doesNotExist())
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
                .andExpect(status().isAccepted());
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
    void refusesToCancelAShippedOrderWith409() throws Exception {
        Order shipped = OrderMother.confirmed();
        shipped.ship();
        given(orders.cancel(eq(shipped.id()), any()))
                .willThrow(new OrderNotCancellableException(shipped.id(), OrderStatus.SHIPPED));

        mvc.perform(asCustomer(post("/api/orders/{id}/cancel", shipped.id())))
                .andExpect(status().isConflict())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/order-not-cancellable"));
    }

    @Test
    void servesTheOwnerTheInvoiceAsPdf() throws Exception {
        Order order = OrderMother.confirmed();
        Invoice invoice = mock(Invoice.class);
        given(invoice.number()).willReturn("INV-2026-000001");
        given(invoice.pdf()).willReturn("%PDF-1.4".getBytes());
        given(orders.get(eq(order.id()), any())).willReturn(order);
        given(invoices.of(order.id())).willReturn(Optional.of(invoice));

        mvc.perform(asCustomer(get("/api/orders/{id}/invoice", order.id())))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andExpect(header().string("Content-Disposition", "inline; filename=\"INV-2026-000001.pdf\""))
                .andExpect(content().bytes("%PDF-1.4".getBytes()));
    }

    @Test
    void answersNotFoundForAnInvoiceNotIssuedYet() throws Exception {
        Order order = OrderMother.pending();
        given(orders.get(eq(order.id()), any())).willReturn(order);
        given(invoices.of(order.id())).willReturn(Optional.empty());

        mvc.perform(asCustomer(get("/api/orders/{id}/invoice", order.id())))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void answersNotFoundForSomeoneElsesInvoice() throws Exception {
        UUID someoneElses = UUID.randomUUID();
        given(orders.get(eq(someoneElses), any())).willThrow(new NotFoundException("Order", someoneElses));

        mvc.perform(asCustomer(get("/api/orders/{id}/invoice", someoneElses)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON));
        verifyNoInteractions(invoices);
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
