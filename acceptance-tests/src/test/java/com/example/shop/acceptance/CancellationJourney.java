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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer changes their mind: the money comes back and so does the stock, exactly once. */
class CancellationJourney extends Journey {

    private Customer customer;
    private Product product;

    @BeforeEach
    void aCustomerAndAProductWithTenInStock() {
        customer = customers.registeredAndLoggedIn();
        product = admin.productWithStock("24.00", 10);
    }

    @Test
    void shouldRefundAndReleaseTheStockWhenTheCustomerCancels() {
        var order = aConfirmedOrderOfThree();

        var cancellation = orders.cancel(customer, order.id());

        assertThatResponse(cancellation).hasStatus(200);
        var cancelled = cancellation.as(Order.class);
        assertThat(cancelled.id()).as("%s", cancellation).isEqualTo(order.id());
        assertThat(cancelled.status()).as("%s", cancellation).isEqualTo(Order.CANCELLED);
        assertThat(cancelled.failureReason()).as("%s", cancellation).isEqualTo("CUSTOMER_CANCELLED");
        eventually(() -> {
            assertThat(payments.paymentFor(customer, order.id()).status()).isEqualTo("REFUNDED");
            assertThat(orders.current(customer, order.id()).payment().status()).isEqualTo("REFUNDED");
            assertThat(catalog.stockOf(product)).isEqualTo(new Stock(product.id(), 10, 0));
        });
    }

    @Test
    void shouldRefuseToCancelAnOrderTwice() {
        var order = aConfirmedOrderOfThree();
        assertThatResponse(orders.cancel(customer, order.id())).hasStatus(200);

        var secondCancellation = orders.cancel(customer, order.id());

        assertThatResponse(secondCancellation).isProblem(409, "order-not-cancellable");
        eventually(() -> assertThat(catalog.stockOf(product))
                .as("the stock is released once, not twice")
                .isEqualTo(new Stock(product.id(), 10, 0)));
    }

    @Test
    void shouldRefuseToCancelAnOrderThatWasDeclined() {
        var declined = orders.place(customer, NewOrder.of(PaymentDetails.card("tok_declined"), line(product, 3)));
        assertThat(declined.status()).as("%s", declined).isEqualTo(Order.CANCELLED);

        assertThatResponse(orders.cancel(customer, declined.id())).isProblem(409, "order-not-cancellable");
        eventually(() -> assertThat(catalog.stockOf(product)).isEqualTo(new Stock(product.id(), 10, 0)));
    }

    private Order aConfirmedOrderOfThree() {
        var order = orders.place(customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 3)));
        assertThat(order.status()).as("%s", order).isEqualTo(Order.CONFIRMED);
        eventually(() -> assertThat(catalog.stockOf(product)).isEqualTo(new Stock(product.id(), 7, 3)));
        return order;
    }
}
