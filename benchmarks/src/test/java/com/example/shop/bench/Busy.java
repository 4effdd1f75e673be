package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;

/** CPU a test can count on finding in /proc: this thread spins for the given time. */
final class Busy {

    private Busy() {}

    static void spinFor(long millis) {
        long end = System.nanoTime() + millis * 1_000_000;
        long spin = 0;
        while (System.nanoTime() < end) {
            spin++;
        }
        assertThat(spin).isPositive();
    }
}
