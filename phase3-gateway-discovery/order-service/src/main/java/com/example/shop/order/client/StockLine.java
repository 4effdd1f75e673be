package com.example.shop.order.client;

/** A quantity of one product to reserve. */
public record StockLine(Long productId, int quantity) {}
