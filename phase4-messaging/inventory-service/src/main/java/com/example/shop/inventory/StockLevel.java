package com.example.shop.inventory;

/** The stock of one product as the API shows it. */
public record StockLevel(Long productId, int available, int reserved) {}
