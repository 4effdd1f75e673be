/**
 * Stock: how many units of each product are available, and which units are reserved for which order. It knows
 * products only by id, like a warehouse system keyed by article number.
 */
package com.example.shop.inventory;
