package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.bench.result.BenchmarkResult.WarmUpWindow;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WarmUpRuleTests {

    private final WarmUpRule rule = new WarmUpRule(5, 2, 10);

    @Test
    void goesOnWhileTheThroughputRises() {
        var windows = windows(new double[][] {{20, 400}, {30, 400}, {40, 400}});

        assertThat(rule.shouldStop(windows)).isFalse();
    }

    @Test
    void goesOnWhileTheP99Falls() {
        var windows = windows(new double[][] {{40, 900}, {40, 700}, {40, 500}});

        assertThat(rule.shouldStop(windows)).isFalse();
    }

    @Test
    void stopsAfterTwoWindowsInARowThatImprovedNeither() {
        var windows = windows(new double[][] {{20, 900}, {38, 500}, {39, 490}, {38.5, 495}});

        assertThat(rule.isSettled(windows)).isTrue();
        assertThat(rule.shouldStop(windows)).isTrue();
    }

    @Test
    void oneSteadyWindowIsNotEnough() {
        var windows = windows(new double[][] {{20, 900}, {38, 500}, {39, 490}});

        assertThat(rule.shouldStop(windows)).isFalse();
    }

    @Test
    void aWindowThatGotWorseDoesNotCountAsAnImprovement() {
        var windows = windows(new double[][] {{40, 500}, {30, 800}, {31, 790}});

        assertThat(rule.isSettled(windows)).isTrue();
    }

    @Test
    void stopsUnsettledWhenTheWindowsRunOut() {
        List<double[]> rising = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            rising.add(new double[] {10 * i, 500});
        }
        var windows = windows(rising.toArray(double[][]::new));

        assertThat(rule.isSettled(windows)).isFalse();
        assertThat(rule.shouldStop(windows)).isTrue();
    }

    /** Windows of {orders per second, p99 ms}. */
    private static List<WarmUpWindow> windows(double[][] figures) {
        List<WarmUpWindow> windows = new ArrayList<>();
        for (int i = 0; i < figures.length; i++) {
            windows.add(new WarmUpWindow(i + 1, 30, figures[i][0], 50L, (long) figures[i][1], 0, 40.0));
        }
        return windows;
    }
}
