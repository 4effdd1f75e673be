package com.example.shop.bench.simulation;

/**
 * Whether the measured load is running right now. A simulation's {@code before()} logs customers in (bcrypt, CPU-heavy)
 * before any user arrives; the runner samples CPU all the time and counts only the samples taken inside this window, so
 * that the log-ins do not pass for the cost of ordering, and an {@link Observer} takes its CPU snapshots exactly as the
 * window opens and closes. Simulations run in the runner's JVM, hence static state.
 */
public final class LoadWindow {

    /** Told when the measured load starts (after the log-ins) and when its last user has finished. */
    public interface Observer {
        void opened();

        void closed();
    }

    private static final Observer NOBODY = new Observer() {
        @Override
        public void opened() {}

        @Override
        public void closed() {}
    };

    private static volatile boolean open;
    private static volatile Observer observer = NOBODY;

    private LoadWindow() {}

    /** The observer of the next runs, until {@link #stopObserving()}. */
    public static void observe(Observer next) {
        observer = next;
    }

    public static void stopObserving() {
        observer = NOBODY;
    }

    static void open() {
        observer.opened();
        open = true;
    }

    static void close() {
        open = false;
        observer.closed();
    }

    public static boolean isOpen() {
        return open;
    }
}
