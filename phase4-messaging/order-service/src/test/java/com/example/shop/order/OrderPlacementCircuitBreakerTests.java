package com.example.shop.order;

import static com.example.shop.order.client.NeighbourCalls.PRODUCT_SERVICE;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.example.shop.order.client.PaymentDetails;
import com.example.shop.order.client.PaymentMethod;
import com.example.shop.order.client.ServiceUnavailableException;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
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
 * The circuit breaker of one neighbour, the catalog: while it is too slow every order is refused after its time limit,
 * until the circuit opens; from then on orders are refused at once, without calling it, exactly as if it were down;
 * after the open period trial calls go through and close the circuit again. The breaker counts as in production
 * (application.yml); only the catalog's time limit and open period are shortened (0.5 s and 1 s instead of 3 s and
 * 10 s) so that this takes seconds.
 */
@SpringBootTest(
        properties = {
            "spring.datasource.url=jdbc:h2:mem:order-circuit;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            "resilience4j.timelimiter.instances.product-service.timeout-duration=500ms",
            "resilience4j.circuitbreaker.instances.product-service.wait-duration-in-open-state=1s"
        })
class OrderPlacementCircuitBreakerTests {

    static final Duration TIME_LIMIT = Duration.ofMillis(500);

    @RegisterExtension
    static StubRunnerExtension neighbours = Neighbours.stubs();

    @DynamicPropertySource
    static void neighbourAddresses(DynamicPropertyRegistry registry) {
        Neighbours.resolveToStubs(registry, neighbours);
    }

    @Autowired
    OrderService orders;

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    final WireMock catalog = Neighbours.stub(neighbours, PRODUCT_SERVICE);
    List<UUID> lateAnswers = List.of();
    CircuitBreaker catalogCircuit;

    @BeforeEach
    void catalogCircuitClosedAndTheCatalogTooSlow() {
        catalogCircuit = circuitBreakers.circuitBreaker(PRODUCT_SERVICE);
        catalogCircuit.reset();
        catalog.resetRequests();
        lateAnswers = Neighbours.answerLate(catalog, "GET", "/internal/products", TIME_LIMIT.multipliedBy(4));
    }

    @AfterEach
    void catalogAnswersInTimeAgain() {
        Neighbours.answerInTime(catalog, lateAnswers);
    }

    @Test
    void refusesOrdersAtOnceWithoutAskingTheCatalogOnceItsCircuitIsOpen() {
        int minimumCalls = catalogCircuit.getCircuitBreakerConfig().getMinimumNumberOfCalls();
        for (int i = 0; i < minimumCalls; i++) {
            assertThatThrownBy(this::placeAnOrder).isInstanceOf(ServiceUnavailableException.class);
        }
        assertThat(catalogCircuit.getState()).isEqualTo(CircuitBreaker.State.OPEN);
        int catalogRequests = catalogRequests();

        long start = System.nanoTime();
        assertThatThrownBy(this::placeAnOrder)
                .isInstanceOfSatisfying(
                        ServiceUnavailableException.class,
                        refused -> assertThat(refused.getStatusCode().value()).isEqualTo(503))
                .hasMessageContaining(PRODUCT_SERVICE);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(took).isLessThan(TIME_LIMIT.dividedBy(2));
        assertThat(catalogRequests()).isEqualTo(catalogRequests);
        assertThat(catalogCircuit.getMetrics().getNumberOfNotPermittedCalls()).isOne();
    }

    @Test
    void closesTheCircuitAgainOnceTheCatalogAnswersInTime() throws InterruptedException {
        catalogCircuit.transitionToOpenState();
        Neighbours.answerInTime(catalog, lateAnswers);
        lateAnswers = List.of();

        Thread.sleep(catalogCircuit
                        .getCircuitBreakerConfig()
                        .getWaitIntervalFunctionInOpenState()
                        .apply(1)
                + 100);
        int trialCalls = catalogCircuit.getCircuitBreakerConfig().getPermittedNumberOfCallsInHalfOpenState();
        for (int i = 0; i < trialCalls; i++) {
            assertThat(placeAnOrder().status()).isEqualTo(OrderStatus.CONFIRMED);
        }

        assertThat(catalogCircuit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    private int catalogRequests() {
        return catalog.find(getRequestedFor(urlPathEqualTo("/internal/products")))
                .size();
    }

    private Order placeAnOrder() {
        return orders.place(
                UUID.randomUUID(),
                null,
                new PlaceOrderRequest(
                        List.of(new PlaceOrderRequest.Item(OrderPlacementContractTests.PRODUCT, 2)),
                        new PaymentDetails(PaymentMethod.CARD, "tok_visa", null)));
    }
}
