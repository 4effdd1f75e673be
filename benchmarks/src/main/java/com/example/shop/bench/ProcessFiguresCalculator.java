package com.example.shop.bench;

import com.example.shop.bench.ProcessSampler.Sample;
import com.example.shop.bench.result.BenchmarkResult;
import com.example.shop.bench.result.BenchmarkResult.ProcessFigures;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Predicate;

/**
 * Turns the samples into each process's figures: memory at the first sample (the phase ready, no load yet), at its
 * highest and at the last sample (after all the load); CPU over the samples that count as ordering.
 */
final class ProcessFiguresCalculator {

    private final List<Sample> samples;
    private final Predicate<Sample> ordering;

    ProcessFiguresCalculator(List<Sample> samples, Predicate<Sample> ordering) {
        this.samples = samples;
        this.ordering = ordering;
    }

    /**
     * One entry per service, then {@value BenchmarkResult#ALL_SERVICES}: their sum taken sample by sample, so its peak is the most they
     * held together (also for a single service, so that every phase's file has the same entry to compare).
     */
    List<ProcessFigures> services(List<String> names) {
        List<ProcessFigures> figures = new ArrayList<>();
        for (var name : names) {
            figures.add(figures(name, List.of(name)));
        }
        if (!names.isEmpty()) {
            figures.add(figures(BenchmarkResult.ALL_SERVICES, names));
        }
        return figures;
    }

    ProcessFigures figures(String label, List<String> names) {
        var rss = samples.stream().map(sample -> sum(sample, names, true)).toList();
        var cpu = samples.stream()
                .filter(ordering)
                .map(sample -> sum(sample, names, false))
                .filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue)
                .toArray();
        return new ProcessFigures(
                label,
                round(rss.isEmpty() ? null : rss.get(0)),
                round(rss.stream()
                        .filter(Objects::nonNull)
                        .mapToDouble(Double::doubleValue)
                        .max()),
                round(rss.isEmpty() ? null : rss.get(rss.size() - 1)),
                round(Arrays.stream(cpu).average()),
                round(Arrays.stream(cpu).max()));
    }

    /** The processes' total RSS or CPU in one sample; null when one of them is missing from it. */
    private static Double sum(Sample sample, List<String> names, boolean rss) {
        double total = 0;
        for (var name : names) {
            var reading = sample.readings().get(name);
            Double value = reading == null ? null : rss ? reading.rssMb() : reading.cpuPercent();
            if (value == null) {
                return null;
            }
            total += value;
        }
        return total;
    }

    private static Double round(OptionalDouble value) {
        return value.isPresent() ? round(value.getAsDouble()) : null;
    }

    private static Double round(Double value) {
        return value == null ? null : Math.round(value * 10) / 10.0;
    }
}
