package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.example.shop.bench.result.ResultFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The harness against a phase the launcher started in pre-integration-test (see pom.xml): every simulation once, at 2
 * users per second (the gateway hop: 2 clients) for 3 seconds, so that a change of the API or of Gatling that breaks the benchmark breaks the build.
 * It measures nothing worth keeping: its result file stays under target/.
 */
class BenchmarkSmokeIntegrationTests {

    private final String phase = System.getProperty("bench.smoke.phase", "phase1");
    private final String baseUrl = System.getProperty("bench.smoke.base-url", "http://localhost:19080");
    private final Path runDir = Path.of(System.getProperty("bench.smoke.run-dir", "target/run"));
    private final Path reports = Path.of(System.getProperty("bench.smoke.reports", "target/gatling-smoke"));

    @Test
    void everySimulationRunsWithoutAFailedRequestAndItsResultIsWritten() throws IOException {
        var out = reports.resolve(phase + ".json");
        var args = RunnerArguments.parse(
                "--smoke",
                "--phase",
                phase,
                "--base-url",
                baseUrl,
                // phase 1 has no gateway: both sides of the hop measure ask the monolith, to exercise the harness
                "--direct-url",
                baseUrl,
                "--processes",
                servicesOf(runDir),
                "--reports",
                reports.toString(),
                "--out",
                out.toString());

        var result = new BenchmarkRunner(args).run(); // throws on any failed request

        assertThat(result.readPath().all().count()).isPositive();
        assertThat(result.gatewayHop().direct().count()).isPositive();
        assertThat(result.gatewayHop().viaGateway().count()).isPositive();
        assertThat(result.orderJourney().steps()).singleElement().satisfies(step -> {
            assertThat(step.orders().count()).isPositive();
            assertThat(step.orders().failed()).isZero();
        });
        assertThat(Path.of(result.orderJourney().steps().get(0).report())).exists();
        assertThat(ResultFiles.read(out)).isEqualTo(result);
    }

    /** {@code name=pid,...} of every service the launcher recorded, as {@code ./run bench} passes them. */
    private static String servicesOf(Path runDir) throws IOException {
        List<String> services = new ArrayList<>();
        try (var pidFiles = Files.list(runDir.resolve("pids"))) {
            for (var file :
                    pidFiles.filter(f -> f.toString().endsWith(".pid")).sorted().toList()) {
                var name = file.getFileName().toString().replace(".pid", "");
                services.add(name + "=" + Files.readString(file).trim());
            }
        }
        return String.join(",", services);
    }
}
