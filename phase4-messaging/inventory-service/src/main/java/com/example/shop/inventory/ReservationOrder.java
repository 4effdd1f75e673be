package com.example.shop.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * One row per order that inventory has heard of, reserved or released. Reserving and releasing the same order lock
 * it first, so they happen one after the other; once released, an order can hold no stock again.
 */
@Entity
@Table(name = "reservation_orders")
class ReservationOrder {

    @Id
    @Column(name = "order_id")
    private UUID orderId;

    @Column(nullable = false)
    private boolean released;

    protected ReservationOrder() {}

    boolean released() {
        return released;
    }

    void markReleased() {
        released = true;
    }
}
