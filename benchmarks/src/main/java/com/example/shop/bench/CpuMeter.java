package com.example.shop.bench;

import com.example.shop.bench.ProcStat.Stat;
import com.example.shop.bench.simulation.LoadWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The CPU time each measured process has used so far, read from {@code /proc}: a snapshot before and after a load,
 * subtracted, is what that load cost each of them. A service is one JVM, one pid. PostgreSQL, Redis and RabbitMQ are
 * accounted by command name ({@code postgres}, {@code redis-server}, {@code beam.smp}): every process of that name
 * together, each with the CPU of its children it has already reaped, so that a PostgreSQL backend which ends during
 * the load still counts (its time moves to the postmaster's {@code cutime}).
 */
final class CpuMeter {

    /** What a measured process is, in the docs' legend: a service of the phase, infrastructure, or the load generator. */
    enum Kind {
        SERVICE,
        INFRASTRUCTURE,
        LOAD_GENERATOR;

        String label() {
            return name().toLowerCase().replace('_', ' ');
        }
    }

    /** One measured process or group of processes; {@code ticks} is empty once it is gone. */
    record Account(String name, Kind kind, Supplier<Optional<Long>> ticks) {}

    private static final Path PROC = Path.of("/proc");

    private final List<Account> accounts;

    CpuMeter(List<Account> accounts) {
        this.accounts = List.copyOf(accounts);
    }

    List<Account> accounts() {
        return accounts;
    }

    static Account process(String name, Kind kind, long pid) {
        return new Account(
                name, kind, () -> stat(PROC.resolve(Long.toString(pid)).resolve("stat"))
                        .map(Stat::ownTicks));
    }

    /** Every running process whose command name is {@code command}, or empty when there is none. */
    static Optional<Account> command(String name, String command) {
        return commandTicks(command).isEmpty()
                ? Optional.empty()
                : Optional.of(new Account(name, Kind.INFRASTRUCTURE, () -> commandTicks(command)));
    }

    /** Each account's CPU ticks so far, in the order the accounts were given; a vanished one is left out. */
    Map<String, Long> snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        for (var account : accounts) {
            account.ticks().get().ifPresent(value -> ticks.put(account.name(), value));
        }
        return ticks;
    }

    /**
     * Runs a load and returns the CPU ticks each account used from the moment its {@link LoadWindow} opened (after the
     * log-ins) to the moment it closed (the last user done).
     */
    Map<String, Long> during(Runnable load) {
        var window = new Window();
        LoadWindow.observe(window);
        try {
            load.run();
        } finally {
            LoadWindow.stopObserving();
        }
        if (window.before == null || window.after == null) {
            throw new IllegalStateException("the load window never opened and closed: no CPU figures for this load");
        }
        return used(window.before, window.after);
    }

    private final class Window implements LoadWindow.Observer {
        private volatile Map<String, Long> before;
        private volatile Map<String, Long> after;

        @Override
        public void opened() {
            before = snapshot();
        }

        @Override
        public void closed() {
            after = snapshot();
        }
    }

    /** CPU ticks used between two snapshots, per account present in both. */
    static Map<String, Long> used(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> used = new LinkedHashMap<>();
        before.forEach((name, ticks) -> {
            var later = after.get(name);
            if (later != null) {
                used.put(name, Math.max(0, later - ticks));
            }
        });
        return used;
    }

    private static Optional<Long> commandTicks(String command) {
        try (var processes = Files.list(PROC)) {
            long total = 0;
            boolean found = false;
            for (var folder : processes.toList()) {
                if (!folder.getFileName().toString().chars().allMatch(Character::isDigit)) {
                    continue;
                }
                var stat = stat(folder.resolve("stat"));
                if (stat.isPresent() && stat.get().command().equals(command)) {
                    total += stat.get().ownTicks() + stat.get().reapedChildrenTicks();
                    found = true;
                }
            }
            return found ? Optional.of(total) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Empty when the process has gone (or its stat cannot be read). */
    private static Optional<Stat> stat(Path file) {
        try {
            return Optional.of(ProcStat.parse(Files.readString(file)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
