package com.example.shop.product;

import com.example.shop.common.Money;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;

@Entity
@Table(name = "products")
class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String sku;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String description;

    @Column(name = "price_amount", nullable = false)
    private BigDecimal priceAmount;

    @Column(name = "price_currency", nullable = false)
    private String priceCurrency;

    @Version
    private Long version;

    protected Product() {}

    Product(String sku, String name, String description, Money price) {
        update(sku, name, description, price);
    }

    void update(String sku, String name, String description, Money price) {
        this.sku = sku;
        this.name = name;
        this.description = description;
        this.priceAmount = price.amount();
        this.priceCurrency = price.currency();
    }

    String sku() {
        return sku;
    }

    ProductDetails toDetails() {
        return new ProductDetails(id, sku, name, description, new Money(priceAmount, priceCurrency));
    }
}
