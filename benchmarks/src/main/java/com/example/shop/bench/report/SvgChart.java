package com.example.shop.bench.report;

import java.awt.Color;
import java.awt.Font;
import java.awt.Rectangle;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * The docs' charts, drawn by JFreeChart and written as SVG by JFreeSVG: the library lays out the text with the font's
 * own metrics (through AWT, headless), so labels and legends fit whatever their length. Every chart uses one theme and
 * one palette, and the SVG's generated ids are fixed by the chart's name, so that drawing it again from the same
 * results gives the same file.
 */
final class SvgChart {

    /** One series of a chart: its name in the legend, and a value per phase (null where the phase has none). */
    record Series(String name, List<Double> values) {}

    /** One line of a curve: its name in the legend, and its points. */
    record Line(String name, List<double[]> points) {}

    /** One panel of a curve chart, sharing the horizontal axis with the others. */
    record Panel(String unit, List<Line> lines) {}

    static final int WIDTH = 760;
    static final int HEIGHT = 400;

    private static final Color[] PALETTE = {
        new Color(0x4e79a7), new Color(0xf28e2b), new Color(0x59a14f), new Color(0xe15759), new Color(0x76b7b2),
        new Color(0xedc948), new Color(0xb07aa1), new Color(0xff9da7), new Color(0x9c755f), new Color(0xbab0ac)
    };
    /** Bar labels written as the tables write figures ({@link Numbers#format}), so a chart and its table agree. */
    private static final NumberFormat LABEL = new NumberFormat() {
        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition position) {
            return to.append(Numbers.format(number));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition position) {
            return to.append(Numbers.format(number));
        }

        @Override
        public Number parse(String source, ParsePosition position) {
            throw new UnsupportedOperationException("labels are only written");
        }
    };

    static {
        System.setProperty("java.awt.headless", "true");
        var theme = new StandardChartTheme("shop", false);
        theme.setExtraLargeFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
        theme.setLargeFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
        theme.setRegularFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        theme.setSmallFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        theme.setPlotBackgroundPaint(Color.WHITE);
        theme.setChartBackgroundPaint(Color.WHITE);
        theme.setDomainGridlinePaint(new Color(0xdddddd));
        theme.setRangeGridlinePaint(new Color(0xdddddd));
        theme.setShadowVisible(false);
        theme.setBarPainter(new StandardBarPainter());
        ChartFactory.setChartTheme(theme);
    }

    private SvgChart() {}

    /** One group of bars per phase, one bar per series, each labelled with its value; an optional note under the title. */
    static String bars(String name, String title, String unit, List<String> phases, List<Series> series, String note) {
        var chart = ChartFactory.createBarChart(
                title, null, unit, dataset(phases, series), PlotOrientation.VERTICAL, true, false, false);
        var renderer = (BarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        renderer.setItemMargin(0.05);
        renderer.setMaximumBarWidth(0.12);
        labelValues(renderer, new ItemLabelPosition(ItemLabelAnchor.OUTSIDE12, TextAnchor.BOTTOM_CENTER));
        headroom(chart);
        return svg(name, styled(chart, series.size(), note));
    }

    /** One bar per phase, each made of the series stacked: their sum is the bar's height. */
    static String stackedBars(
            String name, String title, String unit, List<String> phases, List<Series> series, String note) {
        var chart = ChartFactory.createStackedBarChart(
                title, null, unit, dataset(phases, series), PlotOrientation.VERTICAL, true, false, false);
        var renderer = (StackedBarRenderer) ((CategoryPlot) chart.getPlot()).getRenderer();
        renderer.setMaximumBarWidth(0.2);
        labelValues(renderer, new ItemLabelPosition(ItemLabelAnchor.CENTER, TextAnchor.CENTER));
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", LABEL) {
            @Override
            public String generateLabel(org.jfree.data.category.CategoryDataset dataset, int row, int column) {
                var value = dataset.getValue(row, column);
                // a slice too thin to hold its label is left unlabelled: the table beside the chart has every figure
                return value == null || value.doubleValue() < 3 ? null : super.generateLabel(dataset, row, column);
            }
        });
        return svg(name, styled(chart, series.size(), note));
    }

    /** Panels stacked over one horizontal axis, each with its own unit and a line per phase. */
    static String curves(String name, String title, String xLabel, List<Panel> panels, String note) {
        var plot = new CombinedDomainXYPlot(new NumberAxis(xLabel));
        plot.setGap(12);
        for (var panel : panels) {
            var data = new XYSeriesCollection();
            for (var line : panel.lines()) {
                var series = new XYSeries(line.name(), false, true);
                line.points().forEach(point -> series.add(point[0], point[1]));
                data.addSeries(series);
            }
            var axis = new NumberAxis(panel.unit());
            axis.setAutoRangeIncludesZero(true);
            var renderer = new XYLineAndShapeRenderer(true, true);
            for (int i = 0; i < panel.lines().size(); i++) {
                renderer.setSeriesPaint(i, PALETTE[i % PALETTE.length]);
            }
            var subplot = new XYPlot(data, null, axis, renderer);
            subplot.setBackgroundPaint(Color.WHITE);
            subplot.setRangeGridlinePaint(new Color(0xdddddd));
            subplot.setDomainGridlinePaint(new Color(0xdddddd));
            plot.add(subplot, 1);
        }
        var chart = new JFreeChart(title, JFreeChart.DEFAULT_TITLE_FONT, plot, true);
        ChartFactory.getChartTheme().apply(chart);
        for (int i = 0; i < plot.getSubplots().size(); i++) {
            var renderer = ((XYPlot) plot.getSubplots().get(i)).getRenderer();
            for (int s = 0; s < PALETTE.length; s++) {
                renderer.setSeriesPaint(s, PALETTE[s]);
            }
        }
        // only the first panel's lines in the legend: every panel has the same phases in the same colours
        chart.removeLegend();
        var legend = new org.jfree.chart.title.LegendTitle(
                plot.getSubplots().isEmpty()
                        ? plot
                        : (XYPlot) plot.getSubplots().get(0));
        legend.setItemFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        chart.addLegend(legend);
        return svg(name, withNote(chart, note), HEIGHT + 160 * Math.max(0, panels.size() - 1));
    }

    private static DefaultCategoryDataset dataset(List<String> phases, List<Series> series) {
        var data = new DefaultCategoryDataset();
        for (var s : series) {
            for (int p = 0; p < phases.size(); p++) {
                data.addValue(s.values().get(p), s.name(), phases.get(p));
            }
        }
        return data;
    }

    private static void labelValues(BarRenderer renderer, ItemLabelPosition position) {
        renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", LABEL));
        renderer.setDefaultItemLabelsVisible(true);
        renderer.setDefaultItemLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        renderer.setDefaultPositiveItemLabelPosition(position);
    }

    /** Room above the highest bar for its label. */
    private static void headroom(JFreeChart chart) {
        ((CategoryPlot) chart.getPlot()).getRangeAxis().setUpperMargin(0.12);
    }

    private static JFreeChart styled(JFreeChart chart, int seriesCount, String note) {
        var renderer = ((CategoryPlot) chart.getPlot()).getRenderer();
        for (int s = 0; s < seriesCount; s++) {
            renderer.setSeriesPaint(s, PALETTE[s % PALETTE.length]);
        }
        return withNote(chart, note);
    }

    private static JFreeChart withNote(JFreeChart chart, String note) {
        if (note != null && !note.isEmpty()) {
            var subtitle = new TextTitle(note, new Font(Font.SANS_SERIF, Font.PLAIN, 11));
            subtitle.setPaint(new Color(0x555555));
            chart.addSubtitle(subtitle);
        }
        return chart;
    }

    private static String svg(String name, JFreeChart chart) {
        return svg(name, chart, HEIGHT);
    }

    private static String svg(String name, JFreeChart chart, int height) {
        var graphics = new SVGGraphics2D(WIDTH, height);
        graphics.setDefsKeyPrefix(name.replaceAll("[^A-Za-z0-9]", "-"));
        chart.draw(graphics, new Rectangle(0, 0, WIDTH, height));
        return graphics.getSVGDocument() + "\n";
    }
}
