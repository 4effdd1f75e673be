/** inventory-service's published contract: what became of an order's stock. */
package com.example.shop.inventory.api;
