package com.example.shop.bench;

/**
 * One process at one moment: resident memory in MiB, and CPU time used since the previous reading as a percentage of
 * one core (200 means two cores busy the whole interval; {@code null} for the first reading, which has no interval).
 */
record ProcessReading(double rssMb, Double cpuPercent) {}
