package com.example.shop.inventory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** The stock of one product: units free to sell, and units held for orders. Neither is ever negative. */
@Entity
@Table(name = "stock_items")
class StockItem {

    @Id
    @Column(name = "product_id")
    private Long productId;

    @Column(nullable = false)
    private int available;

    @Column(nullable = false)
    private int reserved;

    /** Units that left with shipped orders: available + reserved + sold only changes by restocking. */
    @Column(nullable = false)
    private int sold;

    @Version
    private Long version;

    protected StockItem() {}

    StockItem(Long productId, int available) {
        this.productId = productId;
        this.available = available;
    }

    boolean canReserve(int quantity) {
        return available >= quantity;
    }

    void reserve(int quantity) {
        if (!canReserve(quantity)) {
            throw new IllegalStateException("Only " + available + " units of product " + productId + " available");
        }
        available -= quantity;
        reserved += quantity;
    }

    void release(int quantity) {
        if (reserved < quantity) {
            throw new IllegalStateException("Only " + reserved + " units of product " + productId + " reserved");
        }
        reserved -= quantity;
        available += quantity;
    }

    /** Reserved units leave with a shipped order. */
    void sell(int quantity) {
        if (reserved < quantity) {
            throw new IllegalStateException("Only " + reserved + " units of product " + productId + " reserved");
        }
        reserved -= quantity;
        sold += quantity;
    }

    void restock(int available) {
        this.available = available;
    }

    Long productId() {
        return productId;
    }

    StockLevel toLevel() {
        return new StockLevel(productId, available, reserved);
    }
}
