/** Turns every {@code benchmarks/results/*.json} into the tables of {@code docs/benchmarks.md} and its SVG charts. */
package com.example.shop.bench.report;
