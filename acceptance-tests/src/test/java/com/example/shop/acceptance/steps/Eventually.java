package com.example.shop.acceptance.steps;

import java.time.Duration;

/**
 * Retries an assertion until it holds or time runs out. In the synchronous phases the first attempt passes; in the
 * asynchronous phases some effects (released stock, a notification, a read model) arrive a moment after the answer.
 */
public final class Eventually {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final Duration PAUSE = Duration.ofMillis(200);

    private Eventually() {}

    public static void eventually(Runnable assertion) {
        var deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (true) {
            try {
                assertion.run();
                return;
            } catch (AssertionError notYet) {
                if (System.nanoTime() > deadline) {
                    throw notYet;
                }
                pause();
            }
        }
    }

    /** Waits for a fixed time: to show that something does NOT happen within it. */
    public static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    static void pause() {
        try {
            Thread.sleep(PAUSE.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }

    static Duration timeout() {
        return TIMEOUT;
    }
}
