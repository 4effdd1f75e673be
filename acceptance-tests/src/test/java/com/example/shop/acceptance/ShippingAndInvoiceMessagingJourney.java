package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;
import static com.example.shop.acceptance.steps.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.api.Stock;
import com.example.shop.acceptance.http.Capability;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Phases 4+: what happens after an order is confirmed, each by a delayed job. Its invoice is issued (a PDF its owner
 * can download, nobody else), and it ships (shop.orders.jobs.ship-after, short in this run): the reserved stock is sold,
 * and a shipped order can no longer be cancelled.
 */
class ShippingAndInvoiceMessagingJourney extends Journey {

    private Customer customer;
    private Product product;
    private Order order;

    @BeforeEach
    void aConfirmedOrderOfTwo() {
        customer = customers.registeredAndLoggedIn();
        product = admin.productWithStock("12.00", 10);
        order = orders.place(customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 2)));
        assertThat(order.status()).isEqualTo(Order.CONFIRMED);
    }

    @Test
    void shouldLetTheOwnerDownloadTheInvoiceAndNobodyElse() {
        eventually(() -> {
            var invoice = shop.get(Capability.ORDER, "/api/orders/" + order.id() + "/invoice")
                    .bearer(customer.accessToken())
                    .header("Accept", "application/pdf")
                    .send();
            assertThatResponse(invoice).hasStatus(200);
            assertThat(invoice.header("Content-Type")).hasValue("application/pdf");
            assertThat(invoice.body()).as("a PDF document").startsWith("%PDF");
        });
        var someoneElse = customers.registeredAndLoggedIn();
        assertThatResponse(shop.get(Capability.ORDER, "/api/orders/" + order.id() + "/invoice")
                        .bearer(someoneElse.accessToken())
                        .send())
                .isProblem(404, "not-found");
    }

    @Test
    void shouldShipTheOrderSellItsStockAndRefuseToCancelIt() {
        Order shipped = orders.until(customer, order, "SHIPPED", Duration.ofSeconds(60));

        assertThat(shipped.status()).isEqualTo("SHIPPED");
        // inventory-service sells the reservation when it consumes OrderShipped: a moment after the order says SHIPPED
        eventually(() -> assertThat(catalog.stockOf(product))
                .as("sold, no longer reserved")
                .isEqualTo(new Stock(product.id(), 8, 0)));
        assertThatResponse(orders.cancel(customer, order.id())).isProblem(409, "order-not-cancellable");
    }
}
