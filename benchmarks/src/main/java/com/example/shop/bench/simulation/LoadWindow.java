package com.example.shop.bench.simulation;

/**
 * Whether the measured load is running right now. A simulation's {@code before()} logs customers in (bcrypt, CPU-heavy)
 * before any user arrives; the runner samples CPU all the time and counts only the samples taken inside this window, so
 * that the log-ins do not pass for the cost of ordering. Simulations run in the runner's JVM, hence a static flag.
 */
public final class LoadWindow {

    private static volatile boolean open;

    private LoadWindow() {}

    static void open() {
        open = true;
    }

    static void close() {
        open = false;
    }

    public static boolean isOpen() {
        return open;
    }
}
