package com.example.shop.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A grouped bar chart as SVG text: one group of bars per phase, one bar per series, each bar labelled with its value.
 * Drawn by hand because it is all the docs need, and a reader can see every line that draws it.
 */
final class SvgBarChart {

    /** One kind of bar: its name in the legend, and a value per group (null where the phase has none). */
    record Series(String name, List<Double> values) {}

    private static final String[] COLOURS = {"#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#b07aa1"};
    private static final int WIDTH = 760;
    private static final int HEIGHT = 380;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 64;
    private static final int BOTTOM = 70;

    private final String title;
    private final String unit;
    private final List<String> groups;
    private final List<Series> series = new ArrayList<>();
    private String note = "";

    SvgBarChart(String title, String unit, List<String> groups) {
        this.title = title;
        this.unit = unit;
        this.groups = groups;
    }

    SvgBarChart series(String name, List<Double> values) {
        series.add(new Series(name, values));
        return this;
    }

    /** A line under the title, for what the bars do not show. */
    SvgBarChart note(String text) {
        this.note = text;
        return this;
    }

    String render() {
        // headroom above the highest bar for its value label
        double top = niceCeiling(1.08
                * series.stream()
                        .flatMap(s -> s.values().stream())
                        .filter(v -> v != null)
                        .mapToDouble(Double::doubleValue)
                        .max()
                        .orElse(1));
        var svg = new StringBuilder();
        svg.append(format(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                        + " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">\n",
                WIDTH, HEIGHT, WIDTH, HEIGHT));
        svg.append(format("<rect width=\"%d\" height=\"%d\" fill=\"white\"/>\n", WIDTH, HEIGHT));
        svg.append(format(
                "<text x=\"%d\" y=\"24\" font-size=\"16\" font-weight=\"bold\">%s</text>\n", LEFT, escape(title)));
        if (!note.isEmpty()) {
            svg.append(format("<text x=\"%d\" y=\"44\" fill=\"#555555\">%s</text>\n", LEFT, escape(note)));
        }
        axis(svg, top);
        bars(svg, top);
        legend(svg);
        return svg.append("</svg>\n").toString();
    }

    /** The y axis with five gridlines, its unit, and the x axis line. */
    private void axis(StringBuilder svg, double top) {
        int plotHeight = HEIGHT - TOP - BOTTOM;
        for (int i = 0; i <= 5; i++) {
            double value = top * i / 5;
            double y = TOP + plotHeight - plotHeight * i / 5.0;
            svg.append(format(
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#dddddd\"/>\n",
                    LEFT, y, WIDTH - RIGHT, y));
            svg.append(format(
                    "<text x=\"%d\" y=\"%.1f\" text-anchor=\"end\" fill=\"#555555\">%s</text>\n",
                    LEFT - 8, y + 4, number(value)));
        }
        svg.append(format(
                "<text transform=\"translate(16 %d) rotate(-90)\" text-anchor=\"middle\" fill=\"#555555\">%s</text>\n",
                TOP + plotHeight / 2, escape(unit)));
        svg.append(format(
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333333\"/>\n",
                LEFT, TOP + plotHeight, WIDTH - RIGHT, TOP + plotHeight));
    }

    private void bars(StringBuilder svg, double top) {
        int plotWidth = WIDTH - LEFT - RIGHT;
        int plotHeight = HEIGHT - TOP - BOTTOM;
        double groupWidth = plotWidth / (double) Math.max(1, groups.size());
        double barWidth = Math.min(60, groupWidth * 0.8 / Math.max(1, series.size()));
        for (int g = 0; g < groups.size(); g++) {
            double groupLeft = LEFT + g * groupWidth + (groupWidth - barWidth * series.size()) / 2;
            for (int s = 0; s < series.size(); s++) {
                var value = series.get(s).values().get(g);
                if (value == null) {
                    continue;
                }
                double height = plotHeight * value / top;
                double x = groupLeft + s * barWidth;
                double y = TOP + plotHeight - height;
                svg.append(format(
                        "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\"><title>%s %s: %s</title></rect>\n",
                        x + 1,
                        y,
                        barWidth - 2,
                        height,
                        colour(s),
                        escape(groups.get(g)),
                        escape(series.get(s).name()),
                        number(value)));
                svg.append(format(
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"11\">%s</text>\n",
                        x + barWidth / 2, y - 4, number(value)));
            }
            svg.append(format(
                    "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" font-weight=\"bold\">%s</text>\n",
                    LEFT + g * groupWidth + groupWidth / 2, TOP + plotHeight + 18, escape(groups.get(g))));
        }
    }

    private void legend(StringBuilder svg) {
        int x = LEFT;
        int y = HEIGHT - 22;
        for (int s = 0; s < series.size(); s++) {
            var name = series.get(s).name();
            svg.append(
                    format("<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>\n", x, y - 10, colour(s)));
            svg.append(format("<text x=\"%d\" y=\"%d\">%s</text>\n", x + 16, y, escape(name)));
            x += 28 + name.length() * 7;
        }
    }

    /** The smallest 1, 2, 2.5 or 5 times a power of ten at or above the highest bar, so gridlines fall on round values. */
    static double niceCeiling(double max) {
        if (max <= 0) {
            return 1;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * magnitude >= max) {
                return step * magnitude;
            }
        }
        return 10 * magnitude;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return format(Math.abs(value) >= 10 ? "%.0f" : "%.1f", value);
    }

    private static String colour(int series) {
        return COLOURS[series % COLOURS.length];
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }

    private static String format(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
