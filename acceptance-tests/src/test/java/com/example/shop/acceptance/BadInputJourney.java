package com.example.shop.acceptance;

import static com.example.shop.acceptance.api.NewOrder.line;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.NewOrder.Line;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.PaymentDetails;
import com.example.shop.acceptance.api.Product;
import com.example.shop.acceptance.api.Stock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whatever a client sends, the answer is a problem detail that says what is wrong, and nothing is reserved, charged or
 * recorded.
 */
class BadInputJourney extends Journey {

    private static final PaymentDetails VISA = PaymentDetails.card("tok_visa");

    private Customer customer;
    private Product product;

    @BeforeEach
    void aCustomerAndAProductWithTenInStock() {
        customer = customers.registeredAndLoggedIn();
        product = admin.productWithStock("4.20", 10);
    }

    @Test
    void shouldRejectMalformedJson() {
        var response = orders.submitRaw(customer, "application/json", "{\"items\": [{\"productId\": " + product.id());

        assertThatResponse(response).isProblem(400, "malformed-request");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectAnOversizedBodyBeforeReadingIt() {
        // a valid order, padded to 1 MB with a field nobody reads: the largest real request is a few KB
        String padding = "x".repeat(1024 * 1024);
        String body =
                "{\"items\": [{\"productId\": %d, \"quantity\": 1}], \"payment\": {\"method\": \"COD\"}, \"note\": \"%s\"}"
                        .formatted(product.id(), padding);

        var response = orders.submitRaw(customer, "application/json", body);

        assertThatResponse(response).isProblem(413, "payload-too-large");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectWrongJsonTypes() {
        var body = Map.of("items", List.of(Map.of("productId", product.id(), "quantity", "many")), "payment", VISA);

        assertThatResponse(orders.submit(customer, body)).isProblem(400, "malformed-request");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectAContentTypeOtherThanJson() {
        var response = orders.submitRaw(customer, "text/plain", "2 x product " + product.id() + ", card please");

        assertThatResponse(response).isProblem(415, "unsupported-media-type");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectAnOrderWithoutItems() {
        assertThatResponse(orders.submit(customer, Map.of("payment", VISA)))
                .isProblem(400, "validation")
                .hasFieldErrorOn("items");
        assertThatResponse(orders.submit(customer, new NewOrder(List.of(), VISA)))
                .isProblem(400, "validation")
                .hasFieldErrorOn("items");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectAnOrderWithoutPayment() {
        var response = orders.submit(customer, Map.of("items", List.of(line(product, 1))));

        assertThatResponse(response).isProblem(400, "validation").hasFieldErrorOn("payment");
        thenNothingWasReservedOrOrdered();
    }

    @ParameterizedTest(name = "quantity {0}")
    @ValueSource(ints = {0, -1, 101, 10_000})
    void shouldRejectAQuantityOutsideOneToHundred(int quantity) {
        var response = orders.submit(customer, NewOrder.of(VISA, line(product, quantity)));

        assertThatResponse(response).isProblem(400, "validation").hasFieldErrorOn("quantity");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectAnUnknownProduct() {
        var response = orders.submit(customer, NewOrder.of(VISA, line(product, 1), new Line(Long.MAX_VALUE, 1)));

        assertThatResponse(response).isProblem(422, "unknown-product");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectAnUnknownPaymentMethod() {
        var body = Map.of("items", List.of(line(product, 1)), "payment", Map.of("method", "BITCOIN"));

        assertThatResponse(orders.submit(customer, body)).isProblem(400, "malformed-request");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectACardPaymentWithoutCardToken() {
        var response = orders.submit(customer, NewOrder.of(new PaymentDetails("CARD", null, null), line(product, 1)));

        assertThatResponse(response).isProblem(400, "validation").hasFieldErrorOn("cardToken", "payment");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectAUpiPaymentWithAMalformedVpa() {
        var response = orders.submit(customer, NewOrder.of(PaymentDetails.upi("not a vpa"), line(product, 1)));

        assertThatResponse(response).isProblem(400, "validation").hasFieldErrorOn("vpa", "payment");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectTheSameProductOnTwoLines() {
        var response = orders.submit(customer, NewOrder.of(VISA, line(product, 1), line(product, 2)));

        assertThatResponse(response).isProblem(400, "validation");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectFiftyOneLines() {
        var lines = new ArrayList<>(List.of(line(product, 1)));
        IntStream.range(0, 50).forEach(i -> lines.add(line(admin.productWithStock("1.00", 10), 1)));

        var response = orders.submit(customer, new NewOrder(lines, VISA));

        assertThatResponse(response).isProblem(400, "validation").hasFieldErrorOn("items");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldRejectAThousandLinesByTheirSize() {
        // 47 KB of lines: larger than any valid order, so refused before it is parsed or a product is looked up
        var lines = new ArrayList<>(List.of(line(product, 1)));
        IntStream.range(1, 1_000).forEach(i -> lines.add(new Line(Long.MAX_VALUE - i, 1)));

        var response = orders.submit(customer, new NewOrder(lines, VISA));

        assertThatResponse(response).isProblem(413, "payload-too-large");
        thenNothingWasReservedOrOrdered();
    }

    @Test
    void shouldAcceptFiftyLinesOfAHundredUnits() {
        var lines = IntStream.range(0, 50)
                .mapToObj(i -> line(admin.productWithStock("1.00", 100), 100))
                .toList();

        var order = orders.place(customer, new NewOrder(lines, VISA));

        assertThat(order.status())
                .as("the limits themselves are allowed: %s", order)
                .isEqualTo(Order.CONFIRMED);
        assertThat(order.items()).hasSize(50);
    }

    @Test
    void shouldRejectAnIdempotencyKeyThatIsNotAUuid() {
        var response = orders.submit(customer, NewOrder.of(VISA, line(product, 1)), "twice-please");

        assertThatResponse(response).isProblem(400, "malformed-request");
        thenNothingWasReservedOrOrdered();
    }

    private void thenNothingWasReservedOrOrdered() {
        assertThat(catalog.stockOf(product)).as("nothing reserved").isEqualTo(new Stock(product.id(), 10, 0));
        var page = orders.ordersOf(customer);
        assertThat(page.content()).as("no order recorded: %s", page).isEmpty();
        assertThat(page.page().totalElements())
                .as("no order recorded: %s", page)
                .isZero();
    }
}
