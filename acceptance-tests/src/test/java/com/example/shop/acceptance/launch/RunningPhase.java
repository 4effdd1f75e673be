package com.example.shop.acceptance.launch;

import com.example.shop.testsupport.TcpProxy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One phase started by the launcher for a test run: stopped with {@code ./run stop} when JUnit closes the run's root
 * store. Its launcher output goes to a log file beside the run directory; when the start fails, the end of that log
 * is the failure's message. Each phase adds one line to the timings file: how long it took to be ready, how long its
 * journeys ran and how long it took to stop, which {@code .ci/run} prints in its summary.
 */
final class RunningPhase implements AutoCloseable {

    /** The proxy in front of RabbitMQ when the phase was started behind one (shop.launch.rabbitmq-proxy). */
    private static volatile TcpProxy rabbitmq;

    private final LaunchSettings settings;
    private final Duration startUp;
    private final long readyAt;
    private final RuntimeException failure;

    private RunningPhase(LaunchSettings settings, Duration startUp, RuntimeException failure) {
        this.settings = settings;
        this.startUp = startUp;
        this.readyAt = System.nanoTime();
        this.failure = failure;
    }

    static RunningPhase start(LaunchSettings settings) {
        List<String> command = new ArrayList<>(List.of("./run", settings.phase(), "--detach", "--fresh"));
        command.addAll(settings.arguments());
        if (settings.rabbitmqProxy()) {
            rabbitmq = TcpProxy.to("127.0.0.1", 5672);
            settings = settings.withEnvironment("SHOP_RABBITMQ_PORT", Integer.toString(rabbitmq.port()));
        }
        long started = System.nanoTime();
        RuntimeException failure = null;
        try {
            launcher(settings, command, "start");
        } catch (RuntimeException ex) {
            failure = ex;
        }
        return new RunningPhase(settings, Duration.ofNanos(System.nanoTime() - started), failure);
    }

    /** The proxy between the phase's services and RabbitMQ, for scenarios that cut the broker off. */
    static TcpProxy rabbitmq() {
        if (rabbitmq == null) {
            throw new IllegalStateException(
                    "The phase was not started behind a RabbitMQ proxy (shop.launch.rabbitmq-proxy)");
        }
        return rabbitmq;
    }

    void requireRunning() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public void close() {
        Duration journeys = Duration.ofNanos(System.nanoTime() - readyAt);
        long stopping = System.nanoTime();
        try {
            launcher(settings, List.of("./run", "stop"), "stop");
        } finally {
            record(journeys, Duration.ofNanos(System.nanoTime() - stopping));
            if (rabbitmq != null) {
                rabbitmq.close();
            }
        }
    }

    private void record(Duration journeys, Duration stop) {
        String line = String.format(
                Locale.ROOT,
                "%s\t%s\t%d\t%d\t%d%n",
                settings.phase(),
                failure == null ? "ok" : "did not start",
                startUp.toSeconds(),
                journeys.toSeconds(),
                stop.toSeconds());
        try {
            Files.createDirectories(settings.timings().getParent());
            Files.writeString(
                    settings.timings(),
                    line,
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException ex) {
            throw new IllegalStateException("Cannot write " + settings.timings(), ex);
        }
    }

    private static void launcher(LaunchSettings settings, List<String> command, String what) {
        Path log = settings.timings().resolveSibling(settings.phase() + "-" + what + ".log");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(settings.repository().toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(settings.environment());
        try {
            Files.createDirectories(log.getParent());
            int exit = builder.start().waitFor();
            if (exit != 0) {
                throw new IllegalStateException(String.format(
                        "%s (exit %d); the end of %s:%n%s", String.join(" ", command), exit, log, tail(log)));
            }
        } catch (IOException ex) {
            throw new IllegalStateException("Cannot run " + String.join(" ", command), ex);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running " + String.join(" ", command), ex);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }
}
