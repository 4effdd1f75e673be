package com.example.shop.product;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.jwt;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.common.Money;
import com.example.shop.messaging.Topology;
import com.example.shop.product.api.ProductListed;
import com.example.shop.testsupport.PostgresIntegrationTest;
import com.example.shop.testsupport.RabbitTestConfiguration;
import com.example.shop.testsupport.RecordedQueue;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every change of the catalog is announced in the transaction that makes it (an outbox row) and then published to the
 * event exchange, where order-service's queue receives it; the catalog that existed before events did is announced once
 * by a migration (V101).
 */
@PostgresIntegrationTest
@AutoConfigureMockMvc
@Import(RabbitTestConfiguration.class)
class ProductEventsIntegrationTests {

    static final Duration WAIT = Duration.ofSeconds(30);

    @Autowired
    MockMvc mvc;

    @Autowired
    ProductCatalog catalog;

    @Autowired
    RabbitTemplate rabbit;

    @Autowired
    JsonMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    /** One for the class: what one test takes from the queue, the others still see. */
    static RecordedQueue orderService;

    @BeforeEach
    void listenAsOrderService() {
        if (orderService == null) {
            orderService = new RecordedQueue(rabbit, Topology.ORDER_EVENTS);
        }
    }

    @Test
    void announcesAListedChangedAndDelistedProductInThatOrder() throws Exception {
        String sku = "EVT-" + UUID.randomUUID().toString().substring(0, 8);
        long id = json.readTree(mvc.perform(post("/api/products")
                                .with(admin())
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(product(sku, "Desk lamp", "24.00")))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .get("id")
                .asLong();
        mvc.perform(put("/api/products/{id}", id)
                        .with(admin())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(product(sku, "Desk lamp", "19.00")))
                .andExpect(status().isOk());
        mvc.perform(delete("/api/products/{id}", id).with(admin())).andExpect(status().isNoContent());

        await().atMost(WAIT).until(() -> published(id).size() == 3);
        List<Message> events = published(id);
        assertThat(events).extracting(this::type).containsExactly("ProductListed", "ProductChanged", "ProductDelisted");
        assertThat(body(events.get(0)).get("name").asString()).isEqualTo("Desk lamp");
        assertThat(new java.math.BigDecimal(
                        body(events.get(1)).get("price").get("amount").asString()))
                .isEqualByComparingTo("19.00");
        assertThat(events.get(0).getMessageProperties().getReceivedRoutingKey()).isEqualTo("product.ProductListed");
        assertThat(unsentRows(id)).isZero();
    }

    @Test
    void announcesNothingForAChangeThatWasRolledBack() {
        String sku = "ROLLBACK-" + UUID.randomUUID().toString().substring(0, 8);

        new TransactionTemplate(transactions).executeWithoutResult(transaction -> {
            catalog.create(sku, "Never sold", "Rolled back", Money.of("1.00", "EUR"));
            transaction.setRollbackOnly();
        });

        assertThat(jdbc.sql("SELECT count(*) FROM products WHERE sku = ?")
                        .param(sku)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE payload LIKE ?")
                        .param("%" + sku + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void announcesTheCatalogThatExistedBeforeEventsOnce() {
        List<ProductDetails> demo = catalog.page(org.springframework.data.domain.PageRequest.of(0, 12))
                .getContent();

        await().atMost(WAIT).until(() -> demo.stream()
                .allMatch(product -> !published(product.id()).isEmpty()));

        assertThat(demo).allSatisfy(product -> {
            List<Message> announced = published(product.id());
            assertThat(announced).extracting(this::type).first().isEqualTo("ProductListed");
            assertThat(announced.stream().filter(message -> type(message).equals("ProductListed")))
                    .hasSize(1);
            ProductListed listed = json.readValue(text(announced.get(0)), ProductListed.class);
            assertThat(listed.price()).isEqualTo(product.price());
            assertThat(listed.sku()).isEqualTo(product.sku());
        });
    }

    private List<Message> published(long productId) {
        return orderService.messages().stream()
                .filter(message -> body(message).get("productId").asLong() == productId)
                .toList();
    }

    private long unsentRows(long productId) {
        return jdbc.sql("SELECT count(*) FROM outbox WHERE aggregate_id = ? AND sent_at IS NULL")
                .param("product-" + productId)
                .query(Long.class)
                .single();
    }

    private String type(Message message) {
        return message.getMessageProperties().getType();
    }

    private JsonNode body(Message message) {
        return json.readTree(text(message));
    }

    private static String text(Message message) {
        return new String(message.getBody(), StandardCharsets.UTF_8);
    }

    private static String product(String sku, String name, String price) {
        return """
                {"sku": "%s", "name": "%s", "description": "A lamp.", "price": {"amount": "%s", "currency": "EUR"}}
                """.formatted(sku, name, price);
    }

    private static RequestPostProcessor admin() {
        return jwt().jwt(token -> token.subject(UUID.randomUUID().toString()))
                .authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));
    }
}
