package com.example.shop.order;

import com.example.shop.inventory.api.StockRejected;
import com.example.shop.messaging.IncomingEvents;
import com.example.shop.messaging.ProcessedMessages;
import com.example.shop.messaging.Topology;
import com.example.shop.order.catalog.Catalog;
import com.example.shop.order.jobs.OrderJobs;
import com.example.shop.payment.api.PaymentCaptured;
import com.example.shop.payment.api.PaymentDeclined;
import com.example.shop.payment.api.PaymentRefunded;
import com.example.shop.product.api.ProductChanged;
import com.example.shop.product.api.ProductDelisted;
import com.example.shop.product.api.ProductListed;
import java.util.Optional;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.rabbit.annotation.RabbitListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * order-service's part of the choreographed saga: it listens to what inventory-service and payment-service decided and
 * moves the order on. Nobody tells the other services what to do; each reacts to the events it cares about:
 *
 * <pre>
 * OrderPlaced ─▶ inventory reserves ─▶ StockReserved ─▶ payment charges ─▶ PaymentCaptured ─▶ CONFIRMED
 *                                  └─▶ StockRejected ─▶ CANCELLED (OUT_OF_STOCK)
 *                                                                     └─▶ PaymentDeclined ─▶ CANCELLED
 * </pre>
 *
 * Each event is handled once (its id is remembered in the same transaction as its effect); a late one, for an order
 * that has moved on, changes nothing.
 */
@Component
class OrderSaga {

    static final String CONSUMER = "order-service";

    private final IncomingEvents events;
    private final ProcessedMessages processed;
    private final OrderService orders;
    private final OrderJobs jobs;
    private final TransactionTemplate transaction;

    OrderSaga(
            JsonMapper json,
            ProcessedMessages processed,
            OrderService orders,
            Catalog catalog,
            OrderJobs jobs,
            PlatformTransactionManager transactions) {
        this.orders = orders;
        this.jobs = jobs;
        this.events = IncomingEvents.with(json)
                .on(StockRejected.class, this::outOfStock)
                .on(PaymentCaptured.class, this::paid)
                .on(PaymentDeclined.class, this::declined)
                .on(PaymentRefunded.class, this::refunded)
                .on(ProductListed.class, catalog::apply)
                .on(ProductChanged.class, catalog::apply)
                .on(ProductDelisted.class, catalog::apply);
        this.processed = processed;
        this.transaction = new TransactionTemplate(transactions);
    }

    @RabbitListener(queues = Topology.ORDER_EVENTS)
    void on(Message message) {
        events.read(message)
                .ifPresent(event -> transaction.executeWithoutResult(status -> {
                    if (processed.firstTime(event.eventId(), CONSUMER)) {
                        events.handle(event);
                    }
                }));
    }

    private void outOfStock(StockRejected rejected) {
        orders.change(rejected.orderId(), order -> order.reject(FailureReason.OUT_OF_STOCK, null));
    }

    private void paid(PaymentCaptured captured) {
        orders.change(captured.orderId(), order -> order.confirm(PaymentStatus.valueOf(captured.status())))
                .filter(order -> order.status() == OrderStatus.CONFIRMED)
                .ifPresent(order -> jobs.afterConfirmation(order.id()));
    }

    private void declined(PaymentDeclined declined) {
        orders.change(
                declined.orderId(),
                order -> order.reject(FailureReason.valueOf(declined.reason()), PaymentStatus.DECLINED));
    }

    private void refunded(PaymentRefunded refunded) {
        orders.change(refunded.orderId(), order -> {
            order.refunded();
            return Optional.empty();
        });
    }
}
