package com.example.shop.bench.report;

/**
 * What a measure is held against: at most (or at least) a value, in the unit the table shows. Each target's reason is
 * given where it is declared, in {@link ResultTables}.
 */
record Target(String comparison, double value, String unit) {

    static Target atMost(double value, String unit) {
        return new Target("≤", value, unit);
    }

    static Target atLeast(double value, String unit) {
        return new Target("≥", value, unit);
    }

    boolean isMetBy(double measured) {
        return comparison.equals("≤") ? measured <= value : measured >= value;
    }

    @Override
    public String toString() {
        return comparison + " " + Numbers.format(value) + (unit.isEmpty() ? "" : " " + unit);
    }
}
