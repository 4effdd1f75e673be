/**
 * The Gatling simulations and what they need from the shop: its URLs, a small HTTP client for set-up work that is not
 * measured (seeding, logging in), and the seeded data the load is spread over.
 */
package com.example.shop.bench.simulation;
