package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RunnerArgumentsTests {

    @Test
    void readsWhatTheLauncherPasses() {
        var args = RunnerArguments.parse(
                "--phase", "phase2",
                "--base-url", "http://localhost:8080",
                "--processes", "user-service=101,product-service=102",
                "--startup", "user-service=9000,product-service=9500",
                "--phase-startup-ms", "21000",
                "--rates", "5,10,20",
                "--pgbench-tps", "812.5");

        assertThat(args.processes())
                .containsExactly(
                        java.util.Map.entry("user-service", 101L), java.util.Map.entry("product-service", 102L));
        assertThat(args.startupMs()).containsEntry("product-service", 9500L);
        assertThat(args.phaseStartupMs()).isEqualTo(21000L);
        assertThat(args.rates()).containsExactly(5.0, 10.0, 20.0);
        assertThat(args.pgbenchTps()).isEqualTo(812.5);
        assertThat(args.out()).isEqualTo(Path.of("benchmarks/results/phase2.json"));
        assertThat(args.seed()).isTrue();
    }

    @Test
    void aSmokeRunIsTinyAndWritesUnderTarget() {
        var args = RunnerArguments.parse("--smoke", "--phase", "phase1");

        assertThat(args.rates()).containsExactly(2.0);
        assertThat(args.stepSeconds()).isEqualTo(3);
        assertThat(args.products()).isEqualTo(5);
        assertThat(args.customers()).isEqualTo(3);
        assertThat(args.out()).isEqualTo(Path.of("benchmarks/target/smoke/phase1.json"));
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
        assertThatThrownBy(() -> RunnerArguments.parse("--phase", "phase2", "--urls", "payments=http://x"))
                .hasMessageContaining("--urls names capabilities");
    }

    @Test
    void refusesARunWithoutAPhase() {
        assertThatThrownBy(() -> RunnerArguments.parse("--rates", "5")).hasMessageContaining("--phase is required");
    }

    @Test
    void refusesAnArgumentItDoesNotKnow() {
        assertThatThrownBy(() -> RunnerArguments.parse("--phase", "phase1", "--rate", "5"))
                .hasMessageContaining("unknown argument: --rate");
    }

    @Test
    void refusesMalformedPairs() {
        assertThatThrownBy(() -> RunnerArguments.parse("--phase", "phase1", "--processes", "monolith"))
                .hasMessageContaining("name=value");
    }
}
