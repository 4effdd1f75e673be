package com.example.shop.order;

import static com.example.shop.order.client.NeighbourCalls.INVENTORY_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.NOTIFICATION_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.PAYMENT_SERVICE;
import static com.example.shop.order.client.NeighbourCalls.PRODUCT_SERVICE;

import com.example.shop.common.Caller;
import com.example.shop.common.InvalidRequestException;
import com.example.shop.common.NotFoundException;
import com.example.shop.order.client.Inventory;
import com.example.shop.order.client.NeighbourCalls;
import com.example.shop.order.client.NotificationType;
import com.example.shop.order.client.Notifications;
import com.example.shop.order.client.PaymentResult;
import com.example.shop.order.client.PaymentStatus;
import com.example.shop.order.client.Payments;
import com.example.shop.order.client.ProductCatalog;
import com.example.shop.order.client.ProductDetails;
import com.example.shop.order.client.StockLine;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places and cancels orders by calling four other services in turn: the catalog for prices, the inventory to reserve,
 * payments to charge, notifications to tell the customer. There is no transaction around them any more: each outcome
 * is saved locally in its own small transaction, and a step that fails is undone by a compensating call (release the
 * stock) made right here, synchronously. A business "no" (out of stock, declined) is recorded as a CANCELLED order.
 *
 * <p>Each call names its neighbour and whether it may safely run twice ({@link NeighbourCalls}): only then is it retried
 * after a failure. A neighbour whose circuit is open is treated exactly like one that is down.
 */
@Service
class OrderService {

    private static final Logger log = LoggerFactory.getLogger(OrderService.class);

    private final OrderRepository orders;
    private final ProductCatalog catalog;
    private final Inventory inventory;
    private final Payments payments;
    private final Notifications notifications;
    private final NeighbourCalls calls;
    private final TransactionTemplate transaction;

    OrderService(
            OrderRepository orders,
            ProductCatalog catalog,
            Inventory inventory,
            Payments payments,
            Notifications notifications,
            NeighbourCalls calls,
            PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.catalog = catalog;
        this.inventory = inventory;
        this.payments = payments;
        this.notifications = notifications;
        this.calls = calls;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Places an order once per idempotency key: a retry of the same request returns the order the first one created,
     * even when both arrive at the same moment (the database's unique key decides who was first). A retry that
     * arrives while the first request is still calling the other services sees that order still PENDING.
     */
    Order place(UUID customerId, UUID idempotencyKey, PlaceOrderRequest request) {
        if (idempotencyKey != null) {
            var earlier = orders.findByCustomerIdAndIdempotencyKey(customerId, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        calls.idempotent(PAYMENT_SERVICE, () -> payments.validate(request.payment())); // a check changes nothing
        List<OrderLine> lines = priceLines(request.items());
        Order order;
        try {
            order = orders.saveAndFlush(Order.place(
                    customerId, idempotencyKey, lines, request.payment().method()));
        } catch (DataIntegrityViolationException sameKeyAtTheSameTime) {
            if (idempotencyKey == null) {
                throw sameKeyAtTheSameTime;
            }
            return orders.findByCustomerIdAndIdempotencyKey(customerId, idempotencyKey)
                    .orElseThrow(() -> sameKeyAtTheSameTime);
        }
        return reserveChargeAndConfirm(order, request);
    }

    private Order reserveChargeAndConfirm(Order order, PlaceOrderRequest request) {
        List<StockLine> stock = order.lines().stream()
                .map(line -> new StockLine(line.productId(), line.quantity()))
                .toList();
        boolean reserved;
        try {
            // Inventory holds stock once per order id, however often and however concurrently it is asked, and a
            // request that arrives after the release below reserves nothing: safe to send again after a timeout.
            reserved = calls.idempotent(INVENTORY_SERVICE, () -> inventory.reserve(order.id(), stock));
        } catch (RuntimeException inventoryDown) {
            forget(order);
            throw inventoryDown;
        }
        if (!reserved) {
            return notifyCustomer(record(order, o -> o.reject(FailureReason.OUT_OF_STOCK, null)));
        }
        PaymentResult payment;
        try {
            // Charging twice takes the money twice: sent again only if it never reached payment-service.
            payment = calls.notIdempotent(
                    PAYMENT_SERVICE,
                    () -> payments.charge(order.id(), order.customerId(), order.total(), request.payment()));
        } catch (RuntimeException paymentDown) {
            // The charge may even have gone through before the answer was lost: the docs show this inconsistency.
            log.warn("Charging order {} failed, cancelling it: {}", order.id(), paymentDown.getMessage());
            releaseOrLog(order);
            return notifyCustomer(record(order, o -> o.reject(FailureReason.PAYMENT_FAILED, null)));
        }
        if (!payment.succeeded()) {
            releaseOrLog(order);
            return notifyCustomer(record(order, o -> o.reject(failureReason(payment.failure()), payment.status())));
        }
        return notifyCustomer(record(order, o -> o.confirm(payment.status())));
    }

    /**
     * Inventory did not answer, so nothing is known to be held. The order is deleted rather than kept CANCELLED: the
     * customer gets a 503, which means "nothing happened, try again", and a retry with the same idempotency key must
     * then be able to place the order. A timed-out reservation may still have been made, so it is released first.
     */
    private void forget(Order order) {
        releaseOrLog(order);
        orders.deleteById(order.id());
    }

    /** Compensation: give the stock back. If that call fails too, the units stay held; this is logged, not hidden. */
    private void releaseOrLog(Order order) {
        try {
            calls.idempotent(INVENTORY_SERVICE, () -> inventory.release(order.id())); // releasing twice is harmless
        } catch (RuntimeException releaseFailed) {
            log.error(
                    "Could not release the stock of order {}; it stays reserved until released by hand: {}",
                    order.id(),
                    releaseFailed.getMessage());
        }
    }

    /** Applies one change to the order in its own local transaction and returns the saved order. */
    private Order record(Order order, Consumer<Order> change) {
        return transaction.execute(status -> {
            Order current = orders.findById(order.id()).orElseThrow();
            change.accept(current);
            return current;
        });
    }

    /** Each line with the product's current name and price; unknown products fail the whole request. */
    private List<OrderLine> priceLines(List<PlaceOrderRequest.Item> items) {
        List<Long> ids = items.stream().map(PlaceOrderRequest.Item::productId).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new InvalidRequestException("items", "each product may appear only once; use its quantity");
        }
        Map<Long, ProductDetails> products = calls.idempotent(PRODUCT_SERVICE, () -> catalog.findAll(ids));
        List<Long> unknown =
                ids.stream().filter(id -> !products.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new UnknownProductException(unknown);
        }
        if (products.values().stream().map(p -> p.price().currency()).distinct().count() > 1) {
            throw new InvalidRequestException("items", "all products of one order must be priced in one currency");
        }
        return items.stream()
                .map(item -> {
                    ProductDetails product = products.get(item.productId());
                    return new OrderLine(product.id(), product.name(), item.quantity(), product.price());
                })
                .toList();
    }

    /**
     * Refunds first: if payment-service is down the customer gets 503 and the order is unchanged. Once the money is
     * back the order is cancelled even if the stock cannot be released (logged, as during placement).
     */
    Order cancel(UUID orderId, Caller caller) {
        Order order = orders.findById(orderId)
                .filter(o -> o.customerId().equals(caller.id()))
                .orElseThrow(() -> new NotFoundException("Order", orderId));
        if (!order.isCancellable()) {
            throw new OrderNotCancellableException(order.id(), order.status());
        }
        PaymentStatus refunded = calls.idempotent(PAYMENT_SERVICE, () -> payments.refund(orderId)) // refunded once only
                .orElse(order.paymentStatus());
        releaseOrLog(order);
        return notifyCustomer(record(order, o -> o.cancelByCustomer(refunded)));
    }

    /** The order if the caller owns it or is an ADMIN; otherwise it does not exist, as far as the caller knows. */
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

    /**
     * The order's outcome is already saved; a notification that cannot be delivered is logged and lost rather than
     * failing an order that was charged. (In phase 1 it rolled the order back; phase 4 makes it reliable.)
     */
    private Order notifyCustomer(Order order) {
        String total =
                order.total().amount().toPlainString() + " " + order.total().currency();
        try {
            // Each notification sent is stored and mailed: sent again only if it never reached notification-service.
            if (order.status() == OrderStatus.CONFIRMED) {
                calls.notIdempotent(
                        NOTIFICATION_SERVICE,
                        () -> notifications.notify(
                                order.customerId(),
                                order.id(),
                                NotificationType.ORDER_CONFIRMED,
                                "Your order " + order.id() + " of " + total + " is confirmed."));
            } else {
                calls.notIdempotent(
                        NOTIFICATION_SERVICE,
                        () -> notifications.notify(
                                order.customerId(),
                                order.id(),
                                NotificationType.ORDER_CANCELLED,
                                "Your order " + order.id() + " of " + total + " was cancelled (" + order.failureReason()
                                        + ")."));
            }
        } catch (RuntimeException notificationsDown) {
            log.warn("Could not notify the customer of order {}: {}", order.id(), notificationsDown.getMessage());
        }
        return order;
    }

    private static FailureReason failureReason(PaymentResult.Failure failure) {
        return switch (failure) {
            case DECLINED -> FailureReason.PAYMENT_DECLINED;
            case FAILED -> FailureReason.PAYMENT_FAILED;
        };
    }
}
