package com.example.shop.bench;

import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * One Gatling run inside this JVM, its HTML report written under a folder of our choice. Gatling's command-line entry
 * ({@code Gatling.main}) ends the JVM; {@code fromArgs} takes the same arguments and returns the status code instead.
 * The simulations read their settings from system properties, which are set here before the run.
 */
final class GatlingRun {

    private GatlingRun() {}

    /** Runs the simulation and returns the folder of its report (the folder holding {@code index.html}). */
    static Path run(Class<? extends Simulation> simulation, Path resultsFolder, Map<String, String> properties) {
        properties.forEach(System::setProperty);
        var before = reportFolders(resultsFolder);
        String[] args = {
            "--simulation", simulation.getName(),
            "--results-folder", resultsFolder.toAbsolutePath().toString(),
            "--run-description", properties.toString()
        };
        int status = io.gatling.app.Gatling$.MODULE$.fromArgs(args);
        if (status != 0) {
            throw new IllegalStateException(simulation.getSimpleName() + " ended with Gatling status " + status);
        }
        return reportFolders(resultsFolder).stream()
                .filter(folder -> !before.contains(folder))
                .max(Comparator.comparing(Path::toString))
                .orElseThrow(() -> new IllegalStateException("Gatling wrote no report under " + resultsFolder));
    }

    private static List<Path> reportFolders(Path resultsFolder) {
        try {
            Files.createDirectories(resultsFolder);
            try (var children = Files.list(resultsFolder)) {
                return children.filter(Files::isDirectory).toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
