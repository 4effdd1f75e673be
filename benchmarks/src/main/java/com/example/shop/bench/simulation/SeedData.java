package com.example.shop.bench.simulation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the seeding created, handed from the runner to the simulations in a file: the customers (all with one password)
 * and the catalog the orders are spread over.
 */
public record SeedData(String runId, String customerPassword, List<String> customers, List<Long> productIds) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static SeedData read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("no seed data at " + file.toAbsolutePath()
                    + ": the simulations run after the seeding step of BenchmarkRunner (see benchmarks/README.md)");
        }
        return JSON.readValue(file.toFile(), SeedData.class);
    }

    public void write(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JSON.writeValue(file.toFile(), this);
    }
}
