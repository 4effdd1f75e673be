package com.example.shop.order;

import com.example.shop.common.Caller;
import com.example.shop.common.InvalidRequestException;
import com.example.shop.common.NotFoundException;
import com.example.shop.messaging.Outbox;
import com.example.shop.order.api.OrderEvent;
import com.example.shop.order.catalog.Catalog;
import com.example.shop.order.jobs.OrderJobs;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Orders, as the customer sees them. Placing an order no longer waits for anyone: it is checked against order-service's
 * own copy of the catalog and the payment contract, saved PENDING with its {@code OrderPlaced} event in one local
 * transaction, and answered 202. The other services take it from there (the saga: {@link OrderSaga}).
 */
@Service
class OrderService {

    private final OrderRepository orders;
    private final Catalog catalog;
    private final Outbox outbox;
    private final OrderJobs jobs;
    private final TransactionTemplate transaction;

    OrderService(
            OrderRepository orders,
            Catalog catalog,
            Outbox outbox,
            OrderJobs jobs,
            PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.catalog = catalog;
        this.outbox = outbox;
        this.jobs = jobs;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Places an order once per idempotency key: a retry of the same request returns the order the first one created,
     * even when both arrive at the same moment (the database's unique key decides who was first).
     */
    Order place(UUID customerId, UUID idempotencyKey, PlaceOrderRequest request) {
        if (idempotencyKey != null) {
            var earlier = orders.findByCustomerIdAndIdempotencyKey(customerId, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        request.payment().problem().ifPresent(problem -> {
            throw new InvalidRequestException(problem.field(), problem.message());
        });
        List<OrderLine> lines = catalog.price(request.items()).stream()
                .map(line -> new OrderLine(line.productId(), line.name(), line.quantity(), line.unitPrice()))
                .toList();
        Order order;
        try {
            order = transaction.execute(status -> {
                Order placed = orders.saveAndFlush(Order.place(
                        customerId, idempotencyKey, lines, request.payment().method()));
                outbox.publish(placed.placed(request.payment()));
                return placed;
            });
        } catch (DataIntegrityViolationException sameKeyAtTheSameTime) {
            if (idempotencyKey == null) {
                throw sameKeyAtTheSameTime;
            }
            return orders.findByCustomerIdAndIdempotencyKey(customerId, idempotencyKey)
                    .orElseThrow(() -> sameKeyAtTheSameTime);
        }
        jobs.expireLater(order.id());
        return order;
    }

    /** The owner may cancel until the order ships; stock and money come back through the saga (OrderCancelled). */
    Order cancel(UUID orderId, Caller caller) {
        return change(orderId, order -> {
                    if (!order.customerId().equals(caller.id())) {
                        throw new NotFoundException("Order", orderId);
                    }
                    return Optional.of(order.cancelByCustomer());
                })
                .orElseThrow(() -> new NotFoundException("Order", orderId));
    }

    /**
     * Applies one change to the order and writes the event it produced to the outbox, in one transaction; the order
     * row is locked meanwhile, so a customer's cancel and a saga step never interleave. Empty if there is no such order.
     */
    Optional<Order> change(UUID orderId, Function<Order, Optional<OrderEvent>> change) {
        return Optional.ofNullable(transaction.execute(status -> {
            Order order = orders.findForUpdate(orderId).orElse(null);
            if (order == null) {
                return null;
            }
            change.apply(order).ifPresent(outbox::publish);
            return order;
        }));
    }

    @Transactional(readOnly = true)
    Order get(UUID orderId, Caller caller) {
        return orders.findById(orderId)
                .filter(order -> caller.admin() || order.customerId().equals(caller.id()))
                .orElseThrow(() -> new NotFoundException("Order", orderId));
    }

    @Transactional(readOnly = true)
    Page<Order> mine(Caller caller, Pageable pageable) {
        return orders.findByCustomerIdOrderByCreatedAtDesc(caller.id(), pageable);
    }
}
