/**
 * Orders: placing one is a single synchronous transaction across the catalog, inventory, payment and notification
 * modules; cancelling one refunds it and releases its stock.
 */
package com.example.shop.order;
