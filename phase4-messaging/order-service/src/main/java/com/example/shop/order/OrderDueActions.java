package com.example.shop.order;

import com.example.shop.order.invoice.InvoiceDraft;
import com.example.shop.order.invoice.Invoices;
import com.example.shop.order.jobs.DueActions;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What the order jobs and the sweeps do: each a no-op for an order that has moved on. */
@Component
class OrderDueActions implements DueActions {

    private final OrderService orders;
    private final OrderRepository repository;
    private final Invoices invoices;

    OrderDueActions(OrderService orders, OrderRepository repository, Invoices invoices) {
        this.orders = orders;
        this.repository = repository;
        this.invoices = invoices;
    }

    @Override
    public void expire(UUID orderId) {
        orders.change(orderId, order -> order.reject(FailureReason.EXPIRED, null));
    }

    @Override
    public void ship(UUID orderId) {
        orders.change(orderId, Order::ship);
    }

    /** Only an order that was confirmed (it may have shipped since) is invoiced; a cancelled one is not. */
    @Override
    @Transactional
    public void issueInvoice(UUID orderId) {
        Optional<Order> order = repository
                .findById(orderId)
                .filter(o -> o.status() == OrderStatus.CONFIRMED || o.status() == OrderStatus.SHIPPED);
        order.map(OrderDueActions::draft).ifPresent(invoices::issue);
    }

    private static InvoiceDraft draft(Order order) {
        return new InvoiceDraft(
                order.id(),
                order.customerId(),
                order.lines().stream()
                        .map(line -> new InvoiceDraft.Line(line.productName(), line.quantity(), line.unitPrice()))
                        .toList(),
                order.total(),
                order.paymentMethod().name(),
                order.createdAt());
    }
}
