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
import com.example.shop.acceptance.steps.Eventually;
import com.example.shop.acceptance.steps.Phase;
import com.example.shop.acceptance.steps.Phase.WhileFailing;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The instructor's fault switches. They are global state of the running system, so they live in this one class, are
 * reset before and after every test, and journeys never run in parallel (see junit-platform.properties).
 */
class FaultSwitchJourney extends Journey {

    private static final List<Capability> SWITCHABLE =
            List.of(Capability.PAYMENT, Capability.INVENTORY, Capability.NOTIFICATION, Capability.PRODUCT);

    private final Phase phase = Phase.current();

    private Customer customer;
    private Product product;

    @BeforeEach
    void noFaultsACustomerAndAProductWithTenInStock() {
        resetAllSwitches();
        customer = customers.registeredAndLoggedIn();
        product = admin.productWithStock("11.00", 10);
    }

    @AfterEach
    void resetAllSwitches() {
        SWITCHABLE.forEach(capability ->
                assertThatResponse(admin.switchFault(capability, "none")).hasStatus(200));
    }

    @Test
    void shouldShowTheAdminWhichSwitchIsFlipped() {
        var flipped = admin.switchFault(Capability.NOTIFICATION, "fail");

        assertThatResponse(flipped).hasStatus(200);
        assertThat(flipped.json().path("capability").asString())
                .as("%s", flipped)
                .isEqualTo("notification");
        assertThat(flipped.json().path("mode").asString()).as("%s", flipped).isEqualTo("fail");
        var all = admin.faults(Capability.NOTIFICATION);
        assertThatResponse(all).hasStatus(200);
        assertThat(all.json().values()).as("%s", all).anySatisfy(fault -> {
            assertThat(fault.path("capability").asString()).isEqualTo("notification");
            assertThat(fault.path("mode").asString()).isEqualTo("fail");
        });
    }

    @Test
    void shouldNotKnowASwitchForAnUnknownCapability() {
        var response = shop.put(Capability.FAULTS, "/api/admin/faults/teleportation")
                .bearer(admin.accessToken())
                .json(java.util.Map.of("mode", "fail", "delayMs", 0))
                .send();

        assertThatResponse(response).isProblem(404, "not-found");
    }

    /**
     * The lesson of every phase: what a customer sees while one capability fails. In the monolith any failure fails
     * the whole order; from phase 2 on it depends on where the call chain breaks ({@link Phase#whileFailing}).
     */
    @ParameterizedTest(name = "{0} fails")
    @EnumSource(
            value = Capability.class,
            names = {"PAYMENT", "INVENTORY", "NOTIFICATION", "PRODUCT"})
    void shouldKeepOrdersConsistentWhileACapabilityFails(Capability failing) {
        if (phase.whileFailing(failing) == WhileFailing.CONFIRMED_UNAFFECTED) {
            // order-service prices from its own copy of the catalog, which learns of a new product from its event or
            // from the first order for it: one order first, so that the copy surely knows it before its owner fails
            orders.decided(
                    customer, orders.place(customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 1))));
        }
        assertThatResponse(admin.switchFault(failing, "fail")).hasStatus(200);

        var response = orders.submit(customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 2)));

        switch (phase.whileFailing(failing)) {
            case REFUSED -> {
                assertThatResponse(response).isProblem(503, "service-unavailable");
                assertThat(catalog.stockOf(product)).as("nothing reserved").isEqualTo(new Stock(product.id(), 10, 0));
                assertThat(orders.ordersOf(customer).content())
                        .as("nothing kept")
                        .isEmpty();
            }
            case CANCELLED_STOCK_RELEASED -> {
                assertThatResponse(response).hasStatus(201);
                var order = response.as(Order.class);
                assertThat(order.status()).as("%s", response).isEqualTo(Order.CANCELLED);
                assertThat(order.failureReason()).as("%s", response).isEqualTo("PAYMENT_FAILED");
                assertThat(catalog.stockOf(product)).as("released").isEqualTo(new Stock(product.id(), 10, 0));
            }
            case CONFIRMED_UNAFFECTED -> {
                var order = orders.decided(customer, orders.accepted(response));
                assertThat(order.status()).as("%s", order).isEqualTo(Order.CONFIRMED);
            }
            case PENDING_NOTHING_RESERVED -> {
                var order = orders.accepted(response);
                Eventually.pause(Duration.ofSeconds(2));
                assertThat(orders.current(customer, order.id()).status()).isEqualTo(Order.PENDING);
                assertThat(catalog.stockOf(product)).as("nothing reserved").isEqualTo(new Stock(product.id(), 10, 0));
            }
            case PENDING_STOCK_HELD -> {
                var order = orders.accepted(response);
                eventually(() ->
                        assertThat(catalog.stockOf(product)).as("reserved").isEqualTo(new Stock(product.id(), 8, 2)));
                assertThat(orders.current(customer, order.id()).status()).isEqualTo(Order.PENDING);
            }
            case CONFIRMED_NOTIFIED_LATER -> {
                var order = orders.decided(customer, orders.accepted(response));
                assertThat(order.status()).as("%s", order).isEqualTo(Order.CONFIRMED);
                assertThat(notifications.notificationsOf(customer))
                        .as("not told while the notifications fail")
                        .isEmpty();
                assertThatResponse(admin.switchFault(failing, "none")).hasStatus(200);
                eventually(() -> assertThat(notifications.notificationsOf(customer))
                        .as("told once it is back, once per change")
                        .extracting(notification -> notification.type())
                        .containsExactlyInAnyOrder("ORDER_PLACED", "ORDER_CONFIRMED"));
            }
            case CONFIRMED_NOTIFICATION_LOST -> {
                assertThatResponse(response).hasStatus(201);
                var order = response.as(Order.class);
                assertThat(order.status()).as("%s", response).isEqualTo(Order.CONFIRMED);
                assertThat(catalog.stockOf(product)).as("reserved").isEqualTo(new Stock(product.id(), 8, 2));
                assertThat(notifications.notificationsOf(customer))
                        .as("never told")
                        .isEmpty();
            }
        }
    }
}
