package com.example.shop.order;

import static com.example.shop.order.OrderFlow.PATIENCE;
import static com.example.shop.order.OrderFlow.as;
import static com.example.shop.order.OrderFlow.asAdmin;
import static com.example.shop.order.OrderFlow.newProductId;
import static com.example.shop.order.OrderFlow.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.order.api.OrderPlaced;
import com.example.shop.product.api.ProductDelisted;
import com.example.shop.testsupport.RabbitEvents;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Placing an order in phase 4: answered at once (202, PENDING, a Location to follow), with the order and its
 * {@code OrderPlaced} event written in one local transaction and the event then published; nothing is asked of the
 * other services.
 */
@OrderServiceIntegrationTest
class OrderPlacementIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationContext context;

    OrderFlow flow;
    long keyboard;
    UUID customer = UUID.randomUUID();

    @BeforeEach
    void aProductInTheCatalogCopy() {
        flow = OrderFlow.of(context, mvc);
        keyboard = newProductId();
        flow.productListed(keyboard, "Mechanical keyboard", "89.90");
    }

    @Test
    void answersAcceptedWithThePendingOrderAndWhereToFollowIt() throws Exception {
        String location = mvc.perform(as(
                        customer,
                        post("/api/orders")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(order(keyboard, 3))))
                .andExpect(status().isAccepted())
                .andExpect(header().string("Location", startsWith("/api/orders/")))
                .andExpect(jsonPath("$.status").value("PENDING"))
                .andExpect(jsonPath("$.total.amount").value("269.70"))
                .andExpect(jsonPath("$.items[0].name").value("Mechanical keyboard"))
                .andReturn()
                .getResponse()
                .getHeader("Location");

        mvc.perform(as(customer, get(location)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("PENDING"));
    }

    @Test
    void writesExactlyOneOrderPlacedWithTheOrderAndPublishesIt() throws Exception {
        RabbitEvents.Listener published = flow.listen("order.OrderPlaced");

        UUID orderId = flow.place(customer, keyboard, 2);

        assertThat(flow.outboxRows(orderId, "OrderPlaced")).isOne();
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(published.received(OrderPlaced.class))
                .filteredOn(placed -> placed.orderId().equals(orderId))
                .singleElement()
                .satisfies(placed -> {
                    assertThat(placed.customerId()).isEqualTo(customer);
                    assertThat(placed.total()).isEqualTo(OrderFlow.eur("179.80"));
                    assertThat(placed.lines()).singleElement().satisfies(line -> assertThat(line.quantity())
                            .isEqualTo(2));
                }));
    }

    @Test
    void aFailureAfterTheOrderIsWrittenLeavesNeitherOrderNorEvent() throws Exception {
        // the database refuses this customer's OrderPlaced row: the failure comes after the order's INSERT
        String trigger = "refuse_" + customer.toString().replace('-', '_');
        jdbc.sql("""
                        CREATE FUNCTION %s() RETURNS trigger AS $$
                        BEGIN RAISE EXCEPTION 'outbox refused'; END $$ LANGUAGE plpgsql
                        """.formatted(trigger)).update();
        jdbc.sql("""
                        CREATE TRIGGER %s BEFORE INSERT ON outbox FOR EACH ROW
                        WHEN (NEW.payload LIKE '%%%s%%') EXECUTE FUNCTION %s()
                        """.formatted(trigger, customer, trigger)).update();
        try {
            mvc.perform(as(
                            customer,
                            post("/api/orders")
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content(order(keyboard, 1))))
                    .andExpect(status().is5xxServerError());
        } finally {
            jdbc.sql("DROP TRIGGER %s ON outbox".formatted(trigger)).update();
            jdbc.sql("DROP FUNCTION %s()".formatted(trigger)).update();
        }

        assertThat(flow.ordersOf(customer)).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM outbox WHERE payload LIKE ?")
                        .param("%" + customer + "%")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void createsOneOrderForOneIdempotencyKeyEvenWhenRetriesRace() throws Exception {
        UUID key = UUID.randomUUID();

        List<String> answers = concurrently(IntStream.range(0, 6)
                .mapToObj(i -> (Callable<String>) () -> mvc.perform(as(
                                customer,
                                post("/api/orders")
                                        .header("Idempotency-Key", key.toString())
                                        .contentType(MediaType.APPLICATION_JSON)
                                        .content(order(keyboard, 1))))
                        .andExpect(status().isAccepted())
                        .andReturn()
                        .getResponse()
                        .getHeader("Location"))
                .toList());

        assertThat(answers).containsOnly(answers.get(0));
        assertThat(flow.ordersOf(customer)).isOne();
        UUID orderId = UUID.fromString(answers.get(0).substring("/api/orders/".length()));
        assertThat(flow.outboxRows(orderId, "OrderPlaced")).isOne();
    }

    @Test
    void refusesAProductNoLongerListedWith422AndStoresNothing() throws Exception {
        long delisted = newProductId();
        flow.productListed(delisted, "Discontinued mouse", "19.90");
        flow.publish(new ProductDelisted(UUID.randomUUID(), Instant.now(), delisted));
        await().atMost(PATIENCE).until(() -> flow.priceInCopy(delisted) == null);

        mvc.perform(as(
                        customer,
                        post("/api/orders")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(order(delisted, 1))))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/unknown-product"));

        assertThat(flow.ordersOf(customer)).isZero();
    }

    @Test
    void refusesAMalformedCardTokenWith400AndStoresNothing() throws Exception {
        mvc.perform(as(
                        customer,
                        post("/api/orders")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(order(keyboard, 1)
                                        .replace(
                                                "{\"method\": \"COD\"}",
                                                "{\"method\": \"CARD\", \"cardToken\": \"4111\"}"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("payment.cardToken"));

        assertThat(flow.ordersOf(customer)).isZero();
    }

    @Test
    void showsAnOrderToItsOwnerAndAnAdminOnly() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);

        mvc.perform(as(UUID.randomUUID(), get("/api/orders/{id}", orderId))).andExpect(status().isNotFound());
        mvc.perform(asAdmin(get("/api/orders/{id}", orderId)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(orderId.toString()));
    }

    @Test
    void listsTheCallersOrdersNewestFirst() throws Exception {
        UUID first = flow.place(customer, keyboard, 1);
        UUID second = flow.place(customer, keyboard, 2);

        mvc.perform(as(customer, get("/api/orders")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(2))
                .andExpect(jsonPath("$.content[0].id").value(second.toString()))
                .andExpect(jsonPath("$.content[1].id").value(first.toString()));
    }

    private static <T> List<T> concurrently(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = pool.invokeAll(tasks);
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(60, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
