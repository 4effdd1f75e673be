package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GatlingReportTests {

    @TempDir
    Path report;

    @Test
    void readsEveryRowOfTheStatisticsTableByItsName() throws IOException {
        copyRealReport();

        var rows = GatlingReport.statistics(report);

        assertThat(rows).containsOnlyKeys("All Requests", "order to final status", "place order");
        var orders = rows.get("order to final status");
        assertThat(orders.count()).isEqualTo(200);
        assertThat(orders.failed()).isZero();
        assertThat(orders.p50Ms()).isEqualTo(12);
        assertThat(orders.p95Ms()).isEqualTo(20);
        assertThat(orders.p99Ms()).isEqualTo(25);
        assertThat(orders.perSecond()).isEqualTo(20.0);
    }

    @Test
    void countsOnlySuccessfulAnswersAsThroughput() throws IOException {
        var html = realReport()
                .replaceFirst("<td class=\"value ok col-3\">200</td>", "<td class=\"value ok col-3\">150</td>")
                .replaceFirst("<td class=\"value ko col-4\">0</td>", "<td class=\"value ko col-4\">50</td>");
        Files.writeString(report.resolve("index.html"), html);

        var all = GatlingReport.statistics(report).get("All Requests");

        assertThat(all.errorPercent()).isEqualTo(25.0);
        assertThat(all.perSecond()).isEqualTo(15.0);
    }

    @Test
    void failsLoudlyWhenGatlingChangesItsColumns() throws IOException {
        Files.writeString(report.resolve("index.html"), realReport().replace("99th pct", "p99"));

        assertThatThrownBy(() -> GatlingReport.statistics(report))
                .hasMessageContaining("no column \"99th pct\"")
                .hasMessageContaining("adapt GatlingReport");
    }

    private void copyRealReport() throws IOException {
        Files.writeString(report.resolve("index.html"), realReport());
    }

    private static String realReport() throws IOException {
        try (var in = GatlingReportTests.class.getResourceAsStream("/gatling-index.html")) {
            return new String(Objects.requireNonNull(in).readAllBytes());
        }
    }
}
