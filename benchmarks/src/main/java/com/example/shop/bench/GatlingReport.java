package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult.Latency;
import io.gatling.charts.stats.GeneralStats;
import io.gatling.charts.stats.Group;
import io.gatling.charts.stats.GroupStatsPath;
import io.gatling.charts.stats.LogFileData;
import io.gatling.charts.stats.LogFileReader;
import io.gatling.charts.stats.RequestStatsPath;
import io.gatling.commons.stats.KO$;
import io.gatling.commons.stats.OK$;
import io.gatling.commons.stats.Status;
import io.gatling.core.config.GatlingConfiguration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import scala.Option;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Reads a Gatling run's statistics as data: its {@code simulation.log} (a binary format of Gatling's own) through
 * Gatling's own reader, {@code LogFileReader}, the one its HTML report is drawn from, so the figures are the report's.
 * Gatling 3.14 writes no {@code js/stats.json} any more; the HTML is for people, not for programs. Groups are timed as
 * {@code gatling.conf} says ({@code useGroupDurationMetric}: from start to end, pauses included).
 */
final class GatlingReport {

    /** Every request together, as Gatling's report names that row. */
    static final String ALL_REQUESTS = "All Requests";

    static final String LOG = "simulation.log";

    private static final double[] PERCENTILES = {50, 95, 99};

    private GatlingReport() {}

    /** {@value #ALL_REQUESTS}, then every group and request by its name, in the order Gatling lists them. */
    static Map<String, Latency> statistics(Path runFolder) {
        var log = runFolder.resolve(LOG);
        if (!Files.isRegularFile(log)) {
            throw new IllegalStateException("no " + LOG + " in " + runFolder + ": did the Gatling run end?");
        }
        LogFileData data = new LogFileReader(log.toFile(), GatlingConfiguration.load()).read();
        Map<String, Latency> rows = new LinkedHashMap<>();
        rows.put(ALL_REQUESTS, latency(status -> data.requestGeneralStats(Option.empty(), Option.empty(), status)));
        for (var path : CollectionConverters.asJava(data.statsPaths())) {
            if (path instanceof GroupStatsPath groupPath) {
                Group group = groupPath.group();
                rows.put(group.name(), latency(status -> data.groupDurationGeneralStats(group, status)));
            } else if (path instanceof RequestStatsPath request) {
                rows.put(
                        request.request(),
                        latency(status ->
                                data.requestGeneralStats(Option.apply(request.request()), request.group(), status)));
            }
        }
        return rows;
    }

    /** The statistics of one row, for all answers, the successful ones or the failed ones. */
    @FunctionalInterface
    private interface Row {
        Option<GeneralStats> stats(Option<Status> status);
    }

    /** Percentiles over all answers, failed ones included, as the report shows them; throughput of successful ones. */
    private static Latency latency(Row row) {
        var all = row.stats(Option.empty());
        if (all.isEmpty() || all.get().count() == 0) {
            return new Latency(0, 0, 0, null, null, null, null, 0);
        }
        var stats = all.get();
        long total = stats.count();
        long failed = count(row.stats(Option.apply(KO$.MODULE$)));
        var ok = row.stats(Option.apply(OK$.MODULE$));
        double okPerSecond =
                ok.isEmpty() || ok.get().count() == 0 ? 0 : ok.get().meanRequestsPerSec();
        return new Latency(
                total,
                failed,
                round(100.0 * failed / total),
                percentile(stats, PERCENTILES[0]),
                percentile(stats, PERCENTILES[1]),
                percentile(stats, PERCENTILES[2]),
                (long) stats.max(),
                round(okPerSecond));
    }

    private static long count(Option<GeneralStats> stats) {
        return stats.isEmpty() ? 0 : stats.get().count();
    }

    private static Long percentile(GeneralStats stats, double rank) {
        return ((Number) stats.percentile().apply(rank)).longValue();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
