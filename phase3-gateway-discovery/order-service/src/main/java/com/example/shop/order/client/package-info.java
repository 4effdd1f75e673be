/**
 * The neighbouring services as declarative HTTP interfaces, named like the phase 1 module APIs they replace. Their
 * requests and answers follow the internal contract that each neighbour's own contract tests verify.
 */
package com.example.shop.order.client;
