package com.example.shop.product;

import com.example.shop.common.Money;

/** A product as the API shows it and as other modules see it. */
public record ProductDetails(Long id, String sku, String name, String description, Money price) {}
