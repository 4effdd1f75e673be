package com.example.shop.order;

import static com.example.shop.order.client.NeighbourCalls.INVENTORY_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.NOTIFICATION_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.PAYMENT_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.PRODUCT_SERVICE;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.example.shop.order.client.ClientProperties;
import com.example.shop.order.client.PaymentDetails;
import com.example.shop.order.client.PaymentMethod;
import com.example.shop.order.client.ServiceUnavailableException;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.contract.stubrunner.junit.StubRunnerExtension;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Placing orders while a neighbour is in trouble, with the production settings of application.yml. payment-service
 * runs as two instances, one of which was killed; every other neighbour is its contract stub, made slow where a test
 * says so. (How a circuit opens is {@link OrderPlacementCircuitBreakerTests}' subject.)
 */
@SpringBootTest(
        properties =
                "spring.datasource.url=jdbc:h2:mem:order-resilience;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH")
class OrderPlacementResilienceTests {

    @RegisterExtension
    static StubRunnerExtension neighbours = Neighbours.stubs();

    static final String KILLED_PAYMENT_INSTANCE = Neighbours.killedInstance();

    @DynamicPropertySource
    static void neighbourAddresses(DynamicPropertyRegistry registry) {
        for (String service : List.of(PRODUCT_SERVICE, INVENTORY_SERVICE, NOTIFICATION_SERVICE)) {
            Neighbours.resolve(registry, service, Neighbours.stubOf(neighbours, service));
        }
        Neighbours.resolve(
                registry,
                PAYMENT_SERVICE,
                () -> KILLED_PAYMENT_INSTANCE,
                Neighbours.stubOf(neighbours, PAYMENT_SERVICE));
    }

    @Autowired
    OrderService orders;

    @Autowired
    ClientProperties clients;

    @Autowired
    TimeLimiterRegistry timeLimiters;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @Autowired
    RetryRegistry retries;

    final WireMock catalog = Neighbours.stub(neighbours, PRODUCT_SERVICE);
    final WireMock inventory = Neighbours.stub(neighbours, INVENTORY_SERVICE);
    final WireMock payments = Neighbours.stub(neighbours, PAYMENT_SERVICE);
    final List<Runnable> undo = new ArrayList<>();

    @BeforeEach
    void everyCircuitClosedAndNoRequestSeen() {
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        Stream.of(catalog, inventory, payments).forEach(WireMock::resetRequests);
    }

    @AfterEach
    void neighboursAnswerInTimeAgain() {
        undo.forEach(Runnable::run);
    }

    @Test
    void chargesOnTheLiveInstanceWhenTheOtherOneWasKilled() {
        Retry.Metrics notIdempotent = retries.retry("not-idempotent").getMetrics();
        long retriedBefore = notIdempotent.getNumberOfSuccessfulCallsWithRetryAttempt();

        List<Order> placed = List.of(place(card("tok_visa")), place(card("tok_visa")));

        assertThat(placed).extracting(Order::status).containsOnly(OrderStatus.CONFIRMED);
        payments.verifyThat(2, postRequestedFor(urlEqualTo("/internal/payments")));
        // The round robin alternates between the two instances and each retry moves on to the next one, so every
        // charge first met the killed instance (refused: it never arrived) and was sent again to the live one.
        assertThat(notIdempotent.getNumberOfSuccessfulCallsWithRetryAttempt() - retriedBefore)
                .isEqualTo(2);
    }

    @Test
    void doesNotChargeAgainWhenTheAnswerToAChargeTimedOut() {
        Duration readTimeout = clients.readTimeout();
        answerLate(payments, "POST", "/internal/payments", readTimeout.plusMillis(500));

        long start = System.nanoTime();
        Order order = place(card("tok_visa"));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.PAYMENT_FAILED);
        assertThat(took).isGreaterThanOrEqualTo(readTimeout);
        // It may have been taken: sending it again could take the money twice.
        payments.verifyThat(1, postRequestedFor(urlEqualTo("/internal/payments")));
        inventory.verifyThat(deleteRequestedFor(urlEqualTo("/internal/reservations/" + order.id())));
    }

    @Test
    void reservesAgainWhenTheAnswerToAReservationTimedOut() {
        answerLateOnce(
                inventory,
                "POST",
                "/internal/reservations",
                clients.readTimeout().plusMillis(500));

        Order order = place(card("tok_visa"));

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        // The first reservation may have been made: inventory holds stock once per order id, so asking again is safe.
        inventory.verifyThat(2, postRequestedFor(urlEqualTo("/internal/reservations")));
        inventory.verifyThat(0, deleteRequestedFor(urlEqualTo("/internal/reservations/" + order.id())));
    }

    @Test
    void refusesTheOrderWith503WhenTheCatalogsAnswerBreaksOffAndAsksAgainFirst() {
        List<UUID> broken = Neighbours.answerBroken(catalog, "GET", "/internal/products");
        undo.add(() -> Neighbours.answerInTime(catalog, broken));

        assertThatThrownBy(() -> place(card("tok_visa")))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        refused -> assertThat(refused.getStatusCode().value()).isEqualTo(503))
                .hasMessageContaining(PRODUCT_SERVICE)
                .hasMessageContaining("its answer could not be read");
        // reading the catalog is idempotent: asked three times, then given up
        catalog.verifyThat(3, getRequestedFor(urlPathEqualTo("/internal/products")));
        inventory.verifyThat(0, postRequestedFor(urlEqualTo("/internal/reservations")));
    }

    @Test
    void refusesTheOrderWhenTheCatalogDoesNotAnswerWithinTheTimeLimit() {
        Duration timeLimit = timeLimiters.getDefaultConfig().getTimeoutDuration();
        Duration readTimeout = clients.readTimeout();
        answerLate(catalog, "GET", "/internal/products", timeLimit.multipliedBy(3));

        long start = System.nanoTime();
        assertThatThrownBy(() -> place(card("tok_visa")))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        refused -> assertThat(refused.getStatusCode().value()).isEqualTo(503))
                .hasMessageContaining(PRODUCT_SERVICE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        // The first attempt ran into the read timeout, the retry into the time limit of the whole call: without it,
        // three attempts would have taken three read timeouts.
        assertThat(took).isBetween(timeLimit, readTimeout.multipliedBy(3));
        await().during(Duration.ofMillis(500))
                .atMost(Duration.ofSeconds(2))
                .until(() -> catalog.find(getRequestedFor(urlPathEqualTo("/internal/products")))
                                .size()
                        == 2);
        inventory.verifyThat(0, postRequestedFor(urlEqualTo("/internal/reservations")));
    }

    @Test
    void refusesOrdersWhilePaymentsCircuitIsOpenAsIfPaymentServiceWereDown() {
        circuitBreakers.circuitBreaker(PAYMENT_SERVICE).transitionToOpenState();

        assertThatThrownBy(() -> place(card("tok_visa")))
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        refused -> assertThat(refused.getStatusCode().value()).isEqualTo(503))
                .hasMessageContaining(PAYMENT_SERVICE);

        payments.verifyThat(0, anyRequestedFor(anyUrl()));
        inventory.verifyThat(0, postRequestedFor(urlEqualTo("/internal/reservations")));
    }

    private void answerLateOnce(WireMock stub, String method, String urlPath, Duration delay) {
        List<UUID> late = Neighbours.answerLateOnce(stub, method, urlPath, delay);
        undo.add(() -> Neighbours.answerInTime(stub, late));
    }

    private void answerLate(WireMock stub, String method, String urlPath, Duration delay) {
        List<UUID> late = Neighbours.answerLate(stub, method, urlPath, delay);
        undo.add(() -> Neighbours.answerInTime(stub, late));
    }

    private Order place(PaymentDetails payment) {
        return orders.place(
                UUID.randomUUID(),
                null,
                new PlaceOrderRequest(
                        List.of(new PlaceOrderRequest.Item(OrderPlacementContractTests.PRODUCT, 2)), payment));
    }

    private static PaymentDetails card(String token) {
        return new PaymentDetails(PaymentMethod.CARD, token, null);
    }
}
