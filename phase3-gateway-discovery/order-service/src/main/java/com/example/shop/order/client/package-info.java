/**
 * The neighbouring services as declarative HTTP interfaces, named like the phase 1 module APIs they replace, called by
 * service name through the load balancer; {@link com.example.shop.order.client.NeighbourCalls} guards every call with
 * a circuit breaker, a time limit and retries of what is safe to repeat. Their requests and answers follow the
 * internal contract that each neighbour's own contract tests verify.
 */
package com.example.shop.order.client;
