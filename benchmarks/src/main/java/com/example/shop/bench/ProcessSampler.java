package com.example.shop.bench;

import com.example.shop.bench.simulation.LoadWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Once a second, every measured process's resident memory and CPU use, read from {@code /proc} (Linux only). Each sample
 * is tagged with what the benchmark was doing over the interval it closes, so that figures can be taken over one part of
 * the run.
 */
final class ProcessSampler implements AutoCloseable {

    /**
     * One reading of every process (one that has exited is missing). {@code underLoad}: the measured load ran for the
     * whole interval, not the log-ins before it (see {@link LoadWindow}).
     */
    record Sample(String activity, boolean underLoad, Map<String, ProcessReading> readings) {}

    private final Map<String, ProcStat> processes = new LinkedHashMap<>();
    private final List<Sample> samples = new ArrayList<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        var thread = new Thread(runnable, "process-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private volatile String activity = "idle";
    private boolean loadAtLastSample;

    ProcessSampler(Map<String, Long> pids) {
        pids.forEach((name, pid) -> processes.put(name, new ProcStat(pid)));
    }

    void start() {
        sampleNow();
        timer.scheduleAtFixedRate(this::sampleNow, 1, 1, TimeUnit.SECONDS);
    }

    /** Names what the benchmark does from now on ({@code "orders at 20/s"}), closing the interval of the last one. */
    void activity(String name) {
        sampleNow();
        this.activity = name;
    }

    /** Stops sampling after one last sample, and returns them all. */
    synchronized List<Sample> stop() {
        timer.shutdownNow();
        sampleNow();
        return List.copyOf(samples);
    }

    synchronized void sampleNow() {
        Map<String, ProcessReading> readings = new LinkedHashMap<>();
        processes.forEach((name, proc) -> proc.read().ifPresent(reading -> readings.put(name, reading)));
        boolean load = LoadWindow.isOpen();
        samples.add(new Sample(activity, load && loadAtLastSample, readings));
        loadAtLastSample = load;
    }

    /** Stops sampling (also when the benchmark failed half-way). */
    @Override
    public void close() {
        timer.shutdownNow();
    }
}
