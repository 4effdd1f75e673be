package com.example.shop.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reads a real {@code simulation.log}: a warm-up window of the smoke run (2 clients ordering back to back for 3 s
 * against phase 1). The expected figures are those Gatling's own HTML report of the same run showed.
 */
class GatlingReportTests {

    @TempDir
    Path run;

    @Test
    void readsEveryGroupAndRequestByItsName() throws IOException {
        copyRealLog();

        var rows = GatlingReport.statistics(run);

        assertThat(rows).containsOnlyKeys("All Requests", "order to final status", "place order");
    }

    @Test
    void readsTheFiguresGatlingsReportShows() throws IOException {
        copyRealLog();

        var orders = GatlingReport.statistics(run).get("order to final status");

        assertThat(orders.count()).isEqualTo(297);
        assertThat(orders.failed()).isZero();
        assertThat(orders.errorPercent()).isZero();
        assertThat(orders.p50Ms()).isEqualTo(16);
        assertThat(orders.p95Ms()).isEqualTo(30);
        assertThat(orders.p99Ms()).isEqualTo(37);
        assertThat(orders.maxMs()).isEqualTo(109);
        assertThat(orders.perSecond()).isEqualTo(74.25);
    }

    @Test
    void timesAGroupFromItsStartToItsEndNotByItsRequestsAlone() throws IOException {
        copyRealLog();

        var rows = GatlingReport.statistics(run);

        assertThat(rows.get("order to final status").maxMs())
                .isGreaterThan(rows.get("place order").maxMs());
    }

    @Test
    void saysSoWhenTheRunLeftNoLog() {
        assertThatThrownBy(() -> GatlingReport.statistics(run)).hasMessageContaining("no simulation.log in");
    }

    private void copyRealLog() throws IOException {
        try (InputStream in = GatlingReportTests.class.getResourceAsStream("/gatling/simulation.log")) {
            Files.copy(Objects.requireNonNull(in), run.resolve(GatlingReport.LOG));
        }
    }
}
