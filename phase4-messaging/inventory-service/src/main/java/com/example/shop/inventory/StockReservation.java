package com.example.shop.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Units of one product held for one order; deleted when released, so a release cannot happen twice. */
@Entity
@Table(name = "stock_reservations")
class StockReservation {

    @Id
    private UUID id;

    @Column(name = "order_id", nullable = false)
    private UUID orderId;

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Column(nullable = false)
    private int quantity;

    protected StockReservation() {}

    StockReservation(UUID orderId, Long productId, int quantity) {
        this.id = UUID.randomUUID();
        this.orderId = orderId;
        this.productId = productId;
        this.quantity = quantity;
    }

    Long productId() {
        return productId;
    }

    int quantity() {
        return quantity;
    }
}
