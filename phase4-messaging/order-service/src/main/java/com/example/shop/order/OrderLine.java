package com.example.shop.order;

import com.example.shop.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;

/** One product of an order, with the name and price it had when ordered: later catalog changes don't rewrite it. */
@Embeddable
class OrderLine {

    @Column(name = "product_id", nullable = false)
    private Long productId;

    @Column(name = "product_name", nullable = false)
    private String productName;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false)
    private BigDecimal unitPrice;

    @Column(nullable = false)
    private String currency;

    protected OrderLine() {}

    OrderLine(Long productId, String productName, int quantity, Money unitPrice) {
        this.productId = productId;
        this.productName = productName;
        this.quantity = quantity;
        this.unitPrice = unitPrice.amount();
        this.currency = unitPrice.currency();
    }

    Long productId() {
        return productId;
    }

    String productName() {
        return productName;
    }

    int quantity() {
        return quantity;
    }

    Money unitPrice() {
        return new Money(unitPrice, currency);
    }

    Money subtotal() {
        return unitPrice().times(quantity);
    }
}
