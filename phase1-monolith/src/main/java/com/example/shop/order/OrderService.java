package com.example.shop.order;

import com.example.shop.common.Caller;
import com.example.shop.common.InvalidRequestException;
import com.example.shop.common.NotFoundException;
import com.example.shop.inventory.Inventory;
import com.example.shop.inventory.StockLine;
import com.example.shop.notification.NotificationType;
import com.example.shop.notification.Notifications;
import com.example.shop.payment.PaymentResult;
import com.example.shop.payment.PaymentStatus;
import com.example.shop.payment.Payments;
import com.example.shop.product.ProductCatalog;
import com.example.shop.product.ProductDetails;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Places and cancels orders. Placing is one database transaction that calls four other modules in turn: the catalog
 * for prices, the inventory to reserve, payments to charge, notifications to tell the customer. Any exception rolls
 * all of it back; a business "no" (out of stock, declined) is recorded as a CANCELLED order.
 */
@Service
class OrderService {

    private final OrderRepository orders;
    private final ProductCatalog catalog;
    private final Inventory inventory;
    private final Payments payments;
    private final Notifications notifications;
    private final TransactionTemplate transaction;

    OrderService(
            OrderRepository orders,
            ProductCatalog catalog,
            Inventory inventory,
            Payments payments,
            Notifications notifications,
            PlatformTransactionManager transactionManager) {
        this.orders = orders;
        this.catalog = catalog;
        this.inventory = inventory;
        this.payments = payments;
        this.notifications = notifications;
        this.transaction = new TransactionTemplate(transactionManager);
    }

    /**
     * Places an order once per idempotency key: a retry of the same request returns the order the first one created,
     * even when both arrive at the same moment (the database's unique key decides who was first).
     */
    Order place(UUID customerId, UUID idempotencyKey, PlaceOrderRequest request) {
        try {
            return transaction.execute(status -> placeInTransaction(customerId, idempotencyKey, request));
        } catch (DataIntegrityViolationException sameKeyAtTheSameTime) {
            if (idempotencyKey == null) {
                throw sameKeyAtTheSameTime;
            }
            return orders.findByCustomerIdAndIdempotencyKey(customerId, idempotencyKey)
                    .orElseThrow(() -> sameKeyAtTheSameTime);
        }
    }

    private Order placeInTransaction(UUID customerId, UUID idempotencyKey, PlaceOrderRequest request) {
        if (idempotencyKey != null) {
            var earlier = orders.findByCustomerIdAndIdempotencyKey(customerId, idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        payments.validate(request.payment());
        List<OrderLine> lines = priceLines(request.items());
        Order order = orders.saveAndFlush(
                Order.place(customerId, idempotencyKey, lines, request.payment().method()));

        List<StockLine> stock = lines.stream()
                .map(line -> new StockLine(line.productId(), line.quantity()))
                .toList();
        if (!inventory.reserve(order.id(), stock)) {
            order.reject(FailureReason.OUT_OF_STOCK, null);
            return notifyCustomer(order);
        }
        PaymentResult payment = payments.charge(order.id(), customerId, order.total(), request.payment());
        if (!payment.succeeded()) {
            inventory.release(order.id());
            order.reject(failureReason(payment.failure()), payment.status());
            return notifyCustomer(order);
        }
        order.confirm(payment.status());
        return notifyCustomer(order);
    }

    /** Each line with the product's current name and price; unknown products fail the whole request. */
    private List<OrderLine> priceLines(List<PlaceOrderRequest.Item> items) {
        List<Long> ids = items.stream().map(PlaceOrderRequest.Item::productId).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new InvalidRequestException("items", "each product may appear only once; use its quantity");
        }
        Map<Long, ProductDetails> products = catalog.findAll(ids);
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

    @Transactional
    Order cancel(UUID orderId, Caller caller) {
        Order order = orders.findById(orderId)
                .filter(o -> o.customerId().equals(caller.id()))
                .orElseThrow(() -> new NotFoundException("Order", orderId));
        if (!order.isCancellable()) {
            throw new OrderNotCancellableException(order.id(), order.status());
        }
        PaymentStatus refunded = payments.refund(orderId).orElse(order.paymentStatus());
        inventory.release(orderId);
        order.cancelByCustomer(refunded);
        return notifyCustomer(order);
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

    private Order notifyCustomer(Order order) {
        String total =
                order.total().amount().toPlainString() + " " + order.total().currency();
        if (order.status() == OrderStatus.CONFIRMED) {
            notifications.notify(
                    order.customerId(),
                    order.id(),
                    NotificationType.ORDER_CONFIRMED,
                    "Your order " + order.id() + " of " + total + " is confirmed.");
        } else {
            notifications.notify(
                    order.customerId(),
                    order.id(),
                    NotificationType.ORDER_CANCELLED,
                    "Your order " + order.id() + " of " + total + " was cancelled (" + order.failureReason() + ").");
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
