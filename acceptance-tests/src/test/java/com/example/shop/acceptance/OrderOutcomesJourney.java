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

/** Orders that cannot be fulfilled are recorded as CANCELLED with their reason, and leave the stock as it was. */
class OrderOutcomesJourney extends Journey {

    private Customer customer;
    private Product product;

    @BeforeEach
    void aCustomerAndAProductWithTenInStock() {
        customer = customers.registeredAndLoggedIn();
        product = admin.productWithStock("19.99", 10);
    }

    @Test
    void shouldCancelBecauseTheCardIsDeclined() {
        var order = orders.place(customer, NewOrder.of(PaymentDetails.card("tok_declined"), line(product, 2)));

        thenTheOrderIsCancelledBecause(order, "PAYMENT_DECLINED");
        assertThat(order.payment()).as("%s", order).isEqualTo(new Order.OrderPayment("CARD", "DECLINED"));
        thenThePaymentRecordIs(order, "DECLINED");
        thenTheStockIsUnchanged(product);
    }

    @Test
    void shouldCancelBecauseTheUpiPaymentIsDeclined() {
        var order = orders.place(customer, NewOrder.of(PaymentDetails.upi("grace@decline"), line(product, 2)));

        thenTheOrderIsCancelledBecause(order, "PAYMENT_DECLINED");
        assertThat(order.payment()).as("%s", order).isEqualTo(new Order.OrderPayment("UPI", "DECLINED"));
        thenThePaymentRecordIs(order, "DECLINED");
        thenTheStockIsUnchanged(product);
    }

    @Test
    void shouldCancelBecauseOfInsufficientStockWithoutCharging() {
        var order = orders.place(customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 11)));

        thenTheOrderIsCancelledBecause(order, "OUT_OF_STOCK");
        thenNothingWasCharged(order);
        thenTheStockIsUnchanged(product);
    }

    @Test
    void shouldCancelTheWholeOrderWhenOneLineIsOutOfStock() {
        var plentiful = admin.productWithStock("2.50", 10);

        var order = orders.place(
                customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(plentiful, 2), line(product, 11)));

        thenTheOrderIsCancelledBecause(order, "OUT_OF_STOCK");
        thenNothingWasCharged(order);
        thenTheStockIsUnchanged(plentiful);
        thenTheStockIsUnchanged(product);
    }

    private void thenTheOrderIsCancelledBecause(Order order, String reason) {
        assertThat(order.status()).as("%s", order).isEqualTo(Order.CANCELLED);
        assertThat(order.failureReason()).as("%s", order).isEqualTo(reason);
        assertThat(orders.current(customer, order.id()))
                .as("the cancelled order is recorded")
                .extracting(Order::status, Order::failureReason)
                .containsExactly(Order.CANCELLED, reason);
    }

    private void thenThePaymentRecordIs(Order order, String status) {
        eventually(() ->
                assertThat(payments.paymentFor(customer, order.id()).status()).isEqualTo(status));
    }

    private void thenNothingWasCharged(Order order) {
        assertThat(order.payment().status()).as("never charged: %s", order).isNull();
        assertThatResponse(payments.lookUp(customer, order.id())).isProblem(404, "not-found");
    }

    private void thenTheStockIsUnchanged(Product product) {
        eventually(() -> assertThat(catalog.stockOf(product)).isEqualTo(new Stock(product.id(), 10, 0)));
    }
}
