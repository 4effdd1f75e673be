package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static com.example.shop.acceptance.http.Capability.INVENTORY;
import static com.example.shop.acceptance.http.Capability.NOTIFICATION;
import static com.example.shop.acceptance.http.Capability.ORDER;
import static com.example.shop.acceptance.http.Capability.PRODUCT;
import static com.example.shop.acceptance.http.Capability.USER;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.acceptance.api.Money;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Stock;
import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.http.Capability;
import com.example.shop.acceptance.steps.CustomerSteps;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Who may do what: anonymous callers, other customers, customers on admin endpoints, and logged-out tokens. */
class SecurityJourney extends Journey {

    @Test
    void shouldRefuseAnonymousCallersWithUnauthorized() {
        assertThatResponse(shop.get(USER, "/api/users/me").send()).isProblem(401, "unauthorized");
        assertThatResponse(shop.get(ORDER, "/api/orders").send()).isProblem(401, "unauthorized");
        assertThatResponse(shop.get(NOTIFICATION, "/api/notifications").send()).isProblem(401, "unauthorized");
        assertThatResponse(shop.post(ORDER, "/api/orders").json(anyOrder()).send())
                .isProblem(401, "unauthorized");
    }

    @Test
    void shouldHideAnotherCustomersOrder() {
        var alice = customers.registeredAndLoggedIn();
        var mallory = customers.registeredAndLoggedIn();
        var product = admin.productWithStock("15.00", 10);
        var order = orders.place(alice, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 1)));

        assertThatResponse(orders.get(mallory, order.id())).isProblem(404, "not-found");
        assertThatResponse(orders.cancel(mallory, order.id())).isProblem(404, "not-found");
        assertThatResponse(payments.lookUp(mallory, order.id())).isProblem(404, "not-found");
        assertThat(orders.ordersOf(mallory).content())
                .as("Mallory's own orders")
                .isEmpty();

        assertThat(orders.current(alice, order.id()).status())
                .as("Mallory's cancel attempt changed nothing")
                .isEqualTo(Order.CONFIRMED);
        assertThat(catalog.stockOf(product)).isEqualTo(new Stock(product.id(), 9, 1));
        assertThatResponse(shop.get(ORDER, "/api/orders/" + order.id())
                        .bearer(admin.accessToken())
                        .send())
                .as("an admin may look at any order")
                .hasStatus(200);
    }

    @Test
    void shouldForbidCustomersTheAdminEndpoints() {
        var customer = customers.registeredAndLoggedIn();
        var product = admin.productWithStock("15.00", 10);

        var newProduct = Map.of(
                "sku", "HACK-" + UUID.randomUUID(), "name", "Free", "description", "x", "price", Money.eur("0.01"));
        assertThatResponse(shop.post(PRODUCT, "/api/products")
                        .bearer(customer.accessToken())
                        .json(newProduct)
                        .send())
                .isProblem(403, "forbidden");
        assertThatResponse(shop.put(INVENTORY, "/api/inventory/" + product.id())
                        .bearer(customer.accessToken())
                        .json(Map.of("available", 1_000_000))
                        .send())
                .isProblem(403, "forbidden");
        assertThatResponse(shop.request("PUT", shop.urls().faultSwitch(Capability.PAYMENT))
                        .bearer(customer.accessToken())
                        .json(Map.of("mode", "fail", "delayMs", 0))
                        .send())
                .isProblem(403, "forbidden");

        assertThat(catalog.stockOf(product)).as("the stock is untouched").isEqualTo(new Stock(product.id(), 10, 0));
    }

    @Test
    void shouldRefuseATokenEverywhereAfterLogout() {
        var customer = customers.registeredAndLoggedIn();
        assertThatResponse(customers.profile(customer)).hasStatus(200);

        assertThatResponse(customers.logOut(customer)).hasStatus(204);

        assertThatResponse(customers.profile(customer)).isProblem(401, "unauthorized");
        assertThatResponse(orders.list(customer)).isProblem(401, "unauthorized");
        assertThatResponse(shop.get(NOTIFICATION, "/api/notifications")
                        .bearer(customer.accessToken())
                        .send())
                .isProblem(401, "unauthorized");
        assertThatResponse(payments.lookUp(customer, UUID.randomUUID())).isProblem(401, "unauthorized");
        assertThatResponse(orders.submit(customer, anyOrder())).isProblem(401, "unauthorized");
    }

    @Test
    void shouldAnswerWrongPasswordAndUnknownEmailAlike() {
        var customer = customers.registered();

        var wrongPassword = customers.login(customer.email(), "not-" + customer.password());
        var unknownEmail = customers.login(CustomerSteps.uniqueEmail(), customer.password());

        assertThatResponse(wrongPassword).isProblem(401, "unauthorized");
        assertThatResponse(unknownEmail).isProblem(401, "unauthorized");
        assertThat(withoutPerRequestFields(unknownEmail))
                .as("an attacker cannot tell which e-mails exist:%s%s", wrongPassword, unknownEmail)
                .isEqualTo(withoutPerRequestFields(wrongPassword));
    }

    @Test
    void shouldRefuseToRegisterTheSameEmailTwice() {
        var customer = customers.registered();

        var again = customers.register(customer.email(), "another-password", "Someone Else");

        assertThatResponse(again).isProblem(409, "email-taken");
        assertThatResponse(customers.login(customer.email(), customer.password()))
                .as("the first registration still holds")
                .hasStatus(200);
    }

    @Test
    void shouldRejectATooShortPasswordAndAMalformedEmail() {
        assertThatResponse(customers.register(CustomerSteps.uniqueEmail(), "short", "Ada"))
                .isProblem(400, "validation")
                .hasFieldErrorOn("password");
        assertThatResponse(customers.register("not-an-email-" + UUID.randomUUID(), "long-enough-password", "Ada"))
                .isProblem(400, "validation")
                .hasFieldErrorOn("email");
    }

    private static NewOrder anyOrder() {
        return NewOrder.of(PaymentDetails.card("tok_visa"), new NewOrder.Line(1, 1));
    }

    private static ObjectNode withoutPerRequestFields(ApiResponse response) {
        return ((ObjectNode) response.json()).without(List.of("timestamp", "traceId", "requestId"));
    }
}
