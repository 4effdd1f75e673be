/** order-service's copy of the catalog, kept current by product-service's events: what orders are priced from. */
package com.example.shop.order.catalog;
