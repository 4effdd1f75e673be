/**
 * Orders: placing one orchestrates the catalog, inventory, payment and notification services over HTTP, each step
 * saved locally and undone by a compensating call when a later step fails; cancelling one refunds it and releases its
 * stock.
 */
package com.example.shop.order;
