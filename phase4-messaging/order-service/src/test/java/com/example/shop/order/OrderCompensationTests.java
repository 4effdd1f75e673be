package com.example.shop.order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;

import com.example.shop.common.Money;
import com.example.shop.order.client.Inventory;
import com.example.shop.order.client.NeighbourCalls;
import com.example.shop.order.client.Notifications;
import com.example.shop.order.client.PaymentDetails;
import com.example.shop.order.client.PaymentMethod;
import com.example.shop.order.client.PaymentResult;
import com.example.shop.order.client.PaymentStatus;
import com.example.shop.order.client.Payments;
import com.example.shop.order.client.ProductCatalog;
import com.example.shop.order.client.ProductDetails;
import com.example.shop.order.client.ServiceUnavailableException;
import io.github.resilience4j.springboot3.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration;
import io.github.resilience4j.springboot3.retry.autoconfigure.RetryAutoConfiguration;
import io.github.resilience4j.springboot3.timelimiter.autoconfigure.TimeLimiterAutoConfiguration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.client.ResourceAccessException;

/**
 * What OrderService does when a neighbour fails for technical reasons, something a contract stub cannot play: the
 * neighbours are mocks here, the order table is real. (That the clients speak the neighbours' language is
 * {@link OrderPlacementContractTests}' job.) No test transaction: each step commits on its own, as in production.
 * The calls go through the real {@link NeighbourCalls} with application.yml's settings (Resilience4j's and Spring
 * Cloud CircuitBreaker's auto-configuration); the mocks' failures are not the clients' ServiceUnavailableException, so
 * they are neither retried nor counted and reach OrderService unchanged.
 */
@DataJpaTest
@Import({OrderService.class, NeighbourCalls.class})
@ImportAutoConfiguration({
    CircuitBreakerAutoConfiguration.class,
    TimeLimiterAutoConfiguration.class,
    RetryAutoConfiguration.class,
    Resilience4JAutoConfiguration.class
})
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OrderCompensationTests {

    static final ProductDetails KEYBOARD =
            new ProductDetails(1L, "KB-1", "Mechanical keyboard", "", Money.of("89.90", "EUR"));
    static final PaymentDetails VISA = new PaymentDetails(PaymentMethod.CARD, "tok_visa", null);

    @Autowired
    OrderService orders;

    @Autowired
    OrderRepository repository;

    @MockitoBean
    ProductCatalog catalog;

    @MockitoBean
    Inventory inventory;

    @MockitoBean
    Payments payments;

    @MockitoBean
    Notifications notifications;

    @BeforeEach
    void keyboardInStock() {
        given(catalog.findAll(any())).willReturn(Map.of(1L, KEYBOARD));
        given(inventory.reserve(any(UUID.class), any())).willReturn(true);
    }

    @Test
    void releasesTheStockAndRecordsPaymentFailedWhenTheChargeCallFails() {
        given(payments.charge(any(), any(), any(), any())).willThrow(new ResourceAccessException("read timed out"));

        Order order = orders.place(UUID.randomUUID(), null, keyboards(2));

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.PAYMENT_FAILED);
        verify(inventory).release(order.id());
        assertThat(repository.findById(order.id()))
                .get()
                .extracting(Order::status)
                .isEqualTo(OrderStatus.CANCELLED);
    }

    @Test
    void stillRecordsTheCancellationWhenTheReleaseFailsToo() {
        given(payments.charge(any(), any(), any(), any()))
                .willReturn(new PaymentResult(PaymentStatus.DECLINED, PaymentResult.Failure.DECLINED));
        willThrow(new ResourceAccessException("connection refused"))
                .given(inventory)
                .release(any());

        Order order = orders.place(UUID.randomUUID(), null, keyboards(2));

        assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.failureReason()).isEqualTo(FailureReason.PAYMENT_DECLINED);
    }

    @Test
    void leavesNoOrderBehindWhenTheInventoryIsDown() {
        UUID customer = UUID.randomUUID();
        UUID key = UUID.randomUUID();
        given(inventory.reserve(any(UUID.class), any())).willThrow(new ResourceAccessException("connection refused"));

        assertThatThrownBy(() -> orders.place(customer, key, keyboards(1)))
                .isInstanceOf(ServiceUnavailableException.class)
                .hasMessageContaining("connection refused");

        assertThat(repository.findByCustomerIdAndIdempotencyKey(customer, key)).isEmpty();
    }

    @Test
    void keepsAConfirmedOrderWhenTheNotificationCannotBeSent() {
        given(payments.charge(any(), any(), any(), any())).willReturn(new PaymentResult(PaymentStatus.CAPTURED, null));
        willThrow(new ResourceAccessException("connection refused"))
                .given(notifications)
                .notify(any(), any(), any(), any());

        Order order = orders.place(UUID.randomUUID(), null, keyboards(1));

        assertThat(order.status()).isEqualTo(OrderStatus.CONFIRMED);
        assertThat(repository.findById(order.id()))
                .get()
                .extracting(Order::status)
                .isEqualTo(OrderStatus.CONFIRMED);
    }

    static PlaceOrderRequest keyboards(int quantity) {
        return new PlaceOrderRequest(List.of(new PlaceOrderRequest.Item(1L, quantity)), VISA);
    }
}
