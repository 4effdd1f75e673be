package com.example.shop.inventory;

import java.util.List;

/**
 * Whether an order's stock is held for it.
 *
 * @param unavailableProductIds the products without enough units (empty when reserved, or when the order was
 *     cancelled before its reservation arrived)
 */
public record ReservationOutcome(boolean reserved, List<Long> unavailableProductIds) {

    static final ReservationOutcome RESERVED = new ReservationOutcome(true, List.of());

    public ReservationOutcome {
        unavailableProductIds = List.copyOf(unavailableProductIds);
    }

    static ReservationOutcome rejected(List<Long> unavailable) {
        return new ReservationOutcome(false, unavailable);
    }
}
