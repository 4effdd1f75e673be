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
        return parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")))
                .ownTicks();
    }

    /**
     * The fields of a {@code /proc/<pid>/stat} line this harness uses: the command name (field 2), the CPU time of the
     * process itself (fields 14 and 15, {@code utime} and {@code stime}) and that of its children it has waited for
     * (16 and 17, {@code cutime} and {@code cstime}), in clock ticks.
     */
    record Stat(String command, long ownTicks, long reapedChildrenTicks) {

        /** Milliseconds of CPU: {@code /proc} counts in ticks of 1/100 s. */
        static double millis(long ticks) {
            return ticks * 1000 / TICKS_PER_SECOND;
        }
    }

    static Stat parse(String stat) {
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        var fields = stat.substring(close + 2).trim().split(" ");
        return new Stat(
                stat.substring(open + 1, close),
                Long.parseLong(fields[14 - 3]) + Long.parseLong(fields[15 - 3]),
                Long.parseLong(fields[16 - 3]) + Long.parseLong(fields[17 - 3]));
    }
}
