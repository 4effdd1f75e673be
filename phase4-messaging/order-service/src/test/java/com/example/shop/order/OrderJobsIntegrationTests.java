package com.example.shop.order;

import static com.example.shop.order.OrderFlow.PATIENCE;
import static com.example.shop.order.OrderFlow.as;
import static com.example.shop.order.OrderFlow.newProductId;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.order.api.OrderCancelled;
import com.example.shop.order.api.OrderShipped;
import com.example.shop.testsupport.IsolatedInfrastructure;
import com.example.shop.testsupport.IsolatedRedis;
import com.example.shop.testsupport.RabbitEvents;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An order's delayed jobs, run by Redisson's workers from Redis: an order nobody decided expires, a confirmed one is
 * invoiced and then shipped. The delays are seconds here; the sweep behind the jobs is off (an hour), so what happens
 * is the jobs' doing.
 */
@SpringBootTest(
        properties = {
            "shop.test.name=p4_order_jobs",
            "shop.test.redis-database=10",
            "shop.orders.jobs.executor=order-jobs-jobs-tests",
            "shop.orders.jobs.expire-after=8s",
            "shop.orders.jobs.invoice-after=500ms",
            "shop.orders.jobs.ship-after=3s",
            "shop.orders.jobs.sweep-every=1h",
        })
@Import({IsolatedInfrastructure.class, IsolatedRedis.class})
@AutoConfigureMockMvc
class OrderJobsIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    OrderFlow flow;
    RabbitEvents.Listener published;
    UUID customer = UUID.randomUUID();
    long keyboard = newProductId();

    @BeforeEach
    void aProductToOrder() {
        flow = OrderFlow.of(context, mvc);
        published = flow.listen("order.#");
        flow.productListed(keyboard, "Mechanical keyboard", "89.90");
    }

    @Test
    void anOrderNobodyDecidedExpiresAndTheOthersAreTold() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);

        flow.awaitStatus(orderId, OrderStatus.CANCELLED);

        assertThat(flow.failureReasonOf(orderId)).isEqualTo("EXPIRED");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(published.received(OrderCancelled.class))
                .filteredOn(cancelled -> cancelled.orderId().equals(orderId))
                .singleElement()
                .satisfies(cancelled -> assertThat(cancelled.reason()).isEqualTo("EXPIRED")));
    }

    @Test
    void aConfirmedOrderShipsAndCanThenNoLongerBeCancelled() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);
        flow.confirmedByTheSaga(orderId);

        flow.awaitStatus(orderId, OrderStatus.SHIPPED);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(published.received(OrderShipped.class))
                .filteredOn(shipped -> shipped.orderId().equals(orderId))
                .hasSize(1));

        mvc.perform(as(customer, post("/api/orders/{id}/cancel", orderId)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/order-not-cancellable"));
        assertThat(flow.statusOf(orderId)).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void theOwnerDownloadsTheInvoiceOfAConfirmedOrderAsPdf() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 2);
        flow.confirmedByTheSaga(orderId);

        await().atMost(PATIENCE).untilAsserted(() -> mvc.perform(as(customer, get("/api/orders/{id}/invoice", orderId)))
                .andExpect(status().isOk()));
        byte[] pdf = mvc.perform(as(customer, get("/api/orders/{id}/invoice", orderId)))
                .andExpect(content().contentType(MediaType.APPLICATION_PDF))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (PdfReader reader = new PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isOne();
            String text = new PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(text)
                    .contains(orderId.toString())
                    .contains("Mechanical keyboard")
                    .contains("179.80 EUR");
        }
    }

    @Test
    void nobodyElseGetsTheInvoice() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);
        flow.confirmedByTheSaga(orderId);
        await().atMost(PATIENCE).untilAsserted(() -> mvc.perform(as(customer, get("/api/orders/{id}/invoice", orderId)))
                .andExpect(status().isOk()));

        mvc.perform(as(UUID.randomUUID(), get("/api/orders/{id}/invoice", orderId)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aCancelledOrderGetsNoInvoice() throws Exception {
        UUID orderId = flow.place(customer, keyboard, 1);
        flow.publish(flow.stockRejected(orderId, keyboard));
        flow.awaitStatus(orderId, OrderStatus.CANCELLED);

        context.getBean(OrderDueActions.class).issueInvoice(orderId); // as a stray job would

        mvc.perform(as(customer, get("/api/orders/{id}/invoice", orderId))).andExpect(status().isNotFound());
    }
}
