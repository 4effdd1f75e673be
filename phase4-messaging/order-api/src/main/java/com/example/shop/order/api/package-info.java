/** order-service's published contract: the events of an order's life. */
package com.example.shop.order.api;
