package com.example.shop.acceptance.api;

import java.util.List;

/** The contract's page shape: {@code {"content": [...], "page": {size, number, totalElements, totalPages}}}. */
public record Page<T>(List<T> content, Metadata page) {

    public record Metadata(int size, int number, long totalElements, int totalPages) {}
}
