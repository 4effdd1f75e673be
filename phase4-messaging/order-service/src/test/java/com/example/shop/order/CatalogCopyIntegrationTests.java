package com.example.shop.order;

import static com.example.shop.order.OrderFlow.PATIENCE;
import static com.example.shop.order.OrderFlow.as;
import static com.example.shop.order.OrderFlow.eur;
import static com.example.shop.order.OrderFlow.newProductId;
import static com.example.shop.order.OrderFlow.order;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.example.shop.product.api.ProductChanged;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * order-service's copy of the catalog, kept by product-service's events, prices every order: product-service is
 * unreachable throughout these tests ({@link OrderServiceIntegrationTest}), and ordering still works.
 */
@OrderServiceIntegrationTest
class CatalogCopyIntegrationTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationContext context;

    OrderFlow flow;
    UUID customer = UUID.randomUUID();
    long monitor = newProductId();

    @BeforeEach
    void flow() {
        flow = OrderFlow.of(context, mvc);
    }

    @Test
    void pricesAnOrderFromAListedProductWhileProductServiceIsUnreachable() throws Exception {
        flow.productListed(monitor, "27-inch monitor", "199.00");

        UUID orderId = flow.place(customer, monitor, 2);

        mvc.perform(as(customer, get("/api/orders/{id}", orderId)))
                .andExpect(jsonPath("$.items[0].name").value("27-inch monitor"))
                .andExpect(jsonPath("$.items[0].unitPrice.amount").value("199.00"))
                .andExpect(jsonPath("$.total.amount").value("398.00"));
    }

    @Test
    void aPriceChangeAppliesToOrdersPlacedAfterItOnly() throws Exception {
        flow.productListed(monitor, "27-inch monitor", "199.00");
        UUID before = flow.place(customer, monitor, 1);

        flow.publish(new ProductChanged(
                UUID.randomUUID(), Instant.now(), monitor, "SKU-" + monitor, "27-inch monitor", eur("179.00")));
        await().atMost(PATIENCE).until(() -> "179.00 EUR".equals(flow.priceInCopy(monitor)));
        UUID after = flow.place(customer, monitor, 1);

        mvc.perform(as(customer, get("/api/orders/{id}", before)))
                .andExpect(jsonPath("$.total.amount").value("199.00"));
        mvc.perform(as(customer, get("/api/orders/{id}", after)))
                .andExpect(jsonPath("$.total.amount").value("179.00"));
    }

    @Test
    void aChangeThatArrivesLateDoesNotUndoANewerOne() {
        Instant now = Instant.now();
        flow.productListed(monitor, "27-inch monitor", "199.00");
        flow.publish(new ProductChanged(
                UUID.randomUUID(), now.plusSeconds(1), monitor, "SKU-" + monitor, "27-inch monitor", eur("149.00")));

        // an older change, retried by its consumer and delivered after the newer one
        flow.publish(new ProductChanged(
                UUID.randomUUID(),
                now.minus(1, ChronoUnit.MINUTES),
                monitor,
                "SKU-" + monitor,
                "27-inch monitor",
                eur("999.00")));
        flow.productListed(newProductId(), "Marker", "1.00"); // handled after both changes

        assertThat(flow.priceInCopy(monitor)).isEqualTo("149.00 EUR");
    }

    @Test
    void aProductTheCopyDoesNotKnowCannotBeOrderedWhileProductServiceIsUnreachable() throws Exception {
        mvc.perform(as(
                        customer,
                        post("/api/orders")
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(order(newProductId(), 1))))
                .andExpect(status().isServiceUnavailable())
                .andExpect(jsonPath("$.type").value("https://shop.example.com/problems/service-unavailable"));

        assertThat(flow.ordersOf(customer)).isZero();
    }
}
