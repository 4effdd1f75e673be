package com.example.shop.order.client;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.service.annotation.DeleteExchange;
import org.springframework.web.service.annotation.HttpExchange;
import org.springframework.web.service.annotation.PostExchange;

/** inventory-service, as the order service sees it: reserve an order's stock, all lines or none, and release it. */
@HttpExchange("/internal/reservations")
public interface Inventory {

    @PostExchange
    Reservation.Result reserve(@RequestBody Reservation reservation);

    /** @return whether the stock was reserved */
    default boolean reserve(UUID orderId, List<StockLine> lines) {
        return reserve(new Reservation(orderId, lines)).reserved();
    }

    /** Gives an order's reserved units back; releasing an order that holds nothing does nothing. */
    @DeleteExchange("/{orderId}")
    void release(@PathVariable UUID orderId);

    record Reservation(UUID orderId, List<StockLine> lines) {

        public record Result(boolean reserved) {}
    }
}
