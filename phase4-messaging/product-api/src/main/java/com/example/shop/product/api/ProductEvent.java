package com.example.shop.product.api;

import com.example.shop.events.DomainEvent;

/**
 * What product-service publishes: the catalog as it changes, so that another service can keep a copy of what it needs
 * (order-service prices orders from its copy, and takes orders while product-service is down).
 */
public sealed interface ProductEvent extends DomainEvent permits ProductListed, ProductChanged, ProductDelisted {

    long productId();

    @Override
    default String source() {
        return "product";
    }

    @Override
    default String aggregateId() {
        return "product-" + productId();
    }
}
