package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult.WarmUpWindow;
import java.util.List;

/**
 * When the warm-up may stop: after {@code steadyWindows} windows in a row that each improved neither the throughput (by
 * rising) nor the p99 (by falling) by {@code improvementPercent} or more over the window before them; or after
 * {@code maxWindows} windows, settled or not. The JIT compiles the hot paths of seven JVMs over minutes; a fixed warm-up
 * would measure some phases before they settled and waste time on others.
 */
record WarmUpRule(double improvementPercent, int steadyWindows, int maxWindows) {

    WarmUpRule {
        if (improvementPercent <= 0 || steadyWindows < 1 || maxWindows < 1) {
            throw new IllegalArgumentException("a warm-up needs a positive threshold, steady windows and a window");
        }
    }

    boolean shouldStop(List<WarmUpWindow> windows) {
        return isSettled(windows) || windows.size() >= maxWindows;
    }

    /** The last {@code steadyWindows} windows each improved on the one before by less than the threshold. */
    boolean isSettled(List<WarmUpWindow> windows) {
        if (windows.size() < steadyWindows + 1) {
            return false;
        }
        for (int i = windows.size() - steadyWindows; i < windows.size(); i++) {
            if (improved(windows.get(i - 1), windows.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** More orders per second, or a shorter p99, by at least the threshold. */
    boolean improved(WarmUpWindow before, WarmUpWindow after) {
        double factor = improvementPercent / 100;
        boolean faster = after.ordersPerSecond() >= before.ordersPerSecond() * (1 + factor);
        boolean shorter =
                before.p99Ms() != null && after.p99Ms() != null && after.p99Ms() <= before.p99Ms() * (1 - factor);
        return faster || shorter;
    }
}
