package com.example.shop.inventory;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A quantity of one product to reserve; it arrives over HTTP now, so it checks itself. */
public record StockLine(
        @NotNull Long productId, @Min(1) @Max(100) int quantity) {}
