package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RunnerArgumentsTests {

    @Test
    void readsWhatTheLauncherPasses() {
        var args = RunnerArguments.parse(
                "--phase", "phase2",
                "--base-url", "http://localhost:8080",
                "--processes", "user-service=101,product-service=102",
                "--infrastructure", "postgresql=postgres,redis=redis-server",
                "--startup", "user-service=9000,product-service=9500",
                "--phase-startup-ms", "21000",
                "--pgbench-tps", "812.5");

        assertThat(args.processes())
                .containsExactly(Map.entry("user-service", 101L), Map.entry("product-service", 102L));
        assertThat(args.infrastructure())
                .containsExactly(Map.entry("postgresql", "postgres"), Map.entry("redis", "redis-server"));
        assertThat(args.startupMs()).containsEntry("product-service", 9500L);
        assertThat(args.phaseStartupMs()).isEqualTo(21000L);
        assertThat(args.pgbenchTps()).isEqualTo(812.5);
        assertThat(args.out()).isEqualTo(Path.of("benchmarks/results/phase2.json"));
        assertThat(args.seed()).isTrue();
    }

    @Test
    void aFullRunWarmsUpInHalfMinuteWindowsAndSearchesToWithinTenPercent() {
        var args = RunnerArguments.parse("--phase", "phase1");

        assertThat(args.warmUpClients()).isEqualTo(8);
        assertThat(args.warmUpWindowSeconds()).isEqualTo(30);
        assertThat(args.warmUpMaxWindows()).isEqualTo(10);
        assertThat(args.costRate()).isEqualTo(10.0);
        assertThat(args.stepSeconds()).isEqualTo(30);
        assertThat(args.precisionPercent()).isEqualTo(10.0);
        assertThat(args.infrastructure()).containsExactly(Map.entry("postgresql", "postgres"));
    }

    @Test
    void aSmokeRunIsTinyAndWritesUnderTarget() {
        var args = RunnerArguments.parse("--smoke", "--phase", "phase1");

        assertThat(args.warmUpMaxWindows()).isEqualTo(1);
        assertThat(args.maxProbes()).isEqualTo(1);
        assertThat(args.stepSeconds()).isEqualTo(3);
        assertThat(args.products()).isEqualTo(5);
        assertThat(args.customers()).isEqualTo(3);
        assertThat(args.out()).isEqualTo(Path.of("benchmarks/target/smoke/phase1.json"));
    }

    @Test
    void keepsTheBoundsItWasGiven() {
        var args = RunnerArguments.parse("--phase", "phase3", "--p99-bound-ms", "1000", "--error-bound-percent", "2");

        assertThat(args.settings().p99BoundMs()).isEqualTo(1000);
        assertThat(args.settings().errorBoundPercent()).isEqualTo(2.0);
    }

    @Test
    void givesEachCapabilityItsOwnUrlWhereThereIsNoGateway() {
        var urls = RunnerArguments.parse(
                        "--phase", "phase2",
                        "--base-url", "http://localhost:8081/",
                        "--urls", "product=http://localhost:8082,order=http://localhost:8084")
                .shopUrls();

        assertThat(urls.user()).isEqualTo("http://localhost:8081");
        assertThat(urls.product()).isEqualTo("http://localhost:8082");
        assertThat(urls.inventory()).isEqualTo("http://localhost:8081");
        assertThat(urls.order()).isEqualTo("http://localhost:8084");
    }

    @Test
    void refusesAnUnknownCapability() {
        assertThatThrownBy(() -> RunnerArguments.parse("--phase", "phase2", "--urls", "payments=http://x"))
                .hasMessageContaining("--urls names capabilities");
    }

    @Test
    void refusesARunWithoutAPhase() {
        assertThatThrownBy(() -> RunnerArguments.parse("--p99-bound-ms", "500"))
                .hasMessageContaining("--phase is required");
    }

    @Test
    void refusesAnArgumentItDoesNotKnow() {
        assertThatThrownBy(() -> RunnerArguments.parse("--phase", "phase1", "--rates", "5"))
                .hasMessageContaining("Unknown option")
                .hasMessageContaining("--rates");
    }

    @Test
    void refusesMalformedPairs() {
        assertThatThrownBy(() -> RunnerArguments.parse("--phase", "phase1", "--processes", "monolith"))
                .hasMessageContaining("KEY=VALUE");
    }

    @Test
    void refusesANumberThatIsNotOne() {
        assertThatThrownBy(() -> RunnerArguments.parse("--phase", "phase1", "--cost-rate", "ten"))
                .hasMessageContaining("--cost-rate");
    }

    @Test
    void listsEveryOptionInItsUsage() {
        assertThat(RunnerArguments.usage())
                .contains("--phase", "--warmup-clients", "--cost-rate", "--precision-percent", "--infrastructure");
    }
}
