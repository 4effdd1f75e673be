package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import org.junit.jupiter.api.Test;

class ProcStatTests {

    @Test
    void readsThisJvmsMemoryAndThenItsCpuOverTheInterval() throws InterruptedException {
        assumeTrue(Machine.isLinux(), "/proc is Linux only");
        var self = new ProcStat(ProcessHandle.current().pid());

        var first = self.read().orElseThrow();
        Busy.spinFor(200);
        var second = self.read().orElseThrow();

        assertThat(first.rssMb()).isGreaterThan(10);
        assertThat(first.cpuPercent()).isNull();
        assertThat(second.cpuPercent()).isGreaterThan(0);
    }

    @Test
    void aProcessThatIsGoneHasNoReading() {
        assumeTrue(Machine.isLinux(), "/proc is Linux only");

        assertThat(new ProcStat(Long.MAX_VALUE).read()).isEmpty();
    }
}
