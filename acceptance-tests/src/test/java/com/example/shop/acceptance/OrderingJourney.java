package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;
import static com.example.shop.acceptance.steps.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.example.shop.acceptance.api.AccessToken;
import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.Order.OrderItem;
import com.example.shop.acceptance.api.Page;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.api.Profile;
import com.example.shop.acceptance.api.Stock;
import com.example.shop.acceptance.steps.CustomerSteps;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** A new customer registers, logs in, browses the catalog and orders, with every way of paying. */
class OrderingJourney extends Journey {

    @Test
    void shouldRegisterLogInAndShowTheCustomersProfile() {
        var email = CustomerSteps.uniqueEmail();

        var registration = customers.register(email, "correct-horse-battery", "Grace Hopper");
        assertThatResponse(registration).hasStatus(201);
        var registered = registration.as(Profile.class);
        assertThat(registered.id()).as("%s", registration).isNotNull();
        assertThat(registered.email()).as("%s", registration).isEqualTo(email);
        assertThat(registered.fullName()).as("%s", registration).isEqualTo("Grace Hopper");
        assertThat(registration.json().has("password"))
                .as("never echo the password:%s", registration)
                .isFalse();

        var login = customers.login(email, "correct-horse-battery");
        assertThatResponse(login).hasStatus(200);
        var token = login.as(AccessToken.class);
        assertThat(token.accessToken()).as("%s", login).isNotBlank();
        assertThat(token.tokenType()).as("%s", login).isEqualTo("Bearer");
        assertThat(token.expiresIn()).as("%s", login).isPositive();

        var grace = new Customer(registered.id(), email, "correct-horse-battery", "Grace Hopper", token.accessToken());
        var me = customers.profile(grace);
        assertThatResponse(me).hasStatus(200);
        assertThat(me.as(Profile.class))
                .as("%s", me)
                .isEqualTo(new Profile(registered.id(), email, "Grace Hopper", List.of("CUSTOMER")));
    }

    @Test
    void shouldBrowseTheCatalogPageByPageWithoutLoggingIn() {
        var product = admin.productWithStock("7.25", 3);

        var response = catalog.browse(0, 5);

        assertThatResponse(response).hasStatus(200);
        Page<Product> page = response.asGeneric(Page.class, Product.class);
        assertThat(page.content()).as("%s", response).hasSize(5).allSatisfy(entry -> {
            assertThat(entry.sku()).isNotBlank();
            assertThat(entry.name()).isNotBlank();
            assertThat(entry.price().amount()).isPositive();
            assertThat(entry.price().currency()).hasSize(3);
        });
        var total = page.page().totalElements();
        assertThat(total).as("the demo catalog and our product:%s", response).isGreaterThanOrEqualTo(13);
        assertThat(page.page()).as("%s", response).isEqualTo(new Page.Metadata(5, 0, total, (int) ((total + 4) / 5)));
        assertThat(response.json()
                        .path("content")
                        .path(0)
                        .path("price")
                        .path("amount")
                        .isString())
                .as("money amounts are JSON strings, never floats:%s", response)
                .isTrue();

        var details = catalog.product(product.id());
        assertThatResponse(details).hasStatus(200);
        assertThat(details.as(Product.class)).isEqualTo(product);
    }

    static Stream<Arguments> acceptedPayments() {
        return Stream.of(
                Arguments.of(PaymentDetails.card("tok_visa"), "CAPTURED"),
                Arguments.of(PaymentDetails.card("tok_flaky"), "CAPTURED"),
                Arguments.of(PaymentDetails.upi("grace@bank"), "CAPTURED"),
                Arguments.of(PaymentDetails.cashOnDelivery(), "AUTHORIZED"));
    }

    @ParameterizedTest(name = "paid with {0}")
    @MethodSource("acceptedPayments")
    void shouldConfirmOrderReserveStockAndNotifyTheCustomer(PaymentDetails payment, String paymentStatus) {
        var customer = customers.registeredAndLoggedIn();
        var book = admin.productWithStock("12.50", 10);
        var pen = admin.productWithStock("3.99", 10);

        var order = orders.place(customer, NewOrder.of(payment, line(book, 2), line(pen, 3)));

        thenTheOrderIsConfirmed(order, book, pen);
        thenThePaymentIs(customer, order, payment.method(), paymentStatus);
        thenTheStockIsReserved(book, new Stock(book.id(), 8, 2));
        thenTheStockIsReserved(pen, new Stock(pen.id(), 7, 3));
        thenTheCustomerIsNotified(customer, order, "ORDER_CONFIRMED");
        thenTheOrderIsTheCustomersNewest(customer, order);
    }

    @Test
    void shouldListTheCustomersOrdersNewestFirst() {
        var customer = customers.registeredAndLoggedIn();
        var product = admin.productWithStock("5.00", 10);

        var first = orders.place(customer, NewOrder.of(PaymentDetails.cashOnDelivery(), line(product, 1)));
        var second = orders.place(customer, NewOrder.of(PaymentDetails.card("tok_visa"), line(product, 2)));

        eventually(() -> {
            var page = orders.ordersOf(customer);
            assertThat(page.content()).as("%s", page).extracting(Order::id).containsExactly(second.id(), first.id());
            assertThat(page.page().totalElements()).as("%s", page).isEqualTo(2);
        });
    }

    private void thenTheOrderIsConfirmed(Order order, Product book, Product pen) {
        assertThat(order.status()).as("%s", order).isEqualTo(Order.CONFIRMED);
        assertThat(order.failureReason()).as("%s", order).isNull();
        assertThat(order.items())
                .as("every line at its catalog price: %s", order)
                .extracting(OrderItem::productId, OrderItem::name, OrderItem::quantity, item -> item.unitPrice()
                        .normalized())
                .containsExactlyInAnyOrder(
                        tuple(book.id(), book.name(), 2, book.price().normalized()),
                        tuple(pen.id(), pen.name(), 3, pen.price().normalized()));
        assertThat(order.total().normalized())
                .as("total = sum of unit price x quantity: %s", order)
                .isEqualTo(book.price().times(2).plus(pen.price().times(3)).normalized());
        assertThat(order.createdAt()).as("%s", order).isNotBlank();
    }

    private void thenThePaymentIs(Customer customer, Order order, String method, String status) {
        assertThat(order.payment()).as("%s", order).isEqualTo(new Order.OrderPayment(method, status));
        eventually(() -> {
            var payment = payments.paymentFor(customer, order.id());
            assertThat(payment.orderId()).as("%s", payment).isEqualTo(order.id());
            assertThat(payment.method()).as("%s", payment).isEqualTo(method);
            assertThat(payment.status()).as("%s", payment).isEqualTo(status);
            assertThat(payment.amount().normalized())
                    .as("charged the order total: %s", payment)
                    .isEqualTo(order.total().normalized());
        });
    }

    private void thenTheStockIsReserved(Product product, Stock expected) {
        eventually(() -> assertThat(catalog.stockOf(product)).isEqualTo(expected));
    }

    private void thenTheCustomerIsNotified(Customer customer, Order order, String type) {
        eventually(() -> assertThat(notifications.notificationsOf(customer))
                .as("notifications of %s", customer.email())
                .anySatisfy(notification -> {
                    assertThat(notification.orderId()).isEqualTo(order.id());
                    assertThat(notification.type()).isEqualTo(type);
                    assertThat(notification.message()).isNotBlank();
                }));
    }

    private void thenTheOrderIsTheCustomersNewest(Customer customer, Order order) {
        eventually(() -> {
            var page = orders.ordersOf(customer);
            assertThat(page.content()).as("%s", page).isNotEmpty();
            assertThat(page.content().get(0).id()).as("newest first: %s", page).isEqualTo(order.id());
            assertThat(page.content().get(0).status()).as("%s", page).isEqualTo(order.status());
        });
    }
}
