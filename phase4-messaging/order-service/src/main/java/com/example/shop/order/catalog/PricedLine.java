package com.example.shop.order.catalog;

import com.example.shop.common.Money;

/** One line of a new order with the product's current name and price. */
public record PricedLine(long productId, String name, int quantity, Money unitPrice) {}
