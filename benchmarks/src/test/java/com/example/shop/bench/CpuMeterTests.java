package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.example.shop.bench.CpuMeter.Kind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CpuMeterTests {

    @Test
    void countsTheCpuAProcessUsedBetweenTwoSnapshots() {
        assumeTrue(Machine.isLinux(), "/proc is Linux only");
        var meter = new CpuMeter(List.of(CpuMeter.process(
                "this jvm", Kind.LOAD_GENERATOR, ProcessHandle.current().pid())));

        var before = meter.snapshot();
        Busy.spinFor(300);
        var used = CpuMeter.used(before, meter.snapshot());

        // 300 ms of one core busy is 30 ticks; allow for a busy machine stealing some of them
        assertThat(used.get("this jvm")).isGreaterThanOrEqualTo(10L);
    }

    @Test
    void findsNoGroupForACommandThatIsNotRunning() {
        assumeTrue(Machine.isLinux(), "/proc is Linux only");

        assertThat(CpuMeter.command("nothing", "no-such-command-x")).isEmpty();
    }

    @Test
    void leavesOutAnAccountThatVanishedBetweenSnapshots() {
        var used = CpuMeter.used(Map.of("postgresql", 100L, "gone", 5L), Map.of("postgresql", 130L));

        assertThat(used).containsExactly(Map.entry("postgresql", 30L));
    }

    @Test
    void readsOwnAndReapedChildrenTicksFromAStatLineWhoseNameHasSpaces() {
        var line = "4242 (postgres: bench (x)) S 1 4242 4242 0 -1 4194560 100 0 0 0 150 50 30 20 20 0 1 0 100 0 0";

        var stat = ProcStat.parse(line);

        assertThat(stat.command()).isEqualTo("postgres: bench (x)");
        assertThat(stat.ownTicks()).isEqualTo(200);
        assertThat(stat.reapedChildrenTicks()).isEqualTo(50);
        assertThat(ProcStat.Stat.millis(stat.ownTicks())).isEqualTo(2_000);
    }
}
