/**
 * The benchmark harness: seeds a running phase, drives it with Gatling at stepped arrival rates, samples its processes
 * and writes {@code benchmarks/results/<phase>.json}, from which {@code report} draws the tables and charts.
 */
package com.example.shop.bench;
