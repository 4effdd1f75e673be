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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Phases 4+: an order nobody decides in time does not stay PENDING for ever. With payment failing, the stock is
 * reserved and the charge waits; when the order's expiry job comes due (shop.orders.jobs.expire-after, short in this
 * run), the order is CANCELLED with EXPIRED and its stock is given back.
 */
class ExpiryMessagingJourney extends Journey {

    @AfterEach
    void paymentWorksAgain() {
        admin.switchFault(Capability.PAYMENT, "none");
    }

    @Test
    void shouldExpireAnUndecidedOrderAndReleaseItsStock() {
        Customer customer = customers.registeredAndLoggedIn();
        Product product = admin.productWithStock("3.20", 10);
        assertThatResponse(admin.switchFault(Capability.PAYMENT, "fail")).hasStatus(200);

        Order order = orders.accepted(
                orders.submit(customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 4))));
        eventually(() -> assertThat(catalog.stockOf(product)).as("held").isEqualTo(new Stock(product.id(), 6, 4)));
        Order decided = orders.decided(customer, order, Duration.ofSeconds(90));

        assertThat(decided.status()).isEqualTo(Order.CANCELLED);
        assertThat(decided.failureReason()).isEqualTo("EXPIRED");
        eventually(() -> assertThat(catalog.stockOf(product)).as("released").isEqualTo(new Stock(product.id(), 10, 0)));
    }
}
