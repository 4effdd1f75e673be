package com.example.shop.bench.report;

import java.util.Locale;

/** How the docs write a figure: whole numbers without decimals, others to the precision that means something. */
final class Numbers {

    private Numbers() {}

    /** 20.0 as "20", 9.87 as "9.9", 123.4 as "123". */
    static String format(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, Math.abs(value) >= 10 ? "%.0f" : "%.1f", value);
    }
}
