package com.example.shop.acceptance.api;

/** A catalog entry: {@code {id, sku, name, description, price}}. */
public record Product(long id, String sku, String name, String description, Money price) {}
