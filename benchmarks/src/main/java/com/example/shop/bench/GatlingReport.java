package com.example.shop.bench;

import com.example.shop.bench.result.BenchmarkResult.Latency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the statistics table of a Gatling HTML report ({@code index.html}), the same figures the learner sees there.
 * Gatling 3.14 writes no machine-readable statistics (older versions wrote {@code js/stats.json}; its
 * {@code simulation.log} is a binary format of its own), so the table is read by its column titles, and any change of
 * layout fails loudly here, in the smoke run of {@code ./mvnw verify}, rather than giving wrong figures. Gatling
 * writes numbers in English whatever the locale ({@code 1,234.56}).
 */
final class GatlingReport {

    /** The row of every request together. */
    static final String ALL_REQUESTS = "All Requests";

    private static final List<String> COLUMNS =
            List.of("Total", "OK", "KO", "Cnt/s", "50th pct", "95th pct", "99th pct", "Max");
    private static final Pattern HEADER = Pattern.compile("<th id=\"col-(\\d+)\"[^>]*>(.*?)</th>", Pattern.DOTALL);
    private static final Pattern ROW_NAME = Pattern.compile("class=\"ellipsed-name\">(.*?)</span>", Pattern.DOTALL);
    private static final Pattern CELL =
            Pattern.compile("<td class=\"value [^\"]*\\bcol-(\\d+)\">(.*?)</td>", Pattern.DOTALL);

    private GatlingReport() {}

    /** Each row of the table by its name: {@value #ALL_REQUESTS}, then every group and request. */
    static Map<String, Latency> statistics(Path reportFolder) {
        var html = read(reportFolder.resolve("index.html"));
        var columns = columns(html);
        Map<String, Latency> rows = new LinkedHashMap<>();
        for (var row : html.split("<tr id=\"")) {
            var name = ROW_NAME.matcher(row);
            if (!name.find()) {
                continue;
            }
            Map<Integer, String> cells = new LinkedHashMap<>();
            var cell = CELL.matcher(row);
            while (cell.find()) {
                cells.put(Integer.parseInt(cell.group(1)), cell.group(2).trim());
            }
            rows.put(unescape(name.group(1).trim()), latency(cells, columns));
        }
        if (!rows.containsKey(ALL_REQUESTS)) {
            throw layoutChanged(reportFolder, "no \"" + ALL_REQUESTS + "\" row");
        }
        return rows;
    }

    private static Latency latency(Map<Integer, String> cells, Map<String, Integer> columns) {
        long total = whole(cells.get(columns.get("Total")));
        long failed = whole(cells.get(columns.get("KO")));
        double perSecond = number(cells.get(columns.get("Cnt/s")));
        double okPerSecond = total == 0 ? 0 : perSecond * (total - failed) / total;
        return new Latency(
                total,
                failed,
                total == 0 ? 0 : round(100.0 * failed / total),
                millis(cells.get(columns.get("50th pct"))),
                millis(cells.get(columns.get("95th pct"))),
                millis(cells.get(columns.get("99th pct"))),
                millis(cells.get(columns.get("Max"))),
                round(okPerSecond));
    }

    /** Column numbers by title, checked against the titles this class needs. */
    private static Map<String, Integer> columns(String html) {
        Map<String, Integer> columns = new LinkedHashMap<>();
        var header = HEADER.matcher(html);
        while (header.find()) {
            columns.put(header.group(2).replaceAll("<[^>]+>", "").trim(), Integer.parseInt(header.group(1)));
        }
        for (var needed : COLUMNS) {
            if (!columns.containsKey(needed)) {
                throw new IllegalStateException("Gatling's report has no column \"" + needed + "\" (found "
                        + columns.keySet() + "): its layout changed, adapt GatlingReport");
            }
        }
        return columns;
    }

    private static long whole(String cell) {
        return cell == null || cell.equals("-") ? 0 : Long.parseLong(cell.replace(",", ""));
    }

    private static Long millis(String cell) {
        return cell == null || cell.equals("-") ? null : Long.parseLong(cell.replace(",", ""));
    }

    private static double number(String cell) {
        return cell == null || cell.equals("-") ? 0 : Double.parseDouble(cell.replace(",", ""));
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }

    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private static IllegalStateException layoutChanged(Path folder, String what) {
        return new IllegalStateException("cannot read Gatling's report in " + folder + ": " + what
                + "; its layout changed, adapt GatlingReport");
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("no Gatling report at " + file, e);
        }
    }
}
