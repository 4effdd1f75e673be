/** The shape of {@code benchmarks/results/<phase>.json}: written by the runner, read by the report generator. */
package com.example.shop.bench.result;
