package com.example.shop.inventory;

import com.example.shop.common.NotFoundException;
import com.example.shop.fault.Capability;
import com.example.shop.fault.FaultSwitches;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inventory service's core: reserve stock for an order, all lines or none, and release it again. */
@Service
public class Inventory {

    private final StockItemRepository items;
    private final StockReservationRepository reservations;
    private final ReservationOrderRepository orders;
    private final FaultSwitches faults;

    Inventory(
            StockItemRepository items,
            StockReservationRepository reservations,
            ReservationOrderRepository orders,
            FaultSwitches faults) {
        this.items = items;
        this.reservations = reservations;
        this.orders = orders;
        this.faults = faults;
    }

    /**
     * Reserves every line or nothing. The stock rows stay locked until the caller's transaction ends, so concurrent
     * orders for the last units queue up here instead of overselling.
     *
     * <p>Safe to send again: the order's own row is locked first, so a repeated request waits for the first to commit
     * and then finds the stock already held; and a request that arrives after the order was released (order-service
     * gave up waiting for the first answer) reserves nothing.
     *
     * @return whether the stock is reserved for the order, and if not which products lack units
     */
    @Transactional
    public ReservationOutcome reserve(UUID orderId, List<StockLine> lines) {
        faults.apply(Capability.INVENTORY);
        ReservationOrder order = lockOrder(orderId);
        if (order.released()) {
            // released (the order was cancelled) before this request arrived: holding stock now would hold it for good
            return ReservationOutcome.rejected(List.of());
        }
        if (!reservations.findByOrderId(orderId).isEmpty()) {
            return ReservationOutcome.RESERVED; // the same request again reserves nothing more
        }
        Map<Long, StockItem> locked =
                items
                        .findByProductIdInOrderByProductId(
                                lines.stream().map(StockLine::productId).toList())
                        .stream()
                        .collect(Collectors.toMap(StockItem::productId, Function.identity()));
        List<Long> unavailable = lines.stream()
                .filter(line -> {
                    StockItem item = locked.get(line.productId());
                    return item == null || !item.canReserve(line.quantity());
                })
                .map(StockLine::productId)
                .toList();
        if (!unavailable.isEmpty()) {
            return ReservationOutcome.rejected(unavailable);
        }
        for (StockLine line : lines) {
            locked.get(line.productId()).reserve(line.quantity());
            reservations.save(new StockReservation(orderId, line.productId(), line.quantity()));
        }
        return ReservationOutcome.RESERVED;
    }

    /**
     * Gives an order's reserved units back, and marks the order released so that a reservation for it that arrives
     * later reserves nothing. Releasing an order that holds nothing, or was released already, changes no stock.
     */
    @Transactional
    public void release(UUID orderId) {
        faults.apply(Capability.INVENTORY);
        lockOrder(orderId).markReleased();
        List<StockReservation> held = reservations.findByOrderId(orderId);
        if (held.isEmpty()) {
            return;
        }
        Map<Long, StockItem> locked = lockItems(held);
        held.forEach(reservation -> locked.get(reservation.productId()).release(reservation.quantity()));
        reservations.deleteAll(held);
    }

    /** A shipped order's reserved units are sold: they leave the warehouse for good. */
    @Transactional
    public void ship(UUID orderId) {
        lockOrder(orderId);
        List<StockReservation> held = reservations.findByOrderId(orderId);
        Map<Long, StockItem> locked = lockItems(held);
        held.forEach(reservation -> locked.get(reservation.productId()).sell(reservation.quantity()));
        reservations.deleteAll(held);
    }

    private Map<Long, StockItem> lockItems(List<StockReservation> held) {
        return items
                .findByProductIdInOrderByProductId(
                        held.stream().map(StockReservation::productId).toList())
                .stream()
                .collect(Collectors.toMap(StockItem::productId, Function.identity()));
    }

    /** The order's row, created on first use and locked until the transaction ends. */
    private ReservationOrder lockOrder(UUID orderId) {
        orders.createIfAbsent(orderId);
        return orders.lock(orderId);
    }

    @Transactional(readOnly = true)
    public StockLevel level(Long productId) {
        return items.findById(productId)
                .map(StockItem::toLevel)
                .orElseThrow(() -> new NotFoundException("Stock of product", productId));
    }

    /** Sets the units available for sale, creating the stock record on first use; reserved units are kept. */
    @Transactional
    StockLevel restock(Long productId, int available) {
        StockItem item = items.findById(productId).orElseGet(() -> new StockItem(productId, available));
        item.restock(available);
        return items.save(item).toLevel();
    }
}
