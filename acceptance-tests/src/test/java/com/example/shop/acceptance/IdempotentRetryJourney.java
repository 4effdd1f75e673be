package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static com.example.shop.acceptance.steps.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.api.Stock;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A customer whose connection dropped sends the same order again: they must not pay or reserve twice. */
class IdempotentRetryJourney extends Journey {

    private Customer customer;
    private Product product;
    private NewOrder twoUnits;

    @BeforeEach
    void aCustomerAndAProductWithTenInStock() {
        customer = customers.registeredAndLoggedIn();
        product = admin.productWithStock("9.90", 10);
        twoUnits = NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 2));
    }

    @Test
    void shouldReturnTheOriginalOrderWhenRetriedWithTheSameKey() {
        var key = UUID.randomUUID();

        var original = orders.place(customer, twoUnits, key);
        var retry = orders.place(customer, twoUnits, key);

        assertThat(retry.id())
                .as("the retry answers the original order %s, not %s", original, retry)
                .isEqualTo(original.id());
        assertThat(retry.status()).isEqualTo(Order.CONFIRMED);
        eventually(() -> {
            assertThat(catalog.stockOf(product)).as("stock reserved once").isEqualTo(new Stock(product.id(), 8, 2));
            assertThat(orders.ordersOf(customer).content())
                    .extracting(Order::id)
                    .containsExactly(original.id());
        });
    }

    @Test
    void shouldPlaceTwoOrdersForTwoDifferentKeys() {
        var first = orders.place(customer, twoUnits, UUID.randomUUID());
        var second = orders.place(customer, twoUnits, UUID.randomUUID());

        assertThat(second.id()).as("a new key is a new order").isNotEqualTo(first.id());
        eventually(() -> assertThat(catalog.stockOf(product)).isEqualTo(new Stock(product.id(), 6, 4)));
    }
}
