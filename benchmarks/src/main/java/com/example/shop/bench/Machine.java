package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/** What the figures were measured on: they are comparable between phases only on the same machine. */
final class Machine {

    private static final Path MEMINFO = Path.of("/proc/meminfo");

    private Machine() {}

    /** Process figures come from {@code /proc}: elsewhere than Linux, say so before any load is sent. */
    static void requireLinux() {
        if (!isLinux()) {
            throw new IllegalStateException(
                    "the benchmark samples processes through /proc and runs on Linux only (this is "
                            + System.getProperty("os.name") + "); --smoke runs anywhere");
        }
    }

    static boolean isLinux() {
        return System.getProperty("os.name", "").startsWith("Linux") && Files.isReadable(Path.of("/proc/self/stat"));
    }

    static BenchmarkResult.Machine describe() {
        return new BenchmarkResult.Machine(
                "%s %s (%s)"
                        .formatted(
                                System.getProperty("os.name"),
                                System.getProperty("os.version"),
                                System.getProperty("os.arch")),
                Runtime.getRuntime().availableProcessors(),
                memoryMb(),
                "%s %s".formatted(System.getProperty("java.vendor"), System.getProperty("java.runtime.version")),
                OffsetDateTime.now(ZoneOffset.UTC)
                        .truncatedTo(ChronoUnit.SECONDS)
                        .toString());
    }

    private static Long memoryMb() {
        try {
            for (var line : Files.readAllLines(MEMINFO)) {
                if (line.startsWith("MemTotal:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: the figure is unknown, not an error
        }
        return null;
    }
}
