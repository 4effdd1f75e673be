/**
 * Orders: placing one saves it PENDING with its {@code OrderPlaced} event and answers at once; the other services
 * answer with events ({@link com.example.shop.order.OrderSaga}) that confirm or cancel it; delayed jobs expire it,
 * invoice it and ship it.
 */
package com.example.shop.order;
