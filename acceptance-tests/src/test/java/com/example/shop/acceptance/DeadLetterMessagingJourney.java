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
import com.example.shop.acceptance.steps.DeadLetterSteps;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Phases 4+: a message that fails every attempt is parked, not lost, and an operator puts it back once the cause is
 * fixed. The inventory switch makes every reservation fail; the order's OrderPlaced is retried, then dead-lettered,
 * and the order waits PENDING; re-driven after the switch is back, it is reserved once and the order confirmed.
 */
class DeadLetterMessagingJourney extends Journey {

    private final DeadLetterSteps deadLetters = new DeadLetterSteps(shop, admin);

    @AfterEach
    void inventoryWorksAgain() {
        admin.switchFault(Capability.INVENTORY, "none");
    }

    @Test
    void shouldParkAFailingMessageAndCompleteTheOrderWhenItIsReDriven() {
        Customer customer = customers.registeredAndLoggedIn();
        Product product = admin.productWithStock("7.50", 10);
        assertThatResponse(admin.switchFault(Capability.INVENTORY, "fail")).hasStatus(200);

        Order order = orders.accepted(
                orders.submit(customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 3))));

        eventually(() -> assertThat(deadLetters.of(order.id()))
                .as("OrderPlaced dead-lettered after its retries")
                .singleElement()
                .satisfies(letter -> {
                    assertThat(letter.path("queue").asString()).isEqualTo("inventory-service.events");
                    assertThat(letter.path("type").asString()).isEqualTo("OrderPlaced");
                    assertThat(letter.path("attempts").asInt()).isGreaterThan(1);
                    assertThat(letter.path("reason").asString()).isNotBlank();
                }));
        assertThat(orders.current(customer, order.id()).status()).isEqualTo(Order.PENDING);
        assertThat(catalog.stockOf(product)).as("nothing reserved").isEqualTo(new Stock(product.id(), 10, 0));
        assertThatResponse(deadLetters.list(customer.accessToken()))
                .as("dead letters are for ADMINs")
                .isProblem(403, "forbidden");

        assertThatResponse(admin.switchFault(Capability.INVENTORY, "none")).hasStatus(200);
        String id = deadLetters.of(order.id()).get(0).path("id").asString();
        assertThatResponse(deadLetters.redrive(id)).hasStatus(204);

        assertThat(orders.decided(customer, order).status()).isEqualTo(Order.CONFIRMED);
        assertThat(catalog.stockOf(product)).as("reserved once").isEqualTo(new Stock(product.id(), 7, 3));
        assertThat(deadLetters.of(order.id())).as("no longer parked").isEmpty();
    }
}
