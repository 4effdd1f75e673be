package com.example.shop.order.catalog;

import com.example.shop.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One product as order-service knows it: a copy of what product-service published, just what pricing an order
 * needs. Kept current by product events; an event older than the copy (a redelivered or retried one) changes nothing.
 */
@Entity
@Table(name = "catalog_products")
class CatalogProduct {

    @Id
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private BigDecimal price;

    @Column(nullable = false)
    private String currency;

    @Column(nullable = false)
    private boolean listed;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    protected CatalogProduct() {}

    /** Applies a change that happened at {@code at}, unless the copy already reflects a later one. */
    void update(String name, Money price, boolean listed, Instant at) {
        if (!at.isAfter(changedAt)) {
            return;
        }
        this.name = name == null ? this.name : name;
        if (price != null) {
            this.price = price.amount();
            this.currency = price.currency();
        }
        this.listed = listed;
        this.changedAt = at;
    }

    Long id() {
        return id;
    }

    String name() {
        return name;
    }

    Money price() {
        return new Money(price, currency);
    }

    boolean listed() {
        return listed;
    }
}
