package com.example.shop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads one process's figures from Linux's {@code /proc}: {@code VmRSS} from {@code status}, and the CPU time spent in
 * user and kernel mode ({@code utime + stime}, in clock ticks) from {@code stat}, turned into a share of one core over
 * the time since the previous read.
 */
final class ProcStat {

    /** USER_HZ: {@code /proc} counts CPU time in 1/100 s on every Linux architecture the JDK runs on. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final long pid;
    private long lastTicks = -1;
    private long lastNanos;

    ProcStat(long pid) {
        this.pid = pid;
    }

    /** Empty once the process has exited. */
    synchronized Optional<ProcessReading> read() {
        try {
            var rssMb = residentKb() / 1024.0;
            long ticks = cpuTicks();
            long now = System.nanoTime();
            Double cpu = null;
            if (lastTicks >= 0 && now > lastNanos) {
                cpu = (ticks - lastTicks) / TICKS_PER_SECOND / ((now - lastNanos) / 1e9) * 100;
            }
            lastTicks = ticks;
            lastNanos = now;
            return Optional.of(new ProcessReading(rssMb, cpu));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private long residentKb() throws IOException {
        for (var line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        throw new IOException("no VmRSS for process " + pid);
    }

    /**
     * Fields 14 and 15 of {@code stat}. The second field, the command name in parentheses, may itself contain spaces and
     * parentheses, so counting starts after its last ")" (at field 3).
     */
    private long cpuTicks() throws IOException {
        var stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]);
    }
}
