package com.example.shop.inventory;

/** A quantity of one product to reserve. */
public record StockLine(Long productId, int quantity) {}
