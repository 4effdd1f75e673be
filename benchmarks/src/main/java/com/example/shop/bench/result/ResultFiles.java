package com.example.shop.bench.result;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.core.util.Separators.Spacing;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes result files: pretty-printed the way most JSON is ({@code "name": value}, one array element per line),
 * fields in the order the records declare them, so that a new run's file diffs cleanly against the last one.
 */
public final class ResultFiles {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .defaultPrettyPrinter(new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectNameValueSpacing(Spacing.AFTER))
                    .withArrayIndenter(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE))
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private ResultFiles() {}

    public static void write(Path file, BenchmarkResult result) {
        try {
            var parent = file.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Files.writeString(file, JSON.writeValueAsString(result) + System.lineSeparator());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static BenchmarkResult read(Path file) {
        var result = JSON.readValue(file.toFile(), BenchmarkResult.class);
        if (result.schemaVersion() != BenchmarkResult.SCHEMA_VERSION) {
            throw new IllegalStateException(file + " has schema version " + result.schemaVersion() + ", expected "
                    + BenchmarkResult.SCHEMA_VERSION + ": run the benchmark of that phase again");
        }
        return result;
    }

    private static boolean isCurrent(Path file) {
        var version = JSON.readTree(file.toFile()).path("schemaVersion").asInt(0);
        if (version != BenchmarkResult.SCHEMA_VERSION) {
            System.out.printf(
                    "[report] %s left out: schema version %d, not %d (measure that phase again)%n",
                    file, version, BenchmarkResult.SCHEMA_VERSION);
            return false;
        }
        return true;
    }

    /**
     * Every {@code *.json} in the folder written with the current schema, ordered by phase name (phase1, phase2, ...).
     * A file of an older schema is left out, with a note: its phase has to be measured again to be shown.
     */
    public static List<BenchmarkResult> readAll(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".json"))
                    .filter(ResultFiles::isCurrent)
                    .map(ResultFiles::read)
                    .sorted(Comparator.comparing(BenchmarkResult::phase))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
    }
}
