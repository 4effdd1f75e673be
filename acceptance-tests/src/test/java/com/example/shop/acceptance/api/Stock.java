package com.example.shop.acceptance.api;

/** The stock of one product: {@code {productId, available, reserved}}. */
public record Stock(long productId, int available, int reserved) {}
