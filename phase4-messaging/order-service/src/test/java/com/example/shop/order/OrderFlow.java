package com.example.shop.order;

import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.common.Money;
import com.example.shop.events.DomainEvent;
import com.example.shop.inventory.api.StockRejected;
import com.example.shop.inventory.api.StockReserved;
import com.example.shop.messaging.Topology;
import com.example.shop.payment.api.PaymentCaptured;
import com.example.shop.payment.api.PaymentDeclined;
import com.example.shop.payment.api.PaymentMethod;
import com.example.shop.product.api.ProductListed;
import com.example.shop.testsupport.RabbitEvents;
import com.jayway.jsonpath.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The steps of the order tests, named as a learner would tell them: a customer places an order over HTTP; the other
 * services answer with events on the real broker, exactly as their outbox relays publish them; what order-service
 * did is read from its database and from the events it published.
 */
final class OrderFlow {

    /** Sized for a busy two-core machine: a message round trip and a context's first request can take seconds. */
    static final Duration PATIENCE = Duration.ofSeconds(30);

    private final MockMvc mvc;
    private final RabbitEvents events;
    private final JdbcClient jdbc;

    OrderFlow(MockMvc mvc, RabbitEvents events, JdbcClient jdbc) {
        this.mvc = mvc;
        this.events = events;
        this.jdbc = jdbc;
    }

    static OrderFlow of(ApplicationContext context, MockMvc mvc) {
        return new OrderFlow(
                mvc,
                new RabbitEvents(context.getBean(RabbitTemplate.class), context.getBean(JsonMapper.class)),
                context.getBean(JdbcClient.class));
    }

    // --- the customer ---------------------------------------------------------------------------------------------

    static String order(long productId, int quantity) {
        return """
                {"items": [{"productId": %d, "quantity": %d}], "payment": {"method": "COD"}}
                """.formatted(productId, quantity);
    }

    static MockHttpServletRequestBuilder as(UUID customer, MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(token -> token.subject(customer.toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_CUSTOMER")));
    }

    static MockHttpServletRequestBuilder asAdmin(MockHttpServletRequestBuilder request) {
        return request.with(jwt().jwt(token -> token.subject(UUID.randomUUID().toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN")));
    }

    /** The customer orders, and order-service accepts (202): the new order's id. */
    UUID place(UUID customer, long productId, int quantity) throws Exception {
        String body = mvc.perform(as(
                        customer,
                        post("/api/orders")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(order(productId, quantity))))
                .andExpect(status().isAccepted())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(body, "$.id"));
    }

    // --- the neighbours -------------------------------------------------------------------------------------------

    /** Publishes the event as its service's relay would; publishing it again is a redelivery. */
    void publish(DomainEvent event) {
        events.publish(Topology.EVENTS, event.routingKey(), event.eventId(), event);
    }

    /** product-service listed a product, and the copy has it (the listing is applied asynchronously). */
    void productListed(long productId, String name, String price) {
        publish(new ProductListed(UUID.randomUUID(), Instant.now(), productId, "SKU-" + productId, name, eur(price)));
        await().atMost(PATIENCE).until(() -> priceInCopy(productId) != null);
    }

    StockReserved stockReserved(UUID orderId) {
        return new StockReserved(UUID.randomUUID(), Instant.now(), orderId, List.of());
    }

    StockRejected stockRejected(UUID orderId, long productId) {
        return new StockRejected(UUID.randomUUID(), Instant.now(), orderId, List.of(productId));
    }

    PaymentCaptured paymentCaptured(UUID orderId) {
        return new PaymentCaptured(
                UUID.randomUUID(),
                Instant.now(),
                orderId,
                UUID.randomUUID(),
                PaymentMethod.COD,
                total(orderId),
                "AUTHORIZED");
    }

    PaymentDeclined paymentDeclined(UUID orderId) {
        return new PaymentDeclined(UUID.randomUUID(), Instant.now(), orderId, "PAYMENT_DECLINED");
    }

    /** Stock reserved, then the payment taken: the order is confirmed a moment later. */
    void confirmedByTheSaga(UUID orderId) {
        publish(stockReserved(orderId));
        publish(paymentCaptured(orderId));
        awaitStatus(orderId, OrderStatus.CONFIRMED);
    }

    /** What order-service published from now on under {@code pattern} ({@code order.#}). */
    RabbitEvents.Listener listen(String pattern) {
        return events.listen(Topology.EVENTS, pattern);
    }

    // --- what order-service did -----------------------------------------------------------------------------------

    OrderStatus statusOf(UUID orderId) {
        return jdbc.sql("SELECT status FROM orders WHERE id = ?")
                .param(orderId)
                .query(String.class)
                .optional()
                .map(OrderStatus::valueOf)
                .orElse(null);
    }

    void awaitStatus(UUID orderId, OrderStatus status) {
        await().atMost(PATIENCE).until(() -> statusOf(orderId) == status);
    }

    /** Null while the order is not cancelled. */
    String failureReasonOf(UUID orderId) {
        return column("failure_reason", orderId);
    }

    /** Null while no payment was attempted. */
    String paymentStatusOf(UUID orderId) {
        return column("payment_status", orderId);
    }

    private String column(String name, UUID orderId) {
        return jdbc.sql("SELECT " + name + " FROM orders WHERE id = ?")
                .param(orderId)
                .query((row, n) -> row.getString(1))
                .list()
                .get(0);
    }

    /** The outbox rows of the order of one type ({@code OrderPlaced}): what it announced, published or not yet. */
    long outboxRows(UUID orderId, String type) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND type = ?")
                .param(orderId.toString())
                .param(type)
                .query(Long.class)
                .single();
    }

    long ordersOf(UUID customer) {
        return jdbc.sql("SELECT count(*) FROM orders WHERE customer_id = ?")
                .param(customer)
                .query(Long.class)
                .single();
    }

    String priceInCopy(long productId) {
        return jdbc.sql("SELECT price || ' ' || currency FROM catalog_products WHERE id = ? AND listed")
                .param(productId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    private Money total(UUID orderId) {
        return jdbc.sql("SELECT total_amount, currency FROM orders WHERE id = ?")
                .param(orderId)
                .query((rs, n) -> new Money(rs.getBigDecimal(1), rs.getString(2)))
                .single();
    }

    static Money eur(String amount) {
        return Money.of(amount, "EUR");
    }

    /** A product id of the test's own, far from the demo catalog's, so that tests sharing a database never meet. */
    static long newProductId() {
        return 1_000_000 + (long) (Math.random() * 1_000_000_000);
    }
}
