/** The only entry to the shop: routing, edge authentication, rate limits, circuit breakers and composition. */
package com.example.shop.gateway;
