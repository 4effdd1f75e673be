package com.example.shop.order.client;

import com.example.shop.common.Money;

/** A product as product-service shows it to other services. */
public record ProductDetails(Long id, String sku, String name, String description, Money price) {}
