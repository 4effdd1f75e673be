package com.example.shop.acceptance.steps;

import static com.example.shop.acceptance.http.Capability.ORDER;
import static com.example.shop.acceptance.http.ResponseAssert.assertThatResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.example.shop.acceptance.api.Customer;
import com.example.shop.acceptance.api.NewOrder;
import com.example.shop.acceptance.api.Order;
import com.example.shop.acceptance.api.Page;
import com.example.shop.acceptance.http.ApiResponse;
import com.example.shop.acceptance.http.ShopClient;
import java.time.Duration;
import java.util.UUID;

/**
 * Placing, reading and cancelling orders. {@link #place} works in every phase: phases 1-3 answer 201 with the final
 * order, phases 4-5 answer 202 PENDING and the customer polls the order until it is decided.
 */
public final class OrderSteps {

    private final ShopClient shop;
    private final Phase phase = Phase.current();

    public OrderSteps(ShopClient shop) {
        this.shop = shop;
    }

    /** Places the order and returns it once decided (CONFIRMED or CANCELLED). */
    public Order place(Customer customer, NewOrder order) {
        return decided(customer, accepted(submit(customer, order)));
    }

    public Order place(Customer customer, NewOrder order, UUID idempotencyKey) {
        return decided(customer, accepted(submit(customer, order, idempotencyKey)));
    }

    public ApiResponse submit(Customer customer, Object body) {
        return shop.post(ORDER, "/api/orders")
                .bearer(customer.accessToken())
                .json(body)
                .send();
    }

    public ApiResponse submit(Customer customer, Object body, UUID idempotencyKey) {
        return submit(customer, body, idempotencyKey.toString());
    }

    public ApiResponse submit(Customer customer, Object body, String idempotencyKey) {
        return shop.post(ORDER, "/api/orders")
                .bearer(customer.accessToken())
                .header("Idempotency-Key", idempotencyKey)
                .json(body)
                .send();
    }

    public ApiResponse submitRaw(Customer customer, String contentType, String body) {
        return shop.post(ORDER, "/api/orders")
                .bearer(customer.accessToken())
                .body(contentType, body)
                .send();
    }

    public ApiResponse get(Customer customer, UUID orderId) {
        return shop.get(ORDER, "/api/orders/" + orderId)
                .bearer(customer.accessToken())
                .send();
    }

    public Order current(Customer customer, UUID orderId) {
        var response = get(customer, orderId);
        assertThatResponse(response).hasStatus(200);
        return response.as(Order.class);
    }

    public ApiResponse list(Customer customer) {
        return shop.get(ORDER, "/api/orders?page=0&size=20")
                .bearer(customer.accessToken())
                .send();
    }

    public Page<Order> ordersOf(Customer customer) {
        var response = list(customer);
        assertThatResponse(response).hasStatus(200);
        return response.asGeneric(Page.class, Order.class);
    }

    public ApiResponse cancel(Customer customer, UUID orderId) {
        return shop.post(ORDER, "/api/orders/" + orderId + "/cancel")
                .bearer(customer.accessToken())
                .send();
    }

    /** The order in the answer to placing it: 201 with its final status (phases 1-3) or 202 PENDING (4+). */
    public Order accepted(ApiResponse response) {
        assertThatResponse(response).hasStatus(phase.orderAcceptedStatus()).hasHeader("Location");
        var order = response.as(Order.class);
        assertThat(response.header("Location"))
                .as("Location of the new order:%s", response)
                .hasValueSatisfying(location -> assertThat(location).endsWith("/api/orders/" + order.id()));
        if (!phase.decidesOrdersAsynchronously()) {
            assertThat(order.status())
                    .as("a synchronous phase answers with the decided order:%s", response)
                    .isNotEqualTo(Order.PENDING);
        }
        return order;
    }

    /** Waits at most {@code timeout} until the order has the status, and returns it. */
    public Order until(Customer customer, Order order, String status, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        var current = current(customer, order.id());
        while (!status.equals(current.status())) {
            if (System.nanoTime() > deadline) {
                fail("order not %s after %s: %s", status, timeout, current);
            }
            Eventually.pause();
            current = current(customer, order.id());
        }
        return current;
    }

    /** Waits until the order is no longer PENDING and returns it. */
    public Order decided(Customer customer, Order order) {
        return decided(customer, order, Eventually.timeout());
    }

    /** Waits at most {@code timeout} until the order is no longer PENDING, and returns it. */
    public Order decided(Customer customer, Order order, Duration timeout) {
        var deadline = System.nanoTime() + timeout.toNanos();
        var current = order;
        while (Order.PENDING.equals(current.status())) {
            if (System.nanoTime() > deadline) {
                fail("order still PENDING after %s: %s", timeout, current);
            }
            Eventually.pause();
            var response = get(customer, order.id());
            // a read model may not know the order for a moment after it was accepted
            if (response.status() != 404) {
                assertThatResponse(response).hasStatus(200);
                current = response.as(Order.class);
            }
        }
        return current;
    }
}
