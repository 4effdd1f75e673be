package com.example.shop.order;

import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.common.Caller;
import com.example.shop.common.InvalidRequestException;
import com.example.shop.order.client.PaymentDetails;
import com.example.shop.order.client.PaymentMethod;
import com.example.shop.order.client.PaymentStatus;
import com.github.tomakehurst.wiremock.client.WireMock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The orchestration against the neighbours' contract stubs: the WireMock stubs that product-, inventory-, payment- and
 * notification-service generate from their contracts and verify with their own generated tests. If a neighbour
 * changes its API, its contract changes, its stubs change, and this test fails here instead of in production.
 *
 * <p>The stubs are started by a static {@link StubRunnerExtension} (on free ports), before the application context,
 * and each neighbour's name resolves to its stub through the static instance list of service discovery, as it does
 * without Consul (see {@link Neighbours}). The database is an in-memory H2: this test is about the conversation,
 * {@link OrderPersistenceIntegrationTests} about PostgreSQL.
 */
@SpringBootTest(
        properties =
                "spring.datasource.url=jdbc:h2:mem:order-contract;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class OrderPlacementContractTests {

    @RegisterExtension
    static StubRunnerExtension neighbours = Neighbours.stubs();

    @DynamicPropertySource
    static void neighbourAddresses(DynamicPropertyRegistry registry) {
        Neighbours.resolveToStubs(registry, neighbours);
    }

    /** The contracts' examples: demo product 1 has stock for two units; product 3 not for a hundred. */
    static final long PRODUCT = 1L;

    static final long SCARCE_PRODUCT = 3L;

    @Autowired
    OrderService orders;

    final WireMock inventory = stub("inventory-service");
    final WireMock notifications = stub("notification-service");

    @BeforeEach
    void forgetEarlierRequests() {
        inventory.resetRequests();
        notifications.resetRequests();
    }

    @Test
    void confirmsAPaidOrderWithTheCatalogsNameAndPrice() {
        Order order = orders.place(UUID.randomUUID(), null, request(PRODUCT, 2, card("tok_visa")));

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.CAPTURED);
        assertThat(order.lines()).singleElement().satisfies(line -> {
            assertThat(line.productName()).isNotBlank();
            assertThat(order.total()).isEqualTo(line.unitPrice().times(2));
        });
        notifications.verifyThat(postRequestedFor(urlEqualTo("/internal/notifications")));
    }

    @Test
    void cancelsADeclinedOrderAndReleasesItsStock() {
        Order order = orders.place(UUID.randomUUID(), null, request(PRODUCT, 2, card("tok_declined")));

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.PAYMENT_DECLINED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.DECLINED);
        inventory.verifyThat(deleteRequestedFor(urlEqualTo("/internal/reservations/" + order.id())));
    }

    @Test
    void acceptsCashOnDeliveryAsAuthorized() {
        Order order = orders.place(UUID.randomUUID(), null, request(PRODUCT, 2, cod()));

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(order.paymentStatus()).isEqualTo(PaymentStatus.AUTHORIZED);
    }

    @Test
    void cancelsAnOrderForMoreThanTheStockWithoutCharging() {
        Order order = orders.place(UUID.randomUUID(), null, request(SCARCE_PRODUCT, 100, card("tok_visa")));

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.OUT_OF_STOCK);
        assertThat(order.paymentStatus()).isNull();
    }

    @Test
    void refusesIncompletePaymentDetailsNamingTheFieldBeforeAnythingIsReserved() {
        UUID customer = UUID.randomUUID();

        assertThatThrownBy(() -> orders.place(customer, null, request(PRODUCT, 2, card(null))))
                .isInstanceOfSatisfying(InvalidRequestException.class, problem -> assertThat(
                                problem.getBody().getProperties())
                        .extractingByKey("errors")
                        .asString()
                        .contains("payment.cardToken"));
        inventory.verifyThat(0, postRequestedFor(urlEqualTo("/internal/reservations")));
    }

    @Test
    void refusesAProductTheCatalogDoesNotKnow() {
        PlaceOrderRequest oneKnownOneUnknown = new PlaceOrderRequest(
                List.of(new PlaceOrderRequest.Item(PRODUCT, 2), new PlaceOrderRequest.Item(999L, 1)), card("tok_visa"));

        assertThatThrownBy(() -> orders.place(UUID.randomUUID(), null, oneKnownOneUnknown))
                .isInstanceOfSatisfying(UnknownProductException.class, problem -> assertThat(
                                problem.getBody().getProperties())
                        .containsEntry("productIds", List.of(999L)));
    }

    @Test
    void refundsAndReleasesACancelledOrder() {
        UUID customer = UUID.randomUUID();
        Order placed = orders.place(customer, null, request(PRODUCT, 2, card("tok_visa")));

        Order cancelled = orders.cancel(placed.id(), new Caller(customer, false));

        assertThat(cancelled.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(cancelled.failureReason()).isEqualTo(FailureReason.CUSTOMER_CANCELLED);
        assertThat(cancelled.paymentStatus()).isEqualTo(PaymentStatus.REFUNDED);
        inventory.verifyThat(deleteRequestedFor(urlEqualTo("/internal/reservations/" + placed.id())));
    }

    private static WireMock stub(String service) {
        return Neighbours.stub(neighbours, service);
    }

    static PlaceOrderRequest request(long productId, int quantity, PaymentDetails payment) {
        return new PlaceOrderRequest(List.of(new PlaceOrderRequest.Item(productId, quantity)), payment);
    }

    static PaymentDetails card(String token) {
        return new PaymentDetails(PaymentMethod.CARD, token, null);
    }

    static PaymentDetails cod() {
        return new PaymentDetails(PaymentMethod.COD, null, null);
    }
}
